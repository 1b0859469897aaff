"""Every public st call has a numpy-style docstring: each parameter of its signature under
``Parameters`` (as ``name : type``; private ``_name`` parameters excepted), and ``Returns`` and
``Example`` sections (``st.slider?`` is what a notebook user reads).

The docstrings are being written call by call, so this test fails until they are all in.

The checker itself is tested on small docstrings first, so a failure below is about a
docstring, not about the checker.
"""

from __future__ import annotations

import inspect
import re
from collections.abc import Callable
from typing import Any

import pytest

from rerunner import st
from rerunner.api import registry

PUBLIC = registry.public_calls(st)

_HEADER = re.compile(r"^(?P<title>[A-Z][A-Za-z ]*)\n(?P<rule>-{3,})[ \t]*$", re.MULTILINE)
_ENTRY = re.compile(
    r"^(?P<names>\*{0,2}[A-Za-z_]\w*(?:[ \t]*,[ \t]*\*{0,2}[A-Za-z_]\w*)*)"
    r"(?:[ \t]*:[ \t]*(?P<type>\S.*))?$"
)


def sections(doc: str) -> dict[str, str]:
    """Numpy-style sections: title -> body, for each ``Title`` underlined with dashes."""
    doc = inspect.cleandoc(doc)
    found = {}
    headers = [m for m in _HEADER.finditer(doc) if len(m["rule"]) >= len(m["title"])]
    for header, following in zip(headers, [*headers[1:], None], strict=False):
        end = following.start() if following is not None else len(doc)
        found[header["title"].strip()] = doc[header.end() : end].strip("\n")
    return found


def documented_parameters(doc: str) -> dict[str, str | None]:
    """The entries of the ``Parameters`` section: name -> type (None where it has no type).

    An entry is an unindented ``name : type`` line (``x, y : int`` documents two; ``name: type``
    is read too); its description is indented below it. ``*args``/``**kwargs`` are known as
    ``args``/``kwargs``.
    """
    body = sections(doc).get("Parameters", "")
    entries: dict[str, str | None] = {}
    for line in body.splitlines():
        if not line.strip() or line[0] in " \t":
            continue
        match = _ENTRY.match(line.rstrip())
        if match is None:
            raise ValueError(f"not a `name : type` line in Parameters: {line!r}")
        for name in match["names"].split(","):
            entries[name.strip().lstrip("*")] = match["type"]
    return entries


def docstring_problems(doc: str | None, params: list[str]) -> list[str]:
    """What a numpy-style docstring for a call with ``params`` lacks (empty: nothing)."""
    if not doc:
        return ["no docstring"]
    found = sections(doc)
    problems = []
    if "Parameters" not in found and params:
        problems.append("no `Parameters` section")
    try:
        documented = documented_parameters(doc)
    except ValueError as exc:
        return [*problems, str(exc)]
    for name in params:
        if name.startswith("_"):
            continue  # private (``st.spinner``'s ``_cache``): Streamlit does not document it
        if name not in documented:
            problems.append(f"parameter `{name}` is not documented")
        elif documented[name] is None:
            problems.append(f"parameter `{name}` has no type (`{name} : type`)")
    problems += [f"`{name}` is documented but not a parameter" for name in documented
                 if name not in params]  # fmt: skip
    if "Returns" not in found:
        problems.append("no `Returns` section")
    if "Example" not in found and "Examples" not in found:
        problems.append("no `Example` section")
    return problems


def doc_of(call: Callable[..., Any]) -> str | None:
    """The docstring a user reads: the function's, or for a callable object (``st.cache_data``)
    its own or its ``__call__``'s, whichever documents the parameters."""
    target = inspect.unwrap(call)
    if inspect.isfunction(target):
        return target.__doc__
    docs = [target.__doc__, getattr(type(target).__call__, "__doc__", None)]
    return next((d for d in docs if d and "Parameters" in sections(d)), docs[0] or docs[1])


# --- the checker, on small docstrings ------------------------------------------------------

GOOD = """Display a greeting.

    Parameters
    ----------
    body : str
        The text. Its description may run
        over several lines.
    width : "stretch", "content", or int
        The width.
    *args, **kwargs : Any
        Passed on.

    Returns
    -------
    DeltaGenerator
        A handle.

    Example
    -------
    >>> st.greet("hi")
    """


