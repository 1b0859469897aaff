"""Saved session state: ``%%rerun --persist PATH`` survives a kernel restart or crash.

After every completed run the JSON-serialisable part of session state is written to PATH, and
atomically: into a temporary file in the same directory, flushed and fsynced, then renamed over
PATH (``os.replace``), so a crash at any moment leaves either the previous file or the new one,
never half of one. When the cell first runs in a kernel (after a restart), the file's values are
put back before the first run, as values written before the widgets exist: keyed widgets pick
them up, as they would a value assigned to their key.

What is saved: every user-visible key (plain keys and keyed widgets) whose value survives a
JSON round trip (tuples are saved as lists); buttons and uploads are not, as Streamlit does not
let a script set those. Other values (dates, data frames, custom objects) are skipped, and each
skipped key is named once in the ``rerunner`` log. This module knows nothing of ipywidgets.

A restored value that the app's code now refuses (a slider's range was narrowed, an option
removed) is dropped by the widget, with a warning, instead of failing every run.
"""

from __future__ import annotations

import glob
import json
import logging
import os
import tempfile
import time
from pathlib import Path
from typing import Any

from .state import SessionState

log = logging.getLogger("rerunner")

FORMAT = "rerunner-session-state"
VERSION = 1

#: A temporary file this old next to a saved state was left by a crash (writes take milliseconds).
STALE_SECONDS = 60.0

#: Paths restored in this kernel: a file is read once, when its first app starts after a restart.
_RESTORED: set[Path] = set()


class PersistError(Exception):
    """A saved-state file that cannot be read back; it is left untouched."""


class Persister:
    """Saves one session state to ``path`` after completed runs; restores it once per kernel."""

    def __init__(self, path: str | os.PathLike[str], state: SessionState) -> None:
        self.path = Path(path).expanduser().resolve()
        self.state = state
        self._skipped: set[str] = set()  # keys already reported as not serialisable
        self._last: str | None = None  # the text last written: an unchanged state is not rewritten
        self.saves = 0

    # --- restore -----------------------------------------------------------------------------

    def restore_once(self) -> list[str]:
        """Put the saved values back, the first time this kernel sees the path; the keys set."""
        if self.path in _RESTORED:
            return []
        values = load(self.path)
        _RESTORED.add(self.path)
        remove_stale_temporaries(self.path)
        for key, value in values.items():
            self.state.restore(key, value)  # a widget that now refuses it drops it
        self._last = None
        return list(values)

    # --- save --------------------------------------------------------------------------------

    def save(self) -> None:
        """Write the serialisable part of the state, atomically; never raises into the app."""
        values = self._serialisable()
        text = json.dumps({"format": FORMAT, "version": VERSION, "state": values}, sort_keys=True)
        if text == self._last:
            return
        try:
            write_atomically(self.path, text)
        except OSError as exc:  # a full disk must not break the app; the previous file stays
            log.warning("rerunner: could not save session state to %s: %s", self.path, exc)
            return
        self._last = text
        self.saves += 1

    def _serialisable(self) -> dict[str, Any]:
        values = {}
        for key, value in self.state.to_dict().items():
            meta = self.state.key_meta(key)
            if meta is not None and (meta.trigger or meta.readonly):
                continue  # buttons and uploads: a script may not set them
            if round_trips(value):
                values[key] = value
            elif key not in self._skipped:
                self._skipped.add(key)
                log.warning(
                    "rerunner: --persist %s skips st.session_state[%r]: a %s is not "
                    "JSON-serialisable",
                    self.path, key, type(value).__name__,
                )  # fmt: skip
        return values


def round_trips(value: Any) -> bool:
    """Whether ``value`` comes back equal from JSON (tuples come back as lists)."""
    try:
        return json.loads(json.dumps(value, allow_nan=False)) == _lists(value)
    except (TypeError, ValueError, RecursionError):
        return False


def _lists(value: Any) -> Any:
    if isinstance(value, (list, tuple)):
        return [_lists(v) for v in value]
    if isinstance(value, dict):
        return {k: _lists(v) for k, v in value.items()}
    return value


def load(path: Path) -> dict[str, Any]:
    """The values saved at ``path`` ({} when there is no file yet)."""
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return {}
    try:
        data = json.loads(text)
    except ValueError as exc:
        raise PersistError(
            f"{path} is not a saved session state ({exc}); move it away or fix it."
        ) from None
    if (
        not isinstance(data, dict)
        or data.get("format") != FORMAT
        or not isinstance(data.get("state"), dict)
    ):
        raise PersistError(
            f"{path} is not a session state saved by rerunner; move it away or fix it."
        )
    return data["state"]


def write_atomically(path: Path, text: str) -> None:
    """Replace ``path`` by ``text`` so that a crash leaves the old file or the new, whole."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as f:
            f.write(text)
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, path)
    except BaseException:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise
    _fsync_dir(path.parent)  # the rename itself survives a power cut


def remove_stale_temporaries(path: Path, age: float = STALE_SECONDS) -> None:
    """Delete temporary files a crash left next to ``path`` (a live writer's are seconds old)."""
    now = time.time()
    for tmp in path.parent.glob(f".{glob.escape(path.name)}.*.tmp"):
        try:
            if now - tmp.stat().st_mtime > age:
                tmp.unlink()
        except OSError:
            pass


def _fsync_dir(directory: Path) -> None:
    try:
        fd = os.open(directory, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)
