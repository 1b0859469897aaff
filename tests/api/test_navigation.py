"""Multipage apps in process: st.navigation, st.Page, st.switch_page, st.page_link, st.logo,
the pages/ folder, the app's location (page, query parameters) and what the browser reports
(st.context), and rerunner's AppTest.switch_page."""

from __future__ import annotations

import html
import textwrap
from pathlib import Path

import ipywidgets as w
import pytest

from rerunner.elements import LOCATION, NAVIGATE
from rerunner.errors import StreamlitValueError
from rerunner.render.location import LocationReport
from rerunner.testing import AppTest

from tests.support.inprocess import Harness

APP = """
def home():
    st.title("Home")
    st.text_input("Name", key="name")
    st.page_link(report, label="See the report", query_params={"year": "2024"})
def report():
    st.title("Report")
    st.write("params", st.query_params.to_dict(), "name" in st.session_state)
    if st.button("Home again"):
        st.switch_page(pages[0], query_params={"from": "report"})
def secret():
    st.title("Teacher")
report = st.Page(report, title="The report", icon=":material/bar_chart:")
pages = [st.Page(home, icon=":material/home:"), report, st.Page(secret, visibility="hidden")]
st.logo(":material/school:")
pg = st.navigation(pages)
pg.run()
"""


def buttons(h: Harness) -> list[w.Button]:
    return [x for x in h.all() if type(x) is w.Button]


def click(h: Harness, text: str) -> None:
    h.click(next(b for b in buttons(h) if b.description.endswith(text)))


def titles(h: Harness) -> list[str]:
    return [e.props.body for e in h.app.tree.walk() if e.kind == "heading"]


def location_widget(h: Harness) -> LocationReport:
    return next(x for x in h.all() if isinstance(x, LocationReport))


def test_the_menu_switches_pages_and_the_page_is_the_apps_state() -> None:
    h = Harness(APP)
    assert titles(h) == ["Home"]
    menu = [b for b in buttons(h) if "rr-nav-link" in b._dom_classes]
    assert [b.description.split(" ", 1)[-1] for b in menu] == ["home", "The report"]  # hidden
    assert "rr-nav-current" in menu[0]._dom_classes
    assert h.app.tree.props.location["hash"] == ""
    click(h, "The report")
    assert titles(h) == ["Report"]
    assert h.app.location.page == "report"
    target = location_widget(h).target
    assert (target["hash"], target["mode"], target["search"]) == ("#/report", "push", "")
    h.app.run()  # a rerun stays on the page
    assert titles(h) == ["Report"]
    assert location_widget(h).target["seq"] == target["seq"]  # nothing new for the URL


def test_page_link_and_switch_page_carry_query_params_and_forget_the_pages_widgets() -> None:
    h = Harness(APP)
    h.update(h.find(w.Text), value="Ann")
    assert h.state.to_dict()["name"] == "Ann"
    link = next(b for b in buttons(h) if "rr-page-link" in b._dom_classes)
    assert link.description.endswith(" See the report")  # with the page's icon
    h.click(link)
    assert titles(h) == ["Report"]
    assert "&quot;year&quot;: &quot;2024&quot;" in h.text()
    assert "name" not in h.state.to_dict()  # the home page's widget went with its page
    assert "<code>False</code>" in h.text()  # already gone when the new page ran
    click(h, "Home again")
    assert titles(h) == ["Home"]
    assert h.app.location.query == [("from", "report")]
    target = location_widget(h).target
    assert (target["hash"], target["search"], target["mode"]) == ("", "?from=report", "push")


def test_a_hidden_page_is_reached_by_its_url_and_an_unknown_one_shows_the_default() -> None:
    h = Harness(APP)
    h.app.submit(NAVIGATE, {"page": "secret", "query": ""})
    assert titles(h) == ["Teacher"]
    h.app.submit(NAVIGATE, {"page": "nowhere", "query": ""})
    assert titles(h) == ["Home"]
    assert h.app.tree.props.location["hash"] == ""  # the URL is corrected to the default page


