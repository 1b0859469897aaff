"""Plotly charts in a real Voila page in chromium: plotly.js, sent by the kernel once, draws
three charts at the app's width; clicking a point and dragging a box send Streamlit's selection
object, and the app reruns with it; a double click clears the selection. In JupyterLab the chart
follows the dark theme, and a notebook saved there and exported with nbconvert shows a picture
of it."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import nbformat
from nbformat.v4 import new_code_cell, new_notebook
from playwright.sync_api import expect

from tests.support.app_page import AppPage, open_lab_notebook, open_voila_app, page_errors
from tests.support.browser import Server, write_notebook

APP = """
import plotly.graph_objects as go
fig = go.Figure(go.Scatter(x=[1, 2, 3, 4], y=[10, 30, 20, 40], mode="markers",
                           marker={"size": 18}))
fig.update_layout(margin={"l": 40, "r": 20, "t": 20, "b": 40})
st.plotly_chart(fig, key="plain", alt="Four points")
clicked = st.plotly_chart(fig, on_select="rerun", key="click")
picked = [(p["x"], p["y"], p["point_index"], p["curve_number"]) for p in clicked.selection.points]
st.write(f"clicked {clicked.selection.point_indices} {picked}")
st.write(f"fields {[sorted(p) for p in clicked.selection.points][:1]} {clicked.selection.box}")
st.write(f"lassos {[(len(s['x']), s['xref']) for s in clicked.selection.lasso]}")
boxed = st.plotly_chart(fig, on_select="rerun", key="box", selection_mode=["box"], height=300)
st.write(f"boxed {sorted(boxed.selection.point_indices)} boxes {len(boxed.selection.box)}")
st.write("charts ready")
"""


def _center(locator: Any) -> tuple[float, float]:
    box = locator.bounding_box()
    return box["x"] + box["width"] / 2, box["y"] + box["height"] / 2


def test_plotly_draws_and_reports_clicks_and_boxes(
    browser_page: Any, voila: Server, voila_folder: Path
) -> None:
    folder = voila_folder
    cells = [new_code_cell("%load_ext rerunner"), new_code_cell("%%rerun\n" + APP.strip())]
    nbformat.write(new_notebook(cells=cells), folder / "plotly.ipynb")
    app = open_voila_app(browser_page, voila.url, f"{folder.name}/plotly.ipynb", "charts ready")
    page = browser_page
    charts = app.root.locator(".rr-plotly-chart")
    expect(charts).to_have_count(3)
    for i in range(3):
        expect(charts.nth(i).locator(".main-svg").first).to_be_visible()
    # one plotly.js for the page, whatever the number of charts
    assert page.evaluate("() => globalThis.__rerunnerPlotly.size") == 1
    plain = charts.nth(0)
    expect(plain).to_have_attribute("aria-label", "Four points")
    expect(app.root.locator(".st-key-plain")).to_have_count(1)

    # "stretch": the figure is as wide as the app gives it (measured), "content" height 450
    host = plain.bounding_box()["width"]
    assert host > 400
    page.wait_for_function(
        "w => Math.abs(document.querySelector('.rr-plotly-chart .main-svg')"
        ".getBoundingClientRect().width - w) <= 2",
        arg=host,
    )
    assert abs(plain.locator(".main-svg").first.bounding_box()["height"] - 450) <= 2
    # theme="streamlit": a transparent background, Streamlit's text colour
    bg = plain.locator("rect.bg").first.evaluate("e => getComputedStyle(e).fillOpacity")
    paper = plain.locator(".main-svg").first.evaluate("e => e.style.background")
    assert paper in ("rgba(0, 0, 0, 0)", "transparent"), paper
    assert bg == "0", bg  # plotly.js writes a colour's alpha as fill-opacity
    # without selections the mode bar offers neither box nor lasso
    assert plain.locator('.modebar-btn[data-attr="dragmode"][data-val="select"]').count() == 0

    app.expect_text("clicked [] []", "boxed [] boxes 0")

    # click the second point (the chart starts in pan mode, clicks select): Streamlit's
    # point fields, and the app reruns
    charts.nth(1).scroll_into_view_if_needed()
    x, y = _center(charts.nth(1).locator(".scatterlayer .point").nth(1))
    page.mouse.click(x, y)
    app.expect_text("clicked [1] [(2, 30, 1, 0)]")
    app.expect_text("fields [['curve_number', 'point_index', 'point_number', 'x', 'y']] []")

    # the mode bar switches the same chart to box selection: a drag selects
    chart = charts.nth(1)
    chart.hover()
    chart.locator('.modebar-btn[data-attr="dragmode"][data-val="select"]').click()
    x0, _ = _center(chart.locator(".scatterlayer .point").nth(0))
    x2, _ = _center(chart.locator(".scatterlayer .point").nth(2))
    area = chart.locator(".nsewdrag").first.bounding_box()
    page.mouse.move(x0 - 15, area["y"] + 2)
    page.mouse.down()
    page.mouse.move(x2, area["y"] + area["height"] / 2, steps=5)
    page.mouse.move(x2 + 15, area["y"] + area["height"] - 2, steps=5)
    page.mouse.up()
    app.expect_text("clicked [0, 1, 2] [(1, 10, 0, 0), (2, 30, 1, 0), (3, 20, 2, 0)]")
    app.expect_text(
        "fields [['curve_number', 'point_index', 'point_number', 'x', 'y']] [{'xref': 'x', 'yref': 'y', 'x': ["
    )

    # and to lasso selection: a closed path around the last point
    chart.hover()
    chart.locator('.modebar-btn[data-attr="dragmode"][data-val="lasso"]').click()
    x, y = _center(chart.locator(".scatterlayer .point").nth(3))
    page.mouse.move(x - 20, y - 20)
    page.mouse.down()
    for dx, dy in ((20, -20), (20, 20), (-20, 20), (-20, -20)):
        page.mouse.move(x + dx, y + dy, steps=4)
    page.mouse.up()
    app.expect_text("clicked [3] [(4, 40, 3, 0)]", "lassos [(")
    assert "'x')]" in app.text().split("lassos ")[1]

    # drag a box around the last three points of the third chart
    box_chart = charts.nth(2)
    box_chart.scroll_into_view_if_needed()  # the mouse acts only inside the viewport
    x1, y1 = _center(box_chart.locator(".scatterlayer .point").nth(1))
    x3, _ = _center(box_chart.locator(".scatterlayer .point").nth(3))
    plot = box_chart.locator(".nsewdrag").first.bounding_box()
    top, bottom = plot["y"] + 2, plot["y"] + plot["height"] - 2
    page.mouse.move(x1 - 15, top)
    page.mouse.down()
    page.mouse.move((x1 + x3) / 2, bottom, steps=5)
    page.mouse.move(x3 + 15, bottom, steps=5)
    page.mouse.up()
    app.expect_text("boxed [1, 2, 3] boxes 1")
    app.expect_text("clicked [3]")  # the other chart's selection is kept

    # a double click outside the box clears the box chart's selection
    page.mouse.dblclick(plot["x"] + 8, plot["y"] + 8)
    app.expect_text("boxed [] boxes 0")
    assert box_chart.locator(".main-svg").first.bounding_box()["height"] == 300
    assert not page_errors(page)


LAB_APP = """%%rerun
import plotly.graph_objects as go
fig = go.Figure(go.Scatter(x=[1, 2, 3], y=[3, 1, 2], mode="lines+markers"))
fig.update_layout(xaxis_title="step")
st.plotly_chart(fig)
st.write("lab plotly ready")
"""

TICK_FILL = (
    "() => { const t = document.querySelector('.rr-plotly-chart .xtick text');"
    " return t && t.style.fill; }"
)


def _set_theme(page: Any, theme: str, light: str) -> None:
    page.evaluate(
        f"() => window.jupyterapp.commands.execute('apputils:change-theme', {{theme: '{theme}'}})"
    )
    expect(page.locator("body")).to_have_attribute("data-jp-theme-light", light)


def test_in_jupyterlab_a_saved_notebook_exports_a_picture_and_the_chart_follows_the_theme(
    lab: Server, lab_root: Path, browser_page: Any
) -> None:
    from nbconvert import HTMLExporter

    path = write_notebook(lab_root / "plotly_saved.ipynb", LAB_APP)
    open_lab_notebook(browser_page, lab.url, "plotly_saved.ipynb")
    page = browser_page
    _set_theme(page, "JupyterLab Light", "true")  # another test may have left it dark
    app = AppPage(page).wait_ready("lab plotly ready")
    expect(app.root.locator(".rr-plotly-chart .main-svg").first).to_be_visible()
    page.wait_for_function(f"() => ({TICK_FILL})() === 'rgb(49, 51, 63)'")

    # the SVG the browser drew reached the kernel and came back as the cell's picture output
    pictures = page.locator(".rr-chart-pictures figure.rr-chart-picture svg")
    expect(pictures).to_have_count(1)
    expect(page.locator(".rr-chart-pictures")).to_be_hidden()
    page.evaluate("() => window.jupyterapp.commands.execute('docmanager:save')")
    page.wait_for_function("() => !window.jupyterapp.shell.currentWidget.context.model.dirty")
    body, _ = HTMLExporter().from_notebook_node(nbformat.read(path, as_version=4))
    assert body.count('<figure class="rr-chart-picture"><svg') == 1
    assert ">step</text>" in body  # the axis title plotly.js drew

    _set_theme(page, "JupyterLab Dark", "false")
    try:
        page.wait_for_function(f"() => ({TICK_FILL})() === 'rgb(250, 250, 250)'")
    finally:  # the theme is a setting of the shared JupyterLab
        _set_theme(page, "JupyterLab Light", "true")
    assert not page_errors(page)
