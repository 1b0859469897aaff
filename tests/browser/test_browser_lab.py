"""A ``%%rerun`` cell in a real JupyterLab, driven by headless chromium: run the notebook, click and
type in the cell's output, re-run the cell; and the looks of an app in Lab's light and dark themes.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
from playwright.sync_api import expect

from tests.support.app_page import AppPage, open_lab_notebook, run_cell
from tests.support.browser import Server, write_notebook

APP = """%%rerun
if "count" not in st.session_state:
    st.session_state.count = 0

def add():
    st.session_state.count += 1

st.button("Add one", on_click=add)
name = st.text_input("Your name")
st.write(f"Count = {st.session_state.count}, name = {name or 'nobody'}")
"""
# How many ipywidgets the kernel holds open (the test only compares two readings).
LIVE_WIDGETS = (
    "from ipywidgets.widgets.widget import _instances; print('live widgets:', len(_instances))"
)

LOOKS = """%%rerun
st.title("Looks in JupyterLab")
with st.sidebar:
    st.header("Filters")
    st.selectbox("Country", ["France", "Japan"])
    st.slider("Nights", 1, 14, 3)
left, right = st.columns(2)
left.text_input("Your name", "Ada")
right.number_input("Travellers", 1, 9, 2)
st.radio("Transport", ["Train", "Plane"], horizontal=True)
st.toggle("Window seat", True)
st.button("Book", type="primary")
seats, price = st.columns(2)
seats.metric("Seats left", 12, delta=-3)
price.metric("Price", "89 €", delta="+4 €", delta_color="inverse")
st.progress(0.4, text="Booking 40 % done")
st.dataframe({"passenger": ["Ada", "Grace"], "seat": ["12A", "12B"]}, hide_index=True)
st.success("Booked.")
st.info("Check in opens 24 h before departure.")
st.warning("Prices may change.")
raise ValueError("an error shows as a red box")
"""


def live_widgets(page: Any) -> int:
    """The number printed by the notebook's last cell, once it has printed it."""
    out = page.locator(".jp-OutputArea-output", has_text="live widgets:")
    expect(out).to_have_count(1)
    return int(re.search(r"live widgets: (\d+)", out.inner_text()).group(1))


def test_rerun_cell_in_jupyterlab(
    lab: Server, lab_root: Path, browser_page: Any, screenshots: Path
) -> None:
    write_notebook(lab_root / "app.ipynb", APP, LIVE_WIDGETS)
    open_lab_notebook(browser_page, lab.url, "app.ipynb")
    app = AppPage(browser_page).wait_ready("Count = 0, name = nobody")
    before = live_widgets(browser_page)

    app.click("Add one")
    app.expect_text("Count = 1, name = nobody")
    app.click("Add one")
    app.expect_text("Count = 2, name = nobody")
    field = app.type_and_enter("Your name", "Ada")
    app.expect_text("Count = 2, name = Ada")
    assert app.has_focus(field), "the text input lost focus when its app reran"

    # Re-running the cell replaces its app: the old widgets are closed, session state is kept.
    browser_page.locator(".jp-OutputArea-output", has_text="live widgets:").evaluate(
        "el => el.remove()"
    )
    run_cell(browser_page, 1)
    run_cell(browser_page, 2)
    app.expect_text("Count = 2, name = Ada")  # session state kept, the field's value too...
    expect(browser_page.locator(".rr-app")).to_have_count(1)
    expect(app.button("Add one")).to_have_count(1)
    assert live_widgets(browser_page) == before  # ...and nothing of the old app is left open
    app.click("Add one")
    app.expect_text("Count = 3")
    app.screenshot(screenshots / "lab_rerun_cell.png")


@pytest.mark.parametrize("theme", ["JupyterLab Light", "JupyterLab Dark"])
def test_looks_in_jupyterlab_themes(
    lab: Server, lab_root: Path, browser_page: Any, screenshots: Path, theme: str
) -> None:
    write_notebook(lab_root / "looks.ipynb", LOOKS)
    open_lab_notebook(browser_page, lab.url, "looks.ipynb")
    browser_page.evaluate(
        f"() => window.jupyterapp.commands.execute('apputils:change-theme', {{theme: '{theme}'}})"
    )
    expect(browser_page.locator("body")).to_have_attribute("data-jp-theme-name", theme)
    app = AppPage(browser_page).wait_ready("an error shows as a red box")
    # The sidebar is a panel beside the main area, not above it.
    sidebar = app.root.locator(".rr-sidebar").bounding_box()
    main = app.root.locator(".rr-main").bounding_box()
    assert sidebar["x"] + sidebar["width"] <= main["x"] and sidebar["y"] == pytest.approx(
        main["y"], abs=2
    )
    # Labels sit above their inputs.
    label = app.text_input("Your name").locator("xpath=../label").bounding_box()
    box = app.text_input("Your name").bounding_box()
    assert label["y"] + label["height"] <= box["y"] + 1
    # Alerts and the error box are coloured: red for errors, green for success.
    colours = {level: app.root.locator(f".rr-alert-{level}").evaluate("el => getComputedStyle(el).backgroundColor")
               for level in ("success", "info", "warning")}  # fmt: skip
    error = app.root.locator(".rr-exception").evaluate("el => getComputedStyle(el).backgroundColor")
    assert len(set(colours.values()) | {error}) == 4
    assert _rgb(error)[0] > max(_rgb(error)[1:]) and _rgb(colours["success"])[1] > max(
        _rgb(colours["success"])[::2]
    )
    name = "lab_dark.png" if "Dark" in theme else "lab_light.png"
    app.screenshot(screenshots / name)
    # The theme is a setting of the shared JupyterLab: later tests start from Light.
    browser_page.evaluate(
        "() => window.jupyterapp.commands.execute('apputils:change-theme', "
        "{theme: 'JupyterLab Light'})"
    )
    expect(browser_page.locator("body")).to_have_attribute("data-jp-theme-light", "true")


def _rgb(css: str) -> tuple[int, int, int]:
    r, g, b = (int(float(x)) for x in re.findall(r"[\d.]+", css)[:3])
    return r, g, b