def test_the_browsers_report_chooses_the_page_and_query_where_the_url_is_the_apps() -> None:
    h = Harness(APP)
    runs = h.app.run_count
    widget = location_widget(h)
    # JupyterLab: the URL names the notebook; only the browser's facts count
    h.update(widget, report={"writable": False, "theme": "dark", "n": 1, "hash": "#/report"})
    assert titles(h) == ["Home"] and h.app.run_count == runs  # nothing this app reads changed
    # Voila, reloaded on the report page with a query string
    h.update(widget, report={"writable": True, "search": "?year=1999", "hash": "#/report", "n": 2})
    assert titles(h) == ["Report"] and h.app.location.query == [("year", "1999")]
    assert widget.target["hash"] == "#/report" and widget.target["search"] == "?year=1999"
    # back: the notebook's own anchors are not pages
    h.update(widget, report={"writable": True, "search": "", "hash": "#Heading", "n": 3})
    assert titles(h) == ["Report"] and h.app.location.query == []
    h.update(widget, report={"writable": True, "search": "", "hash": "", "n": 4})
    assert titles(h) == ["Home"]


def test_query_params_write_back_by_replacing_and_an_app_without_pages_leaves_the_hash() -> None:
    h = Harness('st.query_params["n"] = str(int(st.query_params.get("n", 0)) + 1)\nst.write("x")')
    widget = location_widget(h)
    assert widget.target == {"search": "?n=1", "hash": None, "seq": 1, "mode": "replace"}
    h.app.run()
    assert widget.target["search"] == "?n=2" and widget.target["seq"] == 2
    assert not any(isinstance(x, LocationReport) for x in Harness("st.write('x')").all())


def test_st_context_reads_the_browsers_report_and_reruns_when_it_changes() -> None:
    h = Harness(
        "c = st.context\n"
        "st.write(c.theme.type, c.timezone, c.timezone_offset, c.locale, c.url, c.is_embedded,"
        " c.ip_address, c.headers.get('user-agent'), c.cookies.get('a'))"
    )
    assert "None" in h.text()
    h.app.submit(
        LOCATION,
        {
            "theme": "dark", "timezone": "Europe/Paris", "timezone_offset": -60, "locale": "fr-FR",
            "url": "http://h/voila/render/x.ipynb", "user_agent": "UA", "cookies": "a=1; b=2",
            "embedded": False, "host": "h",
        },
    )  # fmt: skip
    shown = h.text()
    for part in ("dark", "Europe/Paris", "-60", "fr-FR", "http://h/voila/render/x.ipynb", "UA"):
        assert part in shown, part


def test_sections_top_position_and_the_fold() -> None:
    many = ", ".join(f"st.Page(lambda: None, title='P{i}', url_path='p{i}')" for i in range(12))
    h = Harness(f"st.navigation({{'Main': [{many}]}}).run()")
    [fold] = [x for x in h.all() if type(x) is w.Accordion]
    assert fold.titles == ("View 2 more",)
    assert "Main" in h.text()
    h = Harness(f"st.navigation([{many}], expanded=True).run()")
    assert not [x for x in h.all() if type(x) is w.Accordion]
    h = Harness(f"st.navigation([{many}], expanded=3).run()")
    [fold] = [x for x in h.all() if type(x) is w.Accordion]
    assert fold.titles == ("View 9 more",)
    h = Harness("st.navigation([st.Page(lambda: None, title='A')], position='top').run()")
    assert any("rr-topbar" in x._dom_classes for x in h.all() if isinstance(x, w.Box))
    assert not h.sidebar.children
    h = Harness("st.navigation([st.Page(lambda: None, title='A')], position='hidden').run()")
    assert not [b for b in buttons(h) if "rr-nav-link" in b._dom_classes]
    h = Harness(
        "st.set_option('client.showSidebarNavigation', False)\n"
        "st.navigation([st.Page(lambda: None, title='A')]).run()\n"
        "st.set_option('client.showSidebarNavigation', True)"
    )
    assert not h.errors() and h.app.tree.children[0].props.position == "hidden"
    assert not [b for b in buttons(h) if "rr-nav-link" in b._dom_classes]


