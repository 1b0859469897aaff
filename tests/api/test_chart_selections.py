"""Selections on st.echarts_chart and st.pydeck_chart in process: the charts become widgets with
``on_select``, a selection arrives as their front ends send it (a custom message ``{"event":
"selection", "value": {...}}``), is checked by the kernel, lands in session state under the key,
runs the callback before the rerun and is returned as Streamlit's state object; a malformed
or impossible selection is rejected and changes nothing."""

from __future__ import annotations

from typing import Any

from rerunner.render.diagrams import EChartsChart, MapChart

from tests.support.inprocess import Harness
from tests.support.reference import rerunner_error, streamlit_error

SCATTER = """
spec = {"xAxis": {}, "yAxis": {},
        "series": [{"type": "scatter", "id": "pts", "name": "Points", "selectedMode": "multiple",
                    "data": [[1, 2], [2, 3], [3, 1]]},
                   {"type": "line", "data": [[1, 1], [2, 2]]}],
        "brush": {"xAxisIndex": 0}}
"""

DECK = """
import pydeck as pdk
rows = [{"name": "a", "lon": 1.0, "lat": 2.0}, {"name": "b", "lon": 3.0, "lat": 4.0},
        {"name": "c", "lon": 5.0, "lat": 6.0}]
points = pdk.Layer("ScatterplotLayer", id="pts", data=rows, get_position="[lon, lat]",
                   pickable=True)
lines = pdk.Layer("PathLayer", id="paths", data=[{"path": [[0, 0], [1, 1]]}])
deck = pdk.Deck(layers=[points, lines])
"""


def send(widget: Any, value: Any) -> None:
    """What js/src/echarts_chart.js and js/src/map.js send when the user selects."""
    widget._handle_msg(
        {
            "content": {
                "data": {"method": "custom", "content": {"event": "selection", "value": value}}
            },
            "buffers": [],
        }
    )


def one(h: Harness, cls: type) -> Any:
    [widget] = [x for x in h.all() if isinstance(x, cls)]
    return widget


# --- echarts ---------------------------------------------------------------------------------


def test_an_echarts_selection_reaches_state_callback_and_return_value() -> None:
    h = Harness(
        SCATTER
        + """
calls = st.session_state.setdefault("calls", [])
event = st.echarts_chart(spec, on_select=lambda: calls.append(dict(st.session_state.chart)),
                         key="chart")
st.write(f"got {type(event).__name__} {type(event.selection).__name__} "
         f"{event.selection.selected!r} {event['selection']['areas']!r}")
"""
    )
    chart = one(h, EChartsChart)
    assert chart.selection_activated is True
    assert "got EChartsState EChartsSelectionState [] []" in h.text()
    selection = {
        "selected": [
            {
                "series_index": 0,
                "series_id": "pts",
                "series_name": "Points",
                "data_type": "main",
                "data_indices": [2, 0],
            }
        ],
        "areas": [{"brush_index": 0, "brush_type": "lineX", "coord_range": [0.5, 3.5]}],
    }
    send(chart, {"selection": selection})
    expected = {
        "selected": [{**selection["selected"][0], "data_indices": [0, 2]}],
        "areas": selection["areas"],
    }
    assert h.app.state["chart"] == {"selection": expected}
    # the callback ran before the rerun, with the new value already in session state
    assert h.app.state["calls"] == [{"selection": expected}]
    assert f"{expected['selected']!r}" in h.text()
    assert "[{&#x27;brush_index&#x27;: 0" in h.text() or "'brush_index': 0" in h.text()


