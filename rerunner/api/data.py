"""Data elements: ``st.dataframe``, ``st.table`` and ``st.metric``.

A dataframe or table keeps a (copy-on-write) snapshot of its data in the element; the browser
gets one page of rows at a time, so a 100,000-row frame costs one page. ``st.dataframe`` is the
data editor's grid in read-only mode: its columns are built as the editor's are
(``tabular.build_columns``, with ``column_config``), and with ``on_select`` other than
``"ignore"`` it is a widget whose value is Streamlit's selection object
(``api/table_selection.py``). ``st.table`` stays a static HTML table.
"""

from __future__ import annotations

import json
import numbers
import textwrap
from collections.abc import Callable, Iterable, Sequence
from typing import Any

from .. import tabular
from ..errors import (
    StreamlitAPIException,
    StreamlitIncompatibleParametersError,
    StreamlitInvalidParameterTypeError,
    StreamlitValueError,
    UnsupportedError,
)
from . import column_config as cc, table_selection as selection
from .editor import _fix_headers
from .frames import HEADERLESS, INDEXLESS, Shape, snapshot, to_dataframe
from .lib import (
    Callback,
    ElementHandle,
    add,
    check_height,
    check_icon,
    check_label_visibility,
    check_width,
    handle,
    register_widget,
    st_function,
)


