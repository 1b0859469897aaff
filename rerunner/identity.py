"""Widget identity, computed the way Streamlit 1.67 computes it.

An id is ``$$ID-<blake2b-128 hex>-<key>``. The hash covers the element type, the key, the app
(Streamlit's page, here the ``%%rerun`` cell), and, for keyless widgets, the parameters that define
the widget plus the form and root container it sits in. A keyed widget hashes only the parameters
named in ``key_params`` (Streamlit's ``key_as_main_identity`` allow-list), so changing its label
keeps its value while changing a slider's range resets it; with ``key_as_main=False`` (Streamlit's
``key_as_main_identity=False``, for containers that hold a value) a keyed id hashes everything a
keyless one does, and the key.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from typing import Any

PREFIX = "$$ID"


def compute_widget_id(
    element_type: str,
    *,
    key: str | None,
    params: dict[str, Any],
    key_params: Iterable[str] = (),
    key_as_main: bool = True,
    app: str = "",
    form: str = "",
    root: int = 0,
) -> str:
    """Return the widget id for one call; ``params`` in call order, as Streamlit hashes them."""
    parts = [element_type]
    if key:
        parts.append(key)
    if key is not None and key_as_main:
        allowed = set(key_params)
        items = [(k, v) for k, v in params.items() if k in allowed]
        items.append(("active_script_hash", app))
    else:
        items = [*params.items(), ("active_script_hash", app)]
        items += [("form_id", form), ("active_dg_root_container", root)]
    for name, value in items:
        parts.append(name)
        parts.append(value)
    # One update of the concatenation hashes the same as one update per part, only faster.
    digest = hashlib.blake2b("".join(map(str, parts)).encode("utf-8"), digest_size=16).hexdigest()
    return f"{PREFIX}-{digest}-{key}"


def key_from_widget_id(widget_id: str) -> str | None:
    """The user key a widget id carries, or None for a keyless widget."""
    parts = widget_id.split("-", 2)
    if len(parts) < 3 or parts[2] == "None":
        return None
    return parts[2]
