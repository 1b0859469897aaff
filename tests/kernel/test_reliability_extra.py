"""Issue 14's "also weak" list: queued clicks, widgets the front end closes, refused uploads,
saved values the code now refuses, the cost of saving a large state, widgets a body makes
itself, ``import streamlit`` in helper modules, and async code in a body.

Kernel tests drive a real ipykernel with the messages a browser sends; the others run in process.
No test depends on the machine's speed: waits are on events, counts are exact.
"""

from __future__ import annotations

import gc
import json
import logging
import re
from pathlib import Path

import ipywidgets as w
import pytest
from ipywidgets.widgets.widget import _instances

from rerunner import persist
from rerunner.persist import Persister
from rerunner.state import SessionState

from tests.support.inprocess import Harness
from tests.support.kernel_client import KernelSession, new_cell_id


@pytest.fixture(scope="module")
def kernel():
    session = KernelSession()
    session.run("%load_ext rerunner")
    yield session
    session.close()


def kernel_value(kernel: KernelSession, expr: str):
    out = kernel.run(f"import json as _j; print(_j.dumps({expr}))").text()
    return json.loads(out)


def texts(kernel: KernelSession) -> list[str]:
    return [re.sub(r"<[^>]+>", "", t).strip() for t in kernel.html_texts()]


def subshell(kernel: KernelSession) -> str:
    """A subshell of the kernel (ipykernel 7): it runs code while the main shell is busy."""
    import queue

    msg = kernel.kc.session.msg("create_subshell_request", {})
    kernel.kc.control_channel.send(msg)
    while True:
        try:
            reply = kernel.kc.get_control_msg(timeout=30)
        except queue.Empty:
            raise AssertionError(
                "no reply to create_subshell_request (needs ipykernel >= 7)"
            ) from None
        if reply["parent_header"].get("msg_id") == msg["header"]["msg_id"]:
            assert "subshell_id" in reply["content"], (
                "no subshells: the test extra needs ipykernel >= 7"
            )
            return reply["content"]["subshell_id"]


def run_in_subshell(kernel: KernelSession, subshell_id: str, code: str) -> None:
    content = {"code": code, "silent": True, "store_history": False, "user_expressions": {},
               "allow_stdin": False, "stop_on_error": True}  # fmt: skip
    msg = kernel.kc.session.msg("execute_request", content)
    msg["header"]["subshell_id"] = subshell_id
    kernel.kc.shell_channel.send(msg)
    reply = kernel.reply_to(msg)
    assert reply["content"]["status"] == "ok", reply["content"]


def comm_msg(kernel: KernelSession, comm_id: str, data: dict) -> dict:
    msg = kernel.kc.session.msg("comm_msg", {"comm_id": comm_id, "data": data})
    kernel.kc.shell_channel.send(msg)
    return msg


def until_busy(kernel: KernelSession, msg: dict) -> None:
    """Return once the kernel has begun handling ``msg`` (its busy status)."""
    while True:
        m = kernel.kc.get_iopub_msg(timeout=30)
        kernel._track(m)
        if (
            m["parent_header"].get("msg_id") == msg["header"]["msg_id"]
            and m["msg_type"] == "status"
        ):
            return


# --- 1. clicks queued while a run is busy -------------------------------------------------

CLICKS = """%%rerun --name clicks
st.session_state.setdefault("clicks", 0)
def clicked():
    st.session_state.clicks += 1
if st.slider("Busy", 0, 10, key="busy") == 1:
    gate.wait(60)  # busy until the test opens the gate
st.button("Click me", on_click=clicked)
st.write("clicks:", st.session_state.clicks)
"""


def test_clicks_queued_while_a_run_is_busy_make_one_click(kernel: KernelSession) -> None:
    """As Streamlit's ``_coalesce_widget_states`` merges queued triggers of one button."""
    kernel.run("import threading\ngate = threading.Event()")
    kernel.run(CLICKS, cell_id=new_cell_id())
    side = subshell(kernel)
    busy = comm_msg(kernel, kernel.find("IntSliderModel", "Busy").comm_id,
                    {"method": "update", "state": {"value": 1}, "buffer_paths": []})  # fmt: skip
    until_busy(kernel, busy)  # the run the slider caused waits at the gate
    button = kernel.find("ButtonModel", "Click me").comm_id
    clicks = [comm_msg(kernel, button, {"method": "custom", "content": {"event": "click"}})
              for _ in range(50)]  # fmt: skip
    # The subshell's request reaches the kernel after the 50 clicks (one socket, in order), so
    # they all wait in the main shell's queue when the gate opens.
    run_in_subshell(kernel, side, "gate.set()")
    kernel._collect(clicks[-1]["header"]["msg_id"], 60)
    assert kernel_value(kernel, "__import__('rerunner').kernel_session_state()['clicks']") == 1
    assert "clicks: 1" in texts(kernel)


