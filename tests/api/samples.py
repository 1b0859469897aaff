"""A valid, non-default sample value for every parameter of every public st call.

``CALLS[name]`` says how to call ``st.name`` (the template its call goes into, the arguments a
baseline call needs, how a browser changes the widget) and ``samples`` holds, per parameter,
Python source for a value other than the default. A sample may carry a context: arguments that
both the baseline and the sampled call get (``S("'right'", icon="'🔥'")`` compares
``icon='🔥'`` with ``icon='🔥', icon_position='right'``), a template of its own, or a change of
its own.

Every parameter needs a sample: ``test_parameters.py`` fails for one that has none, so a new
parameter cannot slip in untested.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import ipywidgets as w

from rerunner.render.devices import Camera, Recorder

from .observe import (
    capturing,
    clicking,
    clicking_link,
    no_change,
    rerunning,
    sending,
    sending_folder,
    setting,
    typing_then_enter,
    uploading,
)

Change = Callable[[Any], None]

ELEMENT = "st.{name}({args})"
WIDGET = "REC.append(st.{name}({args}))"
#: Source of a one-page PDF filled with ``colour`` (``tests/support/pdfs.py``).
PDF = "__import__('tests.support.pdfs', fromlist=['_']).pdf_with_pages({colour})"
PRELUDE = "import datetime\nimport numpy as np\nimport pandas as pd\n"


#: Two pages for the multipage calls' samples: the second writes the query parameters.
NAV_PAGES = (
    "[st.Page(lambda: st.write('a'), title='A', url_path='a'), "
    "st.Page(lambda: st.write('b', st.query_params.to_dict()), title='B', url_path='b')]"
)
NAV_MANY = "[st.Page(lambda: None, title=f'P{i}', url_path=f'p{i}') for i in range(12)]"


class S:
    """One sample: ``value`` (source), with optional shared context, template and change."""

    def __init__(
        self,
        value: str,
        /,
        template: str | None = None,
        change: Change | None = None,
        **context: str,
    ) -> None:
        self.value = value
        self.context = context
        self.template = template
        self.change = change


@dataclass(frozen=True)
class Call:
    base: dict[str, str]
    samples: dict[str, str | S]
    template: str = ELEMENT
    change: Change | None = None
    prelude: str = ""


def _widget_common(label_src: str = "'Pick'") -> dict[str, str | S]:
    """Samples every input widget shares (its callback ones need a change to show)."""
    return {
        "label": "'Other'",
        "key": "'k'",
        "help": "'tip'",
        "on_change": "CB",
        "args": S("(7,)", on_change="CB"),
        "kwargs": S("{'n': 7}", on_change="CB"),
        "disabled": "True",
        "label_visibility": "'collapsed'",
        "width": "300",
        "bind": S("'query-params'", key="'k'"),
    }


def selecting_in_grid(selection: dict[str, Any]) -> Change:
    """Ask for a selection in the first grid, with the message a click in the browser sends."""

    def change(h: Any) -> None:
        from rerunner.render.editor import Grid

        grid = next(x for x in h.all() if isinstance(x, Grid))
        content = {"op": "select", "selection": selection}
        grid._handle_msg(
            {"content": {"data": {"method": "custom", "content": content}}, "buffers": []}
        )

    return change


def editing_grid(cells: list[dict[str, Any]]) -> Change:
    """Edit cells of the first data editor, with the message its grid sends."""

    def change(h: Any) -> None:
        from rerunner.render.editor import Grid

        grid = next(x for x in h.all() if isinstance(x, Grid))
        content = {"op": "edit", "req": 1, "cells": cells}
        grid._handle_msg(
            {"content": {"data": {"method": "custom", "content": content}}, "buffers": []}
        )

    return change


#: A widget drawn unless ``st.session_state.hide``: ``persist_state`` shows once it came back.
HIDEABLE = "if not st.session_state.get('hide'):\n    REC.append(st.{name}({args}))\n"


def hidden_and_back(change: Change) -> Change:
    """``change``, then a run that hides the widget and one that draws it again."""

    def then_hide(h: Any) -> None:
        change(h)
        for hide in (True, False):
            h.state["hide"] = hide
            h.app.run()

    return then_hide


#: An empty field in a form, and what its submit returned last: a ``required`` one blocks it.
IN_FORM = (
    "with st.form('f'):\n    st.{name}({args})\n    REC.append(st.form_submit_button('Send'))\n"
)


def required(**empty: str) -> S:
    """``required=True`` on a field made empty by ``empty``: the form's submit is refused."""
    return S("True", IN_FORM, clicking("Send"), **empty)


def _typed_choice(h: Any) -> None:
    """A value typed that is no option (``accept_new_options``), or the second option picked."""
    if any(type(x) is w.Combobox for x in h.all()):
        typing_then_enter("zebra", w.Combobox)(h)
    else:
        setting(w.Dropdown, index=1)(h)


def _typed_date(h: Any) -> None:
    """9 January 2024, typed (a date ``format``'s text field) or picked (the date picker)."""
    if any(type(x) is w.Text for x in h.all()):
        setting(w.Text, value="09/01/2024")(h)
    else:
        setting(w.DatePicker, value={"year": 2024, "month": 0, "date": 9})(h)


def widget(base: dict[str, str], change: Change | None, **samples: str | S) -> Call:
    common = _widget_common()
    if change is not None:
        common["persist_state"] = S("'session'", HIDEABLE, hidden_and_back(change), key="'k'")
    return Call({"label": "'Pick'", **base}, {**common, **samples}, WIDGET, change)


