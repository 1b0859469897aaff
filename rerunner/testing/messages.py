"""Count the widget messages a run sends, by wrapping the comms ipywidgets opens.

ipywidgets opens a comm for every model through ``comm.create_comm``. While an AppTest runs,
that factory is wrapped: the comm it returns is the usual one (in a plain Python process a
``DummyComm`` that sends nothing, in a kernel the kernel's own), but every message it
publishes is also recorded. The record says what a browser would have received.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

import comm

_PATCH_LOCK = threading.Lock()


@dataclass(frozen=True)
class WidgetMessage:
    """One message from the kernel to the front end about one widget model.

    ``kind`` is ``"open"`` (a new model), ``"update"`` (changed traits), ``"close"``, or the
    method of another comm message; ``model`` is the ipywidgets model name (``"IntSliderModel"``);
    ``keys`` are the traits the message carries, sorted.
    """

    kind: str
    model: str
    keys: tuple[str, ...] = ()


class MessageRecorder:
    """Collects the ``WidgetMessage``s of the comms created while ``recording()`` is active."""

    def __init__(self) -> None:
        self.messages: list[WidgetMessage] = []

    def clear(self) -> None:
        self.messages = []

    @contextmanager
    def recording(self) -> Iterator[MessageRecorder]:
        """Wrap ``comm.create_comm`` so that new comms report to this recorder."""
        with _PATCH_LOCK:
            original = comm.create_comm
            comm.create_comm = self._factory(original)
        try:
            yield self
        finally:
            with _PATCH_LOCK:
                comm.create_comm = original

    def _factory(self, original: Any) -> Any:
        recorder = self

        def create_comm(*args: Any, **kwargs: Any) -> Any:
            state = (kwargs.get("data") or {}).get("state") or {}
            model = str(state.get("_model_name", "?"))
            created = original(*args, **kwargs)
            if kwargs.get("primary", True):
                # The constructor has already published comm_open, before we could wrap it.
                recorder.messages.append(WidgetMessage("open", model, tuple(sorted(state))))
            publish = created.publish_msg

            def publish_msg(msg_type: str, data: Any = None, *rest: Any, **keys: Any) -> Any:
                recorder.messages.append(_describe(msg_type, model, data))
                return publish(msg_type, data, *rest, **keys)

            created.publish_msg = publish_msg
            return created

        return create_comm


def _describe(msg_type: str, model: str, data: Any) -> WidgetMessage:
    data = data if isinstance(data, dict) else {}
    if msg_type == "comm_close":
        return WidgetMessage("close", model)
    if msg_type == "comm_open":
        return WidgetMessage("open", model, tuple(sorted(data.get("state") or {})))
    method = str(data.get("method", msg_type))
    return WidgetMessage(method, model, tuple(sorted(data.get("state") or {})))
