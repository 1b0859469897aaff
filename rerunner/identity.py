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
from collections.abc import Iterable, Mapping
from types import MappingProxyType
from typing import Any

PREFIX = "$$ID"


#: Ids computed before, by everything that went into them: a page asks for the same ids on every
#: rerun, and hashing is most of an id's cost. Bounded (emptied when full) since keys and labels
#: may be made up on the fly by an app.
_IDS: dict[tuple[Any, ...], str] = {}
_IDS_MAX = 20_000
#: Ids of ``fixed`` parameters: id(mapping) -> (the mapping, kept so its id is not reused;
#: {(key, where it sits...): widget id}).
_BY_FIXED: dict[int, tuple[Mapping[str, Any], dict[tuple[Any, ...], str]]] = {}
#: Types whose ``str`` is a function of their type and equality: only such values can be part of
#: a cache key (``1 == 1.0 == True`` would otherwise share an id that hashes ``"1"``).
_PLAIN = frozenset((str, int, float, bool, type(None)))


def compute_widget_id(
    element_type: str,
    key: str | None,
    params: dict[str, Any],
    key_params: Iterable[str] = (),
    key_as_main: bool = True,
    app: str = "",
    form: str = "",
    root: int = 0,
) -> str:
    """Return the widget id for one call; ``params`` in call order, as Streamlit hashes them
    (the arguments may be given by position: every widget of every run asks).

    ``params`` made by ``fixed`` (a widget plan's) have their ids remembered on them."""
    if type(params) is MappingProxyType:
        found = _BY_FIXED.get(id(params))
        if found is None or found[0] is not params:
            if len(_BY_FIXED) >= _IDS_MAX:
                _BY_FIXED.clear()
            found = _BY_FIXED[id(params)] = (params, {})
        ids = found[1]
        where = (element_type, key, key_as_main, tuple(key_params), app, form, root)
        wid = ids.get(where)
        if wid is None:
            if len(ids) >= _IDS_MAX:
                ids.clear()
            wid = ids[where] = _computed(element_type, key, params, key_params,
                                         key_as_main, app, form, root)  # fmt: skip
        return wid
    return _computed(element_type, key, params, key_params, key_as_main, app, form, root)


def fixed(params: dict[str, Any]) -> Mapping[str, Any]:
    """``params`` as parameters that never change (a widget plan's, ``api/plans.py``): the ids
    ``compute_widget_id`` makes of them are remembered on the mapping, found again by its
    identity rather than by hashing every value."""
    return MappingProxyType(params)


def _computed(
    element_type: str,
    key: str | None,
    params: Mapping[str, Any],
    key_params: Iterable[str],
    key_as_main: bool,
    app: str,
    form: str,
    root: int,
) -> str:
    values = tuple(params.values())
    types = tuple(map(type, values))
    memo: tuple[Any, ...] | None = None
    # A float zero is left to the hash: -0.0 equals 0.0 but hashes as "-0.0".
    if _PLAIN.issuperset(types) and not (float in types and 0.0 in values):
        memo = (element_type, key, key_as_main, tuple(key_params), app, form, root, tuple(params),
                values, types)  # fmt: skip
        wid = _IDS.get(memo)
        if wid is not None:
            return wid
    if key is not None and key_as_main:
        allowed = set(key_params)
        items = tuple((k, v) for k, v in params.items() if k in allowed)
        where: tuple[Any, ...] = (app,)
    else:
        items = tuple(params.items())
        where = (app, form, root)
    wid = _hashed(element_type, key, items, where)
    if memo is not None:
        if len(_IDS) >= _IDS_MAX:
            _IDS.clear()
        _IDS[memo] = wid
    return wid


def _hashed(
    element_type: str, key: str | None, items: tuple[tuple[str, Any], ...], where: tuple[Any, ...]
) -> str:
    parts: list[Any] = [element_type]
    if key:
        parts.append(key)
    for name, value in items:
        parts.append(name)
        parts.append(value)
    parts += ("active_script_hash", where[0])
    if len(where) > 1:
        parts += ("form_id", where[1], "active_dg_root_container", where[2])
    # One update of the concatenation hashes the same as one update per part, only faster.
    digest = hashlib.blake2b("".join(map(str, parts)).encode("utf-8"), digest_size=16).hexdigest()
    return f"{PREFIX}-{digest}-{key}"


def key_from_widget_id(widget_id: str) -> str | None:
    """The user key a widget id carries, or None for a keyless widget."""
    parts = widget_id.split("-", 2)
    if len(parts) < 3 or parts[2] == "None":
        return None
    return parts[2]