@pytest.mark.parametrize(
    ("source", "message"),
    [
        (
            "st.navigation([st.Page(lambda: None, title='x', url_path='p'),"
            " st.Page(lambda: None, title='y', url_path='p')])",
            'Two pages resolve to the URL pathname `/p`: callable titled "x" (default page) and '
            'callable titled "y".',
        ),
        (
            "st.navigation([st.Page(lambda: None, title='x', default=True),"
            " st.Page(lambda: None, title='y', default=True)])",
            "Multiple Pages specified with `default=True`. At most one Page can be set to default.",
        ),
        (
            "st.navigation([st.Page(lambda: None, title='x')]).run()\nst.switch_page('nope.py')",
            "Could not find page: `nope.py`. You must provide a `Page` object or file path",
        ),
        (
            "p = st.Page(lambda: None, title='x')\nst.navigation([p]).run()\np.run()",
            "This page cannot be called directly. Only the page returned from st.navigation can "
            "be called once.",
        ),
        (
            "st.Page('missing.py')",
            "Unable to create Page. The file `missing.py` could not be found.",
        ),
        ("st.page_link('https://example.com')", "The `label` parameter is required."),
    ],
)
def test_streamlits_error_texts(source: str, message: str) -> None:
    [error] = Harness(source).errors()
    assert message in error


@pytest.mark.parametrize(
    "args",
    [
        ("missing.py",),
        ("pages/missing.py",),
        ("https://example.com",),  # without the title a running app needs
        (lambda: None,),
    ],
)
def test_a_page_made_outside_a_running_app_is_returned_quietly_as_streamlit_does(
    args: tuple,
) -> None:
    import streamlit

    from rerunner import st

    assert isinstance(streamlit.Page(*args), streamlit.Page)  # Streamlit's own, without an app
    page = st.Page(*args)
    assert isinstance(page, st.Page)
    assert repr(page) == "StreamlitPage()"
    with pytest.raises(StreamlitValueError, match="Invalid `visibility` value"):
        st.Page(*args, visibility="secret")  # checked before Streamlit looks for the app


def test_logo_goes_to_the_sidebar_with_a_menu_and_its_icon_image_to_the_bar_without() -> None:
    h = Harness("st.logo(':material/school:', icon_image=':material/star:', size='large')\n"
                "st.navigation([st.Page(lambda: None, title='A')]).run()")  # fmt: skip
    assert "school icon" in h.sidebar.children[0].value and "32px" in h.sidebar.children[0].value
    h = Harness("st.logo(':material/school:', icon_image=':material/star:')\nst.write('x')")
    assert "star icon" in h.text() and "school icon" not in h.text()


def _project(tmp_path: Path) -> Path:
    (tmp_path / "pages").mkdir()
    (tmp_path / "app.py").write_text("import streamlit as st\nst.title('Main')\n")
    (tmp_path / "pages" / "2_Second.py").write_text("import streamlit as st\nst.title('Two')\n")
    (tmp_path / "pages" / "10_📈_Charts.py").write_text("st.title('Ten')\n")
    (tmp_path / "pages" / "1_First_page.py").write_text(
        "import streamlit as st\nst.title('One')\nst.page_link('pages/2_Second.py')\n"
        "if st.button('to app'):\n    st.switch_page('app.py')\n"
    )
    return tmp_path / "app.py"


def test_a_pages_folder_beside_a_file_makes_a_multipage_app_in_streamlits_order(
    tmp_path: Path,
) -> None:
    at = AppTest.from_file(str(_project(tmp_path))).run()
    assert [t.value for t in at.title] == ["Main"]
    entries = at._app.tree.children[0].props.entries
    assert [(e["title"], e["url_path"], e["icon"]) for e in entries] == [
        ("app", "", ""), ("First page", "First_page", ""), ("Second", "Second", ""),
        ("Charts", "Charts", "📈"),
    ]  # fmt: skip
    at.switch_page("pages/1_First_page.py").run()
    assert [t.value for t in at.title] == ["One"]
    assert at.get("page_link")[0].value == "Second"
    at.button[0].click().run()
    assert [t.value for t in at.title] == ["Main"]
    with pytest.raises(ValueError, match="Could not find page 'pages/none.py'"):
        at.switch_page("pages/none.py")


def test_file_pages_of_st_navigation_are_relative_to_the_script(tmp_path: Path) -> None:
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "page_b.py").write_text("st.title('B file')\nst.write(__name__)\n")
    main = tmp_path / "main.py"
    main.write_text(
        textwrap.dedent("""
        import streamlit as st
        pg = st.navigation([st.Page(lambda: st.title('A'), title='A'), st.Page('sub/page_b.py')])
        pg.run()
        """)
    )
    at = AppTest.from_file(str(main)).run()
    at.switch_page("sub/page_b.py").run()
    assert [t.value for t in at.title] == ["B file"]
    assert "main" in at.markdown[0].value