@st_function
def dataframe(
    data: Any = None,
    width: Any = "stretch",
    height: Any = "auto",
    *,
    use_container_width: bool | None = None,
    hide_index: bool | None = None,
    column_order: Iterable[str] | None = None,
    column_config: Any = None,
    key: Any = None,
    on_select: str | Callable[..., Any] = "ignore",
    selection_mode: Any = "multi-row",
    selection_default: Any = None,
    row_height: int | None = None,
    placeholder: str | None = None,
    lazy: bool | None = None,
    alt: str | None = None,
) -> ElementHandle:
    """Display data as an interactive table.

    Takes DataFrames and Series (pandas, Polars, PyArrow...), a pandas ``Styler``, NumPy arrays,
    dicts, lists and other collections, and objects offering ``to_pandas()``, ``to_arrow()`` or the
    dataframe interchange protocol. The table scrolls when its data does not fit. For a small table
    shown in full, use ``st.table``.

    In rerunner the table is the data editor's grid, read-only: the rows stay in the kernel and the
    browser asks for the page (100 rows) it shows, so a 100,000-row frame costs one page; each
    ``st.column_config`` type is drawn as itself (checkboxes, progress bars, small charts, links,
    images...). A ``Styler`` shows its formatted text and each cell's CSS. With selections on, a row is
    selected with the box in its row header, a column with its header, a cell with a click.

    Parameters
    ----------
    data : dataframe-like, collection, or None, optional
        The data to show. Objects of unknown types are converted through their ``to_pandas()`` or
        ``to_arrow()`` method when they have one. ``None`` (default) shows an empty table.
    width : "stretch", "content", or int, optional
        [[width.dataframe]]
    height : "auto", "content", "stretch", or int, optional
        The table's height. ``"auto"`` (default) shows at most ten rows and scrolls beyond;
        ``"content"`` shows every row (up to 10,000 pixels); ``"stretch"`` fills the vertical space
        left in the parent container; an int sets a fixed height in pixels.
    use_container_width : bool or None, optional
        Deprecated: use ``width``. ``True`` makes the table as wide as its parent container (like
        ``width="stretch"``); ``False`` or ``None`` (default) follows ``width``.
    hide_index : bool or None, optional
        Whether to hide the index column(s). ``None`` (default) decides from the data and the other
        settings.
    column_order : iterable of str or None, optional
        The columns to show, in this order; the others are hidden, though the user can show them
        again from the table's column menu (remove sensitive columns from the data instead). Names
        may repeat; positions are not accepted, and the index cannot be moved. ``None`` (default)
        shows every column in the data's order.
    column_config : dict or None, optional
        How columns are displayed, keyed by column name, by position, or ``"_index"`` for the index:
        ``None`` hides a column, a string renames it, and an ``st.column_config`` object sets its
        type, label, width, format and more (for example ``st.column_config.NumberColumn("Price",
        format="$ %.2f")``). ``None`` (default) styles each column from its data type.
    key : str, int, or None, optional
        A stable identity for the table; ``None`` (default) derives it from the other parameters.
        When selections are enabled, ``st.session_state[key]`` holds the selection and can be
        assigned a dict of the same form to change it. The key is added to the element as the CSS
        class ``st-key-<key>``.
    on_select : "ignore", "rerun", or callable, optional
        Whether selecting in the table acts as input. ``"ignore"`` (default): it does not, and the
        call returns an element handle. ``"rerun"``: a selection reruns the app, and the call
        returns the current selection, a dictionary-like ``DataframeState``. A callable: the same,
        and the callable runs as a callback before the rerun. ``selection_mode`` sets what can be
        selected.
    selection_mode : str or iterable of str, optional
        What the user can select when ``on_select`` is enabled: ``"multi-row"`` (default),
        ``"single-row"``, ``"single-row-required"`` (exactly one row is always selected, the first
        unless ``selection_default`` says otherwise), ``"multi-column"``, ``"single-column"``,
        ``"multi-cell"``, ``"single-cell"``, or a list combining them. Allowing column selections
        turns off sorting by column.
    selection_default : dict or None, optional
        The selection applied when the table first shows with selections enabled and none is stored
        yet, in the form the selection state has, such as ``{"selection": {"rows": [0, 2]}}``. It
        never overrides the user's selection, and multi-cell selections cannot be preset. ``None``
        (default) selects nothing.
    row_height : int or None, optional
        The height of each row in pixels. ``None`` (default) fits one line of text.
    placeholder : str or None, optional
        The text shown in place of missing values. ``None`` (default) shows ``None``; ``""`` leaves
        such cells empty; ``"NaN"`` or ``"-"`` are other common choices.
    lazy : bool or None, optional
        Whether rows are fetched from the server as the user scrolls or sorts, instead of being sent
        all at once. ``None`` (default) decides: in-memory pandas, Polars and PyArrow data with more
        than 150,000 rows, and unevaluated data (such as a Polars ``LazyFrame``) with more than
        10,000 rows, are loaded lazily. ``True`` always does (data of 1,000 rows or fewer is still
        sent at once); ``False`` never does. A lazily loaded table has no search, CSV download,
        selections or ``Styler`` styling.
    alt : str or None, optional
        A short description of the table for screen readers and other assistive technology,
        describing its content rather than repeating visible text. ``None`` (default) gives the
        table no name of its own. An empty or blank string counts as ``None``.

    Returns
    -------
    ElementHandle or DataframeState
        With ``on_select="ignore"`` (default), a handle to the table that can replace it in place
        like any element's. Otherwise, the current selection as a ``DataframeState``, a
        dictionary-like object read by key or attribute.

    Example
    -------
    >>> import pandas as pd
    >>> import streamlit as st
    >>> df = pd.DataFrame({"city": ["Oslo", "Lima", "Pune"], "temp": [4.5, 19.0, 31.2]})
    >>> st.dataframe(df, hide_index=True, column_order=["temp", "city"])
    """
    selecting = on_select != "ignore"
    if not (on_select == "rerun" or callable(on_select) or not selecting):
        raise StreamlitValueError(
            "Invalid `on_select` value. Supported values: 'rerun', 'ignore', a callback function."
        )
    if selection_default is not None and not selecting:
        raise StreamlitIncompatibleParametersError(
            "`selection_default` and `on_select='ignore'` cannot be used together. Set "
            "`on_select` to `'rerun'` or a callback to use `selection_default`."
        )
    modes = selection.normalize_modes(selection_mode) if selecting else frozenset()
    if use_container_width is not None:
        if use_container_width:
            width = "stretch"
        elif not isinstance(width, int):
            width = "content"
    check_width(width)
    check_height(height, also=("auto",))
    if lazy is True and data is not None:
        _check_lazy(data, selecting)
    if data is not None and type(data).__name__ == "LazyFrame":
        data = data.collect()
    frame, shape = to_dataframe(data, "dataframe")
    df = _grid_frame(frame)
    config = cc.process(column_config, [str(c) for c in df.columns])
    _fix_headers(df)
    import pandas as pd

    range_index = isinstance(df.index, pd.RangeIndex)
    if _hides_index(data, shape):
        config.setdefault(tabular.INDEX, {})["hidden"] = True
    if hide_index is None and selecting and range_index and modes & selection.ROW_MODES:
        hide_index = True
    if hide_index is not None:
        config.setdefault(tabular.INDEX, {})["hidden"] = bool(hide_index)
    columns = tabular.build_columns(df, config, editor=False, disabled=True)
    looks = _styler_looks(data, [str(c) for c in df.columns]) if _is_styler(data) else None
    order = (
        None
        if column_order is None
        else [column_order]
        if isinstance(column_order, str)
        else list(column_order)
    )
    alt = None if alt is None or not str(alt).strip() else str(alt).strip()
    props = {
        "frame": tabular.Data(snapshot(df)),
        "columns": columns,
        "column_order": order,
        "height": height,
        "row_height": row_height,
        "placeholder": placeholder,
        "alt": alt,
        "width": width,
        "key": None if key is None else str(key),
        "selection_modes": tuple(sorted(modes)),
        "looks": looks,
    }
    if not selecting:
        return handle(add("dataframe", **props))
    names = tuple(str(c) for c in df.columns)
    serde = selection.SelectionSerde(len(df), names, modes)
    default = selection.state(selection.validate({"selection": {}}, len(df), list(names), modes))
    default_json = None
    if selection_default is not None:
        checked = selection.validate(selection_default, len(df), list(names), modes)
        default = selection.state(checked)
        default_json = json.dumps(checked)
    callback = on_select if callable(on_select) else None
    identity = {
        "data": _data_digest(df),
        "width": width,
        "height": height,
        "use_container_width": use_container_width,
        "column_order": order,
        "column_config": repr(sorted(config.items(), key=lambda kv: kv[0])),
        "selection_mode": tuple(sorted(modes)),
        "is_selection_activated": True,
        "selection_default": default_json,
        "row_height": row_height,
        "placeholder": placeholder,
        "alt": alt,
    }
    value = register_widget(
        "dataframe",
        label="",
        key=key,
        identity=identity,
        key_identity=("selection_mode", "is_selection_activated"),
        default=default,
        serde=serde,
        callback=Callback(callback),
        props={**props, "label_visibility": "collapsed"},
    )
    return serde.checked(value)


