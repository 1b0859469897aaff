"""Recipes for ``chat_message`` and ``chat_input``.

A message is an avatar beside a column of content. A chat input is an attach button (when it
takes files: ipywidgets' ``FileUpload``, or the folder picker of ``render/devices.py`` for a
folder), a text field, a microphone button (when it takes voice messages: the recorder of
``render/devices.py``, whose recording, once stopped, sends the message at once with whatever
was typed and attached, as Streamlit's does) and a send button. What the visitor types and attaches stays in the
browser's widgets (``initial``) until Enter or the send button: the handler then reads both
widgets (through ``V.ref``), checks the files against the widget's rules, clears the field and
sends the message as one value. A refused file leaves the message in place with a note saying
why, so nothing typed is lost.

The field commits its text on Enter (or when it loses focus), not per keystroke: typed text sent
key by key is held back by the browser while a message is unanswered, so Enter could overtake
the last keys. On Enter the browser sends the submit first and the text right after it, so Enter
only arms the field and the text that follows is the message; if no text follows (it was
committed already, when the field lost focus), the armed field sends what it holds once
``ENTER_WAIT`` has passed; holding nothing, it waits ``ENTER_GRACE`` more for text that a busy
browser or kernel brings late. The send button needs no wait: clicking it takes the focus from the
field, whose text therefore arrives before the click.
"""

from __future__ import annotations

import asyncio
import weakref
from typing import Any

import ipywidgets as w

from .. import stops
from ..elements import Element
from ..schema import ChatInputProps, ChatMessageProps
from ..uploads import accept_attribute, refusal
from .devices import FolderPicker, Recorder
from .lib import Emit, children, recipe, sized_layout, width_layout
from .markdown import escape
from .vdom import Live, V

# Drawn, not taken from an icon font (there is none offline): a head and shoulders, a robot.
_USER = (
    '<svg viewBox="0 0 24 24" width="20" height="20" aria-hidden="true"><circle cx="12" cy="8" '
    'r="4" fill="currentColor"/><path d="M4 21c0-4.4 3.6-7 8-7s8 2.6 8 7z" fill="currentColor"/>'
    "</svg>"
)
_ASSISTANT = (
    '<svg viewBox="0 0 24 24" width="20" height="20" aria-hidden="true"><rect x="4" y="7" '
    'width="16" height="12" rx="3" fill="currentColor"/><circle cx="9" cy="13" r="1.6" '
    'fill="#fff"/><circle cx="15" cy="13" r="1.6" fill="#fff"/><rect x="11" y="3" width="2" '
    'height="4" fill="currentColor"/></svg>'
)


def _avatar(p: ChatMessageProps) -> V:
    label = escape(p.name)
    if p.avatar_type == "image":
        value = p.avatar.encode() if p.image_format == "url" else p.image
        return V(w.Image, {"value": value, "format": p.image_format, "_dom_classes": (
            "rr-avatar", "rr-avatar-image")}, layout={"width": "2rem", "height": "2rem"})  # fmt: skip
    if p.avatar_type == "emoji":
        face, kind = escape(p.avatar), "emoji"
    elif p.avatar in ("user", "assistant"):
        face, kind = (_USER if p.avatar == "user" else _ASSISTANT), p.avatar
    else:  # any other name: its first letter
        face, kind = escape(p.name[:1].upper()), "letter"
    html = f'<div class="rr-avatar rr-avatar-{kind}" role="img" aria-label="{label}">{face}</div>'
    return V(w.HTML, {"value": html, "_dom_classes": ("rr-avatar-box",)})


@recipe("chat_message")
def chat_message(el: Element, emit: Emit) -> V:
    p = el.props
    role = p.avatar if p.avatar_type == "icon" and p.avatar in ("user", "assistant") else "other"
    content = V(w.VBox, {"_dom_classes": ("rr-chat-content", "rr-block")},
                children=children(el, emit), layout={"flex": "1 1 auto", "min_width": "0"})  # fmt: skip
    return V(
        w.HBox,
        {"_dom_classes": ("rr-chat-message", f"rr-chat-{role}")},
        children=[_avatar(p), content],
        layout=sized_layout(p.width),
    )


