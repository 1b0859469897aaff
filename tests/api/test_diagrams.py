"""Diagrams and maps in process: what graphviz_chart, mermaid_chart, echarts_chart, map and
pydeck_chart send to their front ends, the libraries shared per kernel, and Streamlit's rules and
error texts (compared with Streamlit 1.67 run on the same script)."""

from __future__ import annotations

import json

import pytest

from rerunner.render import diagrams
from rerunner.render.vdom import SHARED
from rerunner.testing import AppTest

from tests.support.inprocess import Harness
from tests.support.reference import rerunner_error, streamlit_app, streamlit_error


def widgets(h: Harness, cls: type) -> list:
    return [x for x in h.all() if isinstance(x, cls)]  # anywidget subclasses each instance


# --- graphviz --------------------------------------------------------------------------------


def test_graphviz_sends_the_dot_source_and_sizes_to_its_widget() -> None:
    h = Harness(
        "st.graphviz_chart('digraph { a -> b }', width=300, height=200, alt='  ')\n"
        "st.graphviz_chart('graph { x -- y }', use_container_width=True, alt='Two nodes')"
    )
    first, second = widgets(h, diagrams.GraphvizChart)
    assert (first.dot, first.engine, first.width, first.height) == (
        "digraph { a -> b }", "dot", 300, 200,
    )  # fmt: skip
    assert first.alt == ""  # a blank alt is no alt, as in Streamlit
    assert (second.dot, second.width, second.alt) == ("graph { x -- y }", "stretch", "Two nodes")
    assert second.layout.width == "100%"


def test_the_graphviz_library_is_one_widget_per_kernel_shown_beside_each_chart() -> None:
    one = Harness("st.graphviz_chart('digraph { a }')\nst.graphviz_chart('graph { b }')")
    other = Harness("st.graphviz_chart('digraph { z }')", app_id="other")
    libraries = widgets(one, diagrams.GraphvizLibrary) + widgets(other, diagrams.GraphvizLibrary)
    assert len(libraries) == 3 and len({id(x) for x in libraries}) == 1
    assert libraries[0] is SHARED.pin(("library", "viz"), lambda: None)
    assert len(libraries[0]._esm) > 1_000_000  # Graphviz in WebAssembly, sent once
    assert len(diagrams.GraphvizChart._esm) < 10_000  # the chart's own module stays small
    assert widgets(one, diagrams.EChartsLibrary) == []  # a library travels only when used
    assert widgets(one, diagrams.MermaidLibrary) == []


def test_graphviz_objects_give_their_source_and_engine_as_in_streamlit() -> None:
    src = (
        "import graphviz\n"
        "g = graphviz.Digraph(engine='neato')\n"
        "g.edge('run', 'kernel')\n"
        "st.graphviz_chart(g)\n"
        "st.graphviz_chart(graphviz.Source('graph { x -- y }', engine='fdp'))"
    )
    first, second = widgets(Harness(src), diagrams.GraphvizChart)
    assert (first.engine, second.engine) == ("neato", "fdp")
    assert (
        "run -> kernel" in first.dot and second.dot == "graph { x -- y }\n"
    )  # as graphviz gives it
    ours = AppTest.from_string(src).run()
    theirs = streamlit_app(src)
    assert [n.type for n in ours.main.children.values()] == [
        n.type for n in theirs.main.children.values()
    ]
    assert [n.props.dot for n in ours.main.children.values()] == [
        n.proto.spec for n in theirs.main.children.values()
    ]


@pytest.mark.parametrize(
    "src",
    [
        "st.graphviz_chart(42)",
        "st.graphviz_chart('digraph {}', width='wide')",
        "st.graphviz_chart('digraph {}', height=0)",
    ],
)
def test_graphviz_errors_are_streamlits(src: str) -> None:
    expected = streamlit_error(src)
    assert expected is not None
    assert rerunner_error(src) == expected


# --- mermaid ---------------------------------------------------------------------------------


