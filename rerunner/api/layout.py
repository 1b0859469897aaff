"""Layout: sidebar, columns, tabs, expander, popover, container and empty.

Each returns a ``Block`` (or a list of them) usable as a context manager or through its
methods, like Streamlit's DeltaGenerator: ``with col1: ...`` or ``col1.write(...)``.
"""

from __future__ import annotations

import numbers
from collections.abc import Callable, Iterable, Sequence
from typing import Any

from ..elements import Element, container as block_element
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
from . import bind as binding
from .lib import (
    Block,
    Callback,
    ElementHandle,
    add,
    check_height,
    check_icon,
    check_width,
    claim_widget,
    handle,
    require_int,
    st_function,
)

EXPANDER_TYPES = ("default", "compact", "step")
GAPS = ("xxsmall", "xsmall", "small", "medium", "large", "xlarge", "xxlarge")


class _Sidebar(Block):
    """The app's sidebar: a container for controls and notes beside the main content.

    Write into it in a ``with st.sidebar:`` block, or call st methods on it
    (``st.sidebar.slider(...)``). Widgets there behave as anywhere else. In rerunner the sidebar is
    a side panel of the app's output, present only when something is written to it.

    Example
    -------
    >>> import streamlit as st
    >>> with st.sidebar:
    ...     region = st.selectbox("Region", ["North", "South"])
    >>> st.sidebar.caption("The filter applies to every chart.")
    >>> st.write("Showing region:", region)
    """

    def __init__(self) -> None:  # the element belongs to the run, so it is looked up late
        pass

    @property
    def _element(self) -> Element:  # type: ignore[override]
        return require_run("sidebar").sidebar

    def __repr__(self) -> str:
        return "<rerunner sidebar>"


sidebar = _Sidebar()


def open_block(kind: str, id: str | None = None, **props: Any) -> Element:
    element = block_element(kind, **props)
    element.id = id
    return require_run(kind).add(element)


def open_parts(
    kind: str, parts: list[Element], id: str | None = None, **props: Any
) -> list[Element]:
    """A block made of ``parts`` (columns, tabs), added with its parts in it: a running fragment
    learns it made them all, so writing into one is no write outside the fragment."""
    block = block_element(kind, **props)
    block.id = id
    for part in parts:
        block.add(part)
    require_run(kind).add(block)
    return parts


class OpenBlock(Block):
    """A container that can be open or closed (expander, popover, tab). ``open`` is whether it
    is open when it tracks its state (``on_change`` other than ``"ignore"``), else ``None``: a
    body may then skip drawing what the user cannot see."""

    def __init__(self, element: Element, open: bool | None = None) -> None:
        super().__init__(element)
        self.open = open


class _OpenSerde:
    """An expander's or popover's open state, as Streamlit keeps it: a bool."""

    def __init__(self, default: bool) -> None:
        self.default = default

    def serialize(self, value: Any) -> bool:
        return bool(value)

    def deserialize(self, ui_value: Any) -> bool:
        return self.default if ui_value is None else bool(ui_value)

    def normalize(self, value: Any) -> Any:
        return value


class _TabsSerde:
    """A tab group's state is the label of its open tab."""

    def __init__(self, default: str) -> None:
        self.default = default

    def serialize(self, value: Any) -> str:
        return str(value)

    def deserialize(self, ui_value: Any) -> str:
        return self.default if ui_value is None else str(ui_value)

    def normalize(self, value: Any) -> Any:
        return value


def check_layout_on_change(on_change: Any) -> Callable[..., Any] | None:
    """Streamlit's check of a container's ``on_change``: a callable, "rerun" or "ignore"."""
    if callable(on_change):
        return on_change
    if isinstance(on_change, str) and on_change in ("rerun", "ignore"):
        return None
    raise StreamlitValueError(
        "Invalid `on_change` value. Supported values: 'rerun', 'ignore', a callback function."
    )


def _css_key(key: Any) -> str | None:
    return None if key is None else str(key)


