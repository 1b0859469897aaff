"""Async code in a body: ``asyncio.run()`` works, and so does a top-level ``await``.

A kernel runs its own asyncio loop, and a run happens inside one of that loop's callbacks, so
a body would find a running loop: ``asyncio.run()`` refuses to start ("cannot be called from a
running event loop") and so does any other loop. While user code of a run executes (callbacks
and body), the kernel's loop is set aside: the thread has no running loop, as a Streamlit
script's thread has none. The kernel's loop is stopped in the middle of a callback anyway (a
run blocks it until the body ends), so nothing of the kernel's waits on it meanwhile; it is
put back when the run's user code ends, as the thread's event loop too (``asyncio.run()``
leaves the thread without one).

A body with a top-level ``await`` (or ``async for``/``async with``) is compiled as a
coroutine, as IPython compiles such a cell, and run to its end with ``asyncio.run``: each run
gets a fresh loop, closed when the body ends. Tasks the body leaves unfinished are cancelled
then, as ``asyncio.run`` does.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Coroutine, Iterator
from contextlib import contextmanager
from typing import Any, TypeVar

T = TypeVar("T")

#: The kernel's loops set aside by the runs in progress (innermost last).
_ASIDE: list[asyncio.AbstractEventLoop] = []


@contextmanager
def loop_set_aside() -> Iterator[None]:
    """While user code runs: no running loop in this thread (the kernel's is put back after)."""
    loop = asyncio._get_running_loop()
    if loop is None:
        yield
        return
    asyncio._set_running_loop(None)
    _ASIDE.append(loop)
    try:
        yield
    finally:
        _ASIDE.pop()
        asyncio._set_running_loop(loop)
        asyncio.set_event_loop(loop)


def with_kernel_loop(look: Callable[[], T]) -> T:
    """``look()`` with the kernel's loop running again for a moment: for rerunner's own look
    at the kernel in the middle of a run (is newer input waiting?), which inspects the tasks
    of that loop. Called at st calls, so kept cheap."""
    if not _ASIDE:
        return look()
    current = asyncio._get_running_loop()
    asyncio._set_running_loop(_ASIDE[-1])
    try:
        return look()
    finally:
        asyncio._set_running_loop(current)


def run(coroutine: Coroutine[Any, Any, Any]) -> Any:
    """Run a body compiled with top-level ``await`` to its end, on a loop of its own."""
    with loop_set_aside():  # already aside inside a run; this is for a body run outside one
        return asyncio.run(coroutine)
