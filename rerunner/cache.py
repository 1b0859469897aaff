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
* ``max_size`` (cache_data) bounds the pickled bytes kept in memory: least recently used entries
  go first; one value larger than the limit is kept alone, with a warning. rerunner counts the
  pickled value; Streamlit counts its stored record, a few hundred bytes more per entry.
* ``persist="disk"`` (cache_data) also writes each entry to a file (``RERUNNER_CACHE_DIR``,
  else ``~/.cache/rerunner/cache_data``), read back on a miss in memory, so results survive a
  kernel restart; ``ttl`` is then ignored, as in Streamlit, and size limits drop only the copy
  in memory.
* ``refresh_mode="background"`` returns an expired entry for one more ``ttl`` while a helper
  thread computes its replacement (outside any run: elements it writes are not shown).
"""

from __future__ import annotations

import copy
import datetime
import functools
import inspect
import logging
import math
import os
import pickle
import re
import threading
import time
from collections import OrderedDict
from collections.abc import Callable
from contextlib import nullcontext
from contextvars import ContextVar
from dataclasses import dataclass, field
from numbers import Integral
from pathlib import Path
from typing import Any

from .elements import Element
from .errors import (
    StreamlitBadTimeStringError,
    StreamlitIncompatibleParametersError,
    StreamlitInvalidParameterTypeError,
    StreamlitMissingRequiredParameterError,
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

log = logging.getLogger("rerunner")

#: How many ``ttl`` periods past expiry a background-refreshed entry may still be returned
#: (Streamlit's ``runner.cacheBackgroundRefreshTTLMultiplier`` default).
BACKGROUND_GRACE = 1.0


def _now() -> float:
    """The clock entries expire by (a test may set another in its place)."""
    return time.monotonic()


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
    """Streamlit's checks of a cache's options, in its order; normalises ``persist`` and
    ``max_size`` (to ``"disk"``/None and bytes) in ``options``."""
    persist = options.get("persist")
    persist = "disk" if persist is True else None if persist is False else persist
    if persist not in (None, "disk"):
        raise StreamlitValueError("Invalid `persist` value. Supported values: 'disk', None.")
    options["persist"] = persist
    scope = options.pop("scope", "global")
    if scope not in ("global", "session"):  # one session per kernel: both mean the same here
        raise StreamlitValueError("Invalid `scope` value. Supported values: 'global', 'session'.")
    options["max_size"] = max_size_bytes(options.get("max_size"))
    refresh_mode = options.get("refresh_mode", "foreground")
    if refresh_mode not in ("foreground", "background"):
        raise StreamlitValueError(
            "Invalid `refresh_mode` value. Supported values: foreground, background."
        )
    if refresh_mode == "background":
        if options.get("ttl") is None:
            raise StreamlitMissingRequiredParameterError(
                "The `ttl` parameter is required. Set a positive `ttl` (for example "
                '`ttl="1h"`) or use `refresh_mode="foreground"`.'
            )
        if ttl_seconds(options["ttl"]) <= 0:
            raise StreamlitValueError(
                "Invalid `ttl` value. Supported values: a positive duration. Background refresh "
                'requires a positive `ttl` (for example `ttl="1h"`) or `refresh_mode="foreground"`.'
            )
        if persist is not None:
            raise StreamlitIncompatibleParametersError(
                f"`refresh_mode='background'` and `persist={options.get('persist')!r}` cannot be "
                "used together. Persisted (disk) caches do not support TTL-based expiration, "
                'which background refresh requires. Use `persist=None` with `refresh_mode="'
                'background"`, or use `refresh_mode="foreground"`.'
            )
    max_entries = options.get("max_entries")
    if max_entries is not None and max_entries < 0:
        raise ValueError("value too large")  # what Streamlit's cache library says


_BYTE_SIZE = re.compile(r"(\d+(?:\.\d*)?|\.\d+) ?(b|ki?b|mi?b|gi?b|ti?b)", re.ASCII | re.IGNORECASE)
_UNITS = {"b": 0, "k": 1, "m": 2, "g": 3, "t": 4}
_MAX_SIZE_ERROR = (
    "Invalid `max_size` value. Supported values: a positive byte size. Use an integer number of "
    'bytes or a positive value with an explicit unit, such as "500MB", "1.5GB", or "200KiB".'
)


def max_size_bytes(value: Any) -> int | None:
    """``max_size`` in bytes: an int, or a string with a unit (powers of 1024, rounded down)."""
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, (Integral, str)):
        raise StreamlitInvalidParameterTypeError(
            "Invalid `max_size` type. Expected one of: int, str. Provided type: "
            f"{type(value).__name__}. Pass an integer byte count such as int(5e8), or a unit "
            'string such as "500MB".'
        )
    if isinstance(value, str):
        match = _BYTE_SIZE.fullmatch(value.strip())
        if match is None:
            raise StreamlitValueError(_MAX_SIZE_ERROR)
        number, unit = match.groups()
        whole, _, fraction = number.partition(".")
        digits = int(f"{whole or '0'}{fraction}")
        size = (
            digits
            * 1024 ** _UNITS[unit[0].lower() if len(unit) > 1 else "b"]
            // 10 ** len(fraction)
        )
    else:
        size = int(value)
    if size < 1:
        raise StreamlitValueError(_MAX_SIZE_ERROR)
    return size


def disk_folder() -> Path:
    """Where ``persist="disk"`` caches keep their files."""
    configured = os.environ.get("RERUNNER_CACHE_DIR")
    if configured:
        return Path(configured).expanduser()
    return Path.home() / ".cache" / "rerunner" / "cache_data"


# --- storage --------------------------------------------------------------------------------


@dataclass
class Entry:
    value: Any  # pickled bytes (cache_data) or the object itself (cache_resource)
    expires: float
    replay: list[Element] = field(default_factory=list)

    @property
    def size(self) -> int:
        return len(self.value) if isinstance(self.value, bytes) else 0


class FunctionCache:
    """The stored results of one cached function, with its ttl and size limits, and the folder
    it also keeps them in when persisted."""

    def __init__(self, name: str = "") -> None:
        self.name = name  # the function key: persisted files are named after it
        self.entries: OrderedDict[str, Entry] = OrderedDict()
        self.ttl = math.inf
        self.max_entries: int | None = None
        self.max_size: int | None = None
        self.on_release: Callable[[Any], Any] | None = None
        self.disk: Path | None = None
        self.refreshing: set[str] = set()  # keys a background thread is computing
        self.lock = threading.Lock()  # a background refresh puts entries from its thread

    def get(self, key: str, grace: float = 0.0) -> tuple[Entry | None, bool]:
        """The entry for ``key`` and whether it has expired (kept for ``grace`` seconds more:
        a background refresh returns it while computing the next)."""
        with self.lock:
            entry = self.entries.get(key)
            if entry is None:
                entry = self._read(key)
                if entry is None:
                    return None, False
            now = _now()
            if now >= entry.expires + grace:
                self.drop(key)
                return None, False
            self.entries.move_to_end(key)
            return entry, now >= entry.expires

    def put(self, key: str, entry: Entry) -> None:
        with self.lock:
            if key in self.entries:
                self.drop(key)
            self.entries[key] = entry
            self._write(key, entry)
            while self.max_entries is not None and len(self.entries) > self.max_entries:
                self.drop(next(iter(self.entries)))
            if self.max_size is not None:
                self._fit(key)

    def _fit(self, newest: str) -> None:
        """Drop the least recently used entries until the pickled bytes fit ``max_size``."""
        total = sum(e.size for e in self.entries.values())
        for key in list(self.entries):
            if total <= self.max_size or key == newest:
                break
            total -= self.entries[key].size
            self.drop(key)
        if total > self.max_size:
            log.warning(
                "rerunner: a value of %s bytes is larger than the cache's max_size (%s bytes); "
                "it is kept alone until the next value replaces it", total, self.max_size,
            )  # fmt: skip

    def drop(self, key: str) -> None:
        """Forget the copy in memory (a persisted file stays: only ``forget`` removes it)."""
        entry = self.entries.pop(key, None)
        if entry is not None and self.on_release is not None:
            self.on_release(entry.value)

    def forget(self, key: str) -> None:
        self.drop(key)
        if self.disk is not None:
            self._path(key).unlink(missing_ok=True)

    def clear(self) -> None:
        for key in list(self.entries):
            self.drop(key)
        if self.disk is not None and self.disk.is_dir():
            for path in self.disk.glob(f"{self.name}-*.memo"):
                path.unlink(missing_ok=True)

    def _path(self, key: str) -> Path:
        assert self.disk is not None
        return self.disk / f"{self.name}-{key}.memo"

    def _write(self, key: str, entry: Entry) -> None:
        if self.disk is None:
            return
        try:
            self.disk.mkdir(parents=True, exist_ok=True)
            try:
                data = pickle.dumps((entry.value, entry.replay), protocol=pickle.HIGHEST_PROTOCOL)
            except Exception:  # noqa: BLE001  (elements it wrote that pickle cannot take)
                data = pickle.dumps((entry.value, []), protocol=pickle.HIGHEST_PROTOCOL)
            temporary = self._path(key).with_suffix(".tmp")
            temporary.write_bytes(data)
            temporary.replace(self._path(key))
        except OSError as exc:
            log.warning("rerunner: could not write a cache file in %s: %s", self.disk, exc)

    def _read(self, key: str) -> Entry | None:
        if self.disk is None:
            return None
        try:
            value, replay = pickle.loads(self._path(key).read_bytes())
        except FileNotFoundError:
            return None
        except Exception as exc:  # noqa: BLE001  (a truncated or foreign file: a miss)
            log.warning("rerunner: ignored an unreadable cache file for %s: %s", self.name, exc)
            return None
        entry = Entry(value, math.inf, replay)
        self.entries[key] = entry
        return entry


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
        name = function_key(kind, func)
        self._cache = CACHES.setdefault((kind, name), FunctionCache(name))
        # The latest decoration's settings apply (a rerun may have edited them).
        persisted = options.get("persist") == "disk"
        self._cache.ttl = ttl_seconds(options.get("ttl"))
        if persisted and self._cache.ttl != math.inf:
            log.warning(
                "rerunner: the cached function %r has a TTL that will be ignored: persisted "
                "caches do not expire", func.__qualname__,
            )  # fmt: skip
            self._cache.ttl = math.inf
        self._cache.max_entries = options.get("max_entries")
        self._cache.max_size = options.get("max_size")
        self._cache.on_release = options.get("on_release")
        self._cache.disk = disk_folder() if persisted else None
        self._background = options.get("refresh_mode") == "background"
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
            self._cache.forget(value_key(self._kind, self._func, args, kwargs, self._hash_funcs))
        else:
            self._cache.clear()

    def __call__(self, *args: Any, **kwargs: Any) -> Any:
        key = value_key(self._kind, self._func, args, kwargs, self._hash_funcs)
        grace = self._cache.ttl * BACKGROUND_GRACE if self._background else 0.0
        entry, expired = self._cache.get(key, grace)
        if entry is not None and self._validate is not None and not self._validate(entry.value):
            self._cache.drop(key)
            entry = None
        if entry is not None:
            if expired:  # background refresh: the old value now, a new one computed aside
                self._refresh(key, args, kwargs)
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

    def _refresh(self, key: str, args: tuple, kwargs: dict[str, Any]) -> None:
        """Compute ``key``'s value again in a helper thread (once at a time per key)."""
        with self._cache.lock:
            if key in self._cache.refreshing:
                return
            self._cache.refreshing.add(key)

        def work() -> None:
            try:
                self._compute(key, args, kwargs, replay=False)
            except Exception as exc:  # noqa: BLE001  (the stale value stays until it expires)
                log.warning("rerunner: refreshing %s in the background failed: %s",
                            self._func.__qualname__, exc)  # fmt: skip
            finally:
                with self._cache.lock:
                    self._cache.refreshing.discard(key)

        # A fresh context: the thread is outside every run, so nothing it writes is shown.
        threading.Thread(target=work, name="rerunner-cache-refresh", daemon=True).start()

    def _compute(self, key: str, args: tuple, kwargs: dict[str, Any], replay: bool = True) -> Any:
        ctx = current_run() if replay else None
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
        self._cache.put(key, Entry(stored, _now() + self._cache.ttl, _recordable(written)))
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
