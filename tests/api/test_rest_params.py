"""The last small parameters honoured: st.datetime_input's ``format``, ``required`` and
``persist_state``, st.pagination's ``persist_state``, st.file_uploader's ``label_visibility``,
and the ``icon_position`` of st.download_button and st.link_button."""

from __future__ import annotations

import datetime as dt

import ipywidgets as w

from tests.support.inprocess import Harness


def shown(h: Harness):
    return eval(h.app.tree.children[-1].props.body, {"datetime": dt})  # noqa: S307


def test_datetime_input_format_shows_and_reads_the_date_half_in_it() -> None:
    h = Harness(
        "import datetime\n"
        'm = st.datetime_input("m", datetime.datetime(2024, 1, 15, 8, 45), format="DD.MM.YYYY",\n'
        "                      min_value=datetime.datetime(2024, 1, 1, 0, 0),\n"
        "                      max_value=datetime.datetime(2024, 3, 31, 23, 59))\n"
        "st.write(repr(m))"
    )
    assert not [x for x in h.all() if type(x) is w.DatePicker]
    day = h.find(w.Text)
    assert (day.value, day.placeholder) == ("15.01.2024", "DD.MM.YYYY")
    h.update(day, value="3.2.2024")
    assert shown(h) == dt.datetime(2024, 2, 3, 8, 45)  # the time half is kept
    assert h.find(w.Text).value == "03.02.2024"
    h.update(h.find(w.Text), value="01.05.2024")  # past max_value: not sent, shown again
    assert shown(h) == dt.datetime(2024, 2, 3, 8, 45)
    assert h.find(w.Text).value == "03.02.2024"


def test_datetime_input_format_errors_are_streamlits() -> None:
    h = Harness('st.datetime_input("m", format="YYYY")')
    assert h.errors() == [
        "Invalid `format` value. Supported values: 'YYYY/MM/DD', 'DD/MM/YYYY', 'MM/DD/YYYY', "
        "'YYYY.MM.DD', 'DD.MM.YYYY', 'MM.DD.YYYY', 'YYYY-MM-DD', 'DD-MM-YYYY', 'MM-DD-YYYY'. "
        "Provided value: 'YYYY'."
    ]
    h = Harness('st.datetime_input("m", format=3)')
    assert h.errors() == ["Invalid `format` type. Expected one of: str. Provided type: int."]


def test_datetime_input_required_outside_a_form_is_not_emptied() -> None:
    source = (
        "n = st.session_state.setdefault('n', 0) + 1\nst.session_state.n = n\n"
        'm = st.datetime_input("m", None, required={req})\n'
        "st.write(repr(m))"
    )
    for required, after in ((True, dt.datetime(2024, 2, 1, 9, 30)), (False, None)):
        h = Harness(
            "import datetime\n"
            + source.replace("None, ", "datetime.datetime(2024, 2, 1, 9, 30), ").format(
                req=required
            )
        )
        assert shown(h) == dt.datetime(2024, 2, 1, 9, 30)
        clock = h.find(w.TimePicker)
        runs = h.state["n"]
        h.update(clock, value=None)
        # required: nothing is sent and the field shows its value again; else it is sent (and a
        # field that started filled returns its initial value, as in Streamlit)
        assert h.state["n"] == (runs if required else runs + 1)
        assert h.find(w.TimePicker).value == dt.time(9, 30)
        assert shown(h) == (after or dt.datetime(2024, 2, 1, 9, 30))
    h = Harness("import datetime\n" + source.format(req=True))
    assert h.elements("date_time_input")[0].props.required
    h.update(h.find(w.TimePicker), value={"hours": 7, "minutes": 0, "seconds": 0,
                                           "milliseconds": 0})  # fmt: skip
    runs = h.state["n"]
    h.update(h.find(w.DatePicker), value=None)
    assert h.state["n"] == runs and shown(h) is not None


def test_datetime_input_and_pagination_persist_state_keep_the_value_while_hidden() -> None:
    for persist, kept in (("'session'", True), ("None", False)):
        h = Harness(
            "import datetime\n"
            "if not st.session_state.get('hide'):\n"
            '    m = st.datetime_input("m", datetime.datetime(2024, 1, 15, 8, 45), key="m",\n'
            f"                          persist_state={persist})\n"
            f'    p = st.pagination(9, key="p", persist_state={persist})\n'
            "    st.write(repr((m, p)))\n"
        )
        h.update(h.find(w.TimePicker), value={"hours": 17, "minutes": 5, "seconds": 0,
                                               "milliseconds": 0})  # fmt: skip
        h.click(h.find(w.Button, "›"))
        assert shown(h) == (dt.datetime(2024, 1, 15, 17, 5), 2)
        for hide in (True, False):
            h.state["hide"] = hide
            h.app.run()
        expected = (dt.datetime(2024, 1, 15, 17, 5), 2) if kept else (
            dt.datetime(2024, 1, 15, 8, 45), 1)  # fmt: skip
        assert shown(h) == expected


def test_persist_state_needs_a_key_as_in_streamlit() -> None:
    h = Harness('st.pagination(3, persist_state="session")')
    assert h.errors()[0].startswith("The `key` parameter is required. When using persist_state")
    h = Harness('st.datetime_input("m", persist_state="page")')
    assert h.errors()[0].startswith("The `key` parameter is required. When using persist_state")


def test_file_uploader_label_visibility_hides_or_collapses_its_label() -> None:
    layouts = {}
    for visibility in ("visible", "hidden", "collapsed"):
        h = Harness(f'st.file_uploader("Data", label_visibility="{visibility}")')
        title = next(x for x in h.all() if type(x) is w.HTML and "Data" in x.value)
        layouts[visibility] = (title.layout.visibility, title.layout.display)
    assert layouts == {
        "visible": (None, None),
        "hidden": ("hidden", None),
        "collapsed": (None, "none"),
    }


def test_download_and_link_buttons_put_the_icon_after_the_label_on_the_right() -> None:
    for call in ('st.download_button("Get", "a,b"', 'st.link_button("Get", "https://a.org"'):
        for position in ("left", "right"):
            h = Harness(f'{call}, icon="🔥", icon_position="{position}")')
            # a download reports clicks (an Anchor's html); a plain link is an HTML value
            texts = [getattr(x, "html", None) or getattr(x, "value", "") for x in h.all()]
            inner = next(t for t in texts if str(t).startswith("<a ")).split(">", 1)[1]
            if position == "left":
                assert inner.startswith("🔥 Get"), inner
            else:
                assert inner.startswith("Get 🔥<"), inner


def test_menu_button_wrap_classes_and_streamlits_check() -> None:
    classes = {}
    for wrap in ("None", "True", "False"):
        h = Harness(f'st.menu_button("Export", ["a"], wrap={wrap})')
        classes[wrap] = {c for c in h.find(w.Dropdown)._dom_classes if c.startswith("rr-")}
    assert classes["None"] == {"rr-menu-button", "rr-button-secondary"}
    assert classes["True"] == classes["None"] | {"rr-wrap"}
    assert classes["False"] == classes["None"] | {"rr-nowrap"}
    h = Harness('st.menu_button("Export all", ["a"], wrap=True)')
    assert h.find(w.Dropdown).options[0][0] == "Export \u200ball \u200b▾"  # breaks between words
    h = Harness('st.menu_button("Export", ["a"], wrap="yes")')
    assert h.errors() == ["'str' object cannot be interpreted as an integer"]