def _check_lazy(data: Any, selecting: bool) -> None:
    """``lazy=True`` with what Streamlit cannot load lazily: its errors, in its order."""
    if _is_styler(data):
        raise StreamlitAPIException(
            "`lazy=True` is not supported for `pandas.Styler` objects. Styler output is tied to "
            "the fully materialized table. Remove `lazy=True` or pass the underlying dataframe "
            "instead."
        )
    if selecting:
        raise StreamlitIncompatibleParametersError(
            "`lazy=True` and `on_select` cannot be used together. Lazy dataframes cannot use "
            'position-based selection in this version. Set `on_select="ignore"` or remove '
            "`lazy=True`."
        )
    if type(getattr(data, "columns", None)).__name__ == "MultiIndex":
        raise StreamlitAPIException(
            "`lazy=True` is not supported for dataframes with multi-level (`MultiIndex`) column "
            "headers. Flatten the column headers or set `lazy=False`."
        )


def _grid_frame(frame: Any) -> Any:
    """The data as the grid shows it: a copy with one level of index (a MultiIndex's levels
    joined, as the grid has one index column)."""
    import pandas as pd

    df = frame.copy(deep=False)
    if df.columns.duplicated().any():  # pyarrow's refusal, which Streamlit shows
        raise ValueError(f"Duplicate column names found: {list(df.columns)}")
    if isinstance(df.index, pd.MultiIndex):
        df.index = pd.Index([", ".join(map(str, t)) for t in df.index], name=None)
    return df


