"""A Plotly chart with selections in a real kernel: plotly.js crosses the wire once, as one
library model every chart names; a selection arrives as js/src/plotly.js sends it (a custom comm
message), lands in session state as Streamlit's ``PlotlyState``, runs the callback and reruns
the app; the SVG the front end writes into ``image`` reaches the cell's picture output."""

from __future__ import annotations

from tests.support.kernel_client import SESSION_STATE, KernelSession, new_cell_id

APP = """%%rerun
import plotly.graph_objects as go
fig = go.Figure(go.Scatter(x=[1, 2, 3], y=[3, 1, 2], mode="markers"))
calls = st.session_state.setdefault("calls", [])
st.plotly_chart(fig, alt="plain")
event = st.plotly_chart(fig, on_select=lambda: calls.append(1), key="chart",
                        selection_mode=["points", "box"])
st.write(f"selected {event.selection.point_indices!r} {type(event).__name__}")
"""


def pictures(exchange, msg_type: str) -> list[str]:
    return [
        m["content"]["data"]["text/html"]
        for m in exchange.of_type(msg_type)
        if "rr-chart-pictures" in m["content"]["data"].get("text/html", "")
    ]


def test_plotly_js_is_sent_once_and_a_selection_reruns_the_app(kernel: KernelSession) -> None:
    ran = kernel.run(APP, cell_id=new_cell_id())
    assert pictures(ran, "display_data") == ['<div class="rr-chart-pictures"></div>']
    charts = [m for m in kernel.live("AnyModel") if "selection_mode" in m.state]
    assert len(charts) == 2
    plain, chart = sorted(charts, key=lambda m: len(m.state["selection_mode"]))
    assert chart.state["selection_mode"] == ["box", "points"] and plain.state["alt"] == "plain"
    # one model holds plotly.js, and both charts name it
    libraries = [m for m in kernel.live() if len(str(m.state.get("text", ""))) > 1_000_000]
    assert len(libraries) == 1
    assert "plotly.js" in libraries[0].state["text"][:200]
    ref = f"IPY_MODEL_{libraries[0].comm_id}"
    assert plain.state["library"] == chart.state["library"] == ref
    assert "selected [] PlotlyState" in kernel.texts()

    point = {"curve_number": 0, "point_number": 1, "point_index": 1, "x": 2, "y": 1}
    value = {"selection": {"points": [point], "point_indices": [1], "box": [], "lasso": []}}
    exchange = kernel.send_custom(chart.comm_id, {"event": "selection", "value": value})
    assert not exchange.errors()
    assert "selected [1] PlotlyState" in kernel.texts()
    assert kernel.value(f"{SESSION_STATE}['chart']") == value
    assert kernel.value(f"len({SESSION_STATE}['calls'])") == 1
    # a rerun sends no second copy of plotly.js
    assert not [m for m in exchange.messages if len(str(m.get("content", ""))) > 1_000_000]

    svg = '<svg xmlns="http://www.w3.org/2000/svg"><rect width="2" height="2"/></svg>'
    drawn = kernel.send_update(chart.comm_id, {"image": svg})
    assert not drawn.errors()
    [shown] = pictures(drawn, "update_display_data")
    assert f'<figure class="rr-chart-picture">{svg}</figure>' in shown
