"""Layout: sidebar, columns, tabs, expander, popover, container and empty.

Each returns a ``Block`` (or a list of them) usable as a context manager or through its
methods, like Streamlit's DeltaGenerator: ``with col1: ...`` or ``col1.write(...)``.
"""

from __future__ import annotations

import numbers
from collections.abc import Callable, Iterable, Sequence
from typing import Any

from ..elements import Element
from ..elements import container as block_element
from ..errors import (
    COLUMN_SPEC_MESSAGE,
    StreamlitAPIException,
    StreamlitInvalidColumnSpecError,
    StreamlitInvalidParameterTypeError,
    StreamlitMissingRequiredParameterError,
    StreamlitValueError,
)
from ..runtime.context import require_run
from ..schema import make_props
from .lib import Block, check_width, require_int, st_function, unsupported

GAPS = ("xxsmall", "xsmall", "small", "medium", "large", "xlarge", "xxlarge")


class _Sidebar(Block):
    """``st.sidebar``: the side panel of whichever app is running."""

    def __init__(self) -> None:  # the element belongs to the run, so it is looked up late
        pass

    @property
    def _element(self) -> Element:  # type: ignore[override]
        return require_run("sidebar").sidebar

    def __repr__(self) -> str:
        return "<rerunner sidebar>"


sidebar = _Sidebar()


def open_block(kind: str, **props: Any) -> Element:
    return require_run(kind).add(block_element(kind, **props))


def _check_layout_callbacks(call: str, on_change: Any, bind: Any = None) -> None:
    if on_change not in ("ignore", None):
        unsupported(call, on_change=on_change)
    unsupported(call, bind=bind)


@st_function
def columns(
    spec: int | Sequence[float],
    *,
    gap: str | int | None = "small",
    vertical_alignment: str = "top",
    border: bool = False,
    width: str | int = "stretch",
    wrap: bool = True,
) -> list[Block]:
    """Insert side-by-side columns: an int for equal widths, or a list of relative widths."""
    if isinstance(spec, numbers.Integral) and not isinstance(spec, bool):
        weights: list[float] = [1] * int(spec) if spec > 0 else []
    elif isinstance(spec, Iterable) and not isinstance(spec, str):
        weights = list(spec)
    else:
        raise StreamlitInvalidParameterTypeError(
            "Invalid `spec` type. Expected one of: int, sequence of numbers. "
            f"Provided type: {type(spec).__name__}."
        )
    if not weights or not all(
        isinstance(w, numbers.Real) and not isinstance(w, bool) and w > 0 for w in weights
    ):
        raise StreamlitInvalidColumnSpecError(COLUMN_SPEC_MESSAGE)
    _check_gap(gap)
    if vertical_alignment not in ("top", "center", "bottom"):
        raise StreamlitValueError(
            "Invalid `vertical_alignment` value. Supported values: 'top', 'center', 'bottom'. "
            f"Got '{vertical_alignment}'."
        )
    row = open_block("columns", gap=gap, vertical_alignment=vertical_alignment, border=bool(border))
    total = sum(weights)
    return [
        Block(row.add(block_element("column", weight=w / total, border=bool(border))))
        for w in weights
    ]


def _check_gap(gap: Any) -> None:
    if (
        gap is None
        or gap in GAPS
        or (isinstance(gap, int) and not isinstance(gap, bool) and gap >= 0)
    ):
        return
    raise StreamlitValueError(
        "Invalid `gap` value. Supported values: "
        + ", ".join(f"'{g}'" for g in GAPS)
        + f", None, a non-negative integer (pixels). Got {gap!r}."
    )


