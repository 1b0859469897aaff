"""``%%rerun --persist PATH`` in a real kernel: a kernel killed in the middle of a run loses nothing
before the last completed run, and the next kernel restores it."""

from __future__ import annotations

import signal
import time
from pathlib import Path

from tests.support.kernel_client import KernelSession, new_cell_id
from tests.support.persist_app import APP, saved


def kill_hard(kernel: KernelSession) -> None:
    kernel.km.signal_kernel(signal.SIGKILL)
    deadline = time.monotonic() + 30
    while kernel.km.is_alive() and time.monotonic() < deadline:
        time.sleep(0.05)
    assert not kernel.km.is_alive()
    kernel.close()


def test_kernel_killed_mid_session_loses_nothing_before_the_last_completed_run(
    tmp_path: Path,
) -> None:
    path, marker = tmp_path / "saved" / "state.json", tmp_path / "slow-run-started"
    cell = (
        f"%%rerun --persist {path}\n" + APP
        + "import pathlib, time\n"
        + f'if st.checkbox("Slow", key="slow"):\n    pathlib.Path({str(marker)!r}).touch()\n    time.sleep(120)\n'
    )  # fmt: skip
    first = KernelSession()
    try:
        first.run("%load_ext rerunner")
        first.run(cell, cell_id=new_cell_id())
        for _ in range(3):
            first.click(first.find("ButtonModel", "Bump").comm_id)
        first.send_update(first.find("TextModel", "Name").comm_id, {"value": "Ada Lovelace"})
        first.send_update(first.find("IntSliderModel", "Level").comm_id, {"value": 7})
        first.send_update(first.find("IntRangeSliderModel", "Range").comm_id, {"value": [3, 9]})
        # a change whose run never completes: the kernel dies inside it
        msg = first.kc.session.msg("comm_msg", {"comm_id": first.find("CheckboxModel", "Slow").comm_id,
                                                "data": {"method": "update", "state": {"value": True}}})  # fmt: skip
        first.kc.shell_channel.send(msg)
        deadline = time.monotonic() + 60
        while not marker.exists():
            assert time.monotonic() < deadline, "the slow run never started"
            time.sleep(0.05)
    finally:
        kill_hard(first)

    assert saved(path) == {
        "count": 3, "name": "Ada Lovelace", "level": 7, "range": [3, 9], "stop": False,
        "fail": False, "slow": False, "notes": {"tags": ["a"], "n": 1},
    }  # fmt: skip
    second = KernelSession()
    try:
        second.run("%load_ext rerunner")
        second.run(cell, cell_id=new_cell_id())
        assert second.find("TextModel", "Name").state["value"] == "Ada Lovelace"
        assert second.find("IntSliderModel", "Level").state["value"] == 7
        assert second.find("IntRangeSliderModel", "Range").state["value"] == [3, 9]
        assert second.find("CheckboxModel", "Slow").state["value"] is False
        shown = [t.split() for t in second.texts()]
        assert ["count", "3"] in shown
        second.click(second.find("ButtonModel", "Bump").comm_id)  # and the session goes on
        assert saved(path)["count"] == 4
    finally:
        second.close()