def _track(
    kind: str,
    key: Any,
    on_change: Any,
    callback: Callable[..., Any] | None,
    args: Any,
    kwargs: Any,
    identity: dict[str, Any],
    serde: Any,
    url: Any = None,
) -> tuple[str | None, Any]:
    """A container that tracks its state is a widget: its id and current value. Otherwise
    (``on_change="ignore"`` and not bound to the URL, ``url`` None) ``(None, None)``, after
    claiming its key if it has one."""
    ctx = require_run(kind)
    if on_change == "ignore" and url is None:
        if key is not None:
            # The key is the container's identity and CSS class: it may be used once a run.
            ctx.claim(kind, f"{kind}-key-{key}", str(key))
        return None, None
    wid, value, _ = claim_widget(
        kind,
        key=key,
        identity=identity,
        key_identity=None,
        default=serde.default,
        serde=serde,
        callback=Callback(callback, args if callback else None, kwargs if callback else None),
        in_form=False,
        url=url,
    )
    return wid, value


def _tabs_url(bind: Any, key: Any, labels: list[str]) -> Any:
    """Bound tabs keep the selected tab's label in the URL, so labels must name one tab each."""
    if bind not in binding.BIND_VALUES:
        binding.check_bind(bind, key)
    if bind is None:
        return None
    if any(not label for label in labels):
        raise StreamlitValueError(
            "Invalid `tabs` value. Supported values: non-empty labels. Tab labels must be "
            "non-empty when bind='query-params'."
        )
    if len(set(labels)) != len(labels):
        raise StreamlitValueError(
            "Invalid `tabs` value. Supported values: unique labels. Tab labels must be unique "
            "when bind='query-params'."
        )
    binding.check_bind(bind, key)
    return binding.option(labels, labels)


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
    """Insert containers laid out side by side as columns.

    Returns one container per column. Write into a column in a ``with`` block, or by calling st
    methods on it (``col.metric(...)``). Columns can hold any element, including other columns;
    Streamlit advises nesting them only once, to keep the layout readable on all screen sizes.

    Parameters
    ----------
    spec : int or sequence of numbers
        The columns to create: an int ``n`` makes ``n`` columns of equal width; a sequence of
        positive numbers gives each column's relative width (``[2, 1]`` makes the first column twice
        as wide as the second).
    gap : str, int, or None, optional
        The space between the columns: ``"xxsmall"`` (0.25rem), ``"xsmall"`` (0.5rem), ``"small"``
        (1rem, the default), ``"medium"`` (2rem), ``"large"`` (4rem), ``"xlarge"`` (6rem),
        ``"xxlarge"`` (8rem), a non-negative int in pixels, or ``None`` for no gap. A rem is the
        theme's base font size.
    vertical_alignment : "top", "center", or "bottom", optional
        How the content of each column is aligned vertically when the columns differ in height:
        ``"top"`` (default), ``"center"`` or ``"bottom"``. ``"bottom"`` lines up widgets whose
        labels differ in height.
    border : bool, optional
        Whether to draw a border around each column (default ``False``).
    width : "stretch" or int, optional
        The column group's width. ``"stretch"`` (default) fills the width of the parent container;
        an int sets a fixed width in pixels, capped at the parent's width.
    wrap : bool, optional
        Whether the columns stack vertically on narrow screens (``True``, default: they stack when
        the viewport is 640 pixels wide or less). With ``False`` they always stay in one row,
        shrinking to a usable minimum width and then scrolling horizontally.

    Returns
    -------
    list of containers
        One container per column, from left to right. Each can be used in a ``with`` block or have
        st methods called on it.

    Example
    -------
    >>> import streamlit as st
    >>> left, right = st.columns([2, 1], border=True)
    >>> with left:
    ...     st.subheader("Visits")
    ...     st.line_chart({"visits": [3, 5, 4, 8]})
    >>> right.metric("Visits today", 8, delta=4)
    """
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
    check_width(width, ("stretch",))
    total = sum(weights)
    parts = [block_element("column", weight=w / total, border=bool(border)) for w in weights]
    opened = open_parts(
        "columns",
        parts,
        gap=gap,
        vertical_alignment=vertical_alignment,
        border=bool(border),
        width=width,
        wrap=bool(wrap),
    )
    return [Block(column) for column in opened]


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
    """Insert containers shown as tabs.

    Returns one container per label. Only the selected tab's content is visible, but by default
    every tab's content runs on every rerun; see ``on_change`` to make the app rerun when the user
    switches tabs. Write into a tab in a ``with`` block or by calling st methods on it. In rerunner
    the tab the user chose stays selected across reruns.

    Parameters
    ----------
    tabs : list of str
        The tab labels, one tab per string, in order. Inline Markdown is allowed (bold, italics,
        strikethrough, code, links, images).
    width : "stretch" or int, optional
        The tab group's width. ``"stretch"`` (default) fills the width of the parent container; an
        int sets a fixed width in pixels, capped at the parent's width.
    height : "content", "stretch", or int, optional
        The tab group's height. ``"content"`` (default) fits the selected tab's content;
        ``"stretch"`` fills the height of the parent container, and longer content scrolls inside
        the tab; an int sets a fixed height in pixels, and longer content scrolls inside the tab.
    default : str or None, optional
        The label of the tab selected at first. ``None`` (default) selects the first tab. It must be
        one of the labels; when labels repeat, the first match is selected.
    key : str, int, or None, optional
        A unique key for the tab group; ``None`` (default) derives one from the other parameters.
        When the tab group tracks its state (with ``on_change`` or ``bind``),
        ``st.session_state[key]`` holds the selected tab's label and can be assigned to change it.
        The key is also added as the CSS class ``st-key-<key>``.
    on_change : "ignore", "rerun", or callable, optional
        What happens when the user switches tabs. ``"ignore"`` (default): nothing, and the tab group
        does not track its state. Setting ``bind`` also makes it track its state, even with
        ``"ignore"``. ``"rerun"``: the tab group tracks its selected tab and the app reruns on each
        change, so the body can read the state from ``st.session_state[key]`` and skip work the user
        cannot see. A callable: the same, and the callable runs as a callback before the rerun. Once
        it tracks its state, the tab group cannot be used inside a cached function.
    args : list or tuple, optional
        [[args]]
    kwargs : dict, optional
        [[kwargs]]
    bind : "query-params" or None, optional
        Sync the tab group's selected tab with a query parameter of the page URL, named after
        ``key`` (which is then required). ``None`` (default) does not. With ``"query-params"``, the
        selected tab's label is written to the URL whenever it changes, and a URL carrying the
        parameter sets it; the parameter is removed while the state equals the default. The tab
        group then tracks its state and reruns the app on each change, as with
        ``on_change="rerun"``. A bound parameter can be changed from code only through
        ``st.session_state[key]``, not ``st.query_params``. Labels must then be unique and
        non-empty; a parameter value that is not a label is ignored and removed from the URL.

    Returns
    -------
    list of containers
        One container per tab, in the order of ``tabs``. Each can be used in a ``with`` block or
        have st methods called on it.

    Example
    -------
    >>> import streamlit as st
    >>> data = {"sales": [3, 1, 4, 1, 5]}
    >>> chart_tab, data_tab = st.tabs(["Chart", "Data"])
    >>> with chart_tab:
    ...     st.bar_chart(data)
    >>> data_tab.json(data)
    """
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
    if default is not None and default not in labels:
        raise StreamlitValueError(f"Invalid `default` value. Supported values: {labels}.")
    callback = check_layout_on_change(on_change)
    check_width(width, ("stretch",))
    check_height(height)
    default_index = labels.index(default) if default else 0
    current = labels[default_index]
    identity = {"tabs": tuple(labels), "width": width, "height": height, "default": default}
    wid, value = _track(
        "tabs",
        key,
        on_change,
        callback,
        args,
        kwargs,
        identity,
        _TabsSerde(current),
        url=_tabs_url(bind, key, labels),
    )
    if wid is not None:
        if value not in labels:  # a label the state holds that this run's tabs no longer have
            value = current
            if key is not None:
                require_run("tabs").state.set_widget_value(wid, current)
        current = value
    parts = [block_element("tab", label=label) for label in labels]
    opened = open_parts(
        "tabs",
        parts,
        id=wid,
        default=labels.index(current),
        key=_css_key(key),
        width=width,
        height=height,
    )
    return [
        OpenBlock(tab, None if wid is None else label == current)
        for tab, label in zip(opened, labels, strict=True)
    ]


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
    """Insert a container that the user can expand and collapse.

    While collapsed, only the label shows. Write into the expander in a ``with`` block or by calling
    st methods on it. By default its content runs on every rerun, open or closed; see ``on_change``
    to make the app rerun when it is toggled. In rerunner the open or closed state the user chose is
    kept across reruns. Streamlit advises against nesting expanders.

    Parameters
    ----------
    label : str
        The text of the expander's header. Inline Markdown is allowed (bold, italics, strikethrough,
        code, links, images); block Markdown such as headings or lists shows as plain text.
    expanded : bool, optional
        Whether the expander starts open (default ``False``, collapsed).
    key : str, int, or None, optional
        A unique key for the expander; ``None`` (default) derives one from the other parameters.
        When the expander tracks its state (with ``on_change`` or ``bind``),
        ``st.session_state[key]`` holds ``True`` while it is open and can be assigned to change it.
        The key is also added as the CSS class ``st-key-<key>``.
    icon : str or None, optional
        An icon shown next to the label: a single emoji (``"🔥"``), a Material Symbols icon written
        ``":material/icon_name:"`` (for example ``":material/thumb_up:"``), or ``"spinner"``.
        ``None`` (default) shows no icon, except with ``type="step"``, which shows a faded circle
        instead.
    type : "default", "compact", or "step", optional
        The visual style. ``"default"``: a box with a border. ``"compact"``: a minimal inline
        toggle, suited to reasoning traces or metadata. ``"step"``: one step of a timeline, drawn
        with an icon column and a connecting line; consecutive step expanders form one timeline,
        which a step with no content, or any other element, ends.
    width : "stretch" or int, optional
        The expander's width. ``"stretch"`` (default) fills the width of the parent container; an
        int sets a fixed width in pixels, capped at the parent's width.
    on_change : "ignore", "rerun", or callable, optional
        What happens when the user expands or collapses it. ``"ignore"`` (default): nothing, and the
        expander does not track its state. Setting ``bind`` also makes it track its state, even with
        ``"ignore"``. ``"rerun"``: the expander tracks its open state and the app reruns on each
        change, so the body can read the state from ``st.session_state[key]`` and skip work the user
        cannot see. A callable: the same, and the callable runs as a callback before the rerun. Once
        it tracks its state, the expander cannot be used inside a cached function.
    args : list or tuple, optional
        [[args]]
    kwargs : dict, optional
        [[kwargs]]
    bind : "query-params" or None, optional
        Sync the expander's open state with a query parameter of the page URL, named after ``key``
        (which is then required). ``None`` (default) does not. With ``"query-params"``, the open
        state is written to the URL whenever it changes, and a URL carrying the parameter sets it;
        the parameter is removed while the state equals the default. The expander then tracks its
        state and reruns the app on each change, as with ``on_change="rerun"``. A bound parameter
        can be changed from code only through ``st.session_state[key]``, not ``st.query_params``.

    Returns
    -------
    container
        The container. Use it in a ``with`` block, or call st methods on it (``box.write(...)``) to
        add elements to it from anywhere in the body.

    Example
    -------
    >>> import streamlit as st
    >>> st.bar_chart({"sales": [3, 1, 4, 1, 5]})
    >>> with st.expander("How these numbers are computed"):
    ...     st.write("Weekly sales, summed over all stores.")
    ...     st.code("df.groupby('week').sales.sum()")
    """
    if label is None:
        raise StreamlitMissingRequiredParameterError("The `label` parameter is required.")
    callback = check_layout_on_change(on_change)
    if type not in EXPANDER_TYPES:
        raise StreamlitValueError(
            "Invalid `type` value. Supported values: "
            + ", ".join(f"'{t}'" for t in EXPANDER_TYPES)
            + "."
        )
    require_int(expanded)
    identity = {
        "label": label,
        "expanded": expanded,
        "icon": icon,
        "width": width,
        "type": type,
    }
    url = binding.boolean() if binding.check_bind(bind, key) else None
    wid, value = _track(
        "expander", key, on_change, callback, args, kwargs, identity, _OpenSerde(expanded), url
    )
    shown = bool(expanded) if wid is None else bool(value)
    icon = check_icon(icon)
    check_width(width, ("stretch",))
    element = open_block(
        "expander",
        id=wid,
        label=str(label),
        expanded=shown,
        icon=icon,
        type=type,
        key=_css_key(key),
        width=width,
    )
    return OpenBlock(element, None if wid is None else shown)


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
    """Insert a container that opens from a button.

    The label shows as a button; clicking it opens a panel holding the container's content, and
    clicking outside closes it. Widgets inside work as anywhere else and keep the panel open while
    the app reruns. By default the content runs on every rerun, open or closed. In rerunner the
    panel opens as a collapsible section below its button. Streamlit advises against nesting
    popovers.

    Parameters
    ----------
    label : str
        The text of the button that opens the popover. Inline Markdown is allowed (bold, italics,
        strikethrough, code, links, images).
    type : "primary", "secondary", or "tertiary", optional
        The button's style: ``"primary"`` (filled with the primary colour, for emphasis),
        ``"secondary"`` (default, an ordinary button) or ``"tertiary"`` (plain text without border
        or background).
    help : str or None, optional
        A tooltip shown when the pointer rests on the button. Markdown is allowed. ``None``
        (default) shows no tooltip.
    icon : str or None, optional
        An icon shown next to the button label: a single emoji (``"🔥"``), a Material Symbols icon
        written ``":material/icon_name:"`` (for example ``":material/thumb_up:"``), or
        ``"spinner"``. ``None`` (default) shows no icon.
    disabled : bool, optional
        Whether the button is greyed out and cannot be clicked (default ``False``).
    use_container_width : bool or None, optional
        Deprecated: use ``width``. ``True`` makes the button as wide as its parent container (like
        ``width="stretch"``); ``False`` fits it to its label (like ``width="content"``); ``None``
        (default) follows ``width``.
    width : "content", "stretch", or int, optional
        The button's width. ``"content"`` (default) fits the label, up to the parent's width;
        ``"stretch"`` fills the width of the parent container; an int sets a fixed width in pixels,
        capped at the parent's width. The panel is at least as wide as the button.
    wrap : bool or None, optional
        Whether a long label wraps onto several lines. ``None`` (default) decides from the layout:
        in a horizontal container or directly in a column the button keeps one line and cuts the
        label with an ellipsis; elsewhere the label wraps. ``True`` always wraps; ``False`` always
        keeps one line.
    key : str, int, or None, optional
        A unique key for the popover; ``None`` (default) derives one from the other parameters. When
        the popover tracks its state (with ``on_change``), ``st.session_state[key]`` holds ``True``
        while it is open and can be assigned to change it. The key is also added as the CSS class
        ``st-key-<key>``.
    on_change : "ignore", "rerun", or callable, optional
        What happens when the user opens or closes it. ``"ignore"`` (default): nothing, and the
        popover does not track its state. ``"rerun"``: the popover tracks its open state and the app
        reruns on each change, so the body can read the state from ``st.session_state[key]`` and
        skip work the user cannot see. A callable: the same, and the callable runs as a callback
        before the rerun. Once it tracks its state, the popover cannot be used inside a cached
        function.
    args : list or tuple, optional
        [[args]]
    kwargs : dict, optional
        [[kwargs]]

    Returns
    -------
    container
        The container. Use it in a ``with`` block, or call st methods on it (``box.write(...)``) to
        add elements to it from anywhere in the body.

    Example
    -------
    >>> import streamlit as st
    >>> with st.popover("Filters", icon="🔎"):
    ...     red = st.checkbox("Red items", value=True)
    ...     blue = st.checkbox("Blue items", value=True)
    >>> st.write("Showing red:", red, "and blue:", blue)
    """
    if label is None:
        raise StreamlitMissingRequiredParameterError("The `label` parameter is required.")
    if use_container_width is not None:
        width = "stretch" if use_container_width else "content"
    if type not in ("primary", "secondary", "tertiary"):
        raise StreamlitValueError(
            "Invalid `type` value. Supported values: 'primary', 'secondary', 'tertiary'."
        )
    callback = check_layout_on_change(on_change)
    identity = {
        "label": label,
        "type": type,
        "help": help,
        "icon": icon,
        "disabled": disabled,
        "width": width,
    }
    wid, value = _track(
        "popover", key, on_change, callback, args, kwargs, identity, _OpenSerde(False)
    )
    shown = False if wid is None else bool(value)
    element = open_block(
        "popover",
        id=wid,
        label=str(label),
        expanded=shown,
        help=None if help is None else str(help),
        icon=check_icon(icon),
        disabled=bool(disabled),
        type=type,
        key=_css_key(key),
        width=check_width(width),
        wrap=wrap,
    )
    return OpenBlock(element, None if wid is None else shown)


