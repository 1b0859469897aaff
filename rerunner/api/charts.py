"""The simple charts, ``line_chart``, ``bar_chart``, ``area_chart``, ``scatter_chart``, and
``pyplot``.

The simple charts are validated and their data aligned here, then written as Vega-Lite specs
(``chart_specs.py``) and drawn, interactive, by the chart widget ``st.altair_chart`` uses, as
``vega_lite_chart`` elements (what Streamlit's AppTest sees too). ``pyplot`` is drawn by
matplotlib in the kernel and shown as a PNG image. Plotly and Altair charts are in
``frontend_charts.py``.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from ..errors import (
    StreamlitAPIException,
    StreamlitValueError,
    UnsupportedError,
)
from .chart_specs import vega_lite_spec
from .frames import to_dataframe
from .lib import ElementHandle, add, check_height, check_width, handle, st_function
from .mpl import PALETTE, ChartSpec, figure_png, release

CHART_HEIGHT = 350  # pixels, when ``height="content"``
CHART_WIDTH = 700  # pixels drawn for ``width="stretch"``; the image then scales to the page
STACKS = (True, False, "normalize", "center", "layered", None)


# --- the simple charts ----------------------------------------------------------------------


def _missing_column(name: Any, columns: Sequence[Any]) -> StreamlitAPIException:
    return StreamlitAPIException(
        f'Data does not have a column named `"{name}"`. Available columns are '
        f"`{', '.join(str(c) for c in columns)}`"
    )


def _column(frame: Any, name: Any) -> Any:
    if name not in frame.columns:
        raise _missing_column(name, list(frame.columns))
    return name


def _color_value(color: Any) -> Any:
    """A colour as matplotlib takes it: hex and names as they are, 0-255 tuples scaled."""
    if isinstance(color, (tuple, list)) and any(isinstance(c, int) and c > 1 for c in color):
        return tuple(c / 255 if i < 3 else c for i, c in enumerate(color))
    return color


def _series_colors(color: Any, names: list[Any]) -> list[Any]:
    if color is None:
        return [PALETTE[i % len(PALETTE)] for i in range(len(names))]
    colors = [color] if isinstance(color, str) or _is_rgb(color) else list(color)
    if len(colors) != len(names):
        raise StreamlitAPIException(
            f"The list of colors `{[str(c) for c in colors]}` must have the same length as the list "
            f"of columns to be colored `{[str(n) for n in names]}`."
        )
    return [_color_value(c) for c in colors]


def _is_rgb(value: Any) -> bool:
    return (
        isinstance(value, tuple)
        and len(value) in (3, 4)
        and all(isinstance(c, (int, float)) for c in value)
    )


def _size_px(value: Any, default: int) -> int:
    return value if isinstance(value, int) and not isinstance(value, bool) else default


def _simple_chart(
    kind: str,
    data: Any,
    *,
    x: Any,
    y: Any,
    x_label: str | None,
    y_label: str | None,
    color: Any,
    width: Any,
    height: Any,
    use_container_width: bool | None,
    alt: str | None,
    options: dict[str, Any],
    size: Any = None,
) -> ElementHandle:
    import pandas as pd

    if use_container_width is not None:
        width = "stretch" if use_container_width else "content"
    check_width(width)
    check_height(height)
    frame, _ = to_dataframe(data, f"{kind}_chart")
    x_values = frame[_column(frame, x)] if x is not None else frame.index.to_series()
    group = color if isinstance(color, str) and color in frame.columns else None
    sizes = size if isinstance(size, str) and size in frame.columns else None
    if isinstance(size, str) and sizes is None:
        raise StreamlitValueError(
            f"Invalid `size` value. Supported values: a column name, a number. Got {size!r}."
        )
    if y is None:
        ys = [c for c in frame.columns if c not in (x, group, sizes)]
    else:
        ys = [
            _column(frame, c)
            for c in ([y] if isinstance(y, str) or not isinstance(y, Sequence) else y)
        ]
    sort = options.pop("sort", False)
    if isinstance(sort, str) or (sort is True and not pd.api.types.is_numeric_dtype(x_values)):
        # Bars in the order of a column ("-name": descending), or of their x labels.
        keys = (
            frame[_column(frame, sort.lstrip("-"))]
            if isinstance(sort, str)
            else x_values.astype(str)
        )
        descending = isinstance(sort, str) and sort.startswith("-")
        order = (
            keys.reset_index(drop=True).sort_values(ascending=not descending, kind="stable").index
        )
        frame, x_values = frame.iloc[order], x_values.iloc[order]
    numeric = {c: pd.to_numeric(frame[c], errors="coerce") for c in ys}
    if group is not None:
        series, names = _grouped(
            kind,
            frame,
            x_values=x_values,
            numeric=numeric,
            group=group,
            sizes=sizes,
            options=options,
        )
    else:
        names = list(ys)
        series = [(str(c), x_values, numeric[c]) for c in ys]
        if sizes is not None:
            options["sizes"] = [frame[sizes] for _ in ys]
    if isinstance(size, (int, float)) and not isinstance(size, bool):
        options["sizes"] = size
    spec = ChartSpec(
        kind=kind,
        series=series,
        colors=_series_colors(None if group is not None else color, names),
        x_label=x_label
        if x_label is not None
        else str(x if x is not None else frame.index.name or ""),
        y_label=y_label
        if y_label is not None
        else (str(ys[0]) if len(ys) == 1 and group is None else ""),
        width_px=_size_px(width, CHART_WIDTH),
        height_px=_size_px(height, CHART_HEIGHT),
        options=options,
    )
    vega = vega_lite_spec(spec, height=_size_px(height, CHART_HEIGHT))
    return handle(
        add(
            "vega_lite_chart",
            spec=vega,
            chart=f"{kind}_chart",
            width=width,
            height=height,
            theme="streamlit",
            alt=alt.strip() if isinstance(alt, str) and alt.strip() else None,
            selection_params=[],
        )
    )


def _grouped(
    kind: str,
    frame: Any,
    *,
    x_values: Any,
    numeric: dict[Any, Any],
    group: str,
    sizes: Any,
    options: dict[str, Any],
) -> tuple[list[tuple[str, Any, Any]], list[Any]]:
    """Long-format data (one row per point, ``color`` naming the series) as series."""
    import pandas as pd

    if len(numeric) != 1:
        raise UnsupportedError(
            "A `color` column with several `y` columns is not supported by rerunner yet; "
            "pass one `y` column, or melt the data first."
        )
    [values] = numeric.values()
    long = pd.DataFrame(
        {"x": x_values.to_numpy(), "y": values.to_numpy(), "g": frame[group].to_numpy()}
    )
    names = list(dict.fromkeys(long["g"]))
    if kind == "scatter":
        parts = [long[long["g"] == g] for g in names]
        if sizes is not None:
            options["sizes"] = [frame[sizes][(frame[group] == g).to_numpy()] for g in names]
        return [(str(g), p["x"], p["y"]) for g, p in zip(names, parts, strict=False)], names
    # Line, bar and area series must share one x: one column per group, summed per x.
    wide = long.pivot_table(index="x", columns="g", values="y", aggfunc="sum", sort=False)
    return [(str(g), wide.index.to_series(), wide[g]) for g in names], names


def _check_stack(stack: Any) -> None:
    if stack not in STACKS or (stack is not None and not isinstance(stack, (bool, str))):
        raise StreamlitValueError(
            "Invalid `stack` value. Supported values: True, False, 'normalize', 'center', 'layered', None."
        )


@st_function
def line_chart(
    data: Any = None,
    *,
    x: str | None = None,
    y: str | Sequence[str] | None = None,
    x_label: str | None = None,
    y_label: str | None = None,
    color: Any = None,
    width: Any = "stretch",
    height: Any = "content",
    use_container_width: bool | None = None,
    alt: str | None = None,
) -> ElementHandle:
    """Display a line chart.

    Plots the columns of tabular data as lines, against the index or an ``x`` column: the quickest
    way to chart a DataFrame or a dict of columns. Streamlit builds the chart with Altair; for full
    control of its encoding, use ``st.altair_chart``.

    In rerunner the chart is drawn in the kernel with Matplotlib, in Streamlit's colours, and shown
    as an image, without tooltips or zoom; data that has not changed is not drawn again.

    Parameters
    ----------
    data : dataframe-like, collection, or None, optional
        [[data]]
    x : str or None, optional
        [[x]]
    y : str, sequence of str, or None, optional
        The column(s) to plot. ``None`` (default) plots every column other than ``x``, one line
        each; a list of columns plots one line per column.
    x_label : str or None, optional
        [[x_label]]
    y_label : str or None, optional
        [[y_label]]
    color : str, tuple, sequence of str or tuple, or None, optional
        The line colours. For a single line: a hex string (``"#ffaa00"``, ``"#ffaa0088"``), an RGB
        or RGBA tuple (ints 0-255 or floats 0.0-1.0), or a colour name (``"red"``, ``"orange"``,
        ``"yellow"``, ``"green"``, ``"blue"``, ``"violet"``, ``"gray"``/``"grey"``, ``"primary"``).
        For several ``y`` columns: a list with one colour per column. For long-format data (one
        ``y`` column): the name of a column whose values split the rows into lines, coloured from
        the default palette, or by the values themselves when they are colours. ``None`` (default)
        uses the default palette.
    width : "stretch", "content", or int, optional
        [[width]]
    height : "content", "stretch", or int, optional
        [[height]]
    use_container_width : bool or None, optional
        [[use_container_width.area_chart]]
    alt : str or None, optional
        [[alt]]

    Returns
    -------
    ElementHandle
        A handle to the element. Calling an st element method on it (``h.markdown(...)``,
        ``h.empty()``) replaces the element in place, as with the object Streamlit returns.

    Example
    -------
    >>> import pandas as pd
    >>> import streamlit as st
    >>> df = pd.DataFrame({"day": [1, 2, 3, 4], "Oslo": [4, 6, 5, 7], "Lima": [19, 21, 18, 20]})
    >>> st.line_chart(df, x="day", y=["Oslo", "Lima"], y_label="°C", color=["#1f77b4", "orange"])
    """
    return _simple_chart(
        "line",
        data,
        x=x,
        y=y,
        x_label=x_label,
        y_label=y_label,
        color=color,
        width=width,
        height=height,
        use_container_width=use_container_width,
        alt=alt,
        options={},
    )


@st_function
def area_chart(
    data: Any = None,
    *,
    x: str | None = None,
    y: str | Sequence[str] | None = None,
    x_label: str | None = None,
    y_label: str | None = None,
    color: Any = None,
    stack: bool | str | None = None,
    width: Any = "stretch",
    height: Any = "content",
    use_container_width: bool | None = None,
    alt: str | None = None,
) -> ElementHandle:
    """Display an area chart.

    Plots the columns of tabular data as filled areas, against the index or an ``x`` column: the
    quickest way to chart a DataFrame or a dict of columns. Streamlit builds the chart with Altair;
    for full control of its encoding, use ``st.altair_chart``.

    In rerunner the chart is drawn in the kernel with Matplotlib, in Streamlit's colours, and shown
    as an image, without tooltips or zoom; data that has not changed is not drawn again.

    Parameters
    ----------
    data : dataframe-like, collection, or None, optional
        [[data]]
    x : str or None, optional
        [[x]]
    y : str, sequence of str, or None, optional
        The column(s) to plot. ``None`` (default) plots every column other than ``x``, one area
        each; a list of columns plots one area per column.
    x_label : str or None, optional
        [[x_label]]
    y_label : str or None, optional
        [[y_label]]
    color : str, tuple, sequence of str or tuple, or None, optional
        The area colours. For a single area: a hex string (``"#ffaa00"``, ``"#ffaa0088"``), an RGB
        or RGBA tuple (ints 0-255 or floats 0.0-1.0), or a colour name (``"red"``, ``"orange"``,
        ``"yellow"``, ``"green"``, ``"blue"``, ``"violet"``, ``"gray"``/``"grey"``, ``"primary"``).
        For several ``y`` columns: a list with one colour per column. For long-format data (one
        ``y`` column): the name of a column whose values split the rows into areas, coloured from
        the default palette, or by the values themselves when they are colours. ``None`` (default)
        uses the default palette.
    stack : bool, "normalize", "center", or None, optional
        How the areas of several series combine. ``None`` (default) uses Vega-Lite's default;
        ``True`` stacks them; ``False`` overlaps them; ``"normalize"`` stacks them to 100% of the
        height; ``"center"`` stacks them around a central axis (a streamgraph).
    width : "stretch", "content", or int, optional
        [[width]]
    height : "content", "stretch", or int, optional
        [[height]]
    use_container_width : bool or None, optional
        [[use_container_width.area_chart]]
    alt : str or None, optional
        [[alt]]

    Returns
    -------
    ElementHandle
        A handle to the element. Calling an st element method on it (``h.markdown(...)``,
        ``h.empty()``) replaces the element in place, as with the object Streamlit returns.

    Example
    -------
    >>> import pandas as pd
    >>> import streamlit as st
    >>> df = pd.DataFrame({"web": [5, 7, 6, 9], "store": [3, 2, 4, 3]})
    >>> st.area_chart(df, stack="normalize", y_label="share of orders")
    """
    _check_stack(stack)
    return _simple_chart(
        "area",
        data,
        x=x,
        y=y,
        x_label=x_label,
        y_label=y_label,
        color=color,
        width=width,
        height=height,
        use_container_width=use_container_width,
        alt=alt,
        options={"stack": True if stack is None else stack},
    )


@st_function
def bar_chart(
    data: Any = None,
    *,
    x: str | None = None,
    y: str | Sequence[str] | None = None,
    x_label: str | None = None,
    y_label: str | None = None,
    color: Any = None,
    horizontal: bool = False,
    sort: bool | str = True,
    stack: bool | str | None = None,
    width: Any = "stretch",
    height: Any = "content",
    use_container_width: bool | None = None,
    alt: str | None = None,
) -> ElementHandle:
    """Display a bar chart.

    Plots the columns of tabular data as bars, against the index or an ``x`` column: the quickest
    way to chart a DataFrame or a dict of columns. Streamlit builds the chart with Altair; for full
    control of its encoding, use ``st.altair_chart``.

    In rerunner the chart is drawn in the kernel with Matplotlib, in Streamlit's colours, and shown
    as an image, without tooltips or zoom; data that has not changed is not drawn again.

    Parameters
    ----------
    data : dataframe-like, collection, or None, optional
        [[data]]
    x : str or None, optional
        [[x]]
    y : str, sequence of str, or None, optional
        The column(s) to plot. ``None`` (default) plots every column other than ``x``, one series
        each; a list of columns plots one series per column.
    x_label : str or None, optional
        [[x_label]]
    y_label : str or None, optional
        [[y_label]]
    color : str, tuple, sequence of str or tuple, or None, optional
        [[color]]
    horizontal : bool, optional
        Whether to draw the bars horizontally, swapping the axes (default ``False``).
    sort : bool or str, optional
        The order of the bars. ``True`` (default) sorts them along the category axis, respecting
        ordered categoricals; ``False`` keeps the data's order; a column name sorts by that column,
        ascending, and ``"-name"`` descending.
    stack : bool, "normalize", "center", "layered", or None, optional
        How the bars of several series combine. ``None`` (default) uses Vega-Lite's default;
        ``True`` stacks them; ``False`` sets them side by side; ``"layered"`` overlaps them;
        ``"normalize"`` stacks them to 100% of the height; ``"center"`` stacks them around a central
        axis.
    width : "stretch", "content", or int, optional
        [[width]]
    height : "content", "stretch", or int, optional
        [[height]]
    use_container_width : bool or None, optional
        [[use_container_width.area_chart]]
    alt : str or None, optional
        [[alt]]

    Returns
    -------
    ElementHandle
        A handle to the element. Calling an st element method on it (``h.markdown(...)``,
        ``h.empty()``) replaces the element in place, as with the object Streamlit returns.

    Example
    -------
    >>> import pandas as pd
    >>> import streamlit as st
    >>> df = pd.DataFrame({"fruit": ["apple", "pear", "plum"], "sold": [30, 12, 21]})
    >>> st.bar_chart(df, x="fruit", y="sold", sort="-sold", horizontal=True)
    """
    _check_stack(stack)
    options = {
        "stack": True if stack is None else stack,
        "horizontal": bool(horizontal),
        "sort": sort,
    }
    return _simple_chart(
        "bar",
        data,
        x=x,
        y=y,
        x_label=x_label,
        y_label=y_label,
        color=color,
        width=width,
        height=height,
        use_container_width=use_container_width,
        alt=alt,
        options=options,
    )


@st_function
def scatter_chart(
    data: Any = None,
    *,
    x: str | None = None,
    y: str | Sequence[str] | None = None,
    x_label: str | None = None,
    y_label: str | None = None,
    color: Any = None,
    size: str | float | None = None,
    width: Any = "stretch",
    height: Any = "content",
    use_container_width: bool | None = None,
    alt: str | None = None,
) -> ElementHandle:
    """Display a scatter chart.

    Plots the columns of tabular data as points, against the index or an ``x`` column: the quickest
    way to chart a DataFrame or a dict of columns. Streamlit builds the chart with Altair; for full
    control of its encoding, use ``st.altair_chart``.

    In rerunner the chart is drawn in the kernel with Matplotlib, in Streamlit's colours, and shown
    as an image, without tooltips or zoom; data that has not changed is not drawn again.

    Parameters
    ----------
    data : dataframe-like, collection, or None, optional
        [[data]]
    x : str or None, optional
        [[x]]
    y : str, sequence of str, or None, optional
        The column(s) to plot. ``None`` (default) plots every column other than ``x``, one series
        each; a list of columns plots one series per column.
    x_label : str or None, optional
        [[x_label]]
    y_label : str or None, optional
        [[y_label]]
    color : str, tuple, sequence of str or tuple, or None, optional
        [[color]]
    size : str, float, or None, optional
        The size of the points: a number for all of them, or the name of a column holding each
        point's size. ``None`` (default) uses the default size.
    width : "stretch", "content", or int, optional
        [[width]]
    height : "content", "stretch", or int, optional
        [[height]]
    use_container_width : bool or None, optional
        [[use_container_width.area_chart]]
    alt : str or None, optional
        [[alt]]

    Returns
    -------
    ElementHandle
        A handle to the element. Calling an st element method on it (``h.markdown(...)``,
        ``h.empty()``) replaces the element in place, as with the object Streamlit returns.

    Example
    -------
    >>> import pandas as pd
    >>> import streamlit as st
    >>> df = pd.DataFrame({"height": [150, 165, 180, 172], "weight": [50, 62, 80, 70],
    ...                    "group": ["a", "a", "b", "b"]})
    >>> st.scatter_chart(df, x="height", y="weight", color="group", size=80)
    """
    return _simple_chart(
        "scatter",
        data,
        x=x,
        y=y,
        x_label=x_label,
        y_label=y_label,
        color=color,
        width=width,
        height=height,
        use_container_width=use_container_width,
        alt=alt,
        options={},
        size=size,
    )


# --- matplotlib -----------------------------------------------------------------------------


@st_function
def pyplot(
    fig: Any,
    clear_figure: bool = False,
    *,
    width: Any = "stretch",
    use_container_width: bool | None = None,
    alt: str | None = None,
    **kwargs: Any,
) -> ElementHandle:
    """Display a Matplotlib figure.

    The figure is saved as an image with ``bbox_inches="tight"`` and ``dpi=200``, so it is cropped
    and sharp; it is static, without zoom or tooltips. Pass a ``Figure``: with pandas'
    ``DataFrame.plot()``, which returns an ``Axes``, pass ``ax.get_figure()``.

    In rerunner the image is made in the kernel, and the figures a run opens through
    ``matplotlib.pyplot`` are closed when it ends, so they neither pile up nor pop up under another
    cell.

    Parameters
    ----------
    fig : matplotlib.figure.Figure
        The figure to show.
    clear_figure : bool, optional
        Whether to clear the figure (``fig.clf()``) once it has been drawn (default ``False``).
    width : "stretch", "content", or int, optional
        The image's width. ``"stretch"`` (default) fills the width of the parent container;
        ``"content"`` uses the figure's own size, up to the parent's width; an int scales it to that
        many pixels, capped at the parent's width, which can look blurry on high-resolution screens.
    use_container_width : bool or None, optional
        Deprecated: use ``width``. ``True`` makes the figure as wide as its parent container (like
        ``width="stretch"``); ``False`` uses the figure's own size (like ``width="content"``);
        ``None`` (default) follows ``width``.
    alt : str or None, optional
        A short description of the figure for screen readers and other assistive technology,
        describing its content rather than repeating visible text. ``None`` (default) gives it no
        accessible name. An empty string ``""`` marks it as decorative.
    **kwargs : Any
        Extra keyword arguments for Matplotlib's ``savefig``. Streamlit deprecates them: for other
        ``savefig`` options, save the figure yourself and show the image with ``st.image``.

    Returns
    -------
    ElementHandle
        A handle to the element. Calling an st element method on it (``h.markdown(...)``,
        ``h.empty()``) replaces the element in place, as with the object Streamlit returns.

    Example
    -------
    >>> import matplotlib.pyplot as plt
    >>> import streamlit as st
    >>> fig, ax = plt.subplots()
    >>> ax.hist([1, 2, 2, 3, 3, 3, 4, 4, 5], bins=5)
    >>> st.pyplot(fig, alt="Histogram of the sample, peaking at 3")
    """
    if use_container_width is not None:
        width = "stretch" if use_container_width else "content"
    check_width(width)
    png = figure_png(fig, **kwargs)
    if clear_figure:
        fig.clf()
    release(fig)
    item = {"data": png, "format": "png", "caption": None, "alt": alt}
    return handle(add("image", images=[item], width=width, chart="pyplot"))
