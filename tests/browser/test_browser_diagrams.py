"""Diagrams and maps drawn as drawings, offline, in a real Voila page in chromium.

Requests to any host but 127.0.0.1 are aborted (``tests/support/browser.py``); the test also
records every request and fails if any non-local one came from anything but Voila's own page
(which asks a CDN for Font Awesome), so the libraries can only be the ones the kernel sent.
Each chart must be a drawing, not its source: a Graphviz SVG with nodes and their labels, a
Mermaid flowchart drawn by Mermaid (every kind: ``test_browser_mermaid.py``), an ECharts canvas with coloured pixels and an SVG one with
paths, and a map canvas with the points' colour in it, which moves when dragged.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any
from urllib.parse import urlparse

import nbformat
from nbformat.v4 import new_code_cell, new_notebook
from playwright.sync_api import expect

from tests.support.app_page import AppPage, open_lab_notebook, open_voila_app, page_errors
from tests.support.browser import Server, write_notebook

APP = """
import pandas as pd
st.graphviz_chart("digraph { alpha -> beta; beta -> gamma }", alt="Greek letters")
st.mermaid_chart('''flowchart LR
    Start[Start here] --> Check{Working?}
    Check -->|Yes| Done((Done))
''')
st.echarts_chart({
    "xAxis": {"type": "category", "data": ["a", "b", "c"]},
    "yAxis": {"type": "value"},
    "series": [{"type": "bar", "data": [3, 7, 5], "itemStyle": {"color": "#00aa00"}}],
}, height=300)
st.echarts_chart({"series": [{"type": "pie", "data": [{"value": 1, "name": "x"},
                  {"value": 2, "name": "y"}]}]}, renderer="svg", height=250)
st.map(pd.DataFrame({"lat": [48.85, 48.86, 48.87], "lon": [2.35, 2.34, 2.36]}),
       color="#0000ff", size=200, height=300)
import pydeck as pdk
stations = [{"lon": 10.0, "lat": 50.0, "name": "Nord"}]
st.pydeck_chart(pdk.Deck(
    layers=[pdk.Layer("ScatterplotLayer", data=stations, get_position="[lon, lat]",
                      get_radius=40, radius_units="pixels", get_fill_color=[200, 0, 0],
                      pickable=True)],
    initial_view_state=pdk.ViewState(latitude=50.0, longitude=10.0, zoom=5),
    tooltip={"text": "Station {name}"}), height=250)
