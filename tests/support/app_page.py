"""A rerunner app as a person sees it in a browser page: find widgets by their label, act on them
with the mouse and keyboard, and wait for the app's text to say what it must.

Works the same in Voila and in a JupyterLab output area: everything is looked up inside the
app's root element (``.rr-app``), so a notebook's Markdown never satisfies an assertion.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from playwright.sync_api import Locator, Page, expect


def _label(text: str) -> str:
    """A CSS ``:has()`` test for a widget whose label contains ``text``."""
    return f':has(> .widget-label:has-text("{text}"))'


class AppPage:
    """The apps on one page; ``app`` picks one when a notebook holds several."""

    def __init__(self, page: Page, app: int = 0) -> None:
        self.page = page
        self.index = app

    def of(self, app: int) -> AppPage:
        return AppPage(self.page, app)

    @property
    def root(self) -> Locator:
        return self.page.locator(".rr-app").nth(self.index)

    # --- reading ----------------------------------------------------------------------------

    def text(self) -> str:
        return re.sub(r"[ \t]+", " ", self.root.inner_text())

    def expect_text(self, *texts: str) -> None:
        """Wait until the app shows every one of ``texts``."""
        for text in texts:
            expect(self.root).to_contain_text(text)

    def expect_no_text(self, text: str) -> None:
        expect(self.root).not_to_contain_text(text)

    def wait_ready(self, text: str) -> AppPage:
        """Wait for the app to be on the page and to show ``text`` (its first run is done)."""
        self.root.wait_for(state="visible")
        self.expect_text(text)
        return self

    # --- finding ----------------------------------------------------------------------------

    def button(self, label: str) -> Locator:
        return self.root.get_by_role("button", name=label, exact=True)

    def text_input(self, label: str) -> Locator:
        return self.root.locator(
            f".widget-text{_label(label)} input, .widget-password{_label(label)} input"
        ).first

    def select(self, label: str) -> Locator:
        return self.root.locator(f".widget-dropdown{_label(label)} select")

    def slider_handle(self, label: str) -> Locator:
        return self.root.locator(f".widget-slider{_label(label)} .noUi-handle").first

    def slider_readout(self, label: str) -> Locator:
        return self.root.locator(f".widget-slider{_label(label)} .widget-readout")

    def checkbox(self, label: str) -> Locator:
        return self.root.locator(".widget-checkbox", has_text=label).locator("input")

    # --- acting -----------------------------------------------------------------------------

    def click(self, label: str) -> None:
        self.button(label).click()

    def type_and_enter(self, label: str, text: str) -> Locator:
        """Replace a text input's content by typing, then commit it with Enter."""
        field = self.text_input(label)
        field.click()
        field.press("Control+a")
        field.press_sequentially(text)
        field.press("Enter")
        return field

    def pick(self, label: str, option: str) -> None:
        self.select(label).select_option(label=option)

    def slide(self, label: str, key: str = "ArrowRight", times: int = 1) -> None:
        """Move a slider with the keyboard: focus its handle, press ``key``."""
        handle = self.slider_handle(label)
        handle.focus()
        for _ in range(times):
            handle.press(key)

    def has_focus(self, locator: Locator) -> bool:
        return bool(locator.evaluate("el => el === document.activeElement"))

    # --- pictures ---------------------------------------------------------------------------

    def screenshot(self, path: Path) -> Path:
        """The whole page, however long: Voila and JupyterLab scroll inside a panel, so the
        viewport grows to the content's height for the picture."""
        page = self.page
        size = page.viewport_size or {"width": 1100, "height": 900}
        height = page.evaluate(
            """() => Math.max(...[...document.querySelectorAll('#rendered_cells, .jp-WindowedPanel-outer, body')]
                .map(el => el.scrollHeight))"""
        )
        page.set_viewport_size({"width": size["width"], "height": min(max(height, 400), 6000)})
        page.wait_for_timeout(300)  # let Lumino lay out the taller panel before the picture
        path.parent.mkdir(parents=True, exist_ok=True)
        page.screenshot(path=str(path), full_page=True)
        page.set_viewport_size(size)
        return path


def open_voila_app(page: Page, base_url: str, notebook: str, ready_text: str) -> AppPage:
    """Load a notebook's Voila page and wait until its (first) app shows ``ready_text``."""
    page.goto(f"{base_url}/voila/render/{notebook}")
    return AppPage(page).wait_ready(ready_text)


