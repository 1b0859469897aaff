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
    """Display an interactive Plotly chart (a figure, or its dict/list form).

    Rendered by the front end's Plotly renderer (bundled with plotly's ``jupyterlab-plotly``
    extension), offline. ``theme`` is accepted; Plotly's own template is used.
    """
    try:
        import plotly.io as pio
        import plotly.tools
    except ImportError:
        raise missing_dependency("plotly_chart", "plotly", "plotly", extra=None) from None
    _check_theme(theme)
    _check_on_select("plotly_chart", on_select)
    check_width(width)
    check_height(height)
    figure = plotly.tools.return_figure_from_figure_or_data(figure_or_data, validate_figure=True)
    spec = json.loads(pio.to_json(figure, validate=False))
    layout = spec.setdefault("layout", {})
    if isinstance(height, int) and not isinstance(height, bool):
        layout["height"] = height
    if isinstance(width, int) and not isinstance(width, bool):
        layout["width"] = width
    spec["config"] = dict(config or {})
    traces = len(spec.get("data") or [])
    return _display("plotly_chart", {
        "application/vnd.plotly.v1+json": spec,
        "text/plain": f"Plotly chart ({traces} traces). This front end has no Plotly renderer: "
        "install plotly >= 5 in the Jupyter server's environment (it brings jupyterlab-plotly).",
    })  # fmt: skip


VEGA_LITE_MIME = "application/vnd.vegalite.v5+json"


def _vega_lite(call: str, spec: dict[str, Any], width: Any, height: Any) -> ElementHandle:
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
    """Display an Altair chart, rendered by the front end's bundled Vega-Lite (offline)."""
    _check_theme(theme)
    _check_on_select("altair_chart", on_select)
    if width is not None:
        check_width(width)
    check_height(height)
    return _vega_lite("altair_chart", altair_chart.to_dict(), width, height)


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
    """Display a chart from a Vega-Lite spec (a dict), with ``data`` as its dataset."""
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
    return _vega_lite("vega_lite_chart", spec, width, height)
