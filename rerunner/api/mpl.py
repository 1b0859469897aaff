"""Matplotlib in the kernel: figures to PNG bytes, and the simple charts drawn as figures.

Charts are drawn on ``matplotlib.figure.Figure`` objects that pyplot never sees, so no figure
is left registered (or shown by the notebook's inline backend) after a run. A chart whose data
and options did not change since an earlier run is not drawn again: its PNG is cached.
"""

from __future__ import annotations

import hashlib
import io
import sys
from collections import OrderedDict
from dataclasses import dataclass, field
from typing import Any

from ..errors import missing_dependency

#: Streamlit's categorical palette, so charts look like Streamlit's.
PALETTE = (
    "#0068c9", "#83c9ff", "#ff2b2b", "#ffabab", "#29b09d", "#7defa1", "#ff8700", "#ffd16a",
    "#6d3fc0", "#d5dae5",
)  # fmt: skip
DPI = 100
_CACHE: OrderedDict[str, bytes] = OrderedDict()
CACHE_SIZE = 64


def require_matplotlib(call: str) -> Any:
    try:
        import matplotlib
    except ImportError:
        raise missing_dependency(call, "matplotlib", "matplotlib", extra="charts") from None
    return matplotlib


def figure_png(fig: Any, **savefig: Any) -> bytes:
    """``fig`` as PNG bytes (Streamlit's defaults: tight bounding box, 200 dpi)."""
    options = {"bbox_inches": "tight", "dpi": 200, "format": "png", **savefig}
    out = io.BytesIO()
    fig.savefig(out, **options)
    return out.getvalue()


def release(fig: Any) -> None:
    """Forget ``fig`` in pyplot (if pyplot made it), so it neither leaks nor pops up later.

    The Figure object itself keeps working: it can be drawn again by a later ``st.pyplot``.
    """
    pyplot = sys.modules.get("matplotlib.pyplot")
    if pyplot is not None and getattr(fig, "number", None) in pyplot.get_fignums():
        pyplot.close(fig)


@dataclass
class ChartSpec:
    """A simple chart, ready to draw: series of (name, x values, y values).

    Line, bar and area series share one x (the caller aligns them); scatter series may not.
    """

    kind: str  # line, bar, area, scatter
    series: list[tuple[str, Any, Any]]
    colors: list[str]
    x_label: str = ""
    y_label: str = ""
    width_px: int = 700
    height_px: int = 350
    options: dict[str, Any] = field(default_factory=dict)  # stack, horizontal, sizes


def chart_png(spec: ChartSpec, call: str) -> bytes:
    """The chart as PNG bytes, drawn once per distinct data and options."""
    key = _key(spec)
    if key is not None and key in _CACHE:
        _CACHE.move_to_end(key)
        return _CACHE[key]
    require_matplotlib(call)
    png = _draw(spec)
    if key is not None:
        _CACHE[key] = png
        while len(_CACHE) > CACHE_SIZE:
            _CACHE.popitem(last=False)
    return png


def _key(spec: ChartSpec) -> str | None:
    import pandas as pd

    digest = hashlib.blake2b(digest_size=16)
    try:
        sizes = spec.options.get("sizes")
        columns = [v for _, x, y in spec.series for v in (x, y)]
        for values in [*columns, *(sizes if isinstance(sizes, list) else [])]:
            digest.update(
                pd.util.hash_pandas_object(pd.Series(values), index=False).values.tobytes()
            )
    except TypeError:  # unhashable cells (lists...): draw every time
        return None
    plain = {k: v for k, v in spec.options.items() if k != "sizes" or not isinstance(v, list)}
    names = [name for name, _, _ in spec.series]
    settings = (
        spec.kind,
        names,
        spec.colors,
        spec.x_label,
        spec.y_label,
        spec.width_px,
        spec.height_px,
    )
    digest.update(repr((settings, sorted(plain.items()))).encode())
    return digest.hexdigest()


def _draw(spec: ChartSpec) -> bytes:
    from matplotlib.figure import Figure

    fig = Figure(figsize=(spec.width_px / DPI, spec.height_px / DPI), dpi=DPI)
    ax = fig.add_subplot()
    _DRAWERS[spec.kind](ax, spec)
    ax.spines[["top", "right"]].set_visible(False)
    ax.grid(True, color="#e6e9ef", linewidth=0.8)
    ax.set_axisbelow(True)
    ax.tick_params(labelsize=8, colors="#555867")
    if spec.x_label:
        ax.set_xlabel(spec.x_label, fontsize=9)
    if spec.y_label:
        ax.set_ylabel(spec.y_label, fontsize=9)
    if len(spec.series) > 1:
        ax.legend(fontsize=8, frameon=False, loc="upper left", bbox_to_anchor=(1.0, 1.0))
    fig.tight_layout()
    return figure_png(fig, dpi=DPI, bbox_inches=None)


