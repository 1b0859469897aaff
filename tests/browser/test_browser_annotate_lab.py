"""The annotation widgets in a real JupyterLab, light and dark: both drawn (a picture with its
boxes, a sentence with its labelled spans), every text of their label bars and of the sentence
readable against what is behind it (WCAG AA, 4.5:1), the widgets' own backgrounds following the
theme, and a box still drawn by mouse in JupyterLab. Screenshots of both themes.

The theme is a setting of the shared JupyterLab: the test puts it back to Light, pass or fail.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from tests.browser.test_browser_editor_lab import CONTRASTS, set_theme
from tests.support.app_page import AppPage, open_lab_notebook, page_errors
from tests.support.browser import Server, write_notebook

APP = """%%rerun
from rerunner import annotate
import numpy as np
picture = np.full((60, 120, 3), 200, dtype=np.uint8)
boxes = annotate.image(picture, ["car", "person"], key="b", width=240,
                       value=[{"x": 10, "y": 10, "w": 40, "h": 30, "label": "person"}])
spans = annotate.text("Ada met Bob in Paris.", ["PER", "LOC"], key="s",
                      value=[(0, 3, "PER"), (15, 20, "LOC")])
st.write(f"{len(boxes)} boxes, {len(spans)} spans")
st.write("annotators shown")
"""

LUMINANCE = """el => {
    const c = (getComputedStyle(el).backgroundColor.match(/[\\d.]+/g) || []).map(Number);
    const lin = (v) => (v /= 255) <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
    return 0.2126 * lin(c[0]) + 0.7152 * lin(c[1]) + 0.0722 * lin(c[2]);
}"""


@pytest.mark.parametrize("theme", ["JupyterLab Light", "JupyterLab Dark"])
def test_annotators_in_jupyterlab_themes(
    lab: Server, lab_root: Path, browser_page: Any, screenshots: Path, theme: str
) -> None:
    write_notebook(lab_root / "annotate_themes.ipynb", "%load_ext rerunner", APP)
    open_lab_notebook(browser_page, lab.url, "annotate_themes.ipynb")
    try:
        set_theme(browser_page, theme)
        app = AppPage(browser_page).wait_ready("annotators shown")
        app.expect_text("1 boxes, 2 spans")
        assert app.root.locator(".rr-ann-svg rect.rr-ann-shape").count() == 1
        assert app.root.locator(".rr-ann-span").count() == 2
        dark = "Dark" in theme
        for part in (".rr-ann-body", ".rr-ann-label >> nth=0"):
            light_level = app.root.locator(part).first.evaluate(LUMINANCE)
            assert (light_level < 0.2) == dark, (part, theme, light_level)
        # (the tags drawn on the picture are SVG text, white with a coloured outline: their CSS
        # colour says nothing of what is seen, so they are left out)
        seen = [s for w in app.root.locator(".rr-ann").all() for s in w.evaluate(CONTRASTS)
                if "rr-ann-tag" not in s["cls"]]  # fmt: skip
        texts = {s["text"] for s in seen}
        # label buttons (the label and its number key), the sentence's runs and the span tags
        assert {"car1", "person2", "PER1", "LOC2", "Ada", "PER", "LOC", "Paris"} <= texts, texts
        unreadable = [
            (s["text"], s["fg"], s["bg"], round(s["ratio"], 2)) for s in seen if s["ratio"] < 4.5
        ]
        assert not unreadable, unreadable
        app.screenshot(
            screenshots / ("lab_annotate_dark.png" if dark else "lab_annotate_light.png")
        )
        # a box drawn in JupyterLab reaches the kernel as in Voila
        svg = app.root.locator(".rr-ann-svg")
        r = svg.bounding_box()
        browser_page.mouse.move(r["x"] + 140, r["y"] + 40)
        browser_page.mouse.down()
        browser_page.mouse.move(r["x"] + 200, r["y"] + 90, steps=5)
        browser_page.mouse.up()
        app.expect_text("2 boxes, 2 spans")
        assert not page_errors(browser_page)
    finally:
        set_theme(browser_page, "JupyterLab Light")
