"""``st.cache_data`` and ``st.cache_resource``: kernel-scoped function caches.

Both decorate a function so that a call with arguments seen before returns the stored result
instead of running the function again. The caches live as long as the kernel, shared by every
``%%rerun`` cell (a Voila visitor has a kernel of their own, so a cache is per visitor there).

* ``cache_data`` stores the result pickled and returns a fresh copy on every hit, so a caller
  may mutate what it gets; ``cache_resource`` returns the one shared object.
* A function is known by its module, name and source (see ``hashing.py``): redefining it on
  every rerun keeps its cache, editing its code starts a new one.
* ``ttl`` (seconds, timedelta or a string like ``"1h"``), ``max_entries`` (least recently used
  goes first), ``show_spinner`` (on a miss), ``hash_funcs``, ``.clear()`` / ``.clear(*args)``,
  ``validate`` and ``on_release`` (resources) behave as in Streamlit 1.67.
* Elements a cached function writes (``st.write`` inside it) are shown again on every hit, as
  Streamlit replays them; widgets inside a cached function get Streamlit's warning.
"""

from __future__ import annotations

import copy
import datetime
import functools
import inspect
import math
import pickle
import re
import time
from collections import OrderedDict
from collections.abc import Callable
from contextlib import nullcontext
from contextvars import ContextVar
from dataclasses import dataclass, field
from typing import Any

from .elements import Element
from .errors import (
    StreamlitBadTimeStringError,
    StreamlitValueError,
    UnserializableReturnValueError,
    UnsupportedError,
)
from .hashing import HashFuncs, function_key, value_key
from .runtime.context import current_run

CACHE_DOCS_URL = "https://docs.streamlit.io/develop/concepts/architecture/caching"
CACHED_WIDGET_WARNING = (
    "Your script uses a widget command in a cached function\n(function decorated with "
    "`@st.cache_data` or `@st.cache_resource`).\nThis code will only be called when we detect a "
    'cache "miss",\nwhich can lead to unexpected results.\n\nTo fix this, move all widget '
    "commands outside the cached function."
)

_inside_cached = ContextVar("rerunner_inside_cached", default=False)


class CachedWidgetWarning(Warning):
    """A widget was created inside a cached function."""


# --- parameters -----------------------------------------------------------------------------

_UNIT_SECONDS = {"ms": 0.001, "d": 86400, "h": 3600, "m": 60, "s": 1}
_DURATION_PART = re.compile(
    r"(\d+(?:\.\d+)?)\s*(milliseconds?|ms|days?|d|hours?|hrs?|h|minutes?|mins?|m|seconds?|secs?|s)(?![a-z])"
)


def ttl_seconds(ttl: float | datetime.timedelta | str | None) -> float:
    """``ttl`` in seconds (None: forever), accepting what Streamlit accepts."""
    if ttl is None:
        return math.inf
    if isinstance(ttl, datetime.timedelta):
        return ttl.total_seconds()
    if isinstance(ttl, str):
        return _parse_duration(ttl)
    return float(ttl)


def _parse_duration(text: str) -> float:
    """ "1d2h34m", "2 days", "90s", "1.5h"; anything else as pandas reads a Timedelta."""
    lowered = text.strip().lower()
    parts = _DURATION_PART.findall(lowered)
    if parts and not _DURATION_PART.sub("", lowered).strip(" ,"):
        # A unit is known by its first letter, but for milliseconds ("ms", "millisecond(s)").
        return sum(
            float(n) * _UNIT_SECONDS["ms" if u.startswith(("ms", "mil")) else u[0]]
            for n, u in parts
        )
    try:
        import pandas as pd

        seconds = pd.Timedelta(text).total_seconds()
    except (ImportError, ValueError):
        seconds = math.nan
    if math.isnan(seconds):
        raise StreamlitBadTimeStringError(
            "Time string doesn't look right. It should be formatted as `'1d2h34m'` or `2 days`, "
            f"for example. Got: {text}"
        )
    return seconds


