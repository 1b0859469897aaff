"""Data and status elements in process: dataframe, table, metric, progress, spinner, status,
toast, latex, echo; checked against Streamlit 1.67's AppTest where it can observe them."""

from __future__ import annotations

import ipywidgets as w

from rerunner.render.table_widget import PAGE_ROWS, PagedTable

from tests.support.inprocess import Harness

# --- dataframe and table --------------------------------------------------------------------


def tables(h: Harness) -> list[PagedTable]:
    return [x for x in h.all() if isinstance(x, PagedTable)]


BIG = """
import pandas as pd
n = st.session_state.get("n", 100_000)
df = pd.DataFrame({"i": range(n), "sq": [i * i for i in range(n)], "tag": ["<b>x</b>"] * n})
st.table(df, hide_index=False)
st.button("rerun")
"""


def test_big_table_sends_one_page_and_pages_without_rerunning() -> None:
    h = Harness(BIG)
    [table] = tables(h)
    html = table._body.value
    assert html.count("<tr>") == PAGE_ROWS + 1  # the header and one page of rows
    assert 'rr-index">99</th>' in html and 'rr-index">100</th>' not in html
    assert "&lt;b&gt;x&lt;/b&gt;" in html and "<b>x</b>" not in html  # cells are escaped
    assert "Rows 1–100 of 100,000" in table._status.value
    runs = h.app.run_count
    h.click(table._buttons["next"])
    assert "Rows 101–200 of 100,000" in table._status.value
    assert (
        'rr-index">100</th>' in table._body.value and 'rr-index">99</th>' not in table._body.value
    )
    h.click(table._buttons["last"])
    assert "Rows 99,901–100,000 of 100,000" in table._status.value
    assert table._buttons["next"].disabled and not table._buttons["previous"].disabled
    assert h.app.run_count == runs  # paging never reruns the app


def test_page_survives_a_rerun_and_is_clamped_when_the_data_shrinks() -> None:
    h = Harness(BIG)
    [table] = tables(h)
    h.click(table._buttons["next"])
    h.click(h.find(w.Button, "rerun"))
    assert tables(h) == [table] and "Rows 101–200" in table._status.value
    h.state["n"] = 150
    h.click(h.find(w.Button, "rerun"))
    assert tables(h) == [table] and "Rows 101–150 of 150" in table._status.value
    h.state["n"] = 5
    h.click(h.find(w.Button, "rerun"))
    assert table._pager.layout.display == "none" and table._body.value.count("<tr>") == 6


def test_table_shows_all_rows_with_its_border_mode_and_header_rules() -> None:
    h = Harness("st.table([[1, 2], [3, 4]], border='horizontal')\nst.table({'k': 'v'})")
    plain, key_value = tables(h)
    assert "rr-border-horizontal" in plain._body.value and "<thead>" not in plain._body.value
    assert "max-height" not in plain._body.value
    assert (
        "<thead>" not in key_value._body.value
        and 'rr-index">k</th><td>v</td>' in key_value._body.value
    )


# --- metric ---------------------------------------------------------------------------------


def test_metric_renders_arrow_colour_sparkline_and_format() -> None:
    h = Harness(
        "st.metric('**Sales**', 1234.5, -3, chart_data=[1, 3, 2], border=True, format='%.1f')"
    )
    [html] = [t for t in h.html() if "rr-metric" in t]
    assert "<strong>Sales</strong>" in html and "1234.5" in html
    assert 'rr-fg-red">↓ -3.0' in html and "<polyline" in html and "rr-metric-border" in html


# --- progress, spinner, status, toast ---------------------------------------------------------


def test_progress_handle_moves_the_bar() -> None:
    h = Harness(
        "bar = st.progress(0, text='go')\nfor i in range(5):\n    bar.progress(i * 25, text=f'step {i}')"
    )
    [el] = h.elements("progress")
    assert el.props.percent == 100 and el.props.text == "step 4"
    assert 'style="width:100%"' in h.text()


class Recorder:
    """Wraps a harness's real view to note what the page showed at each update."""

    def __init__(self, h: Harness) -> None:
        self.h = h
        self.pages: list[tuple[bool, str]] = []
        real = h.view.update

        def update(tree, emit, partial=False):
            real(tree, emit, partial)
            self.pages.append((partial, h.text()))

        h.view.update = update  # type: ignore[method-assign]


SLOW = """
st.button("go")
with st.spinner("Crunching numbers"):
    st.session_state["inside"] = True
st.write("done")
"""


def test_spinner_shows_mid_run_then_disappears() -> None:
    h = Harness(SLOW)
    assert "Crunching" not in h.text()  # the first run: nothing on screen yet to update
    recorder = Recorder(h)
    h.click(h.find(w.Button, "go"))
    [(partial, mid), (final_partial, end)] = recorder.pages
    assert partial and "Crunching numbers" in mid and "rr-spinner" in mid
    assert not final_partial and "Crunching" not in end and "done" in end
    assert h.app.live_updates == 1


def test_live_updates_keep_the_widgets_below_and_are_throttled() -> None:
    src = """
st.text_input("above", key="above")
bar = st.progress(0)
for i in range(50):
    bar.progress(i)
st.slider("below", 0, 10, key="below")
"""
    h = Harness(src)
    slider = h.find(w.IntSlider, "below")
    recorder = Recorder(h)
    h.update(h.find(w.Text, "above"), value="x")
    assert h.find(w.IntSlider, "below") is slider and slider.comm is not None
    live = [page for partial, page in recorder.pages if partial]
    assert 1 <= len(live) < 50  # the first one always; the rest at most every live_interval
    h.app.live_interval = 0
    recorder.pages.clear()
    h.update(h.find(w.Text, "above"), value="y")
    assert len([p for p, _ in recorder.pages if p]) == 51  # the progress call and its 50 moves


def test_status_updates_and_completes_on_exit() -> None:
    src = """
with st.status("Downloading", expanded=True) as s:
    st.write("step 1")
    s.update(label="Almost")
done = st.status("Other")
try:
    with st.status("Fails"):
        raise ValueError("boom")
except ValueError:
    pass
"""
    h = Harness(src)
    first, second, third = h.elements("status")
    assert (first.props.label, first.props.state) == ("Almost", "complete")
    assert second.props.state == "running" and third.props.state == "error"
    accordion = [x for x in h.all() if isinstance(x, w.Accordion)]
    assert accordion[0].titles == ("✅ Almost",) and accordion[0].selected_index == 0
    assert accordion[1].titles == ("⏳ Other",) and accordion[2].titles == ("❌ Fails",)


def test_toast_fades_after_its_duration() -> None:
    h = Harness("st.toast('Saved **file**', icon='🎉')\nst.toast('Stays', duration='infinite')")
    fading, staying = [t for t in h.html() if "rr-toast" in t]
    assert "animation-delay:4s" in fading and "🎉" in fading and "<strong>file</strong>" in fading
    assert "rr-toast-fades" not in staying


# --- latex and echo ---------------------------------------------------------------------------


def test_latex_is_typeset_by_mathjax_with_html_escaped() -> None:
    h = Harness(r"st.latex(r'a < b \cdot c')")
    [math] = [x for x in h.all() if isinstance(x, w.HTMLMath)]
    assert math.value == r"$$a &lt; b \cdot c$$"
    assert Harness("st.latex(5)").elements("latex")[0].props.body == "5"