def _positions(spec: ChartSpec) -> tuple[list[Any], Any, list[str] | None]:
    """Each series' x as numbers: numeric and date x as they are; anything else (strings,
    categories) at 0, 1, 2... in order of first appearance, with the tick positions and labels."""
    import numpy as np
    import pandas as pd

    xs = [pd.Series(x) for _, x, _ in spec.series]
    if all(pd.api.types.is_numeric_dtype(x) or pd.api.types.is_datetime64_any_dtype(x) for x in xs):
        return [x.to_numpy() for x in xs], None, None
    order: dict[str, int] = {}
    for x in xs:
        for value in x.astype(str):
            order.setdefault(value, len(order))
    positions = [np.array([order[v] for v in x.astype(str)]) for x in xs]
    return positions, np.arange(len(order)), list(order)


def _draw_line(ax: Any, spec: ChartSpec) -> None:
    xs, ticks, labels = _positions(spec)
    for (name, _, y), x, color in zip(spec.series, xs, spec.colors, strict=False):
        ax.plot(x, y, label=name, color=color, linewidth=1.8)
    _label_ticks(ax, ticks, labels, horizontal=False)


def _stacked(spec: ChartSpec) -> tuple[list[Any], list[Any]]:
    """Per-series bottoms and heights for the ``stack`` option (True/None, normalize, center)."""
    import numpy as np

    heights = [np.nan_to_num(np.asarray(y, dtype=float)) for _, _, y in spec.series]
    stack = spec.options.get("stack", True)
    if stack in (False, "layered"):
        return [np.zeros_like(h) for h in heights], heights
    total = np.sum(heights, axis=0) if heights else 0
    if stack == "normalize":
        safe = np.where(total == 0, 1, total)
        heights = [h / safe for h in heights]
        total = np.sum(heights, axis=0)
    base = -total / 2 if stack == "center" else np.zeros_like(total, dtype=float)
    bottoms = []
    for h in heights:
        bottoms.append(base)
        base = base + h
    return bottoms, heights


def _draw_bar(ax: Any, spec: ChartSpec) -> None:
    import numpy as np

    xs, ticks, labels = _positions(spec)
    x = xs[0] if xs else np.zeros(0)
    horizontal = bool(spec.options.get("horizontal"))
    grouped = spec.options.get("stack") is False and len(spec.series) > 1
    bottoms, heights = _stacked(spec)
    n = len(spec.series)
    step = np.min(np.diff(np.unique(x))) if len(np.unique(x)) > 1 and labels is None else 1.0
    width = 0.8 * step / (n if grouped else 1)
    alpha = 0.6 if spec.options.get("stack") == "layered" else 1.0
    for i, ((name, _, _), color) in enumerate(zip(spec.series, spec.colors, strict=False)):
        pos = x + (i - (n - 1) / 2) * width if grouped else x
        draw = ax.barh if horizontal else ax.bar  # (position, length, thickness, base) for both
        draw(pos, heights[i], width, bottoms[i], label=name, color=color, alpha=alpha)
    _label_ticks(ax, ticks, labels, horizontal=horizontal)


def _draw_area(ax: Any, spec: ChartSpec) -> None:
    xs, ticks, labels = _positions(spec)
    bottoms, heights = _stacked(spec)
    layered = spec.options.get("stack") in (False, "layered")
    for (name, _, _), x, bottom, height, color in zip(
        spec.series, xs, bottoms, heights, spec.colors, strict=False
    ):
        ax.fill_between(x, bottom, bottom + height, label=name, color=color, alpha=0.5 if layered else 0.85,
                        linewidth=0)  # fmt: skip
    _label_ticks(ax, ticks, labels, horizontal=False)


def _draw_scatter(ax: Any, spec: ChartSpec) -> None:
    xs, ticks, labels = _positions(spec)
    sizes = spec.options.get("sizes")
    for i, ((name, _, y), x, color) in enumerate(zip(spec.series, xs, spec.colors, strict=False)):
        size = sizes[i] if isinstance(sizes, list) else sizes  # a column's values, or one number
        ax.scatter(x, y, s=20 if size is None else size, label=name, color=color, alpha=0.8)
    _label_ticks(ax, ticks, labels, horizontal=False)


def _label_ticks(ax: Any, x: Any, labels: list[str] | None, horizontal: bool) -> None:
    if labels is None or x is None:
        return
    every = max(1, len(labels) // 20)  # at most about 20 labels
    ticks, names = x[::every], labels[::every]
    if horizontal:
        ax.set_yticks(ticks, names)
    else:
        ax.set_xticks(ticks, names, rotation=45 if max((len(n) for n in names), default=0) > 6 else 0,
                      ha="right" if max((len(n) for n in names), default=0) > 6 else "center")  # fmt: skip


_DRAWERS = {"line": _draw_line, "bar": _draw_bar, "area": _draw_area, "scatter": _draw_scatter}
