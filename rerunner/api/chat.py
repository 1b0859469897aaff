"""Chat: ``st.chat_message``, ``st.chat_input`` and ``st.bottom``.

A chat message is a container with an author and an avatar. A chat input is a trigger widget:
its value is the message sent (a ``str``, or a ``ChatInputValue`` when it takes files) during
the one run that sending it causes, and ``None`` otherwise; ``on_submit`` runs before that run.
Written in the main area outside any container, a chat input is pinned to the app's bottom area
(``st.bottom``), as Streamlit pins it; anywhere else it stays where it is written.

Files travel with the message. Their types and size are checked in the kernel by the serde
(``uploads.py`` holds the rules), so a forged message gets nothing past them.
"""

from __future__ import annotations

import dataclasses
import unicodedata
from collections.abc import Callable, Iterator, MutableMapping, Sequence
from dataclasses import dataclass
from typing import Any

from .. import stops
from ..elements import Element, container
from ..errors import (
    StopException,
    StreamlitAPIException,
    StreamlitInvalidLayoutContextError,
    StreamlitMissingRequiredParameterError,
    StreamlitValueError,
    UnsupportedError,
)
from ..runtime.context import require_run
from ..uploads import normalize_types, refusal
from .devices import WAV_TYPES, device_file
from .file_uploader import DEFAULT_MAX_UPLOAD_MB, UploadedFile
from .lib import (
    Block,
    Callback,
    check_height,
    check_width,
    register_widget,
    require_int,
    st_function,
)
from .media import image_source

#: Names that choose a preset avatar, and the avatar each one gets.
PRESETS = {"user": "user", "human": "user", "assistant": "assistant", "ai": "assistant"}
ACCEPT_FILE = (True, False, "multiple", "directory")
SUBMIT_MODES = ("submit", "disable", "stop")
SAMPLE_RATES = (8000, 11025, 16000, 22050, 24000, 32000, 44100, 48000)


# --- st.chat_message ------------------------------------------------------------------------


def is_emoji(text: str) -> bool:
    """A short run of pictographs (with their joiners, modifiers and variation selectors)."""
    if not text or text.isascii() or len(text) > 10:
        return False
    categories = [unicodedata.category(ch) for ch in text]
    return "So" in categories and all(c in ("So", "Sk", "Cf", "Mn", "Me") for c in categories)


def _avatar(avatar: Any) -> dict[str, Any]:
    """The avatar's props: a preset icon, an emoji, or an image (as bytes, or a URL)."""
    if avatar is None:
        return {"avatar": "", "avatar_type": "icon"}  # the first letter of the name
    if isinstance(avatar, str) and avatar in PRESETS:
        return {"avatar": PRESETS[avatar], "avatar_type": "icon"}
    if isinstance(avatar, str) and is_emoji(avatar):
        return {"avatar": avatar, "avatar_type": "emoji"}
    if isinstance(avatar, str) and avatar.startswith(":material"):
        raise UnsupportedError(
            "Material icons need Streamlit's icon font, which rerunner does not ship; use an "
            "emoji as `avatar` instead."
        )
    try:
        data, fmt = image_source(avatar, clamp=False, channels="RGB", output_format="auto")
    except Exception as exc:
        raise StreamlitAPIException(
            "Failed to load the provided avatar value as an image."
        ) from exc
    shown = avatar if fmt == "url" else ""
    return {"avatar": shown, "avatar_type": "image", "image": data, "image_format": fmt}


