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

A save costs what changed, not what is there: each value is encoded on its own, and one that
did not change keeps its text. An unchanged string or number (the very same object) is known at
once; a list or dict may have changed in place, so its contents are fingerprinted (marshal's
form, hashed: several times faster than JSON) and encoded and checked again only if that
differs. A state whose text did not change is not written. The App calls ``save`` once the run's
page is on screen (and before the next run starts), so even a large save never delays the page.

A restored value that the app's code now refuses (a slider's range was narrowed, an option
removed) is dropped by the widget, with a warning, instead of failing every run.
"""

from __future__ import annotations

import glob
import hashlib
import json
import logging
import marshal
import os
import tempfile
import time
from itertools import chain, compress
from operator import not_
from pathlib import Path
from typing import Any, NamedTuple

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
        self._unwritten = True  # the file may not hold the state as last seen (write it)
        # Each key's value as the last save saw it: what lets an unchanged value skip its
        # encoding and its check, and an unchanged state its write.
        self._encoded: dict[str, _Saved] = {}
        self.saves = 0
        self.checks = 0  # values checked for a faithful JSON round trip (tests count them)

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
        self._unwritten = True
        return list(values)

    # --- save --------------------------------------------------------------------------------

    def save(self) -> None:
        """Write the serialisable part of the state, atomically; never raises into the app."""
        texts, changed = self._serialisable()
        if not changed and not self._unwritten:
            return  # the file already holds this state
        state = ", ".join(f"{json.dumps(key)}: {text}" for key, text in texts.items())
        text = f'{{"format": "{FORMAT}", "version": {VERSION}, "state": {{{state}}}}}'
        try:
            write_atomically(self.path, text)
        except OSError as exc:  # a full disk must not break the app; the previous file stays
            self._unwritten = True  # the next save writes, changed or not
            log.warning("rerunner: could not save session state to %s: %s", self.path, exc)
            return
        self._unwritten = False
        self.saves += 1

    def _serialisable(self) -> tuple[dict[str, str], bool]:
        """Each saved key's value as JSON text, in the state's order; and whether any text
        (or the keys) changed since the last save."""
        texts, encoded = {}, {}
        changed = False
        for key, value in self.state.to_dict().items():
            meta = self.state.key_meta(key)
            if meta is not None and (meta.trigger or meta.readonly):
                continue  # buttons and uploads: a script may not set them
            last = self._encoded.get(key)
            saved = encoded[key] = self._encode(value, last)
            changed = changed or last is None or saved.text is not last.text
            if saved.text is not None:
                texts[key] = saved.text
            elif key not in self._skipped:
                self._skipped.add(key)
                log.warning(
                    "rerunner: --persist %s skips st.session_state[%r]: a %s is not "
                    "JSON-serialisable",
                    self.path, key, type(value).__name__,
                )  # fmt: skip
        changed = changed or encoded.keys() != self._encoded.keys()
        self._encoded = encoded
        return texts, changed

    def _encode(self, value: Any, last: _Saved | None) -> _Saved:
        """``value``'s JSON text (None when it would not come back equal), computed again
        only when the value may have changed since ``last``."""
        if last is not None and last.value is value and type(value) in _SCALARS:
            return last  # an immutable value, the very same object: nothing changed
        fingerprint = _fingerprint(value)
        if fingerprint is not None and last is not None and fingerprint == last.fingerprint:
            return _Saved(value, fingerprint, last.text)  # the same contents, exactly
        try:
            text = json.dumps(value, allow_nan=False)
        except (TypeError, ValueError, RecursionError):
            return _Saved(value, fingerprint, None)
        if last is not None and last.value is value and last.text is not None and text == last.text:
            return _Saved(value, fingerprint, last.text)  # checked when it was saved
        self.checks += 1
        return _Saved(value, fingerprint, text if faithful(value) else None)


class _Saved(NamedTuple):
    """A value as the last save saw it."""

    value: Any  # the object itself: an unchanged number or string is known by identity
    fingerprint: bytes | None  # a digest of its exact contents (None: not of the core types)
    text: str | None  # its JSON text; None when it does not survive JSON


def _fingerprint(value: Any) -> bytes | None:
    """A digest of ``value``'s exact contents and types (marshal's form, several times faster
    than JSON), or None for values marshal refuses (other types, subclasses of the core ones).
    Equal digests mean equal values of equal types: the JSON text and its check still hold."""
    try:
        return hashlib.blake2b(marshal.dumps(value), digest_size=16).digest()
    except (ValueError, TypeError, RecursionError):
        return None


_SCALARS = frozenset({str, int, float, bool, type(None)})


def faithful(value: Any) -> bool:
    """Whether ``value``, which ``json.dumps`` accepted, comes back equal from JSON: what
    ``round_trips`` answers, at a fraction of its cost (nothing is decoded, and the items are
    looked at level by level with itertools, not one by one in Python). JSON keeps strings,
    numbers, booleans, None, lists (tuples come back as lists) and dicts with string keys;
    ``json.dumps`` turns int, float, bool or None keys into strings, so those are refused.
    """
    level: list[Any] = [value]
    while level:
        kinds = set(map(type, level))
        groups: dict[type, list[Any]] = {kinds.pop(): level} if len(kinds) == 1 else {}
        if not groups:
            for item in level:
                groups.setdefault(type(item), []).append(item)
        children = []
        for kind, items in groups.items():
            if issubclass(kind, dict):
                keys = chain.from_iterable(items)
                if not set(map(type, keys)) <= {str} and not all(
                    isinstance(key, str) for key in chain.from_iterable(items)
                ):
                    return False
                children.append(chain.from_iterable(map(dict.values, items)))
            elif issubclass(kind, (list, tuple)):
                children.append(chain.from_iterable(items))
            elif not issubclass(kind, (str, int, float, type(None))):
                return False  # a subclass of a scalar is written, and read back, as the scalar
        found = list(chain.from_iterable(children))
        level = list(compress(found, map(not_, map(_SCALARS.__contains__, map(type, found)))))
    return True


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