def test_malformed_echarts_selections_are_rejected() -> None:
    h = Harness(
        SCATTER + 'calls = st.session_state.setdefault("calls", [])\n'
        'event = st.echarts_chart(spec, on_select=lambda: calls.append(1), key="c")'
    )
    chart = one(h, EChartsChart)
    before = h.app.state["c"]
    for bad in (
        {"selection": {"selected": [{"series_index": -1, "data_indices": [0]}]}},
        {"selection": {"selected": [{"series_index": 0, "data_indices": ["x"]}]}},
        {"selection": {"selected": [{"series_index": 0, "data_type": "leaf", "data_indices": []}]}},
        {"selection": {"areas": [{"brush_index": 0, "brush_type": "rect", "coord_range": [1]}]}},
        {"selection": {"areas": [{"brush_index": 0, "brush_type": "circle", "coord_range": []}]}},
        {"selection": "all"},
        {"nothing": 1},
    ):
        send(chart, bad)
    assert h.app.state["c"] == before
    assert h.app.state["calls"] == []  # no callback: nothing changed


def test_echarts_without_on_select_is_not_a_widget_and_keeps_its_key() -> None:
    h = Harness(SCATTER + 'st.echarts_chart(spec, key="plain")')
    chart = one(h, EChartsChart)
    assert chart.selection_activated is False
    assert "plain" not in h.app.state
    [el] = h.elements("echarts_chart")
    assert el.id is None and el.props.key == "plain"


def test_echarts_on_select_errors_are_streamlits() -> None:
    for script in (
        SCATTER + 'st.echarts_chart(spec, on_select="yes")',
        SCATTER + "st.echarts_chart(spec, on_select=3)",
        SCATTER + 'st.echarts_chart(spec, on_select="rerun", key="k")\n'
        'st.echarts_chart(spec, on_select="rerun", key="k")',
        SCATTER + 'with st.form("f"):\n    st.echarts_chart(spec, on_select=lambda: None)',
    ):
        assert rerunner_error(script) == streamlit_error(script), script


def test_echarts_brush_is_bundled_now() -> None:
    h = Harness(SCATTER + 'st.echarts_chart(spec, on_select="rerun")')
    assert not h.errors()


# --- pydeck ----------------------------------------------------------------------------------


def test_a_pydeck_click_selects_objects_of_pickable_layers() -> None:
    h = Harness(
        DECK
        + """
calls = st.session_state.setdefault("calls", [])
event = st.pydeck_chart(deck, on_select=lambda: calls.append(1), selection_mode="multi-object",
                        key="map")
st.write(f"got {type(event).__name__} {event.selection.indices!r} {event.selection.objects!r}")
"""
    )
    chart = one(h, MapChart)
    assert chart.selection_mode == "multi-object" and chart.selection == {}
    assert [layer["id"] for layer in chart.spec["layers"]] == ["pts", "paths"]
    assert "got PydeckState {} {}" in h.text()
    send(chart, {"selection": {"indices": {"pts": [2, 0]}}})
    objects = {
        "pts": [{"name": "c", "lon": 5.0, "lat": 6.0}, {"name": "a", "lon": 1.0, "lat": 2.0}]
    }
    assert h.app.state["map"] == {"selection": {"indices": {"pts": [2, 0]}, "objects": objects}}
    assert h.app.state["calls"] == [1]
    assert one(h, MapChart).selection == {"pts": [2, 0]}  # drawn highlighted
    # a layer that is not pickable (another is), an index past the data, an unknown layer
    for bad in (
        {"selection": {"indices": {"paths": [0]}}},
        {"selection": {"indices": {"pts": [3]}}},
        {"selection": {"indices": {"nope": [0]}}},
        {"selection": {"indices": {"pts": [True]}}},
        {"selection": {"indices": ["pts"]}},
    ):
        send(chart, bad)
    assert h.app.state["calls"] == [1]
    send(chart, {"selection": {"indices": {}}})
    assert h.app.state["map"] == {"selection": {"indices": {}, "objects": {}}}
    assert h.app.state["calls"] == [1, 1]
    assert one(h, MapChart).selection == {}