@st_function
def chat_message(name: str, *, avatar: Any = None, width: Any = "stretch") -> Block:
    """Insert a chat message container.

    Write into it in a ``with`` block, or call st methods on the returned container. Each
    message shows its avatar beside its content; the name itself is not shown but labels the
    message for assistive technology. Messages are not meant to be nested.

    Parameters
    ----------
    name : "user", "assistant", "ai", "human", or str
        The author of the message. ``"user"``/``"human"`` and ``"assistant"``/``"ai"`` get the
        preset styles and avatars; don't leave it empty, for accessibility.
    avatar : "user", "assistant", str, image, or None
        The avatar beside the message. ``None`` (default) takes it from ``name``: the preset
        user or assistant icon, the emoji if ``name`` is one, else the first letter of
        ``name``. Otherwise ``"user"`` or ``"assistant"`` for a preset icon, a single emoji such
        as ``"🦖"``, or an image in any form ``st.image`` takes (a URL, a path, bytes, a NumPy
        array, a PIL image), shown small and square.
    width : "stretch", "content", or int
        The message's width. ``"stretch"`` (default) fills the width of the parent container;
        ``"content"`` fits the content, up to the parent's width; an int sets a fixed width in
        pixels, capped at the parent's width.

    Returns
    -------
    container
        The message: use it in a ``with`` block, or call st methods on it.

    Example
    -------
    >>> import streamlit as st
    >>> with st.chat_message("user"):
    ...     st.write("How many moons has Mars?")
    >>> reply = st.chat_message("assistant")
    >>> reply.write("Two: Phobos and Deimos.")
    """
    if name is None:
        raise StreamlitMissingRequiredParameterError("The `name` parameter is required.")
    if avatar is None and (name.lower() in PRESETS or is_emoji(name)):
        avatar = name.lower()
    props = _avatar(avatar)
    check_width(width)
    element = container("chat_message", name=name, width=width, **props)
    return Block(require_run("chat_message").add(element))


# --- st.chat_input --------------------------------------------------------------------------


class ChatInputValue(MutableMapping[str, Any]):
    """A message sent with files or a voice message: its ``text``, its ``files`` (a list of
    ``UploadedFile``) and its ``audio`` (a WAV ``UploadedFile``, or None).

    Read it by attribute or by key (``value.text``, ``value["files"]``); ``to_dict()`` gives a
    plain dict. ``files`` is there only when the chat input accepts files, and ``audio`` only
    when it records audio, as in Streamlit.
    """

    def __init__(self, text: str, files: list[UploadedFile] | None = None, *,
                 include_files: bool = True, include_audio: bool = False,
                 audio: UploadedFile | None = None) -> None:  # fmt: skip
        self.__dict__["_fields"] = {"text": text}
        if include_files:
            self._fields["files"] = list(files or [])
        if include_audio:
            self._fields["audio"] = audio

    def __getattr__(self, name: str) -> Any:
        fields = self.__dict__.get("_fields", {})
        if name in fields:
            return fields[name]
        if name in ("files", "audio"):
            why = "accept_file=False" if name == "files" else "accept_audio=False"
            raise AttributeError(f"'ChatInputValue' object has no attribute '{name}' ({why})")
        raise AttributeError(f"'ChatInputValue' object has no attribute '{name}'")

    def __setattr__(self, name: str, value: Any) -> None:
        self[name] = value

    def __getitem__(self, key: str) -> Any:
        if key not in self._fields:
            raise KeyError(f"Invalid key: {key}")
        return self._fields[key]

    def __setitem__(self, key: str, value: Any) -> None:
        if key not in ("text", "files", "audio") or (key != "text" and key not in self._fields):
            raise KeyError(f"Invalid key: {key}")
        self._fields[key] = value

    def __delitem__(self, key: str) -> None:
        if key not in self._fields:
            raise KeyError(f"Invalid key: {key}")
        del self._fields[key]

    def __iter__(self) -> Iterator[str]:
        return iter(list(self._fields))

    def __len__(self) -> int:
        return len(self._fields)

    def to_dict(self) -> dict[str, Any]:
        return dict(self._fields)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, ChatInputValue) and self._fields == other._fields

    __hash__ = None  # type: ignore[assignment]

    def __repr__(self) -> str:
        return f"ChatInputValue({', '.join(f'{k}={v!r}' for k, v in self._fields.items())})"


