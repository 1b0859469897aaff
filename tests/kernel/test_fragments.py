"""Fragments in a real kernel, driven with a browser's comm messages: a fragment's widget reruns
the fragment alone and sends messages for its elements only; ``run_every`` ticks on the kernel's
event loop, stops when the cell is run again, pauses when no front end reports showing the page
and resumes when one does; the interrupt button stops a ticking fragment."""

from __future__ import annotations

import queue
import time
from itertools import pairwise

from tests.support.kernel_client import SESSION_STATE, KernelSession

APP = "__import__('rerunner.runtime.apps', fromlist=['APPS']).APPS"


def drain(kernel: KernelSession, seconds: float) -> list[dict]:
    """Every iopub message the kernel publishes in the next ``seconds`` (ticks have no request
    of ours as their parent), the widget mirror kept up to date."""
    deadline = time.monotonic() + seconds
    seen = []
    while (left := deadline - time.monotonic()) > 0:
        try:
            msg = kernel.kc.get_iopub_msg(timeout=left)
        except queue.Empty:
            break
        kernel._track(msg)
        seen.append(msg)
    return seen


def ticks(kernel: KernelSession, name: str) -> int:
    return kernel.value(f"{APP}[{name!r}].ticks")


def test_a_fragment_widget_reruns_the_fragment_alone(kernel: KernelSession) -> None:
    kernel.run(
        """%%rerun --name frag-alone
st.session_state.setdefault("outer_runs", 0)
st.session_state.outer_runs += 1
st.write(f"outer runs {st.session_state.outer_runs}")
for i in range(20):
    st.slider(f"Page slider {i}", 0, 10, key=f"page{i}")
@st.fragment
def part():
    v = st.slider("Fragment slider", 0, 10, key="frag")
    st.write(f"fragment value {v}")
part()
st.write("the end")
"""
    )
    slider = kernel.find("IntSliderModel", "Fragment slider")
    text = kernel.find("HTMLModel", "fragment value 0")
    exchange = kernel.send_update(slider.comm_id, {"value": 6})
    assert kernel.find("HTMLModel", "fragment value 6").comm_id == text.comm_id
    assert kernel.value(f"{SESSION_STATE}['outer_runs']") == 1  # nothing outside ran
    touched = {m["content"]["comm_id"] for m in exchange.comm_messages}
    assert touched <= {slider.comm_id, text.comm_id}, touched  # the fragment's elements only
    assert not exchange.of_type("comm_open", "comm_close")

    # a widget outside the fragment reruns the app, the fragment in place
    kernel.send_update(kernel.find("IntSliderModel", "Page slider 3").comm_id, {"value": 2})
    assert kernel.value(f"{SESSION_STATE}['outer_runs']") == 2
    assert kernel.find("HTMLModel", "fragment value 6").comm_id == text.comm_id


def test_run_every_ticks_pauses_without_a_front_end_and_stops_with_the_cell(
    kernel: KernelSession,
) -> None:
    kernel.run("__import__('rerunner.runtime.app', fromlist=['App']).App.presence_grace = 2.0")
    kernel.run(
        """%%rerun --name ticker
st.session_state.setdefault("ticked", 0)
@st.fragment(run_every=0.2)
def clock():
    st.session_state.ticked += 1
    st.write(f"tick {st.session_state.ticked}")
clock()
""",
        cell_id="ticker-cell",
    )
    drain(kernel, 1.0)
    first = ticks(kernel, "ticker")
    assert first >= 2  # at least twice in a generous window (no assertion on the period)
    assert any("tick " in t for t in kernel.texts())

    drain(kernel, 2.5)  # no front end has reported showing the page for longer than the grace
    paused = ticks(kernel, "ticker")
    drain(kernel, 1.0)
    assert ticks(kernel, "ticker") == paused, "ticking went on with nobody looking"

    presence = kernel.live("AnyModel")  # the presence report, as a visible page sends it
    report = next(m for m in presence if "seen" in m.state)
    kernel.send_update(report.comm_id, {"seen": 1})
    drain(kernel, 1.0)
    resumed = ticks(kernel, "ticker")
    assert resumed > paused

    kernel.run(
        '%%rerun --name ticker\nst.write("no more fragment")', cell_id="ticker-cell"
    )  # the cell run again: its old app and its timer are gone
    drain(kernel, 0.2)
    total = kernel.value(f"{SESSION_STATE}['ticked']")
    drain(kernel, 1.0)
    assert kernel.value(f"{SESSION_STATE}['ticked']") == total
    kernel.run("__import__('rerunner.runtime.app', fromlist=['App']).App.presence_grace = 30.0")


