"""Selections on an ECharts scatter and a pydeck ScatterplotLayer in a real Voila page in
chromium: a click on a point, a brush stroke and a double click on the ECharts chart, clicks on
objects of the map, beside them and on its "Clear selection" button, each reach the kernel as
the chart's front end sends them, and the app reruns with Streamlit's selection state; the map
fades the objects left out of a selection."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import nbformat
from nbformat.v4 import new_code_cell, new_notebook

from tests.support.app_page import open_voila_app, page_errors
from tests.support.browser import Server

APP = """
import pydeck as pdk
spec = {"xAxis": {"min": 0, "max": 4}, "yAxis": {"min": 0, "max": 4},
        "brush": {"xAxisIndex": 0, "toolbox": ["lineX"]},
        "series": [{"type": "scatter", "selectedMode": "multiple", "symbolSize": 20,
                    "data": [[1, 2], [2, 3], [3, 1]]}]}
event = st.echarts_chart(spec, on_select="rerun", key="scatter", height=300)
picked = [g["data_indices"] for g in event.selection.selected]
st.write(f"echarts {picked} areas {[a['brush_type'] for a in event.selection.areas]}")
rows = [{"name": "Nord", "lon": 10.0, "lat": 50.0}, {"name": "Ost", "lon": 12.0, "lat": 50.0}]
layer = pdk.Layer("ScatterplotLayer", id="stations", data=rows, get_position="[lon, lat]",
                  get_radius=12, radius_units="pixels", get_fill_color=[200, 0, 0],
                  pickable=True)
deck = st.pydeck_chart(
    pdk.Deck(layers=[layer], initial_view_state=pdk.ViewState(latitude=50.0, longitude=10.0,
                                                               zoom=5)),
    on_select="rerun", selection_mode="multi-object", key="map", height=300)
names = [o["name"] for o in deck.selection.objects.get("stations", [])]
st.write(f"deck {deck.selection.indices} {names}")
"""

#: How many pixels of a canvas are the stations' opaque red (faded ones are paler).
RED = """c => {
    const d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;
    let n = 0;
    for (let i = 0; i < d.length; i += 4)
        if (Math.abs(d[i] - 200) < 30 && d[i + 1] < 40 && d[i + 2] < 40) n++;
    return n;
}"""

#: The page position of a data point of the ECharts chart (ECharts' own conversion).
POINT = """async ([box, point]) => {
    const echarts = await globalThis.__rerunnerLibraries.echarts.promise;
    const [x, y] = echarts.getInstanceByDom(box).convertToPixel({seriesIndex: 0}, point);
    const r = box.getBoundingClientRect();
    return [r.left + x, r.top + y];
}"""


def test_clicks_and_brushes_select_and_the_app_reruns(
    browser_page: Any, voila: Server, voila_folder: Path
) -> None:
    folder = voila_folder
    cells = [new_code_cell("%load_ext rerunner"), new_code_cell("%%rerun\n" + APP.strip())]
    nbformat.write(new_notebook(cells=cells), folder / "selections.ipynb")
    app = open_voila_app(browser_page, voila.url, f"{folder.name}/selections.ipynb", "deck {} []")
    page = browser_page
    app.expect_text("echarts [] areas []")

    # ECharts: a click selects a point, a second adds one ("multiple")
    box = app.root.locator(".rr-echarts-box").first
    box.locator("canvas").first.wait_for()
    box.scroll_into_view_if_needed()
    handle = box.element_handle()
    page.wait_for_function(
        "async b => { const e = await globalThis.__rerunnerLibraries.echarts.promise;"
        " return !!e.getInstanceByDom(b); }",
        arg=handle,
    )
    x, y = page.evaluate(POINT, [handle, [2, 3]])
    page.mouse.click(x, y)
    app.expect_text("echarts [[1]] areas []")
    x, y = page.evaluate(POINT, [handle, [3, 1]])
    page.mouse.click(x, y)
    app.expect_text("echarts [[1, 2]] areas []")

    # the brush: the visitor picks the toolbox's lineX brush, then drags across x 0.5..1.5
    page.evaluate(
        "async b => { const e = await globalThis.__rerunnerLibraries.echarts.promise;"
        " e.getInstanceByDom(b).dispatchAction({type: 'takeGlobalCursor', key: 'brush',"
        " brushOption: {brushType: 'lineX', brushMode: 'single'}}); }",
        handle,
    )
    x0, y0 = page.evaluate(POINT, [handle, [0.5, 2]])
    x1, _ = page.evaluate(POINT, [handle, [1.5, 2]])
    page.mouse.move(x0, y0)
    page.mouse.down()
    page.mouse.move((x0 + x1) / 2, y0, steps=4)
    page.mouse.move(x1, y0, steps=4)
    page.mouse.up()
    app.expect_text("echarts [[0, 1, 2]] areas ['lineX']")

    # a double click clears the brush and the points
    x, y = page.evaluate(POINT, [handle, [3.5, 3.5]])
    page.mouse.dblclick(x, y)
    app.expect_text("echarts [] areas []")

    # pydeck: a click on the station in the middle selects it, one on the other adds it
    canvas = app.root.locator(".rr-map canvas").first
    canvas.scroll_into_view_if_needed()
    bounds = canvas.bounding_box()
    cx, cy = bounds["x"] + bounds["width"] / 2, bounds["y"] + bounds["height"] / 2
    page.wait_for_function(
        "c => !!c.closest('.rr-map-box').dataset.view", arg=canvas.element_handle()
    )
    both = canvas.evaluate(RED)
    assert both > 400  # two opaque red discs of radius 12
    page.mouse.click(cx, cy)
    app.expect_text("deck {'stations': [0]} ['Nord']")
    # the unselected station is drawn faded: about half the opaque red is left
    page.wait_for_function(f"c => ({RED})(c) < {both * 0.7}", arg=canvas.element_handle())
    assert canvas.evaluate(RED) > both * 0.3
    east = 2 / 360 * 512 * 2**5  # 2 degrees east at zoom 5, in pixels
    page.mouse.click(cx + east, cy)
    app.expect_text("deck {'stations': [0, 1]} ['Nord', 'Ost']")
    # a second click on a selected one removes it; a click beside every object clears
    page.mouse.click(cx, cy)
    app.expect_text("deck {'stations': [1]} ['Ost']")
    page.mouse.click(cx - 150, cy + 80)
    app.expect_text("deck {} []")
    # the "Clear selection" button shows while something is selected
    clear = app.root.locator(".rr-map-clear")
    assert clear.is_hidden()
    page.mouse.click(cx, cy)
    app.expect_text("deck {'stations': [0]} ['Nord']")
    clear.click()
    app.expect_text("deck {} []")
    app.expect_text("echarts [] areas []")  # the other chart's selection is untouched
    assert not page_errors(page)
