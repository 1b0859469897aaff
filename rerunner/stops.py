"""Stop requests: a chat input's stop button (``submit_mode="stop"``) asking the run its message
caused to stop.

The click is seen on ipykernel's shell channel thread as it arrives, while the main thread is
still running the body (``render/chat.py`` watches the button's comm there), and recorded here;
the run looks here at its st calls and between the chunks of ``st.write_stream`` and stops as
``st.stop()`` does. Plain data behind a lock: the two sides are different threads.
"""

from __future__ import annotations

import threading

_lock = threading.Lock()
_armed: set[str] = set()  # widgets whose message's run is going on, stoppable
_requested: set[str] = set()


def arm(widget_id: str) -> None:
    """The run caused by ``widget_id``'s message starts: from now on a click stops it."""
    with _lock:
        _requested.discard(widget_id)
        _armed.add(widget_id)


def disarm(widget_id: str) -> None:
    with _lock:
        _armed.discard(widget_id)
        _requested.discard(widget_id)


def request(widget_id: str) -> None:
    """A click on ``widget_id``'s stop button arrived (any thread); ignored unless armed."""
    with _lock:
        if widget_id in _armed:
            _requested.add(widget_id)


def requested(widget_id: str) -> bool:
    with _lock:
        return widget_id in _requested


def any_requested() -> bool:
    """Whether a stop has arrived that a run has not acted on yet (a test's generator waits for
    it, so that the click is known to have reached the kernel before the next chunk)."""
    with _lock:
        return bool(_requested)
