"""Apps in step across cells, in process: a change one app (or a plain cell) makes reruns, once,
the other registered apps whose last run read it, in the order their cells were last executed;
loops between apps are cut after one round with a warning.

Without a kernel the follow-up reruns run at once, at the end of the run that caused them (a
kernel defers them: tests/kernel/test_crosscell.py).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

import ipywidgets as w
import pytest

from rerunner.runtime.apps import APPS, FOLLOW_UPS, close_all, register
from rerunner.state import SessionState, SessionStateProxy

from tests.support.inprocess import Harness

Make = Callable[..., Harness]


@pytest.fixture
def state() -> SessionState:
    return SessionState()


@pytest.fixture
def make(state: SessionState) -> Iterator[Make]:
    """Build an app on the shared ``state`` and register it, as a ``%%rerun`` cell does."""
    saved = dict(APPS)
    APPS.clear()

    def build(name: str, source: str, **namespace: Any) -> Harness:
        return Harness(
            source,
            state=state,
            app_id=name,
            namespace=namespace,
            before_run=lambda app: register(name, app),
        )

    try:
        yield build
    finally:
        close_all()
        APPS.update(saved)


COUNTER = """
st.session_state.setdefault("count", 0)
def bump():
    st.session_state.count += 1
st.button("Increment", on_click=bump)
st.write("Count =", st.session_state.count)
"""

SHOWS_COUNT = 'log.append("{name}")\nst.write("{name} sees", st.session_state.get("count"))'


def runs(*harnesses: Harness) -> list[int]:
    return [h.app.run_count for h in harnesses]


def warnings(h: Harness) -> list[str]:
    return [el.props.body for el in h.elements("alert") if el.props.level == "warning"]


def test_a_click_in_one_app_reruns_the_app_that_read_the_key(make) -> None:
    counter = make("counter", COUNTER)
    log: list[str] = []
    shows = make("shows", SHOWS_COUNT.format(name="shows"), log=log)
    assert "shows sees <code>0</code>" in shows.text()
    counter.click(counter.find(w.Button, "Increment"))
    assert "Count = <code>1</code>" in counter.text()
    assert "shows sees <code>1</code>" in shows.text()  # its widgets were updated too
    assert runs(counter, shows) == [2, 2]


def test_a_keyed_widget_moved_in_one_app_reruns_the_app_that_shows_its_key(make) -> None:
    source = 'st.slider("Shared", 0, 10, key="shared")\nst.write("value", st.session_state.shared)'
    a = make("a", source)
    b = make("b", 'st.write("b has", st.session_state.get("shared"))')
    a.update(a.find(w.IntSlider, "Shared"), value=7)
    assert "b has <code>7</code>" in b.text()
    # the other way round: a callback of b writes the key a's slider is bound to
    b2 = make("b2", 'st.button("Reset", on_click=lambda: st.session_state.update(shared=0))')
    b2.click(b2.find(w.Button, "Reset"))
    assert a.find(w.IntSlider, "Shared").value == 0
    assert "b has <code>0</code>" in b.text()


def test_no_rerun_when_nothing_it_read_changed(make) -> None:
    writer = make(
        "writer",
        'v = st.slider("v", 0, 10)\nst.session_state.other = v\nst.session_state.same = "fixed"',
    )
    reader = make("reader", 'st.write(st.session_state.get("same"), "count" in st.session_state)')
    before = runs(reader)
    writer.update(writer.find(w.IntSlider, "v"), value=3)  # "other" changed, "same" did not
    assert runs(reader) == before


def test_apps_rerun_in_the_order_their_cells_were_last_executed(make, state) -> None:
    log: list[str] = []
    for name in ("first", "second", "third"):
        make(name, SHOWS_COUNT.format(name=name), log=log)
    ss = SessionStateProxy(lambda: state)
    del log[:]
    ss.count = 1  # outside any run and any cell: at once
    assert log == ["first", "second", "third"]
    make("first", SHOWS_COUNT.format(name="first"), log=log)  # its cell is run again: now last
    del log[:]
    ss.count = 2
    assert log == ["second", "third", "first"]
    assert list(APPS) == ["second", "third", "first"]


def test_a_plain_cell_reaches_the_apps_once_it_has_finished(make, state) -> None:
    log: list[str] = []
    shows = make("shows", SHOWS_COUNT.format(name="shows"), log=log)
    ss = SessionStateProxy(lambda: state)
    FOLLOW_UPS.cell_started()
    ss.count = 1
    ss.count = 2  # two writes in the cell, one rerun after it
    assert "shows sees <code>None</code>" in shows.text()
    FOLLOW_UPS.cell_finished()
    assert "shows sees <code>2</code>" in shows.text()
    assert log == ["shows", "shows"]  # the first run, then one follow-up


def test_a_rerun_serves_every_change_queued_for_it(make, state) -> None:
    """Coalescing: two changes, or a change and the app's own event, cost one rerun."""
    queued: list[Callable[[], None]] = []
    cancelled: list[Callable[[], None]] = []

    class Later:  # a kernel with input waiting: follow-ups wait
        def defer(self, work: Callable[[], None]) -> None:
            queued.append(work)

        def cancel(self, work: Callable[[], None]) -> None:
            cancelled.append(work)

    log: list[str] = []
    counter = make("counter", COUNTER)
    shows = make("shows", SHOWS_COUNT.format(name="shows") + '\nst.slider("own", 0, 5)', log=log)
    FOLLOW_UPS.scheduler = Later()
    try:
        for _ in range(3):
            counter.click(counter.find(w.Button, "Increment"))
        assert log == ["shows"] and len(queued) == 3  # one deferral (the kernel coalesces it)
        queued[-1]()
        assert log == ["shows", "shows"]  # one rerun for three changes
        assert "shows sees <code>3</code>" in shows.text()

        counter.click(counter.find(w.Button, "Increment"))  # queues "shows" again...
        shows.update(shows.find(w.IntSlider, "own"), value=2)  # ... whose own event runs it
        assert cancelled  # nothing left for the deferred work: it will not run
        queued[-1]()
        assert log == ["shows"] * 3
        assert "shows sees <code>4</code>" in shows.text()
    finally:
        FOLLOW_UPS.scheduler = None