def test_apptest_query_params_and_context() -> None:
    at = AppTest.from_string(
        "import streamlit as st\nst.write(st.query_params.get_all('t'), st.context.theme.type)\n"
        "st.query_params['seen'] = '1'"
    )
    at.query_params["t"] = ["a", "b"]
    at.context = {"theme": "dark"}
    at.run()
    assert "dark" in at.markdown[0].value
    assert at.query_params == {"t": ["a", "b"], "seen": "1"}


BOUND = """
n = st.slider("Level", 0, 10, key="level", bind="query-params")
pick = st.selectbox("Fruit", ["apple", "pear"], key="fruit", bind="query-params")
tags = st.multiselect("Tags", ["a", "b", "c"], key="tags", bind="query-params")
if st.checkbox("Show more", key="more", bind="query-params"):
    st.text_input("Note", key="note", bind="query-params")
st.write("state", n, pick, tags)
"""


def test_bound_widgets_start_from_the_url_and_write_their_values_back() -> None:
    h = Harness(BOUND, before_run=lambda app: app.location.set_query(
        [("level", "7"), ("fruit", "pear"), ("tags", "a"), ("tags", "c"), ("more", "true"),
         ("note", "hi"), ("other", "x")]
    ))  # fmt: skip
    assert "state <code>7</code> pear" in h.text() and h.find(w.Text).value == "hi"
    assert h.state.to_dict()["tags"] == ["a", "c"]
    h.update(h.find(w.IntSlider), value=3)
    assert ("level", "3") in h.app.location.query
    h.update(h.find(w.IntSlider), value=0)  # the default: the parameter leaves the URL
    assert not [k for k, _ in h.app.location.query if k == "level"]
    h.update(h.find(w.Checkbox), value=False)  # the note is no longer drawn: its parameter goes
    assert dict(h.app.location.query) == {"fruit": "pear", "tags": "c", "other": "x"}
    assert location_widget(h).target["search"] == "?fruit=pear&tags=a&tags=c&other=x"


def test_an_invalid_url_value_is_dropped_and_the_url_wins_on_back_and_forward() -> None:
    h = Harness(BOUND, before_run=lambda app: app.location.set_query(
        [("level", "99"), ("fruit", "plum")]
    ))  # fmt: skip
    assert "state <code>0</code> apple" in h.text()
    assert h.app.location.query == []
    h.update(h.find(w.IntSlider), value=5)
    widget = location_widget(h)
    h.update(
        widget,
        report={"writable": True, "search": "?level=2", "hash": "", "reason": "history", "n": 1},
    )
    assert h.find(w.IntSlider).value == 2
    h.update(
        widget, report={"writable": True, "search": "", "hash": "", "reason": "history", "n": 2}
    )
    assert h.find(w.IntSlider).value == 0  # no parameter: the default


@pytest.mark.parametrize(
    ("source", "message"),
    [
        (
            "st.slider('x', bind='query-params')",
            "The `key` parameter is required. When using bind='query-params'",
        ),
        (
            "st.checkbox('x', key='embed', bind='query-params')",
            "Cannot bind to reserved query parameter 'embed'.",
        ),
        (
            "st.checkbox('x', key='k', bind='url')",
            "Invalid `bind` value. Supported values: 'query-params', None.",
        ),
    ],
)
def test_bind_errors(source: str, message: str) -> None:
    [error] = Harness(source).errors()
    assert error.startswith(message)


PILLS = """
size = st.pills("Size", ["s", "m", "l"], default="m", key="size", bind="query-params")
mode = st.segmented_control("Mode", ["a", "b"], key="mode", bind="query-params")
tags = st.pills("Tags", ["x", "y", "z"], selection_mode="multi", key="tags", bind="query-params")
st.write("state", size, mode, tags)
"""