# --- forms ----------------------------------------------------------------------------------


@st_function
def empty() -> Block:
    """Insert a placeholder that holds a single element.

    Each element written into the placeholder replaces the one it held, which suits content that
    changes in place: a status line, a result that is refined, a chart redrawn with new data. Call
    ``placeholder.empty()`` to clear it, and write an ``st.container()`` into it to replace several
    elements at once.

    In rerunner the page is redrawn when a run ends, and during the run whenever a spinner, progress
    bar, status container or toast updates it; a placeholder's intermediate contents show only at
    those moments.

    Returns
    -------
    container
        The placeholder. Call st methods on it, or use it in a ``with`` block, where each element
        written replaces the previous one.

    Example
    -------
    >>> import streamlit as st
    >>> slot = st.empty()
    >>> slot.text("Computing...")
    >>> result = sum(i * i for i in range(100_000))
    >>> slot.success(f"Result: {result:,}")
    """
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
    """Insert a container that holds several elements.

    Elements written into the container appear at its place on the page, whenever in the body they
    are written, so a container created early can be filled later. Write into it in a ``with`` block
    or by calling st methods on it. A container can also draw a border, scroll at a fixed height, or
    lay its elements out in a row.

    Parameters
    ----------
    border : bool or None, optional
        Whether to draw a border around the container. ``None`` (default) draws one only when the
        container has a fixed height in pixels.
    key : str or None, optional
        A stable identity for the container. It is also added to the container as the CSS class
        ``st-key-<key>``, so custom styles can target it. ``None`` (default) derives the identity
        from the other parameters.
    width : "stretch", "content", or int, optional
        The container's width. ``"stretch"`` (default) fills the width of the parent container;
        ``"content"`` fits the content; an int sets a fixed width in pixels, capped at the parent's
        width.
    height : "content", "stretch", or int, optional
        The container's height. ``"content"`` (default) fits the content; ``"stretch"`` grows to the
        height of the parent container when that is taller than the content; an int sets a fixed
        height in pixels, and taller content scrolls. Keep scrolling areas modest (500 pixels at
        most) so the page stays easy to scroll on small screens.
    horizontal : bool, optional
        Whether to lay the elements out in a row rather than a column (default ``False``). A row
        wraps onto further rows when its elements do not fit, unless ``wrap=False``.
    wrap : bool, optional
        For a horizontal container: whether elements that do not fit wrap onto another row
        (``True``, default) or stay in one row that scrolls horizontally (``False``). ``wrap=False``
        without ``horizontal=True`` is an error.
    horizontal_alignment : "left", "center", "right", or "distribute", optional
        Where the elements sit horizontally: ``"left"`` (default), ``"center"``, ``"right"``, or
        ``"distribute"``, which spreads them evenly across the width (a lone element stays at the
        left). In a vertical container ``"distribute"`` is the same as ``"left"``.
    vertical_alignment : "top", "center", "bottom", or "distribute", optional
        Where the elements sit vertically: ``"top"`` (default), ``"center"``, ``"bottom"``, or
        ``"distribute"``, which spreads them evenly over the height (a lone element stays at the
        top). In a horizontal container ``"distribute"`` stretches each element to the height of its
        row, which shows on elements that fill their box, such as bordered containers.
    gap : str, int, or None, optional
        The space between the elements: ``"xxsmall"`` (0.25rem), ``"xsmall"`` (0.5rem), ``"small"``
        (1rem, the default), ``"medium"`` (2rem), ``"large"`` (4rem), ``"xlarge"`` (6rem),
        ``"xxlarge"`` (8rem), a non-negative int in pixels, or ``None`` for no gap. A rem is the
        theme's base font size. The gap is a minimum, both between rows and within a row;
        distributed alignment or a fixed height can make it larger.
    autoscroll : bool or None, optional
        For a container with a fixed height: whether it scrolls to the bottom as content is added.
        ``None`` (default) does so when it holds chat messages; ``True`` always does; ``False``
        never does.

    Returns
    -------
    container
        The container. Use it in a ``with`` block, or call st methods on it (``box.write(...)``) to
        add elements to it from anywhere in the body.

    Example
    -------
    >>> import streamlit as st
    >>> summary = st.container(border=True)
    >>> st.write("The details are written first...")
    >>> summary.write("...but the summary shows above them.")
    >>> with st.container(horizontal=True, horizontal_alignment="right"):
    ...     st.button("Cancel")
    ...     st.button("Save", type="primary")
    """
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
            autoscroll=autoscroll,
        )
    )
    return Block(element)


