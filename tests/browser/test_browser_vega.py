"""Vega-Lite charts in a real Voila page in chromium: the bundled chart widget draws an Altair
line chart that fills the app's width and shows a tooltip on hover; clicking a point and
dragging an interval send Streamlit's selection object, and the app reruns with it. In
JupyterLab, a simple chart follows the dark theme, and a notebook saved there and exported with
nbconvert shows a picture of it."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import nbformat
from nbformat.v4 import new_code_cell, new_notebook
from playwright.sync_api import expect

from tests.support.app_page import AppPage, open_lab_notebook, open_voila_app, page_errors
from tests.support.browser import Server, write_notebook

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
st.line_chart(pd.DataFrame({"visits": [5, 7, 6, 9, 8]}), y_label="visits")
st.write("charts ready")
"""

LABELS = "e => [...e.querySelectorAll('.role-axis-label text')].map(t => t.textContent).join(',')"


def test_tooltip_width_and_selections(browser_page: Any, voila: Server, voila_folder: Path) -> None:
    folder = voila_folder
    cells = [new_code_cell("%load_ext rerunner"), new_code_cell("%%rerun\n" + APP.strip())]
    nbformat.write(new_notebook(cells=cells), folder / "vega.ipynb")
    app = open_voila_app(browser_page, voila.url, f"{folder.name}/vega.ipynb", "charts ready")
    page = browser_page
    charts = app.root.locator(".rr-vega-chart")
    expect(charts).to_have_count(4)
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

    # st.line_chart: a tooltip from its invisible hover points, and the wheel zooms
    simple = charts.nth(3)
    simple.locator(".mark-symbol path").nth(2).hover()  # inside the clip: zoom clips marks
    expect(tooltip).to_contain_text("visits")
    expect(tooltip).to_contain_text("6")
    axis = simple.locator("svg.marks")
    before = axis.evaluate(LABELS)
    assert "4" in before.split(",")  # the last index
    box = simple.locator("svg.marks").bounding_box()
    page.mouse.move(box["x"] + box["width"] / 2, box["y"] + box["height"] / 2)
    page.mouse.wheel(0, -400)
    page.wait_for_function(f"([e, b]) => ({LABELS})(e) !== b", arg=[axis.element_handle(), before])

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


LAB_APP = """%%rerun
import pandas as pd
st.line_chart(pd.DataFrame({"a": [1, 3, 2], "b": [2, 1, 4]}), x_label="step")
st.write("lab chart ready")
"""


def _label_fill(page: Any) -> str:
    return page.locator(".rr-vega-chart .role-axis-title text").first.evaluate(
        "e => e.getAttribute('fill')"
    )


def test_a_saved_notebook_exports_a_picture_and_charts_follow_the_theme(
    lab: Server, lab_root: Path, browser_page: Any
) -> None:
    from nbconvert import HTMLExporter

    path = write_notebook(lab_root / "vega_saved.ipynb", LAB_APP)
    open_lab_notebook(browser_page, lab.url, "vega_saved.ipynb")
    page = browser_page
    # The theme is a setting of the shared JupyterLab, which another test may have left dark.
    page.evaluate(
        "() => window.jupyterapp.commands.execute('apputils:change-theme', "
        "{theme: 'JupyterLab Light'})"
    )
    expect(page.locator("body")).to_have_attribute("data-jp-theme-light", "true")
    app = AppPage(page).wait_ready("lab chart ready")
    expect(app.root.locator(".rr-vega-chart svg.marks")).to_be_visible()
    expect(page.locator(".rr-vega-chart .role-axis-title text").first).to_have_text("step")
    light = _label_fill(page)

    # the drawing reached the kernel and came back as the cell's picture output, hidden here
    pictures = page.locator(".rr-chart-pictures figure.rr-chart-picture svg")
    expect(pictures).to_have_count(1)
    expect(page.locator(".rr-chart-pictures")).to_be_hidden()

    page.evaluate("() => window.jupyterapp.commands.execute('docmanager:save')")
    page.wait_for_function("() => !window.jupyterapp.shell.currentWidget.context.model.dirty")
    body, _ = HTMLExporter().from_notebook_node(nbformat.read(path, as_version=4))
    assert body.count('<figure class="rr-chart-picture"><svg') == 1
    assert ">step</text>" in body  # the axis title drawn in the browser

    page.evaluate(
        "() => window.jupyterapp.commands.execute('apputils:change-theme', "
        "{theme: 'JupyterLab Dark'})"
    )
    try:
        expect(page.locator("body")).to_have_attribute("data-jp-theme-light", "false")
        page.wait_for_function(
            "l => document.querySelector('.rr-vega-chart .role-axis-title text')"
            ".getAttribute('fill') !== l",
            arg=light,
        )
        assert _label_fill(page) == "#fafafa" and light == "#31333f"
    finally:  # the theme is a setting of the shared JupyterLab
        page.evaluate(
            "() => window.jupyterapp.commands.execute('apputils:change-theme', "
            "{theme: 'JupyterLab Light'})"
        )
        expect(page.locator("body")).to_have_attribute("data-jp-theme-light", "true")
    assert not page_errors(page)
