"""st.datetime_input, st.pagination, st.menu_button and st.skeleton drawn with core ipywidgets:
what the browser's widgets send, and what the body gets back."""

from __future__ import annotations

import datetime as dt

import ipywidgets as w

from rerunner.render.pagination import visible_pages

from tests.support.inprocess import Harness


def shown(h: Harness):
    return eval(h.app.tree.children[-1].props.body, {"datetime": dt})  # noqa: S307


def test_datetime_input_halves_keep_each_other_and_clear_to_the_initial_value() -> None:
    h = Harness(
        "import datetime\n"
        'm = st.datetime_input("m", datetime.datetime(2024, 1, 15, 8, 45, 30), step=300)\n'
        'e = st.datetime_input("e", None, min_value=datetime.datetime(2024, 2, 1, 6, 0))\n'
        "st.write(repr((m, e)))"
    )
    assert shown(h) == (dt.datetime(2024, 1, 15, 8, 45), None)  # seconds dropped
    day = [x for x in h.all() if type(x) is w.DatePicker][0]
    clock = [x for x in h.all() if type(x) is w.TimePicker][0]
    assert clock.step == 300 and day.min == dt.date(2014, 1, 15)
    h.update(day, value={"year": 2024, "month": 2, "date": 3})
    assert shown(h)[0] == dt.datetime(2024, 3, 3, 8, 45)  # the time half is kept
    h.update(clock, value={"hours": 17, "minutes": 5, "seconds": 59, "milliseconds": 0})
    assert shown(h)[0] == dt.datetime(2024, 3, 3, 17, 5)
    h.update(day, value=None)
    assert shown(h)[0] == dt.datetime(2024, 1, 15, 8, 45)  # as Streamlit: back to the initial
    empty_clock = [x for x in h.all() if type(x) is w.TimePicker][1]
    h.update(empty_clock, value={"hours": 9, "minutes": 30, "seconds": 0, "milliseconds": 0})
    assert shown(h)[1] == dt.datetime(2024, 2, 1, 9, 30)  # an empty date takes the minimum's


def test_datetime_input_errors_are_streamlits() -> None:
    h = Harness('st.datetime_input("s", step=30)')
    assert h.errors() == [
        "The `step` parameter, set to 30 seconds, is outside the required range "
        "[60 seconds, 23 hours]."
    ]
    h = Harness('st.datetime_input("s", value=3)')
    assert h.errors() == [
        'Invalid `value` type. Expected one of: datetime, date, time, ISO string, "now". '
        "Provided type: int."
    ]


def test_visible_pages_keep_first_last_and_the_current_neighbourhood() -> None:
    assert visible_pages(5, 1, 7) == [1, 2, 3, 4, 5]
    assert visible_pages(20, 1, 7) == [1, 2, 3, 4, 5, 6, None, 20]
    assert visible_pages(20, 10, 7) == [1, None, 8, 9, 10, 11, 12, None, 20]
    assert visible_pages(20, 20, 7) == [1, None, 15, 16, 17, 18, 19, 20]
    assert visible_pages(20, 5, None) == list(range(1, 21))
    assert visible_pages(20, 5, 0) == []


def test_pagination_buttons_arrows_and_disabled_ends() -> None:
    h = Harness('st.write(repr(st.pagination(20, default=10, key="p")))')
    labels = [b.description for b in h.all() if type(b) is w.Button]
    assert labels == ["‹", "1", "8", "9", "10", "11", "12", "20", "›"]
    current = [b for b in h.all() if type(b) is w.Button and "rr-page-current" in b._dom_classes]
    assert [b.description for b in current] == ["10"]
    h.click(h.find(w.Button, "20"))
    assert shown(h) == 20
    assert h.find(w.Button, "›").disabled and not h.find(w.Button, "‹").disabled
    h.click(h.find(w.Button, "‹"))
    assert shown(h) == 19
    assert h.state["p"] == 19


def test_menu_button_is_a_trigger_and_shows_its_label_again() -> None:
    h = Harness(
        "st.session_state.setdefault('runs', [])\n"
        'v = st.menu_button("Export", [1, 2], format_func=lambda n: f"#{n}", icon="🔥")\n'
        "st.session_state.runs.append(v)\n"
        "st.write(repr(v))"
    )
    menu = h.find(w.Dropdown)
    assert [label for label, _ in menu.options] == ["🔥 Export ▾", "#1", "#2"]
    h.update(menu, index=2)
    assert shown(h) == 2
    assert menu.index == 0  # the label is back, so the same pick is a new event
    h.update(menu, index=2)
    assert shown(h) == 2
    assert h.state["runs"] == [None, 2, 2]
    h.app.run()
    assert shown(h) is None and h.state["runs"] == [None, 2, 2, None]  # one run only


