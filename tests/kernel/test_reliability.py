"""Exits, interrupts and long prints in a real kernel, driven with a browser's messages.

``sys.exit()`` in a body or a callback ends the run, not the kernel. An interrupt stops a run
wherever it is, also a run deferred to the event loop (which publishes busy/idle like a cell),
and one landing while rerunner's output capture is entered or left loses no later output.
Printing in a body costs time linear in the text printed.

Nothing here waits on the clock: a run that must be in progress signals it (a file it writes,
the kernel's busy status) and stays until the test releases or interrupts it.
"""

from __future__ import annotations

import ast
import json
import os
import queue
import random
import re
import tempfile
import time
from collections.abc import Callable
from typing import Any

import pytest

from tests.support.kernel_client import KernelSession, new_cell_id

#: Seconds before a test gives up on something that should happen at once.
WAIT = float(os.environ.get("RERUNNER_WAIT", "30"))


@pytest.fixture(scope="module")
def kernel():
    session = KernelSession()
    session.run("%load_ext rerunner")
    where = session.run("import rerunner; print(rerunner.__file__)").text().strip()
    assert where.startswith(os.getcwd()), where  # the kernel runs this tree's code
    yield session
    session.close()


@pytest.fixture
def folder():
    with tempfile.TemporaryDirectory(prefix="rerunner-rel-") as path:
        yield path


def texts(kernel: KernelSession) -> list[str]:
    return [re.sub(r"<[^>]+>", "", t) for t in kernel.html_texts() if "<style>" not in t]


def shown(kernel: KernelSession, text: str) -> bool:
    return any(text in t for t in texts(kernel))


def value(kernel: KernelSession, expr: str) -> Any:
    return json.loads(kernel.run(f"import json as _j; print(_j.dumps({expr}))").text())


def state_of(kernel: KernelSession, *keys: str) -> dict[str, Any]:
    """Those keys of the kernel's session state (shared by every app of the module's kernel)."""
    state = value(kernel, "__import__('rerunner').kernel_session_state().to_dict()")
    return {key: state.get(key) for key in keys}


def assert_kernel_healthy(kernel: KernelSession) -> None:
    """Alive, and a plain cell's print() and display() reach the front end, not a dead run."""
    out = kernel.run(
        "import sys as _s\nfrom IPython.display import display as _d\n"
        "print('still printing', type(_s.stdout).__name__)\n"
        "_d({'text/plain': 'still displaying'}, raw=True)\n"
        "print(type(get_ipython().display_pub).__name__)"
    )
    assert out.text().split() == ["still", "printing", "OutStream", "ZMQDisplayPublisher"]
    [shown_data] = out.of_type("display_data")
    assert shown_data["content"]["data"]["text/plain"] == "still displaying"
    assert value(kernel, "__import__('rerunner').kernel_session_state()._in_run") is False


def send_comm(kernel: KernelSession, comm_id: str, data: dict[str, Any]) -> dict[str, Any]:
    msg = kernel.kc.session.msg("comm_msg", {"comm_id": comm_id, "data": data})
    kernel.kc.shell_channel.send(msg)
    return msg


def send_update(kernel: KernelSession, comm_id: str, state: dict[str, Any]) -> dict[str, Any]:
    return send_comm(kernel, comm_id, {"method": "update", "state": state, "buffer_paths": []})


def wait_for(
    kernel: KernelSession, match: Callable[[dict[str, Any]], bool], seen: list | None = None
) -> dict[str, Any]:
    """Read iopub (mirroring widget models) until a message matches; ``seen`` collects all."""
    deadline = time.monotonic() + WAIT
    while time.monotonic() < deadline:
        try:
            msg = kernel.kc.get_iopub_msg(timeout=0.2)
        except queue.Empty:
            continue
        kernel._track(msg)
        if seen is not None:
            seen.append(msg)
        if match(msg):
            return msg
    raise TimeoutError("the expected message did not come")


def status(state: str, parent: dict[str, Any]) -> Callable[[dict[str, Any]], bool]:
    def match(msg: dict[str, Any]) -> bool:
        return (
            msg["msg_type"] == "status"
            and msg["content"]["execution_state"] == state
            and msg["parent_header"].get("msg_id") == parent["header"]["msg_id"]
        )

    return match


def wait_for_file(path: str) -> None:
    deadline = time.monotonic() + WAIT
    while not os.path.exists(path):
        assert time.monotonic() < deadline, f"{path} was never written"
        time.sleep(0.01)


