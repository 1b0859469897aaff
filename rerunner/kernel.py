"""When to apply widget events in an ipykernel: not while more input is already waiting.

A slider dragged across its range, or five changes made while a 2-second body ran, arrive as a
queue of comm messages. Applying each one as it is handled would cost a rerun per message.
Instead, an event whose handler sees more shell input waiting only queues its value; the last
message of the burst (the one that finds no input waiting) applies them all in one rerun.

While a body runs, the app asks ``newer_input`` at its st calls; input waiting then stops the
stale run (Streamlit's fast reruns), so a change made during a long body shows one body time
after it, not after the stale run and then its own.

Work deferred that way runs later from the event loop, outside ipykernel's message handling, so
``run_deferred`` does there what ipykernel does around a message: status ``busy`` then ``idle``
(parented by the message that caused the work), SIGINT raising ``KeyboardInterrupt`` in the
user's code, and nothing (an exception, ``SystemExit``) escaping into the event loop.
"""

from __future__ import annotations

import asyncio
import inspect
import logging
import sys
import time
from collections.abc import Callable
from typing import Any

import zmq

from .runtime import aio, interrupts

log = logging.getLogger("rerunner")

#: Deferrals of one flush before it runs anyway: input that never stops must not starve an app.
MAX_DEFERRALS = 200

#: Seconds between two looks while a flush waits for the input to drain. Looking on every turn
#: of the event loop would spin it and hold the GIL, starving the threads that forward the
#: very messages being waited for (a burst of 100 took twice as long); a new message wakes the
#: loop anyway, so the pause costs nothing while input flows.
RETRY_DELAY = 0.001

#: Seconds between two looks for waiting input while a body runs. A look costs microseconds
#: and a body may make thousands of st calls; a stale run goes on at most this long.
LOOK_INTERVAL = 0.005


