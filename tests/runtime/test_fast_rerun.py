"""Fast reruns in process: newer input stops a stale run at its next st call.

The scheduler here plays the kernel's part with a queue of front-end actions that have arrived
but not been handled yet; the kernel's own (rerunner.kernel) is exercised in
tests/kernel/test_kernel_events.py.
"""

from __future__ import annotations

from collections.abc import Callable

import ipywidgets as w

from tests.support.inprocess import Harness


class InputQueue:
    """Front-end actions waiting to be handled, as a kernel's shell socket holds them."""

    def __init__(self) -> None:
        self.waiting: list[Callable[[], None]] = []
        self.deferred: list[Callable[[], None]] = []

    def newer_input(self) -> bool:
        return bool(self.waiting)

    def schedule(self, flush: Callable[[], None]) -> None:
        if self.waiting:
            self.deferred.append(flush)  # the kernel handles the waiting input first
        else:
            flush()

    def deliver(self) -> None:
        while self.waiting:
            self.waiting.pop(0)()
        deferred, self.deferred = self.deferred, []
        for flush in deferred:
            flush()


BODY = """
v = st.slider("v", 0, 10, key="v")
clicked = st.button("go", key="go")
for i in range(3):
    st.write(f"step {i}")
    for p in pokes:
        p(i)
st.write(f"v is {v}, clicked {clicked}")
finished.append((v, clicked))
"""


def harness() -> tuple[Harness, InputQueue, list, list]:
    queue, pokes, finished = InputQueue(), [], []
    h = Harness(BODY, namespace={"pokes": pokes, "finished": finished}, scheduler=queue)
    return h, queue, pokes, finished


def test_a_change_waiting_during_a_run_stops_it_and_the_page_skips_its_stale_output() -> None:
    h, queue, pokes, finished = harness()
    slider = h.find(w.IntSlider, "v")
    shown = []
    h.view.update = lambda tree, emit, _orig=h.view.update: (
        shown.append(h.state["v"]),
        _orig(tree, emit),
    )
    pokes.append(lambda i: i == 0 and queue.waiting.append(lambda: h.update(slider, value=7)))
    h.update(slider, value=3)
    assert finished == [(0, False)]  # the run for 3 stopped; only the first run ever finished
    assert shown == [] and "v is 0" in h.text()  # the page still shows the last finished run
    assert queue.deferred  # the app asked to run again once the waiting input is handled
    pokes.clear()
    queue.deliver()
    assert finished == [(0, False), (7, False)]
    assert shown == [7] and "v is 7, clicked False" in h.text()


def test_callbacks_of_a_stopped_run_do_not_run_again() -> None:
    queue, pokes, finished, calls = InputQueue(), [], [], []
    h = Harness(
        'st.slider("v", 0, 10, key="v", on_change=lambda: calls.append(st.session_state.v))\n'
        'for p in pokes:\n    p()\nst.write("after")\nst.write("end")\n',
        namespace={"pokes": pokes, "calls": calls, "finished": finished},
        scheduler=queue,
    )
    slider = h.find(w.IntSlider, "v")
    pokes.append(lambda: queue.waiting.append(lambda: (pokes.clear(), h.update(slider, value=9))))
    h.update(slider, value=4)
    queue.deliver()
    assert calls == [4, 9]
    assert h.state["v"] == 9


def test_a_click_run_is_not_stopped_its_body_sees_the_click() -> None:
    h, queue, pokes, finished = harness()
    slider, go = h.find(w.IntSlider, "v"), h.find(w.Button, "go")
    pokes.append(lambda i: i == 0 and queue.waiting.append(lambda: h.update(slider, value=5)))
    h.click(go)
    assert finished[-1] == (0, True)
    pokes.clear()
    queue.deliver()
    assert finished[-1] == (5, False) and "v is 5" in h.text()


def test_the_first_run_and_code_requested_reruns_finish_whatever_waits() -> None:
    queue, pokes, finished = InputQueue(), [], []
    queue.waiting.append(lambda: None)  # say, the next cell's execute request
    h = Harness(BODY, namespace={"pokes": pokes, "finished": finished}, scheduler=queue)
    assert finished == [(0, False)] and "v is 0" in h.text()
    h.app.run()
    assert finished == [(0, False)] * 2


def test_input_for_someone_else_costs_one_more_run_that_then_finishes() -> None:
    h, queue, pokes, finished = harness()
    slider = h.find(w.IntSlider, "v")
    pokes.append(lambda i: i == 0 and queue.waiting.append(lambda: None))  # not for this app
    h.update(slider, value=2)
    assert finished == [(0, False)]
    queue.deliver()  # the rerun applies no change, so it is not stopped though input waits again
    assert finished == [(0, False), (2, False)] and "v is 2" in h.text()
