"""Vega-Lite charts in a real Voila page in chromium: the bundled chart widget draws an Altair
line chart that fills the app's width and shows a tooltip on hover; clicking a point and
dragging an interval send Streamlit's selection object, and the app reruns with it."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import nbformat
from nbformat.v4 import new_code_cell, new_notebook
from playwright.sync_api import expect

from tests.support.app_page import open_voila_app, page_errors
from tests.support.browser import voila_server

APP = """
import altair as alt
import pandas as pd
df = pd.DataFrame({"day": [1, 2, 3, 4], "sales": [10, 30, 20, 40]})
line = alt.Chart(df).mark_line(point=True).encode(x="day", y="sales", tooltip=["day", "sales"])
st.altair_chart(line)
pick = alt.selection_point(name="pick", fields=["day"])
points = alt.Chart(df).mark_point(size=200, filled=True).encode(x="day", y="sales").add_params(pick)
event = st.altair_chart(points, on_select="rerun", key="points")
st.write(f"picked {event.selection.pick}")
span = alt.selection_interval(name="span", encodings=["x"])
bars = alt.Chart(df).mark_bar().encode(x="day:Q", y="sales").add_params(span)
ranged = st.altair_chart(bars, on_select="rerun", key="bars", height=200)
st.write(f"span {sorted(ranged.selection.span)} {len(ranged.selection.span.get('day', []))}")
st.write("charts ready")
"""


def test_tooltip_width_and_selections(browser_page: Any, tmp_path: Path) -> None:
    folder = tmp_path / "app"
    folder.mkdir()
    cells = [new_code_cell("%load_ext rerunner"), new_code_cell("%%rerun\n" + APP.strip())]
    nbformat.write(new_notebook(cells=cells), folder / "vega.ipynb")
    server = voila_server(folder, tmp_path / "state")
    try:
        server.wait_ready()
        app = open_voila_app(browser_page, server.url, "vega.ipynb", "charts ready")
        page = browser_page
        charts = app.root.locator(".rr-vega-chart")
        expect(charts).to_have_count(3)
        line = charts.nth(0)
        svg = line.locator("svg.marks")
        expect(svg).to_be_visible()

        # the chart fills the width the app gives it (measured, not Vega's "container")
        host = line.bounding_box()["width"]
        page.wait_for_function(
            "w => Math.abs(document.querySelector('.rr-vega-chart svg.marks')"
            ".getBoundingClientRect().width - w) <= 2",
            arg=host,
        )
        assert host > 400

        # hover the third point of the line: Vega's tooltip shows its fields
        dot = line.locator(".mark-symbol path").nth(2)
        dot.hover()
        tooltip = page.locator("#vg-tooltip-element")
        expect(tooltip).to_be_visible()
        expect(tooltip).to_contain_text("day")
        expect(tooltip).to_contain_text("3")
        expect(tooltip).to_contain_text("20")

        # click the second point: the app reruns with Streamlit's point selection
        app.expect_text("picked {}", "span [] 0")
        charts.nth(1).locator(".mark-symbol path").nth(1).click()
        app.expect_text("picked [{'day': 2}]")

        # drag an interval across the bars: the app gets {field: [min, max]}
        box = charts.nth(2).locator("svg.marks").bounding_box()
        y = box["y"] + box["height"] / 2
        page.mouse.move(box["x"] + box["width"] * 0.3, y)
        page.mouse.down()
        page.mouse.move(box["x"] + box["width"] * 0.5, y, steps=5)
        page.mouse.move(box["x"] + box["width"] * 0.7, y, steps=5)
        page.mouse.up()
        app.expect_text("span ['day'] 2")
        app.expect_text("picked [{'day': 2}]")  # the other chart's selection is kept
        assert not page_errors(page)
    finally:
        server.stop()
