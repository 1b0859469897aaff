"""A Vega-Lite chart with selections in a real kernel: a selection arrives as js/src/vega.js
sends it (a custom comm message), lands in session state as Streamlit's selection object, runs
the callback and reruns the app; the SVG the front end writes into ``image`` stays in the kernel
across reruns, and reaches the notebook as the cell's picture output (``ChartPictures``)."""

from __future__ import annotations

import nbformat
from nbconvert import HTMLExporter

from tests.support.kernel_client import SESSION_STATE, KernelSession, new_cell_id

APP = """%%rerun
import altair as alt, pandas as pd
df = pd.DataFrame({"a": [1, 2, 3], "b": [3, 1, 2]})
chart = alt.Chart(df).mark_point().encode(x="a", y="b").add_params(
    alt.selection_point(name="p", fields=["a"]), alt.selection_interval(name="q"))
calls = st.session_state.setdefault("calls", [])
event = st.altair_chart(chart, on_select=lambda: calls.append(1), key="chart",
                        selection_mode=["p"])
st.write(f"selected {event.selection.p!r} {type(event).__name__}")
"""


def pictures(exchange, msg_type: str) -> list[str]:
    return [
        m["content"]["data"]["text/html"]
        for m in exchange.of_type(msg_type)
        if "rr-chart-pictures" in m["content"]["data"].get("text/html", "")
    ]


def test_a_selection_from_the_front_end_reruns_the_app(kernel: KernelSession) -> None:
    ran = kernel.run(APP, cell_id=new_cell_id())
    # the cell's second output: the charts' pictures, empty until the browser has drawn them
    assert pictures(ran, "display_data") == ['<div class="rr-chart-pictures"></div>']
    [chart] = [m for m in kernel.live("AnyModel") if "selection_params" in m.state]
    assert chart.state["selection_params"] == ["p"]
    assert chart.state["spec"]["mark"]["type"] == "point"
    assert "selected {} VegaLiteState" in kernel.texts()

    value = {"selection": {"p": [{"a": 2}]}}
    exchange = kernel.send_custom(chart.comm_id, {"event": "selection", "value": value})
    assert not exchange.errors()
    assert "selected [{'a': 2}] VegaLiteState" in kernel.texts()
    assert kernel.value(f"{SESSION_STATE}['chart']") == value
    assert kernel.value(f"len({SESSION_STATE}['calls'])") == 1

    # the picture the front end drew: kept by the kernel, untouched by the next rerun
    svg = '<svg xmlns="http://www.w3.org/2000/svg"><circle r="2"/></svg>'
    drawn = kernel.send_update(chart.comm_id, {"image": svg})
    assert not drawn.errors()
    [shown] = pictures(drawn, "update_display_data")
    assert (
        shown
        == f'<div class="rr-chart-pictures"><figure class="rr-chart-picture">{svg}</figure></div>'
    )
    exchange = kernel.send_custom(chart.comm_id, {"event": "selection", "value": {"selection": {}}})
    assert not exchange.errors()
    assert "selected {} VegaLiteState" in kernel.texts()
    # saved as a front end saves the cell (the update applied by display_id) and exported with
    # nbconvert: the page shows the picture, with no widget state and nothing fetched
    outputs = [nbformat.v4.output_from_msg(m) for m in ran.of_type("display_data")]
    display_id = [
        m["content"]["transient"]["display_id"]
        for m in ran.of_type("display_data")
        if "rr-chart-pictures" in m["content"]["data"].get("text/html", "")
    ][0]
    for output, msg in zip(outputs, ran.of_type("display_data"), strict=True):
        if msg["content"].get("transient", {}).get("display_id") == display_id:
            output["data"]["text/html"] = shown
    cell = nbformat.v4.new_code_cell(APP, outputs=outputs)
    body, _ = HTMLExporter().from_notebook_node(nbformat.v4.new_notebook(cells=[cell]))
    assert '<figure class="rr-chart-picture"><svg xmlns="http://www.w3.org/2000/svg">' in body
    assert ".rr-chart-pictures" not in body  # the stylesheet that hides it lives in the widgets

    widgets = "__import__('ipywidgets').Widget.widgets"
    assert kernel.value(f"{widgets}[{chart.comm_id!r}].image") == svg
    assert kernel.value(f"len({SESSION_STATE}['calls'])") == 2