# --- 2. a widget the front end closes -------------------------------------------------------

LOST = """%%rerun --name {name}
v = st.slider("{name} level", 0, 10, key="{name}_level")
with st.container(border=True):
    st.write(f"{name} level is {{v}}")
"""


def front_end_close(kernel: KernelSession, comm_id: str):
    msg = kernel.kc.session.msg("comm_close", {"comm_id": comm_id, "data": {}})
    kernel.kc.shell_channel.send(msg)
    exchange = kernel._collect(msg["header"]["msg_id"], 30)
    kernel.models[comm_id].closed = True  # the front end dropped it
    return exchange


def parent_of(kernel: KernelSession, comm_id: str):
    [parent] = [m for m in kernel.live() if f"IPY_MODEL_{comm_id}" in m.state.get("children", [])]
    return parent


def test_a_widget_the_front_end_closes_is_rebuilt_in_its_place(kernel: KernelSession) -> None:
    kernel.run(LOST.format(name="lost"), cell_id=new_cell_id())
    slider = kernel.find("IntSliderModel", "lost level")
    kernel.send_update(slider.comm_id, {"value": 3})
    box = parent_of(kernel, slider.comm_id)
    place = box.state["children"].index(f"IPY_MODEL_{slider.comm_id}")

    exchange = front_end_close(kernel, slider.comm_id)
    assert not exchange.errors()
    again = kernel.find("IntSliderModel", "lost level")  # a new model, with the value kept
    assert again.comm_id != slider.comm_id and again.state["value"] == 3
    assert box.state["children"][place] == f"IPY_MODEL_{again.comm_id}"  # in the old one's place
    gone = f"{slider.comm_id!r} not in __import__('ipywidgets').widgets.widget._instances"
    assert kernel_value(kernel, gone)  # the closed one is gone from the kernel too

    # an output inside a container: rebuilt too, and the app goes on
    [text] = [m for m in kernel.live("HTMLModel") if "lost level is 3" in m.state.get("value", "")]
    holder = parent_of(kernel, text.comm_id)
    assert not front_end_close(kernel, text.comm_id).errors()
    [text2] = [m for m in kernel.live("HTMLModel") if "lost level is 3" in m.state.get("value", "")]
    assert (
        text2.comm_id != text.comm_id and f"IPY_MODEL_{text2.comm_id}" in holder.state["children"]
    )
    assert not kernel.send_update(again.comm_id, {"value": 7}).errors()
    assert "lost level is 7" in texts(kernel)


def test_a_closed_shared_layout_is_replaced(kernel: KernelSession) -> None:
    kernel.run(LOST.format(name="layout"), cell_id=new_cell_id())
    slider = kernel.find("IntSliderModel", "layout level")
    layout = slider.state["layout"].removeprefix("IPY_MODEL_")
    assert not front_end_close(kernel, layout).errors()
    again = kernel.find("IntSliderModel", "layout level")
    assert again.state["layout"] != slider.state["layout"]
    assert not kernel.models[again.state["layout"].removeprefix("IPY_MODEL_")].closed
    assert not kernel.send_update(again.comm_id, {"value": 2}).errors()
    assert "layout level is 2" in texts(kernel)


# --- 3. a refused upload ------------------------------------------------------------------

UPLOAD = """%%rerun --name upload
f = st.file_uploader("Data", type=["csv"], max_upload_size=1, key="data")
st.write("file:", "none" if f is None else f"{f.name} {f.size}")
"""


def upload(kernel: KernelSession, comm_id: str, name: str, size: int):
    record = {"name": name, "type": "text/csv", "size": size, "last_modified": 0}
    msg = kernel.kc.session.msg(
        "comm_msg",
        {"comm_id": comm_id, "data": {"method": "update", "state": {"value": [record]},
                                      "buffer_paths": [["value", 0, "content"]]}},
    )  # fmt: skip
    kernel.kc.session.send(kernel.kc.shell_channel.socket, msg, buffers=[b"x" * size])
    return kernel._collect(msg["header"]["msg_id"], 60)