def _text(**extra: str | S) -> dict[str, str | S]:
    return {
        "body": "'Bye'",
        "help": "'tip'",
        "width": "300",
        "text_alignment": "'center'",
        "wrap": "False",
        **extra,
    }


def _heading(**extra: str | S) -> Call:
    return Call({"body": "'Hello'"}, _text(anchor="'top'", icon="'🔥'", **extra))


def _alert() -> Call:
    return Call(
        {"body": "'Hello'"},
        {"body": "'Bye'", "icon": "'🔥'", "width": "300", "title": "'Heads up'"},
    )


def _button(label: str = "Go", **extra: str | S) -> dict[str, str | S]:
    return {
        "label": "'Other'",
        "key": "'k'",
        "help": "'tip'",
        "on_click": "CB",
        "args": S("(7,)", on_click="CB"),
        "kwargs": S("{'n': 7}", on_click="CB"),
        "type": "'primary'",
        "icon": "'🔥'",
        "icon_position": S("'right'", icon="'🔥'"),
        "disabled": "True",
        "use_container_width": "True",
        "width": "300",
        "shortcut": "'Ctrl+K'",
        "wrap": "True",
        **extra,
    }


def _group() -> Call:
    return widget(
        {"options": "['a', 'b', 'c']"},
        setting(w.ToggleButtons, index=1),
        options="['x', 'y']",
        selection_mode=S("'multi'", change=no_change),
        default="'b'",
        required=required(),
        format_func="str.upper",
        wrap="True",
    )


def _chart(**extra: str | S) -> Call:
    return Call(
        {"data": "pd.DataFrame({'a': [1, 2, 3], 'b': [3, 1, 2]})"},
        {
            "data": "pd.DataFrame({'a': [1, 2, 3], 'b': [1, 2, 3]})",
            "x": "'a'",
            "y": "'b'",
            "x_label": "'Ex'",
            "y_label": "'Why'",
            "color": S("'#ff0000'", y="'b'"),
            "width": "300",
            "height": "200",
            "use_container_width": "False",
            "alt": "'A chart'",
            **extra,
        },
    )


def _media(kind: str) -> dict[str, str | S]:
    return {
        "data": "b'other bytes'",
        "format": f"'{kind}/ogg'",
        "start_time": "5",
        "end_time": "9",
        "loop": "True",
        "autoplay": "True",
        "alt": "'A clip'",
        "width": "300",
    }


_CACHED = (
    "@st.{name}({args})\n"
    "def f(x):\n"
    "    CALLS.append(((x,), {}))\n"
    "    SNAP()\n"
    "    return [x]\n"
    "{calls}\n"
)


def cached(calls: str = "REC.append(f(1))") -> str:
    return _CACHED.replace("{calls}", calls)


def _cache(**extra: str | S) -> Call:
    """``st.cache_data``/``st.cache_resource``: a cached ``f`` called by the body; CALLS counts
    misses, SNAP sees the spinner of a miss (on the rerun, once the page is on screen)."""
    return Call(
        {},
        {
            "func": S(
                "g",
                template="def g(x):\n    return x\nREC.append(type(st.{name}({args})).__name__)",
            ),
            "ttl": S("0.001", template=cached("f(1)\nimport time\ntime.sleep(0.01)\nf(1)")),
            "max_entries": S("1", template=cached("f(1)\nf(2)\nf(1)")),
            "show_spinner": "'Loading f'",
            "show_time": "True",
            "hash_funcs": S("{list: lambda v: 0}", template=cached("f([1])\nf([2])")),
            "scope": "'session'",
            # an expired entry is returned once more while a thread computes the next one
            "refresh_mode": S("'background'", template=BACKGROUND, ttl="1"),
            **extra,
        },
        cached(),
        rerunning,
    )


BACKGROUND = """@st.{name}({args})
def f(x):
    CALLS.append(((x,), {}))
    return len(CALLS)
import rerunner.cache as cache_module
real = cache_module._now
try:
    first = f(1)
    cache_module._now = lambda: real() + 1.5  # past the ttl, within one more
    second = f(1)
finally:
    cache_module._now = real
REC.append((first, second))
"""

RERUN = """n = st.session_state.get("n", 0)
st.session_state.n = n + 1
st.write(f"run {n}")
if n == 0:
    try:
        st.rerun({args})
    except Exception as e:
        REC.append(type(e).__name__)
"""
FRAGMENT = """
st.session_state.outer = st.session_state.get("outer", 0) + 1
def body():
    st.session_state.inner = st.session_state.get("inner", 0) + 1
    REC.append(__import__("threading").current_thread().name)
    st.slider("In", 0, 10)
def ask():
    try:
        st.rerun("k")
    except Exception as e:
        REC.append(type(e).__name__)
st.fragment({args})(body)()
st.button("Ask", on_click=ask)
"""


DIALOG = """
st.session_state.outer = st.session_state.get("outer", 0) + 1
def body():
    st.write("inside")
st.dialog({args})(body)()
"""


def dismissing(h: Any) -> None:
    """What a visitor's Escape does to an open dialog."""
    modal = next(x for x in h.all() if type(x).__name__ == "Modal")
    h.update(modal, is_open=False)