def test_mermaid_is_streamlits_markdown_element_and_sends_its_source_to_mermaid() -> None:
    src = "st.mermaid_chart('---\\ntitle: Flow\\n---\\nflowchart LR\\n  A[Go] -->|ok| B((End))', alt='Flow')"
    ours = AppTest.from_string(src).run()
    theirs = streamlit_app(src)
    assert (
        [n.type for n in ours.main.children.values()]
        == [n.type for n in theirs.main.children.values()]
        == ["markdown"]
    )
    assert ours.markdown[0].value == theirs.markdown[0].value
    assert "%% stAlt: Flow" in ours.markdown[0].value
    (chart,) = widgets(Harness(src), diagrams.MermaidChart)
    assert chart.source == (
        "---\ntitle: Flow\n---\n%% stAlt: Flow\nflowchart LR\n  A[Go] -->|ok| B((End))"
    )
    assert (chart.alt, chart.width) == ("Flow", "stretch")


def test_every_mermaid_diagram_type_goes_to_mermaid_and_its_library_once_per_kernel() -> None:
    one = Harness(
        "st.mermaid_chart('sequenceDiagram\\n  A->>B: hi', width=300)\n"
        "st.mermaid_chart('pie title Pets\\n  \"Dogs\" : 3\\n  \"Cats\" : 2', width='content')\n"
        "st.mermaid_chart('mindmap\\n  root((a))\\n    b')"
    )
    other = Harness("st.mermaid_chart('gitGraph\\n  commit')", app_id="other")
    charts = widgets(one, diagrams.MermaidChart)
    assert [c.source.split(None, 1)[0] for c in charts] == ["sequenceDiagram", "pie", "mindmap"]
    assert [c.width for c in charts] == [300, "content", "stretch"]
    libraries = widgets(one, diagrams.MermaidLibrary) + widgets(other, diagrams.MermaidLibrary)
    assert len(libraries) == 4 and len({id(x) for x in libraries}) == 1
    assert len(libraries[0].code) > 3_000_000  # Mermaid, sent once per kernel
    assert len(libraries[0]._esm) < 1_000  # its loader
    assert len(diagrams.MermaidChart._esm) < 10_000
    assert widgets(one, diagrams.GraphvizLibrary) == []  # Mermaid no longer needs Graphviz


def test_a_diagram_mermaid_cannot_parse_is_no_error_in_the_kernel_as_in_streamlit() -> None:
    src = "st.mermaid_chart('graph TD\\n  A --> ]')\nst.mermaid_chart('notADiagram\\n  x')"
    assert streamlit_error(src) is None
    assert rerunner_error(src) is None  # the front end shows Mermaid's message in its place
    assert len(widgets(Harness(src), diagrams.MermaidChart)) == 2


def test_mermaid_fence_outgrows_backticks_in_the_body_as_streamlits_does() -> None:
    src = "st.mermaid_chart('graph TD\\n  A[\"`a ````b`\"] --> B')"
    assert AppTest.from_string(src).run().markdown[0].value == streamlit_app(src).markdown[0].value


@pytest.mark.parametrize(
    ("body", "what"),
    [
        ("flowchart-elk TD\\n  A --> B", "the ELK layout"),
        ("---\\nconfig:\\n  layout: elk\\n---\\nflowchart TD\\n  A --> B", "the ELK layout"),
        ('%%{init: {"layout": "elk"}}%%\\ngraph TD\\n  A --> B', "the ELK layout"),
        ('graph TD\\n  A["$$x^2$$"] --> B', "math"),
    ],
)
def test_the_parts_of_mermaid_left_out_of_the_bundle_are_refused_by_name(
    body: str, what: str
) -> None:
    assert streamlit_error(f"st.mermaid_chart('{body}')") is None  # Streamlit draws them
    error = rerunner_error(f"st.mermaid_chart('{body}')")
    assert error is not None and error.startswith(f"`st.mermaid_chart`: {what}")
    assert "not supported in rerunner" in error


# --- echarts ---------------------------------------------------------------------------------

