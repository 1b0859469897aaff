"""Widget plans: the part of a widget call that depends on its arguments alone.

A widget call does two things. It checks its arguments and works out what the widget is: its
serde, default value, identity parameters and props (its *plan*). Then it registers the widget in
this run: its id, its value in session state, its element on the page. An app calls the same
widgets with the same arguments on every rerun, so ``@planned`` computes a plan once per distinct
arguments and hands the same plan back afterwards; registering still happens on every call.

A plan function is pure: it reads no run context and no session state, has no side effect (no
element, no warning), and nobody changes what it returns. Its arguments make the key, typed, so
``1``, ``1.0`` and ``True`` are different keys, as they make different widgets. A call with an
argument that cannot be a key (a list, a DataFrame, a function...) computes its plan afresh; an
exception is never remembered, so a bad argument raises on every call.
"""

from __future__ import annotations

import functools
import math
from collections.abc import Callable
from datetime import date, datetime, time, timedelta
from typing import Any, TypeVar

F = TypeVar("F", bound=Callable[..., Any])

#: Plans kept per plan function. A page shows at most a few thousand widgets, each asking for
#: its plan on every rerun; past the bound the memo is emptied (an app making labels up on the
#: fly must not grow it forever), which costs one recomputation per widget.
MAX_PLANS = 10_000

_EXACT = frozenset((str, int, bool, type(None), date, timedelta))
#: Arguments of these types alone make their own key (the common call: labels, ints, flags).
_PLAIN = frozenset((str, int, bool, type(None)))


_MISSING = object()


class _Unkeyable(Exception):
    pass


def _key(value: Any) -> Any:
    """``value`` as part of a memo key, with what its equality forgets but a widget's identity
    sees (its type, a float's sign of zero, a moment's time zone)."""
    kind = type(value)
    if kind in _EXACT:
        return (kind, value)
    if kind is float:
        return (kind, value, math.copysign(1.0, value))
    if kind is datetime or kind is time:
        return (kind, value, value.tzinfo)
    if kind is tuple:
        return (kind, *map(_key, value))
    raise _Unkeyable


def planned(fn: F) -> F:
    """Remember ``fn``'s results by its (keyable) arguments; see the module's docstring."""
    memo: dict[Any, Any] = {}

    @functools.wraps(fn)
    def plan(*args: Any, **kwargs: Any) -> Any:
        types = tuple(map(type, args))
        if kwargs or not _PLAIN.issuperset(types):
            try:
                key: Any = (*map(_key, args), *[(name, _key(v)) for name, v in kwargs.items()])
            except _Unkeyable:
                return fn(*args, **kwargs)
            found = memo.get(key, _MISSING)
            if found is _MISSING:
                found = remember(key, fn(*args, **kwargs))
            return found
        # Plain arguments (the usual call) are their own key, their types checked on a hit
        # (``1``, ``1.0`` and ``True`` are equal keys): cheaper than hashing the types too.
        found = memo.get(args, _MISSING)
        if found is _MISSING or found[0] != types:
            found = remember(args, (types, fn(*args)))
        return found[1]

    def remember(key: Any, value: Any) -> Any:
        if len(memo) >= MAX_PLANS:
            memo.clear()
        memo[key] = value
        return value

    plan.cache_clear = memo.clear  # type: ignore[attr-defined]
    plan.cache_len = memo.__len__  # type: ignore[attr-defined]
    return plan  # type: ignore[return-value]