def ticking(h: Any) -> None:
    """What the kernel's timer does when a ``run_every`` period ends."""
    for fid in list(h.app.fragments.ticking()):
        h.app.tick(fid)


DF = "pd.DataFrame({'a': [1, 2], 'b': [None, 4.0]})"
FIG = "__import__('plotly.graph_objects').graph_objects.Figure(data=[{'type': 'bar', 'y': [1, 2]}])"
ALTAIR = "__import__('altair').Chart(pd.DataFrame({'a': [1, 2]})).mark_bar().encode(x='a')"
SPEC = "{'mark': 'bar', 'encoding': {'x': {'field': 'a', 'type': 'quantitative'}}}"
ECHARTS = (
    "{'xAxis': {'type': 'category'}, 'yAxis': {}, 'series': [{'type': 'bar', 'data': [1, 2]}]}"
)
MAP_DATA = (
    "pd.DataFrame({'lat': [1.0, 2.0], 'lon': [3.0, 4.0], 'la': [5.0, 6.0], 'lo': [7.0, 8.0], "
    "'c': ['#ff0000', '#00ff00'], 's': [10, 20]})"
)
DECK = (
    "__import__('pydeck').Deck(layers=[__import__('pydeck').Layer('ScatterplotLayer', "
    "data=[{'p': [1, 2]}], get_position='p')])"
)
#: Charts with two selection parameters, "p" (points) and "q" (an interval).
ALTAIR_SEL = (
    "__import__('altair').Chart(pd.DataFrame({'a': [1, 2]})).mark_bar().encode(x='a')"
    ".add_params(__import__('altair').selection_point(name='p', fields=['a']),"
    " __import__('altair').selection_interval(name='q', encodings=['x']))"
)
SPEC_SEL = (
    "{'mark': 'bar', 'encoding': {'x': {'field': 'a', 'type': 'quantitative'}}, 'params': ["
    "{'name': 'p', 'select': {'type': 'point', 'fields': ['a']}},"
    " {'name': 'q', 'select': {'type': 'interval', 'encodings': ['x']}}]}"
)