def test_bound_pills_and_segmented_controls_read_and_write_their_labels() -> None:
    h = Harness(PILLS, before_run=lambda app: app.location.set_query(
        [("size", "l"), ("mode", "b"), ("tags", "z"), ("tags", "q"), ("tags", "z"), ("tags", "x")]
    ))  # fmt: skip
    assert "state l b" in h.text()
    assert h.state.to_dict()["tags"] == ["z", "x"]  # unknown labels and repeats dropped
    [size] = [x for x in h.all() if type(x) is w.ToggleButtons and x.options[0][0] == "s"]
    h.update(size, index=0)
    assert ("size", "s") in h.app.location.query
    h.update(size, index=1)  # the default: the parameter leaves the URL
    assert [k for k, _ in h.app.location.query] == ["mode", "tags", "tags"]


def test_an_invalid_pills_value_is_dropped_from_the_url() -> None:
    h = Harness(PILLS, before_run=lambda app: app.location.set_query(
        [("size", "xl"), ("mode", "c"), ("tags", "q")]
    ))  # fmt: skip
    assert "state m <code>None</code>" in h.text() and h.state.to_dict()["tags"] == []
    assert h.app.location.query == []


COLOR_AND_FEEDBACK = """
c = st.color_picker("C", "#00ff00", key="c", bind="query-params")
f = st.feedback("stars", key="f", bind="query-params")
st.write("state", c, f)
"""


def test_bound_color_picker_and_feedback_read_and_write_the_url() -> None:
    h = Harness(COLOR_AND_FEEDBACK, before_run=lambda app: app.location.set_query(
        [("c", "ff0000"), ("f", "3")]
    ))  # fmt: skip
    assert "state #ff0000 <code>3</code>" in h.text()
    assert sorted(h.app.location.query) == [("c", "#ff0000"), ("f", "3")]  # the # added
    h.update(h.find(w.ColorPicker), value="#0000ff")
    assert ("c", "#0000ff") in h.app.location.query
    h.update(h.find(w.ColorPicker), value="#00ff00")  # the default: the parameter leaves
    assert h.app.location.query == [("f", "3")]
    h.click([b for b in h.all() if type(b) is w.Button][3])  # the chosen star again: cleared
    assert h.app.location.query == [] and "state #00ff00 <code>None</code>" in h.text()


@pytest.mark.parametrize("query", [[("c", "red"), ("f", "5")], [("c", ""), ("f", "x")]])
def test_an_invalid_color_or_feedback_value_is_dropped_from_the_url(query: list) -> None:
    h = Harness(COLOR_AND_FEEDBACK, before_run=lambda app: app.location.set_query(query))
    assert "state #00ff00 <code>None</code>" in h.text()
    assert h.app.location.query == []


STEPS = """
s = st.select_slider("S", ["xs", "s", "m", "l"], value="s", key="s", bind="query-params")
r = st.select_slider("R", ["a", "b", "c", "d"], value=("a", "b"), key="r", bind="query-params")
st.write("state", s, r)
"""


def test_bound_select_sliders_read_and_write_their_labels() -> None:
    h = Harness(STEPS, before_run=lambda app: app.location.set_query(
        [("s", "l"), ("r", "d"), ("r", "zz")]
    ))  # fmt: skip
    # an unknown label takes the default's place (the end "b"); the range comes out in order
    assert "state l <code>('b', 'd')</code>" in h.text()
    assert h.app.location.query == [("s", "l"), ("r", "b"), ("r", "d")]
    h.update(h.find(w.SelectionSlider), index=2)
    assert h.app.location.query[0] == ("s", "m")
    h.update(h.find(w.SelectionRangeSlider), index=(0, 1))  # the default: the parameter leaves
    assert h.app.location.query == [("s", "m")]


@pytest.mark.parametrize(
    "query",
    [
        [("s", "huge"), ("r", "c")],  # an unknown label; one label for a range
        [("s", ""), ("r", "b"), ("r", "a")],  # empty; the default range reversed
        [("s", "s"), ("r", "a"), ("r", "b"), ("r", "c")],  # the default; three labels
    ],
)
def test_an_invalid_select_slider_value_is_dropped_from_the_url(query: list) -> None:
    h = Harness(STEPS, before_run=lambda app: app.location.set_query(query))
    assert "state s <code>('a', 'b')</code>" in h.text()
    assert h.app.location.query == []