def test_a_chain_of_follow_ups_reruns_each_app_once(make) -> None:
    """a -> b -> c, and c also reads what a changed: c reruns once, after b."""
    log: list[str] = []
    a = make("a", 'st.session_state.x = st.slider("x", 0, 9)')
    make("b", 'log.append("b")\nst.session_state.y = st.session_state.get("x", 0) * 2', log=log)
    c = make(
        "c", 'log.append("c")\nst.write(st.session_state.get("x"), st.session_state.get("y"))',
        log=log,
    )  # fmt: skip
    del log[:]
    a.update(a.find(w.IntSlider, "x"), value=4)
    assert log == ["b", "c"]
    assert "<code>4</code> <code>8</code>" in c.text()
    assert not warnings(c)


PING = """
def serve():
    st.session_state.pong = st.session_state.get("pong", 0) + 10
st.button("ping", key="ping_button", on_click=serve)
st.session_state.ping = st.session_state.get("pong", 0) + 1
st.write("ping", st.session_state.ping)
"""
PONG = """
st.session_state.pong = st.session_state.get("ping", 0) + 1
st.write("pong", st.session_state.pong)
"""


def test_a_ping_pong_is_cut_after_one_round_with_a_warning(make, state) -> None:
    ping = make("ping", PING)
    pong = make("pong", PONG)
    # pong's first run changed what ping read: ping reran, and changed what pong read: pong
    # reran; ping, rerun once already, is not rerun again, and says why
    assert runs(ping, pong) == [2, 2]
    [warning] = warnings(ping)
    assert "`st.session_state['pong']` changed again" in warning
    assert any("This app was not rerun" in t for t in ping.html())  # on its page

    ping.click(ping.find(w.Button, "ping"))
    # ping (the click), pong (it read "ping"), ping (it read "pong"); pong again would loop
    assert runs(ping, pong) == [4, 3]
    assert "ping <code>17</code>" in ping.text() and "pong <code>16</code>" in pong.text()
    assert not warnings(ping)  # gone with its rerun
    [warning] = warnings(pong)
    assert "`st.session_state['ping']` changed again" in warning

    ping.click(ping.find(w.Button, "ping"))  # the next click: one warning, not two
    assert runs(ping, pong) == [6, 4]
    assert len(warnings(pong)) == 1
    pong.app.run()  # its own next run shows the state, without the warning
    assert not warnings(pong)


def test_a_closed_app_leaves_the_registry_and_is_not_rerun(make, state) -> None:
    log: list[str] = []
    old = make("cell", SHOWS_COUNT.format(name="old"), log=log)
    new = make("cell", SHOWS_COUNT.format(name="new"), log=log)  # the cell is run again
    assert old.app.closed and APPS == {"cell": new.app}
    del log[:]
    SessionStateProxy(lambda: state).count = 5
    assert log == ["new"]
    close_all()  # %unload_ext
    assert APPS == {} and new.app.closed
    SessionStateProxy(lambda: state).count = 6
    assert log == ["new"]