CALLS: dict[str, Call] = {
    # --- text ----------------------------------------------------------------------------------
    "markdown": Call(
        {"body": "'# Head\\n**Hi** <b>x</b>'"},
        _text(unsafe_allow_html="True", anchors="False"),
    ),
    "title": _heading(),
    "header": _heading(divider="'blue'"),
    "subheader": _heading(divider="'blue'"),
    "caption": Call({"body": "'Hello <b>x</b>'"}, _text(unsafe_allow_html="True")),
    "text": Call({"body": "'Hello'"}, _text()),
    "badge": Call(
        {"label": "'New'"},
        {"label": "'Old'", "icon": "'🔥'", "color": "'green'", "width": "300", "help": "'tip'"},
    ),
    "space": Call({}, {"size": "'large'"}),
    "help": Call({"obj": "5"}, {"obj": "'text'", "width": "300"}),
    "iframe": Call(
        {"src": "'<p>a</p>'"},
        {
            "src": "'<p>b</p>'",
            "width": "300",
            "height": "200",
            "tab_index": "0",
            "alt": "'A frame'",
        },
    ),
    "pdf": Call(
        {"data": PDF.format(colour="(1, 0, 0)")},
        {"data": PDF.format(colour="(0, 0, 1)"), "height": "300", "key": "'k'", "alt": "'Doc'"},
    ),
    "html": Call(
        {"body": "'<p>Hi <script>x()</script></p>'"},
        {"body": "'<b>Bye</b>'", "width": "300", "unsafe_allow_javascript": "True"},
    ),
    "code": Call(
        {"body": "'x = 1'"},
        {
            "body": "'y = 2'",
            "language": "'text'",
            "line_numbers": "True",
            "wrap_lines": "True",
            "height": "200",
            "width": "300",
        },
    ),
    "json": Call({"body": "{'a': 1}"}, {"body": "{'b': 2}", "expanded": "False", "width": "300"}),
    "success": _alert(),
    "info": _alert(),
    "warning": _alert(),
    "error": _alert(),
    "exception": Call(
        {"exception": "ValueError('boom')"},
        {"exception": "KeyError('boom')", "width": "300"},
    ),
    "divider": Call({}, {"width": "300"}),
    "latex": Call({"body": "'x^2'"}, {"body": "'y^2'", "help": "'tip'", "width": "300"}),
    "echo": Call({}, {"code_location": "'below'"}, "with st.echo({args}):\n    st.write('ran')\n"),
    "write": Call({"args": "'**Hi** <b>x</b>'"}, {"args": "'Hi', 5", "unsafe_allow_html": "True"}),
    # --- inputs --------------------------------------------------------------------------------
    "button": Call({"label": "'Go'"}, _button(), WIDGET, clicking()),
    "checkbox": widget({}, setting(w.Checkbox, value=True), value="True", wrap="True"),
    "toggle": widget({}, setting(w.Checkbox, value=True), value="True", wrap="True"),
    "radio": widget(
        {"options": "['a', 'b', 'c']"},
        setting(w.RadioButtons, index=1),
        options="['x', 'y']",
        index="2",
        format_func="str.upper",
        horizontal="True",
        captions="['one', 'two', 'three']",
    ),
    "selectbox": widget(
        {"options": "['a', 'b', 'c']"},
        setting(w.Dropdown, index=1),
        options="['x', 'y']",
        index="2",
        format_func="str.upper",
        placeholder=S("'Choose'", index="None"),
        required=required(index="None"),
        icon="'🔥'",
        accept_new_options=S("True", change=_typed_choice),
        filter_mode=S("'contains'", change=_typed_choice),
    ),
    "slider": widget(
        {},
        setting(w.IntSlider, value=70),
        min_value="10",
        max_value="50",
        value="30",
        step="5",
        format="'%.1f'",
    ),
    "number_input": widget(
        {},
        clicking("+"),
        min_value="5",
        max_value=S("10", value="10"),
        value="3",
        step="5",
        format="'%.3f'",
        placeholder=S("'Type'", value="None"),
        required=required(value="None"),
        icon="'🔥'",
    ),
    "text_input": widget(
        {},
        setting(w.Text, w.Password, value="abcdef"),
        value="'x'",
        max_chars="3",
        type="'password'",
        autocomplete="'off'",
        placeholder="'Type'",
        required=required(),
        icon="'🔥'",
        validate="'email'",
        live="True",
    ),
    "text_area": widget(
        {},
        setting(w.Textarea, value="abcdef"),
        value="'x'",
        height="200",
        max_chars="3",
        placeholder="'Type'",
        required=required(),
    ),
    "multiselect": widget(
        {"options": "['a', 'b', 'c']"},
        setting(w.TagsInput, value=["a", "b"]),
        options="['x', 'y']",
        default="['b']",
        format_func="str.upper",
        max_selections="1",
        placeholder="'Choose'",
        accept_new_options="True",
        filter_mode=S("None", change=no_change),
        select_all="False",
        wrap="True",
    ),
    "select_slider": widget(
        {"options": "['a', 'b', 'c']"},
        setting(w.SelectionSlider, index=1),
        options="['x', 'y']",
        value="'c'",
        format_func="str.upper",
    ),
    "pills": _group(),
    "segmented_control": _group(),
    "date_input": widget(
        {"value": "datetime.date(2024, 1, 5)"},
        setting(w.DatePicker, value={"year": 2024, "month": 0, "date": 9}),
        value="datetime.date(2024, 1, 6)",
        min_value="datetime.date(2024, 1, 1)",
        max_value="datetime.date(2024, 1, 31)",
        format=S("'DD/MM/YYYY'", change=_typed_date),
        required=required(value="None"),
    ),
    "time_input": widget(
        {"value": "datetime.time(8, 45)"},
        setting(w.Combobox, value="10:15"),
        value="datetime.time(9, 0)",
        step="60",
        format=S("'12h'", change=setting(w.Combobox, value="10:15 PM")),
        required=required(value="None"),
    ),
    "datetime_input": widget(
        {"value": "datetime.datetime(2024, 1, 5, 8, 45)"},
        setting(w.TimePicker, value={"hours": 10, "minutes": 15, "seconds": 0, "milliseconds": 0}),
        value="datetime.datetime(2024, 1, 6, 9, 0)",
        min_value="datetime.datetime(2024, 1, 1, 8, 0)",
        max_value="datetime.datetime(2024, 1, 31, 18, 0)",
        format="'DD/MM/YYYY'",
        step="60",
        required=required(value="None"),
    ),
    "color_picker": widget({}, setting(w.ColorPicker, value="#00ff00"), value="'#ff0000'"),
    "file_uploader": Call(
        {"label": "'Pick'"},
        {
            **{k: v for k, v in _widget_common().items() if k not in ("bind", "persist_state")},
            "type": "['csv']",
            "accept_multiple_files": "True",
            "max_upload_size": "5",
        },
        WIDGET,
        uploading("a.csv", b"1,2", "text/csv"),
    ),
    "camera_input": Call(
        {"label": "'Pick'"},
        {
            **{k: v for k, v in _widget_common().items() if k not in ("bind", "persist_state")},
            "resolution": "'720p'",
        },
        WIDGET,
        capturing(Camera, "camera-input-1.jpg", b"\xff\xd8\xff", "image/jpeg"),
    ),
    "audio_input": Call(
        {"label": "'Pick'"},
        {
            **{k: v for k, v in _widget_common().items() if k not in ("bind", "persist_state")},
            "sample_rate": "8000",
        },
        WIDGET,
        capturing(Recorder, "a_audio.wav", b"RIFF", "audio/wav"),
    ),
    # --- chat ----------------------------------------------------------------------------------
    "chat_input": Call(
        {},
        {
            "placeholder": "'Ask'",
            "key": "'k'",
            "max_chars": "3",
            "max_upload_size": S("1", accept_file="True"),
            "accept_file": S(
                "'directory'", change=sending_folder("hi", ("d/a.csv", b"1", "text/csv"))
            ),
            "file_type": S("['csv']", accept_file="True"),
            "accept_audio": "True",
            "audio_sample_rate": S("8000", accept_audio="True"),
            "disabled": "True",
            # seen mid-run: the stop button, drawn while the message's run goes on
            "submit_mode": S("'stop'", template=WIDGET + "\nSNAP()"),
            "on_submit": "CB",
            "args": S("(7,)", on_submit="CB"),
            "kwargs": S("{'n': 7}", on_submit="CB"),
            "width": "300",
            "height": "100",
        },
        WIDGET,
        sending("hello"),
    ),
    "chat_message": Call(
        {"name": "'user'"},
        {"name": "'assistant'", "avatar": "'🦖'", "width": "300"},
        "with st.{name}({args}):\n    st.write('hi')\n",
    ),
    "feedback": Call(
        {},
        {
            "options": "'stars'",
            "key": "'k'",
            "default": "1",
            "disabled": "True",
            "on_change": "CB",
            "args": S("(7,)", on_change="CB"),
            "kwargs": S("{'n': 7}", on_change="CB"),
            "width": "300",
            "bind": S("'query-params'", key="'k'"),
            "persist_state": S("'session'", HIDEABLE, hidden_and_back(clicking()), key="'k'"),
        },
        WIDGET,
        clicking(),
    ),
    "pagination": Call(
        {"num_pages": "12"},
        {
            "num_pages": "20",
            "default": "3",
            "max_visible_pages": "None",
            "width": "'stretch'",
            "key": "'k'",
            "on_change": "CB",
            "args": S("(7,)", on_change="CB"),
            "kwargs": S("{'n': 7}", on_change="CB"),
            "disabled": "True",
            "bind": S("'query-params'", key="'k'"),
            "persist_state": S("'session'", HIDEABLE, hidden_and_back(clicking("›")), key="'k'"),
        },
        WIDGET,
        clicking("›"),
    ),
    "menu_button": Call(
        {"label": "'Pick'", "options": "['a', 'b']"},
        {
            "label": "'Other'",
            "options": "['x', 'y']",
            "key": "'k'",
            "help": "'tip'",
            "on_click": "CB",
            "args": S("(7,)", on_click="CB"),
            "kwargs": S("{'n': 7}", on_click="CB"),
            "type": "'primary'",
            "icon": "'🔥'",
            "disabled": "True",
            "width": "300",
            "format_func": "str.upper",
            "wrap": "True",
        },
        WIDGET,
        setting(w.Dropdown, index=2),
    ),
    "skeleton": Call({}, {"height": "100", "width": "300"}),
    "write_stream": Call(
        {"stream": "G()"},
        {
            "stream": "iter(['x', {'y': 1}])",
            # The cursor shows only while the text is written: seen mid-run, once on screen.
            "cursor": S("'▌'", change=rerunning),
        },
        "import time\ndef G():\n    yield 'a'\n    time.sleep(0.15)\n    yield 'b'\n    SNAP()\n"
        "    yield 'c'\nREC.append(st.{name}({args}))\n",
    ),
    "download_button": Call(
        {"label": "'Go'", "data": "'a,b'"},
        _button(data="'c,d'", file_name="'x.csv'", mime="'text/csv'"),
        WIDGET,
        clicking_link,
    ),
    "link_button": Call(
        {"label": "'Go'", "url": "'https://example.org'"},
        # with on_click="ignore" (default) the key is the element's identity and CSS class only
        {**_button(url="'https://example.com'"), "key": S("'k'", template=ELEMENT)},
        WIDGET,
        clicking_link,
    ),
    # --- layout --------------------------------------------------------------------------------
    "columns": Call(
        {"spec": "2"},
        {
            "spec": "3",
            "gap": "'large'",
            "vertical_alignment": "'center'",
            "border": "True",
            "width": "300",
            "wrap": "False",
        },
        "for c in st.columns({args}):\n    c.write('x')\n",
    ),
    "container": Call(
        {},
        {
            "border": "True",
            "key": "'k'",
            "width": "300",
            "height": "300",
            "horizontal": "True",
            "wrap": S("False", horizontal="True"),
            "horizontal_alignment": "'center'",
            "vertical_alignment": S("'center'", horizontal="True"),
            "gap": "'large'",
            "autoscroll": S("True", height="300"),  # only a scroll box scrolls
        },
        "with st.container({args}):\n    st.write('x')\n    st.write('y')\n",
    ),
    "empty": Call({}, {}, "st.empty({args}).write('x')"),
    "expander": Call(
        {"label": "'More'"},
        {
            "label": "'Less'",
            "expanded": "True",
            "key": "'k'",
            "icon": "'🔥'",
            "type": "'compact'",
            "width": "300",
            "on_change": "CB",
            "args": S("(7,)", on_change="CB"),
            "kwargs": S("{'n': 7}", on_change="CB"),
            "bind": S("'query-params'", key="'k'"),
        },
        "with st.expander({args}):\n    st.write('x')\n",
        setting(w.Accordion, selected_index=0),  # the user opens it
    ),
    "popover": Call(
        {"label": "'More'"},
        {
            "label": "'Less'",
            "type": "'primary'",
            "help": "'tip'",
            "icon": "'🔥'",
            "disabled": "True",
            "use_container_width": "True",
            "width": "300",
            "wrap": "True",
            "key": "'k'",
            "on_change": "CB",
            "args": S("(7,)", on_change="CB"),
            "kwargs": S("{'n': 7}", on_change="CB"),
        },
        "with st.popover({args}):\n    st.write('x')\n",
        setting(w.Accordion, selected_index=0),
    ),
    "tabs": Call(
        {"tabs": "['a', 'b']"},
        {
            "tabs": "['a', 'c']",
            "width": "300",
            "height": "300",
            "default": "'b'",
            "key": "'k'",
            "on_change": "CB",
            "args": S("(7,)", on_change="CB"),
            "kwargs": S("{'n': 7}", on_change="CB"),
            "bind": S("'query-params'", key="'k'"),
        },
        "for t in st.tabs({args}):\n    t.write('x')\n",
        setting(w.Tab, selected_index=1),  # the user picks the second tab
    ),
    "form": Call(
        {"key": "'f'"},
        {
            "key": "'g'",
            "clear_on_submit": "True",
            "enter_to_submit": "False",
            "border": "False",
            "width": "300",
            "height": "300",
        },
        "with st.form({args}):\n    REC.append(st.text_input('t'))\n    st.form_submit_button()\n",
        typing_then_enter("typed"),
    ),
    "form_submit_button": Call(
        {},
        {**_button(), "label": "'Send'"},
        "with st.form('f'):\n    REC.append(st.form_submit_button({args}))\n",
        clicking(),
    ),
    # --- status --------------------------------------------------------------------------------
    "progress": Call({"value": "10"}, {"value": "50", "text": "'Working'", "width": "300"}),
    "spinner": Call(
        {},
        {"text": "'Loading'", "show_time": "True", "_cache": "True", "width": "300"},
        "with st.spinner({args}):\n    SNAP()\n",
        lambda h: h.app.run(),  # the spinner shows on a rerun, once the page is on screen
    ),
    "status": Call(
        {"label": "'Working'"},
        {
            "label": "'Done'",
            "expanded": "True",
            "state": "'error'",
            "type": "'compact'",
            "width": "300",
        },
        "with st.status({args}):\n    st.write('x')\n",
    ),
    "toast": Call({"body": "'Saved'"}, {"body": "'Gone'", "icon": "'🔥'", "duration": "'long'"}),
    # --- multipage apps ------------------------------------------------------------------------
    "Page": Call(
        {"page": "f"},
        {
            "page": "g",
            "title": "'T'",
            "icon": "'🔥'",
            "url_path": "'u'",
            "default": "True",
            "visibility": "'hidden'",
            "help": "'tip'",
        },
        template=(
            "def f(): st.write('f')\ndef g(): st.write('g')\np = st.{name}({args})\n"
            "REC.append((p.title, p.icon, p.url_path))\n"
            "st.navigation([st.Page(lambda: None, title='Z', url_path='z'), p]).run()"
        ),
    ),
    "navigation": Call(
        {"pages": NAV_PAGES},
        {
            "pages": "[st.Page(lambda: st.write('x'), title='X', url_path='x')]",
            "position": "'top'",
            "expanded": S("True", pages=NAV_MANY),
        },
        template="st.{name}({args}).run()",
    ),
    "switch_page": Call(
        {"page": "P[0]"},
        {"page": "P[1]", "query_params": "{'x': '1'}"},
        template=(
            "P = " + NAV_PAGES + "\nst.navigation(P).run()\n"
            "if st.button('go'):\n    st.{name}({args})"
        ),
        change=clicking("go"),
    ),
    "page_link": Call(
        {"page": "P[1]"},
        {
            "page": "P[0]",
            "label": "'Other'",
            "icon": "'🔥'",
            "icon_position": S("'right'", icon="'🔥'"),
            "help": "'tip'",
            "disabled": "True",
            "use_container_width": "True",
            "width": "300",
            "query_params": "{'x': '1'}",
        },
        template="P = " + NAV_PAGES + "\nst.navigation(P).run()\nst.{name}({args})",
        change=lambda h: h.click(next(x for x in h.all() if "rr-page-link" in x._dom_classes)),
    ),
    "logo": Call(
        {"image": "':material/school:'"},
        {
            "image": "':material/home:'",
            "size": "'large'",
            "link": "'https://example.com'",
            "icon_image": "':material/star:'",
        },
    ),
    "balloons": Call({}, {}),
    "snow": Call({}, {}),
    # --- data ----------------------------------------------------------------------------------
    "dataframe": Call(
        {"data": DF},
        {
            "data": "pd.DataFrame({'c': [1]})",
            "width": "300",
            "height": "200",
            "use_container_width": "False",
            "hide_index": "True",
            "column_order": "['b']",
            "column_config": "{'a': st.column_config.ProgressColumn('A', max_value=2)}",
            "key": S("'k'", on_select="'rerun'"),
            "on_select": "CB",
            "selection_mode": S("'single-row'", on_select="'rerun'"),
            "selection_default": S("{'selection': {'rows': [0]}}", on_select="'rerun'"),
            "row_height": "50",
            "placeholder": "'-'",
            "lazy": "True",
            "alt": "'A table'",
        },
        "r = st.{name}({args})\nREC.append(r if isinstance(r, dict) else None)",
        selecting_in_grid({"rows": [0, 1]}),
    ),
    "data_editor": Call(
        {"data": DF},
        {
            "data": "pd.DataFrame({'a': [3]})",
            "width": "300",
            "height": "200",
            "use_container_width": "False",
            "hide_index": "True",
            "column_order": "['b']",
            "column_config": "{'a': st.column_config.NumberColumn(max_value=2)}",
            "num_rows": "'dynamic'",
            "disabled": "['a']",
            "key": "'k'",
            "on_change": "CB",
            "args": S("(7,)", on_change="CB"),
            "kwargs": S("{'n': 7}", on_change="CB"),
            "row_height": "50",
            "placeholder": "'-'",
            "alt": "'A table'",
        },
        "REC.append(st.{name}({args}).to_dict())",
        editing_grid([{"row": "o0", "col": "a", "value": 5}]),
    ),
    "table": Call(
        {"data": DF},
        {
            "data": "pd.DataFrame({'c': [1]})",
            "border": "False",
            "width": "300",
            "height": "200",
            "hide_index": "False",
            "hide_header": "True",
            "alt": "'A table'",
        },
    ),
    "metric": Call(
        {"label": "'Speed'", "value": "5"},
        {
            "label": "'Pace'",
            "value": "6",
            "delta": "2",
            "delta_color": S("'inverse'", delta="2"),
            "help": "'tip'",
            "icon": "'🔥'",
            "label_visibility": "'hidden'",
            "border": "True",
            "width": "300",
            "height": "200",
            "chart_data": "[1, 3, 2]",
            "chart_type": S("'bar'", chart_data="[1, 3, 2]"),
            "delta_arrow": S("'down'", delta="2"),
            "format": "'%.1f'",
            "delta_description": S("'since May'", delta="2"),
        },
    ),
    # --- charts --------------------------------------------------------------------------------
    "line_chart": _chart(),
    "area_chart": _chart(stack="False"),
    "bar_chart": _chart(
        horizontal="True",
        sort=S("'-b'", data="pd.DataFrame({'c': ['p', 'q', 'r'], 'b': [3, 1, 2]})", x="'c'"),
        stack="False",
    ),
    "scatter_chart": _chart(size="50"),
    "pyplot": Call(
        {"fig": "FIG"},
        {
            "fig": "FIG2",
            "clear_figure": "True",
            "width": "300",
            "use_container_width": "False",
            "alt": "'A plot'",
            "kwargs": "dpi=30",
        },
        "import matplotlib\nmatplotlib.use('Agg')\nimport matplotlib.pyplot as plt\n"
        "FIG = plt.figure(figsize=(2, 1))\nFIG.gca().plot([1, 2])\n"
        "FIG2 = plt.figure(figsize=(2, 1))\nFIG2.gca().plot([2, 1])\n"
        "st.pyplot({args})\nREC.append(len(FIG.axes))\n",
    ),
    "plotly_chart": Call(
        {"figure_or_data": FIG},
        {
            "figure_or_data": FIG.replace("[1, 2]", "[2, 1]"),
            "use_container_width": "False",
            "width": "300",
            "height": "200",
            "theme": "None",
            "key": "'k'",
            "on_select": "'rerun'",
            "selection_mode": S("'points'", on_select="'rerun'"),
            "config": "{'displayModeBar': False}",
            "alt": "'A chart'",
        },
    ),
    "altair_chart": Call(
        {"altair_chart": ALTAIR},
        {
            "altair_chart": ALTAIR.replace("mark_bar", "mark_line"),
            "width": "300",
            "height": "200",
            "use_container_width": "False",
            "theme": "None",
            "key": S("'k'", on_select="'rerun'", altair_chart=ALTAIR_SEL),
            "on_select": S("'rerun'", altair_chart=ALTAIR_SEL),
            "selection_mode": S("'p'", on_select="'rerun'", altair_chart=ALTAIR_SEL),
            "alt": "'A chart'",
        },
    ),
    "vega_lite_chart": Call(
        {"data": "pd.DataFrame({'a': [1, 2]})", "spec": SPEC},
        {
            "data": "pd.DataFrame({'a': [3, 4]})",
            "spec": SPEC.replace("bar", "line"),
            "width": "300",
            "height": "200",
            "use_container_width": "False",
            "theme": "None",
            "key": S("'k'", on_select="'rerun'", spec=SPEC_SEL),
            "on_select": S("'rerun'", spec=SPEC_SEL),
            "selection_mode": S("'p'", on_select="'rerun'", spec=SPEC_SEL),
            "alt": "'A chart'",
        },
    ),
    # --- diagrams and maps ----------------------------------------------------------------------
    "graphviz_chart": Call(
        {"figure_or_dot": "'digraph { a -> b }'"},
        {
            "figure_or_dot": "'digraph { b -> c }'",
            "use_container_width": "True",
            "width": "300",
            "height": "200",
            "alt": "'A graph'",
        },
    ),
    "mermaid_chart": Call(
        {"body": "'graph TD; A-->B'"},
        {"body": "'graph LR; A-->C'", "width": "300", "alt": "'A flow'"},
    ),
    "echarts_chart": Call(
        {"spec": ECHARTS},
        {
            "spec": ECHARTS.replace("[1, 2]", "[2, 1]"),
            "width": "300",
            "height": "200",
            "theme": "None",
            "key": "'k'",
            "on_select": "'rerun'",
            "renderer": "'svg'",
            "alt": "'A chart'",
        },
    ),
    "map": Call(
        {"data": MAP_DATA},
        {
            "data": MAP_DATA.replace("1.0, 2.0", "1.5, 2.5"),
            "latitude": "'la'",
            "longitude": "'lo'",
            "color": "'c'",
            "size": "'s'",
            "zoom": "3",
            "width": "300",
            "height": "200",
            "use_container_width": S("True", width="300"),
            "alt": "'A map'",
        },
    ),
    "pydeck_chart": Call(
        {"pydeck_obj": DECK},
        {
            "pydeck_obj": DECK.replace("[1, 2]", "[3, 4]"),
            "width": "300",
            "use_container_width": S("True", width="300"),
            "height": "200",
            "selection_mode": S("'multi-object'", on_select="'rerun'"),
            "on_select": "'rerun'",
            "key": S("'k'", on_select="'rerun'"),
            "alt": "'A map'",
        },
    ),
    # --- media ---------------------------------------------------------------------------------
    "image": Call(
        {"image": "np.array([[300, 10], [20, 30]])"},
        {
            "image": "np.array([[1, 2], [3, 4]])",
            "caption": "'A picture'",
            "width": "100",
            "clamp": "True",
            "channels": S("'BGR'", image="np.zeros((2, 2, 3), 'uint8') + [1, 2, 3]"),
            "output_format": "'JPEG'",
            "use_container_width": "True",
            "link": "'https://x.org'",
            "use_column_width": "True",
            "alt": "'A picture'",
        },
    ),
    "audio": Call(
        {"data": "b'some bytes'"},
        {**_media("audio"), "sample_rate": S("8000", data="np.zeros(8)", sample_rate="16000")},
    ),
    "video": Call(
        {"data": "b'some bytes'"},
        {**_media("video"), "subtitles": "'WEBVTT'", "muted": "True"},
    ),
    # --- page and control flow -----------------------------------------------------------------
    "set_page_config": Call(
        {},
        {
            "page_title": "'My app'",
            "page_icon": "'🔥'",
            "layout": "'wide'",
            "initial_sidebar_state": S(
                "'collapsed'", template="st.set_page_config({args})\nst.sidebar.write('x')\n"
            ),
            "menu_items": "{'About': 'An app'}",
        },
        "st.set_page_config({args})\nst.write('x')\n",
    ),
    "rerun": Call({}, {"scope": "'fragment'"}, RERUN),
    "stop": Call({}, {}, "st.write('x')\nst.stop({args})\n"),
    "dialog": Call(
        {"title": "'Edit'"},
        {
            "title": "'Other'",
            "width": "'large'",
            "position": "'left'",
            "dismissible": "False",
            "icon": "'🔥'",
            "on_dismiss": S("'rerun'", change=dismissing),
        },
        DIALOG,
    ),
    "fragment": Call(
        {},
        {
            "func": S("g", template="def g():\n    pass\nREC.append(st.{name}({args}).__name__)"),
            "run_every": S("2", change=ticking),
            "parallel": "True",
            "key": S("'k'", change=clicking("Ask")),
        },
        FRAGMENT,
    ),
    "get_option": Call(
        {"key": "'client.showErrorDetails'"},
        {"key": "'server.maxUploadSize'"},
        "v = st.{name}({args})\nREC.append(v)",  # `key` is no widget key
    ),
    "set_option": Call(
        {"key": "'client.toolbarMode'", "value": "'minimal'"},
        {"key": "'client.disableDataExport'", "value": "'viewer'"},
        # what was set, read back; then the kernel's options as they were
        "st.{name}({args})\nREC.append((st.get_option('client.toolbarMode'), "
        "st.get_option('client.disableDataExport')))\n"
        "st.set_option('client.toolbarMode', 'auto')\nst.set_option('client.disableDataExport', False)\n",
    ),
    # --- caching -------------------------------------------------------------------------------
    "cache_data": _cache(
        # one byte: each value alone is larger, so only the newest is kept
        max_size=S("1", template=cached("f(1)\nf(2)\nf(1)")),
        # the entry is read back from its file once the kernel's caches are gone
        persist=S(
            "'disk'",
            template=cached("f(1)\nimport rerunner.cache\nrerunner.cache.CACHES.clear()\nf(1)"),
        ),
    ),
    "cache_resource": _cache(
        validate=S("lambda v: False", template=cached("f(1)\nf(1)")),
        on_release=S("CB", template=cached("f(1)\nf(2)"), max_entries="1"),
    ),
}

