"""Charts the front end draws: ``st.plotly_chart``, ``st.altair_chart``, ``st.vega_lite_chart``.

A Plotly chart is a ``plotly_chart`` element drawn by rerunner's Plotly widget
(``render/plotly.py``, ``js/src/plotly.js``) with the plotly.js that the installed ``plotly``
package ships, sent to the page once per kernel. The kernel resolves the sizes as Streamlit
does ("content" is the figure's own width and height, or plotly.js's 700 by 450). With
``on_select`` other than ``"ignore"`` the element is a widget (Streamlit's id rules: the key is
not the main identity, so a changed figure is a new chart) whose value is Streamlit's
``PlotlyState``, built in the front end exactly as Streamlit's builds it.

Vega-Lite charts (Altair's too) are a ``vega_lite_chart`` element drawn by rerunner's own chart
widget (``render/vega.py``, ``js/src/vega.js``, which bundles vega-embed): it fills the measured
width, follows the page's theme and reports selections. With ``on_select`` other than
``"ignore"`` the element is a widget (Streamlit's id rules, ``selection_mode`` as its keyed
identity) whose value is Streamlit's selection object, ``VegaLiteState``.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

from ..errors import (
    StreamlitAPIException,
    StreamlitMissingRequiredParameterError,
    StreamlitValueError,
    missing_dependency,
)
from ..identity import compute_widget_id
from ..runtime.context import require_run
from .frames import to_dataframe
from .lib import (
    Callback,
    ElementHandle,
    add,
    check_height,
    check_width,
    handle,
    register_widget,
    st_function,
)


def _check_theme(theme: Any) -> None:
    if theme not in ("streamlit", None):
        raise StreamlitValueError("Invalid `theme` value. Supported values: 'streamlit', None.")


_SELECTION_MODES = ("box", "lasso", "points")


def _selection_modes(selection_mode: Any) -> list[str]:
    """Streamlit's check of ``selection_mode``: one mode or an iterable of them, any order."""
    modes = {selection_mode} if isinstance(selection_mode, str) else set(selection_mode)
    if not modes <= set(_SELECTION_MODES):
        raise StreamlitValueError(
            "Invalid `selection_mode` value. Supported values: 'box', 'lasso', 'points'."
        )
    return sorted(modes)


