"""A large first display, paced by the page's reports (render/pacing.py), in Voila and in
JupyterLab: every widget of the app ends up on the page, once, and the pacer is gone.

The kernel paces from 50 new widgets, in batches of 40 (the shipped 500 and 400, scaled down
by ten), so 160 widgets go out in four batches and the mechanism is the same as at full size
while the test stays short; ``benchmarks/bench_display.py`` loads 5,000 at the shipped sizes.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from playwright.sync_api import expect

from tests.support.app_page import (
    COUNT_SLIDERS_AND_LINES,
    AppPage,
    all_sliders_and_lines,
    open_lab_notebook,
)
from tests.support.browser import Server, write_notebook

SLIDERS = 80  # and as many lines of text: 160 widgets in the main area

APP = (
    "%%rerun\n"
    'if st.button("How was it paced?"):\n'
    "    view = [a.view for a in __import__('rerunner.magic').magic.APPS.values()][-1]\n"
    "    p = view.pacing\n"
    '    st.write(f"paced: {p.batches} batches, {p.reports} reports, {p.fallbacks} by the timer")\n'
    f"for i in range({SLIDERS}):\n"
    '    v = st.slider(f"Slider {i}", 0, 100, key=f"s{i}")\n'
    '    st.write(f"Slider {i} is {v}")\n'
)

#: A kernel whose paced displays wait for reports only, however long, and pace small pages.
NO_FALLBACK = (
    "import rerunner.render.pacing as _pacing\n"
    "_pacing.FALLBACK = 3600.0\n_pacing.THRESHOLD = 50\n_pacing.BATCH = 40"
)

COUNT = COUNT_SLIDERS_AND_LINES
COMPLETE = all_sliders_and_lines(SLIDERS)

EVERYTHING = {"sliders": SLIDERS, "labels": SLIDERS, "lines": SLIDERS, "pacers": 0}


def shown(page: Any) -> dict[str, int]:
    """What the page shows once it shows every widget of the app, in order."""
    page.wait_for_function(COMPLETE, timeout=120_000, polling=250)
    text = page.locator(".rr-app .rr-main").inner_text().strip()
    assert text.endswith(f"Slider {SLIDERS - 1} is 0")
    return page.evaluate(COUNT)


def pacing(page: Any) -> tuple[int, int, int]:
    """Batches, reports and timer batches of the display, as the app writes them once asked."""
    AppPage(page).click("How was it paced?")
    line = page.locator(".rr-app .rr-main").get_by_text("paced: ")
    expect(line).to_have_count(1, timeout=60_000)  # a rerun on a busy machine
    found = re.search(r"paced: (\d+) batches, (\d+) reports, (\d+) by the timer", line.inner_text())
    assert found, line.inner_text()
    return tuple(int(x) for x in found.groups())


def test_a_large_app_shows_completely_in_voila(
    voila: Server, served_notebooks: Path, browser_page: Any
) -> None:
    # Voila runs the notebook before its page connects: two batches go with the cell, and with
    # no timer to fall back on, only the page (its state request brings the pacer, which
    # reports the token it finds) can ask for the rest.
    write_notebook(served_notebooks / "large_display.ipynb", NO_FALLBACK, APP)
    browser_page.goto(f"{voila.url}/voila/render/large_display.ipynb")
    assert shown(browser_page) == EVERYTHING
    batches, reports, by_timer = pacing(browser_page)
    assert batches >= 4 and reports >= 1 and by_timer == 0


def test_a_large_app_shows_completely_in_jupyterlab(
    lab: Server, lab_root: Path, browser_page: Any
) -> None:
    # No timer to fall back on: only the page's reports can complete the display.
    write_notebook(lab_root / "large_display.ipynb", NO_FALLBACK, APP)
    open_lab_notebook(browser_page, lab.url, "large_display.ipynb")
    assert shown(browser_page) == EVERYTHING
    batches, reports, by_timer = pacing(browser_page)
    assert batches >= 4 and reports >= 1 and by_timer == 0
