"""st.plotly_chart in process: the figure drawn by the Plotly widget (render/plotly.py) with
the sizes Streamlit resolves, one plotly.js model shared by every chart, and selections as the
front end sends them (a custom message ``{"event": "selection", "value": {"selection": ...}}``)
reaching session state, the return value and the callback; Streamlit's errors for bad input."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import ipywidgets as w
import plotly
import pytest

from rerunner.api.frontend_charts import PlotlySelectionState, PlotlyState
from rerunner.render.plotly import PlotlyChart, PlotlyLibrary

from tests.support.inprocess import Harness
from tests.support.reference import rerunner_error, streamlit_error

FIG = """
import plotly.graph_objects as go
fig = go.Figure(go.Scatter(x=[1, 2, 3], y=[4, 6, 5], mode="markers"))
"""

POINT = {
    "curve_number": 0,
    "point_number": 1,
    "point_index": 1,
    "x": 2,
    "y": 6,
}


def charts(h: Harness) -> list[PlotlyChart]:
    return [x for x in h.all() if isinstance(x, PlotlyChart)]


def select(widget: PlotlyChart, value: Any) -> None:
    """What js/src/plotly.js sends when the user selects."""
    widget._handle_msg(
        {
            "content": {
                "data": {"method": "custom", "content": {"event": "selection", "value": value}}
            },
            "buffers": [],
        }
    )


def selection(points=(), indices=(), box=(), lasso=()) -> dict[str, Any]:
    return {
        "selection": {
            "points": list(points),
            "point_indices": list(indices),
            "box": list(box),
            "lasso": list(lasso),
        }
    }


def test_figures_reach_the_widget_with_streamlits_sizes_and_one_shared_plotly_js() -> None:
    h = Harness(
        FIG
        + """
st.plotly_chart(fig)
st.plotly_chart({"data": [{"type": "bar", "y": [3, 1]}], "layout": {"width": 420, "height": 260}},
                width="content", height="content", theme=None, config={"displayModeBar": False})
st.plotly_chart(fig, width=300, height=200, alt="  ", key="sized")
st.plotly_chart(fig, use_container_width=False, height="stretch", alt="Three points")
"""
    )
    assert h.errors() == []
    first, bars, sized, narrow = charts(h)
    assert first.spec["data"][0]["y"] == [4, 6, 5] and first.spec["data"][0]["type"] == "scatter"
    assert (first.width, first.height, first.theme, first.alt) == (
        "stretch",
        450,
        "streamlit",
        None,
    )
    assert first.selection_mode == [] and first.config == {}
    assert (bars.width, bars.height, bars.theme) == (420, 260, "")  # the figure's own size
    assert bars.config == {"displayModeBar": False}
    assert (sized.width, sized.height, sized.alt) == (300, 200, None)  # a blank alt is none
    assert "st-key-sized" in sized._dom_classes and "st-key-sized" not in first._dom_classes
    assert (narrow.width, narrow.height, narrow.alt) == (700, "stretch", "Three points")
    assert narrow.layout.width == "700px" and narrow.layout.height == "100%"
    # plotly.js travels once: every chart names the one library model, holding the package's file
    libraries = {id(c.library) for c in charts(h)}
    assert len(libraries) == 1 and isinstance(first.library, PlotlyLibrary)
    shipped = Path(plotly.__file__).parent / "package_data" / "plotly.min.js"
    assert first.library.text == shipped.read_text("utf-8")
    assert [el.props.chart for el in h.elements("display")] == []


def test_a_selection_from_the_front_end_updates_state_the_return_value_and_the_callback() -> None:
    h = Harness(
        FIG
        + """
def picked():
    st.session_state.calls = st.session_state.get("calls", 0) + 1
event = st.plotly_chart(fig, on_select=picked, key="sel")
st.write("indices", event.selection.point_indices, "boxes", len(event["selection"]["box"]))
st.write("calls", st.session_state.get("calls", 0), type(event).__name__,
         type(event.selection).__name__)
