"""``st.help``: an object's name, type, value, docstring and members, as Streamlit shows them.

What is shown is read the way Streamlit reads it: the name is the text of the argument in the
line of code that called ``st.help`` (or ``st.write``, or a bare expression written by magic),
found by walking out of rerunner's own frames; the value is a readable ``repr`` or, for
callables, classes and objects whose ``repr`` is an address, the ``module.name(signature)``;
members are the public attributes, properties and modules left out, data before callables
before classes. Secrets are never shown as values.
"""

from __future__ import annotations

import ast
import dataclasses
import inspect
import linecache
import os
import re
import sys
import types
from typing import Any

from .lib import ElementHandle, add, check_width, handle, st_function

_PACKAGE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
_ADDRESS = re.compile(r"^<.+ at 0x[0-9a-fA-F]+>$", re.DOTALL)

#: What ``st.write`` shows with ``st.help``, as Streamlit's ``write`` does.
HELP_TYPES = (
    types.BuiltinFunctionType, types.BuiltinMethodType, types.FunctionType, types.MethodType,
    types.ModuleType,
)  # fmt: skip


def shows_help(arg: Any) -> bool:
    """Whether ``st.write(arg)`` shows ``st.help(arg)`` (functions, modules, classes,
    dataclass instances; objects whose text is an address are asked by ``write`` itself)."""
    return isinstance(arg, HELP_TYPES) or dataclasses.is_dataclass(arg) or inspect.isclass(arg)


def is_address(text: str) -> bool:
    """Whether ``text`` is a default ``repr`` such as ``<Dog object at 0x7f...>``."""
    return bool(_ADDRESS.match(text))


@st_function
def help(obj: Any = None, *, width: Any = "stretch") -> ElementHandle:  # noqa: A001
    # ``obj``'s default becomes the st namespace once it exists (``st.py``), as Streamlit's is
    # the streamlit module.
    """Display help for an object: its name, type, value, docstring and members.

    What is shown depends on the object: a function shows its signature and docstring, a class
    its signature, docstring and methods, an instance its value (a readable ``repr``), its
    class's docstring and its attributes with their values, a module its docstring and what it
    holds. ``st.write`` shows functions, classes, modules and dataclass instances this way, so a
    bare ``pandas.read_csv`` on its own line in a body (magic) shows its help too.

    Parameters
    ----------
    obj : any, optional
        The object to describe. The default is the ``st`` namespace itself (``streamlit``).
    width : "stretch" or int, optional
        The element's width: ``"stretch"`` (default) fills the width of the parent container;
        an int sets a fixed width in pixels, capped at the parent's width.

    Returns
    -------
    ElementHandle
        A handle to the element. Calling an st element method on it replaces the element in
        place.

    Example
    -------
    >>> import streamlit as st
    >>> import pandas
    >>> st.help(pandas.DataFrame)
    >>> class Dog:
    ...     '''A typical dog.'''
    ...     def __init__(self, breed):
    ...         self.breed = breed
    >>> fido = Dog("poodle")
    >>> st.help(fido)
    """
    check_width(width, ("stretch",))
    name = _variable_name() or ""
    value, signature = _value(obj, name)
    return handle(
        add(
            "help",
            name=name,
            type=_type_name(obj),
            value=value,
            signature=signature,
            doc_string=_docstring(obj) or "",
            members=_members(obj),
            width=width,
        )
    )


# --- the name: the argument's text in the calling line ----------------------------------------


def _calling_line() -> str | None:
    """The line of user code that called in (the innermost frame outside rerunner)."""
    frame = sys._getframe(1)
    while frame is not None and os.path.abspath(frame.f_code.co_filename).startswith(_PACKAGE):
        frame = frame.f_back
    if frame is None:
        return None
    line = linecache.getline(frame.f_code.co_filename, frame.f_lineno, frame.f_globals)
    return re.sub(r"[\n\r]+", "", line.strip()) or None


