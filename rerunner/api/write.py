"""``st.write``: Streamlit's "swiss-army knife", dispatching on the type of each argument."""

from __future__ import annotations

import inspect
import io
import re
from collections import ChainMap, UserDict, UserList
from collections.abc import Callable, ItemsView, KeysView, ValuesView
from types import MappingProxyType
from typing import Any

from ..elements import Element
from ..runtime.context import require_run
from ..state import SessionStateProxy
from .alert import exception
from .charts import pyplot
from .data import dataframe
from .echo import latex
from .frames import is_dataframe_like
from .frontend_charts import altair_chart, plotly_chart
from .help import help, is_address, shows_help
from .lib import ELEMENT_FUNCTIONS, add, st_function
from .media import image
from .text import json, markdown_props

# st.write calls these with arguments it made itself, none of them a refused parameter: it
# calls them past the refusal wrapper, which every st.write of a string would otherwise pay.


def _markdown(text: str, unsafe_allow_html: bool) -> None:
    """``st.markdown(text)`` without the handle, which ``st.write`` does not return."""
    require_run("markdown").add(Element("markdown", markdown_props(text, unsafe_allow_html)))


_json = getattr(json, "__wrapped__", json)

_JSON_TYPES = (
    dict, list, map, enumerate, MappingProxyType, UserDict, ChainMap, UserList,
    ItemsView, KeysView, ValuesView,
)  # fmt: skip
_ADDRESS = re.compile(r"<[^>]+ at 0x[0-9a-fA-F]+>")


class StreamingOutput(list):  # noqa: FURB189 - a list that st.write knows came from a stream
    """What ``st.write_stream`` returns for a stream of mixed chunks: ``st.write`` writes each
    item in turn (and calls a callable one), so ``st.write(reply)`` shows the stream again."""


def _is_stream(arg: Any) -> bool:
    """A generator (or its function), an async one, or an OpenAI stream: ``st.write_stream``'s."""
    return (
        inspect.isgenerator(arg)
        or inspect.isgeneratorfunction(arg)
        or inspect.isasyncgenfunction(arg)
        or inspect.isasyncgen(arg)
        or f"{type(arg).__module__}.{type(arg).__qualname__}" == "openai.Stream"
    )


def _code_span(text: str) -> str:
    """Wrap ``text`` in enough backticks (or a fence, for several lines) to show it verbatim."""
    longest = max((len(run) for run in re.findall(r"`+", text)), default=0)
    if "\n" in text:
        fence = "`" * max(3, longest + 1)
        return f"{fence}\n{text}\n{fence}"
    ticks = "`" * (longest + 1)
    return f"{ticks}{text}{ticks}"


def _is_namedtuple(obj: Any) -> bool:
    return isinstance(obj, tuple) and hasattr(obj, "_asdict") and hasattr(obj, "_fields")


def rich_bundle(obj: Any) -> tuple[dict[str, Any], dict[str, Any]] | None:
    """IPython's rich representation of ``obj`` if it has one beyond plain text."""
    from IPython.core.interactiveshell import InteractiveShell

    if InteractiveShell.initialized():
        formatter = InteractiveShell.instance().display_formatter
    else:
        formatter = _standalone_formatter()
    data, metadata = formatter.format(obj)
    if set(data) - {"text/plain"}:
        return data, metadata
    return None


_FORMATTER: Any = None


def _standalone_formatter() -> Any:
    global _FORMATTER
    if _FORMATTER is None:
        from IPython.core.formatters import DisplayFormatter

        _FORMATTER = DisplayFormatter()
    return _FORMATTER