SPACE_SIZES = ("xxsmall", "xsmall", "small", "medium", "large", "xlarge", "xxlarge")


@st_function
def space(size: Any = "small") -> ElementHandle:
    """Add space in the direction of the parent container.

    In a vertical layout (the app, a column, a container) the space is vertical; in a
    horizontal container (``st.container(horizontal=True)``) it is horizontal.

    Parameters
    ----------
    size : "xxsmall", "xsmall", "small", "medium", "large", "xlarge", "xxlarge", "stretch", or int, optional
        How much space: ``"xxsmall"`` 0.25rem, ``"xsmall"`` 0.5rem, ``"small"`` (default)
        0.75rem (the height of a widget's label, to line a button up with labelled inputs),
        ``"medium"`` 2.5rem (a button's height), ``"large"`` 4.25rem (a labelled input's
        height), ``"xlarge"`` 6rem, ``"xxlarge"`` 8rem; ``"stretch"`` takes whatever room the
        container has left; an int is a size in pixels.

    Returns
    -------
    ElementHandle
        A handle to the element. Calling an st element method on it replaces the element in
        place.

    Example
    -------
    >>> import streamlit as st
    >>> left, right = st.columns(2)
    >>> left.space("small")
    >>> left.button("Aligned with the input")
    >>> right.text_input("Name")
    >>> with st.container(horizontal=True):
    ...     st.button("Back")
    ...     st.space("stretch")
    ...     st.button("Next")
    """
    if not ((isinstance(size, str) and size in (*SPACE_SIZES, "stretch")) or (
        isinstance(size, int) and size > 0
    )):  # fmt: skip
        raise StreamlitValueError(
            "Invalid `size` value. Supported values: 'stretch', 'xxsmall', 'xsmall', 'small', "
            f"'medium', 'large', 'xlarge', 'xxlarge', a positive integer. Got {size!r}."
        )
    return handle(add("space", size=size))