MOMENTS = """
import datetime as dt
t = st.time_input("T", dt.time(8, 45), key="t", bind="query-params")
u = st.time_input("U", None, step=90, key="u", bind="query-params")
d = st.date_input("D", dt.date(2024, 1, 1), key="d", bind="query-params")
r = st.date_input("R", (dt.date(2024, 1, 1), dt.date(2024, 1, 9)), key="r", bind="query-params")
st.write("state", repr((t, u, d, r)))
"""


def test_bound_time_and_date_inputs_read_and_write_iso_forms() -> None:
    h = Harness(MOMENTS, before_run=lambda app: app.location.set_query(
        [("t", "14:37:12"), ("u", "7:05:09"), ("d", "2024/2/3"), ("r", "2024-01-05")]
    ))  # fmt: skip
    assert (
        "(datetime.time(14, 37), datetime.time(7, 5, 9), datetime.date(2024, 2, 3), "
        "(datetime.date(2024, 1, 5),))" in html.unescape(h.text())
    )  # the seconds dropped on a whole-minute step; a range of one date
    assert h.app.location.query == [
        ("t", "14:37"), ("u", "07:05:09"), ("d", "2024-02-03"), ("r", "2024-01-05")
    ]  # fmt: skip
    h.update(h.find(w.Combobox, "T"), value="09:15")
    assert h.app.location.query[0] == ("t", "09:15")
    h.update(h.find(w.Combobox, "T"), value="08:45")  # the default: the parameter leaves
    day, start, end = [x for x in h.all() if type(x) is w.DatePicker]
    h.update(day, value={"year": 2024, "month": 0, "date": 1})  # months count from 0
    h.update(end, value={"year": 2024, "month": 0, "date": 7})
    assert h.app.location.query == [("u", "07:05:09"), ("r", "2024-01-05"), ("r", "2024-01-07")]


@pytest.mark.parametrize(
    "query",
    [
        [("t", "25:00"), ("u", ""), ("d", "2024-13-01"), ("r", "x")],
        [("t", ""), ("u", "noon"), ("d", "1900-01-01"), ("r", "2024-01-02")]
        + [("r", "2024-01-03")] * 2,
    ],
)
def test_an_invalid_time_or_date_is_dropped_from_the_url(query: list) -> None:
    h = Harness(MOMENTS, before_run=lambda app: app.location.set_query(query))
    assert (
        "(datetime.time(8, 45), None, datetime.date(2024, 1, 1), (datetime.date(2024, 1, 1), "
        "datetime.date(2024, 1, 9)))" in html.unescape(h.text())
    )
    assert h.app.location.query == []


PAGES = """
import datetime as dt
m = st.datetime_input("M", dt.datetime(2024, 1, 1, 9, 0), key="m", bind="query-params")
p = st.pagination(5, key="p", bind="query-params")
st.write("state", repr((m, p)))
"""


def test_bound_datetime_input_and_pagination_read_and_write_the_url() -> None:
    h = Harness(PAGES, before_run=lambda app: app.location.set_query(
        [("m", "2024/02/03, 10:30"), ("p", "3")]
    ))  # fmt: skip
    assert "(datetime.datetime(2024, 2, 3, 10, 30), 3)" in h.text()
    assert h.app.location.query == [("m", "2024-02-03T10:30"), ("p", "3")]
    h.click(h.find(w.Button, "4"))
    assert h.app.location.query[1] == ("p", "4")
    h.click(h.find(w.Button, "1"))  # the default: the parameter leaves
    h.update(h.find(w.DatePicker, "M"), value={"year": 2024, "month": 0, "date": 5})
    assert h.app.location.query == [("m", "2024-01-05T10:30")]


@pytest.mark.parametrize(
    "query",
    [
        [("m", "2024-02-03T10:30:45"), ("p", "0")],  # seconds; no page 0
        [("m", "1990-01-01T09:00"), ("p", "2.0")],  # before min_value; not a whole number
        [("m", ""), ("p", "")],
    ],
)
def test_an_invalid_datetime_or_page_is_dropped_from_the_url(query: list) -> None:
    h = Harness(PAGES, before_run=lambda app: app.location.set_query(query))
    assert "(datetime.datetime(2024, 1, 1, 9, 0), 1)" in h.text()
    assert h.app.location.query == []


