"""Charts the front end draws: ``st.plotly_chart``, ``st.altair_chart``, ``st.vega_lite_chart``.

They are sent as the front end's own MIME types (``application/vnd.plotly.v1+json``,
``application/vnd.vegalite.v5+json``), which JupyterLab and Voila render with JavaScript they
bundle, offline; a front end without the renderer shows the plain-text fallback, which says
what is missing. Selections (``on_select``) are not supported yet.
"""

from __future__ import annotations

import json
from typing import Any

from ..errors import (
    StreamlitMissingRequiredParameterError,
    StreamlitValueError,
    UnsupportedError,
    missing_dependency,
)
from .frames import to_dataframe
from .lib import ElementHandle, add, check_height, check_width, handle, st_function


def _check_theme(theme: Any) -> None:
    if theme not in ("streamlit", None):
        raise StreamlitValueError("Invalid `theme` value. Supported values: 'streamlit', None.")


def _check_on_select(call: str, on_select: Any) -> None:
    if on_select != "ignore":
        raise UnsupportedError(
            f"`st.{call}(on_select=...)` (chart selections) is not supported by rerunner yet; "
            "leave `on_select` at 'ignore'."
        )


def _display(call: str, bundle: dict[str, Any]) -> ElementHandle:
    return handle(add("display", data=bundle, metadata={}, chart=call))


@st_function
def plotly_chart(
    figure_or_data: Any,
    use_container_width: bool | None = None,
    *,
    width: Any = "stretch",
    height: Any = "content",
    theme: str | None = "streamlit",
    key: Any = None,
    on_select: Any = "ignore",
    selection_mode: Any = ("points", "box", "lasso"),
    config: dict[str, Any] | None = None,
    alt: str | None = None,
) -> ElementHandle:
    """Display an interactive Plotly chart.

    Pass a Plotly figure, such as one made with ``plotly.express`` or ``plotly.graph_objects``, or
    its dict form. The chart keeps Plotly's interactivity: hover labels, zoom, pan and the mode bar.
    Plotly suits 3D charts and scientific chart types; Plotly Express line and scatter charts with
    many points render with WebGL.

    In rerunner the chart is drawn by the front end's Plotly renderer, which plotly 5 and later
    install for JupyterLab and Voila, so it works offline.

    Parameters
    ----------
    figure_or_data : plotly Figure, dict, or list
        The chart to show: a ``plotly.graph_objects.Figure``, or the dict or list form of a figure
        or of its data.
    use_container_width : bool or None, optional
        Deprecated: use ``width``. ``True`` makes the chart as wide as its parent container (like
        ``width="stretch"``); ``False`` fits it to its content; ``None`` (default) follows
        ``width``.
    width : "stretch", "content", or int, optional
        [[width]]
    height : "content", "stretch", or int, optional
        The chart's height. ``"content"`` (default) uses the figure's ``layout.height``, or 450
        pixels when it sets none; ``"stretch"`` fills the vertical space left in the parent
        container, shared evenly with other stretching elements; an int sets a fixed height in
        pixels.
    theme : "streamlit" or None, optional
        [[theme]]
    key : str, int, or None, optional
        [[key.altair_chart]]
    on_select : "ignore", "rerun", or callable, optional
        Whether selecting in the chart acts as input. ``"ignore"`` (default): it does not, and the
        call returns an element handle. ``"rerun"``: a selection reruns the app, and the call
        returns the current selection, a dictionary-like ``PlotlyState``. A callable: the same, and
        the callable runs as a callback before the rerun.
    selection_mode : "points", "box", "lasso", or iterable of these, optional
        How the user can select when ``on_select`` is enabled: ``"points"`` (clicking points),
        ``"box"`` (dragging a rectangle), ``"lasso"`` (drawing a free shape), or several of them.
        All three are allowed by default.
    config : dict or None, optional
        Plotly configuration options, as given to Plotly's ``show()``: for example
        ``{"displayModeBar": False}`` or ``{"scrollZoom": True}``. ``None`` (default) uses Plotly's
        defaults.
    alt : str or None, optional
        A short description of the chart for screen readers and other assistive technology,
        describing its content rather than repeating visible text. ``None`` (default) gives it no
        accessible name. An empty or blank string counts as ``None``.

    Returns
    -------
    ElementHandle or PlotlyState
        With ``on_select="ignore"`` (default), a handle to the chart that can replace it in place
        like any element's. Otherwise, the current selection as a ``PlotlyState``, a dictionary-like
        object read by key or attribute.

    Example
    -------
    >>> import plotly.express as px
    >>> import streamlit as st
    >>> fig = px.scatter(x=[1, 2, 3, 4], y=[10, 11, 9, 14], title="Weekly trend")
    >>> st.plotly_chart(fig, config={"displayModeBar": False})
    """
    try:
        import plotly.io as pio
        import plotly.tools
    except ImportError:
        raise missing_dependency("plotly_chart", "plotly", "plotly", extra=None) from None
    _check_theme(theme)
    _check_on_select("plotly_chart", on_select)
    if use_container_width is not None:
        width = "stretch" if use_container_width else "content"
    check_width(width)
    check_height(height)
    figure = plotly.tools.return_figure_from_figure_or_data(figure_or_data, validate_figure=True)
    spec = json.loads(pio.to_json(figure, validate=False))
    layout = spec.setdefault("layout", {})
    if isinstance(height, int) and not isinstance(height, bool):
        layout["height"] = height
    if isinstance(width, int) and not isinstance(width, bool):
        layout["width"] = width
    elif width == "content":
        # the figure's own width (Plotly's 700 pixels if it gives none), not the container's
        layout["autosize"] = False
        layout.setdefault("width", 700)
    spec["config"] = dict(config or {})
    traces = len(spec.get("data") or [])
    return _display("plotly_chart", {
        "application/vnd.plotly.v1+json": spec,
        "text/plain": f"Plotly chart ({traces} traces). This front end has no Plotly renderer: "
        "install plotly >= 5 in the Jupyter server's environment (it brings jupyterlab-plotly).",
    })  # fmt: skip


