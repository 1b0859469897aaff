"""Vega-Lite charts in process: st.altair_chart and st.vega_lite_chart drawn by the chart widget
(render/vega.py), their sizes and themes, and selections as the front end sends them (a custom
message ``{"event": "selection", "value": {"selection": {...}}}``) reaching session state, the
return value and the callback."""

from __future__ import annotations

from typing import Any

import pytest

from rerunner.render.vega import VegaChart

from tests.support.inprocess import Harness
from tests.support.reference import rerunner_error, streamlit_error

POINTS = """
import altair as alt, pandas as pd
df = pd.DataFrame({"a": [1, 2, 3], "b": [3, 1, 2]})
chart = (
    alt.Chart(df).mark_point().encode(x="a", y="b")
    .add_params(alt.selection_point(name="p", fields=["a"]),
                alt.selection_interval(name="box", encodings=["x"]))
)
"""


def charts(h: Harness) -> list[VegaChart]:
    return [x for x in h.all() if isinstance(x, VegaChart)]


def select(widget: VegaChart, selection: dict[str, Any]) -> None:
    """What js/src/vega.js sends when the user selects."""
    widget._handle_msg(
        {
            "content": {
                "data": {
                    "method": "custom",
                    "content": {"event": "selection", "value": {"selection": selection}},
                }
            },
            "buffers": [],
        }
    )


def test_altair_and_vega_lite_specs_reach_the_chart_widget() -> None:
    h = Harness("""
import altair as alt, pandas as pd
df = pd.DataFrame({"a": [1, 2], "b": [3, 4]})
st.altair_chart(alt.Chart(df).mark_line().encode(x="a", y="b"))
st.vega_lite_chart(df, {"mark": "bar", "encoding": {"x": {"field": "a"}, "y": {"field": "b"}}},
                   height=200, theme=None, alt="Bars")
st.altair_chart(alt.hconcat(alt.Chart(df).mark_bar().encode(x="a"), alt.Chart(df).mark_point()))
st.vega_lite_chart({"mark": "bar", "data": {"values": [{"a": 1}]}, "encoding": {}},
                   use_container_width=False)
""")
    line, bars, concat, spec_only = charts(h)
    assert line.spec["mark"]["type"] == "line" and line.width == "stretch"
    assert line.height == "content" and line.theme == "streamlit" and line.selection_params == []
    assert "width" not in line.spec  # the front end measures it: no Vega "container" width
    assert bars.spec["data"] == {"values": [{"a": 1, "b": 3}, {"a": 2, "b": 4}]}
    assert bars.height == 200 and bars.theme == "" and bars.alt == "Bars"
    assert concat.width == "content"  # Streamlit keeps concatenated charts at their own width
    assert spec_only.width == "content" and spec_only.spec["data"] == {"values": [{"a": 1}]}
    assert [el.props.chart for el in h.elements("vega_lite_chart")] == [
        "altair_chart",
        "vega_lite_chart",
        "altair_chart",
        "vega_lite_chart",
    ]


def test_a_selection_from_the_front_end_updates_state_the_return_value_and_the_callback() -> None:
    h = Harness(
        POINTS
        + """
def picked():
    st.session_state.calls = st.session_state.get("calls", 0) + 1
event = st.altair_chart(chart, on_select=picked, key="sel")
st.write("points", event.selection.p, "box", event["selection"]["box"])
st.write("calls", st.session_state.get("calls", 0), type(event).__name__)
"""
    )
    [widget] = charts(h)
    assert widget.selection_params == ["box", "p"]
    assert h.app.state["sel"] == {"selection": {"box": {}, "p": {}}}
    select(widget, {"p": [{"a": 2}], "box": {}})
    assert h.app.state["sel"] == {"selection": {"p": [{"a": 2}], "box": {}}}
    assert h.app.state["calls"] == 1
    text = h.text()
    assert "VegaLiteState" in text and "calls" in text
    select(widget, {"p": [], "box": {"a": [1.5, 2.5]}})
    assert h.app.state["sel"]["selection"]["box"] == {"a": [1.5, 2.5]}
    assert h.app.state["calls"] == 2


def test_selection_mode_picks_the_parameters_and_a_partial_message_leaves_the_rest_empty() -> None:
    h = Harness(POINTS + 'ev = st.altair_chart(chart, on_select="rerun", selection_mode="p")\n')
    [widget] = charts(h)
    assert widget.selection_params == ["p"]
    [el] = h.elements("vega_lite_chart")
    select(widget, {})
    assert h.app.state[el.id] == {"selection": {"p": {}}}