OPTION = "{'xAxis': {'type': 'category'}, 'yAxis': {}, 'series': [{'type': 'bar', 'data': [1, 2]}]}"


def test_echarts_sends_the_option_as_json_with_streamlits_default_sizes() -> None:
    h = Harness(
        f"st.echarts_chart({OPTION}, renderer='svg', theme=None, alt='Bars')\n"
        f"st.echarts_chart(__import__('json').dumps({OPTION}), width='content', height='stretch')"
    )
    first, second = widgets(h, diagrams.EChartsChart)
    assert json.loads(first.spec)["series"] == [{"type": "bar", "data": [1, 2]}]
    assert (first.renderer, first.theme, first.alt) == ("svg", None, "Bars")
    assert (first.width, first.height) == ("stretch", 350)
    assert (second.width, second.height) == (700, "stretch")
    assert len(widgets(h, diagrams.EChartsLibrary)) == 2  # one model, shown beside each chart


def test_echarts_dataframe_dataset_becomes_rows_and_dimensions() -> None:
    h = Harness(
        "import pandas as pd\n"
        "df = pd.DataFrame({'day': ['Mon', 'Tue'], 'n': [3, None], "
        "'t': pd.to_timedelta([1.5, None], unit='s')}, index=[7, 8])\n"
        "st.echarts_chart({'dataset': {'source': df}, 'xAxis': {'type': 'category'}, "
        "'yAxis': {}, 'series': [{'type': 'bar'}]})\n"
        "st.echarts_chart({'dataset': {'source': df, 'dimensions': ['a', 'b', 'c']}})"
    )
    first, second = widgets(h, diagrams.EChartsChart)
    assert json.loads(first.spec)["dataset"] == {
        "source": [["Mon", 3.0, 1500.0], ["Tue", None, None]],  # no index; durations in ms
        "dimensions": ["day", "n", "t"],
    }
    assert json.loads(second.spec)["dataset"]["dimensions"] == ["a", "b", "c"]


@pytest.mark.parametrize(
    "src",
    [
        "st.echarts_chart({'series': [{'type': 'scatter3D'}]})",
        "st.echarts_chart({'grid3D': {}})",
        "st.echarts_chart({'series': [{'type': 'wordCloud'}]})",
        "st.echarts_chart({'series': [{'type': 'custom'}]})",
        "st.echarts_chart({'series': [{'type': 'map'}]})",
        'st.echarts_chart(\'{"tooltip": {"formatter": function (p) { return p; }}}\')',
        "st.echarts_chart('{not json')",
        "st.echarts_chart({'series': [{'type': 'bar', 'data': [float('nan')]}]})",
        "import numpy as np\nst.echarts_chart({'series': [{'type': 'bar', 'data': [np.int64(3)]}]})",
        "st.echarts_chart([1, 2])",
        "st.echarts_chart('[1, 2]')",
        "st.echarts_chart({}, theme='dark')",
        "st.echarts_chart({}, renderer='webgl')",
        "st.echarts_chart({'media': 3})",
    ],
)
def test_echarts_errors_are_streamlits(src: str) -> None:
    expected = streamlit_error(src)
    assert expected is not None
    assert rerunner_error(src) == expected


def test_echarts_parts_left_out_of_the_build_are_refused_by_name() -> None:
    assert rerunner_error("st.echarts_chart({'timeline': {}, 'series': []})") == (
        "`st.echarts_chart`: the `timeline` component is not in rerunner's ECharts build yet."
    )
    assert "`themeRiver` series" in rerunner_error(
        "st.echarts_chart({'series': [{'type': 'themeRiver'}]})"
    )


# --- st.map ----------------------------------------------------------------------------------


def _deck_json(at) -> dict:
    (node,) = [n for n in at.main.children.values() if n.type == "deck_gl_json_chart"]
    return json.loads(node.proto.json if hasattr(node, "proto") else node.props.json)