# --- 1. sys.exit() ends the run, not the kernel ------------------------------------------------

EXIT_APP = """%%rerun --name exits
import sys
st.write("drawn before")
def quit_in_callback():
    st.write("callback ran")
    sys.exit(3)
st.button("Stay")
st.button("Quit in callback", on_click=quit_in_callback)
if st.button("Quit now"):
    st.session_state.quits = st.session_state.get("quits", 0) + 1
    sys.exit()
if st.button("Exit builtin"):
    exit()
st.slider("Kept", 0, 10, key="kept")
st.write("drawn after")
"""


def test_sys_exit_ends_the_run_quietly_and_the_kernel_lives(kernel: KernelSession) -> None:
    cell = new_cell_id()
    kernel.run(EXIT_APP, cell_id=cell)
    kernel.send_update(kernel.find("IntSliderModel", "Kept").comm_id, {"value": 4})
    for button in ("Quit now", "Exit builtin"):
        ran = kernel.click(kernel.find("ButtonModel", button).comm_id)
        assert not ran.errors() and not ran.of_type("stream")
        # as in Streamlit: what was drawn stays, the rest is not drawn, no error is shown
        assert shown(kernel, "drawn before") and not shown(kernel, "drawn after")
        assert not any("SystemExit" in t or "Traceback" in t for t in texts(kernel))
        assert not [m for m in kernel.live("IntSliderModel") if m.state["description"] == "Kept"]
        assert_kernel_healthy(kernel)
        kernel.click(kernel.find("ButtonModel", "Stay").comm_id)
        assert shown(kernel, "drawn after")
        assert kernel.find("IntSliderModel", "Kept").state["value"] == 4  # state untouched
    assert state_of(kernel, "kept", "quits") == {"kept": 4, "quits": 1}

    # in a callback: the callback's output stays, the body does not run (Streamlit's rule)
    ran = kernel.click(kernel.find("ButtonModel", "Quit in callback").comm_id)
    assert not ran.errors()
    assert shown(kernel, "callback ran") and not shown(kernel, "drawn before")
    assert_kernel_healthy(kernel)
    kernel.run(EXIT_APP, cell_id=cell)  # the page has no widget left: run the cell again
    assert shown(kernel, "drawn after") and not shown(kernel, "callback ran")
    assert kernel.find("IntSliderModel", "Kept").state["value"] == 4


EXIT_SCRIPT = """import sys
import streamlit as st
st.session_state.runs = st.session_state.get("runs", 0) + 1
st.write("before")
if st.button("Quit"):
    st.session_state.clicked = True
    sys.exit()
st.write("after")
st.slider("s", 0, 10, key="s")
st.button("Quit in callback", on_click=lambda: (st.write("in callback"), sys.exit(0)))
"""


# Streamlit lets SystemExit end its script thread (quietly, but pytest reports it)
@pytest.mark.filterwarnings("ignore::pytest.PytestUnhandledThreadExceptionWarning")
def test_sys_exit_matches_streamlit_apptest() -> None:
    from streamlit.testing.v1 import AppTest as StreamlitAppTest

    from rerunner.testing import AppTest

    from tests.support.reference import streamlit_app  # noqa: F401  (quiets Streamlit's logging, skips its scan)

    seen = []
    for make in (StreamlitAppTest.from_string, AppTest.from_string):
        at = make(EXIT_SCRIPT).run()
        at.slider[0].set_value(4).run()
        at.button[0].click().run()
        after_exit = (
            [m.value for m in at.markdown],
            len(at.exception),
            len(at.slider),
            at.session_state["s"],
            at.session_state["clicked"],
            at.session_state["runs"],
        )
        at.run()
        again = ([m.value for m in at.markdown], at.slider[0].value, at.session_state["runs"])
        at.button[1].click().run()
        in_callback = ([m.value for m in at.markdown], len(at.exception), len(at.button))
        seen.append((after_exit, again, in_callback))
    assert seen[0] == seen[1], seen
    assert seen[0] == (
        (["before"], 0, 0, 4, True, 3),  # what was drawn stays; no error; the slider's value too
        (["before", "after"], 4, 4),
        (["in callback"], 0, 0),  # the callback's output; the body does not run
    )


# --- 3. an interrupt while the capture is entered or left loses nothing ------------------------

