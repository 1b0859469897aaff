"""Widths, one-line text, alignment and help of the text elements, as drawn in process."""

from __future__ import annotations

import ipywidgets as w

from tests.support.inprocess import Harness


def _boxes(h: Harness, cls: str) -> list[w.Widget]:
    return [x for x in h.all() if cls in getattr(x, "_dom_classes", ())]


def test_text_elements_take_their_width() -> None:
    h = Harness(
        "st.markdown('m', width=200)\n"
        "st.markdown('auto')\n"
        "st.title('t', width='content')\n"
        "st.text('x', width='stretch')\n"
        "st.text('default')\n"
        "st.code('c', width=150, height=80)\n"
        "st.json({'a': 1}, width=120)\n"
        "st.divider(width=90)\n"
        "st.info('i', width=110)\n"
        "st.exception(ValueError('v'), width=130)\n"
        "st.caption('c', width=140)\n"
        "st.latex('x', width='content')\n"
    )
    assert h.errors() == ["v"]  # st.exception's own box
    markdown = _boxes(h, "rr-markdown")
    assert [m.layout.width for m in markdown] == ["200px", "100%", "140px"]
    assert _boxes(h, "rr-heading")[0].layout.width == "auto"
    assert [t.layout.width for t in _boxes(h, "rr-text-element")] == ["100%", "auto"]
    code = _boxes(h, "rr-code-element")[0]
    assert code.layout.width == "150px" and "height:80px;overflow:auto" in code.value
    assert _boxes(h, "rr-json-element")[0].layout.width == "120px"
    assert _boxes(h, "rr-divider")[0].layout.width == "90px"
    assert _boxes(h, "rr-alert-element")[0].layout.width == "110px"
    assert _boxes(h, "rr-exception-element")[0].layout.width == "130px"
    assert _boxes(h, "rr-latex")[0].layout.width == "auto"


def test_wrap_false_keeps_one_line_and_help_and_alignment_show() -> None:
    h = Harness(
        "st.text('a long line', wrap=False, help='about it', text_alignment='right')\n"
        "st.caption('cap', help='more')\n"
        "st.subheader('sub', wrap=False)\n"
        "st.markdown('**md**', wrap=False)\n"
    )
    text, caption, heading, markdown = h.html()
    assert 'title="a long line" class="rr-text rr-one-line"' in text and "text-align:right" in text
    assert 'title="about it"' in text  # the help icon's tooltip
    assert 'title="more"' in caption and "rr-one-line" not in caption
    assert '<h3 title="sub" class="rr-one-line"' in heading
    assert "rr-one-line" in markdown


def test_other_elements_take_their_size() -> None:
    h = Harness(
        "st.metric('m', 1, height=90)\n"
        "st.file_uploader('f', width=260)\n"
        "import plotly.graph_objects as go\n"
        "st.plotly_chart(go.Figure(data=[{'type': 'bar', 'y': [1, 2]}]), use_container_width=False)\n",
    )
    assert h.errors() == []
    metric = _boxes(h, "rr-metric-element")[0]
    assert "height:90px;overflow:auto" in metric.value
    assert _boxes(h, "rr-file-uploader")[0].layout.width == "260px"
    [chart] = h.elements("plotly_chart")
    assert chart.props.width == 700  # the figure's own width, or plotly.js's default


def test_a_spinner_takes_its_width_while_it_shows() -> None:
    from rerunner.api.lib import require_run

    harness: list[Harness] = []
    seen: list[str] = []

    def snap() -> None:  # the page as shown mid-run, once the app is on screen
        if harness:
            require_run("spinner").show_live(force=True)
            seen.extend(x.layout.width for x in _boxes(harness[0], "rr-spinner-element"))

    harness.append(
        Harness("with st.spinner('wait', width=180):\n    SNAP()", namespace={"SNAP": snap})
    )
    harness[0].app.run()
    assert seen == ["180px"]
