"""Where an interrupt may stop a run: in the user's code, never half-way through rerunner's.

ipykernel turns SIGINT (the interrupt button) into ``KeyboardInterrupt`` wherever the main thread
happens to be. Landing in rerunner's own bookkeeping it would leave things half done: ``sys.stdout``
still pointing at a finished run's capture (every later ``print()`` lost), a run never ended in
session state, a page half reconciled. So while an app runs, a SIGINT is held outside its body
and callbacks: one that arrives there is raised as soon as user code next runs in that run (before
the body, so the body does not start), or dropped if none does (the run was ending anyway).

Only the main thread gets signals, so this is a no-op elsewhere; the flags are per thread so an
app running in another thread (``AppTest``, a subshell) never opens the main thread's gate.

The gate is opened and closed with plain attribute stores, inline at the start of ``finally``
blocks: a function call is itself a point where CPython may run a signal handler, an attribute
store is not.
"""

from __future__ import annotations

import signal
import threading
from types import TracebackType
from typing import Any

# The C functions behind ``signal.signal`` and ``signal.getsignal``: the module's wrappers turn
# every handler into an enum and back, which cost a few percent of a small app's rerun (three
# calls per flush). Handlers go in and come out unchanged either way.
try:
    from _signal import getsignal as _getsignal, signal as _setsignal
except ImportError:  # pragma: no cover - another Python than CPython
    from signal import getsignal as _getsignal, signal as _setsignal


class _Gate(threading.local):
    depth = 0  # nesting of guarded() on this thread (0: SIGINT is not ours)
    open = False  # user code is running: a SIGINT raises KeyboardInterrupt at once
    pending = False  # a SIGINT arrived while closed
    previous: Any = None  # the handler to put back


#: This thread's gate; code outside this module only ever stores ``gate.open``.
gate = _Gate()


def _on_sigint(signum: int, frame: Any) -> None:
    if gate.open:
        raise KeyboardInterrupt
    gate.pending = True


class guarded:
    """While active, SIGINT interrupts only code inside :func:`admit` (user code).

    Installed only on the main thread and, unless ``enable``, only where SIGINT would interrupt
    Python code anyway (a handler is set: ipykernel sets one while it handles a message). With
    ``enable`` it is installed even where SIGINT is ignored: a deferred run, from the event loop,
    must be as interruptible as a cell. Nested uses share the outer one.
    """

    def __init__(self, *, enable: bool = False) -> None:
        self._enable = enable
        self._installed = False

    def __enter__(self) -> guarded:
        if gate.depth:
            gate.depth += 1
            self._installed = True
            return self
        if threading.current_thread() is not threading.main_thread():
            return self
        if not self._enable and not callable(_getsignal(signal.SIGINT)):
            return self
        gate.open = False
        gate.pending = False
        gate.previous = _setsignal(signal.SIGINT, _on_sigint)
        gate.depth = 1  # from here on no KeyboardInterrupt can arrive until __exit__ ends
        self._installed = True
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        if not self._installed:
            return
        self._installed = False
        gate.depth -= 1
        if gate.depth:
            return
        gate.open = False
        gate.pending = False  # held for user code that did not come: the run has ended
        previous, gate.previous = gate.previous, None
        _setsignal(signal.SIGINT, previous)


def admit() -> None:
    """User code starts: open the gate, raising a SIGINT held meanwhile.

    Call it first thing inside a ``try`` whose ``finally`` starts with ``gate.open = <value read
    before the try>``.
    """
    if not gate.depth:
        return
    gate.open = True  # first: a SIGINT from here on raises by itself
    if gate.pending:
        gate.pending = False
        raise KeyboardInterrupt