def _is_styler(data: Any) -> bool:
    return type(data).__name__ == "Styler" and (type(data).__module__ or "").startswith("pandas")


def _styler_looks(styler: Any, names: list[str]) -> dict[str, Any]:
    """A ``Styler``'s display text and CSS of each data cell, by row position and column name:
    ``{"text": {row: {name: text}}, "css": {row: {name: css}}}``, read from the same private
    ``_compute``/``_translate`` Streamlit reads them from, with its limit on the cells."""
    import enum
    import re

    import pandas as pd

    size = styler.data.size
    if size > int(pd.options.styler.render.max_elements):
        raise StreamlitAPIException(
            f"The dataframe has `{size}` cells, but the maximum number of cells allowed to be "
            "rendered by Pandas Styler is configured to "
            f"`{pd.options.styler.render.max_elements}`. To allow more cells to be styled, you "
            'can change the `"styler.render.max_elements"` config. For example: '
            f'`pd.set_option("styler.render.max_elements", {size})`'
        )
    styler._compute()
    looks = styler._translate(False, False)
    cell_id = re.compile(r"row(\d+)_col(\d+)$")
    text: dict[int, dict[str, str]] = {}
    css: dict[int, dict[str, str]] = {}

    def place(selector: Any) -> tuple[int, str] | None:
        found = cell_id.match(str(selector or ""))
        if not found or int(found.group(2)) >= len(names):
            return None
        return int(found.group(1)), names[int(found.group(2))]

    for row in looks.get("body") or []:
        for cell in row:
            at = place(cell.get("id"))
            if at is None:
                continue
            shown = cell.get("display_value")
            shown = shown.value if isinstance(shown, enum.Enum) else shown
            text.setdefault(at[0], {})[at[1]] = str(shown)
    for style in looks.get("cellstyle") or []:
        declarations = "; ".join(f"{k}: {v}" for k, v in style.get("props") or ())
        for selector in style.get("selectors") or ():
            at = place(selector)
            if at is not None and declarations:
                css.setdefault(at[0], {})[at[1]] = declarations
    return {"text": text, "css": css}


#: Data formats whose pandas index is an artefact of the conversion: Streamlit hides it.
_INDEXLESS_TYPES = {
    ("numpy", "ndarray"),
    ("polars", "DataFrame"),
    ("polars", "Series"),
    ("polars", "LazyFrame"),
    ("pyarrow", "Array"),
    ("pyarrow", "ChunkedArray"),
}


def _hides_index(data: Any, shape: Shape) -> bool:
    if shape in INDEXLESS:
        return True
    module = (type(data).__module__ or "").split(".", 1)[0]
    name = type(data).__name__
    if module == "pandas" and (name.endswith("Index") or name.endswith("Array")):
        return True
    return (module, name) in _INDEXLESS_TYPES or (module == "pyarrow" and name.endswith("Array"))


def _data_digest(df: Any) -> str:
    """The data's identity for the widget id: a selection belongs to the data it was made on."""
    import hashlib

    import pandas as pd

    digest = hashlib.blake2b(digest_size=16)
    digest.update(repr((list(df.columns), [str(t) for t in df.dtypes], len(df))).encode())
    try:
        digest.update(pd.util.hash_pandas_object(df, index=True).to_numpy().tobytes())
    except TypeError:  # unhashable cells (lists): their text
        digest.update(df.to_json(default_handler=str).encode())
    return digest.hexdigest()