def _record(file: UploadedFile) -> dict[str, Any]:
    """A file as the browser sends it."""
    return {"name": file.name, "type": file.type, "size": file.size, "content": file.getvalue()}


@dataclass(frozen=True)
class ChatInputSerde:
    """A message as the browser sends it (``{"text": str, "files": [records], "audio": record
    or None}``) <-> the value a script sees: the text (cut to ``max_chars``), or a
    ``ChatInputValue`` with checked files and voice message."""

    files: str  # "none", "one", "many" or "directory"
    types: tuple[str, ...] | None
    max_bytes: int
    max_chars: int | None
    audio: bool = False

    def serialize(self, value: Any) -> dict[str, Any] | None:
        if value is None:
            return None
        if isinstance(value, ChatInputValue):
            fields = value.to_dict()
            files = fields.get("files") or []
            audio = fields.get("audio")
            return {"text": fields.get("text", ""), "files": [_record(f) for f in files],
                    "audio": None if audio is None else _record(audio)}  # fmt: skip
        return {"text": str(value), "files": [], "audio": None}

    def deserialize(self, ui_value: Any) -> str | ChatInputValue | None:
        if ui_value is None:
            return None
        if not isinstance(ui_value, dict) or not isinstance(ui_value.get("text", ""), str):
            raise TypeError("expected a chat message: {'text': str, 'files': [...]}")
        text = ui_value.get("text", "")
        if self.max_chars:
            text = text[: self.max_chars]
        entries = list(ui_value.get("files") or ())
        recording = ui_value.get("audio")
        if self.files == "none" and entries:
            raise ValueError("this chat input takes no files")
        if not self.audio and recording is not None:
            raise ValueError("this chat input takes no voice messages")
        if self.files == "none" and not self.audio:
            return text
        if self.files == "one" and len(entries) > 1:
            raise ValueError("this chat input takes one file per message")
        audio = None
        if recording is not None:
            audio = device_file(recording, extension=".wav", types=WAV_TYPES,
                                max_bytes=self.max_bytes, what="audio input")  # fmt: skip
        return ChatInputValue(text, [self._file(entry) for entry in entries],
                              include_files=self.files != "none", include_audio=self.audio,
                              audio=audio)  # fmt: skip

    def _file(self, entry: Any) -> UploadedFile:
        if not isinstance(entry, dict) or "name" not in entry or "content" not in entry:
            raise TypeError("expected an uploaded file record")
        name, data = str(entry["name"]), bytes(entry["content"])
        mime = str(entry.get("type") or "application/octet-stream")
        problem = refusal(name, mime, len(data), types=self.types, max_bytes=self.max_bytes)
        if problem is not None:
            raise ValueError(problem)
        return UploadedFile(name, mime, data)

    def normalize(self, value: Any) -> Any:
        return value


def _check_chat_input(accept_file: Any, submit_mode: Any, max_upload_size: Any,
                      audio_sample_rate: Any, max_chars: Any) -> None:  # fmt: skip
    if not (isinstance(accept_file, bool) or accept_file in ("multiple", "directory")):
        raise StreamlitValueError(
            "Invalid `accept_file` value. Supported values: True, False, 'multiple', "
            f"'directory'. Got {accept_file!r}."
        )
    if submit_mode not in SUBMIT_MODES:
        raise StreamlitValueError(
            "Invalid `submit_mode` value. Supported values: 'submit', 'disable', 'stop'."
        )
    if max_upload_size is not None and (
        isinstance(max_upload_size, bool) or not isinstance(max_upload_size, int)
        or max_upload_size < 1
    ):  # fmt: skip
        raise StreamlitValueError(
            "Invalid `max_upload_size` value. Supported values: a positive integer. Set it to "
            "None to fall back to the `server.maxUploadSize` configuration option."
        )
    if audio_sample_rate is not None and audio_sample_rate not in SAMPLE_RATES:
        raise StreamlitValueError(
            "Invalid `audio_sample_rate` value. Supported values: "
            + ", ".join(map(str, SAMPLE_RATES))
            + ", None."
        )
    if max_chars is not None:
        require_int(max_chars)
        if max_chars < 0:
            raise ValueError(f"Value out of range: {max_chars}")


