"""``%%rerun --persist PATH``: saved after completed runs, atomically; restored after a restart."""

from __future__ import annotations

import json
import logging
import os
import re
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import ipywidgets as w
import pytest

from rerunner import persist
from rerunner.persist import Persister, PersistError
from rerunner.state import SessionState

from inprocess import Harness
from kernel_client import KernelSession, new_cell_id

APP = """
import datetime
if "count" not in st.session_state:
    st.session_state.count = 0
def bump():
    st.session_state.count += 1
st.button("Bump", on_click=bump)
st.text_input("Name", key="name")
st.slider("Level", 0, 10, key="level")
st.slider("Range", 0, 10, (2, 8), key="range")
st.date_input("When", datetime.date(2024, 1, 1), key="when")
st.session_state.notes = st.session_state.get("notes", {"tags": ["a"], "n": 1})
if st.checkbox("Stop", key="stop"):
    st.stop()
if st.checkbox("Fail", key="fail"):
    raise ValueError("boom")
st.write("count", st.session_state.count)
"""


def saved(path: Path) -> dict:
    return json.loads(path.read_text())["state"]


def persisted_harness(path: Path, state: SessionState | None = None) -> tuple[Harness, Persister]:
    state = state if state is not None else SessionState()
    persister = Persister(path, state)
    persister.restore_once()
    h = Harness(APP, state=state, app_id="persist", on_completed=persister.save)
    return h, persister


@pytest.fixture(autouse=True)
def fresh_kernel_registry():
    persist._RESTORED.clear()  # each test plays a new kernel
    yield
    persist._RESTORED.clear()


def test_saved_after_every_completed_run_only(tmp_path: Path, caplog) -> None:
    path = tmp_path / "state.json"
    with caplog.at_level(logging.WARNING, logger="rerunner"):
        h, _ = persisted_harness(path)
        h.click(h.find(w.Button, "Bump"))
        h.update(h.find(w.Text, "Name"), value="Ada")
        h.update(h.find(w.IntRangeSlider, "Range"), value=(3, 9))
    assert saved(path) == {
        "count": 1, "name": "Ada", "level": 0, "range": [3, 9], "stop": False, "fail": False,
        "notes": {"tags": ["a"], "n": 1},
    }  # fmt: skip
    # the date is not JSON: skipped, and said once however many runs there were
    skips = [r.getMessage() for r in caplog.records if "skips" in r.getMessage()]
    assert len(skips) == 1 and "'when'" in skips[0] and "date" in skips[0]

    # a run that stops or fails does not complete: the file keeps the last completed run
    h.update(h.find(w.Checkbox, "Stop"), value=True)
    h.update(h.find(w.IntSlider, "Level"), value=4)
    assert saved(path)["level"] == 0 and saved(path)["stop"] is False
    h.update(h.find(w.Checkbox, "Stop"), value=False)
    assert saved(path)["level"] == 4
    h.update(h.find(w.Checkbox, "Fail"), value=True)
    h.click(h.find(w.Button, "Bump"))
    assert saved(path)["count"] == 1
    h.update(h.find(w.Checkbox, "Fail"), value=False)
    assert saved(path)["count"] == 2
    assert not list(tmp_path.glob(".*.tmp"))  # no temporary file left behind


def test_restored_values_act_as_values_written_before_the_widgets(tmp_path: Path) -> None:
    path = tmp_path / "state.json"
    h, _ = persisted_harness(path)
    h.click(h.find(w.Button, "Bump"))
    h.update(h.find(w.Text, "Name"), value="Grace")
    h.update(h.find(w.IntSlider, "Level"), value=6)
    h.update(h.find(w.IntRangeSlider, "Range"), value=(1, 4))
    h.app.close()

    persist._RESTORED.clear()  # a kernel restart: a new session state, the file stays
    again, persister = persisted_harness(path)
    assert again.find(w.Text, "Name").value == "Grace"
    assert again.find(w.IntSlider, "Level").value == 6
    assert again.find(w.IntRangeSlider, "Range").value == (1, 4)
    assert again.state["range"] == (1, 4)  # the slider turns the saved list back into a tuple
    assert again.state["count"] == 1 and "count <code>1</code>" in again.text()
    assert again.state["when"].isoformat() == "2024-01-01"  # skipped, so back to its default
    # a second app on the same path in the same kernel does not restore over live state
    again.click(again.find(w.Button, "Bump"))
    assert persister.restore_once() == [] and again.state["count"] == 2