@pytest.mark.parametrize(
    "src",
    [
        "st.map(pd.DataFrame({'lat': [1.0, 2.5], 'lon': [3.0, 4.0]}))",
        "st.map(pd.DataFrame({'LATITUDE': [50.0, 50.01], 'LONGITUDE': [4.0, 4.02], "
        "'c': ['#ff000080', '#00f'], 's': [5, 9]}), color='c', size='s')",
        "st.map(pd.DataFrame({'y': [1.0], 'x': [2.0]}), latitude='y', longitude='x', "
        "color=(0.5, 0.2, 1.0), size=30, zoom=4)",
        "st.map({'lat': [10, 20], 'lon': [30, 40]}, color='#abc')",
        "st.map()",
        "st.map(pd.DataFrame())",
    ],
)
def test_map_builds_streamlits_deck_json(src: str) -> None:
    src = "import pandas as pd\n" + src
    theirs = streamlit_app(src)
    ours = AppTest.from_string(src).run()
    assert (
        [n.type for n in ours.main.children.values()]
        == [n.type for n in theirs.main.children.values()]
        == ["deck_gl_json_chart"]
    )
    assert _deck_json(ours) == _deck_json(theirs)


def test_map_layers_are_resolved_to_coordinates_sizes_and_colours() -> None:
    h = Harness(
        "import pandas as pd\n"
        "st.map(pd.DataFrame({'lat': [1.0, 2.0], 'lon': [3.0, 4.0], 'c': ['#ff0000', '#00ff00'], "
        "'s': [10, 20]}), color='c', size='s', height=300, alt='Two')\n"
        "st.map(pd.DataFrame({'lat': [1.0], 'lon': [3.0]}))"
    )
    first, second = widgets(h, diagrams.MapChart)
    layer = first.spec["layers"][0]
    assert first.spec["view"] == {"latitude": 1.5, "longitude": 3.5, "zoom": 8.0}
    assert layer["positions"] == [[3.0, 1.0], [4.0, 2.0]]
    assert (layer["radius"], layer["radius_each"], layer["radius_min_pixels"]) == (
        [10, 20],
        True,
        3,
    )
    assert layer["fill"] == [[255, 0, 0, 255], [0, 255, 0, 255]]
    assert (first.height, first.width, first.alt) == (300, "stretch", "Two")
    assert second.spec["layers"][0]["fill"] == [255, 75, 75, 160]  # "primary"
    assert second.spec["view"]["zoom"] == 12  # one point: Streamlit's default zoom


@pytest.mark.parametrize(
    "src",
    [
        "st.map(pd.DataFrame({'x': [1.0], 'lon': [2.0]}))",
        "st.map(pd.DataFrame({'lat': [1.0], 'y': [2.0]}))",
        "st.map(pd.DataFrame({'lat': [1.0, None], 'lon': [2.0, 3.0]}))",
        "st.map(pd.DataFrame({'lat': [1.0], 'lon': [2.0], 'c': ['red']}), color='c')",
        "st.map(pd.DataFrame({'lat': [1.0], 'lon': [2.0]}), color='nope')",
        "st.map(pd.DataFrame({'lat': [1.0], 'lon': [2.0]}), width='content')",
        "st.map(pd.DataFrame({'lat': [1.0], 'lon': [2.0]}), height='content')",
    ],
)
def test_map_errors_are_streamlits(src: str) -> None:
    src = "import pandas as pd\n" + src
    expected = streamlit_error(src)
    assert expected is not None
    assert rerunner_error(src) == expected


# --- st.pydeck_chart -------------------------------------------------------------------------