@st_function
def tabs(
    tabs: Sequence[str],
    *,
    width: str | int = "stretch",
    height: str | int = "content",
    default: str | None = None,
    key: str | None = None,
    on_change: Callable[..., Any] | str = "ignore",
    args: Any = None,
    kwargs: Any = None,
    bind: Any = None,
) -> list[Block]:
    """Insert tabs; returns one container per label. Every tab's content runs on every rerun."""
    labels = list(tabs or [])
    if not labels:
        raise StreamlitMissingRequiredParameterError(
            "The `tabs` parameter is required. Provide at least one tab label."
        )
    for label in labels:
        if not isinstance(label, str):
            raise StreamlitInvalidParameterTypeError(
                "Invalid `tabs` type. Expected one of: a string for each tab label. "
                f"Provided type: {type(label).__name__}."
            )
    _check_layout_callbacks("tabs", on_change, bind)
    if default is not None and default not in labels:
        raise StreamlitValueError(f"Invalid `default` value. Supported values: {labels}.")
    group = open_block("tabs", default=labels.index(default) if default is not None else 0)
    return [Block(group.add(block_element("tab", label=label))) for label in labels]


@st_function
def expander(
    label: str,
    expanded: bool = False,
    *,
    key: str | None = None,
    icon: str | None = None,
    type: str = "default",
    width: str | int = "stretch",
    on_change: Callable[..., Any] | str = "ignore",
    args: Any = None,
    kwargs: Any = None,
    bind: Any = None,
) -> Block:
    """Insert a collapsible container; the user's open/closed choice survives reruns."""
    if label is None:
        raise StreamlitMissingRequiredParameterError("The `label` parameter is required.")
    require_int(expanded)
    _check_layout_callbacks("expander", on_change, bind)
    return Block(open_block("expander", label=str(label), expanded=bool(expanded), icon=icon))


@st_function
def popover(
    label: str,
    *,
    type: str = "secondary",
    help: str | None = None,
    icon: str | None = None,
    disabled: bool = False,
    use_container_width: bool | None = None,
    width: str | int = "content",
    wrap: bool | None = None,
    key: str | None = None,
    on_change: Callable[..., Any] | str = "ignore",
    args: Any = None,
    kwargs: Any = None,
) -> Block:
    """Insert a container that opens from a button (shown here as a collapsible panel)."""
    _check_layout_callbacks("popover", on_change)
    return Block(
        open_block("popover", label=str(label), help=help, icon=icon, disabled=bool(disabled))
    )


# --- forms ----------------------------------------------------------------------------------


@st_function
def empty() -> Block:
    """Insert a single-element placeholder: each call on it replaces what it holds."""
    element = require_run("empty").add(
        Element("empty", make_props("empty"), children=[], single=True)
    )
    return Block(element)


@st_function
def container(
    *,
    border: bool | None = None,
    key: str | None = None,
    width: str | int = "stretch",
    height: str | int = "content",
    horizontal: bool = False,
    wrap: bool = True,
    horizontal_alignment: str = "left",
    vertical_alignment: str = "top",
    gap: str | int | None = "small",
    autoscroll: bool | None = None,
) -> Block:
    """Insert a multi-element container: ``with`` it, or call st methods on it.

    ``horizontal=True`` lays its elements out in a row (wrapping unless ``wrap=False``); a
    ``key`` becomes the CSS class ``st-key-<key>``, as in Streamlit.
    """
    unsupported("container", autoscroll=autoscroll)
    _check_gap(gap)
    check_width(width)
    if horizontal_alignment not in ("left", "center", "right", "distribute"):
        raise StreamlitAPIException(
            "Invalid `horizontal_alignment` value. Supported values: 'left', 'center', 'right', "
            f"'distribute'. Got '{horizontal_alignment}'."
        )
    if vertical_alignment not in ("top", "center", "bottom", "distribute"):
        raise StreamlitAPIException(
            "Invalid `vertical_alignment` value. Supported values: 'top', 'center', 'bottom', "
            f"'distribute'. Got '{vertical_alignment}'."
        )
    element = require_run("container").add(
        block_element(
            "container",
            border=bool(border),
            horizontal=bool(horizontal),
            wrap=bool(wrap),
            key=None if key is None else str(key),
            gap=gap,
            width=width,
            horizontal_alignment=horizontal_alignment,
            vertical_alignment=vertical_alignment,
            height=height if isinstance(height, int) and not isinstance(height, bool) else None,
        )
    )
    return Block(element)