def _check_options(kind: str, options: dict[str, Any]) -> None:
    persist = options.pop("persist", None)
    if persist not in (None, False):
        if persist in ("disk", True):
            raise UnsupportedError(f"`st.{kind}(persist=...)` is not supported by rerunner yet.")
        raise StreamlitValueError("Invalid `persist` value. Supported values: 'disk', None.")
    if options.pop("max_size", None) is not None:
        raise UnsupportedError(f"`st.{kind}(max_size=...)` is not supported by rerunner yet.")
    scope = options.pop("scope", "global")
    if scope not in ("global", "session"):  # one session per kernel: both mean the same here
        raise StreamlitValueError("Invalid `scope` value. Supported values: 'global', 'session'.")
    refresh_mode = options.pop("refresh_mode", "foreground")
    if refresh_mode == "background":
        raise UnsupportedError(
            f"`st.{kind}(refresh_mode='background')` is not supported by rerunner yet."
        )
    if refresh_mode != "foreground":
        raise StreamlitValueError(
            "Invalid `refresh_mode` value. Supported values: 'foreground', 'background'."
        )
    max_entries = options.get("max_entries")
    if max_entries is not None and max_entries < 0:
        raise ValueError("value too large")  # what Streamlit's cache library says


# --- storage --------------------------------------------------------------------------------


@dataclass
class Entry:
    value: Any  # pickled bytes (cache_data) or the object itself (cache_resource)
    expires: float
    replay: list[Element] = field(default_factory=list)


class FunctionCache:
    """The stored results of one cached function, with its ttl and size limit."""

    def __init__(self) -> None:
        self.entries: OrderedDict[str, Entry] = OrderedDict()
        self.ttl = math.inf
        self.max_entries: int | None = None
        self.on_release: Callable[[Any], Any] | None = None

    def get(self, key: str) -> Entry | None:
        entry = self.entries.get(key)
        if entry is None:
            return None
        if time.monotonic() >= entry.expires:
            self.drop(key)
            return None
        self.entries.move_to_end(key)
        return entry

    def put(self, key: str, entry: Entry) -> None:
        if key in self.entries:
            self.drop(key)
        self.entries[key] = entry
        while self.max_entries is not None and len(self.entries) > self.max_entries:
            self.drop(next(iter(self.entries)))

    def drop(self, key: str) -> None:
        entry = self.entries.pop(key, None)
        if entry is not None and self.on_release is not None:
            self.on_release(entry.value)

    def clear(self) -> None:
        for key in list(self.entries):
            self.drop(key)


#: Every cached function's storage in this kernel, by cache kind and function key.
CACHES: dict[tuple[str, str], FunctionCache] = {}


# --- the decorated function -----------------------------------------------------------------


class CachedFunc:
    """A function wrapped by ``st.cache_data``/``st.cache_resource``."""

    def __init__(self, kind: str, func: Callable[..., Any], options: dict[str, Any]) -> None:
        if inspect.iscoroutinefunction(func) or inspect.isasyncgenfunction(func):
            raise UnsupportedError(
                f"`st.{kind}` on an `async def` function is not supported by rerunner yet."
            )
        self._kind = kind
        self._func = func
        self._show_spinner = options["show_spinner"]
        self._show_time = bool(options.get("show_time"))
        self._hash_funcs: HashFuncs | None = options.get("hash_funcs")
        self._validate: Callable[[Any], bool] | None = options.get("validate")
        self._cache = CACHES.setdefault((kind, function_key(kind, func)), FunctionCache())
        # The latest decoration's settings apply (a rerun may have edited them).
        self._cache.ttl = ttl_seconds(options.get("ttl"))
        self._cache.max_entries = options.get("max_entries")
        self._cache.on_release = options.get("on_release")
        functools.update_wrapper(self, func)

    def __repr__(self) -> str:
        return f"<CachedFunc: {self._func}>"

    def __get__(self, instance: Any, owner: Any = None) -> Any:
        if instance is None:
            return self
        bound = functools.partial(self.__call__, instance)
        bound.clear = functools.partial(self._clear_bound, instance)  # type: ignore[attr-defined]
        return bound

    def _clear_bound(self, instance: Any, *args: Any, **kwargs: Any) -> None:
        self.clear(instance, *args, **kwargs) if args or kwargs else self.clear()

    def clear(self, *args: Any, **kwargs: Any) -> None:
        """Forget every stored result of this function, or only the one for these arguments."""
        if args or kwargs:
            self._cache.drop(value_key(self._kind, self._func, args, kwargs, self._hash_funcs))
        else:
            self._cache.clear()

    def __call__(self, *args: Any, **kwargs: Any) -> Any:
        key = value_key(self._kind, self._func, args, kwargs, self._hash_funcs)
        entry = self._cache.get(key)
        if entry is not None and self._validate is not None and not self._validate(entry.value):
            self._cache.drop(key)
            entry = None
        if entry is not None:
            _replay(entry.replay)
            return pickle.loads(entry.value) if self._kind == "cache_data" else entry.value
        with self._spinner(args, kwargs):
            return self._compute(key, args, kwargs)

    def _spinner(self, args: tuple, kwargs: dict[str, Any]) -> Any:
        """Streamlit's spinner on a miss, for the outermost cached call of a run only."""
        if current_run() is None or _inside_cached.get() or not self._show_spinner:
            return nullcontext()
        from .api.status import spinner

        text = self._show_spinner
        if not isinstance(text, str):
            name = self._func.__qualname__
            text = f"Running `{name}()`." if not args and not kwargs else f"Running `{name}(...)`."
        return spinner(text, show_time=self._show_time, _cache=True)

    def _compute(self, key: str, args: tuple, kwargs: dict[str, Any]) -> Any:
        ctx = current_run()
        target = ctx.target if ctx is not None else None
        before = len(target.children or ()) if target is not None else 0
        token = _inside_cached.set(True)
        try:
            value = self._func(*args, **kwargs)
        finally:
            _inside_cached.reset(token)
        written = list((target.children or ())[before:]) if target is not None else []
        stored = value
        if self._kind == "cache_data":
            try:
                stored = pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL)
            except Exception:  # noqa: BLE001  (pickle raises many types for what it cannot take)
                raise UnserializableReturnValueError(
                    _unserializable_message(self._func, value)
                ) from None
        self._cache.put(
            key, Entry(stored, time.monotonic() + self._cache.ttl, _recordable(written))
        )
        return value