def test_single_object_mode_takes_one_object_and_every_layer_is_pickable_when_none_says() -> None:
    h = Harness(
        """
import pydeck as pdk
a = pdk.Layer("ScatterplotLayer", id="a", data=[{"p": [1, 2]}, {"p": [3, 4]}], get_position="p")
b = pdk.Layer("ScatterplotLayer", id="b", data=[{"p": [5, 6]}], get_position="p")
event = st.pydeck_chart(pdk.Deck(layers=[a, b]), on_select="rerun", key="m")
st.write("objects", event.selection.objects)
"""
    )
    chart = one(h, MapChart)
    assert chart.selection_mode == "single-object"
    send(chart, {"selection": {"indices": {"a": [0], "b": [0]}}})
    assert h.app.state["m"]["selection"]["indices"] == {}
    send(chart, {"selection": {"indices": {"b": [0]}}})
    assert h.app.state["m"]["selection"] == {
        "indices": {"b": [0]},
        "objects": {"b": [{"p": [5, 6]}]},
    }


def test_a_selection_follows_the_data_across_reruns() -> None:
    h = Harness(
        """
import pydeck as pdk
n = st.session_state.setdefault("n", 3)
rows = [{"i": i, "p": [i, i]} for i in range(n)]
layer = pdk.Layer("ScatterplotLayer", id="pts", data=rows, get_position="p")
event = st.pydeck_chart(pdk.Deck(layers=[layer]), on_select="rerun", key="m",
                        selection_mode="multi-object")
st.write("selected", event.selection.indices)
"""
    )
    send(one(h, MapChart), {"selection": {"indices": {"pts": [0, 2]}}})
    assert h.app.state["m"]["selection"]["indices"] == {"pts": [0, 2]}
    h.app.state["n"] = 2
    h.app.run()
    # index 2 is past the data's end now: dropped, as Streamlit's front end prunes it
    assert h.app.state["m"]["selection"] == {
        "indices": {"pts": [0]},
        "objects": {"pts": [{"i": 0, "p": [0, 0]}]},
    }


def test_pydeck_selection_errors_are_streamlits() -> None:
    for script in (
        DECK + 'st.pydeck_chart(deck, on_select="rerun", selection_mode="box")',
        DECK + 'st.pydeck_chart(deck, on_select="rerun", selection_mode=["single-object"])',
        DECK + 'st.pydeck_chart(deck, on_select="maybe")',
        DECK + 'st.pydeck_chart(deck, on_select="rerun", key="k")\n'
        'st.pydeck_chart(deck, on_select="rerun", key="k")',
        DECK + 'with st.form("f"):\n    st.pydeck_chart(deck, on_select=lambda: None)',
    ):
        assert rerunner_error(script) == streamlit_error(script), script
    # selection_mode is checked only with selections, as in Streamlit
    assert rerunner_error(DECK + 'st.pydeck_chart(deck, selection_mode="box")') is None


def test_a_deck_built_during_a_run_makes_no_pydeck_widget() -> None:
    from ipywidgets.widgets.widget import _instances

    before = set(_instances)
    h = Harness(
        DECK
        + 'has = hasattr(deck, "deck_widget")\nst.write(f"widget {has}")\nst.pydeck_chart(deck)'
    )
    assert "widget False" in h.text()
    made = [_instances[k] for k in set(_instances) - before]
    assert not [x for x in made if x._model_module == "@deck.gl/jupyter-widget"]
    # the deck's tooltip still reaches the map (pydeck keeps it on the deck too)
    h = Harness(
        DECK.replace(
            "deck = pdk.Deck(layers=[points, lines])",
            'deck = pdk.Deck(layers=[points, lines], tooltip={"text": "{name}"})',
        )
        + "st.pydeck_chart(deck)"
    )
    assert one(h, MapChart).spec["layers"][0]["tooltips"] == ["a", "b", "c"]
    # outside a run pydeck is left alone: an ordinary cell's deck.show() still has its widget
    import pydeck

    outside = pydeck.Deck(layers=[])
    assert hasattr(outside, "deck_widget")
    outside.deck_widget.close()
