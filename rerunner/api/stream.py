"""``st.write_stream``: write a stream's chunks as they come, its text growing on the page.

Strings are joined, each run of them into one Markdown element (held in an ``st.empty`` that
every chunk refills, as in Streamlit); any other chunk is written with ``st.write``, and a
callable one is called. OpenAI and LangChain chunk objects are read for their text. An async
generator runs in a thread with an event loop of its own: the kernel's loop is busy running the
body, so it cannot drive one.

The page shows the text while the body runs (``RunContext.show_live``): the first chunk at once,
then at most once per ``App.live_interval``, so that a fast generator does not flood the comm
channel. A chunk held back is shown by a helper thread as soon as the interval allows, even if
the generator then stalls (the page never lags behind a waiting stream), and the whole text is
shown when the stream ends. The helper draws only while the body waits inside the generator: a
lock keeps it out while the body changes the page, and it has stopped before ``write_stream``
returns, an interrupt included.
"""

from __future__ import annotations

import asyncio
import contextvars
import inspect
import re
import threading
from collections.abc import AsyncGenerator, Iterator
from typing import Any

from ..errors import StreamlitAPIException, StreamlitInvalidParameterTypeError
from ..runtime.context import RunContext, require_run
from .frames import is_dataframe_like
from .layout import empty
from .lib import Block, st_function
from .write import StreamingOutput, write

_OPENAI_CHUNK = re.compile(r"^openai\..+\.ChatCompletionChunk$")
_OPENAI_EVENT = re.compile(r"^openai\..+\.Response.+Event$")
_OPENAI_TEXT_EVENTS = frozenset({"response.output_text.delta", "response.refusal.delta"})
_LANGCHAIN_CHUNK = "langchain_core.messages.ai.AIMessageChunk"
_PARSE_FAILED = (
    "Failed to parse the {what}. The most likely cause is a change of the {part} structure due to "
    "a recent {library} update. You might be able to fix this by downgrading the {library} "
    "library or upgrading Streamlit. Also, please report this issue to: "
    "https://github.com/streamlit/streamlit/issues."
)


def text_of(chunk: Any) -> Any:
    """The text an LLM library's chunk carries (read by type name, nothing is imported); any
    other chunk as it is."""
    name = f"{type(chunk).__module__}.{type(chunk).__qualname__}"
    try:
        if _OPENAI_CHUNK.match(name):
            what = ("OpenAI ChatCompletionChunk", "chunk object", "OpenAI")
            if len(chunk.choices) == 0 or chunk.choices[0].delta is None:
                return ""  # Azure's first chunk has no choices
            return chunk.choices[0].delta.content or ""
        if _OPENAI_EVENT.match(name):
            what = ("OpenAI Response stream event", "event object", "OpenAI")
            return (chunk.delta or "") if chunk.type in _OPENAI_TEXT_EVENTS else ""
        if name == _LANGCHAIN_CHUNK:
            what = ("LangChain AIMessageChunk", "chunk object", "LangChain")
            return chunk.content or ""
    except AttributeError as err:
        raise StreamlitAPIException(
            _PARSE_FAILED.format(what=what[0], part=what[1], library=what[2])
        ) from err
    return chunk


async def _next(agen: AsyncGenerator[Any, Any]) -> Any:
    return await agen.__anext__()


def from_async(agen: AsyncGenerator[Any, Any]) -> Iterator[Any]:
    """Iterate an async generator from this thread: it runs in a thread with its own loop (and
    this run's context, so st calls inside it find the run)."""
    loop = asyncio.new_event_loop()
    thread = threading.Thread(
        target=contextvars.copy_context().run, args=(loop.run_forever,),
        name="rerunner-async-stream", daemon=True,
    )  # fmt: skip
    thread.start()
    pending = None
    try:
        while True:
            pending = asyncio.run_coroutine_threadsafe(_next(agen), loop)
            try:
                item = pending.result()
            except StopAsyncIteration:
                return
            pending = None
            yield item
    finally:  # stopped early (an interrupt, an error): cancel what runs, close the generator
        if pending is not None:
            pending.cancel()
        try:
            asyncio.run_coroutine_threadsafe(agen.aclose(), loop).result(timeout=5)
        except BaseException:  # noqa: BLE001 - closing is best effort; the cause is raised
            pass
        loop.call_soon_threadsafe(loop.stop)
        thread.join(timeout=5)
        if not thread.is_alive():
            loop.close()


class _Pacer:
    """Shows the page mid-run as the stream grows: at once when the App allows, else later, from
    a helper thread that draws only while ``lock`` is free (the body waiting in the generator)."""

    #: Seconds between two asks of the helper while the App still holds an update back.
    POLL = 0.02

    def __init__(self, ctx: RunContext) -> None:
        self._ctx = ctx
        self.lock = threading.Lock()
        self._shown = False
        self._held = False  # a change the App held back, not on the page yet
        self._wake = threading.Event()
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None

    def show(self, force: bool = False) -> None:
        """The page changed (the caller holds ``lock``): show it, or have the helper show it."""
        if self._ctx.show_live(force=force or not self._shown):
            self._shown, self._held = True, False
            return
        self._held = True
        if self._thread is None:
            self._thread = threading.Thread(
                target=contextvars.copy_context().run, args=(self._work,),
                name="rerunner-stream", daemon=True,
            )  # fmt: skip
            self._thread.start()
        self._wake.set()

    def _work(self) -> None:
        while True:
            self._wake.wait()
            if self._stop.wait(self.POLL):
                return
            with self.lock:
                if self._stop.is_set():
                    return
                if self._held and self._ctx.show_live():
                    self._held = False
                if not self._held:
                    self._wake.clear()

    def close(self) -> None:
        """Stop the helper (``lock`` released); once this returns it draws nothing more."""
        self._stop.set()
        self._wake.set()
        interrupted: BaseException | None = None
        while self._thread is not None and self._thread.is_alive():
            try:
                self._thread.join()
            except BaseException as exc:  # an interrupt: the helper must be gone all the same
                interrupted = exc
        if interrupted is not None:
            raise interrupted