def _recordable(written: list[Element]) -> list[Element]:
    """The elements a miss wrote, to show again on hits; widgets are not replayed (and warned of)."""
    if any(el.id is not None for top in written for el in top.walk()):
        from .api.alert import exception

        exception(CachedWidgetWarning(CACHED_WIDGET_WARNING))
        written = [top for top in written if all(el.id is None for el in top.walk())]
    return [_copy(el) for el in written]


def _copy(element: Element) -> Element:
    """A copy of an element tree whose props and children lists a later run may change."""
    clone = copy.copy(element)
    clone.props = copy.copy(element.props)
    if element.children is not None:
        clone.children = [_copy(child) for child in element.children]
    return clone


def _replay(elements: list[Element]) -> None:
    ctx = current_run()
    if ctx is None:
        return
    for element in elements:
        ctx.add(_copy(element))


def _unserializable_message(func: Callable[..., Any], value: Any) -> str:
    kind = f"`{type(value).__module__}.{type(value).__name__}`"
    return (
        f"Cannot serialize the return value (of type {kind})\n            in "
        f"`{getattr(func, '__name__', type(func).__name__)}()`. `st.cache_data` uses\n"
        "            [pickle](https://docs.python.org/3/library/pickle.html) to serialize the\n"
        "            function's return value and safely store it in the cache\n"
        "            without mutating the original object. Please convert the return value to a\n"
        "            pickle-serializable type. If you want to cache unserializable objects such\n"
        "            as database connections or Tensorflow sessions, use `st.cache_resource`\n"
        f"            instead (see [our docs]({CACHE_DOCS_URL}) for differences)."
    )


# --- the decorators -------------------------------------------------------------------------


class _CacheAPI:
    """Shared shape of ``st.cache_data`` and ``st.cache_resource``: a decorator, with or without
    arguments, that also has ``.clear()`` for all of its caches."""

    kind = ""

    def _decorate(self, func: Callable[..., Any] | None, options: dict[str, Any]) -> Any:
        _check_options(self.kind, options)
        ttl_seconds(options.get("ttl"))  # a bad ttl string fails at decoration, as in Streamlit
        if func is None:
            return lambda f: CachedFunc(self.kind, f, options)
        return CachedFunc(self.kind, func, options)

    def clear(self) -> None:
        """Clear every function cache of this kind in the kernel."""
        for (kind, _), cache in CACHES.items():
            if kind == self.kind:
                cache.clear()