def _check_on_submit(on_submit: Any) -> Callable[..., Any] | None:
    if on_submit is None or callable(on_submit):
        return on_submit
    if on_submit in ("rerun", "ignore"):
        raise StreamlitAPIException(
            f'`on_submit="{on_submit}"` is not supported on this widget. Pass a callback, or '
            "omit `on_submit`."
        )
    raise StreamlitValueError("Invalid `on_submit` value. Supported values: a callback function.")


@st_function
def chat_input(
    placeholder: str = "Your message",
    *,
    key: str | int | None = None,
    max_chars: int | None = None,
    max_upload_size: int | None = None,
    accept_file: bool | str = False,
    file_type: str | Sequence[str] | None = None,
    accept_audio: bool = False,
    audio_sample_rate: int | None = 16000,
    disabled: bool = False,
    submit_mode: str = "submit",
    on_submit: Callable[..., Any] | None = None,
    args: Any = None,
    kwargs: dict[str, Any] | None = None,
    width: Any = "stretch",
    height: Any = "content",
) -> str | ChatInputValue | None:
    """Display a chat input widget.

    A text field where the user writes a message and sends it with Enter (or the send button).
    The widget returns the message during the run that sending it causes, and ``None`` in every
    other run, so the message is handled once. Written in the main area outside any container,
    the chat input is pinned to the bottom of the app; inside a container, the sidebar or
    ``st.bottom`` it stays where it is written. It cannot be used in a form.

    Assigning a string to its ``key`` in session state, before the widget is created, puts that
    text in the field without sending it; the widget still returns ``None`` and the key then reads
    ``None``.

    Parameters
    ----------
    placeholder : str
        The text shown while the field is empty (default ``"Your message"``). Don't leave it
        empty, for accessibility.
    key : str, int, or None
        A string or integer that identifies the widget. If this is ``None`` (default), the widget is
        identified by the other parameters that define it. With a key, ``st.session_state[key]``
        holds the widget's value. Changing ``accept_file``, ``file_type``, ``max_chars`` or
        ``max_upload_size`` makes a new widget even with a key. No two widgets may have the same key.
    max_chars : int or None
        The longest message allowed, in characters; longer text is cut in the kernel. ``None``
        (default) or ``0`` sets no limit.
    max_upload_size : int or None
        The largest file allowed, in megabytes; a positive int. ``None`` (default) allows 200 MB,
        Streamlit's default ``server.maxUploadSize``. Checked in the kernel.
    accept_file : bool, "multiple", or "directory"
        Whether files can be sent with a message: ``False`` (default) none, ``True`` one file,
        ``"multiple"`` several files, ``"directory"`` every file under a folder the user picks
        (those of ``file_type``, if given), each named by its path inside the folder
        (``"docs/notes.txt"``). With files accepted, the widget returns a ``ChatInputValue``
        rather than a string.
    file_type : str, Sequence[str], or None
        The file types accepted: ``None`` (default) any; else one or a list of extensions
        (``"csv"``, ``".csv"``), MIME types (``"image/jpeg"``), MIME wildcards (``"image/*"``) or
        the shortcuts ``"image"``, ``"audio"``, ``"video"`` and ``"text"``. Checked in the kernel;
        handle uploads with care all the same.
    accept_audio : bool
        Whether to show a microphone button that records a voice message (default ``False``):
        pressed once it starts recording, pressed again it stops and sends the message, with the
        text typed and the files attached so far. The widget then returns a ``ChatInputValue``
        whose ``audio`` is the recording, a WAV ``UploadedFile`` (``audio/wav``), or ``None`` in a
        message sent without one. The browser asks for the microphone; if access is denied, or
        there is none, the widget says so.
    audio_sample_rate : int or None
        The sample rate of voice messages, in Hz, when ``accept_audio`` is ``True``: ``8000``,
        ``11025``, ``16000`` (default, suited to speech recognition), ``22050``, ``24000``,
        ``32000``, ``44100``, ``48000``, or ``None`` for the browser's own.
    disabled : bool
        Whether the chat input is grayed out and cannot be used (default ``False``).
    submit_mode : "submit", "disable", or "stop"
        What the widget does while the run caused by a message goes on. ``"submit"`` (default):
        it stays usable, and further messages wait for the run to end. ``"disable"``: it is
        disabled until the run ends, so a long reply cannot be interrupted by a new message.
        ``"stop"``: it is disabled too, and its send button becomes a stop button: a click stops
        the run as ``st.stop()`` does, at its next st call or chunk of ``st.write_stream``
        (what it wrote so far stays on the page). The click is seen while the run goes on
        through ipykernel's shell channel thread (ipykernel 7.4 or later); with an older kernel,
        and in ``AppTest``, the button is only disabled, as with ``"disable"``.
    on_submit : callable
        A function called when a message is sent, before the run it causes; the message is then
        in ``st.session_state[key]`` when the widget has a key.
    args : list or tuple
        Positional arguments passed to the ``on_submit`` callback.
    kwargs : dict
        Keyword arguments passed to the ``on_submit`` callback.
    width : "stretch" or int
        The widget's width. ``"stretch"`` (default) fills the width of the parent container; an
        int sets a fixed width in pixels, capped at the parent's width.
    height : "content", "stretch", or int
        The field's height. ``"content"`` (default) is one line; ``"stretch"`` fills the height
        of the parent container, which needs a height of its own; an int sets a height in pixels
        (68 fits one line comfortably).

    Returns
    -------
    None, str, or ChatInputValue
        ``None`` unless the user sent a message in the last interaction. Then the message as a
        string, or, when the widget accepts files or audio, a ``ChatInputValue``: ``text`` holds
        the message (``""`` if only files or a recording were sent), ``files`` a list of
        ``UploadedFile``, even for a single file (only with ``accept_file``), and ``audio`` the
        voice message or ``None`` (only with ``accept_audio``). Read them by attribute or by key
        (``value["files"]``).

    Example
    -------
    >>> import streamlit as st
    >>> history = st.session_state.setdefault("history", [])
    >>> for role, text in history:
    ...     st.chat_message(role).write(text)
    >>> if prompt := st.chat_input("Say something"):
    ...     history.append(("user", prompt))
    ...     history.append(("assistant", f"You said: {prompt}"))
    ...     st.rerun()
    """
    callback = _check_on_submit(on_submit)
    _check_chat_input(accept_file, submit_mode, max_upload_size, audio_sample_rate, max_chars)
    check_width(width, ("stretch",))
    check_height(height, ("stretch", "content"))
    ctx = require_run("chat_input")
    if ctx.inside_kind("form"):
        raise StreamlitInvalidLayoutContextError(
            "`st.chat_input()` can't be used in a `st.form()`."
        )
    identity = {
        "placeholder": placeholder, "max_chars": max_chars, "max_upload_size": max_upload_size,
        "accept_file": accept_file, "file_type": file_type, "accept_audio": accept_audio,
        "audio_sample_rate": audio_sample_rate, "submit_mode": submit_mode, "width": width,
        "height": height,
    }  # fmt: skip
    types = normalize_types(file_type)
    limit_mb = DEFAULT_MAX_UPLOAD_MB if max_upload_size is None else max_upload_size
    files = {False: "none", True: "one"}.get(accept_file, accept_file)
    files = "many" if files == "multiple" else files
    user_key = None if key is None else str(key)
    # Text assigned to the key before the widget is put in the field, not sent (Streamlit's).
    assigned = user_key is not None and ctx.state.assigned(user_key)
    prefill = ctx.state[user_key] if assigned else None
    # In the main area, outside any container, it is pinned to the app's bottom area.
    pinned = ctx.at_top and not ctx.inside_kind("bottom")
    value = register_widget(
        "chat_input",
        label="",
        key=key,
        identity=identity,
        key_identity=("accept_file", "file_type", "max_chars", "max_upload_size"),
        default=None,
        serde=ChatInputSerde(files, types, limit_mb * 1024 * 1024, max_chars, bool(accept_audio)),
        callback=Callback(callback, args, kwargs),
        props={
            "placeholder": str(placeholder),
            "max_chars": max_chars or None,
            "files": files,
            "audio": bool(accept_audio),
            "sample_rate": audio_sample_rate,
            "accept": types,
            "max_mb": limit_mb,
            "height": height,
            "disabled": bool(disabled),
            "width": width,
            "prefill": prefill if isinstance(prefill, str) else None,
            "stoppable": submit_mode == "stop",
        },
        trigger=True,
        into=ctx.bottom if pinned else None,
    )
    if assigned:
        if isinstance(prefill, str):  # shown in the field; the key reads None, as nothing was sent
            meta = ctx.state.key_meta(user_key)
            if meta is not None:
                ctx.state.set_widget_value(meta.id, None)
        return None
    if value is not None and submit_mode in ("disable", "stop"):
        element = (ctx.bottom if pinned else ctx.target).children[-1]
        if submit_mode == "stop":
            _stop_on_request(ctx, element.id or "")
        _busy_until_the_run_ends(ctx, element)
    return value