_END = object()


class _Writer:
    """One ``write_stream``: where it writes, the text of the current run of strings, and what
    it has written so far (its return value)."""

    def __init__(self, ctx: RunContext, target: Any, cursor: str) -> None:
        self._ctx = ctx
        self._target = target
        self._cursor = cursor
        self._slot: Block | None = None
        self._text = ""
        self.written: list[Any] = StreamingOutput()
        self.pacer = _Pacer(ctx)

    def run(self, chunks: Iterator[Any]) -> None:
        lock = self.pacer.lock
        lock.acquire()
        try:
            while True:
                lock.release()  # the helper may draw while the generator works or waits
                try:
                    chunk = next(chunks, _END)
                finally:
                    lock.acquire()
                if chunk is _END:
                    break
                self._take(text_of(chunk))
                if self._ctx.checkpoint is not None:  # a chunk is an st call: a stop lands here
                    self._ctx.checkpoint()
            if self.written or self._text:
                self._flush()
                self.pacer.show(force=True)  # the whole text, whatever the throttle says
        finally:
            lock.release()
            self.pacer.close()

    def _take(self, chunk: Any) -> None:
        if isinstance(chunk, str):
            if not chunk:
                return
            first = self._slot is None
            if first:
                with self._ctx.inside(self._target):
                    self._slot = empty()
            self._text += chunk
            # The cursor follows the text from its second chunk on, as in Streamlit.
            self._slot.markdown(self._text if first else self._text + self._cursor)
        else:
            self._flush()
            with self._ctx.inside(self._target):
                if callable(chunk):
                    chunk()
                else:
                    write(chunk)
                    self.written.append(chunk)
        self.pacer.show()

    def _flush(self) -> None:
        """The run of strings is over: its element shows the text without the cursor."""
        if self._slot is not None and self._text:
            self._slot.markdown(self._text)
            self.written.append(self._text)
        self._slot, self._text = None, ""


@st_function
def write_stream(stream: Any, *, cursor: str | None = None) -> list[Any] | str:
    """Write a generator, iterable or LLM stream to the app as it comes.

    Strings are written as Markdown, the text growing as the chunks arrive (consecutive strings
    make one Markdown element); any other chunk is written with ``st.write``, and a callable
    chunk is called. OpenAI streams (the Chat Completions and the Responses APIs) and LangChain
    streams are read for their text. In rerunner the page shows the text while the body runs:
    the first chunk at once, then about ten times a second, and the whole text when the stream
    ends.

    Parameters
    ----------
    stream : Callable, Generator, Iterable, OpenAI Stream, or LangChain Stream
        What to write: a generator or a generator function (called with no arguments), an async
        generator or async generator function, any other iterable, or a stream of OpenAI or
        LangChain chunks. For other LLM libraries, wrap the stream in a generator that yields its
        text.
    cursor : str or None
        A string shown after the text while it is still being written, such as ``"▌"`` or an
        emoji; it is rendered as Markdown. ``None`` (default) shows no cursor.

    Returns
    -------
    str or list
        The whole response: a string when the stream held only text (``""`` for an empty
        stream), else a list of what was written (each run of strings joined into one string),
        which ``st.write`` shows again.

    Example
    -------
    >>> import time
    >>> import streamlit as st
    >>> def reply():
    ...     for word in "Photosynthesis turns light into chemical energy.".split():
    ...         yield word + " "
    ...         time.sleep(0.05)
    >>> with st.chat_message("assistant"):
    ...     text = st.write_stream(reply)
    >>> st.caption(f"{len(text.split())} words")
    """
    if isinstance(stream, str) or is_dataframe_like(stream):
        raise StreamlitInvalidParameterTypeError(
            "Invalid `stream` type. Expected one of: generator, stream-like object. Provided "
            f"type: {type(stream).__name__}. Please use `st.write` instead for this data type."
        )
    if inspect.isgeneratorfunction(stream) or inspect.isasyncgenfunction(stream):
        stream = stream()
    bridge = None
    if inspect.isasyncgen(stream):
        stream = bridge = from_async(stream)
    try:
        chunks = iter(stream)
    except TypeError as exc:
        raise StreamlitAPIException(
            f"The provided input (type: {type(stream)}) cannot be iterated. Please make sure that "
            "it is a generator, generator function or iterable."
        ) from exc
    ctx = require_run("write_stream")
    writer = _Writer(ctx, ctx.target, cursor or "")
    try:
        writer.run(chunks)
    finally:
        if bridge is not None:
            bridge.close()  # stopped early: its thread and loop end now, not when collected
    written = writer.written
    if not written:
        return ""
    if len(written) == 1 and isinstance(written[0], str):
        return written[0]
    return written
