"""Hash a cached function and its arguments into cache keys, as Streamlit's caching does.

* A function's key comes from its module, qualified name and source code, so a function
  defined in a ``%%rerun`` body keeps its cache across reruns (each rerun makes a new function
  object) and loses it when its source is edited.
* A call's key comes from its arguments' values, except those whose parameter name starts with
  an underscore. Values are hashed by content: numbers, strings, containers, numpy arrays,
  pandas objects, dates, paths...; anything else through pickle; ``hash_funcs`` overrides a
  type. An argument that cannot be hashed raises Streamlit's ``UnhashableParamError``.
"""

from __future__ import annotations

import datetime
import decimal
import enum
import fractions
import hashlib
import inspect
import io
import pathlib
import pickle
import uuid
from collections.abc import Callable, Mapping
from typing import Any

from .errors import UnhashableParamError

HashFuncs = Mapping[Any, Callable[[Any], Any]]

_PLAIN = (
    type(None), bool, int, float, complex, str, range, slice, datetime.date, datetime.time,
    datetime.timedelta, decimal.Decimal, fractions.Fraction, uuid.UUID, pathlib.PurePath,
)  # fmt: skip


class UnhashableTypeError(Exception):
    """A value the hasher does not know how to hash."""


def type_name(value: Any) -> str:
    """``module.QualName`` of a value's type, as Streamlit names it in errors."""
    return qualified_name(type(value))


def qualified_name(t: type) -> str:
    return f"{t.__module__}.{t.__qualname__}"


def function_key(kind: str, func: Callable[..., Any]) -> str:
    """A function's cache key: stable across reruns, changed by an edit of its source."""
    h = hashlib.blake2b(digest_size=16)
    h.update(kind.encode())
    h.update(f"{getattr(func, '__module__', '')}.{getattr(func, '__qualname__', '')}".encode())
    try:
        h.update(inspect.getsource(func).encode())
    except (OSError, TypeError):
        code = getattr(func, "__code__", None)
        h.update(code.co_code if code is not None else repr(func).encode())
    return h.hexdigest()


def value_key(kind: str, func: Callable[..., Any], args: tuple, kwargs: dict[str, Any],
              hash_funcs: HashFuncs | None) -> str:  # fmt: skip
    """The cache key of one call: the hashed (name, value) of every argument not named ``_x``."""
    h = hashlib.blake2b(digest_size=16)
    for name, value in _named_arguments(func, args, kwargs):
        if name is not None and name.startswith("_"):
            continue
        try:
            _update(h, name, None, [])
            _update(h, value, hash_funcs, [])
        except UnhashableTypeError as exc:
            raise UnhashableParamError(_unhashable_message(kind, func, name, value)) from exc
    return h.hexdigest()


def _named_arguments(
    func: Callable[..., Any], args: tuple, kwargs: dict[str, Any]
) -> list[tuple[str | None, Any]]:
    try:
        params = list(inspect.signature(func).parameters.values())
    except (TypeError, ValueError):
        params = []
    named: list[tuple[str | None, Any]] = []
    for i, value in enumerate(args):
        param = params[i] if i < len(params) else None
        positional = param is not None and param.kind in (
            param.POSITIONAL_ONLY,
            param.POSITIONAL_OR_KEYWORD,
        )
        named.append((param.name if positional else None, value))  # type: ignore[union-attr]
    named.extend(kwargs.items())
    return named


def _unhashable_message(kind: str, func: Callable[..., Any], name: str | None, value: Any) -> str:
    func_name = getattr(func, "__name__", "unknown")
    replacement = f"_{name}" if name is not None else "_arg"
    return (
        f"Cannot hash argument '{name if name is not None else '(unnamed)'}' (of type "
        f"`{type_name(value)}`) in '{func_name}'.\n\n"
        "To address this, you can tell Streamlit not to hash this argument by adding a\n"
        "leading underscore to the argument's name in the function signature:\n\n"
        f"```\n@st.{kind}\ndef {func_name}({replacement}, ...):\n    ...\n```"
    )


def _custom_hash_func(value: Any, hash_funcs: HashFuncs | None) -> Callable[[Any], Any] | None:
    if not hash_funcs:
        return None
    for t in type(value).__mro__:
        for key in (t, qualified_name(t)):
            if key in hash_funcs:
                return hash_funcs[key]
    return None


def _update(h: Any, value: Any, hash_funcs: HashFuncs | None, stack: list[int]) -> None:
    """Feed ``value`` into the hash ``h`` by content; ``stack`` guards against cycles."""
    custom = _custom_hash_func(value, hash_funcs)
    if custom is not None:
        h.update(b"custom:")
        _update(h, custom(value), None, stack)
        return
    h.update(type_name(value).encode() + b":")
    if isinstance(value, (*_PLAIN, enum.Enum)):
        h.update(repr(value).encode())
        return
    if isinstance(value, (bytes, bytearray, memoryview)):
        h.update(bytes(value))
        return
    if id(value) in stack:
        h.update(b"<cycle>")
        return
    stack.append(id(value))
    try:
        _update_compound(h, value, hash_funcs, stack)
    finally:
        stack.pop()


def _update_compound(h: Any, value: Any, hash_funcs: HashFuncs | None, stack: list[int]) -> None:
    if isinstance(value, (list, tuple)):
        h.update(str(len(value)).encode())
        for item in value:
            _update(h, item, hash_funcs, stack)
        return
    if isinstance(value, Mapping):
        for key, item in value.items():
            _update(h, key, hash_funcs, stack)
            _update(h, item, hash_funcs, stack)
        return
    if isinstance(value, (set, frozenset)):
        digests = []
        for item in value:
            inner = hashlib.blake2b(digest_size=16)
            _update(inner, item, hash_funcs, stack)
            digests.append(inner.digest())
        h.update(b"".join(sorted(digests)))
        return
    if isinstance(value, (io.StringIO, io.BytesIO)):
        _update(h, value.getvalue(), hash_funcs, stack)
        return
    module = type(value).__module__.split(".", 1)[0]
    if module == "numpy" and _update_numpy(h, value, hash_funcs, stack):
        return
    if module == "pandas" and _update_pandas(h, value):
        return
    if inspect.isroutine(value):
        h.update(function_key("function", value).encode())
        return
    try:
        h.update(pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL))
    except Exception as exc:  # pickle raises many types for objects it cannot take
        raise UnhashableTypeError(type_name(value)) from exc


def _update_numpy(h: Any, value: Any, hash_funcs: HashFuncs | None, stack: list[int]) -> bool:
    import numpy as np

    if isinstance(value, np.ndarray):
        h.update(f"{value.dtype}{value.shape}".encode())
        if value.dtype.hasobject:
            for item in value.ravel().tolist():
                _update(h, item, hash_funcs, stack)
        else:
            h.update(np.ascontiguousarray(value).tobytes())
        return True
    if isinstance(value, np.generic):
        h.update(value.tobytes())
        return True
    return False


def _update_pandas(h: Any, value: Any) -> bool:
    import pandas as pd

    if not isinstance(value, (pd.DataFrame, pd.Series, pd.Index)):
        return False
    try:
        h.update(
            pd.util.hash_pandas_object(
                value, index=not isinstance(value, pd.Index)
            ).values.tobytes()
        )
    except TypeError:  # cells pandas cannot hash (lists, dicts): pickle the whole object
        h.update(pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL))
    if isinstance(value, pd.DataFrame):
        h.update(repr((list(value.columns), [str(t) for t in value.dtypes])).encode())
    else:
        h.update(repr((value.name, str(value.dtype))).encode())
    return True