KERNEL_UPLOADS = (
    "[len(x.value) for x in __import__('ipywidgets').widgets.widget._instances.values() "
    "if type(x).__name__ == 'FileUpload']"
)


def test_an_upload_is_not_kept_in_the_upload_widget(kernel: KernelSession) -> None:
    kernel.run(UPLOAD, cell_id=new_cell_id())
    [model] = kernel.live("FileUploadModel")
    refused = upload(kernel, model.comm_id, "big.csv", 2 * 1024 * 1024)  # over the 1 MB limit
    assert any("rejected" in m["content"].get("text", "") for m in refused.of_type("stream"))
    assert kernel_value(kernel, KERNEL_UPLOADS) == [0]  # freed at once
    assert model.state["value"] == []  # and the page was told
    assert "file: none" in texts(kernel)
    upload(kernel, model.comm_id, "small.csv", 10)
    assert "file: small.csv 10" in texts(kernel)
    assert kernel_value(kernel, KERNEL_UPLOADS) == [0]  # session state holds the file, once


# --- 4. a saved value that edited code refuses --------------------------------------------

PERSISTED = """
st.slider("Level", 0, 10, key="level")
st.slider("Window", 0, 10, (2, 3), key="window")
st.multiselect("Picks", ["a", "b", "c"], max_selections=2, key="picks")
st.text_input("Name", key="name")
st.write("state:", st.session_state.to_dict())
"""


@pytest.fixture
def new_kernel_registry():
    persist._RESTORED.clear()  # each use plays a kernel that has not read the file yet
    yield
    persist._RESTORED.clear()


def restarted(path: Path) -> tuple[Harness, Persister]:
    """What a kernel restart does: a fresh session state, the file read back, the app run."""
    persist._RESTORED.clear()
    state = SessionState()
    persister = Persister(path, state)
    persister.restore_once()
    return Harness(PERSISTED, state=state, on_completed=persister.save), persister


def test_a_saved_value_the_code_now_refuses_is_dropped_with_a_warning(
    tmp_path: Path, caplog, new_kernel_registry
) -> None:
    path = tmp_path / "state.json"
    saved = {"level": 15, "window": [1, 40], "picks": ["a", "b", "c"], "name": "Ada", "n": 1}
    persist.write_atomically(path, json.dumps({"format": persist.FORMAT, "version": 1,
                                               "state": saved}))  # fmt: skip
    with caplog.at_level(logging.WARNING, logger="rerunner"):
        h, _ = restarted(path)
    assert h.app.last_outcome.value == "completed"
    dropped = [
        r.getMessage() for r in caplog.records if "dropped the saved value" in r.getMessage()
    ]
    assert (
        len(dropped) == 3
        and "'level'" in dropped[0]
        and "greater than the `max_value` 10" in dropped[0]
    )
    # the refused ones start from their defaults, the rest is restored
    assert h.state.to_dict() == {"n": 1, "level": 0, "window": (2, 3), "picks": [], "name": "Ada"}
    assert json.loads(path.read_text())["state"] == {
        "n": 1,
        "level": 0,
        "window": [2, 3],
        "picks": [],
        "name": "Ada",
    }  # fmt: skip  (the file no longer holds them: the next restart is clean)
    caplog.clear()
    with caplog.at_level(logging.WARNING, logger="rerunner"):
        again, _ = restarted(path)
    assert again.app.last_outcome.value == "completed" and not caplog.records


def test_only_restored_values_are_dropped(tmp_path: Path, new_kernel_registry) -> None:
    path = tmp_path / "state.json"
    persist.write_atomically(path, json.dumps({"format": persist.FORMAT, "version": 1,
                                               "state": {"level": 4}}))  # fmt: skip
    h, _ = restarted(path)
    assert h.state["level"] == 4  # accepted: from now on an ordinary value
    h.app.script = type(h.app.script)(PERSISTED.replace("0, 10", "0, 3", 1), "<rerun app>")
    h.app.request_rerun()  # the code changed under a value the user set: Streamlit's error
    [error] = [e for e in h.app.tree.walk() if e.kind == "exception"]
    assert "greater than the `max_value` 3" in error.props.message
    # and a value written by code, refused, is the code's own error too
    fresh = Harness('st.session_state.setdefault("x", 50)\nst.slider("x", 0, 10, key="x")')
    assert [e.kind for e in fresh.app.tree.walk()][-1] == "exception"