class CacheDataAPI(_CacheAPI):
    """Cache the data a function returns.

    A decorator for functions that compute data: loading files, querying a database, transforming a
    DataFrame, running a model's predictions. Results are stored pickled, and each call gets a fresh
    copy, so mutating it is safe; the return value must therefore be pickleable. For objects that
    should be shared rather than copied, such as a model or a database connection, use
    ``st.cache_resource``.

    A call with arguments seen before returns the stored result instead of running the function
    again. Arguments are hashed by value; a parameter whose name starts with an underscore
    (``_conn``) is left out of the hash, which suits unhashable objects such as connections, and
    ``hash_funcs`` tells how to hash other types. Use the decorator bare (``@st.cache_data``) or
    with options (``@st.cache_data(ttl="1h")``). ``f.clear()`` empties one function's cache,
    ``f.clear(*args)`` drops one entry, and ``st.cache_data.clear()`` empties every function's.

    In rerunner the cache lives as long as the kernel and is shared by all of its ``%%rerun`` cells
    (a Voila visitor has a kernel of their own, and one session per kernel means that both ``scope``
    values behave alike). A function defined in a ``%%rerun`` body keeps its cache over reruns,
    while editing its code starts a new one. Elements the function displays on a miss are displayed
    again on every hit.

    Parameters
    ----------
    func : callable or None, optional
        [[func]]
    ttl : float, timedelta, str, or None, optional
        How long a stored result stays valid: a number of seconds, a ``datetime.timedelta``, or a
        string such as ``"30s"``, ``"10m"``, ``"1h"`` or ``"1d2h"`` (as pandas' ``Timedelta`` reads
        it). ``None`` (default) keeps it until the cache is cleared.
    max_entries : int or None, optional
        The most entries kept: when a new one would exceed it, the oldest is dropped. ``None``
        (default) sets no limit.
    max_size : int, str, or None, optional
        The most memory the function's stored results may take, counted in pickled bytes: an int
        number of bytes or a string with a unit, such as ``"500MB"`` or ``"1.5GiB"`` (``KB``,
        ``MB``, ``GB``, ``TB`` and their ``KiB`` forms all count in powers of 1024). When a new
        result would exceed it, the least recently used ones are dropped; a single larger result is
        kept alone. ``None`` (default) sets no limit of its own.
    show_spinner : bool or str, optional
        Whether a spinner shows while the function computes a result on a cache miss: ``True``
        (default) with a message naming the function, ``False`` none, or a string as the message.
    show_time : bool, optional
        Whether the spinner also shows the time elapsed, to a tenth of a second (default ``False``).
    persist : "disk", bool, or None, optional
        Whether results are also saved to the local disk, where they survive a restart: ``"disk"``
        or ``True`` saves them; ``None`` (default) or ``False`` keeps them in memory only. ``ttl``
        does not apply to saved results.
    hash_funcs : dict or None, optional
        [[hash_funcs]]
    scope : "global" or "session", optional
        Who shares the cached results: ``"global"`` (default) every session of the app;
        ``"session"`` only the current session, whose entries are dropped when it disconnects.
    refresh_mode : "foreground" or "background", optional
        What happens once an entry's ``ttl`` has passed. ``"foreground"`` (default): the next call
        computes a new result and waits for it. ``"background"``: the next call gets the expired
        result at once while a new one is computed in the background. This needs a ``ttl`` and
        cannot be combined with ``persist``, and the function must then neither use session state
        nor display elements.

    Returns
    -------
    callable
        The cached function, with a ``clear()`` method; or, when only options are given, a decorator
        that makes one.

    Example
    -------
    >>> import pandas as pd
    >>> import streamlit as st
    >>> @st.cache_data(ttl="10m", show_spinner="Loading data...")
    ... def load(rows):
    ...     return pd.DataFrame({"n": range(rows), "square": [i * i for i in range(rows)]})
    >>> st.dataframe(load(1_000))
    """

    kind = "cache_data"

    def __call__(
        self,
        func: Callable[..., Any] | None = None,
        *,
        ttl: float | datetime.timedelta | str | None = None,
        max_entries: int | None = None,
        max_size: int | str | None = None,
        show_spinner: bool | str = True,
        show_time: bool = False,
        persist: Any = None,
        hash_funcs: HashFuncs | None = None,
        scope: str = "global",
        refresh_mode: str = "foreground",
    ) -> Any:
        """Cache a function that returns data (DataFrames, lists, numbers...); hits get copies."""
        return self._decorate(func, {
            "ttl": ttl, "max_entries": max_entries, "max_size": max_size, "show_spinner": show_spinner,
            "show_time": show_time, "persist": persist, "hash_funcs": hash_funcs, "scope": scope, "refresh_mode": refresh_mode,
        })  # fmt: skip


