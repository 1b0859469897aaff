"""The paced first display (render/pacing.py) in process: batches, reports, reruns, fallbacks."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import ipywidgets as w
import pytest

from rerunner.render import pacing
from rerunner.render.pacing import BATCH, THRESHOLD, WINDOW, Pacer, count, prefix
from rerunner.render.vdom import V

from tests.support.inprocess import Harness


def sliders(n: int) -> str:
    return (
        f"for i in range({n}):\n"
        '    v = st.slider(f"Slider {i}", 0, 100, key=f"s{i}")\n'
        '    st.write(f"Slider {i} is {v}")\n'
    )


class Timers:
    """The kernel scheduler's two calls the app and the view use, run by hand: ``schedule``
    at once (as with no input waiting), ``later`` kept until the test fires it."""

    def __init__(self) -> None:
        self.waiting: list[tuple[float, Callable[[], None], dict[str, bool]]] = []

    def schedule(self, flush: Callable[[], None]) -> None:
        flush()

    def later(self, seconds: float, work: Callable[[], None]) -> Callable[[], None]:
        entry = (seconds, work, {"live": True})
        self.waiting.append(entry)
        return lambda: entry[2].update(live=False)

    def live(self) -> list[tuple[float, Callable[[], None]]]:
        return [(s, work) for s, work, flag in self.waiting if flag["live"]]

    def fire(self) -> None:
        for _seconds, work, flag in list(self.waiting):
            if flag["live"]:
                flag["live"] = False
                work()


@pytest.fixture(autouse=True)
def no_front_end_yet():
    """Each test starts in a kernel where no front end has reported."""
    saved = dict(pacing._SEEN)
    pacing._SEEN["front_end"] = False
    yield
    pacing._SEEN.update(saved)


def pacer_of(h: Harness) -> Pacer | None:
    found = [x for x in h.all() if isinstance(x, Pacer)]
    assert len(found) <= 1
    return found[0] if found else None


def report(widget: w.Widget, token: Any, page: Any = "page-a") -> None:
    """What ipywidgets does with the pacer's ``model.send({...})`` from a page."""
    content = {"event": "shown", "token": token, "page": page}
    widget._handle_msg(
        {"content": {"data": {"method": "custom", "content": content}}, "buffers": []}
    )


def sliders_shown(h: Harness) -> int:
    return sum(1 for x in h.all() if isinstance(x, w.IntSlider))


def test_a_page_with_no_kernel_behind_it_renders_at_once():
    h = Harness(sliders(THRESHOLD * 2))  # no scheduler: no front end could ever report
    assert pacer_of(h) is None and not h.view.pacing.pending
    assert sliders_shown(h) == THRESHOLD * 2