class KernelScheduler:
    """Runs a flush now if the kernel has no more input waiting, else soon after it has."""

    def __init__(self, kernel: Any) -> None:
        self._kernel = kernel
        # work waiting for the input to drain -> [looks so far, parent message]
        self._deferred: dict[Callable[[], None], list[Any]] = {}
        self._next_look = 0.0

    def schedule(self, flush: Callable[[], None]) -> None:
        """Run ``flush`` now, in the handler of the message that asks for it, unless more input
        waits; then defer it until that input has been handled."""
        if getattr(self._kernel, "io_loop", None) is None or not self.input_waiting():
            self._deferred.pop(flush, None)  # this run serves a deferral of it too
            # just looked: the run's first st calls need not look again (a short run, the
            # usual one, then never polls the socket while it runs)
            self._next_look = time.perf_counter() + LOOK_INTERVAL
            flush()
            return
        self.defer(flush)

    def defer(self, work: Callable[[], None], parent: dict[str, Any] | None = None) -> None:
        """Run ``work`` from the event loop once no shell input waits, the way a cell runs.

        ``parent`` is the message that caused the work (by default the one being handled); its
        header parents the run's status messages. Deferring work already waiting only moves
        its parent to the newer message.
        """
        loop = getattr(self._kernel, "io_loop", None)
        parent = parent if parent is not None else _shell_parent(self._kernel)
        if loop is None:
            self.run_deferred(work, parent)
            return
        entry = self._deferred.get(work)
        if entry is not None:
            entry[1] = parent  # already waiting for the input to drain
            return
        self._deferred[work] = [0, parent]
        loop.call_later(RETRY_DELAY, self._retry, work)

    def cancel(self, work: Callable[[], None]) -> None:
        """Forget ``work`` if it waits to run (it has nothing left to do): no busy/idle for it."""
        self._deferred.pop(work, None)

    def _retry(self, work: Callable[[], None]) -> None:
        entry = self._deferred.get(work)
        if entry is None:
            return  # it ran meanwhile, in a message's handler
        if entry[0] < MAX_DEFERRALS and self.input_waiting():
            entry[0] += 1
            self._kernel.io_loop.call_later(RETRY_DELAY, self._retry, work)
            return
        del self._deferred[work]
        self.run_deferred(work, entry[1])

    def run_deferred(self, work: Callable[[], None], parent: dict[str, Any] | None = None) -> None:
        """Run ``work`` now, from the event loop, as ipykernel runs a message's handler.

        The front end sees status ``busy`` while it runs and ``idle`` after, parented by
        ``parent`` (so its indicator and interrupt button are right); SIGINT raises
        ``KeyboardInterrupt`` in the app's user code (held in rerunner's own, see
        ``runtime.interrupts``) where the event loop would ignore it; and whatever the work
        raises, ``SystemExit`` and ``KeyboardInterrupt`` included, is logged, never let into the
        event loop (which would end the kernel). The entry point for any work the kernel runs
        on its own: deferred reruns, and later timers.
        """
        kernel = self._kernel
        if parent is None:
            parent = _shell_parent(kernel)
        publish = getattr(kernel, "_publish_status", None)
        if publish is not None:
            publish("busy", "shell", parent=parent)
        try:
            with interrupts.guarded(enable=True):
                work()
        except KeyboardInterrupt:
            log.info("rerunner: a deferred run was interrupted")
        except SystemExit:
            log.warning("rerunner: SystemExit in a deferred run, ignored")
        except Exception:
            log.exception("rerunner: a deferred run failed")
        finally:
            for stream in (sys.stdout, sys.stderr):
                if stream is not None:
                    stream.flush()
            if publish is not None:
                publish("idle", "shell", parent=parent)

    def every(self, seconds: float, work: Callable[[], None]) -> Callable[[], None]:
        """Run ``work`` every ``seconds`` from the kernel's event loop, the way a cell runs
        (``run_deferred``: busy/idle, interruptible), until the returned function is called.

        The next period starts when a run ends, so a slow ``work`` never has runs piling up
        behind it; at the end of a period with input waiting, the input goes first (``defer``).
        These are the ticks of fragments with ``run_every``; they run on the event loop, not in
        a thread, like everything else the kernel runs.
        """
        loop = getattr(self._kernel, "io_loop", None)
        if loop is None:
            return lambda: None
        timer: dict[str, Any] = {"live": True, "handle": None}

        def run() -> None:
            try:
                if timer["live"]:
                    work()
            finally:
                if timer["live"]:
                    timer["handle"] = loop.call_later(seconds, fire)

        def fire() -> None:
            timer["handle"] = None
            if not timer["live"]:
                return
            if self.input_waiting():
                self.defer(run)
            else:
                self.run_deferred(run, _shell_parent(self._kernel))

        def cancel() -> None:
            timer["live"] = False
            handle, timer["handle"] = timer["handle"], None
            if handle is not None:
                loop.remove_timeout(handle)

        timer["handle"] = loop.call_later(seconds, fire)
        return cancel

    def later(self, seconds: float, work: Callable[[], None]) -> Callable[[], None]:
        """Run ``work`` once, ``seconds`` from now, from the event loop, the way a cell runs
        (after any input waiting then); the returned function cancels it. The paced display's
        next batch when no front end reports (``render/pacing.py``)."""
        loop = getattr(self._kernel, "io_loop", None)
        if loop is None:
            return lambda: None
        state: dict[str, Any] = {"live": True}
        parent = _shell_parent(self._kernel)  # the message whose handling asked: its cell

        def fire() -> None:
            if not state["live"]:
                return
            state["live"] = False
            if self.input_waiting():
                self.defer(work, parent)
            else:
                self.run_deferred(work, parent)

        handle = loop.call_later(seconds, fire)

        def cancel() -> None:
            if state["live"]:
                state["live"] = False
                loop.remove_timeout(handle)
                self.cancel(work)

        return cancel

    def newer_input(self) -> bool:
        """Asked at the st calls of a running body: has input arrived that makes it stale?"""
        now = time.perf_counter()
        if now < self._next_look:
            return False
        self._next_look = now + LOOK_INTERVAL
        # the kernel's loop is set aside while the body runs (runtime/aio): put it back for
        # the look only, not at every st call that finds it is not time to look yet
        return aio.with_kernel_loop(self.input_waiting)

    def input_waiting(self) -> bool:
        """Whether shell messages are queued behind the one being handled."""
        kernel = self._kernel
        lock = getattr(kernel, "_main_asyncio_lock", None)
        waiters = getattr(lock, "_waiters", None)
        if waiters and any(not fut.done() for fut in waiters):
            return True
        if _unstarted_tasks():
            return True  # messages read from the socket whose handlers have not begun
        for stream in self._shell_streams():
            if _pending_in(stream):
                return True
        return False

    def _shell_streams(self) -> list[Any]:
        kernel = self._kernel
        thread = getattr(kernel, "shell_channel_thread", None)
        if thread is not None:  # ipykernel 7: messages reach the main thread through a pair
            pair = getattr(getattr(thread, "manager", None), "_shell_channel_to_main", None)
            stream = getattr(pair, "to_stream", None)
        else:
            stream = getattr(kernel, "shell_stream", None)
        return (
            [stream] if stream is not None and getattr(stream, "socket", None) is not None else []
        )


def _shell_parent(kernel: Any) -> dict[str, Any] | None:
    try:
        return kernel.get_parent("shell")
    except TypeError:  # older ipykernel: get_parent() without a channel
        return kernel.get_parent()
    except AttributeError:
        return None


def _pending_in(stream: Any) -> bool:
    """Whether a ZMQStream's socket holds unread messages, without starving the stream.

    Reading a zmq socket's EVENTS consumes the edge its file descriptor would have signalled,
    so the stream must be re-armed afterwards or it would never read those messages (the
    kernel would sit idle with input waiting).
    """
    try:
        pending = bool(stream.socket.getsockopt(zmq.EVENTS) & zmq.POLLIN)
    except zmq.ZMQError:
        return False
    finally:
        rearm = getattr(stream, "_rebuild_io_state", None)
        if rearm is not None:
            rearm()
        else:  # pragma: no cover - other pyzmq versions
            stream.io_loop.add_callback(stream._handle_events, stream.socket, 0)
    return pending


def _unstarted_tasks() -> bool:
    try:
        tasks = asyncio.all_tasks()
    except RuntimeError:  # no running loop
        return False
    for task in tasks:
        coro = task.get_coro()
        if inspect.iscoroutine(coro) and inspect.getcoroutinestate(coro) == inspect.CORO_CREATED:
            return True
    return False
