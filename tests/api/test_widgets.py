"""Every input widget: defaults, front-end changes, parameters and Streamlit's validation texts."""

from __future__ import annotations

import datetime as dt

import ipywidgets as w
import pytest

from tests.support.inprocess import Harness


def shown(h: Harness):
    """The value the body wrote last with ``st.write(repr(...))``."""
    return eval(h.app.tree.children[-1].props.body, {"datetime": dt, "UploadedFile": lambda **k: k})  # noqa: S307


def test_radio_and_selectbox_return_options_and_none() -> None:
    h = Harness(
        'r = st.radio("r", ["x", "y"], format_func=str.upper)\n'
        's = st.selectbox("s", {"a": 1, "b": 2}, index=None, placeholder="Pick one")\n'
        "st.write(repr((r, s)))"
    )
    assert shown(h) == ("x", None)
    radio = h.find(w.RadioButtons, "r")
    assert [label for label, _ in radio.options] == ["X", "Y"]
    dropdown = h.find(w.Dropdown, "s")
    assert dropdown.options[0][0] == "Pick one"  # the placeholder shows while nothing is chosen
    h.update(radio, index=1)
    h.update(dropdown, index=2)
    assert shown(h) == ("y", "b")


def test_number_input_types_none_steps_and_bad_text() -> None:
    h = Harness('a = st.number_input("a", 0, 10, 5)\nb = st.number_input("b", value=None, placeholder="n")\n'
                'c = st.number_input("c", 0.0, 1.0, step=0.25)\nst.write(repr((a, b, c)))')  # fmt: skip
    assert shown(h) == (5, None, 0.0)
    row = h.find(w.Text, "a").__class__  # noqa: F841
    a = h.find(w.Text, "a")
    plus_c = [x for x in h.all() if isinstance(x, w.HBox) and h.find(w.Text, "c") in x.children][
        0
    ].children[2]
    h.click(plus_c)
    h.click(plus_c)
    h.update(a, value="12")  # above max_value: refused, the field shows the kept value again
    assert shown(h) == (5, None, 0.5) and a.value == "5"
    h.update(h.find(w.Text, "b"), value="3.5")
    assert shown(h)[1] == 3.5


def test_text_input_max_chars_password_and_none() -> None:
    h = Harness('t = st.text_input("t", "abcdef", max_chars=3)\np = st.text_input("p", type="password")\n'
                'n = st.text_input("n", value=None)\nst.write(repr((t, p, n)))')  # fmt: skip
    assert shown(h) == ("abc", "", None)
    assert isinstance(h.find(w.Password, "p"), w.Password)
    h.update(h.find(w.Text, "t"), value="xyzw")
    assert shown(h)[0] == "xyz"


def test_slider_ranges_floats_and_streamlit_quirks() -> None:
    h = Harness('a = st.slider("a", 10, 0)\nb = st.slider("b", 0, 10, 20)\nc = st.slider("c", 0.0, 1.0, (0.2, 0.8))\n'
                'st.write(repr((a, b, c)))')  # fmt: skip
    assert shown(h) == (10, 20, (0.2, 0.8))  # reversed bounds swapped, out-of-range value widens
    assert h.find(w.IntSlider, "b").max == 20
    h.update(h.find(w.FloatRangeSlider, "c"), value=[0.1, 0.9])
    assert shown(h)[2] == (0.1, 0.9)


