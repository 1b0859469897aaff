"""st.data_editor in a real JupyterLab, in its light and dark themes: an editor with a column of
every column type is drawn with each type as itself (checkboxes, chips, links, images, bars,
small charts), and every piece of text in the grid, and in a selectbox column's list of options,
stays readable against what is behind it (WCAG AA contrast, 4.5:1), the dark theme included. Screenshots of both themes.

The theme is a setting of the shared JupyterLab: the test puts it back to Light, pass or fail.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from playwright.sync_api import expect

from tests.browser.test_browser_editor import TYPES_APP, cell, check_types_drawn
from tests.support.app_page import AppPage, open_lab_notebook, page_errors
from tests.support.browser import Server, write_notebook

# Each element of the grid that shows text of its own: its colour, the colour of the first
# opaque background under it, and the contrast ratio between the two (WCAG 2's formula).
CONTRASTS = """grid => {
    const rgba = (css) => (css.match(/[\\d.]+/g) || []).map(Number);
    const luminance = ([r, g, b]) => {
        const lin = (c) => (c /= 255) <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
        return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
    };
    const behind = (el) => {
        for (let e = el; e; e = e.parentElement) {
            const c = rgba(getComputedStyle(e).backgroundColor);
            if (c.length >= 3 && (c.length < 4 || c[3] > 0.5)) return c.slice(0, 3);
        }
        return [255, 255, 255];
    };
    const out = [];
    for (const el of grid.querySelectorAll("*")) {
        const own = [...el.childNodes].some((n) => n.nodeType === 3 && n.textContent.trim());
        if (!own || !el.getClientRects().length) continue;
        const fg = rgba(getComputedStyle(el).color).slice(0, 3);
        const bg = behind(el);
        const [hi, lo] = [luminance(fg), luminance(bg)].sort((a, b) => b - a);
        out.push({text: el.textContent.trim().slice(0, 20), cls: el.className && String(el.className),
                  fg: fg.join(","), bg: bg.join(","), parent: String(el.parentElement.className),
                  ratio: (hi + 0.05) / (lo + 0.05), background: luminance(bg)});
    }
    return out;
}"""


def set_theme(page: Any, theme: str) -> None:
    page.evaluate(
        f"() => window.jupyterapp.commands.execute('apputils:change-theme', {{theme: '{theme}'}})"
    )
    expect(page.locator("body")).to_have_attribute("data-jp-theme-name", theme, timeout=30_000)


@pytest.mark.parametrize("theme", ["JupyterLab Light", "JupyterLab Dark"])
def test_every_column_type_in_jupyterlab_themes(
    lab: Server, lab_root: Path, browser_page: Any, screenshots: Path, theme: str
) -> None:
    write_notebook(lab_root / "editor_types.ipynb", TYPES_APP)
    open_lab_notebook(browser_page, lab.url, "editor_types.ipynb")
    try:
        set_theme(browser_page, theme)
        app = AppPage(browser_page).wait_ready("types shown")
        check_types_drawn(app)
        grid = app.root.locator(".rr-grid")
        seen = grid.evaluate(CONTRASTS)
        texts = {s["text"] for s in seen}
        assert {"apple", "$1.50", "2024-01-01", "09:30:00", "b", "25%"} <= texts, texts
        assert {"text", "num", "flag"} <= texts  # the column headers
        dark = "Dark" in theme
        body = grid.locator(".tabulator-tableholder").evaluate(
            "e => getComputedStyle(e.querySelector('.tabulator-row')).backgroundColor"
        )
        channels = [float(c) for c in body[body.index("(") + 1 : body.index(")")].split(",")[:3]]
        assert (max(channels) < 80) if dark else (min(channels) > 200), (theme, body)
        name = "lab_editor_dark.png" if dark else "lab_editor_light.png"
        app.screenshot(screenshots / name)
        unreadable = [
            (s["text"], s["cls"], s["parent"], s["fg"], s["bg"], round(s["ratio"], 2))
            for s in seen
            if s["ratio"] < 4.5
        ]
        assert not unreadable, unreadable
        # the selectbox column's list of options, a popup outside the grid, reads too
        cell(app, 0, "pick").dblclick()
        popup = browser_page.locator(".tabulator-popup-container")
        expect(popup.locator(".tabulator-edit-list-item")).to_have_text(["x", "y", "z"])
        options = popup.evaluate(CONTRASTS)
        assert {o["text"] for o in options} >= {"x", "y", "z"}
        assert all(o["ratio"] >= 4.5 for o in options), options
        plain = [o for o in options if "active" not in o["cls"]]  # (the chosen one is blue)
        assert plain and all((o["background"] < 0.2) == dark for o in plain), options
        browser_page.keyboard.press("Escape")
        expect(popup).to_have_count(0)
        assert not page_errors(browser_page)
    finally:
        set_theme(browser_page, "JupyterLab Light")