CONTAINERS = """
with st.expander("More", key="more", bind="query-params"):
    st.write("inside")
a, b, c = st.tabs(["A", "B", "C"], key="tab", bind="query-params")
st.write("state", st.session_state.to_dict())
"""


def test_a_bound_expander_and_tab_group_keep_their_state_in_the_url() -> None:
    h = Harness(CONTAINERS, before_run=lambda app: app.location.set_query(
        [("more", "true"), ("tab", "C")]
    ))  # fmt: skip
    assert h.find(w.Accordion).selected_index == 0 and h.find(w.Tab).selected_index == 2
    assert h.state.to_dict() == {"more": True, "tab": "C"}  # bound: they track their state
    h.update(h.find(w.Tab), selected_index=1)
    assert h.app.location.query == [("more", "true"), ("tab", "B")]
    h.update(h.find(w.Accordion), selected_index=None)  # closed, the default: the parameter goes
    h.update(h.find(w.Tab), selected_index=0)
    assert h.app.location.query == []


def test_an_invalid_expander_or_tab_value_is_dropped_from_the_url() -> None:
    h = Harness(CONTAINERS, before_run=lambda app: app.location.set_query(
        [("more", "yes"), ("tab", "D")]
    ))  # fmt: skip
    assert h.state.to_dict() == {"more": False, "tab": "A"}
    assert h.app.location.query == []


@pytest.mark.parametrize(
    ("source", "message"),
    [
        (
            "st.tabs(['A', 'A'], key='t', bind='query-params')",
            "Invalid `tabs` value. Supported values: unique labels. Tab labels must be unique "
            "when bind='query-params'.",
        ),
        (
            "st.tabs(['A', ''], bind='query-params')",
            "Invalid `tabs` value. Supported values: non-empty labels. Tab labels must be "
            "non-empty when bind='query-params'.",
        ),
        ("st.tabs(['A'], key='t', bind='url')", "Invalid `bind` value."),
        ("st.expander('A', bind='query-params')", "The `key` parameter is required."),
    ],
)
def test_bound_container_errors(source: str, message: str) -> None:
    [error] = Harness(source).errors()
    assert error.startswith(message)


def test_an_empty_parameter_clears_a_choice_that_has_a_default_and_stays() -> None:
    source = """
size = st.pills("Size", ["s", "m", "l"], default="m", key="size", bind="query-params")
tags = st.multiselect("Tags", ["x", "y"], default=["x"], key="tags", bind="query-params")
f = st.feedback("stars", default=2, key="f", bind="query-params")
st.write("state", size, tags, f)
"""
    h = Harness(source, before_run=lambda app: app.location.set_query([("size", "")]))
    assert h.state.to_dict() == {"size": None, "tags": ["x"], "f": 2}
    h.update(h.find(w.TagsInput), value=[])  # cleared in the page: written as an empty parameter
    assert h.app.location.query == [("size", ""), ("tags", "")]
    assert location_widget(h).target["search"] == "?size=&tags="


def test_a_url_value_equal_to_the_default_leaves_the_value_code_gave_the_key() -> None:
    source = """
if "n" not in st.session_state:
    st.session_state.n = 4
n = st.slider("N", 0, 10, key="n", bind="query-params")
st.write("state", n)
"""
    h = Harness(source, before_run=lambda app: app.location.set_query([("n", "0")]))
    assert "state <code>4</code>" in h.text()
    assert h.app.location.query == [("n", "4")]


def test_a_bound_multiselect_keeps_the_valid_labels_of_its_url_value() -> None:
    source = """
a = st.multiselect("A", ["x", "y", "z"], key="a", max_selections=2, bind="query-params")
b = st.multiselect("B", ["x", "y"], key="b", accept_new_options=True, bind="query-params")
c = st.multiselect("C", ["x", "y"], key="c", bind="query-params")
"""
    h = Harness(source, before_run=lambda app: app.location.set_query(
        [("a", "q"), ("a", "z"), ("a", "z"), ("a", "x"), ("a", "y"), ("b", "new"), ("c", "q")]
    ))  # fmt: skip
    # unknown labels and repeats dropped, at most max_selections; new options kept as typed
    assert h.state.to_dict() == {"a": ["z", "x"], "b": ["new"], "c": []}
    assert h.app.location.query == [("a", "z"), ("a", "x"), ("b", "new")]