@pytest.mark.parametrize(
    ("call", "message"),
    [
        (
            'st.slider("s", 5, 5)',
            "The `min_value` and `max_value` parameters are both set to 5. They must not be equal.",
        ),
        (
            'st.slider("s", 0, 10.0)',
            "Invalid `value` type. Expected one of: matching numeric types, matching date/time types. Provided type: min_value=int, max_value=float, step=int.",
        ),
        (
            'st.slider("s", 0, 10, step=0)',
            "Invalid `step` value. Supported values: a number. Zero is not allowed.",
        ),
        (
            'st.slider("s", value="a")',
            "Invalid `value` type. Expected one of: int, float, date, time, datetime, list, tuple. Provided type: str.",
        ),
        (
            'st.radio("r", ["a", "b"], index=2)',
            "The `index` parameter, set to 2, is outside the required range [0, 1].",
        ),
        (
            'st.radio("r", ["a"], index="1")',
            "Invalid `index` type. Expected one of: int, None. Provided type: str.",
        ),
        (
            'st.number_input("n", 10, 0)',
            "The `min_value`, set to 10, cannot be greater than the `max_value`, set to 0.",
        ),
        ('st.number_input("n", 0, 10, 20)', "The `value` 20 is greater than the `max_value` 10."),
        (
            'st.number_input("n", 0, 10.0)',
            "All numerical arguments must be of the same type.\n`value` has str type.\n`min_value` has int type.\n`max_value` has float type.",
        ),
        (
            'st.number_input("n", format="abc")',
            "Format string for `st.number_input` contains invalid characters: abc",
        ),
        (
            'st.text_input("t", type="foo")',
            "Invalid `type` value. Supported values: 'default', 'password', 'email', 'url', 'phone', 'search'.",
        ),
        (
            'st.checkbox("c", label_visibility="nope")',
            "Invalid `label_visibility` value. Supported values: 'visible', 'hidden', 'collapsed'.",
        ),
        (
            'st.button("b", type="danger")',
            "Invalid `type` value. Supported values: 'primary', 'secondary', 'tertiary'.",
        ),
        (
            'st.checkbox("c", on_change="foo")',
            "Invalid `on_change` value. Supported values: 'rerun', 'ignore', a callback function.",
        ),
        (
            'st.multiselect("m", ["a", "b"], default=["z"])',
            "The default value 'z' is not part of the options. Please make sure that every default value also exists in the options.",
        ),
        (
            'st.multiselect("m", ["a", "b", "c"], default=["a", "b"], max_selections=1)',
            "Multiselect has 2 options selected but `max_selections` is set to 1.",
        ),
        (
            'st.select_slider("s", [])',
            "The `options` parameter is required. Provide at least one option.",
        ),
        (
            'st.color_picker("c", "red")',
            "'red' is not a valid hex code for colors. Valid ones are like '#00FFAA' or '#000'.",
        ),
        (
            'import datetime\nst.date_input("d", datetime.date(2024, 1, 5), min_value=datetime.date(2024, 2, 1))',
            "The `value` 2024-01-05 is less than the `min_value` 2024-02-01.",
        ),
        (
            'st.session_state.f = 1\nst.file_uploader("f", key="f")',
            "`st.session_state['f']` is read-only and cannot be assigned through session state.",
        ),
    ],
)
def test_validation_errors_match_streamlit(call: str, message: str) -> None:
    [text] = Harness(call).errors()
    assert text.startswith(message)


def test_choice_widgets() -> None:
    h = Harness(
        'm = st.multiselect("m", ["a", "b", "c"], default=["c"], max_selections=2)\n'
        's = st.select_slider("s", ["S", "M", "L"], value="M")\n'
        'r = st.select_slider("r", ["S", "M", "L", "XL"], value=("L", "S"))\n'
        'p = st.pills("p", ["a", "b"], selection_mode="multi", default=["b"])\n'
        'g = st.segmented_control("g", ["x", "y"], default="y")\n'
        "st.write(repr((m, s, r, p, g)))"
    )
    assert shown(h) == (["c"], "M", ("S", "L"), ["b"], "y")
    tags = h.find(w.TagsInput, "m")
    h.update(tags, value=["b", "a"])  # selection order, not option order
    h.update(h.find(w.SelectionRangeSlider, "r"), index=[1, 3])
    assert shown(h)[:3] == (["b", "a"], "M", ("M", "XL"))
    h.update(tags, value=["b", "a", "c"])  # beyond max_selections: refused, tags reset
    assert shown(h)[0] == ["b", "a"] and list(tags.value) == ["b", "a"]
    a_pill = [x for x in h.all() if isinstance(x, w.ToggleButton) and x.description == "a"][0]
    h.update(a_pill, value=True)
    assert shown(h)[3] == ["b", "a"]


