"""``st.html`` sanitised in the kernel as Streamlit's DOMPurify sanitises it in the browser;
``st.badge`` and ``st.space`` drawn. (What Streamlit's AppTest sees of them is compared by
the conformance cases.)"""

from __future__ import annotations

import ipywidgets as w

from rerunner.render.html import sanitize
from rerunner.testing import AppTest

from tests.support.inprocess import Harness


def test_scripts_handlers_and_foreign_markup_go_while_html_and_styles_stay() -> None:
    dirty = (
        '<style>p { color: red }</style><p onclick="x()" style="color:blue" class="c" '
        'data-k="1" aria-label="l" id="i">hi</p><script>window.x=1</script>'
        '<img src="x" onerror="alert(1)"><svg onload="x()"><circle/></svg><iframe src="/"></iframe>'
        '<a href="javascript:alert(1)" target="_blank">js</a><a href="https://e.org" target="top">t</a>'
        '<form action="/go"><input value="v" onfocus="x()"><button>b</button></form><!-- note -->'
        '<img src="data:image/png;base64,AAAA"><a href="data:text/html,x">d</a>'
    )
    clean = sanitize(dirty)
    for gone in ("onclick", "<script", "window.x", "onerror", "<svg", "<circle", "<iframe",
                 "javascript:", "onfocus", "note", 'target="top"', "data:text/html"):  # fmt: skip
        assert gone not in clean, gone
    for kept in ("<style>p { color: red }</style>", 'style="color:blue"', 'class="c"',
                 'data-k="1"', 'aria-label="l"', 'id="i"', '<img src="x">', 'target="_blank"',
                 'rel="noopener noreferrer"', '<form action="/go">', '<input value="v">',
                 "<button>b</button>", 'src="data:image/png;base64,AAAA"'):  # fmt: skip
        assert kept in clean, kept


def test_scripts_stay_and_run_only_when_javascript_is_allowed() -> None:
    h = Harness(
        'st.html("<p onclick=\\"x()\\">a</p><script>window.ran = 1</script>")\n'
        'st.html("<p onclick=\\"x()\\">b</p><script>window.ran = 2</script>", '
        "unsafe_allow_javascript=True)"
    )
    safe = [x for x in h.all() if isinstance(x, w.HTML) and "rr-html" in x._dom_classes]
    [allowed] = [x for x in h.all() if isinstance(x, w.Output) and "rr-html" in x._dom_classes]
    assert safe[0].value == "<p>a</p>"
    html = allowed.outputs[0]["data"]["text/html"]
    assert html == "<p>b</p><script>window.ran = 2</script>"  # handlers go all the same
    h.app.close()


def test_style_only_html_takes_no_room_and_is_no_element_of_the_page() -> None:
    h = Harness('st.html("<style>.x { color: red }</style>")\nst.html("<b>b</b>", width=120)')
    styles, sized = (x for x in h.all() if isinstance(x, w.HTML) and "rr-html" in x._dom_classes)
    assert styles.layout.display == "none" and styles.value.startswith("<style>")
    assert sized.layout.width == "120px"
    at = AppTest.from_string(
        'import streamlit as st\nst.html("<style>.x {}</style>")\nst.html("<b>b</b>")'
    ).run()
    assert [n.value for n in at.html] == ["<b>b</b>"]  # the HTML as given, as Streamlit keeps it
    h.app.close()


def test_badges_and_spaces_are_drawn() -> None:
    h = Harness('st.badge("Done", icon="🔥", color="green")\nst.space("medium")\nst.space(30)')
    assert '<span class="rr-badge rr-badge-green">🔥 Done</span>' in h.text()
    spaces = [x for x in h.all() if "rr-space" in getattr(x, "_dom_classes", ())]
    assert [s.layout.flex for s in spaces] == ["0 0 2.5rem", "0 0 30px"]
    h.app.close()