# --- 5. saving a large state --------------------------------------------------------------

BIG = """
if "big" not in st.session_state:
    st.session_state.big = list(range(100_000))
    st.session_state.text = "x" * 100_000
v = st.slider("Move", 0, 100, key="move")
if st.checkbox("Grow", key="grow"):
    st.session_state.big.append(v)  # a change in place
st.write(f"moved to {v}")
"""


def test_saving_encodes_and_writes_only_what_changed(tmp_path: Path, monkeypatch) -> None:
    path = tmp_path / "state.json"
    state = SessionState()
    persister = Persister(path, state)
    encoded: list[int] = []  # the length of each JSON text made
    real_dumps = json.dumps

    def counting_dumps(value, *args, **kwargs):
        text = real_dumps(value, *args, **kwargs)
        encoded.append(len(text))
        return text

    h = Harness(BIG, state=state, on_completed=persister.save)
    monkeypatch.setattr(persist.json, "dumps", counting_dumps)
    checks, saves = persister.checks, persister.saves
    h.update(h.find(w.IntSlider, "Move"), value=5)
    # neither the list (the same contents) nor the string (the same object) was encoded again
    assert encoded and max(encoded) < 100
    assert persister.checks == checks + 1  # only the slider's new value was checked
    assert persister.saves == saves + 1 and json.loads(path.read_text())["state"]["move"] == 5
    encoded.clear()
    h.update(h.find(w.Checkbox, "Grow"), value=True)  # the list grows in place: encoded
    assert max(encoded) > 100_000
    assert json.loads(path.read_text())["state"]["big"][-1] == 5
    h.update(h.find(w.Checkbox, "Grow"), value=False)
    saves = persister.saves
    h.app.request_rerun()
    assert persister.saves == saves  # an unchanged state is not written again


def test_faithful_agrees_with_a_json_round_trip() -> None:
    import collections
    import enum

    class Number(enum.IntEnum):
        ONE = 1

    class Text(str):
        pass

    values = [
        1, "a", None, 1.5, True, [], {}, [1, (2, 3)], {"a": {"b": [1, None]}}, {1: "a"},
        {"a": {2: 1}}, [{"x": {None: 1}}], {"a": True, "b": {True: 1}},
        collections.OrderedDict(a=1), Number.ONE, [Number.ONE], {"a": Number.ONE},
        collections.namedtuple("P", "x y")(1, 2), [[[]]], {Text("k"): 1},
        [1, "a", {"b": [{"c": {"d": {5: 1}}}]}], [1, "a", {"b": [{"c": {"d": {"5": 1}}}]}],
    ]  # fmt: skip
    for value in values:
        assert persist.faithful(value) == persist.round_trips(value), value


def test_the_save_comes_after_the_page_and_before_the_next_run() -> None:
    events: list[str] = []

    class Deferring:  # a kernel with input waiting: what is scheduled waits for the test
        def __init__(self) -> None:
            self.waiting: list = []

        def schedule(self, fn) -> None:
            self.waiting.append(fn)

    scheduler = Deferring()
    h = Harness('st.write("run", st.slider("s", 0, 9, key="s"))', scheduler=scheduler,
                on_completed=lambda: events.append("saved"))  # fmt: skip
    real_update = h.view.update
    h.view.update = lambda *a, **k: (events.append("page"), real_update(*a, **k))
    [save_first_run] = scheduler.waiting
    scheduler.waiting.clear()
    save_first_run()
    assert events == ["saved"]
    events.clear()

    h.update(h.find(w.IntSlider, "s"), value=1)
    [flush] = scheduler.waiting
    scheduler.waiting.clear()
    flush()
    assert events == ["page"]  # the page first; the save waits for the input to drain
    h.update(h.find(w.IntSlider, "s"), value=2)
    save_later, flush = scheduler.waiting
    scheduler.waiting.clear()
    flush()  # the next run starts before the deferred save had its turn: it saves first
    assert events == ["page", "saved", "page"]
    save_later()  # the run for 2's save
    assert events == ["page", "saved", "page", "saved"]
    assert scheduler.waiting == [save_later]
    save_later()  # nothing left to save
    assert events == ["page", "saved", "page", "saved"]


# --- 6. widgets a body makes itself -------------------------------------------------------

