"""What a long session must not accumulate, in process: widgets, shared models, cached renders."""

from __future__ import annotations

import gc

import ipywidgets as w
from ipywidgets.widgets.widget import _instances

from rerunner.render import markdown, text, vdom

from tests.support.inprocess import Harness

DATA_LAYOUTS = """
h = st.slider("h", 50, 2000, key="h")
with st.container(height=h):
    st.write("inside")
left, right = st.columns([1, 1 + h / 1000])  # widths no other test uses
left.write("left")
"""


def test_layouts_computed_from_data_are_closed_when_no_widget_uses_them() -> None:
    before = len(_instances)
    h = Harness(DATA_LAYOUTS)
    slider = h.find(w.IntSlider, "h")
    h.update(slider, value=1051)
    live, shared = len(_instances), len(vdom.SHARED)
    for value in range(1052, 1152):  # 100 heights and column widths, each a new Layout
        h.update(slider, value=value)
        assert len(_instances) == live
        assert len(vdom.SHARED) == shared
    assert h.find(w.IntSlider, "h").value == 1151
    h.app.close()
    assert len(_instances) == before  # the app's widgets and the layouts only it used are gone


def test_a_shared_layout_survives_while_another_widget_uses_it() -> None:
    h = Harness(
        'n = st.slider("n", 0, 2, key="n")\nfor i in range(n + 1):\n    st.container(height=123).write(i)'
    )
    height = [x for x in h.all() if x.layout.height == "123px"]
    assert len(height) == 1
    h.update(h.find(w.IntSlider, "n"), value=2)
    boxes = [x for x in h.all() if x.layout.height == "123px"]
    assert len(boxes) == 3 and len({id(x.layout) for x in boxes}) == 1  # one model, three users
    layout = boxes[0].layout
    h.update(h.find(w.IntSlider, "n"), value=0)
    assert layout.comm is not None  # still used by the container that stays
    h.update(h.find(w.IntSlider, "n"), value=1)
    assert [x.layout for x in h.all() if x.layout.height == "123px"] == [layout, layout]
    h.app.close()
    assert layout.comm is None  # its last user went: closed


def test_long_texts_are_rendered_but_not_cached() -> None:
    """A cache of 2,048 renders of a large table rewritten on every rerun would hold gigabytes."""
    caches = (markdown.to_html, markdown.inline_html, text.highlight)
    for cache in caches:
        cache.cache_clear()
    h = Harness('n = st.slider("n", 0, 100, key="n")\nst.write(f"| a |\\n|---|\\n" + f"| {n} |\\n" * 1000)\n'
                'st.code("x = 1\\n" * 1000 + str(n))\nst.write("short", n)')  # fmt: skip
    for value in range(1, 6):
        h.update(h.find(w.IntSlider, "n"), value=value)
    assert "<td>5</td>" in h.text()
    assert markdown.to_html.cache_info().currsize == 6  # the short texts only
    assert text.highlight.cache_info().currsize == 0
    assert (
        markdown.to_html.cache_info().hits == 0
        and markdown.to_html("**a**") == "<p><strong>a</strong></p>\n"
    )
    h.app.close()


def test_a_cell_rerun_with_a_syntax_error_again_and_again_leaves_one_banner(capsys) -> None:
    import types

    from rerunner import magic

    shell = types.SimpleNamespace(user_ns={})  # no kernel: display() prints, which is fine here
    gc.collect()  # earlier tests' apps, closed when collected, must not be counted going away
    good, broken = 'st.slider("a", 0, 5, key="a")', 'st.slider("a", 0, 5 key="a")'
    try:
        magic.start_app(shell, good, name="leak-cell", filename="<rerun leak-cell>")
        before = len(_instances)
        magic.start_app(shell, broken, name="leak-cell", filename="<rerun leak-cell>")
        with_banner = len(_instances)
        assert with_banner > before  # the error shows above the last good app
        for _ in range(5):
            magic.start_app(shell, broken, name="leak-cell", filename="<rerun leak-cell>")
            assert len(_instances) == with_banner
        magic.start_app(shell, good, name="leak-cell", filename="<rerun leak-cell>")
        assert len(_instances) == before  # fixed: banner closed, the app replaced
    finally:
        magic.APPS.pop("leak-cell").close()


def test_a_form_that_leaves_the_page_takes_its_unsent_values_with_it() -> None:
    h = Harness(
        'if st.checkbox("show form", value=True, key="show"):\n'
        '    with st.form("f"):\n'
        '        st.text_input("name", key="name")\n'
        '        st.form_submit_button("Send")\n'
    )
    h.update(h.find(w.Text, "name"), value="typed, not sent")
    assert h.app.forms._held  # parked until the form is sent
    h.update(h.find(w.Checkbox, "show form"), value=False)
    assert h.app.forms._held == {}  # the field went, and its unsent text with it
    h.update(h.find(w.Checkbox, "show form"), value=True)
    assert h.find(w.Text, "name").value == ""
    h.click(h.find(w.Button, "Send"))
    assert h.state["name"] == ""
    h.app.close()


def test_the_app_kept_under_a_syntax_error_shows_its_own_lines_in_tracebacks(capsys) -> None:
    import types

    from rerunner import magic

    shell = types.SimpleNamespace(user_ns={})
    good = 'x = st.number_input("n", value=1, key="n")\nst.write(10 // x)\n'
    try:
        app = magic.start_app(shell, good, name="lines-cell", filename="<rerun lines-cell>")
        magic.start_app(
            shell, '# edited\nst.write("oops"\n', name="lines-cell", filename="<rerun lines-cell>"
        )
        app.submit(app.state.key_meta("n").id, "0")  # the kept app fails: 10 // 0
        [error] = [el for el in app.tree.walk() if el.kind == "exception"]
        assert "st.write(10 // x)" in "\n".join(error.props.traceback)
    finally:
        magic.APPS.pop("lines-cell").close()
        magic._BANNERS.pop("lines-cell").close()
