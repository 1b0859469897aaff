"""``streamlit.components`` inside an app: ``import streamlit.components.v1 as components``.

``st.resolve_import`` answers ``import streamlit.components...`` with these modules, and
``st.components`` is this package, so every spelling of the import Streamlit's documentation
uses works in a ``%%rerun`` body and in the helper modules it imports.
"""

from __future__ import annotations

from . import v1

__all__ = ["v1"]

#: README's "Not supported, for good" gives the same reason.
V2_REFUSAL = (
    "`streamlit.components.v2` is not supported by rerunner: its components mount in "
    "Streamlit's own page (no iframe) and talk to Streamlit's front end, which a notebook does "
    "not run. `streamlit.components.v1` works."
)


def __getattr__(name: str) -> object:
    if name == "v2":  # Streamlit 1.67's new component API (``st.components.v2.component``)
        from ..errors import UnsupportedError

        raise UnsupportedError(V2_REFUSAL)
    raise AttributeError(f"module 'streamlit.components' has no attribute '{name}'")