DECK = """
import pydeck as pdk
import pandas as pd
points = pd.DataFrame({"lon": [1.0, 2.0], "lat": [3.0, 4.0], "n": [1, 2]})
paths = [{"path": [[0, 0], [1, 1], [2, 0]], "color": [255, 0, 0]}]
shapes = [{"polygon": [[0, 0], [1, 0], [1, 1]], "h": 2}]
lines = [{"a": [0, 0], "b": [5, 5]}]
layers = [
    pdk.Layer("ScatterplotLayer", data=points, get_position="[lon, lat]", get_radius="n * 10",
              get_fill_color=[200, 30, 0, 160], radius_min_pixels=2, stroked=True),
    pdk.Layer("PathLayer", data=paths, get_path="path", get_color="color", width_min_pixels=3),
    pdk.Layer("PolygonLayer", data=shapes, get_polygon="polygon", get_fill_color="[0, 0, h * 100]"),
    pdk.Layer("LineLayer", data=lines, get_source_position="a", get_target_position="b",
              get_width=4, opacity=0.5),
]
view = pdk.ViewState(latitude=3.5, longitude=1.5, zoom=6, pitch=30)
st.pydeck_chart(pdk.Deck(layers=layers, initial_view_state=view), height=400, alt="Deck")
"""


def test_pydeck_layers_are_resolved_for_the_map() -> None:
    h = Harness(DECK)
    (chart,) = widgets(h, diagrams.MapChart)
    scatter, path, polygon, line = chart.spec["layers"]
    assert chart.spec["view"] == {"latitude": 3.5, "longitude": 1.5, "zoom": 6.0}
    assert scatter["positions"] == [[1.0, 3.0], [2.0, 4.0]]
    assert scatter["radius"] == [10.0, 20.0] and scatter["stroked"] is True
    assert (scatter["fill"], scatter["fill_each"]) == ([200, 30, 0, 160], False)
    assert path["paths"] == [[[0.0, 0.0], [1.0, 1.0], [2.0, 0.0]]]
    assert (path["color"], path["width_units"], path["width_min_pixels"]) == (
        [[255, 0, 0]],
        "meters",
        3,
    )
    assert polygon["polygons"] == [[[[0.0, 0.0], [1.0, 0.0], [1.0, 1.0]]]]
    assert polygon["fill"] == [[0, 0, 200]]
    assert line["paths"] == [[[0.0, 0.0], [5.0, 5.0]]]
    assert (line["width"], line["width_units"], line["opacity"]) == (4.0, "pixels", 0.5)
    assert (chart.height, chart.alt) == (400, "Deck")


def test_pydeck_shows_as_streamlits_deck_gl_json_chart() -> None:
    at = AppTest.from_string("import pydeck as pdk\nst.pydeck_chart(pdk.Deck())").run()
    assert [n.type for n in at.main.children.values()] == ["deck_gl_json_chart"]
    assert at.main[0].value is None
    empty = AppTest.from_string("st.pydeck_chart()").run()
    assert json.loads(empty.main[0].props.json) == {
        "initialViewState": {"latitude": 0, "longitude": 0, "pitch": 0, "zoom": 1}
    }


def test_pydeck_layer_types_and_data_rerunner_cannot_draw_are_refused_by_name() -> None:
    hexagons = "import pydeck as pdk\nst.pydeck_chart(pdk.Deck(layers=[pdk.Layer('HexagonLayer', data=[])]))"
    assert rerunner_error(hexagons) == (
        "`st.pydeck_chart`: the deck.gl layer type `HexagonLayer` is not supported by rerunner; "
        "it draws ScatterplotLayer, LineLayer, PathLayer, PolygonLayer."
    )
    url = (
        "import pydeck as pdk\nst.pydeck_chart(pdk.Deck(layers=[pdk.Layer('ScatterplotLayer', "
        "data='https://example.com/points.json')]))"
    )
    assert "layer data given as a URL" in rerunner_error(url)
    calls = (
        "import pydeck as pdk\nst.pydeck_chart(pdk.Deck(layers=[pdk.Layer('ScatterplotLayer', "
        "data=[{'p': [1, 2]}], get_position='f(p)')]))"
    )
    assert "The deck.gl accessor `f(p)` is not supported by rerunner" in rerunner_error(calls)
    missing = (
        "import pydeck as pdk\nst.pydeck_chart(pdk.Deck(layers=[pdk.Layer('ScatterplotLayer', "
        "data=[{'p': [1, 2]}], get_position='q')]))"
    )
    assert rerunner_error(missing) == (
        "The deck.gl accessor `q` reads the field `q`, which the layer's data does not have."
    )