VEGA_LITE_MIME = "application/vnd.vegalite.v5+json"


def _vega_lite(call: str, spec: dict[str, Any], *, width: Any, height: Any) -> ElementHandle:
    spec = dict(spec)
    schema = str(spec.get("$schema", ""))
    if "/vega-lite/v" in schema and not schema.rsplit("/vega-lite/v", 1)[1].startswith(
        ("3", "4", "5")
    ):
        # JupyterLab and Voila bundle Vega-Lite 5; newer specs (Altair 6 writes v6) use the same
        # grammar for the common charts, so they are labelled for the renderer that is there.
        spec["$schema"] = "https://vega.github.io/schema/vega-lite/v5.json"
    # A pixel width is honoured; "stretch" is not: Vega's "container" width in a notebook
    # output grows with the chart it sizes and hangs the page (seen in Voila), so a chart keeps
    # the width its spec gives it.
    if isinstance(width, int) and not isinstance(width, bool):
        spec["width"] = width
    if isinstance(height, int) and not isinstance(height, bool):
        spec["height"] = height
    return _display(call, {
        VEGA_LITE_MIME: spec,
        "text/plain": "Vega-Lite chart. This front end has no Vega-Lite renderer (JupyterLab, "
        "Notebook 7, VS Code and Voila have one).",
    })  # fmt: skip


@st_function
def altair_chart(
    altair_chart: Any,
    *,
    width: Any = None,
    height: Any = "content",
    use_container_width: bool | None = None,
    theme: str | None = "streamlit",
    key: Any = None,
    on_select: Any = "ignore",
    selection_mode: Any = None,
    alt: str | None = None,
) -> ElementHandle:
    """Display a chart made with Vega-Altair.

    Vega-Altair is a declarative charting library built on Vega-Lite. Pass any Altair chart object:
    a single chart, or a layered, concatenated, faceted or repeated one. Interactive features of the
    spec, such as tooltips and zoom, work in the browser. In rerunner the chart is drawn by the
    Vega-Lite renderer that JupyterLab, Notebook 7, VS Code and Voila bundle, so it works offline.
    It keeps the width its spec gives it, unless ``width`` is a number of pixels.

    Parameters
    ----------
    altair_chart : altair.Chart
        The chart to show: an ``alt.Chart`` or any other Altair chart object (``LayerChart``,
        ``HConcatChart``, ``VConcatChart``, ``FacetChart``, ``RepeatChart``...).
    width : "stretch", "content", int, or None, optional
        [[width.altair_chart]]
    height : "content", "stretch", or int, optional
        [[height]]
    use_container_width : bool or None, optional
        [[use_container_width.altair_chart]]
    theme : "streamlit" or None, optional
        [[theme]]
    key : str, int, or None, optional
        [[key.altair_chart]]
    on_select : "ignore", "rerun", or callable, optional
        Whether selecting in the chart acts as input. ``"ignore"`` (default): it does not, and the
        call returns an element handle. ``"rerun"``: a selection reruns the app, and the call
        returns the current selection, a dictionary-like ``VegaLiteState``. A callable: the same,
        and the callable runs as a callback before the rerun. The chart must define selection
        parameters (``alt.selection_point``, ``alt.selection_interval``); give them ``fields`` or
        ``encodings`` for a stable output.
    selection_mode : str, iterable of str, or None, optional
        [[selection_mode]]
    alt : str or None, optional
        [[alt.altair_chart]]

    Returns
    -------
    ElementHandle or VegaLiteState
        With ``on_select="ignore"`` (default), a handle to the chart that can replace it in place
        like any element's. Otherwise, the current selection as a ``VegaLiteState``, a
        dictionary-like object read by key or attribute.

    Example
    -------
    >>> import altair as alt
    >>> import pandas as pd
    >>> import streamlit as st
    >>> df = pd.DataFrame({"x": [1, 2, 3, 4], "y": [3, 1, 4, 2]})
    >>> chart = alt.Chart(df).mark_line(point=True).encode(x="x", y="y", tooltip=["x", "y"])
    >>> st.altair_chart(chart, alt="A line through four points")
    """
    _check_theme(theme)
    _check_on_select("altair_chart", on_select)
    if width is not None:
        check_width(width)
    check_height(height)
    return _vega_lite("altair_chart", altair_chart.to_dict(), width=width, height=height)