MAKES_WIDGETS = """
import ipywidgets as widgets
n = st.slider("n", 0, 100, key="n")
st.write(widgets.IntSlider(value=n))                      # model, Layout, Style: every run
st.write(widgets.VBox([widgets.Label(str(n)), widgets.Button(description="b")]))
a, b = widgets.IntText(), widgets.IntText()
widgets.jslink((a, "value"), (b, "value"))                # made, never shown
if n < 3:
    st.write(notebook_widget)                             # the notebook's: never closed
if "kept" not in st.session_state:
    st.session_state.kept = [widgets.Text("kept")]
if n % 2 == 0:
    st.write(st.session_state.kept[0])                    # session state holds it: kept
@st.cache_resource
def cached():
    return widgets.Textarea("cached")
if n < 2:
    st.write(cached())                                    # the cache's: kept
"""


def test_widgets_a_body_makes_are_closed_once_no_run_shows_them() -> None:
    gc.collect()  # earlier tests' apps close their widgets when collected: not during this one
    notebook_widget = w.IntText(value=5)
    before = set(_instances)
    h = Harness(MAKES_WIDGETS, namespace={"notebook_widget": notebook_widget})
    slider = h.find(w.IntSlider, "n")
    counts = {}
    for value in range(1, 16):  # the notebook's, the kept and the cached widget come and go
        h.update(slider, value=value)
        counts[value] = len(_instances.keys() - before)
    # from 3 on the page has two shapes (n odd, n even): each keeps exactly its count
    assert all(counts[n] == counts[n + 2] for n in range(3, 14)), counts
    assert notebook_widget.comm is not None and h.state["kept"][0].comm is not None
    made = [x for key, x in _instances.items() if key not in before]
    assert [x.value for x in made if type(x) is w.IntSlider and x is not slider] == [15]
    h.update(slider, value=16)  # shows the kept one again: the very same widget
    assert h.state["kept"][0].comm is not None
    h.app.close()
    # the app's widgets went with it; the session state's and the cache's stay, with their
    # Layout and Style, and so does the notebook's
    left = {type(x).__name__ for key, x in _instances.items() if key not in before}
    assert left == {"Text", "TextStyle", "Textarea", "Layout"}
    assert len(_instances.keys() - before) == 6 and notebook_widget.comm is not None


DISPLAYS = """%%rerun --name displays
import ipywidgets as widgets
n = st.slider("displays", 0, 100, key="displays")
display(widgets.IntSlider(value=n, description="made"))
display(widgets.VBox([widgets.Label(f"label {n}")]))
"""

KERNEL_WIDGETS = "len(__import__('ipywidgets').widgets.widget._instances)"


def test_displayed_widgets_do_not_leak_comms_in_a_kernel(kernel: KernelSession) -> None:
    kernel.run(DISPLAYS, cell_id=new_cell_id())
    slider = kernel.find("IntSliderModel", "displays")
    kernel.send_update(slider.comm_id, {"value": 1})
    live = kernel_value(kernel, KERNEL_WIDGETS)
    for value in range(2, 12):
        kernel.send_update(slider.comm_id, {"value": value})
    assert kernel_value(kernel, KERNEL_WIDGETS) == live  # not 3 more per rerun
    assert [
        m.state["value"] for m in kernel.live("IntSliderModel") if m.state["description"] == "made"
    ] == [11]
    assert "label 11" in [m.state["value"] for m in kernel.live("LabelModel")]


# --- 7. import streamlit in a helper module -----------------------------------------------

HELPER = """
import streamlit as st
from streamlit import session_state

EXECUTED.append(__name__)

def show(value):
    import streamlit  # inside a function too
    st.write("helper {version} says", value)
    streamlit.caption(f"count {{len(session_state)}}")
"""


@pytest.fixture
def helper_dir(tmp_path: Path, monkeypatch):
    import builtins
    import sys

    monkeypatch.syspath_prepend(str(tmp_path))
    executed: list[str] = []
    monkeypatch.setattr(builtins, "EXECUTED", executed, raising=False)
    (tmp_path / "rr_helper.py").write_text(HELPER.format(version="v1"))
    (tmp_path / "rr_pkg").mkdir()
    (tmp_path / "rr_pkg" / "__init__.py").write_text("")
    (tmp_path / "rr_pkg" / "tools.py").write_text(HELPER.format(version="pkg"))
    yield tmp_path, executed
    for name in ("rr_helper", "rr_pkg", "rr_pkg.tools"):
        sys.modules.pop(name, None)