def test_dates_times_and_temporal_sliders() -> None:
    h = Harness(
        "import datetime\n"
        'd = st.date_input("d", datetime.date(2024, 1, 5))\n'
        'r = st.date_input("r", (datetime.date(2024, 1, 5), datetime.date(2024, 1, 9)))\n'
        'n = st.date_input("n", None)\n'
        't = st.time_input("t", datetime.time(8, 45))\n'
        's = st.slider("s", value=datetime.date(2024, 1, 5))\n'
        'u = st.slider("u", value=(datetime.time(9, 0), datetime.time(17, 0)))\n'
        "st.write(repr((d, r, n, t, s, u)))"
    )
    assert shown(h) == (dt.date(2024, 1, 5), (dt.date(2024, 1, 5), dt.date(2024, 1, 9)), None, dt.time(8, 45),
                        dt.date(2024, 1, 5), (dt.time(9, 0), dt.time(17, 0)))  # fmt: skip
    h.update(
        h.find(w.DatePicker, "d"), value={"year": 2024, "month": 1, "date": 29}
    )  # JS months count from 0
    times = h.find(w.Combobox, "t")  # Streamlit's list of times, a step apart, to pick or type
    assert times.value == "08:45" and times.options[:2] == ("00:00", "00:15")
    h.update(times, value="10:15")
    slider = h.find(w.SelectionSlider, "s")
    assert slider.options[0][0] == "2023-12-22"  # 14 days either side, one step per day
    h.update(slider, index=slider.index + 3)
    assert (
        shown(h)[0] == dt.date(2024, 2, 29)
        and shown(h)[3] == dt.time(10, 15)
        and shown(h)[4] == dt.date(2024, 1, 8)
    )


def test_text_area_and_color_picker() -> None:
    h = Harness(
        'a = st.text_area("a", "x\\ny", max_chars=2)\nc = st.color_picker("c")\nst.write(repr((a, c)))'
    )
    assert shown(h) == ("x\n", "#000000")
    h.update(h.find(w.ColorPicker, "c"), value="#00ffaa")
    h.update(h.find(w.ColorPicker, "c"), value="not a colour")  # refused in the kernel
    assert shown(h)[1] == "#00ffaa"


def test_file_uploader_enforces_type_and_size_in_the_kernel() -> None:
    h = Harness('f = st.file_uploader("f", type=["csv"], max_upload_size=1)\n'
                'st.write(repr(None if f is None else (f.name, f.type, f.size, f.getvalue(), f.read())))')  # fmt: skip
    upload = [x for x in h.all() if isinstance(x, w.FileUpload)][0]
    assert upload.accept == ".csv"

    def send(name: str, data: bytes) -> None:
        h.update(upload, value=[{"name": name, "type": "text/csv", "size": len(data), "content": data,
                                 "last_modified": 0}])  # fmt: skip

    send("a.csv", b"1,2")
    assert shown(h) == ("a.csv", "text/csv", 3, b"1,2", b"1,2")
    send("evil.exe", b"MZ")
    assert shown(h)[0] == "a.csv"  # the wrong type was refused
    send("big.csv", b"x" * (1024 * 1024 + 1))
    assert shown(h)[0] == "a.csv"  # over max_upload_size: refused
    multi = Harness(
        'fs = st.file_uploader("fs", accept_multiple_files=True)\nst.write(repr([f.name for f in fs]))'
    )
    assert shown(multi) == []


def test_download_and_link_buttons_render_safe_anchors() -> None:
    h = Harness(
        'st.download_button("Get", "a,b", file_name="x.csv", mime="text/csv")\n'
        'st.link_button("Docs", "https://example.org")\nst.link_button("Bad", "javascript:alert(1)")\n'
        'st.link_button("Sneaky", " Java\\tScript:alert(1)")'
    )
    from rerunner.render.button import Anchor

    [download] = [x.html for x in h.all() if isinstance(x, Anchor)]  # its click reruns the app
    html = h.html()
    assert 'download="x.csv"' in download and "data:text/csv;base64,YSxi" in download
    assert 'href="https://example.org"' in html[0] and 'target="_blank"' in html[0]
    assert "javascript:" not in html[1] and "alert" not in html[2]
