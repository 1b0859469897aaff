"""Material icons: drawn as glyphs of the shipped font, which a page loads once per kernel.

What the browser does with them (the glyph drawn, not the name) is
``tests/browser/test_browser_icons.py``; here, what the kernel sends.
"""

from __future__ import annotations

import ipywidgets as w
import pytest

from rerunner.icons import codepoints
from rerunner.render import icons
from rerunner.render.markdown import to_html
from rerunner.testing import AppTest

from tests.support.inprocess import Harness
from tests.support.reference import rerunner_error, streamlit_error

ICON_APP = """
st.markdown("Home :material/home: and :red-badge[:material/star: New]")
st.button("Save", icon=":material/save:")
st.button("Like", icon=":material/thumb_up:", icon_position="right")
st.button(":material/home: Home")
st.title("Title", icon=":material/dashboard:")
st.info("Note", icon=":material/info:")
st.warning(":material/warning: lifted out")
with st.expander("More", icon=":material/settings:"):
    st.write("inside")
a, b = st.tabs([":material/home: Home", "Other"])
st.radio("Pick", [":material/bolt: fast", "slow"])
st.metric("Speed", 3, icon=":material/speed:")
st.toast("Done", icon=":material/done:")
st.link_button("Go", "https://example.com", icon=":material/open_in_new:")
"""


def _font_boxes(h: Harness) -> list[w.Box]:
    return [c for c in h.root.children if isinstance(c, w.Box) and c.children
            and c.children[0] is icons.font_widget()]  # fmt: skip


def test_html_places_draw_a_glyph_span_labelled_as_streamlits() -> None:
    h = Harness(ICON_APP)
    assert not h.errors()
    html = h.text()
    span = '<span class="rr-icon" role="img" aria-label="{0} icon" translate="no">{1}</span>'
    for name in ("home", "star", "dashboard", "info", "warning", "speed", "done", "open_in_new"):
        assert span.format(name, codepoints()[name]) in html, name
    assert ":material/" not in html  # every shortcode became a glyph
    # the leading icon of an alert's body is lifted out, as Streamlit does (AppTest sees it)
    at = AppTest.from_string("import streamlit as st\n" + ICON_APP).run()
    assert at.warning[0].value == "lifted out" and at.warning[0].icon == ":material/warning:"
    h.app.close()


def test_plain_text_traits_hold_the_glyph_character_and_the_class_that_draws_it() -> None:
    h = Harness(ICON_APP)
    save, like, home = (b for b in h.all() if isinstance(b, w.Button))
    chars = codepoints()
    assert save.description == f"{chars['save']} Save" and "rr-glyphs" in save._dom_classes
    assert like.description == f"Like {chars['thumb_up']}"
    assert home.description == f"{chars['home']} Home"
    [tabs] = [x for x in h.all() if isinstance(x, w.Tab)]
    assert tabs.titles == (f"{chars['home']} Home", "Other") and "rr-glyphs" in tabs._dom_classes
    [more] = [x for x in h.all() if isinstance(x, w.Accordion)]
    assert more.titles == (f"{chars['settings']} More",)
    [radio] = [x for x in h.all() if isinstance(x, w.RadioButtons)]
    assert radio.options[0] == (f"{chars['bolt']} fast", 0)
    plain = Harness('st.button("Save")\nst.tabs(["A"])')
    assert all("rr-glyphs" not in x._dom_classes for x in plain.all() if hasattr(x, "_dom_classes"))
    h.app.close()
    plain.app.close()


def test_the_font_is_one_shared_widget_shown_only_by_pages_that_draw_icons() -> None:
    plain = Harness('st.write("no icons")')
    assert _font_boxes(plain) == []
    first, second = Harness(ICON_APP, app_id="a"), Harness(ICON_APP, app_id="b")
    [box_a], [box_b] = _font_boxes(first), _font_boxes(second)
    assert box_a.children[0] is box_b.children[0]  # one model per kernel
    face = icons.font_face()
    assert box_a.children[0].value == face and "font/woff2;base64," in face
    assert 760_000 < len(face) < 765_000  # the 571,636-byte woff2 as base64, once
    assert box_a.layout.display == "none"
    for h in (plain, first, second):
        h.app.close()
    assert icons.font_widget().comm is not None  # pinned for the kernel's life