"""
    )
    [widget] = charts(h)
    assert widget.selection_mode == ["box", "lasso", "points"]
    assert h.app.state["sel"] == selection() and json.loads(widget.selection) == selection()
    assert isinstance(h.app.state["sel"], PlotlyState)
    box = {"xref": "x", "yref": "y", "x": [1.5, 2.5], "y": [3, 7]}
    select(widget, selection([POINT], [1], [box]))
    assert h.app.state["sel"] == selection([POINT], [1], [box])
    assert h.app.state["calls"] == 1
    # the front end compares its next selection with the kernel's (only a change is sent)
    assert json.loads(widget.selection) == selection([POINT], [1], [box])
    text = h.text()
    assert "PlotlyState" in text and "PlotlySelectionState" in text
    event = h.app.state["sel"]
    assert isinstance(event.selection, PlotlySelectionState)
    assert event.selection.points[0]["x"] == 2 and event.selection.box[0]["x"] == [1.5, 2.5]
    with pytest.raises(TypeError, match="read-only"):
        event.selection["points"] = []
    select(widget, selection())  # a double click: the empty selection
    assert h.app.state["sel"] == selection() and h.app.state["calls"] == 2


def test_selection_mode_reaches_the_front_end_and_a_forged_message_is_emptied() -> None:
    h = Harness(
        FIG + 'ev = st.plotly_chart(fig, on_select="rerun", selection_mode=("lasso", "box"))\n'
    )
    [widget] = charts(h)
    assert widget.selection_mode == ["box", "lasso"]
    [el] = h.elements("plotly_chart")
    select(widget, {"selection": {"points": "all", "box": None, "lasso": [{"x": [1], "y": [2]}]}})
    assert h.app.state[el.id] == selection(lasso=[{"x": [1], "y": [2]}])
    runs = h.app.run_count
    select(widget, "nonsense")  # not a selection object: no rerun
    assert h.app.run_count == runs


def test_a_chart_without_selections_ignores_messages() -> None:
    h = Harness(FIG + "st.plotly_chart(fig)\n")
    [widget] = charts(h)
    select(widget, selection([POINT], [1]))
    [el] = h.elements("plotly_chart")
    assert el.id is None and h.app.run_count == 1


def test_a_changed_figure_is_a_new_chart_whose_selection_starts_empty() -> None:
    h = Harness(
        FIG
        + """
if st.session_state.get("more"):
    fig.add_scatter(x=[1], y=[1])
ev = st.plotly_chart(fig, on_select="rerun", key="k")
st.write("points", len(ev.selection.points))
"""
    )
    [widget] = charts(h)
    select(widget, selection([POINT], [1]))
    assert "points" in h.text() and len(h.app.state["k"]["selection"]["points"]) == 1
    h.app.state["more"] = True
    h.app.run()
    assert len(h.app.state["k"]["selection"]["points"]) == 0


@pytest.mark.parametrize(
    "call",
    [
        'st.plotly_chart(fig, on_select="rerun", selection_mode="drag")',
        'st.plotly_chart(fig, on_select="rerun", selection_mode=["points", "circle"])',
        'st.plotly_chart(fig, on_select="yes")',
        "st.plotly_chart(fig, on_select=None)",
        'st.plotly_chart(fig, theme="dark")',
        'st.plotly_chart(fig, width="wide")',
        "st.plotly_chart(fig)\nst.plotly_chart(fig)",
        'st.plotly_chart(fig, key="a")\nst.write("x")\nst.plotly_chart(fig, key="a", height=300)',
        'st.session_state.k = 1\nst.plotly_chart(fig, on_select="rerun", key="k")',
        "with st.form('f'):\n    st.plotly_chart(fig, on_select=lambda: None)\n"
        "    st.form_submit_button()",
        "st.plotly_chart('x')",
    ],
)
def test_bad_input_gives_streamlits_error(call: str) -> None:
    src = FIG + call
    expected = streamlit_error(src)
    assert expected is not None
    assert rerunner_error(src) == expected


def test_in_a_form_the_selection_waits_for_the_submit_button() -> None:
    h = Harness(
        FIG
        + """
with st.form("f"):
    ev = st.plotly_chart(fig, on_select="rerun", key="k")
    st.form_submit_button("Go")
st.write("n", len(ev.selection.points))
"""
    )
    [widget] = charts(h)
    runs = h.app.run_count
    select(widget, selection([POINT], [1]))
    assert h.app.run_count == runs and h.app.state["k"] == selection()
    [button] = [x for x in h.all() if isinstance(x, w.Button) and x.description == "Go"]
    h.click(button)
    assert h.app.run_count == runs + 1 and h.app.state["k"] == selection([POINT], [1])