@st_function
def write(*args: Any, unsafe_allow_html: bool = False) -> None:
    """Display one or more objects, each in the way that suits its type.

    ``st.write`` is the general-purpose display call: it takes any number of arguments and picks a
    display for each one.

    - ``str``: Markdown, as ``st.markdown``. Consecutive strings, and the other values shown as
      text, are joined with spaces into one Markdown element.
    - DataFrame-like objects (pandas, Polars, NumPy arrays...): ``st.dataframe``.
    - ``dict``, ``list`` and other mappings, sequences and named tuples: ``st.json``.
    - An exception: ``st.exception``.
    - A Matplotlib figure, an Altair chart, a Plotly figure: ``st.pyplot``, ``st.altair_chart``,
      ``st.plotly_chart``.
    - A PIL image: ``st.image``. A SymPy expression: ``st.latex``.
    - A generator, an async generator or an OpenAI stream: ``st.write_stream``.
    - Anything else: ``str(arg)`` as inline code, so ``st.write("Total:", 42)`` shows Total: ``42``.

    In rerunner, objects with a rich IPython representation (``_repr_html_``, ``_repr_png_``...) are
    displayed with it, as they would be in a notebook. In a ``%%rerun`` cell, an expression alone on
    its own line (a variable, a string, a DataFrame) is passed to ``st.write``, as with Streamlit's
    magic.

    Parameters
    ----------
    *args : Any
        The objects to display, in order.
    unsafe_allow_html : bool, optional
        Whether HTML in string arguments is rendered instead of escaped (default ``False``). Render
        only HTML you trust; see ``st.markdown``.

    Returns
    -------
    None
        Nothing: ``st.write`` only displays.

    Example
    -------
    >>> import pandas as pd
    >>> import streamlit as st
    >>> df = pd.DataFrame({"city": ["Oslo", "Lima"], "temp": [4, 19]})
    >>> st.write("Today's readings, from", len(df), "stations:", df)
    >>> st.write({"source": "sensors", "unit": "°C"})
    """
    if len(args) == 1 and isinstance(args[0], str):
        _markdown(args[0], unsafe_allow_html)
        return
    buffer: list[str] = []

    def flush() -> None:
        if buffer:
            _markdown(" ".join(buffer), unsafe_allow_html)
            buffer.clear()

    for arg in args:
        if isinstance(arg, str):
            buffer.append(arg)
            continue
        if isinstance(arg, io.StringIO):
            buffer.append(arg.getvalue())
            continue
        if isinstance(arg, StreamingOutput):
            flush()
            for item in arg:
                if callable(item):
                    item()
                else:
                    write(item, unsafe_allow_html=unsafe_allow_html)
        elif isinstance(arg, BaseException):
            flush()
            exception(arg)
        elif isinstance(arg, (SessionStateProxy, *_JSON_TYPES)) or _is_namedtuple(arg):
            flush()
            _json(arg)
        elif _is_stream(arg):  # before help: a generator function is streamed, not described
            flush()
            # looked up, not imported: st.write_stream writes its non-text chunks with st.write
            ELEMENT_FUNCTIONS["write_stream"](arg)
        elif shows_help(arg):  # functions, modules, classes, dataclass instances
            flush()
            help(arg)
        elif (show := element_for(arg)) is not None:
            flush()
            show(arg)
        elif _is_mapping_like(arg):
            flush()
            _json(dict(arg))
        else:
            bundle = (
                None if isinstance(arg, (int, float, bool, type(None), bytes)) else rich_bundle(arg)
            )
            if bundle is not None:
                flush()
                add("display", data=bundle[0], metadata=bundle[1])
            elif is_address(str(arg)):  # an object with no readable text: its help, as Streamlit
                flush()
                help(arg)
            else:
                buffer.append(_code_span(str(arg)))
    flush()


_ALTAIR_CHARTS = {
    "Chart",
    "LayerChart",
    "HConcatChart",
    "VConcatChart",
    "ConcatChart",
    "FacetChart",
    "RepeatChart",
}


def element_for(arg: Any) -> Callable[[Any], Any] | None:
    """The st call that shows ``arg``, for the types Streamlit's ``write`` dispatches on
    (checked by module and name, so no library is imported to ask)."""
    library = type(arg).__module__.split(".", 1)[0]
    name = type(arg).__name__
    if is_dataframe_like(arg):
        return dataframe
    if library == "altair" and name in _ALTAIR_CHARTS:
        return altair_chart
    if library == "matplotlib" and hasattr(arg, "savefig"):
        return pyplot
    if library == "plotly" and hasattr(arg, "to_plotly_json"):
        return plotly_chart
    if library == "sympy" and hasattr(arg, "free_symbols"):
        return latex
    if library == "PIL" and hasattr(arg, "save") and hasattr(arg, "mode"):
        return image
    return None


def _is_mapping_like(arg: Any) -> bool:
    return isinstance(arg, dict) or (
        hasattr(arg, "keys") and hasattr(arg, "__getitem__") and not hasattr(arg, "columns")
    )