def _stop_on_request(ctx: Any, widget_id: str) -> None:
    """``submit_mode="stop"``: from now on, the run stops as ``st.stop()`` does at the first st
    call, or chunk of ``st.write_stream``, after the stop button was clicked (``stops.py``)."""
    stops.arm(widget_id)
    previous = ctx.checkpoint

    def checkpoint() -> None:
        if stops.requested(widget_id):
            raise StopException()
        if previous is not None:
            previous()

    ctx.checkpoint = checkpoint
    ctx.at_finish(lambda: stops.disarm(widget_id))


def _busy_until_the_run_ends(ctx: Any, element: Element) -> None:
    """``submit_mode="disable"``: drawn disabled from now until the run its message caused ends
    (shown at once, so that no further message can be sent meanwhile)."""
    # New records, not changes in place: a drawn widget's props never change (the render
    # reuses the description of a widget whose props equal the last ones it drew).
    element.props = dataclasses.replace(element.props, busy=True)
    ctx.at_finish(lambda: setattr(element, "props", dataclasses.replace(element.props, busy=False)))
    ctx.show_live(force=True)


# --- st.bottom ------------------------------------------------------------------------------


class _Bottom(Block):
    """The area pinned to the bottom of the app.

    Write into it in a ``with st.bottom:`` block, or call st methods on it
    (``st.bottom.button(...)``). A chat input written in the main area goes there on its own. It
    can be used from the main area and its containers, but not from the sidebar.

    Example
    -------
    >>> import streamlit as st
    >>> with st.bottom:
    ...     st.caption("Answers may be wrong: check them against the course notes.")
    >>> prompt = st.chat_input("Ask a question")
    """

    def __init__(self) -> None:  # the element belongs to the run, so it is looked up late
        pass

    @property
    def _element(self) -> Element:  # type: ignore[override]
        ctx = require_run("bottom")
        if ctx.inside_kind("sidebar"):
            raise StreamlitInvalidLayoutContextError(
                "`st.bottom` cannot be used inside `st.sidebar`. The bottom container is only "
                "available in the main app area."
            )
        return ctx.bottom

    def __repr__(self) -> str:
        return "<rerunner bottom>"


bottom = _Bottom()