CONN = (
    "c = st.{name}({args})\nREC.append((type(c).__name__, c._connection_name, repr(c._instance)))"
)
SAME_CONN = "REC.append(a is st.{name}({args}))"
CALLS["connection"] = Call(
    {"name": "'x'", "type": "'sql'", "kwargs": "url='sqlite://'"},
    {
        "name": "'y'",
        "type": S(
            "Mine",
            template="from streamlit.connections import BaseConnection\n"
            "class Mine(BaseConnection):\n    def _connect(self, **kw):\n        return kw\n"
            + CONN,
        ),
        "max_entries": S(
            "1",
            template="a = st.{name}({args})\nst.{name}({args}, database='other')\n" + SAME_CONN,
        ),
        "ttl": S(
            "0.001", template="a = st.{name}({args})\nimport time\ntime.sleep(0.01)\n" + SAME_CONN
        ),
        "kwargs": "url='sqlite:///other.db'",
    },
    CONN,
)
CALLS["grid"] = Call(
    {},
    {
        "columns": "3",
        "min_column_width": "300",
        "wrap": S("False", columns="3"),
        "gap": "('large', None)",
        "vertical_alignment": "'center'",
        "border": "True",
        "row_height": "100",
        "width": "400",
        "height": "300",
        "key": "'k'",
        "dense": "True",
    },
    "with st.{name}({args}):\n    st.write('a')\n    st.write('b')\n",
)
CALLS["login"] = Call({}, {"provider": "'corp'"})
CALLS["logout"] = Call({}, {})

#: For a refused parameter the call validates itself (a rule with ``valid``): a value Streamlit
#: refuses, and an app passing it (as ``{v}``), which must get Streamlit's own error.
INVALID: dict[tuple[str, str], tuple[str, str]] = {}
#: Where rerunner's error is Streamlit's error type but not yet its exact words (the message
#: lists other choices); the texts are for the calls' own modules to fix.
WORDED_DIFFERENTLY: set[tuple[str, str]] = set()