def test_the_checker_passes_a_good_docstring_and_reads_its_parameters() -> None:
    assert docstring_problems(GOOD, ["body", "width", "args", "kwargs"]) == []
    assert docstring_problems(GOOD, ["body", "width", "args", "kwargs", "_private"]) == []
    assert documented_parameters(GOOD) == {
        "body": "str",
        "width": '"stretch", "content", or int',
        "args": "Any",
        "kwargs": "Any",
    }
    assert set(sections(GOOD)) == {"Parameters", "Returns", "Example"}
    assert docstring_problems(GOOD.replace("Example\n    -------", "Examples\n    --------"),
                              ["body", "width", "args", "kwargs"]) == []  # fmt: skip


@pytest.mark.parametrize(
    ("doc", "params", "problem"),
    [
        (GOOD, ["body", "width", "args", "kwargs", "key"], "parameter `key` is not documented"),
        (GOOD, ["body", "args", "kwargs"], "`width` is documented but not a parameter"),
        (GOOD.replace("body : str", "body"), ["body", "width", "args", "kwargs"],
         "parameter `body` has no type (`body : type`)"),
        (GOOD.replace("Returns\n    -------", "Returns"), ["body", "width", "args", "kwargs"],
         "no `Returns` section"),
        (GOOD.replace("Example\n    -------", "Example:"), ["body", "width", "args", "kwargs"],
         "no `Example` section"),
        (GOOD.replace("Parameters\n    ----------", "Parameters:"), ["body"],
         "no `Parameters` section"),
        ("Display a greeting.", ["body"], "no `Parameters` section"),
        (None, [], "no docstring"),
        ("Mentions body : str in prose.\n\nReturns\n-------\nx\n\nExample\n-------\nx", ["body"],
         "parameter `body` is not documented"),
    ],
)  # fmt: skip
def test_the_checker_finds_what_is_missing(
    doc: str | None, params: list[str], problem: str
) -> None:
    assert problem in docstring_problems(doc, params)


def test_the_checker_reads_a_callable_objects_call_docstring() -> None:
    class Api:
        def __call__(self, func: Any = None, *, ttl: Any = None) -> Any:
            """Cache.

            Parameters
            ----------
            func : callable
                The function.
            ttl : float or None
                Seconds.

            Returns
            -------
            callable

            Example
            -------
            >>> st.cache_data(f)
            """

    assert docstring_problems(doc_of(Api()), ["func", "ttl"]) == []


# --- the public calls ------------------------------------------------------------------------


@pytest.mark.parametrize("name", sorted(PUBLIC))
def test_public_call_has_a_complete_docstring(name: str) -> None:
    params = list(inspect.signature(PUBLIC[name]).parameters)
    problems = docstring_problems(doc_of(PUBLIC[name]), params)
    assert not problems, f"st.{name}: " + "; ".join(problems)


def test_each_parameter_rerunner_refuses_or_ignores_says_so_under_its_description() -> None:
    from rerunner.api.registry import CALLS, NO_EFFECT, REFUSED

    checked = 0
    for call, rules in CALLS.items():
        doc = inspect.getdoc(PUBLIC[call]) if call in PUBLIC else None
        if doc is None:
            continue
        for name, rule in rules.items():
            if rule.status not in (REFUSED, NO_EFFECT):
                continue
            block = re.search(rf"^\**{name} :.*?(?=^\**\w+ :|^\S|\Z)", doc, re.M | re.S)
            assert block is not None, (call, name)
            what = "not supported yet" if rule.status == REFUSED else "no effect in a notebook"
            assert f"In rerunner: {what}" in " ".join(block.group(0).split()), (call, name)
            checked += 1
    expected = sum(
        1 for rules in CALLS.values() for r in rules.values() if r.status in (REFUSED, NO_EFFECT)
    )
    assert checked == expected > 0
    # the loop saw the registry's refusals (fewer and fewer as they are honoured)
    assert (
        checked
        == sum(
            r.status in (REFUSED, NO_EFFECT)
            for call, rules in CALLS.items()
            if call in PUBLIC
            for r in rules.values()
        )
        and checked > 10
    )