def test_skeleton_standalone_is_replaced_and_in_a_block_is_gone_after_it() -> None:
    h = Harness('p = st.skeleton(height=120, width=300)\nst.write("below")')
    [box] = [x for x in h.all() if "rr-skeleton" in getattr(x, "_dom_classes", ())]
    assert (box.layout.height, box.layout.width) == ("120px", "300px")
    h = Harness('p = st.skeleton()\np.write("loaded")')
    assert not [x for x in h.all() if "rr-skeleton" in getattr(x, "_dom_classes", ())]
    assert "loaded" in h.text()
    seen = []
    h = Harness(
        "try:\n"
        "    with st.skeleton():\n"
        "        SEEN.append(len(st.session_state))\n"
        "        raise ValueError('x')\n"
        "except ValueError:\n"
        "    st.write('after')",
        namespace={"SEEN": seen},
    )
    assert seen == [0]
    assert not [x for x in h.all() if "rr-skeleton" in getattr(x, "_dom_classes", ())]
    assert [e.kind for e in h.app.tree.children] == ["empty", "markdown"]


def test_grid_draws_a_css_grid_with_cells_and_spans() -> None:
    h = Harness(
        "g = st.grid(4, gap=(None, 'large'), border=True, row_height=120, dense=True, key='g')\n"
        "g.write('a')\n"
        "with g.cell(column_span='all'):\n"
        "    st.write('b')\n"
        "    st.write('c')\n"
        "g.cell(column_span=2, row_span=3).write('d')"
    )
    [box] = [x for x in h.all() if type(x) is w.GridBox]
    assert box.layout.grid_template_columns == (
        "repeat(auto-fill, minmax(min(100%, max(200px, calc((100% - 3 * 4rem) / 4))), 1fr))"
    )
    assert (box.layout.grid_gap, box.layout.grid_auto_rows, box.layout.grid_auto_flow) == (
        "0px 4rem", "120px", "row dense",
    )  # fmt: skip
    assert {"rr-grid-border", "st-key-g"} <= set(box._dom_classes)
    cells = box.children
    assert len(cells) == 3 and all("rr-grid-cell" in c._dom_classes for c in cells)
    assert [c.layout.grid_column for c in cells] == [None, "1 / -1", "span 2"]
    assert cells[2].layout.grid_row == "span 3" and len(cells[1].children) == 2
    h = Harness("st.grid(3, wrap=False, min_column_width=150).write('x')")
    [box] = [x for x in h.all() if type(x) is w.GridBox]
    assert box.layout.grid_template_columns == "repeat(3, minmax(150px, 1fr))"


def test_grid_in_apptest_as_streamlits() -> None:
    from rerunner.testing import AppTest

    at = AppTest.from_string(
        "import streamlit as st\n"
        "g = st.grid(3, gap=('small', 20))\n"
        "g.write('a')\n"
        "with g.cell():\n    st.write('b')\n"
        "with st.container():\n    st.write('c')\n"
    ).run()
    [g] = at.grid
    assert (g.type, g.column_count, g.gap, g.wrap, g.border) == (
        "grid_container", 3, ("small", 20), True, False,
    )  # fmt: skip
    assert len(at.container) == 1  # the cell is not an st.container
    assert [n.value for n in g.markdown] == ["a", "b"]


def test_skeleton_shows_while_its_block_runs_once_the_page_is_on_screen() -> None:
    seen: list[bool] = []
    h = Harness(
        "if st.button('Load'):\n"
        "    with st.skeleton(height=80):\n"
        "        SNAP()\n"
        "    SNAP()\n"
        "st.write('end')",
        namespace={"SNAP": lambda: seen.append(skeleton_drawn())},
    )

    def skeleton_drawn() -> bool:
        return any("rr-skeleton" in getattr(x, "_dom_classes", ()) for x in h.all())

    h.click(h.find(w.Button, "Load"))
    assert seen[0] is True and len(seen) == 2  # mid-run the page shows it
    assert not skeleton_drawn()  # and the finished run has an empty slot in its place