def _figure_size(figure: dict[str, Any], name: str, default: int) -> int:
    """The figure's own ``layout.width``/``height`` as Streamlit reads it for "content", or
    plotly.js's default."""
    value = (figure.get("layout") or {}).get(name)
    if isinstance(value, (int, float)) and not isinstance(value, bool) and value > 0:
        return int(value)
    return default


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
) -> Any:
    """Display an interactive Plotly chart.

    Pass a Plotly figure, such as one made with ``plotly.express`` or ``plotly.graph_objects``, or
    its dict form. The chart keeps Plotly's interactivity: hover labels, zoom, pan and the mode bar.
    Plotly suits 3D charts and scientific chart types; Plotly Express line and scatter charts with
    many points render with WebGL.

    In rerunner the chart is drawn by plotly.js, the copy the installed ``plotly`` package
    ships: it travels to the page once per kernel, so the chart works offline and in any front
    end that shows widgets. Selections (box, lasso, clicked points) can rerun the app.

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
        The chart's width. ``"stretch"`` (default) fills the parent container; ``"content"`` uses
        the figure's ``layout.width``, or 700 pixels when it sets none; an int sets a fixed width
        in pixels.
    height : "content", "stretch", or int, optional
        The chart's height. ``"content"`` (default) uses the figure's ``layout.height``, or 450
        pixels when it sets none; ``"stretch"`` fills the vertical space left in the parent
        container, shared evenly with other stretching elements; an int sets a fixed height in
        pixels.
    theme : "streamlit" or None, optional
        ``"streamlit"`` (default) draws the chart in Streamlit's colours on a transparent
        background, following the page's light or dark theme; ``None`` keeps the figure's own
        Plotly template.
    key : str, int, or None, optional
        A key for the chart: two elements with one key are an error, and with ``on_select`` the
        selection is kept in session state under it. The chart's identity also depends on the
        figure and the other parameters, as in Streamlit: a changed figure is a new chart whose
        selection starts empty.
    on_select : "ignore", "rerun", or callable, optional
        Whether selecting in the chart acts as input. ``"ignore"`` (default): it does not, and the
        call returns an element handle. ``"rerun"``: a selection reruns the app, and the call
        returns the current selection, a dictionary-like ``PlotlyState``. A callable: the same, and
        the callable runs as a callback before the rerun.
    selection_mode : "points", "box", "lasso", or iterable of these, optional
        How the user can select when ``on_select`` is enabled: ``"points"`` (clicking points),
        ``"box"`` (dragging a rectangle), ``"lasso"`` (drawing a free shape), or several of them.
        All three are allowed by default. With ``"points"`` among them the chart starts in pan
        mode and the mode bar switches to box or lasso selection.
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
        object read by key or attribute: ``event.selection.points`` (each with ``curve_number``,
        ``point_number``, ``point_index``, ``x``, ``y`` and the point's other values),
        ``point_indices``, ``box`` and ``lasso``.

    Example
    -------
    >>> import plotly.express as px
    >>> import streamlit as st
    >>> df = px.data.iris()
    >>> fig = px.scatter(df, x="sepal_width", y="sepal_length", color="species")
    >>> event = st.plotly_chart(fig, key="iris", on_select="rerun")
    >>> st.write(event.selection.point_indices)
    """
    try:
        import plotly.io as pio
        import plotly.tools
    except ImportError:
        raise missing_dependency("plotly_chart", "plotly", "plotly", extra=None) from None
    # Streamlit's order of checks: size, theme, on_select, then the figure and selection_mode
    if use_container_width is not None:
        if use_container_width:
            width = "stretch"
        elif not isinstance(width, int) or isinstance(width, bool):
            width = "content"
    check_width(width)
    check_height(height)
    _check_theme(theme)
    callback = _check_on_select_mode(on_select)
    if _is_matplotlib(figure_or_data):
        figure = plotly.tools.mpl_to_plotly(figure_or_data)
    else:
        figure = plotly.tools.return_figure_from_figure_or_data(
            figure_or_data, validate_figure=True
        )
    spec_text = pio.to_json(figure, validate=False)
    spec = json.loads(spec_text)
    config = dict(config or {})
    description = alt.strip() if isinstance(alt, str) and alt.strip() else None
    activated = on_select != "ignore"
    identity = {
        "plotly_spec": spec_text,
        "plotly_config": json.dumps(config, default=str),
        "selection_mode": selection_mode,
        "is_selection_activated": activated,
        "theme": theme,
        "width": width,
        "height": height,
        "alt": description,
    }
    props = {
        "spec": spec,
        "config": config,
        "width": _figure_size(spec, "width", 700) if width == "content" else width,
        "height": _figure_size(spec, "height", 450) if height == "content" else height,
        "theme": theme or "",
        "alt": description,
        "key": None if key is None else str(key),
    }
    if not activated:
        ctx = require_run("plotly_chart")
        user_key = None if key is None else str(key)
        # Every Plotly chart has an element id in Streamlit: a twin chart or key is an error
        ctx.claim(
            "plotly_chart",
            compute_widget_id(
                "plotly_chart",
                key=user_key,
                params=identity,
                key_as_main=False,
                app=ctx.app_id,
                form=ctx.form_id,
                root=ctx.root_index(),
            ),
            user_key,
        )
        return handle(add("plotly_chart", **props, selection_mode=[]))
    modes = _selection_modes(selection_mode)
    serde = PlotlySerde()
    return register_widget(
        "plotly_chart",
        label="",
        key=key,
        identity=identity,
        key_identity=None,
        default=serde.deserialize(None),
        serde=serde,
        callback=Callback(callback),
        readonly=True,
        props={**props, "selection_mode": modes},
    )


def _is_matplotlib(figure: Any) -> bool:
    return any(
        f"{c.__module__}.{c.__qualname__}" == "matplotlib.figure.Figure"
        for c in type(figure).__mro__
    )


READ_ONLY_STATE = (
    "Widget state is read-only because modifying nested values has no effect on the app. For "
    "widget states that support programmatic updates (e.g. st.dataframe selections), assign a "
    "new dictionary to the Session State key instead, for example:\n"
    "    st.session_state['my_key'] = {'selection': {'rows': [0]}}"
)


def _read_only(*args: Any, **kwargs: Any) -> Any:
    raise TypeError(READ_ONLY_STATE)