def _variable_name() -> str | None:
    code = _calling_line()
    if code is None:
        return None
    try:
        tree = ast.parse(code)
        call = tree.body[0].value  # type: ignore[attr-defined]
    except Exception:  # noqa: BLE001 - a line that is not a whole statement names nothing
        return None
    func = getattr(call, "func", None)
    called = getattr(func, "id", None) or getattr(func, "attr", None)
    if not isinstance(call, ast.Call) or called not in ("help", "write"):
        return code.removesuffix(",")  # magic: the bare expression itself
    if not call.args:
        return None
    arg = call.args[0]
    if isinstance(arg, ast.NamedExpr) and isinstance(arg.target, ast.Name):
        return arg.target.id
    if isinstance(arg, ast.Constant):
        return None
    return code[arg.col_offset : arg.end_col_offset]


# --- type, docstring, value, members --------------------------------------------------------


def _type_name(obj: Any) -> str:
    return "class" if inspect.isclass(obj) else type(obj).__name__


def _docstring(obj: Any) -> str | None:
    from ..cache import CachedFunc

    doc = inspect.getdoc(obj)
    if doc is None and not (
        type(obj) in (type, types.ModuleType, CachedFunc)
        or inspect.isfunction(obj)
        or inspect.ismethod(obj)
    ):
        doc = inspect.getdoc(type(obj))
    return doc.strip() if doc else None


def _readable(value: Any) -> str | None:
    """A value's ``repr`` (at most 300 characters), unless it is a callable, class, module,
    secret or a bare address."""
    from .page import Secrets

    if isinstance(value, Secrets) or inspect.isclass(value) or inspect.ismodule(value):
        return None
    if callable(value):
        return None
    text = repr(value)
    if not isinstance(value, str) and is_address(text):
        return None
    text = text.strip()
    return text[:300] + "..." if len(text) > 300 else text


def _value(obj: Any, name: str) -> tuple[str, bool]:
    """The value shown and whether it is a signature (``module.name(params)``), which
    ``AppTest`` replaces by the name."""
    readable = _readable(obj)
    if readable is not None:
        return readable, False
    if inspect.ismodule(obj) and obj is sys.modules.get(__name__.rsplit(".", 2)[0] + ".st"):
        return "streamlit", False  # the namespace stands for Streamlit
    target = (
        obj if (getattr(obj, "__qualname__", None) or getattr(obj, "__name__", None)) else type(obj)
    )
    qualname = getattr(target, "__qualname__", None) or getattr(target, "__name__", None)
    if not qualname:
        return "", False
    module = getattr(target, "__module__", None)
    signature = ""
    if inspect.isclass(target) or callable(target):
        try:
            signature = str(inspect.signature(target))
        except (ValueError, NameError):
            signature = "(...)"
        except TypeError:
            signature = ""
    text = f"{module}.{qualname}{signature}" if module else f"{qualname}{signature}"
    if text == name:
        return "", False
    return text, bool(signature)


def _members(obj: Any) -> list[tuple[str, str, str, str]]:
    """(name, type, value, first line of the docstring) of each public member."""
    found = []
    for attr in dir(obj):
        if attr.startswith("_"):
            continue
        try:
            if _is_property(obj, attr):
                doc = _docstring(getattr(type(obj), attr)) or ""
                found.append((0, attr, "property", "", doc.partition("\n")[0]))
                continue
            value = getattr(obj, attr)
        except AttributeError:
            continue
        if inspect.ismodule(value):
            continue
        weight = 2 if inspect.isclass(value) else 1 if callable(value) else 0
        readable = _readable(value)
        doc = "" if readable is not None else (_docstring(value) or "").partition("\n")[0]
        found.append((weight, attr, _type_name(value), readable or "", doc))
    return [member for _, *member in sorted(found, key=lambda m: (m[0], m[1]))]  # type: ignore[misc]


def _is_property(obj: Any, attr: str) -> bool:
    for cls in inspect.getmro(getattr(obj, "__class__", type(None))):
        found = cls.__dict__.get(attr)
        if found is not None:
            return isinstance(found, property) or inspect.isgetsetdescriptor(found)
    return False