PROBE_APP = """%%rerun --name probe
st.session_state.probe_runs = st.session_state.get("probe_runs", 0) + 1
print("printed in run", st.session_state.probe_runs)
st.slider("Probe", 0, 100, key="probe")
st.button("Again")
"""

ARM = """
import rerunner.capture as _capture, signal as _signal
def _hook(point, _target={point!r}, _mode={mode!r}):
    if point == _target and _capture.test_hook is _hook:
        _capture.test_hook = None
        if _mode == "signal":
            _signal.raise_signal(_signal.SIGINT)  # a real SIGINT, at exactly this point
        else:
            raise KeyboardInterrupt  # as if it got through whatever holds it
_capture.test_hook = _hook
print(_capture.POINTS)
"""


def test_interrupt_at_each_point_of_the_capture(kernel: KernelSession) -> None:
    kernel.run(PROBE_APP, cell_id=new_cell_id())
    kernel.run("__import__('rerunner').kernel_session_state()['plain'] = 'untouched'")
    again = kernel.find("ButtonModel", "Again")
    slider = kernel.find("IntSliderModel", "Probe")
    points = ast.literal_eval(kernel.run(ARM.format(point="none", mode="none")).text())
    assert len(points) == 6
    cases = 0
    for point in points:
        for mode in ("signal", "raise"):
            cases += 1
            runs = value(kernel, "__import__('rerunner').kernel_session_state()['probe_runs']")
            kernel.run(ARM.format(point=point, mode=mode))
            hit = kernel.send_update(slider.comm_id, {"value": cases})
            assert not hit.of_type("stream", "error"), (point, mode)
            assert value(kernel, "__import__('rerunner.capture').capture.test_hook") is None
            after = state_of(kernel, "probe", "plain", "probe_runs")
            # the value arrived; the body ran unless the interrupt came before it started
            stopped_before_body = point.startswith("enter")
            assert after == {
                "probe": cases,
                "plain": "untouched",
                "probe_runs": runs + (0 if stopped_before_body else 1),
            }, (point, mode)
            assert shown(kernel, "KeyboardInterrupt") is stopped_before_body, (point, mode)
            assert_kernel_healthy(kernel)
            # and the app carries on: its next run prints into the app again
            after_click = kernel.click(again.comm_id)
            assert not after_click.of_type("stream", "error")
            assert not shown(kernel, "KeyboardInterrupt")
            outputs = json.dumps([m.state.get("outputs") for m in kernel.live("OutputModel")])
            expected = runs + (1 if stopped_before_body else 2)
            assert f"printed in run {expected}" in outputs, (point, mode)
    assert cases == 12


# --- 2. deferred runs: busy while they run, and an interrupt stops them -------------------------

DEFERRED_APP = """%%rerun --name deferred
import pathlib, time
v = st.slider("Deferred", 0, 100, key="deferred")
scheduler = __import__("rerunner.magic").magic.APPS["deferred"]._scheduler
if v == 1 and probe.get("phase") is None:
    # the run the next cell supersedes: it waits until the cell's request is queued
    probe["phase"] = "superseded"
    pathlib.Path(started + ".first").write_text("x")
    while not scheduler.input_waiting():
        time.sleep(0.005)
    time.sleep(0.02)  # 4 look intervals (rerunner.kernel.LOOK_INTERVAL): the next st call looks
elif v == 1 and probe.get("phase") == "superseded":
    # the deferred rerun, after the cell: it stays until interrupted
    probe["phase"] = "deferred"
    pathlib.Path(started).write_text("x")
    while not pathlib.Path(started + ".never").exists():
        time.sleep(0.01)
st.write("deferred value", v)
"""


