"""Selections on st.echarts_chart and st.pydeck_chart in a real kernel: each arrives as
js/src/echarts_chart.js and js/src/map.js send it (a custom comm message on the chart's
widget), lands in session state under the key as Streamlit's state object, runs the callback
before the rerun, and comes back to the front end (the map's ``selection`` trait); a forged
selection of an object that does not exist changes nothing. Building the pydeck ``Deck`` opens
no pydeck widget."""

from __future__ import annotations

from tests.support.kernel_client import SESSION_STATE, KernelSession, new_cell_id

APP = """%%rerun
import pydeck as pdk
calls = st.session_state.setdefault("calls", [])
spec = {"xAxis": {}, "yAxis": {},
        "series": [{"type": "scatter", "name": "Points", "selectedMode": "single",
                    "data": [[1, 2], [2, 3], [3, 1]]}]}
chart = st.echarts_chart(spec, on_select=lambda: calls.append("echarts"), key="chart")
st.write(f"echarts {chart.selection.selected!r}")
rows = [{"name": "Nord", "lon": 10.0, "lat": 50.0}, {"name": "Sud", "lon": 10.0, "lat": 45.0}]
layer = pdk.Layer("ScatterplotLayer", id="stations", data=rows, get_position="[lon, lat]",
                  get_radius=30, radius_units="pixels", pickable=True)
deck = st.pydeck_chart(pdk.Deck(layers=[layer]), on_select=lambda: calls.append("deck"),
                       selection_mode="multi-object", key="deck")
st.write(f"deck {deck.selection.indices!r} {[o['name'] for o in deck.selection.objects.get('stations', [])]}")
"""


def shown(kernel: KernelSession, text: str) -> bool:
    return any(text in t for t in kernel.texts())


def test_selections_from_the_front_ends_rerun_the_app(kernel: KernelSession) -> None:
    kernel.run(APP, cell_id=new_cell_id())
    [echarts] = [m for m in kernel.live("AnyModel") if "selection_activated" in m.state]
    [deck] = [m for m in kernel.live("AnyModel") if "selection_mode" in m.state]
    assert echarts.state["selection_activated"] is True
    assert deck.state["selection_mode"] == "multi-object" and deck.state["selection"] == {}
    assert [layer["selectable"] for layer in deck.state["spec"]["layers"]] == [True]
    assert shown(kernel, "echarts []") and shown(kernel, "deck {} []")
    # building the Deck opened no pydeck widget (a page has no front end for it)
    assert kernel.models and not [
        m
        for m in kernel.models.values()
        if m.state.get("_model_module") == "@deck.gl/jupyter-widget"
    ]

    picked = {
        "series_index": 0,
        "series_id": None,
        "series_name": "Points",
        "data_type": "main",
        "data_indices": [1],
    }
    value = {"selection": {"selected": [picked], "areas": []}}
    exchange = kernel.send_custom(echarts.comm_id, {"event": "selection", "value": value})
    assert not exchange.errors()
    assert shown(kernel, f"echarts {[picked]!r}")
    assert kernel.value(f"{SESSION_STATE}['chart']") == value
    assert kernel.value(f"{SESSION_STATE}['calls']") == ["echarts"]

    clicked = {"selection": {"indices": {"stations": [1, 0]}}}
    exchange = kernel.send_custom(deck.comm_id, {"event": "selection", "value": clicked})
    assert not exchange.errors()
    assert shown(kernel, "deck {'stations': [1, 0]} ['Sud', 'Nord']")
    assert kernel.value(f"{SESSION_STATE}['deck']['selection']['indices']") == {"stations": [1, 0]}
    assert kernel.value(f"{SESSION_STATE}['calls']") == ["echarts", "deck"]
    # the kernel's value goes back to the map, which draws it
    widgets = "__import__('ipywidgets').Widget.widgets"
    assert kernel.value(f"{widgets}[{deck.comm_id!r}].selection") == {"stations": [1, 0]}

    # a forged selection of an object that does not exist is rejected: nothing changes
    forged = {"selection": {"indices": {"stations": [7]}}}
    exchange = kernel.send_custom(deck.comm_id, {"event": "selection", "value": forged})
    assert not exchange.errors()
    assert kernel.value(f"{SESSION_STATE}['calls']") == ["echarts", "deck"]
    assert kernel.value(f"{SESSION_STATE}['deck']['selection']['indices']") == {"stations": [1, 0]}