class ReadOnlyAttributeDictionary(dict):
    """A widget's state as Streamlit returns it: read by key or attribute, nested dicts alike,
    and never changed in place (a change would not reach the app)."""

    def __getitem__(self, key: Any) -> Any:
        item = super().__getitem__(key)
        return ReadOnlyAttributeDictionary(item) if isinstance(item, dict) else item

    def __getattr__(self, name: str) -> Any:
        try:
            return self[name]
        except KeyError:
            raise AttributeError(
                f"'{type(self).__name__}' object has no attribute '{name}'"
            ) from None

    __setattr__ = __setitem__ = __delitem__ = __ior__ = _read_only  # type: ignore[assignment]
    clear = pop = popitem = setdefault = update = _read_only  # type: ignore[assignment]

    def __copy__(self) -> ReadOnlyAttributeDictionary:
        return type(self)(dict.copy(self))

    def __deepcopy__(self, memo: dict[int, Any]) -> ReadOnlyAttributeDictionary:
        import copy

        return type(self)({k: copy.deepcopy(v, memo) for k, v in dict.items(self)})

    def __reduce__(self) -> Any:
        return (type(self), (dict(self),))


class VegaLiteState(ReadOnlyAttributeDictionary):
    """The selection of a Vega-Lite chart, as Streamlit returns it: ``{"selection": {name: ...}}``
    with one entry per activated selection parameter."""


class VegaLiteSerde:
    """The front end sends ``{"selection": {param: value}}`` (a point selection as its list of
    points, an interval as ``{field: [min, max]}``); parameters it leaves out are empty."""

    def __init__(self, params: list[str]) -> None:
        self.params = params

    def deserialize(self, ui_value: Any) -> VegaLiteState:
        selection = {name: {} for name in self.params}
        if isinstance(ui_value, dict) and isinstance(ui_value.get("selection"), dict):
            selection.update(ui_value["selection"])
        return VegaLiteState({"selection": ReadOnlyAttributeDictionary(selection)})

    def serialize(self, value: Any) -> Any:
        return json.loads(json.dumps(value, default=str)) if value is not None else None

    def normalize(self, value: Any) -> Any:
        return value


class PlotlySelectionState(ReadOnlyAttributeDictionary):
    """A Plotly chart's selection, as Streamlit returns it: ``points``, ``point_indices``,
    ``box`` and ``lasso``."""


class PlotlyState(ReadOnlyAttributeDictionary):
    """The state of a Plotly chart with selections, as Streamlit returns it:
    ``{"selection": PlotlySelectionState}``."""

    def __getitem__(self, key: Any) -> Any:
        if key == "selection":
            item = dict.__getitem__(self, key)
            if not isinstance(item, PlotlySelectionState):
                item = PlotlySelectionState(item)
            return item
        return super().__getitem__(key)


_PLOTLY_PARTS = ("points", "point_indices", "box", "lasso")


class PlotlySerde:
    """The front end (``js/src/plotly.js``) sends ``{"selection": {points, point_indices,
    box, lasso}}`` as Streamlit's front end builds it; a part missing or not a list is empty."""

    def deserialize(self, ui_value: Any) -> PlotlyState:
        sent = ui_value.get("selection") if isinstance(ui_value, dict) else None
        sent = sent if isinstance(sent, dict) else {}
        selection = {
            part: list(sent[part]) if isinstance(sent.get(part), list) else []
            for part in _PLOTLY_PARTS
        }
        return PlotlyState({"selection": PlotlySelectionState(selection)})

    def serialize(self, value: Any) -> Any:
        return json.loads(json.dumps(value, default=str)) if value is not None else None

    def normalize(self, value: Any) -> Any:
        return value


def selection_params(spec: Any) -> set[str]:
    """The names of the selection parameters anywhere in the spec's views."""
    if not isinstance(spec, dict):
        return set()
    names = {
        p["name"]
        for p in spec.get("params") or []
        if isinstance(p, dict) and p.get("name") and p.get("select")
    } if isinstance(spec.get("params"), list) else set()  # fmt: skip
    for part in ("layer", "hconcat", "vconcat", "concat"):
        if isinstance(spec.get(part), list):
            for child in spec[part]:
                names |= selection_params(child)
    names |= selection_params(spec.get("spec"))
    return names


