"""Charts drawn in the kernel: ``line_chart``, ``bar_chart``, ``area_chart``, ``scatter_chart``
and ``pyplot``.

matplotlib draws them and they are shown as PNG images: nothing to load in the browser, so
they work offline in JupyterLab and Voila alike. matplotlib (and pandas) are optional and
imported only when a chart is drawn. Plotly and Vega-Lite charts are in ``frontend_charts.py``.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from ..errors import (
    StreamlitAPIException,
    StreamlitValueError,
    UnsupportedError,
)
from .frames import to_dataframe
from .lib import ElementHandle, add, check_height, check_width, handle, st_function
from .mpl import PALETTE, ChartSpec, chart_png, figure_png, release

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
        series, names = _grouped(kind, frame, x_values, numeric, group, sizes, options)
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
    png = chart_png(spec, f"{kind}_chart")
    item = {"data": png, "format": "png", "caption": None, "alt": alt}
    return handle(
        add("image", images=[item], width="stretch" if width == "stretch" else width, chart=kind)
    )


def _grouped(kind: str, frame: Any, x_values: Any, numeric: dict[Any, Any], group: str, sizes: Any,
             options: dict[str, Any]) -> tuple[list[tuple[str, Any, Any]], list[Any]]:  # fmt: skip
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
        return [(str(g), p["x"], p["y"]) for g, p in zip(names, parts)], names
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
    """Display a line chart: one line per column (or per ``y``), against the index (or ``x``);
    ``color`` is a colour per line, or the name of a column that splits the data into lines."""
    return _simple_chart("line", data, x=x, y=y, x_label=x_label, y_label=y_label, color=color, width=width,
                         height=height, use_container_width=use_container_width, alt=alt, options={})  # fmt: skip


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
    """Display an area chart; areas stack (``stack``: True, False, "normalize", "center",
    "layered")."""
    _check_stack(stack)
    return _simple_chart("area", data, x=x, y=y, x_label=x_label, y_label=y_label, color=color, width=width,
                         height=height, use_container_width=use_container_width, alt=alt,
                         options={"stack": True if stack is None else stack})  # fmt: skip


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
    """Display a bar chart; bars stack (``stack=False`` groups them side by side),
    ``horizontal`` turns them, ``sort`` orders them (a column name, "-name" for descending)."""
    _check_stack(stack)
    options = {
        "stack": True if stack is None else stack,
        "horizontal": bool(horizontal),
        "sort": sort,
    }
    return _simple_chart("bar", data, x=x, y=y, x_label=x_label, y_label=y_label, color=color, width=width,
                         height=height, use_container_width=use_container_width, alt=alt, options=options)  # fmt: skip


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
    """Display a scatter chart; ``size`` is a number or a column of point sizes."""
    return _simple_chart("scatter", data, x=x, y=y, x_label=x_label, y_label=y_label, color=color,
                         width=width, height=height, use_container_width=use_container_width, alt=alt,
                         options={}, size=size)  # fmt: skip


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
    """Display a matplotlib figure (``kwargs`` go to ``savefig``).

    The figure is drawn to PNG at the call, then let go by pyplot, so figures made in a body
    neither pile up over reruns nor pop up below the cell; ``clear_figure`` clears it too.
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
