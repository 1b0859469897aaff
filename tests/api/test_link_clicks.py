"""Download and link buttons whose clicks reach the kernel (``on_click``), in process: the
front end's custom "click" message, as ``js/src/anchor.js`` sends it."""

from __future__ import annotations

import ipywidgets as w

from rerunner.render.button import Anchor

from tests.support.inprocess import Harness

APP = """
log = st.session_state.setdefault("log", [])
got = st.download_button("Save", "a,b", file_name="x.csv", on_click=lambda: log.append("dl"))
quiet = st.download_button("Quiet", "a", on_click="ignore")
link = st.link_button("Docs", "https://example.org", on_click=lambda: log.append("link"), key="lk")
plain = st.link_button("Plain", "https://example.org", width="stretch")
st.write("got", got, link, len(log))
"""


def click(widget: w.Widget) -> None:
    widget._handle_msg(
        {"content": {"data": {"method": "custom", "content": {"event": "click"}}}, "buffers": []}
    )


def test_clicks_on_links_run_the_callback_and_rerun() -> None:
    h = Harness(APP)
    assert h.errors() == []
    anchors = [x for x in h.all() if isinstance(x, Anchor)]
    assert len(anchors) == 2  # "ignore" and the default link button stay plain HTML
    save, docs = anchors
    assert 'download="x.csv"' in save.html and "st-key-lk" in docs._dom_classes
    click(save)
    assert (
        h.state["log"] == ["dl"]
        and "got <code>True</code> <code>False</code> <code>1</code>" in h.text()
    )
    click(docs)
    assert h.state["log"] == ["dl", "link"]
    assert "got <code>False</code> <code>True</code> <code>2</code>" in h.text()
    h.app.run()  # a trigger: True in the run the click caused only
    assert "got <code>False</code> <code>False</code> <code>2</code>" in h.text()
    plain = next(x for x in h.all() if type(x) is w.HTML and ">Plain</a>" in x.value)
    assert "rr-link-fill" in plain._dom_classes and plain.layout.width == "100%"


def test_a_disabled_link_sends_no_click() -> None:
    h = Harness("st.session_state.n = st.session_state.get('n', 0) + 1\n"
                "st.download_button('Save', 'a', disabled=True)")  # fmt: skip
    [anchor] = [x for x in h.all() if isinstance(x, Anchor)]
    assert "<a " not in anchor.html  # drawn as a span: nothing to click in the browser
