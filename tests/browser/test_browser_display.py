"""A large first display, paced by the page's reports (render/pacing.py), in Voila and in
JupyterLab: every widget of the app ends up on the page, once, and the pacer is gone.

800 widgets keep the test short (three batches); ``benchmarks/bench_display.py``
loads 5,000.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from tests.support.app_page import open_lab_notebook
from tests.support.browser import Server, write_notebook

SLIDERS = 400  # and as many lines of text: 800 widgets in the main area, two batches and a tail

APP = (
    "%%rerun\n"
    f"for i in range({SLIDERS}):\n"
    '    v = st.slider(f"Slider {i}", 0, 100, key=f"s{i}")\n'
    '    st.write(f"Slider {i} is {v}")\n'
)

#: What the page shows of the app: sliders, the lines of text, pacers still on the page.
COUNT = """() => {
    const main = document.querySelector('.rr-app .rr-main');
    if (!main) return null;
    const lines = [...main.querySelectorAll('.widget-html')].filter(el => / is \\d+$/.test(el.innerText.trim()));
    return {
        sliders: main.querySelectorAll('.widget-slider').length,
        labels: new Set([...main.querySelectorAll('.widget-slider .widget-label')].map(el => el.innerText.trim())).size,
        lines: lines.length,
        pacers: document.querySelectorAll('.rr-pacer').length,
    };
}"""

COMPLETE = f"""() => {{
    const c = ({COUNT})();
    return c && c.sliders >= {SLIDERS} && c.lines >= {SLIDERS} && c.pacers === 0;
}}"""


def shown(page: Any) -> dict[str, int]:
    page.wait_for_function(COMPLETE, timeout=120_000, polling=250)
    return page.evaluate(COUNT)


def test_a_large_app_shows_completely_in_voila(
    voila: Server, served_notebooks: Path, browser_page: Any
) -> None:
    write_notebook(served_notebooks / "large_display.ipynb", APP)
    browser_page.goto(f"{voila.url}/voila/render/large_display.ipynb")
    counts = shown(browser_page)
    assert counts == {"sliders": SLIDERS, "labels": SLIDERS, "lines": SLIDERS, "pacers": 0}
    assert (
        browser_page.locator(".rr-app .rr-main")
        .inner_text()
        .strip()
        .endswith(f"Slider {SLIDERS - 1} is 0")
    )


def test_a_large_app_shows_completely_in_jupyterlab(
    lab: Server, lab_root: Path, browser_page: Any
) -> None:
    write_notebook(lab_root / "large_display.ipynb", APP)
    open_lab_notebook(browser_page, lab.url, "large_display.ipynb")
    counts = shown(browser_page)
    assert counts == {"sliders": SLIDERS, "labels": SLIDERS, "lines": SLIDERS, "pacers": 0}
    assert (
        browser_page.locator(".rr-app .rr-main")
        .inner_text()
        .strip()
        .endswith(f"Slider {SLIDERS - 1} is 0")
    )