def test_a_page_keeps_the_font_when_a_rerun_draws_no_new_icon_and_sends_it_once() -> None:
    src = 'n = st.slider("n", 0, 9)\nst.markdown(":material/home: home")\nst.write(n)'
    icons.font_widget().close()  # as in a fresh kernel: the next page to draw an icon sends it
    first = AppTest.from_string(src).run()
    opens = [m.model for m in first.widget_messages if m.kind == "open"]
    first.slider[0].set_value(3).run()
    assert not [m for m in first.widget_messages if m.kind == "open"]  # nothing new per rerun
    assert first.widget_tree.children[-1].children[0] is icons.font_widget()
    second = AppTest.from_string(src).run()
    again = [m.model for m in second.widget_messages if m.kind == "open"]
    assert again.count("HTMLModel") == opens.count("HTMLModel") - 1  # the font is not re-sent
    first.close()
    second.close()


def test_a_font_widget_closed_by_the_front_end_is_sent_again() -> None:
    h = Harness('st.markdown(":material/home:")\nst.button("b")')
    old = icons.font_widget()
    old.comm._closed = True  # what a front end's comm_close leaves behind
    h.click(h.find(w.Button, "b"))
    [box] = [c for c in h.root.children if isinstance(c, w.Box) and c.children
             and c.children[0] is not old and isinstance(c.children[0], w.HTML)]  # fmt: skip
    assert box.children[0] is icons.font_widget() and box.children[0].comm is not None
    h.app.close()


def test_markdown_directives_render_as_streamlit_styles_them() -> None:
    html = to_html(
        ":red[r] :blue-background[b] :green-badge[New] :small[s] :rainbow[x] :foo[kept] "
        "`:red[code]` a -> b <- c <-> d -- e >= f <= g ~= h [x -> y](https://e.org) :help[tip]"
    )
    assert '<span class="rr-fg-red">r</span>' in html
    assert '<span class="rr-bg-blue">b</span>' in html
    assert '<span class="rr-badge rr-badge-green">New</span>' in html
    assert '<span class="rr-small">s</span>' in html and "rr-fg-rainbow" in html
    assert ":foo[kept]" in html and "<code>:red[code]</code>" in html
    assert "a → b ← c ↔ d — e ≥ f ≤ g ≈ h" in html and "x -&gt; y</a>" in html
    assert '<span class="rr-help" title="tip">ⓘ</span>' in html
    assert to_html(":material/not_an_icon:") == "<p>:material/not_an_icon:</p>\n"
    custom = to_html(':color[a]{foreground="#0a0" background="rgb(0 0 0 / 10%)"} '
                     ':color[b]{foreground="red;position:fixed"} :color[c]{background="url(x)"}')  # fmt: skip
    assert (
        '<span class="rr-colored-bg" style="color: #0a0; background-color: rgb(0 0 0 / 10%)">a'
        in custom
    )
    assert "<span>b</span> <span>c</span>" in custom  # not colours: no style at all
    assert to_html("a->b") == "<p>a-&gt;b</p>\n"  # only between spaces
    assert to_html(":smile: :+1: :nope: 10:30:00 `:smile:`") == (
        "<p>😄 👍 :nope: 10:30:00 <code>:smile:</code></p>\n"
    )


BAD_ICONS = [
    "':material/not_an_icon:'", "':material/home'", "':smile:'", "'nope'", "'é'",
    "'https://x.org/a.png'", "5",
]  # fmt: skip


@pytest.mark.parametrize("icon", BAD_ICONS)
@pytest.mark.parametrize(
    "call",
    ["st.button('b', icon={})", "st.info('i', icon={})", "st.header('h', icon={})",
     "st.expander('e', icon={})", "st.toast('t', icon={})"],
)  # fmt: skip
def test_bad_icons_get_streamlits_errors(call: str, icon: str) -> None:
    src = call.format(icon)
    assert rerunner_error(src) == streamlit_error(src)


def test_every_icon_name_the_font_draws_is_accepted() -> None:
    names = codepoints()
    assert len(names) == 4299 and names["home"] and names["thumb_up"]
    assert all(chr(0xE000) <= c <= chr(0xF8FF) or c >= chr(0xF0000) for c in names.values())