@st_function
def table(
    data: Any = None,
    *,
    border: bool | str = True,
    width: Any = "stretch",
    height: Any = "content",
    hide_index: bool | None = None,
    hide_header: bool | None = None,
    alt: str | None = None,
) -> ElementHandle:
    """Display a static table.

    Shows every row and column at once, without sorting, resizing or other interaction: right for
    small tables such as key-value lists, confusion matrices or leaderboards. It takes the same data
    as ``st.dataframe``, and its cells and headers may contain Markdown. For large data, use
    ``st.dataframe``.

    Parameters
    ----------
    data : dataframe-like, collection, or None, optional
        The data to show: anything ``st.dataframe`` accepts. Cells, index and headers are rendered
        as Markdown. ``None`` (default) shows an empty table.
    border : bool or "horizontal", optional
        The table's borders: ``True`` (default) around the table and between all cells, ``False``
        none, ``"horizontal"`` only the lines between rows.
    width : "stretch", "content", or int, optional
        [[width.dataframe]]
    height : "content", "stretch", or int, optional
        The table's height. ``"content"`` (default) shows every row; ``"stretch"`` fills the
        vertical space left in the parent container; an int sets a fixed height in pixels, and the
        rows scroll below a header that stays in place.
    hide_index : bool or None, optional
        Whether to hide the index column. ``None`` (default) hides a default ``RangeIndex`` and
        shows any other index; ``True`` always hides it; ``False`` always shows it.
    hide_header : bool or None, optional
        Whether to hide the row of column headers. ``None`` (default) hides it for data whose
        columns have no names of their own (a key-value ``dict``, a list, tuple or set, a NumPy
        array) and shows it for data with column names, such as a ``DataFrame`` or a dict of
        columns; ``True`` always hides it (every level of a ``MultiIndex`` header); ``False`` always
        shows it.
    alt : str or None, optional
        A short description of the table for screen readers and other assistive technology,
        describing its content rather than repeating visible text. ``None`` (default) gives it no
        accessible name. An empty or blank string counts as ``None``.

    Returns
    -------
    ElementHandle
        A handle to the element. Calling an st element method on it (``h.markdown(...)``,
        ``h.empty()``) replaces the element in place, as with the object Streamlit returns.

    Example
    -------
    >>> import pandas as pd
    >>> import streamlit as st
    >>> scores = pd.DataFrame({"player": ["Ada", "Linus"], "points": [42, 37]})
    >>> st.table(scores, border="horizontal", hide_index=True)
    """
    if not isinstance(border, bool) and border != "horizontal":
        raise StreamlitValueError(
            "Invalid `border` value. Supported values: True, False, 'horizontal'."
        )
    check_width(width)
    check_height(height)
    frame, shape = to_dataframe(data, "table")
    if hide_index is None:
        import pandas as pd

        hide_index = isinstance(frame.index, pd.RangeIndex)
    if hide_header is None:
        hide_header = shape in HEADERLESS
    return handle(
        add(
            "table",
            frame=snapshot(frame),
            columns=None,
            hide_index=bool(hide_index),
            hide_header=bool(hide_header),
            border=border,
            width=width,
            height=height,
            alt=alt,
        )
    )


# --- metric ---------------------------------------------------------------------------------

DELTA_COLORS = (
    "normal", "inverse", "off", "red", "orange", "yellow", "green", "blue", "violet", "gray",
    "grey", "primary",
)  # fmt: skip
DELTA_ARROWS = ("auto", "up", "down", "off")
_NUMBER_TYPES = "int, float, Decimal, NumPy number"


def _metric_number(value: Any, name: str, fmt: str | None) -> str:
    """A number (Python, Decimal or numpy) as the metric shows it, in ``fmt`` if given."""
    number = value
    if not isinstance(value, numbers.Number) and hasattr(value, "item"):  # numpy scalars
        try:
            number = value.item()
        except (TypeError, ValueError):
            number = None
    if not isinstance(number, numbers.Number):
        raise StreamlitInvalidParameterTypeError(
            f"Invalid `{name}` type. Expected one of: {_NUMBER_TYPES}. Provided type: "
            f"{type(value).__name__}. Convert the value to a number type."
        )
    if fmt is not None and fmt != "plain" and not isinstance(number, bool):
        return fmt % number
    return str(value)


def _metric_text(value: Any, name: str, *, fmt: str | None, empty: str) -> str:
    if value is None or (name == "delta" and value == ""):
        return empty
    if isinstance(value, str):
        return value if name == "value" else textwrap.dedent(value)
    return _metric_number(value, name, fmt)


