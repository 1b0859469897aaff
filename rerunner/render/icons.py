"""Drawing icons: Material Symbols glyphs, and the icon font, sent once per kernel.

An icon is drawn as its glyph's own character, from Unicode's Private Use Area (the font maps
each icon to one), in the icon font. Where an element's text is HTML (Markdown, labels,
headings, alerts, toasts...), ``:material/name:`` becomes a span in the icon font holding that
character, labelled ``name icon`` for screen readers, as Streamlit's span is. Where a trait is
plain text (a button's description, tab and expander titles, options), the character goes into
the text, and the widget gets the class ``rr-glyphs``, whose font list starts with the icon font.

The ``@font-face`` covers the Private Use Area only (``unicode-range``), so the icon font,
first in a list, draws the icons and nothing else: letters fall through to the next font.
(Streamlit's span holds the icon's name, which the font turns into the glyph by a ligature;
that needs the face to cover letters too, and such a face cannot come first in a plain-text
widget's font list. Last in the list, behind the page's fonts, chromium drew the first icon of
a page with the fallback font and never again once the icon font had loaded: seen in
``tests/browser/test_browser_icons.py``'s page.)

The font (``rerunner/assets``, 571,636 bytes of woff2, 762,184 as base64) goes to the browser
as a ``@font-face`` with a data URL, inside one hidden HTML widget that every app of the kernel
shares (``vdom.SHARED``, pinned): its state crosses the wire once per kernel, when the first
app draws its first icon, and never again, whatever the apps, reruns and re-run cells. Each app
page that has drawn an icon shows that widget in a hidden box (a view of the same model: no
bytes sent), from then on. It works offline, as any widget does, in JupyterLab, Notebook 7 and
Voila. A browser decodes a font only when some text needs it.
"""

from __future__ import annotations

import base64
import html
from functools import cache

import ipywidgets as w

from ..icons import MATERIAL, codepoints, material_name
from .vdom import SHARED, V, guard, shared_layout

FAMILY = "Material Symbols Rounded"
FONT_FILE = "assets/material-symbols-rounded.woff2"

#: Icons drawn by this kernel so far (a count: a view compares it before and after a render).
_drawn = 0


def drawn() -> int:
    return _drawn


def count_drawn() -> None:
    """Count one more icon drawn (``FontUse`` compares the count across a render)."""
    global _drawn
    _drawn += 1


def glyph(name: str) -> str:
    """The HTML of one Material icon the font draws (see the module's docstring)."""
    count_drawn()
    return (
        f'<span class="rr-icon" role="img" aria-label="{name} icon" translate="no">'
        f"{codepoints()[name]}</span>"
    )


def icon_html(icon: str | None) -> str:
    """An ``icon=`` value (validated) as HTML, with a space after it; "" for none."""
    if not icon:
        return ""
    if icon == "spinner":
        return '<span class="rr-spinner-icon rr-inline-spinner"></span> '
    name = material_name(icon)
    return f"{glyph(name)} " if name is not None else f"{html.escape(icon)} "


def material_html(rendered: str) -> str:
    """``rendered`` HTML with each ``:material/name:`` the font draws shown as its glyph."""
    if ":material/" not in rendered:
        return rendered
    chars = codepoints()
    return MATERIAL.sub(
        lambda m: glyph(m.group(1)) if m.group(1) in chars else m.group(0), rendered
    )


def plain(text: str) -> str:
    """``text`` for a plain-text trait: each ``:material/name:`` the font draws becomes the
    glyph's character (see ``glyph_classes``); other text is left as it is."""
    if ":material/" not in text:
        return text
    chars = codepoints()

    def swap(m):  # type: ignore[no-untyped-def]
        char = chars.get(m.group(1))
        if char is None:
            return m.group(0)
        count_drawn()
        return char

    return MATERIAL.sub(swap, text)


def icon_text(icon: str | None) -> str:
    """An ``icon=`` value for a plain-text trait, with a space after it; "" for none."""
    if not icon:
        return ""
    if icon == "spinner":
        return "⏳ "
    name = material_name(icon)
    if name is None:
        return f"{icon} "
    count_drawn()
    return f"{codepoints()[name]} "


def glyph_classes(*texts: str) -> tuple[str, ...]:
    """``("rr-glyphs",)`` if one of the plain ``texts`` holds an icon character (the class
    that lets the icon font draw it), else ``()``."""
    for text in texts:
        if any("\ue000" <= ch <= "\uf8ff" or ch >= "\U000f0000" for ch in text):
            return ("rr-glyphs",)
    return ()


@cache
def font_face() -> str:
    """The ``<style>`` that defines the icon font: the whole woff2 file as a data URL."""
    from importlib.resources import files

    data = base64.b64encode(files("rerunner").joinpath(FONT_FILE).read_bytes()).decode("ascii")
    return (
        f"<style>@font-face {{ font-family: '{FAMILY}'; font-style: normal; font-weight: 400; "
        "font-display: block; unicode-range: U+E000-F8FF, U+F0000-FFFFD; "
        f"src: url(data:font/woff2;base64,{data}) format('woff2'); }}</style>"
    )


def font_widget() -> w.HTML:
    """The kernel's one widget holding the font (made again if the front end closed it)."""

    def make() -> w.HTML:
        widget = w.HTML(value=font_face(), layout=shared_layout(None))
        guard(widget.style)  # the kernel's, as everything about this widget (SHARED guards it)
        return widget

    return SHARED.pin(("IconFont",), make)


class FontUse:
    """Whether an app's page needs the icon font: from the first render that draws an icon on
    (a later render may reuse descriptions without drawing them again)."""

    def __init__(self) -> None:
        self.needed = False

    def node(self, drawn_before: int) -> V | None:
        """The hidden box that shows the font widget, once this page has drawn an icon."""
        if _drawn != drawn_before:
            self.needed = True
        if not self.needed:
            return None
        return V(w.Box, {"children": (font_widget(),)}, layout={"display": "none"})
