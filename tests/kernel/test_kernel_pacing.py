"""A first display of 5,000 widgets in a real kernel, paced by the front end's reports
(render/pacing.py): every widget arrives, none twice, none lost, however the reader reads."""

from __future__ import annotations

import time
from collections import Counter

import pytest

from tests.support.kernel_client import COUNT_PUBLISHED, KernelSession, new_cell_id

APPS = "__import__('rerunner.magic').magic.APPS"


def sliders(n: int) -> str:
    return (
        f"for i in range({n}):\n"
        '    v = st.slider(f"Slider {i}", 0, 100, key=f"s{i}")\n'
        '    st.write(f"Slider {i} is {v}")\n'
    )


@pytest.fixture(scope="module")
def kernel():
    """A kernel of this module's own: which front ends have reported is the kernel's memory."""
    session = KernelSession()
    try:
        session.run("%load_ext rerunner")
        session.run(COUNT_PUBLISHED)
        yield session
    finally:
        session.close()


def assert_complete(k: KernelSession, n: int, name: str) -> None:
    """Every slider and every line of the app arrived, each once, and the pacer has gone."""
    descriptions = Counter(
        m.state.get("description") for m in k.models.values() if m.name == "IntSliderModel"
    )
    expected = {f"Slider {i}" for i in range(n)}
    assert expected <= set(descriptions), sorted(expected - set(descriptions))[:5]
    assert all(descriptions[d] == 1 for d in expected)
    texts = set(k.texts())
    assert all(f"Slider {i} is 0" in texts for i in range(n))
    assert not [m for m in k.live() if "rr-pacer" in m.state.get("_dom_classes", ())]
    assert k.peek(f"{APPS}[{name!r}].view.pacing.pending") is False


def close(k: KernelSession, name: str) -> None:
    k.run(f"{APPS}.pop({name!r}).close()")
    k.models.clear()


def test_a_reader_reading_as_the_kernel_publishes_gets_all_5000_widgets(kernel):
    shown = kernel.execute_paced(f"%%rerun --name fast\n{sliders(2500)}", cell_id=new_cell_id())
    assert len(shown.tokens) >= 5000 // 400  # it was paced
    assert shown.tokens == list(range(1, len(shown.tokens) + 1))
    assert shown.lost(kernel) == 0
    assert_complete(kernel, 2500, "fast")
    close(kernel, "fast")


def test_a_reader_that_stalls_then_reads_loses_nothing(kernel):
    """The front end reads nothing for a while after the cell ran. The kernel, which has seen
    this kernel's front end report before (the test above), waits: while the reader stalls it
    publishes two batches and no more, so no high-water mark is reached however long the
    stall."""
    published: list[int] = []

    def stall() -> None:
        # a few looks at what the kernel has published, from the shell channel only
        for _ in range(4):
            published.append(kernel.peek("sum(_rr_published.values())"))
            time.sleep(0.5)

    shown = kernel.execute_paced(
        f"%%rerun --name stalled\n{sliders(2500)}", cell_id=new_cell_id(), stall=stall
    )
    # silent requests publish busy and idle: two messages per look, nothing else
    assert [b - a for a, b in zip(published, published[1:], strict=False)] == [2, 2, 2]
    first = kernel.peek(f"_rr_published[{shown.requests[0]!r}]")
    assert first < 2 * 400 + 50  # the first two batches, then the kernel waited for the page
    assert shown.lost(kernel) == 0
    assert len(shown.tokens) >= 5000 // 400
    assert_complete(kernel, 2500, "stalled")
    close(kernel, "stalled")


def test_a_page_that_connects_later_takes_the_display_up(kernel):
    """As in Voila: the notebook runs with no page reading, the page connects afterwards and
    its pacer reports the token it finds in the model's state."""
    kernel.run(f"%%rerun --name later\n{sliders(1000)}", cell_id=new_cell_id())
    batches = kernel.peek(f"{APPS}['later'].view.pacing.batches")
    time.sleep(1.0)  # a front end has reported in this kernel: nothing goes out unasked
    assert kernel.peek(f"{APPS}['later'].view.pacing.batches") == batches == 2
    # each report of the newest token lets two more batches go: 2,006 nodes, 400 a batch
    assert kernel.complete_display(page="a-page-opened-later") == 2
    assert_complete(kernel, 1000, "later")
    close(kernel, "later")


def test_a_small_app_is_not_paced(kernel):
    shown = kernel.execute_paced(f"%%rerun --name small\n{sliders(200)}", cell_id=new_cell_id())
    assert shown.tokens == []
    assert shown.requests[1:] == []
    assert shown.lost(kernel) == 0
    assert_complete(kernel, 200, "small")
    close(kernel, "small")


def test_with_no_front_end_the_display_still_completes():
    """nbclient, nbconvert, Voila before its page connects: nothing reports, and in a kernel
    where no front end ever has, the batches follow each other after a pause."""
    k = KernelSession()
    try:
        k.run("%load_ext rerunner")
        k.run(f"%%rerun --name alone\n{sliders(600)}")
        assert k.peek(f"{APPS}['alone'].view.pacing.pending") is True
        deadline = time.monotonic() + 60
        while k.peek(f"{APPS}['alone'].view.pacing.pending"):
            assert time.monotonic() < deadline
            time.sleep(0.5)
        assert k.peek(f"{APPS}['alone'].view.pacing.batches") >= 3
        k.run("pass")  # reads what the timers' batches published, up to this cell's idle
        assert_complete(k, 600, "alone")
    finally:
        k.close()