class CacheResourceAPI(_CacheAPI):
    """Cache a shared resource that a function creates.

    A decorator for functions that create objects to share rather than copy: a machine learning
    model, a database connection, a client for an API. Every call with the same arguments gets the
    same object, so it must be safe to use from several places; mutating it changes it for every
    caller. For data that each caller may modify, use ``st.cache_data``.

    A call with arguments seen before returns the stored result instead of running the function
    again. Arguments are hashed by value; a parameter whose name starts with an underscore
    (``_conn``) is left out of the hash, which suits unhashable objects such as connections, and
    ``hash_funcs`` tells how to hash other types. Use the decorator bare (``@st.cache_resource``) or
    with options (``@st.cache_resource(ttl="1h")``). ``f.clear()`` empties one function's cache,
    ``f.clear(*args)`` drops one entry, and ``st.cache_resource.clear()`` empties every function's.

    In rerunner the cache lives as long as the kernel and is shared by all of its ``%%rerun`` cells
    (a Voila visitor has a kernel of their own, and one session per kernel means that both ``scope``
    values behave alike). A function defined in a ``%%rerun`` body keeps its cache over reruns,
    while editing its code starts a new one. Elements the function displays on a miss are displayed
    again on every hit.

    Parameters
    ----------
    func : callable or None, optional
        [[func]]
    ttl : float, timedelta, str, or None, optional
        How long a stored resource stays valid: a number of seconds, a ``datetime.timedelta``, or a
        string such as ``"30s"``, ``"10m"``, ``"1h"`` or ``"1d2h"`` (as pandas' ``Timedelta`` reads
        it). ``None`` (default) keeps it until the cache is cleared.
    max_entries : int or None, optional
        The most entries kept: when a new one would exceed it, the oldest is dropped. ``None``
        (default) sets no limit.
    show_spinner : bool or str, optional
        Whether a spinner shows while the function computes a resource on a cache miss: ``True``
        (default) with a message naming the function, ``False`` none, or a string as the message.
    show_time : bool, optional
        Whether the spinner also shows the time elapsed, to a tenth of a second (default ``False``).
    validate : callable or None, optional
        A function called with the stored resource each time it is about to be returned: when it
        returns ``False``, the resource is dropped and created again (for example, a connection that
        has closed). It must be synchronous. ``None`` (default) does no check.
    hash_funcs : dict or None, optional
        [[hash_funcs]]
    on_release : callable or None, optional
        A function called with each resource that leaves the cache (through ``ttl``,
        ``max_entries``, ``clear()``, or the end of a session for ``scope="session"``), for example
        to close it. It must be synchronous. An expired entry is found, and released, only when it
        is next accessed, and nothing guarantees a call when the app shuts down. ``None`` (default)
        calls nothing.
    scope : "global" or "session", optional
        Who shares the cached resources: ``"global"`` (default) every session of the app;
        ``"session"`` only the current session, whose entries are dropped when it disconnects.
    refresh_mode : "foreground" or "background", optional
        What happens once an entry's ``ttl`` has passed. ``"foreground"`` (default): the next call
        computes a new resource and waits for it. ``"background"``: the next call gets the expired
        resource at once while a new one is computed in the background. This needs a ``ttl``, and
        the function must then neither use session state nor display elements. With ``on_release``,
        the old resource is released once the new one is ready.

    Returns
    -------
    callable
        The cached function, with a ``clear()`` method; or, when only options are given, a decorator
        that makes one.

    Example
    -------
    >>> import sqlite3
    >>> import streamlit as st
    >>> @st.cache_resource(on_release=lambda conn: conn.close())
    ... def connect(path):
    ...     return sqlite3.connect(path, check_same_thread=False)
    >>> conn = connect(":memory:")
    >>> st.write("SQLite version:", conn.execute("select sqlite_version()").fetchone()[0])
    """

    kind = "cache_resource"

    def __call__(
        self,
        func: Callable[..., Any] | None = None,
        *,
        ttl: float | datetime.timedelta | str | None = None,
        max_entries: int | None = None,
        show_spinner: bool | str = True,
        show_time: bool = False,
        validate: Callable[[Any], bool] | None = None,
        hash_funcs: HashFuncs | None = None,
        on_release: Callable[[Any], Any] | None = None,
        scope: str = "global",
        refresh_mode: str = "foreground",
    ) -> Any:
        """Cache a function that returns a shared resource (a model, a connection): every
        caller gets the same object. ``validate`` rejects a stale one; ``on_release`` is called
        with each one that leaves the cache."""
        return self._decorate(func, {
            "ttl": ttl, "max_entries": max_entries, "show_spinner": show_spinner, "show_time": show_time,
            "validate": validate,
            "hash_funcs": hash_funcs, "on_release": on_release, "scope": scope, "refresh_mode": refresh_mode,
        })  # fmt: skip


cache_data = CacheDataAPI()
cache_resource = CacheResourceAPI()
