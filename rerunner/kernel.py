"""When to apply widget events in an ipykernel: not while more input is already waiting.

A slider dragged across its range, or five changes made while a 2-second body ran, arrive as a
queue of comm messages. Applying each one as it is handled would cost a rerun per message.
Instead, an event whose handler sees more shell input waiting only queues its value; the last
message of the burst (the one that finds no input waiting) applies them all in one rerun.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import zmq


class KernelScheduler:
    """Runs a flush now if the kernel has no more input waiting, else soon after it has."""

    def __init__(self, kernel: Any) -> None:
        self._kernel = kernel
        self._deferred: set[Callable[[], None]] = set()

    def schedule(self, flush: Callable[[], None]) -> None:
        if not self.input_waiting():
            flush()
            return
        if flush in self._deferred:
            return
        self._deferred.add(flush)
        loop = getattr(self._kernel, "io_loop", None)
        if loop is None:  # no event loop to come back on: do not lose the event
            self._deferred.discard(flush)
            flush()
            return
        loop.call_later(0, self._retry, flush)

    def _retry(self, flush: Callable[[], None]) -> None:
        self._deferred.discard(flush)
        self.schedule(flush)

    def input_waiting(self) -> bool:
        """Whether shell messages are queued behind the one being handled."""
        kernel = self._kernel
        lock = getattr(kernel, "_main_asyncio_lock", None)
        waiters = getattr(lock, "_waiters", None)
        if waiters and any(not fut.done() for fut in waiters):
            return True
        for socket in self._shell_sockets():
            try:
                if socket.getsockopt(zmq.EVENTS) & zmq.POLLIN:
                    return True
            except zmq.ZMQError:
                continue
        return False

    def _shell_sockets(self) -> list[Any]:
        kernel = self._kernel
        sockets = []
        thread = getattr(kernel, "shell_channel_thread", None)
        if thread is not None:  # ipykernel 7: messages reach the main thread through a pair
            pair = getattr(getattr(thread, "manager", None), "_shell_channel_to_main", None)
            if pair is not None and getattr(pair, "to_socket", None) is not None:
                sockets.append(pair.to_socket)
        else:
            stream = getattr(kernel, "shell_stream", None)
            if stream is not None and getattr(stream, "socket", None) is not None:
                sockets.append(stream.socket)
        return sockets
