"""Route ``print()`` and ``display()`` inside a run to the run's element tree.

Output then lands in the app, at the place of the call, whichever cell the kernel is running
when a widget event reruns the body (Streamlit's "output belongs to its app").
"""

from __future__ import annotations

import io
import sys
from collections.abc import Callable
from typing import Any

from .runtime.context import RunContext, current_run

#: Tests set this to a function called with the name of each point where the capture is being
#: entered or left ("enter", "enter:stdout", ...), to inject an interrupt exactly there.
test_hook: Callable[[str], None] | None = None


def _point(name: str) -> None:
    if test_hook is not None:
        test_hook(name)


def _here(ctx: RunContext) -> RunContext:
    """Where output goes from the calling thread: a ``parallel`` fragment's thread has a run
    context of its own (a copy sharing the run's tree), so its output lands in the fragment as
    its elements do; any other thread writes into the run."""
    running = current_run()
    if running is not None and running is not ctx and running.root is ctx.root:
        return running
    return ctx


class _Stream(io.TextIOBase):
    def __init__(self, ctx: RunContext, name: str, original: Any) -> None:
        self._ctx = ctx
        self._name = name
        self._original = original
        self.active = True  # False once its run is over: writes then go where they went before

    def writable(self) -> bool:
        return True

    def write(self, text: str) -> int:
        if not self.active:  # kept by the body (a logging handler, a thread): not lost
            return self._original.write(text)
        if text:
            _here(self._ctx).write_stream(self._name, text)
        return len(text)

    def flush(self) -> None:
        pass

    @property
    def encoding(self) -> str:  # type: ignore[override]
        return "utf-8"

    def isatty(self) -> bool:
        return False


class _Publisher:
    """Stands in for IPython's display publisher while a run is in progress."""

    def __init__(self, ctx: RunContext, original: Any) -> None:
        self._ctx = ctx
        self._original = original
        self.active = True

    def publish(
        self,
        data: dict[str, Any],
        metadata: dict[str, Any] | None = None,
        *args: Any,
        **kwargs: Any,
    ) -> None:
        if not self.active:
            self._original.publish(data, metadata, *args, **kwargs)
            return
        _here(self._ctx).write_display(dict(data), dict(metadata or {}))

    def clear_output(self, wait: bool = False) -> None:
        if not self.active:
            self._original.clear_output(wait)
            return
        target = _here(self._ctx).target
        if target.children:
            target.children[:] = [c for c in target.children if c.kind not in ("stream", "display")]

    def __getattr__(self, name: str) -> Any:
        return getattr(self._original, name)


class OutputCapture:
    """Context manager: while active, stdout and IPython displays go into ``ctx``.

    Entering and leaving survive an exception (a ``KeyboardInterrupt``) at any point: a failed
    entry undoes what it did, and leaving puts each original back in its own ``finally``. The
    app also holds SIGINT while they run (``runtime.interrupts``); this is the second line.
    """

    def __init__(self, ctx: RunContext) -> None:
        self._ctx = ctx
        self._saved: tuple[Any, Any, Any] | None = None
        self._stream: _Stream | None = None
        self._publisher: _Publisher | None = None

    def __enter__(self) -> OutputCapture:
        self._figures = _pyplot_figures()
        shell = _shell()
        publisher = getattr(shell, "display_pub", None) if shell is not None else None
        stdout = sys.stdout
        while isinstance(stdout, _Stream) and not stdout.active:  # left behind: see through it
            stdout = stdout._original
        while isinstance(publisher, _Publisher) and not publisher.active:
            publisher = publisher._original
        self._saved = (stdout, shell, publisher)
        try:
            _point("enter")
            self._stream = sys.stdout = _Stream(self._ctx, "stdout", stdout)
            _point("enter:stdout")
            if shell is not None:
                self._publisher = shell.display_pub = _Publisher(self._ctx, publisher)
            _point("enter:display_pub")
        except BaseException:
            self._restore()
            raise
        return self

    def __exit__(self, *exc: Any) -> None:
        self._restore()

    def _restore(self) -> None:
        assert self._saved is not None
        stdout, shell, publisher = self._saved
        try:
            _point("exit")
        finally:
            try:
                sys.stdout = stdout
                _point("exit:stdout")
            finally:
                try:
                    if shell is not None:
                        shell.display_pub = publisher
                    _point("exit:display_pub")
                finally:
                    for stand_in in (self._stream, self._publisher):
                        if stand_in is not None:
                            stand_in.active = False
                    _close_new_figures(self._figures)


#: The points where ``test_hook`` is called, in the order a run passes them.
POINTS = ("enter", "enter:stdout", "enter:display_pub", "exit", "exit:stdout", "exit:display_pub")


def _pyplot_figures() -> set[int]:
    pyplot = sys.modules.get("matplotlib.pyplot")
    return set(pyplot.get_fignums()) if pyplot is not None else set()


def _close_new_figures(before: set[int]) -> None:
    """Close the pyplot figures the run opened: shown or not, they belong to the app, so
    they must neither pile up over reruns nor be shown under another cell by the inline
    backend (st.pyplot has already drawn the ones it was given)."""
    pyplot = sys.modules.get("matplotlib.pyplot")
    if pyplot is None:
        return
    for number in set(pyplot.get_fignums()) - before:
        pyplot.close(number)


def _shell() -> Any:
    try:
        from IPython.core.interactiveshell import InteractiveShell
    except ImportError:  # pragma: no cover
        return None
    return InteractiveShell.instance() if InteractiveShell.initialized() else None