def _direction(delta: Any, text: str) -> str:
    """``"up"``, ``"down"`` or ``"none"``: the sign of the delta as written, as Streamlit reads it."""
    if not text:
        return "none"
    zero = text == "0" if isinstance(delta, str) else bool(delta == 0)
    if zero:
        return "none"
    return "down" if text.startswith("-") else "up"


def _delta_color(delta_color: str, direction: str) -> str:
    if delta_color not in ("normal", "inverse", "off"):
        return delta_color
    if direction == "none" or delta_color == "off":
        return "gray"
    negative = direction == "down"
    return (
        ("red" if negative else "green")
        if delta_color == "normal"
        else ("green" if negative else "red")
    )


@st_function
def metric(
    label: Any,
    value: Any,
    delta: Any = None,
    delta_color: str = "normal",
    *,
    help: str | None = None,
    icon: str | None = None,
    label_visibility: str = "visible",
    border: bool = False,
    width: Any = "stretch",
    height: Any = "content",
    chart_data: Sequence[Any] | None = None,
    chart_type: str = "line",
    delta_arrow: str = "auto",
    format: str | None = None,
    delta_description: str | None = None,
) -> ElementHandle:
    """Display a metric: a value in large type, with an optional change indicator.

    Shows a label, a value, and optionally a delta (how the value changed) with an arrow and colour
    that follow its sign, a short description of the delta, and a sparkline. A row of bordered
    metrics in ``st.columns`` or a horizontal ``st.container`` makes a simple dashboard.

    Parameters
    ----------
    label : str
        What the metric measures. Inline Markdown is allowed (bold, italics, strikethrough, code,
        links, images).
    value : int, float, decimal.Decimal, str, or None
        The value to show. ``None`` shows a long dash. Inline Markdown is allowed in a string.
    delta : int, float, decimal.Decimal, str, or None, optional
        The change to show below the value. Its sign sets the arrow and colour: no arrow for
        ``None`` or ``""``; no arrow and gray for zero (a numeric zero or the string ``"0"``); a red
        down arrow for a negative number or a string starting with ``-``; a green up arrow
        otherwise. Strings are not parsed further, so ``"0%"`` counts as positive: for a neutral
        zero with a note, pass ``0`` and use ``delta_description``.
    delta_color : str, optional
        How the delta (and the sparkline) is coloured. ``"normal"`` (default): green when positive,
        red when negative, gray at zero. ``"inverse"``: green when negative, red when positive, for
        values where less is better, such as costs. ``"off"``: always gray. A colour name
        (``"red"``, ``"orange"``, ``"yellow"``, ``"green"``, ``"blue"``, ``"violet"``,
        ``"gray"``/``"grey"`` or ``"primary"``): always that colour.
    help : str or None, optional
        A tooltip shown in a small icon next to the label, when the label is visible. Markdown is
        allowed. ``None`` (default) shows no tooltip.
    icon : str or None, optional
        An icon shown before the label: a single emoji (``"🌡️"``), a Material Symbols icon written
        ``":material/icon_name:"``, or ``"spinner"``. ``None`` (default) shows no icon.
    label_visibility : "visible", "hidden", or "collapsed", optional
        ``"visible"`` (default) shows the label; ``"hidden"`` keeps an empty space of its height,
        which keeps metrics aligned with others; ``"collapsed"`` removes the label and its space.
    border : bool, optional
        Whether to draw a border around the metric (default ``False``).
    width : "stretch", "content", or int, optional
        The metric's width. ``"stretch"`` (default) fills the width of the parent container;
        ``"content"`` fits the content, up to the parent's width; an int sets a fixed width in
        pixels, capped at the parent's width.
    height : "content", "stretch", or int, optional
        The metric's height. ``"content"`` (default) fits the content; ``"stretch"`` grows to the
        height of the parent container when that is taller than the content; an int sets a fixed
        height in pixels, and taller content scrolls. Keep scrolling areas modest (500 pixels at
        most) so the page stays easy to scroll on small screens.
    chart_data : iterable or None, optional
        Numbers to draw as a small chart below the value, such as the metric's recent history: a
        list or anything ``st.dataframe`` accepts (the first column of a table). Values are
        converted to ``float``. ``None`` (default) draws no chart.
    chart_type : "line", "bar", or "area", optional
        The kind of chart drawn from ``chart_data``: ``"line"`` (default), ``"bar"`` or ``"area"``.
    delta_arrow : "auto", "up", "down", or "off", optional
        The delta's arrow. ``"auto"`` (default) follows the delta's sign, with no arrow at zero;
        ``"up"`` and ``"down"`` force a direction; ``"off"`` hides the arrow but keeps the delta.
    format : str or None, optional
        How a numeric ``value`` and ``delta`` are written (strings are left as they are). ``None``
        (default) writes them as given. A printf-style format such as ``"%d"``, ``"%.2f"`` or
        ``"%,d"`` (with thousands separators) formats the number; named presets are ``"plain"``,
        ``"localized"``, ``"percent"``, ``"dollar"``, ``"euro"``, ``"yen"``, ``"accounting"``,
        ``"bytes"``, ``"compact"``, ``"scientific"`` and ``"engineering"``.
    delta_description : str or None, optional
        A short note shown after the delta in a small, muted font, such as ``"vs. last week"``.
        ``None`` (default) shows none.

    Returns
    -------
    ElementHandle
        A handle to the element. Calling an st element method on it (``h.markdown(...)``,
        ``h.empty()``) replaces the element in place, as with the object Streamlit returns.

    Example
    -------
    >>> import streamlit as st
    >>> revenue, churn = st.columns(2)
    >>> revenue.metric("Revenue", 12840, delta=520, format="%d", border=True,
    ...                chart_data=[11200, 11900, 12320, 12840])
    >>> churn.metric("Churn", "3.1%", delta="-0.4%", delta_color="inverse",
    ...              delta_description="month over month", border=True)
    """
    if format is not None and format != "plain" and not (isinstance(format, str) and "%" in format):
        raise UnsupportedError(
            f"`st.metric(format={format!r})` is not supported by rerunner yet; use a printf-style "
            "format such as '%.2f', or 'plain'."
        )
    value_text = _metric_text(value, "value", fmt=format, empty="—")
    delta_text = _metric_text(delta, "delta", fmt=format, empty="")
    if delta_color not in DELTA_COLORS:
        raise StreamlitValueError(
            "Invalid `delta_color` value. Supported values: "
            + ", ".join(f"'{c}'" for c in DELTA_COLORS)
            + "."
        )
    if delta_arrow not in DELTA_ARROWS:
        raise StreamlitValueError(
            "Invalid `delta_arrow` value. Supported values: "
            + ", ".join(f"'{a}'" for a in DELTA_ARROWS)
            + "."
        )
    check_label_visibility(label_visibility)
    icon = check_icon(icon)
    check_width(width)
    check_height(height)
    direction = _direction(delta, delta_text)
    if delta_arrow != "auto":
        direction = "none" if delta_arrow == "off" else delta_arrow
    points = _chart_points(chart_data)
    if chart_type not in ("line", "bar", "area"):
        chart_type = "line"  # Streamlit draws anything else as a line
    return handle(
        add(
            "metric",
            label=str(label),
            value=value_text,
            delta=delta_text,
            direction=direction,
            color=_delta_color(delta_color, _direction(delta, delta_text)),
            help=help,
            icon=icon,
            label_visibility=label_visibility,
            border=bool(border),
            width=width,
            height=height,
            chart=points,
            chart_type=chart_type,
            delta_description=delta_description,
        )
    )


def _chart_points(chart_data: Sequence[Any] | None) -> tuple[float, ...]:
    if chart_data is None:
        return ()
    values = list(chart_data.tolist() if hasattr(chart_data, "tolist") else chart_data)
    points = []
    for value in values:
        try:
            points.append(float(value))
        except (TypeError, ValueError):
            raise StreamlitAPIException(
                "Only numeric values are supported for chart data sequence. The "
                f"value '{value}' is of type {type(value)} and cannot be converted to float."
            ) from None
    return tuple(points)