def test_a_chart_without_selections_ignores_messages() -> None:
    h = Harness(POINTS + "st.altair_chart(chart)\n")
    [widget] = charts(h)
    select(widget, {"p": [{"a": 1}]})
    [el] = h.elements("vega_lite_chart")
    assert el.id is None and h.app.run_count == 1


@pytest.mark.parametrize(
    "call",
    [
        'st.altair_chart(alt.Chart(pd.DataFrame({"a": [1]})).mark_bar(), on_select="rerun")',
        'st.vega_lite_chart({"mark": "bar"}, on_select="rerun")',
        POINTS + 'st.altair_chart(chart, on_select="rerun", selection_mode=["p", "nope"])',
        POINTS + 'st.altair_chart(chart, on_select="nope")',
        POINTS + 'st.altair_chart(chart, theme="dark")',
        'st.vega_lite_chart({"mark": "bar"}, width="wide")',
    ],
)
def test_bad_selections_get_streamlits_errors(call: str) -> None:
    app = "import altair as alt, pandas as pd\n" + call
    expected, got = streamlit_error(app), rerunner_error(app)
    assert expected is not None and got == expected


def test_session_state_cannot_set_a_charts_selection() -> None:
    app = POINTS + (
        'st.session_state.sel = {"selection": {}}\n'
        'st.altair_chart(chart, on_select="rerun", key="sel")\n'
    )
    expected, got = streamlit_error(app), rerunner_error(app)
    assert expected is not None and got == expected


# --- the simple charts as Vega-Lite ------------------------------------------------------------


def spec_of(src: str) -> dict[str, Any]:
    h = Harness("import pandas as pd\n" + src)
    assert h.exceptions() == [], h.errors()
    [chart] = charts(h)
    return chart.spec


DF = 'pd.DataFrame({"day": ["mon", "tue", "wed"], "a": [1, 3, 2], "b": [2, 1, 4]})'


def test_a_line_chart_melts_columns_into_series_with_tooltips_zoom_and_labels() -> None:
    spec = spec_of(f'st.line_chart({DF}, x="day", y_label="count")')
    line, hover = spec["layer"]
    assert line["mark"] == {"type": "line"} and hover["mark"]["opacity"] == 0
    enc = line["encoding"]
    assert enc["x"]["type"] == "nominal" and enc["x"]["title"] == "day"
    assert enc["x"]["sort"] is None and enc["y"]["title"] == "count"
    assert [t["field"] for t in enc["tooltip"]] == ["x", "y", "color"]
    assert enc["color"]["scale"]["domain"] == ["a", "b"]
    assert line["params"][0]["bind"] == "scales"
    assert line["params"][0]["select"]["encodings"] == ["y"]  # a nominal x is not zoomed
    assert spec["data"]["values"][:2] == [
        {"x": "mon", "y": 1, "color": "a"},
        {"x": "tue", "y": 3, "color": "a"},
    ]


def test_bar_stack_and_orientation_and_scatter_sizes() -> None:
    grouped = spec_of(f'st.bar_chart({DF}, x="day", stack=False, horizontal=True)')
    assert grouped["encoding"]["y"]["field"] == "x" and grouped["encoding"]["x"]["field"] == "y"
    assert grouped["encoding"]["yOffset"]["field"] == "color"
    normalized = spec_of(f'st.area_chart({DF}, x="day", stack="normalize")')
    assert normalized["encoding"]["y"]["stack"] == "normalize"
    assert normalized["mark"]["type"] == "area"
    sized = spec_of(
        'st.scatter_chart(pd.DataFrame({"x": [1, 2], "y": [3, 4], "s": [5, 9]}), '
        'x="x", y="y", size="s")'
    )
    assert sized["encoding"]["size"]["field"] == "size" and sized["mark"]["type"] == "circle"
    assert [r["size"] for r in sized["data"]["values"]] == [5, 9]
    assert sized["params"][0]["select"]["encodings"] == ["x", "y"]


def test_dates_are_temporal_and_missing_values_are_null() -> None:
    spec = spec_of(
        'st.line_chart(pd.DataFrame({"t": pd.date_range("2024-01-01", periods=2), '
        '"v": [1.0, float("nan")]}), x="t")'
    )
    assert spec["layer"][0]["encoding"]["x"]["type"] == "temporal"
    assert [r["y"] for r in spec["data"]["values"]] == [1.0, None]
    assert spec["data"]["values"][0]["x"].startswith("2024-01-01")