def test_interrupt_stops_a_deferred_run_that_shows_busy(kernel: KernelSession, folder) -> None:
    started = os.path.join(folder, "started")
    kernel.run(f"probe = {{}}\nstarted = {started!r}")
    kernel.run(DEFERRED_APP, cell_id=new_cell_id())
    kernel.run("__import__('rerunner').kernel_session_state()['plain'] = 'untouched'")
    slider = kernel.find("IntSliderModel", "Deferred")

    change = send_update(kernel, slider.comm_id, {"value": 1})
    wait_for_file(started + ".first")  # the change's run is in the body, in its handler
    cell = kernel.kc.session.msg(
        "execute_request",
        {"code": "print('the cell ran')", "silent": False, "store_history": True,
         "user_expressions": {}, "allow_stdin": False, "stop_on_error": True},
    )  # fmt: skip
    kernel.kc.shell_channel.send(cell)
    seen: list[dict[str, Any]] = []
    wait_for(kernel, status("idle", change), seen)  # the change's run gave way to the cell
    wait_for(kernel, status("idle", cell), seen)
    assert "the cell ran" in "".join(
        m["content"].get("text", "") for m in seen if m["msg_type"] == "stream"
    )
    # the rerun deferred until after the cell tells the front end the kernel is busy ...
    wait_for(kernel, status("busy", change), seen)
    wait_for_file(started)  # ... and is now in the body, which would wait forever
    kernel.km.interrupt_kernel()
    stopped: list[dict[str, Any]] = []
    wait_for(kernel, status("idle", change), stopped)  # the run stopped and said so
    assert not any(m["msg_type"] in ("stream", "error") for m in stopped)
    assert shown(kernel, "KeyboardInterrupt")
    assert value(kernel, "probe") == {"phase": "deferred"}
    assert_kernel_healthy(kernel)
    assert state_of(kernel, "deferred", "plain") == {"deferred": 1, "plain": "untouched"}
    kernel.send_update(slider.comm_id, {"value": 2})
    assert shown(kernel, "deferred value 2") and not shown(kernel, "KeyboardInterrupt")


LOOP_APP = """%%rerun --name looping
import pathlib
v = st.slider("Loop", 0, 10, key="loop")
if v == 1 and loop_probe.get("go"):
    loop_probe["runs"] = loop_probe.get("runs", 0) + 1
    if loop_probe["runs"] == 3:
        pathlib.Path(started).write_text("x")
    st.rerun()
st.write("loop value", v)
"""

# The next widget change finds input waiting (as a completion request queued behind it would).
FAKE_QUEUED_INPUT = """
_scheduler = __import__("rerunner.magic").magic.APPS["looping"]._scheduler
_real_input_waiting = _scheduler.input_waiting
_once = [True]
_scheduler.input_waiting = lambda: (_once.pop() if _once else _real_input_waiting())
loop_probe["go"] = True
"""


def test_interrupt_ends_an_st_rerun_loop_in_a_deferred_run(kernel: KernelSession, folder) -> None:
    started = os.path.join(folder, "looping")
    kernel.run(f"loop_probe = {{}}\nstarted = {started!r}")
    kernel.run(LOOP_APP, cell_id=new_cell_id())
    slider = kernel.find("IntSliderModel", "Loop")
    kernel.run(FAKE_QUEUED_INPUT)
    change = send_update(kernel, slider.comm_id, {"value": 1})
    handled: list[dict[str, Any]] = []
    wait_for(kernel, status("idle", change), handled)  # deferred: the handler did not run it
    assert not [
        m
        for m in handled
        if m["msg_type"] == "comm_msg" and m["content"]["data"]["method"] == "update"
    ]
    wait_for(kernel, status("busy", change))  # the deferred run, from the event loop
    wait_for_file(started)  # looping in st.rerun()
    kernel.km.interrupt_kernel()
    wait_for(kernel, status("idle", change))
    assert shown(kernel, "KeyboardInterrupt")
    assert value(kernel, "loop_probe['runs']") >= 3
    assert_kernel_healthy(kernel)
    kernel.run("_scheduler.input_waiting = _real_input_waiting\nloop_probe['go'] = False")
    kernel.send_update(slider.comm_id, {"value": 2})
    assert shown(kernel, "loop value 2") and not shown(kernel, "KeyboardInterrupt")


# --- real SIGINTs at random moments ------------------------------------------------------------

BUSY_APP = """%%rerun --name busy
v = st.slider("Busy", 0, 10_000, key="busy")
for i in range(1000):
    print("line", i)
    if i % 100 == 0:
        st.write("written", i)
st.write("busy value", v)
"""


CHANGES = 40

# Every change of the app is run deferred, from the event loop (as after a queued request).
ALWAYS_DEFER = """
_busy_scheduler = __import__("rerunner.magic").magic.APPS["busy"]._scheduler
_busy_scheduler.schedule = _busy_scheduler.defer
"""


def handling_seconds(messages: list[dict[str, Any]]) -> float:
    """Busy to idle, by the kernel's own clock (the status messages' dates)."""
    dates = [m["header"]["date"] for m in messages if m["msg_type"] == "status"]
    return (dates[-1] - dates[0]).total_seconds()