def test_a_small_page_renders_at_once_with_no_pacer():
    h = Harness(sliders(THRESHOLD // 4), scheduler=Timers())
    assert pacer_of(h) is None
    assert not h.view.pacing.pending
    assert sliders_shown(h) == THRESHOLD // 4
    assert h.view.pacing.batches == 0


def finish(h: Harness, reported: int = 0, page: str = "page-a") -> list[int]:
    """Report each batch in turn, as the page's pacer does, until the display is complete;
    the widgets each report had made."""
    made = []
    while (pacer := pacer_of(h)) is not None:
        reported += 1
        assert reported <= pacer.token, "a report of a batch never sent"
        before = h.view.reconciler.created
        report(pacer, reported, page)
        made.append(h.view.reconciler.created - before)
        assert len(made) < 50
    return made


def test_a_large_page_goes_out_in_batches_each_released_by_a_report():
    n = 1500  # 3,000 elements
    h = Harness(sliders(n), scheduler=Timers())
    pacer = pacer_of(h)
    # two batches in flight: the kernel makes one while the page takes in the other
    assert pacer is not None and pacer.token == WINDOW == 2
    assert h.view.reconciler.created <= WINDOW * BATCH + 1  # and the pacer
    assert 0 < sliders_shown(h) < n
    tokens = []
    while (p := pacer_of(h)) is not None:
        before = h.view.reconciler.created
        report(p, p.token - 1)  # all but the last batch sent: one more goes
        assert h.view.reconciler.created - before <= BATCH
        tokens.append(p.token)
        assert len(tokens) < 50
    assert tokens == list(range(3, len(tokens) + 2)) + [tokens[-1]]  # the last one completes
    assert sliders_shown(h) == n
    assert h.text().count("is 0") == n
    # every widget created once: nothing rebuilt, nothing closed but the pacer
    assert h.view.reconciler.closed == 1
    assert len(h.all()) == count_live(h)
    assert not h.view.pacing.pending


def count_live(h: Harness) -> int:
    return len(h.view.reconciler.widgets())


def test_reports_in_turn_make_one_batch_each_and_never_more_than_the_window():
    h = Harness(sliders(1000), scheduler=Timers())
    made = finish(h)
    assert h.view.pacing.reports == len(made)
    assert all(m == BATCH for m in made[:-1]) and 0 < made[-1] <= BATCH
    # two batches went with the run; every report but the last (which completes) made one
    assert sliders_shown(h) == 1000 and h.view.pacing.batches == WINDOW + len(made) - 1


def test_a_report_of_another_token_or_a_malformed_one_sends_nothing():
    h = Harness(sliders(600), scheduler=Timers())
    pacer = pacer_of(h)
    created = h.view.reconciler.created
    for token, page in ((0, "a"), (3, "a"), ("1", "a"), (1, None), (1, 5), (1, "x" * 65)):
        report(pacer, token, page)
    assert h.view.reconciler.created == created
    assert pacer.token == 2
    report(pacer, 1, "a")
    assert h.view.reconciler.created > created and pacer.token == 3


def test_a_rerun_while_batches_are_pending_keeps_the_shown_prefix_and_goes_on():
    n = 800
    h = Harness(sliders(n), scheduler=Timers())
    pacer = pacer_of(h)
    report(pacer, 1)
    assert pacer.token == 3
    shown = sliders_shown(h)
    assert 0 < shown < n
    (slider,) = [x for x in h.all() if isinstance(x, w.IntSlider) and x.description == "Slider 3"]
    h.update(slider, value=42)  # a visitor moves a shown slider
    assert "Slider 3 is 42" in h.text()
    assert sliders_shown(h) == shown  # the same prefix of the new page, reconciled in place
    assert pacer_of(h) is pacer and pacer.token == 4  # the rerun's render was a batch too
    finish(h, reported=1)
    assert sliders_shown(h) == n
    assert "Slider 3 is 42" in h.text() and f"Slider {n - 1} is 0" in h.text()


def test_the_slowest_page_that_reports_is_waited_for():
    h = Harness(sliders(800), scheduler=Timers())
    pacer = pacer_of(h)
    report(pacer, 1, "page-a")
    assert pacer.token == 3
    report(pacer, 1, "page-b")  # page b is known now, one batch behind page a's window
    report(pacer, 2, "page-a")
    assert pacer.token == 3  # page b has not received batch 2 yet
    report(pacer, 2, "page-b")
    assert pacer.token == 4


def test_a_silent_page_stops_holding_the_batches_back(monkeypatch):
    timers = Timers()
    pacing._SEEN["front_end"] = True  # no fallback timer: only the straggler's
    h = Harness(sliders(1200), scheduler=timers)
    pacer = pacer_of(h)
    assert timers.live() == []
    report(pacer, 1, "page-a")
    report(pacer, 1, "page-b")
    report(pacer, 2, "page-a")  # page b goes silent (a closed tab)
    assert pacer.token == 3
    assert [s for s, _ in timers.live()] == [pacing.STRAGGLER]
    monkeypatch.setattr(pacing, "STRAGGLER", 0.0)  # as if that long had passed
    timers.fire()
    assert pacer.token == 4
    report(pacer, 3, "page-a")  # page a alone is waited for now
    assert pacer.token == 5


def test_a_page_reporting_late_is_waited_for_once_the_fallback_has_no_use():
    timers = Timers()
    h = Harness(sliders(800), scheduler=timers)
    pacer = pacer_of(h)
    timers.fire()  # nobody reported in time: batch 3 went anyway
    assert pacer.token == 3
    report(pacer, 1, "page-b")  # a slow page, still at batch 1
    report(pacer, 2, "page-a")
    assert pacer.token == 3  # page b is waited for...
    assert [s for s, _ in timers.live()] == [pacing.STRAGGLER]  # ...for so long at most
    report(pacer, 2, "page-b")
    assert pacer.token == 4 and timers.live() == []


def test_with_no_front_end_the_batches_go_out_on_the_fallback_timer():
    timers = Timers()
    n = 1000
    h = Harness(sliders(n), scheduler=timers)
    fired = 0
    while (pacer := pacer_of(h)) is not None:
        assert [s for s, _ in timers.live()] == [pacing.FALLBACK]
        token = pacer.token
        timers.fire()
        fired += 1
        assert pacer_of(h) is None or pacer.token == token + 1  # one batch a time
        assert fired < 20
    assert fired == -(-count_live(h) // BATCH) - WINDOW  # two batches went out with the run
    assert h.view.pacing.fallbacks == fired and h.view.pacing.reports == 0
    assert sliders_shown(h) == n
    assert timers.live() == []


def test_once_a_front_end_has_reported_no_batch_goes_unasked():
    timers = Timers()
    h = Harness(sliders(800), scheduler=timers)
    pacer = pacer_of(h)
    assert len(timers.live()) == 1
    report(pacer, 1)
    assert pacer.token == 3
    assert timers.live() == []  # a stalled reader is waited for, however long
    created = h.view.reconciler.created
    timers.fire()
    assert h.view.reconciler.created == created


def test_a_fragment_run_while_pending_redraws_through_the_prefix():
    source = (
        "@st.fragment\n"
        "def part():\n"
        '    st.button("Again", key="again")\n'
        "    st.write(f\"clicked {st.session_state.get('n', 0)}\")\n"
        "    st.session_state.n = st.session_state.get('n', 0) + 1\n"
        "part()\n" + sliders(600)
    )
    h = Harness(source, scheduler=Timers())
    pacer = pacer_of(h)
    assert pacer is not None and pacer.token == 2
    h.click(h.find(w.Button, "Again"))
    assert pacer_of(h) is pacer and pacer.token == 3
    assert "clicked 1" in h.text()
    finish(h)
    assert sliders_shown(h) == 600


def test_prefix_cuts_plain_boxes_and_keeps_other_containers_whole():
    def leaves(k: int) -> list[V]:
        return [V(w.HTML, {"value": str(i)}) for i in range(k)]

    tab = V(
        w.Tab,
        {"titles": ("a", "b")},
        children=[V(w.VBox, children=leaves(5)), V(w.VBox, children=leaves(5))],
    )
    page = V(w.VBox, children=[*leaves(3), tab, *leaves(3)])
    assert count(page) == 1 + 3 + 13 + 3
    assert count(page, most=5) == 6  # stops once beyond
    cut, used = prefix(page, 10)
    assert used == 4 and len(cut.children) == 3  # the tab does not fit whole: not cut
    cut, used = prefix(page, 17)
    assert used == 17 and cut.children[3] is tab
    whole, used = prefix(page, 100)
    assert whole is page and used == count(page)
    inner = V(w.VBox, children=[V(w.HBox, children=leaves(10))])
    cut, used = prefix(inner, 5)
    assert used == 5 and len(cut.children[0].children) == 3