st.write("diagrams ready")
"""

#: Counts the pixels of a canvas that are not the background (or are of one colour).
PIXELS = """(canvas, rgb) => {
    const data = canvas.getContext('2d').getImageData(0, 0, canvas.width, canvas.height).data;
    let count = 0;
    for (let i = 0; i < data.length; i += 4) {
        const [r, g, b, a] = [data[i], data[i + 1], data[i + 2], data[i + 3]];
        if (rgb ? (a > 0 && Math.abs(r - rgb[0]) < 40 && Math.abs(g - rgb[1]) < 40
                   && Math.abs(b - rgb[2]) < 40)
                : a > 0) count++;
    }
    return count;
}"""


def _pixels(locator: Any, rgb: list[int] | None = None) -> int:
    return locator.evaluate(PIXELS, rgb)


def test_diagrams_and_maps_are_drawn_offline_and_the_map_pans(
    browser_page: Any, voila: Server, voila_folder: Path
) -> None:
    folder = voila_folder
    cells = [new_code_cell("%load_ext rerunner"), new_code_cell("%%rerun\n" + APP.strip())]
    nbformat.write(new_notebook(cells=cells), folder / "diagrams.ipynb")
    requests: list[str] = []
    browser_page.on("request", lambda request: requests.append(request.url))
    open_voila_app(browser_page, voila.url, f"{folder.name}/diagrams.ipynb", "diagrams ready")
    page = browser_page

    # Graphviz: an SVG with the graph's nodes and labels, named by alt
    graph = page.locator(".rr-graphviz").nth(0)
    graph.locator("svg g.node").nth(2).wait_for()
    assert graph.locator("svg g.node").count() == 3
    assert graph.locator("svg g.edge").count() == 2
    assert graph.locator("svg text", has_text="gamma").count() == 1
    assert graph.locator("svg").get_attribute("aria-label") == "Greek letters"
    assert "digraph" not in graph.inner_text()

    # Mermaid: the flowchart's shapes and labels, not its source
    flow = page.locator(".rr-mermaid").first
    flow.locator("svg g.node").nth(2).wait_for()
    assert flow.locator("svg g.node").count() == 3
    assert flow.locator("svg g.node text", has_text="Start here").count() == 1
    assert flow.locator("svg g.edgeLabel text", has_text="Yes").count() == 1
    assert flow.locator("svg g.node polygon").count() == 1  # the diamond
    assert flow.locator("svg g.node circle").count() >= 1  # the circle
    assert "flowchart" not in flow.inner_text()

    # ECharts: green bars on a canvas; a pie drawn as SVG paths
    bars = page.locator(".rr-echarts canvas").first
    bars.wait_for()
    page.wait_for_function(
        "c => { const d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;"
        " for (let i = 0; i < d.length; i += 4) if (d[i + 1] > 150 && d[i] < 40 && d[i + 2] < 40)"
        " return true; return false; }",
        arg=bars.element_handle(),
    )
    assert _pixels(bars, [0, 170, 0]) > 500
    pie = page.locator(".rr-echarts").nth(1)
    pie.locator("svg path").first.wait_for()
    assert pie.locator("svg path").count() >= 2

    # the map: blue points on a plain background, which move when the map is dragged
    canvas = page.locator(".rr-map canvas").first
    box = page.locator(".rr-map-box").first
    page.wait_for_function("b => !!b.dataset.view", arg=box.element_handle())
    blue = [0, 0, 255]
    assert _pixels(canvas, blue) > 50
    before_view = box.get_attribute("data-view")
    before = canvas.evaluate("c => c.toDataURL()")
    canvas.scroll_into_view_if_needed()
    bounds = canvas.bounding_box()
    x, y = bounds["x"] + bounds["width"] / 2, bounds["y"] + bounds["height"] / 2
    page.mouse.move(x, y)
    page.mouse.down()
    page.mouse.move(x + 60, y + 40, steps=5)
    page.mouse.move(x + 120, y + 80, steps=5)
    page.mouse.up()
    page.wait_for_function(
        "([b, v]) => b.dataset.view !== v", arg=[box.element_handle(), before_view]
    )
    after_view = box.get_attribute("data-view")
    assert after_view != before_view
    assert canvas.evaluate("c => c.toDataURL()") != before
    assert _pixels(canvas, blue) > 50  # the points moved, still on screen

    # a pydeck tooltip shows over a pickable object, and not beside it
    deck = page.locator(".rr-map").nth(1)
    deck_canvas = deck.locator("canvas")
    deck_canvas.scroll_into_view_if_needed()
    page.wait_for_function(
        "c => !!c.closest('.rr-map-box').dataset.view", arg=deck_canvas.element_handle()
    )
    bounds = deck_canvas.bounding_box()
    tip = deck.locator(".rr-map-tooltip")
    page.mouse.move(bounds["x"] + 5, bounds["y"] + 5)
    expect(tip).to_be_hidden()
    page.mouse.move(bounds["x"] + bounds["width"] / 2 + 10, bounds["y"] + bounds["height"] / 2)
    expect(tip).to_be_visible()
    expect(tip).to_have_text("Station Nord")
    page.mouse.move(bounds["x"] + 5, bounds["y"] + 5)
    expect(tip).to_be_hidden()

    # a dark theme (JupyterLab and Voila mark it on <body>): the Mermaid chart, the ECharts
    # charts and the map follow it; the Graphviz chart keeps its own colours, as Streamlit's
    fill = "el => getComputedStyle(el).fill"
    light_node = flow.locator("svg g.node polygon").first.evaluate(fill)
    graph_node = graph.locator("svg g.node ellipse").first.evaluate(
        "el => getComputedStyle(el).stroke"
    )
    pie_text = pie.locator("svg text").evaluate_all("ts => ts.map(t => getComputedStyle(t).fill)")
    corner = "c => Array.from(c.getContext('2d').getImageData(1, 1, 1, 1).data.slice(0, 3))"
    assert canvas.evaluate(corner) == [240, 242, 246]
    page.evaluate("document.body.dataset.jpThemeLight = 'false'")
    page.wait_for_function(
        "c => c.getContext('2d').getImageData(1, 1, 1, 1).data[0] === 14",
        arg=canvas.element_handle(),
    )
    assert canvas.evaluate(corner) == [14, 17, 23]
    page.wait_for_function(
        "([el, before]) => getComputedStyle(el).fill !== before",
        arg=[flow.locator("svg g.node polygon").first.element_handle(), light_node],
    )
    assert flow.locator("svg g.node polygon").first.evaluate(fill) == "rgb(38, 39, 48)"
    assert (
        graph.locator("svg g.node ellipse").first.evaluate("el => getComputedStyle(el).stroke")
        == graph_node
    )
    pie.locator("svg text").first.wait_for()
    page.wait_for_function(
        "([el, before]) => JSON.stringify([...el.querySelectorAll('svg text')]"
        ".map(t => getComputedStyle(t).fill)) !== before",
        arg=[pie.element_handle(), json.dumps(pie_text, separators=(",", ":"))],
    )
    assert pie_text  # the pie has labels, and their colours changed with the theme
    assert (
        pie.locator("svg text").evaluate_all("ts => ts.map(t => getComputedStyle(t).fill)")
        != pie_text
    )

    # nothing but 127.0.0.1 was asked for, except by Voila's own page (Font Awesome)
    remote = [u for u in requests if urlparse(u).hostname not in ("127.0.0.1", None)]
    remote = [u for u in remote if not urlparse(u).scheme.startswith(("data", "blob"))]
    assert [u for u in remote if "font-awesome" not in u and "fontawesome" not in u] == []
    assert not page_errors(browser_page)


def test_diagrams_are_drawn_in_jupyterlab_in_two_cells(
    lab: Server, lab_root: Path, browser_page: Any
) -> None:
    """In JupyterLab the libraries' models are created by Lab's widget manager: both cells'
    charts get the one library each, whichever cell's output shows first."""
    second = (
        "%%rerun\n"
        "st.graphviz_chart('digraph { left -> right }')\n"
        "st.echarts_chart({'xAxis': {'type': 'category'}, 'yAxis': {}, "
        "'series': [{'type': 'line', 'data': [1, 3, 2]}]}, renderer='svg', height=200)\n"
        "st.write('second ready')"
    )
    write_notebook(lab_root / "diagrams.ipynb", "%%rerun\n" + APP.strip(), second)
    requests: list[str] = []
    browser_page.on("request", lambda request: requests.append(request.url))
    open_lab_notebook(browser_page, lab.url, "diagrams.ipynb")
    page = browser_page
    AppPage(page, 1).wait_ready("second ready")
    AppPage(page).wait_ready("diagrams ready")
    graphs = page.locator(".rr-graphviz")
    expect(graphs).to_have_count(2)
    for i in range(2):
        graphs.nth(i).locator("svg g.node").first.wait_for()
    assert graphs.nth(1).locator("svg text", has_text="right").count() == 1
    page.locator(".rr-mermaid svg g.node").first.wait_for()
    page.locator(".rr-echarts").nth(2).locator("svg path").first.wait_for(state="attached")
    canvas = page.locator(".rr-map canvas").first
    page.wait_for_function(
        "c => !!c.closest('.rr-map-box').dataset.view", arg=canvas.element_handle()
    )
    assert _pixels(canvas, [0, 0, 255]) > 50
    remote = [u for u in requests if urlparse(u).hostname not in ("127.0.0.1", None)]
    assert [u for u in remote if not urlparse(u).scheme.startswith(("data", "blob"))] == []
    assert not page_errors(browser_page)