#: Chat fields whose Enter waits for the text it sends, each with a token of that Enter (so
#: that the end of one Enter's wait leaves a later Enter's alone).
_ARMED: weakref.WeakKeyDictionary[w.Widget, object] = weakref.WeakKeyDictionary()

#: Seconds an Enter waits for text before it sends what the field holds. The text of an Enter
#: follows it at once (it left the browser right after it), so this only delays a message
#: committed earlier, when the field lost focus.
ENTER_WAIT = 0.15
#: Seconds more an Enter on a field that holds nothing waits for its text: a busy browser or
#: kernel can bring the text later than ``ENTER_WAIT``, and it is still that Enter's message
#: (an empty field has nothing to send meanwhile).
ENTER_GRACE = 2.0


def _height(p: ChatInputProps) -> dict[str, Any] | None:
    if p.height == "stretch":
        return {"height": "100%"}
    if isinstance(p.height, int) and not isinstance(p.height, bool):
        return {"height": f"{p.height}px"}
    return None


@recipe("chat_input")
def chat_input(el: Element, emit: Emit) -> V:
    p = el.props
    off = bool(p.disabled or p.busy)
    parts: dict[str, Live] = {}

    def keep(name: str) -> Any:
        return lambda live: parts.__setitem__(name, live)

    def keep_text(live: Live) -> None:
        parts["text"] = live
        if p.prefill is not None:  # text put in the field through session state, this run
            live.set(value=p.prefill)

    def holds_message() -> bool:
        text, files = parts.get("text"), parts.get("files")
        typed = text is not None and str(text.widget.value or "").strip()
        return bool(typed or (files is not None and files.widget.value))

    def send(audio: dict[str, Any] | None = None) -> None:
        text, files, note = parts.get("text"), parts.get("files"), parts.get("note")
        if text is None or note is None or text.widget.disabled:
            return
        message = str(text.widget.value or "")
        records = [dict(item) for item in files.widget.value] if files is not None else []
        if audio is None and not holds_message():
            return  # nothing to send, as in Streamlit
        checks = [(item, p.accept) for item in records]
        if audio is not None:  # a voice message: only the size is the chat input's to check
            checks.append((audio, None))
        for item, types in checks:
            problem = refusal(str(item.get("name", "")), str(item.get("type") or ""),
                              len(bytes(item.get("content", b""))), types=types,
                              max_bytes=p.max_mb * 1024 * 1024)  # fmt: skip
            if problem is not None:
                note.set(value=f'<span class="rr-chat-note" role="alert">{escape(problem)}</span>')
                return
        text.set(value="")
        if files is not None:
            files.set(value=())
        recorder = parts.get("audio")
        if recorder is not None and audio is not None:
            recorder.set(value=None)  # sent: the kernel keeps no copy in the widget
        note.set(value="")
        emit(el.id, {"text": message, "files": records, "audio": audio})

    def recorded(value: Any) -> None:
        if isinstance(value, dict):  # a recording ended: the voice message goes at once
            send(dict(value))

    def fire(field: w.Widget) -> None:
        if _ARMED.pop(field, None) is not None:
            send()

    def waited(field: w.Widget, token: object, loop: asyncio.AbstractEventLoop) -> None:
        if _ARMED.get(field) is not token:
            return  # sent already, or a later Enter waits now
        if holds_message():
            fire(field)
        else:  # the text may still be on its way
            loop.call_later(ENTER_GRACE, disarm, field, token)

    def disarm(field: w.Widget, token: object) -> None:
        if _ARMED.get(field) is token:
            del _ARMED[field]

    def enter() -> None:
        text = parts.get("text")
        if text is None:
            return
        token = _ARMED[text.widget] = object()
        try:
            loop = asyncio.get_running_loop()
        except RuntimeError:  # no event loop (AppTest, a plain process): the text is here
            fire(text.widget)
            return
        loop.call_later(ENTER_WAIT, waited, text.widget, token, loop)

    def typed(_value: str) -> None:
        text = parts.get("text")
        if text is not None:
            fire(text.widget)  # the text of an Enter: sent; else a draft, kept

    row = []
    if p.files == "directory":
        row.append(V(
            FolderPicker,
            {"accept": accept_attribute(p.accept), "compact": True, "disabled": off,
             "_dom_classes": ("rr-chat-attach", "rr-chat-folder")},
            initial={"value": []}, ref=keep("files"),
        ))  # fmt: skip
    elif p.files != "none":
        row.append(V(
            w.FileUpload,
            {"accept": accept_attribute(p.accept), "multiple": p.files == "many", "disabled": off,
             "description": "📎", "icon": "", "tooltip": f"Attach files (up to {p.max_mb} MB each)",
             "_dom_classes": ("rr-chat-attach",)},
            initial={"value": ()}, ref=keep("files"),
        ))  # fmt: skip
    row.append(V(
        w.Text,
        {"placeholder": p.placeholder, "disabled": off, "continuous_update": False,
         "_dom_classes": ("rr-chat-field",)},
        initial={"value": ""}, on={"submit": enter, "value": typed}, ref=keep_text,
        layout={"flex": "1 1 auto", "width": "auto", **(_height(p) or {})},
    ))  # fmt: skip
    if p.audio:
        row.append(V(
            Recorder,
            {"sample_rate": p.sample_rate or 0, "compact": True, "disabled": off, "committed": "",
             "_dom_classes": ("rr-chat-mic",)},
            initial={"value": None}, on={"value": recorded}, ref=keep("audio"),
        ))  # fmt: skip
    if p.busy and p.stoppable:  # the run its message caused goes on: the button stops it
        watched = _clicks_watchable()
        button = {"description": "■", "tooltip": "Stop", "disabled": bool(p.disabled) or not watched,
                  "_dom_classes": ("rr-chat-send", "rr-chat-stop")}  # fmt: skip
    else:
        button = {"description": "➤", "tooltip": "Send", "disabled": off,
                  "_dom_classes": ("rr-chat-send",)}  # fmt: skip
    # The click that stops a run is handled only after that run: by then the description is
    # the idle one again, and its send finds nothing to send. What stops the run is the
    # watcher, which sees the click arrive (stops.py).
    row.append(V(w.Button, button, on={"click": send},
                 ref=(lambda live: _watch_stop(live.widget, el.id or "")) if p.stoppable else None))  # fmt: skip
    note = V(w.HTML, {"value": "", "_dom_classes": ("rr-chat-notes",)}, ref=keep("note"))
    line = V(w.HBox, {"_dom_classes": ("rr-chat-row",)}, children=row, layout={"width": "100%"})
    return V(
        w.VBox,
        {"_dom_classes": ("rr-chat-input",) + (("rr-busy",) if p.busy else ())},
        children=[line, note],
        key=el.id,
        layout=width_layout(p) or {"width": "100%"},
    )


