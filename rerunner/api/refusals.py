"""Refusing, by name, the parameters ``registry.py`` refuses: one mechanism for every public call.

``st_function`` passes every st element and widget function through ``refusing``; ``st.py``
passes the few public calls that are not element functions (``st.cache_data``,
``st.set_page_config``...) through it too. A value other than a refused parameter's default
(or one of the values the registry also accepts) raises ``UnsupportedError`` before the call
runs, naming the call, the parameter and the reason. Where the call validates the parameter
itself, a value Streamlit would refuse goes on to the call, which raises Streamlit's own error.

The check runs on every st call of every rerun, so it is precomputed per function: a function
with nothing refused is returned as it is, and a wrapper looks only at the refused names, in
``kwargs`` or at their positional index.
"""

from __future__ import annotations

import functools
import inspect
import re
import sys
import textwrap
from collections.abc import Callable
from typing import Any, TypeVar

from ..errors import UnsupportedError
from .docs import SHARED
from .registry import CALLS, NO_EFFECT, REFUSED, refusal_message

F = TypeVar("F", bound=Callable[..., Any])

# Types whose ``==`` is plain, so a value equal to the default counts as the default.
_PLAIN = (str, int, float, bool, type(None), tuple)

Check = Callable[[tuple[Any, ...], dict[str, Any]], None]


def _accepted(value: Any, accepted: tuple[Any, ...]) -> bool:
    for ok in accepted:
        if value is ok or (type(value) is type(ok) and type(ok) in _PLAIN and value == ok):
            return True
    return False


def refusing(call: str, target: F) -> F:
    """``target`` (``st.call``), refusing the parameters ``registry.CALLS[call]`` refuses.

    ``functools.wraps`` keeps the signature and docstring (``st.slider?`` reads them).
    """
    rules = {name: rule for name, rule in CALLS.get(call, {}).items() if rule.status == REFUSED}
    documented = with_notes(call, with_shared(target.__doc__))
    if not rules:
        if inspect.isfunction(target) or hasattr(target, "__dict__"):
            target.__doc__ = documented  # a callable object (st.cache_data) keeps it as its own
        return target
    checks = []
    for index, param in enumerate(inspect.signature(target).parameters.values()):
        rule = rules.get(param.name)
        if rule is not None:
            positional = param.kind in (param.POSITIONAL_ONLY, param.POSITIONAL_OR_KEYWORD)
            checks.append(
                (
                    param.name,
                    index if positional else sys.maxsize,
                    (param.default, *rule.allowed),
                    rule.reason,
                    rule.valid,
                )
            )

    def check(args: tuple[Any, ...], kwargs: dict[str, Any]) -> None:
        for name, index, accepted, reason, valid in checks:
            if name in kwargs:
                value = kwargs[name]
            elif index < len(args):
                value = args[index]
            else:
                continue
            if value is accepted[0] or _accepted(value, accepted):
                continue
            if valid is None or valid(value):  # else the call raises Streamlit's own error
                raise UnsupportedError(refusal_message(call, name, reason))

    if not inspect.isfunction(target):
        return _Refusing(target, check, documented)  # type: ignore[return-value]
    names = frozenset(rules)
    positional = min(index for _, index, *_ in checks)  # no refused one before this many

    @functools.wraps(target)
    def refuse(*args: Any, **kwargs: Any) -> Any:
        if len(args) > positional or not names.isdisjoint(kwargs):
            check(args, kwargs)
        return target(*args, **kwargs)

    refuse.__doc__ = documented
    return refuse  # type: ignore[return-value]


_SHARED_LINE = re.compile(r"^(\s*)\[\[([\w.]+)\]\]$")


def with_shared(doc: str | None) -> str | None:
    """``doc`` with each ``[[name]]`` line replaced by ``docs.SHARED[name]``, indented alike."""
    if not doc or "[[" not in doc:
        return doc
    out = []
    for line in doc.splitlines():
        match = _SHARED_LINE.match(line)
        if match is None:
            out.append(line)
            continue
        indent = match.group(1)
        out.extend(indent + text if text else "" for text in SHARED[match.group(2)].splitlines())
    return "\n".join(out)


def with_notes(call: str, doc: str | None) -> str | None:
    """``doc`` with, under each parameter rerunner refuses or ignores, a line saying so.

    The docstrings describe Streamlit's meaning of every parameter; what rerunner does with
    the ones it does not honour comes from the registry, so the two never disagree.
    """
    rules = {n: r for n, r in CALLS.get(call, {}).items() if r.status in (REFUSED, NO_EFFECT)}
    if not doc or not rules:
        return doc
    lines = doc.splitlines()
    try:
        start = next(i for i, line in enumerate(lines) if line.strip() == "Parameters") + 2
    except StopIteration:
        return doc
    out = lines[:start]
    i = start
    while i < len(lines):
        line = lines[i]
        match = re.match(r"(\s*)\**(\w+) :", line)
        out.append(line)
        i += 1
        if match is None:
            if line.strip() and not line.startswith(" ") and lines[i - 2].strip() == "":
                break  # the next section
            continue
        indent, name = match.group(1), match.group(2)
        while i < len(lines) and (
            not lines[i].strip() or len(lines[i]) - len(lines[i].lstrip()) > len(indent)
        ):
            if not lines[i].strip() and (
                i + 1 >= len(lines) or len(lines[i + 1]) - len(lines[i + 1].lstrip()) <= len(indent)
            ):
                break
            out.append(lines[i])
            i += 1
        rule = rules.get(name)
        if rule is not None:
            what = "not supported yet" if rule.status == REFUSED else "no effect in a notebook"
            note = f"In rerunner: {what}: {rule.reason}."
            out.extend(
                textwrap.wrap(
                    note, 96, initial_indent=indent + "    ", subsequent_indent=indent + "    "
                )
            )
    out.extend(lines[i:])
    return "\n".join(out)


class _Refusing:
    """``refusing`` for a callable object (``st.cache_data``): its calls are checked; its
    attributes (``.clear()``), signature and docstring are the object's own."""

    def __init__(self, target: Any, check: Check, doc: str | None) -> None:
        self.__wrapped__ = target
        self.__doc__ = doc
        self._check = check

    def __call__(self, *args: Any, **kwargs: Any) -> Any:
        self._check(args, kwargs)
        return self.__wrapped__(*args, **kwargs)

    def __getattr__(self, name: str) -> Any:
        return getattr(self.__wrapped__, name)

    def __repr__(self) -> str:
        return repr(self.__wrapped__)
