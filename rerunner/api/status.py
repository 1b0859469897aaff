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
from .lib import (
    Block,
    ElementHandle,
    check_height,
    check_icon,
    check_width,
    handle,
    st_function,
)


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
    """Display a progress bar.

    Call ``.progress()`` on the returned handle to move the bar, and ``.empty()`` to remove it. In
    rerunner the page is redrawn as it stands each time the bar moves, so the bar advances while a
    slow body works; during an app's first run the cell's output is not on screen yet, so the first
    display comes when that run ends.

    Parameters
    ----------
    value : int or float
        How far along the task is: an int from 0 to 100, or a float from 0.0 to 1.0.
    text : str or None, optional
        A message shown above the bar. Inline Markdown is allowed. ``None`` (default) shows none.
    width : "stretch" or int, optional
        The progress bar's width. ``"stretch"`` (default) fills the width of the parent container;
        an int sets a fixed width in pixels, capped at the parent's width.

    Returns
    -------
    ElementHandle
        A handle to the bar: ``bar.progress(value, text=...)`` updates it in place and
        ``bar.empty()`` removes it.

    Example
    -------
    >>> import time
    >>> import streamlit as st
    >>> bar = st.progress(0, text="Crunching numbers")
    >>> for pct in range(0, 101, 25):
    ...     time.sleep(0.2)
    ...     bar.progress(pct, text=f"Crunching numbers: {pct}%")
    >>> bar.empty()
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
    """Show a spinner while a block of code runs.

    Use as ``with st.spinner(...):``. The spinner and its text are on the page while the block runs,
    and gone once it ends. In rerunner the page is redrawn as it stands each time a spinner appears,
    so the spinner shows while a slow body works; during an app's first run the cell's output is not
    on screen yet, so the first display comes when that run ends.

    Parameters
    ----------
    text : str, optional
        The message next to the spinner (default ``"In progress..."``). Markdown is allowed.
    show_time : bool, optional
        Whether to show the time elapsed, to a tenth of a second, next to the text (default
        ``False``).
    _cache : bool, optional
        Internal: marks the spinner that ``st.cache_data`` and ``st.cache_resource`` show on a cache
        miss. Leave it at its default, ``False``.
    width : "content", "stretch", or int, optional
        The spinner's width. ``"content"`` (default) fits the content, up to the parent's width;
        ``"stretch"`` fills the width of the parent container; an int sets a fixed width in pixels,
        capped at the parent's width.

    Returns
    -------
    context manager
        Use it in a ``with`` statement; it yields nothing to ``as``.

    Example
    -------
    >>> import time
    >>> import streamlit as st
    >>> with st.spinner("Training the model...", show_time=True):
    ...     time.sleep(2)
    >>> st.success("Model ready.")
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
    """Insert a collapsible container that shows the progress of a long task.

    The header shows a label and an icon for the state: a spinner while running, a check mark when
    complete, an error sign on failure; the content, such as the steps of the task, can be expanded
    like an ``st.expander``'s. Used in a ``with`` block, the state becomes ``"complete"`` when the
    block ends, or ``"error"`` if an exception escapes it, unless ``.update()`` has already set one.
    Its content runs even while it is collapsed. In rerunner the page is redrawn as it stands each
    time the container changes, so its steps show while a slow body works; during an app's first run
    the cell's output is not on screen yet, so the first display comes when that run ends.

    Parameters
    ----------
    label : str
        The text of the header; ``.update(label=...)`` changes it. Inline Markdown is allowed (bold,
        italics, strikethrough, code, links, images).
    expanded : bool, optional
        Whether the container starts open (default ``False``, collapsed).
    state : "running", "complete", or "error", optional
        The initial state, which sets the icon: ``"running"`` (default, a spinner), ``"complete"``
        (a check mark) or ``"error"`` (an error sign).
    type : "default", "compact", or "step", optional
        The visual style. ``"default"``: a box with a border. ``"compact"``: a minimal inline
        toggle. ``"step"``: one step of a timeline; consecutive step containers form one timeline,
        which a step with no content, or any other element, ends.
    width : "stretch" or int, optional
        The status container's width. ``"stretch"`` (default) fills the width of the parent
        container; an int sets a fixed width in pixels, capped at the parent's width.

    Returns
    -------
    StatusContainer
        The container: use it in a ``with`` block or call st methods on it. Its ``update(label=None,
        expanded=None, state=None)`` method changes the label, the open state or the state;
        arguments left at ``None`` keep their value.

    Example
    -------
    >>> import time
    >>> import streamlit as st
    >>> with st.status("Fetching data...", expanded=True) as status:
    ...     st.write("Querying the API")
    ...     time.sleep(1)
    ...     st.write("Parsing the response")
    ...     status.update(label="Data ready", state="complete", expanded=False)
    """
    if type not in EXPANDABLE_TYPES:
        raise StreamlitValueError(
            "Invalid `type` value. Supported values: "
            + ", ".join(f"'{t}'" for t in EXPANDABLE_TYPES)
            + "."
        )
    _check_state(state)
    check_width(width, ("stretch",))
    element = container(
        "status",
        label=str(label or ""),
        expanded=bool(expanded),
        state=state,
        type=type,
        width=width,
    )
    block = StatusContainer(_add_live("status", element))
    return block