@pytest.mark.parametrize(
    "src",
    [
        "st.pydeck_chart(None, width='content')",
        "st.pydeck_chart(None, height=-3)",
    ],
)
def test_pydeck_errors_are_streamlits(src: str) -> None:
    expected = streamlit_error(src)
    assert expected is not None
    assert rerunner_error(src) == expected


def test_an_echarts_key_is_streamlits_identity_class_and_duplicate_error() -> None:
    src = f"st.echarts_chart({OPTION}, key='sales')"
    ours = AppTest.from_string(src).run()
    theirs = streamlit_app(src)
    assert ours.main.children[0].key == theirs.main.children[0].key == "sales"
    assert ours.get_by_key("sales").type == "echarts_chart"
    (box,) = [x for x in Harness(src).all() if "rr-diagram" in getattr(x, "_dom_classes", ())]
    assert "st-key-sales" in box._dom_classes
    twice = f"st.echarts_chart({OPTION}, key='k')\nst.echarts_chart({OPTION}, key='k')"
    assert rerunner_error(twice) == streamlit_error(twice) is not None
    assert rerunner_error(f"st.echarts_chart({OPTION}, key='k')\nst.button('b', key='k')") == (
        streamlit_error(f"st.echarts_chart({OPTION}, key='k')\nst.button('b', key='k')")
    )


def test_pydeck_tooltips_are_filled_in_per_object_of_pickable_layers() -> None:
    h = Harness(
        "import pydeck as pdk\n"
        "rows = [{'p': [1, 2], 'name': 'Nord', 'properties': {'kind': 'gare'}}, {'p': [3, 4], 'name': 'Sud'}]\n"
        "picked = pdk.Layer('ScatterplotLayer', data=rows, get_position='p', pickable=True)\n"
        "plain = pdk.Layer('ScatterplotLayer', data=rows, get_position='p')\n"
        "st.pydeck_chart(pdk.Deck(layers=[picked, plain], "
        "tooltip={'text': '{name} ({kind}) {missing}', 'style': {'color': 'red'}}))\n"
        "st.pydeck_chart(pdk.Deck(layers=[picked], "
        "tooltip={'html': '<b>{name}</b><img src=x onerror=alert(1)><script>x()</script>'}))\n"
        "st.pydeck_chart(pdk.Deck(layers=[picked], tooltip=True))"
    )
    text, html, default = widgets(h, diagrams.MapChart)
    picked, plain = text.spec["layers"]
    assert picked["tooltips"] == ["Nord (gare) {missing}", "Sud ({kind}) {missing}"]
    assert (picked["tooltip_html"], picked["tooltip_style"]) == (False, {"color": "red"})
    assert "tooltips" not in plain  # not pickable: no tooltip, as in deck.gl
    (layer,) = html.spec["layers"]
    assert layer["tooltip_html"] and layer["tooltips"][1].startswith("<b>Sud</b>")
    assert "onerror" not in layer["tooltips"][0] and "<script" not in layer["tooltips"][0]
    assert "tooltips" not in default.spec["layers"][0]  # tooltip=True: Streamlit shows none


def test_pydeck_units_written_as_strings_are_units() -> None:
    h = Harness(
        "import pydeck as pdk\n"
        "a = pdk.Layer('ScatterplotLayer', data=[{'p': [1, 2]}], get_position='p', radius_units='pixels')\n"
        "b = pdk.Layer('PathLayer', data=[], width_units=\"'common'\")\n"
        "st.pydeck_chart(pdk.Deck(layers=[a, b]))"
    )
    (chart,) = widgets(h, diagrams.MapChart)
    assert [chart.spec["layers"][0]["radius_units"], chart.spec["layers"][1]["width_units"]] == [
        "pixels",
        "common",
    ]
