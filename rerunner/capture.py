"""Route ``print()`` and ``display()`` inside a run to the run's element tree.

Output then lands in the app, at the place of the call, whichever cell the kernel is running
when a widget event reruns the body (Streamlit's "output belongs to its app").
"""

from __future__ import annotations

import io
import sys
from typing import Any

from .runtime.context import RunContext


class _Stream(io.TextIOBase):
    def __init__(self, ctx: RunContext, name: str, original: Any) -> None:
        self._ctx = ctx
        self._name = name
        self._original = original

    def writable(self) -> bool:
        return True

    def write(self, text: str) -> int:
        if text:
            self._ctx.write_stream(self._name, text)
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

    def publish(
        self,
        data: dict[str, Any],
        metadata: dict[str, Any] | None = None,
        *args: Any,
        **kwargs: Any,
    ) -> None:
        self._ctx.write_display(dict(data), dict(metadata or {}))

    def clear_output(self, wait: bool = False) -> None:
        target = self._ctx.target
        if target.children:
            target.children[:] = [c for c in target.children if c.kind not in ("stream", "display")]

    def __getattr__(self, name: str) -> Any:
        return getattr(self._original, name)


class OutputCapture:
    """Context manager: while active, stdout and IPython displays go into ``ctx``."""

    def __init__(self, ctx: RunContext) -> None:
        self._ctx = ctx
        self._saved: tuple[Any, Any, Any] | None = None

    def __enter__(self) -> OutputCapture:
        self._figures = _pyplot_figures()
        shell = _shell()
        publisher = getattr(shell, "display_pub", None) if shell is not None else None
        self._saved = (sys.stdout, shell, publisher)
        sys.stdout = _Stream(self._ctx, "stdout", sys.stdout)
        if shell is not None:
            shell.display_pub = _Publisher(self._ctx, publisher)
        return self

    def __exit__(self, *exc: Any) -> None:
        assert self._saved is not None
        stdout, shell, publisher = self._saved
        sys.stdout = stdout
        if shell is not None:
            shell.display_pub = publisher
        _close_new_figures(self._figures)


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