def _parse_selection_mode(spec: dict[str, Any], selection_mode: Any) -> list[str]:
    available = selection_params(spec)
    if not available:
        raise StreamlitAPIException(
            "Selections are activated, but the provided chart spec does not have any selections "
            "defined. To add selections to `st.altair_chart`, check out the documentation "
            "[here](https://altair-viz.github.io/user_guide/interactions.html"
            "#selections-capturing-chart-interactions). For adding selections to "
            "`st.vega_lite_chart`, take a look at the specification "
            "[here](https://vega.github.io/vega-lite/docs/selection.html)."
        )
    if selection_mode is None:
        return sorted(available)
    modes = [selection_mode] if isinstance(selection_mode, str) else list(selection_mode)
    for name in modes:
        if name not in available:
            raise StreamlitAPIException(
                f"Selection parameter '{name}' is not defined in the chart spec. Available "
                f"selection parameters are: {available}."
            )
    return sorted(modes)


def _check_on_select_mode(on_select: Any) -> Callable[..., Any] | None:
    if on_select in ("rerun", "ignore"):
        return None
    if callable(on_select):
        return on_select
    raise StreamlitValueError(
        "Invalid `on_select` value. Supported values: 'rerun', 'ignore', a callback function."
    )


def _has_nested_composition(spec: dict[str, Any]) -> bool:
    for part in ("layer", "hconcat", "vconcat", "concat"):
        for child in spec.get(part) or []:
            if isinstance(child, dict) and any(
                k in child for k in ("hconcat", "vconcat", "concat", "facet", "repeat")
            ):
                return True
    return False


def _default_width(spec: dict[str, Any]) -> str:
    """Streamlit's: a single or layered view fills the container; facets and concatenations
    keep their own width."""
    encoding = spec.get("encoding") if isinstance(spec.get("encoding"), dict) else {}
    faceted = "facet" in spec or any(k in encoding for k in ("row", "column", "facet"))
    composed = "hconcat" in spec or "repeat" in spec or _has_nested_composition(spec)
    return "content" if faceted or composed else "stretch"


def _vega_lite(
    call: str,
    spec: dict[str, Any],
    *,
    width: Any,
    height: Any,
    use_container_width: bool | None,
    theme: str | None,
    key: Any,
    on_select: Any,
    selection_mode: Any,
    alt: str | None,
) -> Any:
    if theme not in ("streamlit", None):
        raise StreamlitValueError("Invalid `theme` value. Supported values: 'streamlit', None.")
    callback = _check_on_select_mode(on_select)
    spec = dict(spec)
    if use_container_width is None and width is None:
        width = _default_width(spec)
    if use_container_width is not None:
        if use_container_width:
            width = "stretch"
        elif not isinstance(width, int) or isinstance(width, bool):
            width = "content"
    check_width(width)
    check_height(height)
    description = alt.strip() if isinstance(alt, str) and alt.strip() else None
    props = {
        "spec": spec,
        "chart": call,
        "width": width,
        "height": height,
        "theme": theme or "",
        "alt": description,
    }
    if on_select == "ignore":
        return handle(add("vega_lite_chart", **props, selection_params=[]))
    params = _parse_selection_mode(spec, selection_mode)
    serde = VegaLiteSerde(params)
    return register_widget(
        "vega_lite_chart",
        label="",
        key=key,
        identity={
            "vega_lite_spec": json.dumps(spec, sort_keys=True, default=str),
            "theme": theme,
            "use_container_width": use_container_width,
            "selection_mode": params,
            "alt": description,
        },
        key_identity=("selection_mode",),
        default=serde.deserialize(None),
        serde=serde,
        callback=Callback(callback),
        readonly=True,
        props={**props, "selection_params": params},
    )


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
    return _vega_lite(
        "altair_chart",
        altair_chart.to_dict(),
        width=width,
        height=height,
        use_container_width=use_container_width,
        theme=theme,
        key=key,
        on_select=on_select,
        selection_mode=selection_mode,
        alt=alt,
    )


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
    spec = dict(spec)
    if data is not None:
        frame, _ = to_dataframe(data, "vega_lite_chart")
        spec["data"] = {"values": json.loads(frame.to_json(orient="records", date_format="iso"))}
    return _vega_lite(
        "vega_lite_chart",
        spec,
        width=width,
        height=height,
        use_container_width=use_container_width,
        theme=theme,
        key=key,
        on_select=on_select,
        selection_mode=selection_mode,
        alt=alt,
    )