def test_an_unreadable_file_is_left_alone_and_named(tmp_path: Path) -> None:
    path = tmp_path / "state.json"
    path.write_text("{ not json")
    with pytest.raises(PersistError, match="state.json is not a saved session state"):
        Persister(path, SessionState()).restore_once()
    path.write_text('{"other": 1}')
    with pytest.raises(PersistError, match="not a session state saved by rerunner"):
        Persister(path, SessionState()).restore_once()
    assert path.read_text() == '{"other": 1}'


def test_a_failed_write_keeps_the_previous_file(tmp_path: Path, monkeypatch, caplog) -> None:
    path = tmp_path / "state.json"
    h, _ = persisted_harness(path)
    h.update(h.find(w.Text, "Name"), value="before")
    good = path.read_text()

    def disk_full(fd: int) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "fsync", disk_full)
    with caplog.at_level(logging.WARNING, logger="rerunner"):
        h.update(h.find(w.Text, "Name"), value="after")
    assert path.read_text() == good
    assert not list(tmp_path.glob(".*.tmp"))
    assert any("could not save session state" in r.getMessage() for r in caplog.records)
    assert h.find(w.Text, "Name").value == "after"  # the app carries on
    monkeypatch.undo()
    h.update(h.find(w.Text, "Name"), value="later")
    assert saved(path)["name"] == "later"


@pytest.mark.parametrize("moment", ["write", "replace"])
def test_a_process_killed_while_saving_leaves_the_previous_file(
    tmp_path: Path, moment: str
) -> None:
    """SIGKILL half-way through writing the new text, or just before the rename."""
    path = tmp_path / "state.json"
    persist.write_atomically(
        path, json.dumps({"format": persist.FORMAT, "version": 1, "state": {"n": 1}})
    )
    script = textwrap.dedent(f"""
        import os, signal
        from pathlib import Path
        from rerunner import persist
        from rerunner.state import SessionState

        if {moment!r} == "write":
            real_fsync = os.fsync
            def fsync(fd):  # the new text is half on disk: die before it is complete
                os.ftruncate(fd, 20)
                os.kill(os.getpid(), signal.SIGKILL)
            os.fsync = fsync
        else:
            os.replace = lambda *a: os.kill(os.getpid(), signal.SIGKILL)
        state = SessionState()
        state["n"] = 2
        state["big"] = "x" * 100_000
        persist.Persister({str(path)!r}, state).save()
    """)
    env = {**os.environ, "PYTHONPATH": os.getcwd()}
    done = subprocess.run([sys.executable, "-c", script], env=env, check=False)
    assert done.returncode == -signal.SIGKILL
    assert saved(path) == {"n": 1}
    [left] = tmp_path.glob(".state.json.*.tmp") if moment == "write" else [None]
    if left is not None:  # the next kernel to restore the path tidies up what the crash left
        os.utime(left, (time.time() - 3600, time.time() - 3600))
        assert Persister(path, SessionState()).restore_once() == ["n"]
        assert not left.exists()


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
        shown = [re.sub(r"<[^>]+>", "", t).split() for t in second.html_texts()]
        assert ["count", "3"] in shown
        second.click(second.find("ButtonModel", "Bump").comm_id)  # and the session goes on
        assert saved(path)["count"] == 4
    finally:
        second.close()


def test_persist_option_is_parsed() -> None:
    from rerunner.magic import _parse

    assert _parse("--persist 'my state.json' --name a")["persist"] == "my state.json"
    assert _parse("--persist=s.json")["persist"] == "s.json"
    with pytest.raises(ValueError, match="--persist needs a value"):
        _parse("--persist")