def open_lab_notebook(page: Page, base_url: str, name: str) -> None:
    """Open a notebook in JupyterLab (a fresh workspace), wait for its kernel, run all its cells."""
    page.goto(f"{base_url}/lab/tree/{name}?reset")  # a fresh workspace: no other notebook open
    # Polled rather than awaited: while the fresh workspace settles the first panel can be
    # replaced, and a promise of a replaced panel never settles (chromium collects it).
    page.wait_for_function(
        """name => {
            const panel = window.jupyterapp && window.jupyterapp.shell.currentWidget;
            return !!(panel && panel.context && panel.context.path === name && panel.context.isReady
                      && panel.sessionContext && panel.sessionContext.isReady);
        }""",
        arg=name,
        polling=100,
    )
    run_all_cells(page)


def run_all_cells(page: Page) -> None:
    page.evaluate("() => window.jupyterapp.commands.execute('notebook:run-all-cells')")


def run_cell(page: Page, index: int) -> None:
    """Run one cell of the notebook open in JupyterLab, as Shift+Enter on it would."""
    page.evaluate(
        """index => {
            window.jupyterapp.shell.currentWidget.content.activeCellIndex = index;
            return window.jupyterapp.commands.execute('notebook:run-cell');
        }""",
        index,
    )


_ICON_METRICS = """async () => {
    await document.fonts.ready;
    const icon = document.querySelector('.rr-app .rr-icon');
    const text = document.querySelector('#name-as-text');
    const button = [...document.querySelectorAll('.rr-app button')].find(b => b.textContent.includes('Save'));
    const range = document.createRange();
    range.setStart(button.lastChild, 0);
    range.setEnd(button.lastChild, 1);
    const faces = [...document.fonts].filter(f => f.family.replace(/["']/g, '') === 'Material Symbols Rounded');
    return {
        iconWidth: icon.getBoundingClientRect().width,
        iconSize: parseFloat(getComputedStyle(icon).fontSize),
        iconFont: getComputedStyle(icon).fontFamily,
        textWidth: text.getBoundingClientRect().width,
        faces: faces.map(f => f.status),
        buttonFont: getComputedStyle(button).fontFamily,
        buttonGlyphWidth: range.getBoundingClientRect().width,
        buttonSize: parseFloat(getComputedStyle(button).fontSize),
        glyphInFont: document.fonts.check('24px "Material Symbols Rounded"', '\\ue161'),
    };
}"""


def icon_metrics(page: Page) -> dict[str, Any]:
    """How the page draws its icons, once its fonts are ready: the first ``.rr-icon`` span's
    width and font, the width of ``#name-as-text`` (an icon's name as text, same size), the
    icon font's faces, and the first character of the button labelled ``Save``."""
    page.wait_for_function("document.querySelector('.rr-app .rr-icon') !== null")
    return page.evaluate(_ICON_METRICS)


def assert_icons_are_glyphs(seen: dict[str, Any]) -> None:
    """What ``icon_metrics`` must say of a page whose icons are drawn as glyphs."""
    assert seen["faces"] == ["loaded"], seen  # one font face, loaded from the page itself
    assert "Material Symbols Rounded" in seen["iconFont"], seen
    # the glyph is one em wide; the name as text is about three times that
    assert seen["iconWidth"] <= 1.1 * seen["iconSize"], seen
    assert seen["textWidth"] > 2 * seen["iconWidth"], seen
    assert "Material Symbols Rounded" in seen["buttonFont"] and seen["glyphInFont"], seen
    # an icon in a button's plain text: a glyph (one em), not a fallback box
    assert abs(seen["buttonGlyphWidth"] - seen["buttonSize"]) < 0.1 * seen["buttonSize"], seen


def page_errors(page: Page) -> list[Any]:
    """JavaScript errors on the page so far (collected by the fixture)."""
    return getattr(page, "_rr_errors", [])


#: What a page shows of a ``sliders_and_writes`` app (the paced-display test and benchmark):
#: sliders, distinct slider labels, the "Slider i is v" lines, and pacers still on the page.
COUNT_SLIDERS_AND_LINES = """() => {
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


def all_sliders_and_lines(count: int) -> str:
    """A page function true once ``count`` sliders and lines are shown and no pacer is left."""
    return f"""() => {{
        const c = ({COUNT_SLIDERS_AND_LINES})();
        return c && c.sliders >= {count} && c.lines >= {count} && c.pacers === 0;
    }}"""