TOAST_SECONDS = {"short": 4, "long": 10, "infinite": None}


@st_function
def toast(body: Any, *, icon: str | None = None, duration: str | int = "short") -> ElementHandle:
    """Show a short notification that disappears after a while.

    The message fades away after ``duration``; calling ``.toast()`` on the returned handle changes
    its text. Streamlit stacks toasts in the top-right corner of the page; rerunner shows a toast at
    the place in the app where it is called. Do not call ``st.toast`` inside a cached function. In
    rerunner the page is redrawn as it stands each time a toast appears, so it shows while a slow
    body works; during an app's first run the cell's output is not on screen yet, so the first
    display comes when that run ends.

    Parameters
    ----------
    body : str
        The message, as GitHub-flavored Markdown with the extensions described in ``st.markdown``.
    icon : str or None, optional
        An icon shown next to the message: a single emoji (``"🔥"``), a Material Symbols icon written
        ``":material/icon_name:"`` (for example ``":material/thumb_up:"``), or ``"spinner"``.
        ``None`` (default) shows no icon.
    duration : "short", "long", "infinite", or int, optional
        How long the toast stays: ``"short"`` (default) 4 seconds, ``"long"`` 10 seconds,
        ``"infinite"`` until the user dismisses it, or an int number of seconds.

    Returns
    -------
    ElementHandle
        A handle to the toast: ``msg.toast("...")`` replaces its message.

    Example
    -------
    >>> import streamlit as st
    >>> if st.button("Save"):
    ...     st.toast("Settings saved", icon="✅")
    """
    icon = check_icon(icon)
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


class SkeletonPlaceholder(ElementHandle):
    """What ``st.skeleton`` returns: a placeholder that a call replaces (``p.dataframe(...)``),
    or, used in ``with``, a skeleton shown while the block runs and cleared when it ends."""

    def __init__(self, ctx: RunContext, parent: Element, element: Element) -> None:
        super().__init__(parent, element)
        self._ctx = ctx
        self._slot: Element | None = None

    def __enter__(self) -> SkeletonPlaceholder:
        # As in Streamlit, the skeleton's place becomes an empty placeholder that shows the
        # skeleton for the block's duration; what the block writes goes below it.
        skeleton = self._element
        slot = container("empty")
        slot.single = True
        slot.children = [skeleton]
        siblings = self._parent.children or []
        for i, child in enumerate(siblings):
            if child is skeleton:
                siblings[i] = self._element = slot
                break
        self._slot = slot
        self._ctx.show_live()
        return self

    def __exit__(
        self,
        typ: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> bool:
        if self._slot is not None:
            self._slot.children = []
            self._ctx.show_live()  # gone from the page too, unless a redraw came just now
        return False


@st_function
def skeleton(
    height: int | str | None = None, *, width: int | str = "stretch"
) -> SkeletonPlaceholder:
    """Display a skeleton loading placeholder.

    A skeleton is an animated grey box that stands for content still loading. Used alone (like
    ``st.empty()``), it shows at once and a call on it replaces it with content
    (``placeholder.dataframe(df)``). Used in a ``with`` block (like ``st.spinner``), it shows
    while the block runs and is gone when the block ends, whether it ends normally or by an
    exception; what the block writes goes to the parent container and stays.

    Parameters
    ----------
    height : int, "stretch", or None, optional
        The height of the skeleton: ``None`` (default) the height of an input widget, a height in
        pixels, or ``"stretch"`` to fill a parent container of bounded height.
    width : "stretch" or int, optional
        The width of the skeleton: ``"stretch"`` (default) as wide as the parent container, or a
        width in pixels.

    Returns
    -------
    SkeletonPlaceholder
        A placeholder that a call on it replaces, or a context manager.

    Example
    -------
    >>> import time
    >>> import streamlit as st
    >>> with st.skeleton(height=100):
    ...     time.sleep(2)
    >>> st.success("Data loaded!")
    """
    check_width(width, ("stretch",))
    if height is not None:
        check_height(height, ("stretch",))
    ctx = require_run("skeleton")
    element = new_element("skeleton", height=height, width=width)
    ctx.add(element)
    return SkeletonPlaceholder(ctx, ctx.target, element)