def finalizer_interrupted(messages: list[dict[str, Any]]) -> bool:
    """Whether the stderr text is Python's own note that an interrupt landed in a ``__del__``
    (a widget the garbage collector freed during the body), which Python then ignores, as it
    would in any cell."""
    text = "".join(
        m["content"]["text"]
        for m in messages
        if m["msg_type"] == "stream" and m["content"]["name"] == "stderr"
    )
    return "Exception ignored in" in text and "__del__" in text and "KeyboardInterrupt" in text


def test_random_real_interrupts_lose_nothing(kernel: KernelSession) -> None:
    """A real SIGINT at a random moment of each of 40 deferred runs: as the run starts, in
    rerunner's bookkeeping, entering or leaving the capture, in the body, in the page's
    update, or just after the run (where the kernel ignores it).

    Deferred runs, because there every moment is rerunner's: in a message's handler a SIGINT
    landing inside ipykernel's own SIGINT handling (its handler swap before and after each
    request) ends the kernel whatever the handler does; a plain ipywidgets slider dies of it
    about once in 1,000 interrupts. The moments are drawn over 1.2 times the quickest run of
    five, by the kernel's clock, so they cover the run whatever the machine's speed.
    """
    kernel.run(BUSY_APP, cell_id=new_cell_id())
    kernel.run("__import__('rerunner').kernel_session_state()['plain'] = 'untouched'")
    kernel.run(ALWAYS_DEFER)
    slider = kernel.find("IntSliderModel", "Busy")

    def deferred_run(v: int, interrupt_after: float | None = None) -> list[dict[str, Any]]:
        change = send_update(kernel, slider.comm_id, {"value": v})
        wait_for(kernel, status("idle", change))  # the handler only deferred the run
        seen: list[dict[str, Any]] = []
        wait_for(kernel, status("busy", change), seen)
        if interrupt_after is not None:
            time.sleep(interrupt_after)
            kernel.km.interrupt_kernel()
        wait_for(kernel, status("idle", change), seen)
        return seen

    quickest = min(handling_seconds(deferred_run(v)) for v in range(1001, 1006))
    rng = random.Random(14)
    interrupted = 0
    for v in range(1, CHANGES + 1):
        seen = deferred_run(v, interrupt_after=rng.uniform(0.0, 1.2 * quickest))
        leaks = [m["content"] for m in seen if m["msg_type"] in ("stream", "error")]
        if finalizer_interrupted(seen):
            leaks = [c for c in leaks if c.get("name") != "stderr"]
        assert not leaks, (v, leaks)
        interrupted += shown(kernel, "KeyboardInterrupt")
    print(f"{interrupted} of {CHANGES} runs were stopped in their body")
    assert_kernel_healthy(kernel)
    kernel.run("del _busy_scheduler.schedule")
    kernel.send_update(slider.comm_id, {"value": 100})
    assert shown(kernel, "busy value 100") and not shown(kernel, "KeyboardInterrupt")
    outputs = json.dumps([m.state.get("outputs") for m in kernel.live("OutputModel")])
    assert "line 999" in outputs
    assert state_of(kernel, "busy", "plain") == {"busy": 100, "plain": "untouched"}


# --- 5. print() is linear -----------------------------------------------------------------------

PRINT_APP = """%%rerun --name printer
n = st.slider("Lines", 0, 200_000, key="lines")
for i in range(n):
    print("line", i)
"""


def test_printing_copies_each_character_about_once(kernel: KernelSession) -> None:
    kernel.run(PRINT_APP, cell_id=new_cell_id())
    slider = kernel.find("IntSliderModel", "Lines")
    figures = {}
    for lines in (20_000, 80_000, 200_000):
        before = value(
            kernel, "__import__('rerunner.runtime.context').runtime.context.stream_chars_joined"
        )
        kernel.send_update(slider.comm_id, {"value": lines}, timeout=120)
        copied = (
            value(
                kernel, "__import__('rerunner.runtime.context').runtime.context.stream_chars_joined"
            )
            - before
        )
        printed = sum(len(f"line {i}\n") for i in range(lines))
        figures[lines] = copied
        assert copied <= 2 * printed, (lines, copied, printed)
        page = [
            m.state["outputs"][0].get("text", "")
            for m in kernel.live("OutputModel")
            if m.state.get("outputs")
        ]
        assert [t for t in page if t.startswith("line 0\n") and len(t) == printed], lines
    print("characters joined:", figures)
