"""Status elements that change while a body runs: progress, spinner, status, toast.

The page normally updates once, at the end of a run. These elements also ask for the page as it
stands mid-run to be shown (``RunContext.show_live``, throttled by the App), so a spinner spins
and a progress bar moves while a slow body works.
"""

from __future__ import annotations

import numbers
from types import TracebackType
from typing import Any

from ..elements import Element, container, new_element
from ..errors import (
    StreamlitInvalidParameterTypeError,
    StreamlitValueError,
    StreamlitValueOutOfRangeError,
)
from ..runtime.context import RunContext, require_run
from .lib import Block, ElementHandle, check_icon, check_width, handle, st_function


def _add_live(call: str, element: Element) -> Element:
    """Add ``element`` and show the page now, unless an element handle is replacing one (the
    handle shows the page once the new element is in place)."""
    ctx = require_run(call)
    ctx.add(element)
    if ctx.target.kind != "slot":
        ctx.show_live()
    return element


def _type_error(name: str, expected: str, value: Any) -> StreamlitInvalidParameterTypeError:
    return StreamlitInvalidParameterTypeError(
        f"Invalid `{name}` type. Expected one of: {expected}. Provided type: {type(value).__name__}."
    )


@st_function
def progress(value: float, text: str | None = None, width: Any = "stretch") -> ElementHandle:
    """Display a progress bar: an int from 0 to 100, or a float from 0.0 to 1.0.

    Call ``.progress(...)`` on the returned handle to move it; the page shows the new value
    while the body runs.
    """
    if isinstance(value, bool):
        raise TypeError("Field Progress.value: Expected an int, got a boolean.")
    if type(value) is int:  # numpy ints are refused, as in Streamlit
        if not 0 <= value <= 100:
            raise StreamlitValueOutOfRangeError(
                f"The `value` parameter, set to {value}, is outside the required range [0, 100]."
            )
        percent = value
    elif isinstance(value, numbers.Real) and isinstance(value, float):
        if not 0.0 <= value <= 1.0:
            raise StreamlitValueOutOfRangeError(
                f"The `value` parameter, set to {value}, is outside the required range [0.0, 1.0]."
            )
        percent = int(value * 100)
    else:
        raise _type_error("value", "int, float", value)
    if text is not None and not isinstance(text, str):
        raise _type_error("text", "str", text)
    check_width(width, ("stretch",))
    element = new_element("progress", percent=percent, text=text, width=width, live=True)
    return handle(_add_live("progress", element))


class _Spinner:
    """What ``st.spinner`` returns: shows the spinner on entry, removes it on exit."""

    def __init__(self, ctx: RunContext, parent: Element, props: dict[str, Any]) -> None:
        self._ctx = ctx
        self._parent = parent
        self._element = new_element("spinner", **props)

    def __enter__(self) -> None:
        with self._ctx.inside(self._parent):
            self._ctx.add(self._element)
            self._ctx.show_live()

    def __exit__(self, *exc: object) -> None:
        children = self._parent.children or []
        for i, child in enumerate(children):
            if child is self._element:
                del children[i]
                break


@st_function
def spinner(
    text: Any = "In progress...",
    *,
    show_time: bool = False,
    _cache: bool = False,
    width: Any = "content",
) -> _Spinner:
    """Show a spinner with ``text`` while the ``with`` block runs (``show_time``: seconds).

    The spinner is on the page while the block executes and gone once it ends.
    """
    check_width(width)
    ctx = require_run("spinner")
    return _Spinner(
        ctx, ctx.target, {"text": str(text), "show_time": bool(show_time), "width": width}
    )


STATES = ("running", "complete", "error")
EXPANDABLE_TYPES = ("default", "compact", "step")


def _check_state(state: Any) -> None:
    if state not in STATES:
        raise StreamlitValueError(
            "Invalid `state` value. Supported values: " + ", ".join(f"'{s}'" for s in STATES) + "."
        )


class StatusContainer(Block):
    """``st.status``: an expander whose label shows a running, complete or error state."""

    def update(
        self, *, label: str | None = None, expanded: bool | None = None, state: str | None = None
    ) -> None:
        """Change the label, expanded state or state; what is not given stays."""
        props = self._element.props
        if state is not None:
            _check_state(state)
            props.state = state
        if label is not None:
            props.label = str(label)
        if expanded is not None:
            props.expanded = bool(expanded)
        require_run("status").show_live()

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:  # fmt: skip
        if self._element.props.state == "running":
            self.update(state="error" if exc_type is not None else "complete")
        super().__exit__(exc_type, exc, tb)


@st_function
def status(
    label: str,
    *,
    expanded: bool = False,
    state: str = "running",
    type: str = "default",
    width: Any = "stretch",
) -> StatusContainer:
    """Insert a status container for long-running tasks: ``with st.status("Working"): ...``.

    Leaving the ``with`` block marks it complete (or error, on an exception) unless ``update``
    already set a state.
    """
    if type not in EXPANDABLE_TYPES:
        raise StreamlitValueError(
            "Invalid `type` value. Supported values: "
            + ", ".join(f"'{t}'" for t in EXPANDABLE_TYPES)
            + "."
        )
    _check_state(state)
    check_width(width, ("stretch",))
    element = container("status", label=str(label or ""), expanded=bool(expanded), state=state)
    block = StatusContainer(_add_live("status", element))
    return block


TOAST_SECONDS = {"short": 4, "long": 10, "infinite": None}


@st_function
def toast(body: Any, *, icon: str | None = None, duration: str | int = "short") -> ElementHandle:
    """Show a short message that fades out after ``duration`` ("short" 4 s, "long" 10 s, an
    int in seconds, or "infinite")."""
    check_icon(icon)
    if duration in TOAST_SECONDS and isinstance(duration, str):
        seconds = TOAST_SECONDS[duration]
    elif isinstance(duration, int) and not isinstance(duration, bool) and duration > 0:
        seconds = duration
    else:
        raise StreamlitValueError(
            "Invalid `duration` value. Supported values: short, long, infinite, a positive integer."
        )
    element = new_element("toast", body=str(body), icon=icon, seconds=seconds, live=True)
    return handle(_add_live("toast", element))
