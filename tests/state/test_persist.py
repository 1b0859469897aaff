"""``%%rerun --persist PATH``: saved after completed runs, atomically; restored after a restart."""

from __future__ import annotations

import json
import logging
import os
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

from tests.support import REPO
from tests.support.inprocess import Harness
from tests.support.persist_app import APP, saved


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
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    done = subprocess.run([sys.executable, "-c", script], env=env, check=False)
    assert done.returncode == -signal.SIGKILL
    assert saved(path) == {"n": 1}
    [left] = tmp_path.glob(".state.json.*.tmp") if moment == "write" else [None]
    if left is not None:  # the next kernel to restore the path tidies up what the crash left
        os.utime(left, (time.time() - 3600, time.time() - 3600))
        assert Persister(path, SessionState()).restore_once() == ["n"]
        assert not left.exists()


def test_persist_option_is_parsed() -> None:
    from rerunner.magic import _parse

    assert _parse("--persist 'my state.json' --name a")["persist"] == "my state.json"
    assert _parse("--persist=s.json")["persist"] == "s.json"
    with pytest.raises(ValueError, match="--persist needs a value"):
        _parse("--persist")
