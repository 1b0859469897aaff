"""Every public call of the installed Streamlit is implemented by rerunner's st, refused for
good with its reason in README, or on its way (``PENDING``).

``dir(streamlit)`` is walked, so a call a new Streamlit adds fails here until it is decided.
Streamlit's modules are sorted into the API apps use (``API_MODULES``: answered inside an app) and
internals (``import streamlit.util`` etc. are not part of what an app may use).
"""

from __future__ import annotations

import types

import pytest

from rerunner import st
from rerunner.errors import UnsupportedError

from tests.support import README

streamlit = pytest.importorskip("streamlit")

#: Calls other engineers are adding on their branches right now; the lead removes each name as
#: its branch lands (the test below fails for a name that is implemented and still listed).
#: ``components`` covers ``components.v1``; ``components.v2`` may end up refused if its protocol
#: needs Streamlit's own front end (then it goes to ``st.REFUSED`` and README).
PENDING: set[str] = set()

#: Streamlit's modules that apps use as API (``st.column_config.NumberColumn(...)``,
#: ``from streamlit.connections import BaseConnection``...); every other module is internal.
API_MODULES = {"column_config", "components", "connections", "errors", "runtime", "typing"}

#: Public objects that are neither calls nor modules (proxies, containers).
OBJECTS = {"bottom", "context", "query_params", "secrets", "session_state", "sidebar", "user"}


def _public() -> dict[str, object]:
    return {n: getattr(streamlit, n) for n in dir(streamlit) if not n.startswith("_")}


def _implemented(name: str) -> bool:
    try:
        getattr(st, name)
    except (UnsupportedError, AttributeError):
        return False
    return True


def _not_supported_section() -> str:
    text = README.read_text(encoding="utf-8")
    return text.split("**Not supported, for good.**", 1)[1].split("**Modules.**", 1)[0]


def test_every_public_call_is_implemented_refused_or_pending() -> None:
    calls = [
        n
        for n, v in _public().items()
        if callable(v) and not isinstance(v, types.ModuleType) and n not in OBJECTS
    ]
    assert len(calls) > 100  # the walk found Streamlit's API
    missing = [n for n in calls if not _implemented(n) and n not in st.REFUSED and n not in PENDING]
    assert not missing, (
        f"st calls neither implemented, refused (st.REFUSED + README) nor PENDING: {missing}"
    )
    for name in calls:
        if _implemented(name):
            assert callable(getattr(st, name)), name


def test_refusals_give_their_reason_in_the_app_and_in_readme() -> None:
    section = _not_supported_section()
    for name, reason in st.REFUSED.items():
        assert name in _public(), f"st.REFUSED names {name}, which Streamlit does not have"
        with pytest.raises(UnsupportedError) as caught:
            getattr(st, name)
        assert str(caught.value) == reason
        assert f"`st.{name}`" in section, f"README's Not supported lacks st.{name}"
    rows = [line for line in section.splitlines() if line.startswith("| `st.")]
    assert len(rows) == len(st.REFUSED)


def test_pending_names_are_streamlits_and_not_yet_implemented() -> None:
    public = _public()
    for name in sorted(PENDING):
        assert name in public, f"PENDING names {name}, which Streamlit does not have"
        assert not _implemented(name), (
            f"st.{name} is implemented now: remove it from PENDING in {__file__}"
        )
        with pytest.raises(UnsupportedError, match=f"`st.{name}` is not supported"):
            getattr(st, name)


def test_api_modules_and_objects_are_answered_or_pending() -> None:
    public = _public()
    modules = {n for n, v in public.items() if isinstance(v, types.ModuleType)}
    assert API_MODULES <= modules
    for name in sorted(API_MODULES - PENDING):
        assert isinstance(getattr(st, name), types.ModuleType), name
    for name in sorted(OBJECTS - PENDING):
        assert name in public and _implemented(name), name
    internal = modules - API_MODULES
    assert {"util", "proto", "web", "config", "elements"} <= internal
    for name in sorted(internal & set(vars(st))):  # an internal module rerunner also has
        assert name == "runtime", f"st.{name} exposes an internal Streamlit module"


def test_api_modules_import_inside_an_app() -> None:
    from tests.support.inprocess import Harness

    h = Harness(
        "import streamlit.errors, streamlit.typing, streamlit.connections\n"
        "from streamlit.errors import StreamlitAPIException\n"
        "from streamlit.typing import UploadedFile, ChatInputValue\n"
        "from streamlit.connections import BaseConnection, SQLConnection\n"
        "try:\n"
        "    st.number_input('n', min_value=5, max_value=1)\n"
        "except st.errors.StreamlitAPIException as e:\n"
        "    st.write('caught', type(e).__name__)\n"
        "st.write(streamlit.typing.UploadedFile is UploadedFile)\n"
        "from streamlit.typing import DataEditorState"
    )
    assert "caught" in h.text() and "True" in h.text()
    [error] = h.exceptions()
    assert error.type == "UnsupportedError" and "DataEditorState" in error.message
    h = Harness("import streamlit.util")
    [error] = h.exceptions()
    assert error.type == "ModuleNotFoundError"