def test_the_interrupt_button_stops_a_ticking_fragment(kernel: KernelSession) -> None:
    kernel.run(
        """%%rerun --name slow-ticker
import time
st.session_state.setdefault("slow_ticks", 0)
@st.fragment(run_every=0.2)
def slow():
    st.session_state.slow_ticks += 1
    for _ in range(100):
        time.sleep(0.05)  # a slow fragment: the interrupt lands in it
    st.write("done")
slow()
"""
    )
    # wait for a tick to be running: the kernel then reports itself busy with no request of ours
    deadline = time.monotonic() + 20
    busy = False
    while not busy and time.monotonic() < deadline:
        for msg in drain(kernel, 0.2):
            busy = busy or (
                msg["msg_type"] == "status" and msg["content"]["execution_state"] == "busy"
            )
    assert busy
    kernel.km.interrupt_kernel()
    drain(kernel, 1.0)
    stopped = kernel.value(f"{SESSION_STATE}['slow_ticks']")
    drain(kernel, 1.5)
    assert kernel.value(f"{SESSION_STATE}['slow_ticks']") == stopped
    assert kernel.value(f"len({APP}['slow-ticker']._timers)") == 0
    assert any("KeyboardInterrupt" in t for t in kernel.texts())
    kernel.run('%%rerun --name slow-ticker\nst.write("replaced")')


def test_a_callback_in_a_fragment_run_as_in_streamlit_run(kernel: KernelSession) -> None:
    """A button whose callback reruns its fragment (``st.rerun(scope="fragment")``) reads True
    in that run; what the callback writes takes the place of the top of the page (Streamlit's
    "those elements will replace the existing elements at the top of your app"), not a place
    in the fragment; ``print()`` in a ``parallel`` fragment shows in the fragment."""
    kernel.run(
        """%%rerun --name frag-callback
st.session_state.setdefault("cb_runs", 0)
st.session_state.cb_runs += 1
st.write(f"cb runs {st.session_state.cb_runs}")
def save():
    st.write("saved by the callback")
    st.rerun(scope="fragment")
@st.fragment
def part():
    st.button("Save", key="cb_save", on_click=save)
    st.write(f"save reads {st.session_state.cb_save}")
part()
@st.fragment(parallel=True)
def side():
    print("printed in the parallel fragment")
side()
"""
    )
    assert "save reads False" in kernel.texts()
    exchange = kernel.click(kernel.find("ButtonModel", "Save").comm_id)
    assert not exchange.errors()
    texts = kernel.texts()
    assert "save reads True" in texts
    assert "saved by the callback" in texts and "cb runs 1" not in texts
    assert kernel.value(f"{SESSION_STATE}['cb_runs']") == 1  # nothing outside ran
    assert kernel.value(f"{SESSION_STATE}['cb_save']") is False  # the click is over
    frag = kernel.value(
        f"[c.kind for f in {APP}['frag-callback'].tree.walk() if f.kind == 'fragment' "
        "for c in f.children]"
    )
    assert frag == ["button", "markdown", "stream"], frag


def test_ticks_run_on_the_event_loop_never_pile_up_and_let_input_in(
    kernel: KernelSession,
) -> None:
    """Each tick runs on the kernel's main thread; a slow fragment (its body far longer than
    its period) gets its next tick a whole period after its run ended, never at once; widget
    events are handled while a fragment ticks as fast as it can; closing the app stops it."""
    kernel.run(
        """%%rerun --name pile-ticker
import threading, time
ticks = st.session_state.setdefault("pile_ticks", [])
@st.fragment(run_every=0.1)
def slow():
    started = time.monotonic()
    time.sleep(0.3)  # three periods long
    ticks.append((started, time.monotonic(), threading.current_thread() is threading.main_thread()))
slow()
@st.fragment(run_every=0.01)
def busy():
    st.session_state.busy_ticks = st.session_state.get("busy_ticks", 0) + 1
busy()
v = st.slider("Input while ticking", 0, 10, key="while_ticking")
st.write(f"input value {v}")
"""
    )
    deadline = time.monotonic() + 60
    while len(kernel.value(f"{SESSION_STATE}['pile_ticks']")) < 5 and time.monotonic() < deadline:
        drain(kernel, 0.3)
    runs = kernel.value(f"{SESSION_STATE}['pile_ticks']")
    assert len(runs) >= 5
    assert all(on_main for _start, _end, on_main in runs)  # the event loop's thread
    for (_s, ended, _m), (started, _e, _n) in pairwise(runs[1:]):  # ticks, not the first run
        assert started - ended >= 0.1 - 0.005, runs  # a whole period after the last run ended

    assert kernel.value(f"{SESSION_STATE}['busy_ticks']") >= 2
    slider = kernel.find("IntSliderModel", "Input while ticking")
    for value in (3, 7):  # handled and shown while both fragments tick
        kernel.send_update(slider.comm_id, {"value": value})
        assert kernel.value(f"{SESSION_STATE}['while_ticking']") == value
        kernel.find("HTMLModel", f"input value {value}")

    kernel.run(f"{APP}['pile-ticker'].close()")  # the app closed: no more ticks
    drain(kernel, 0.5)
    stopped = len(kernel.value(f"{SESSION_STATE}['pile_ticks']"))
    busy = kernel.value(f"{SESSION_STATE}['busy_ticks']")
    drain(kernel, 1.0)
    assert len(kernel.value(f"{SESSION_STATE}['pile_ticks']")) == stopped
    assert kernel.value(f"{SESSION_STATE}['busy_ticks']") == busy
    assert kernel.value(f"len({APP}['pile-ticker']._timers)") == 0