@st_function
def vega_lite_chart(
    data: Any = None,
    spec: dict[str, Any] | None = None,
    *,
    width: Any = None,
    height: Any = "content",
    use_container_width: bool | None = None,
    theme: str | None = "streamlit",
    key: Any = None,
    on_select: Any = "ignore",
    selection_mode: Any = None,
    alt: str | None = None,
) -> ElementHandle:
    """Display a chart from a Vega-Lite specification.

    Vega-Lite describes a chart as a JSON specification: its marks, encodings and data. Pass the
    spec as a dict, with the data separately or inside the spec. In rerunner the chart is drawn by
    the Vega-Lite renderer that JupyterLab, Notebook 7, VS Code and Voila bundle, so it works
    offline. It keeps the width its spec gives it, unless ``width`` is a number of pixels.

    Parameters
    ----------
    data : dataframe-like, dict, or None, optional
        The chart's data: anything ``st.dataframe`` accepts, such as a pandas or Polars DataFrame, a
        NumPy array, or a dict or list of columns. When ``spec`` is ``None``, ``data`` may be the
        whole spec instead (a dict that includes its data).
    spec : dict or None, optional
        The Vega-Lite spec. ``None`` (default) takes the spec from ``data``; a spec cannot be given
        in both.
    width : "stretch", "content", int, or None, optional
        [[width.altair_chart]]
    height : "content", "stretch", or int, optional
        [[height]]
    use_container_width : bool or None, optional
        [[use_container_width.altair_chart]]
    theme : "streamlit" or None, optional
        [[theme]]
    key : str, int, or None, optional
        [[key.altair_chart]]
    on_select : "ignore", "rerun", or callable, optional
        Whether selecting in the chart acts as input. ``"ignore"`` (default): it does not, and the
        call returns an element handle. ``"rerun"``: a selection reruns the app, and the call
        returns the current selection, a dictionary-like ``VegaLiteState``. A callable: the same,
        and the callable runs as a callback before the rerun. The spec must declare selection
        parameters in its ``params``; give them ``fields`` or ``encodings`` for a stable output.
    selection_mode : str, iterable of str, or None, optional
        [[selection_mode]]
    alt : str or None, optional
        [[alt.altair_chart]]

    Returns
    -------
    ElementHandle or VegaLiteState
        With ``on_select="ignore"`` (default), a handle to the chart that can replace it in place
        like any element's. Otherwise, the current selection as a ``VegaLiteState``, a
        dictionary-like object read by key or attribute.

    Example
    -------
    >>> import pandas as pd
    >>> import streamlit as st
    >>> df = pd.DataFrame({"team": ["A", "B", "C"], "goals": [4, 1, 6]})
    >>> st.vega_lite_chart(df, {"mark": "bar", "encoding": {
    ...     "x": {"field": "team", "type": "nominal"},
    ...     "y": {"field": "goals", "type": "quantitative"}}})
    """
    if spec is None and isinstance(data, dict):
        data, spec = None, data
    if not spec:
        raise StreamlitMissingRequiredParameterError(
            "The `spec` parameter is required. Vega-Lite charts require a non-empty spec dict."
        )
    _check_theme(theme)
    _check_on_select("vega_lite_chart", on_select)
    if width is not None:
        check_width(width)
    check_height(height)
    spec = dict(spec)
    if data is not None:
        frame, _ = to_dataframe(data, "vega_lite_chart")
        spec["data"] = {"values": json.loads(frame.to_json(orient="records", date_format="iso"))}
    return _vega_lite("vega_lite_chart", spec, width=width, height=height)