# --- the stop button (submit_mode="stop") ---------------------------------------------------


def _clicks_watchable() -> bool:
    """Whether a click can be seen while the main thread runs a body: ipykernel 7.4's shell
    channel thread reads every shell message as it arrives and asks the comm it is for where to
    route it (``BaseComm._reply_subshell_for``), which is where ``_watch_stop`` listens."""
    try:
        from ipykernel.comm.comm import BaseComm
        from ipykernel.kernelbase import Kernel
    except ImportError:
        return False
    if not hasattr(BaseComm, "_reply_subshell_for") or not Kernel.initialized():
        return False
    return getattr(Kernel.instance(), "shell_channel_thread", None) is not None


def _is_click(data: Any) -> bool:
    content = data.get("content") if isinstance(data, dict) else None
    return (
        data.get("method") == "custom"
        and isinstance(content, dict)
        and content.get("event") == "click"
    )


def _watch_stop(button: w.Widget, widget_id: str) -> None:
    """Record a click on ``button`` as a stop request the moment the shell channel thread reads
    it, before the main thread (busy with the run) handles it; the message goes on as usual."""
    comm = getattr(button, "comm", None)
    route = getattr(comm, "_reply_subshell_for", None)
    if route is None or getattr(route, "rr_stop_for", None) == widget_id:
        return
    original = getattr(route, "rr_original", route)

    def routed(data: Any, default: Any) -> Any:
        if _is_click(data):
            stops.request(widget_id)
        return original(data, default)

    routed.rr_stop_for = widget_id  # type: ignore[attr-defined]
    routed.rr_original = original  # type: ignore[attr-defined]
    comm._reply_subshell_for = routed