def test_a_helper_module_imported_by_the_body_gets_rerunners_st(helper_dir) -> None:
    import os
    import sys

    import streamlit as real  # real Streamlit is installed here: the notebook keeps it

    folder, executed = helper_dir
    h = Harness(
        'import rr_helper\nfrom rr_pkg import tools\nn = st.slider("n", 0, 9, key="n")\n'
        "rr_helper.show(n)\ntools.show(n)\n"
    )
    assert "helper v1 says <code>0</code>" in h.text() and "helper pkg says" in h.text()
    assert "count 1" in h.text()  # rerunner's session state, through `from streamlit import`
    h.update(h.find(w.IntSlider, "n"), value=3)
    assert "helper v1 says <code>3</code>" in h.text()
    assert executed == ["rr_helper", "rr_pkg.tools"]  # imported once, cached across runs
    import streamlit

    assert streamlit is real and sys.modules["streamlit"] is real  # outside the app: Streamlit
    assert "site-packages" in real.__file__

    # the helper's file changes: the next run imports the new code, as Streamlit does
    path = folder / "rr_helper.py"
    path.write_text(HELPER.format(version="v2"))
    stat = path.stat()
    os.utime(path, ns=(stat.st_atime_ns, stat.st_mtime_ns + 10**9))  # whatever the clock
    h.update(h.find(w.IntSlider, "n"), value=4)
    assert "helper v2 says <code>4</code>" in h.text()
    assert executed == ["rr_helper", "rr_pkg.tools", "rr_helper"]


def test_library_modules_imported_during_a_run_are_left_alone() -> None:
    import builtins
    import sys

    from rerunner.runtime import imports

    assert not imports.is_app_file(json.__file__)  # the standard library
    assert not imports.is_app_file(pytest.__file__)  # site-packages
    assert not imports.is_app_file(imports.__file__)  # rerunner itself
    sys.modules.pop("tabnanny", None)
    h = Harness("import tabnanny\nst.write(tabnanny.__name__)")
    assert h.app.last_outcome.value == "completed" and "tabnanny" in h.text()
    table = sys.modules["tabnanny"].__dict__["__builtins__"]
    assert (table if isinstance(table, dict) else vars(table))["__import__"] is builtins.__import__
    assert "tabnanny" not in imports.APP_MODULES


# --- 8. async code in a body --------------------------------------------------------------

ASYNC_RUN = """%%rerun --name arun
import asyncio
async def double(n):
    await asyncio.sleep(0)
    return 2 * n
v = st.slider("arun", 0, 10, key="arun")
st.write("asyncio.run gives", asyncio.run(double(v)))
"""

TOP_LEVEL_AWAIT = """%%rerun --name await
import asyncio
async def shown(n):
    await asyncio.sleep(0)
    st.write(f"task {n}")
    return n
v = st.slider("await", 0, 10, key="await")
results = await asyncio.gather(shown(v), shown(v + 1))
st.write("gathered", sum(results))
"awaited and written"
"""


def test_asyncio_run_and_top_level_await_work_in_a_body(kernel: KernelSession) -> None:
    kernel.run(ASYNC_RUN, cell_id=new_cell_id())
    assert "asyncio.run gives 0" in texts(kernel)
    assert not kernel.send_update(
        kernel.find("IntSliderModel", "arun").comm_id, {"value": 4}
    ).errors()
    assert "asyncio.run gives 8" in texts(kernel)

    kernel.run(TOP_LEVEL_AWAIT, cell_id=new_cell_id())
    assert {"task 0", "task 1", "gathered 1", "awaited and written"} <= set(texts(kernel))
    assert not kernel.send_update(
        kernel.find("IntSliderModel", "await").comm_id, {"value": 5}
    ).errors()
    assert {"task 5", "task 6", "gathered 11"} <= set(texts(kernel))
    # the kernel's own loop is back: an async cell runs, and it is the thread's loop again
    out = kernel.run(
        "import asyncio\nawait asyncio.sleep(0)\n"
        "print(asyncio.get_event_loop() is asyncio.get_running_loop())"
    ).text()
    assert out.strip() == "True"


def test_an_error_after_a_top_level_await_shows_the_body_s_lines_only() -> None:
    h = Harness("import asyncio\nawait asyncio.sleep(0)\n1 / 0\n")
    [error] = [e for e in h.app.tree.walk() if e.kind == "exception"]
    assert error.props.type == "ZeroDivisionError"
    [frame] = error.props.traceback  # no frame of the loop that ran the body
    assert frame.startswith('  File "<rerun app>", line 3, in <module>\n    1 / 0')
