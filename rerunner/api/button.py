"""Buttons: ``st.button``, ``st.download_button``, ``st.link_button``."""

from __future__ import annotations

import base64
import logging
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

from ..errors import (
    FORM_DOCS_INFO,
    StreamlitAPIException,
    StreamlitInvalidLayoutContextError,
    StreamlitInvalidParameterTypeError,
    StreamlitValueError,
)
from ..identity import fixed
from ..runtime.context import require_run
from .lib import (
    Callback,
    ElementHandle,
    Plan,
    add,
    check_icon,
    check_width,
    check_wrap,
    handle,
    label_text,
    register_planned,
    register_widget,
    st_function,
)
from .plans import planned

log = logging.getLogger("rerunner")


@dataclass(frozen=True)
class TriggerSerde:
    """A button: the front end sends a click; the script sees True for one run."""

    def serialize(self, value: Any) -> bool:
        return bool(value)

    def deserialize(self, ui_value: Any) -> bool:
        if ui_value is not True:
            raise ValueError("a button only sends clicks")
        return True

    def normalize(self, value: Any) -> Any:
        return value


@st_function
def button(
    label: str,
    key: str | int | None = None,
    help: str | None = None,
    on_click: Callable[..., Any] | None = None,
    args: Iterable[Any] | None = None,
    kwargs: dict[str, Any] | None = None,
    *,
    type: str = "secondary",
    icon: str | None = None,
    icon_position: str = "left",
    disabled: bool = False,
    use_container_width: bool | None = None,
    width: str | int = "content",
    shortcut: str | None = None,
    wrap: bool | None = None,
) -> bool:
    """Display a button.

    Shows a clickable button. The call returns ``True`` only in the run caused by a click on it, and
    ``False`` in every other run, so the code under ``if st.button(...):`` runs once per click. To
    remember a click beyond that run, store something in ``st.session_state``; an ``on_click``
    callback is a good place to do it.

    A click calls ``on_click`` first and then reruns the ``%%rerun`` body, as Streamlit reruns its
    script. A button can't be placed in ``st.form``; use ``st.form_submit_button`` there.

    Parameters
    ----------
    label : str
        A short label telling the user what the button does. It can contain inline Markdown: bold,
        italics, strikethrough, inline code, links and images (shown at text height), plus the
        directives ``st.markdown`` knows, such as colored text (``:red[...]``); block-level Markdown
        such as headings and lists is shown as plain text.
    key : str or int, optional
        [[key.button]]
    help : str or None, optional
        [[help.button]]
    on_click : Callable or None, optional
        A function called when the button is clicked, with ``args`` and ``kwargs``, before the app
        reruns; what it writes to ``st.session_state`` is already there when the rerun starts. If
        this is ``None`` (default), a click just reruns the app.
    args : list or tuple, optional
        Positional arguments passed to ``on_click``.
    kwargs : dict, optional
        Keyword arguments passed to ``on_click``.
    type : "primary", "secondary", or "tertiary", optional
        [[type]]
    icon : str or None, optional
        [[icon]]
    icon_position : "left" or "right", optional
        [[icon_position]]
    disabled : bool, optional
        If ``True``, the button is grayed out and can't be clicked. Default ``False``.
    use_container_width : bool or None, optional
        [[use_container_width]]
    width : "content", "stretch", or int, optional
        [[width.button]]
    shortcut : str or None, optional
        [[shortcut]]
    wrap : bool or None, optional
        [[wrap]]

    Returns
    -------
    bool
        ``True`` in the run caused by a click on this button, ``False`` otherwise.

    Example
    -------
    >>> import streamlit as st
    >>> st.session_state.setdefault("clicks", 0)
    >>> def count(step):
    ...     st.session_state.clicks += step
    >>> st.button("Add one", on_click=count, args=(1,), type="primary")
    >>> if st.button("Add ten", icon="🚀", on_click=count, kwargs={"step": 10}):
    ...     st.write("Ten more!")
    >>> st.write("Total:", st.session_state.clicks)
    """
    if require_run("button").form_id:
        raise StreamlitInvalidLayoutContextError(
            "`st.button()` can't be used in an `st.form()`. Use `st.form_submit_button()` "
            "instead to submit the form." + FORM_DOCS_INFO
        )
    return trigger_button(
        "button",
        label=label,
        key=key,
        help=help,
        on_click=on_click,
        args=args,
        kwargs=kwargs,
        type=type,
        icon=icon,
        icon_position=icon_position,
        disabled=disabled,
        use_container_width=use_container_width,
        width=width,
        shortcut=shortcut,
        wrap=wrap,
    )


def trigger_button(
    kind: str,
    *,
    label: Any,
    key: Any,
    help: str | None,
    on_click: Any,
    args: Any,
    kwargs: Any,
    type: str,
    icon: str | None,
    icon_position: str,
    disabled: bool,
    use_container_width: bool | None,
    width: Any,
    shortcut: str | None,
    wrap: bool | None = None,
) -> bool:
    """The work shared by ``st.button`` and ``st.form_submit_button``."""
    if on_click == "rerun":
        raise StreamlitAPIException(
            '`on_click="rerun"` is not supported on this widget. Pass a callback, or omit `on_click`.'
        )
    if on_click is not None and not callable(on_click):
        raise StreamlitValueError(
            "Invalid `on_click` value. Supported values: a callback function."
        )
    plan = _trigger_plan(
        kind, label, help, type, icon, icon_position, disabled, use_container_width, width,
        shortcut, wrap,
    )  # fmt: skip
    # a button's key cannot be assigned through session state: readonly
    return register_planned(
        kind, plan, key, Callback(on_click, args, kwargs), trigger=True, readonly=True
    )


@planned
def _trigger_plan(
    kind: str,
    label: Any,
    help: Any,
    type: Any,
    icon: Any,
    icon_position: Any,
    disabled: Any,
    use_container_width: Any,
    width: Any,
    shortcut: Any,
    wrap: Any,
) -> Plan:
    """What a button or form submit button with these arguments is (``api/plans.py``)."""
    props = trigger_props(
        type=type,
        icon=icon,
        icon_position=icon_position,
        disabled=disabled,
        use_container_width=use_container_width,
        width=width,
        help=help,
        wrap=wrap,
        shortcut=shortcut,
    )
    width = props["width"]
    label = label_text(label)
    return Plan(
        label=label,
        identity=fixed(
            {
                "label": label,
                "icon": icon,
                "help": help,
                "is_form_submitter": kind == "form_submit_button",
                "type": type,
                "width": width,
                "icon_position": icon_position,
                "shortcut": shortcut,
            }
        ),
        default=False,
        serde=TriggerSerde(),
        props=props,
    )


def trigger_props(
    *,
    type: str,
    icon: str | None,
    icon_position: str,
    disabled: bool,
    use_container_width: bool | None,
    width: Any,
    help: str | None,
    wrap: bool | None = None,
    shortcut: str | None = None,
) -> dict[str, Any]:
    """Validate and collect what every button-like element shows."""
    if type not in ("primary", "secondary", "tertiary"):
        raise StreamlitValueError(
            "Invalid `type` value. Supported values: 'primary', 'secondary', 'tertiary'."
        )
    if icon_position not in ("left", "right"):
        raise StreamlitValueError(
            "Invalid `icon_position` value. Supported values: 'left', 'right'."
        )
    if use_container_width is not None:
        width = "stretch" if use_container_width else "content"
    check_width(width)
    icon = check_icon(icon)
    check_wrap(wrap)
    return {
        "shortcut": None if shortcut is None else normalize_shortcut(shortcut),
        "wrap": wrap,
        "help": help,
        "disabled": bool(disabled),
        "button_type": type,
        "icon": icon,
        "icon_position": icon_position,
        "width": width,
    }


_MODIFIERS = {
    "ctrl": "ctrl", "control": "ctrl", "cmd": "cmd", "command": "cmd", "meta": "cmd",
    "alt": "alt", "option": "alt", "shift": "shift", "mod": "ctrl",
}  # fmt: skip
_KEYS = {
    "enter": "enter", "return": "enter", "space": "space", "spacebar": "space", "tab": "tab",
    "escape": "escape", "esc": "escape", "backspace": "backspace", "delete": "delete",
    "del": "delete", "home": "home", "end": "end", "pageup": "pageup", "pagedown": "pagedown",
    "left": "left", "arrowleft": "left", "right": "right", "arrowright": "right", "up": "up",
    "arrowup": "up", "down": "down", "arrowdown": "down",
}  # fmt: skip
#: Combinations the browser or the system keeps for itself: they may never reach the page.
_BROWSER_KEEPS = frozenset(
    f"{mod}+{rest}" for mod in ("ctrl", "cmd")
    for rest in ("t", "w", "n", "shift+t", "shift+n", "shift+w", "pageup", "pagedown", "l")
) | {"ctrl+tab", "ctrl+shift+tab", "cmd+tab", "cmd+shift+tab", "alt+f4", "f11"}  # fmt: skip
_warned: set[str] = set()


def normalize_shortcut(shortcut: Any) -> str:
    """A ``shortcut`` as Streamlit normalises it ("Mod+Shift+K" -> "ctrl+shift+k"), or its
    error: modifiers (Ctrl, Cmd, Alt, Shift and their aliases) in a fixed order, then one key."""
    if not isinstance(shortcut, str):
        raise StreamlitInvalidParameterTypeError(
            "Invalid `shortcut` type. Expected one of: str. Provided type: "
            f"{type(shortcut).__name__}."
        )
    tokens = [token.strip().lower() for token in shortcut.split("+") if token.strip()]
    if not tokens:
        raise StreamlitAPIException("The `shortcut` must contain at least one key or modifier.")
    modifiers: set[str] = set()
    key: str | None = None
    for token in tokens:
        if token in _MODIFIERS:
            modifiers.add(_MODIFIERS[token])
            continue
        if key is not None:
            raise StreamlitAPIException(
                "The `shortcut` may only specify a single non-modifier key."
            )
        if token in _KEYS:
            key = _KEYS[token]
        elif (len(token) == 1 and token.isalnum()) or (token[0] == "f" and token[1:].isdigit()):
            key = token
        else:
            raise StreamlitAPIException(
                "shortcut must include a single character or one of the supported keys "
                "(e.g. Enter, Space, Tab, Escape)."
            )
        if key in ("c", "r"):
            raise StreamlitAPIException(
                "The `shortcut` cannot use the keys 'C' or 'R', with or without modifiers."
            )
    if key is None:
        raise StreamlitAPIException(
            "The `shortcut` must include a non-modifier key such as 'K' or 'Ctrl+K'."
        )
    normalized = "+".join([m for m in ("ctrl", "cmd", "alt", "shift") if m in modifiers] + [key])
    if normalized in _BROWSER_KEEPS and normalized not in _warned:
        _warned.add(normalized)
        log.warning(
            "The shortcut %r is reserved by the browser or the operating system and may not "
            "reach the app.", shortcut
        )  # fmt: skip
    return normalized


def _payload(data: Any) -> tuple[bytes, str]:
    if callable(data):
        data = data()
    if isinstance(data, str):
        return data.encode("utf-8"), "text/plain"
    if isinstance(data, (bytes, bytearray, memoryview)):
        return bytes(data), "application/octet-stream"
    if hasattr(data, "read"):
        if hasattr(data, "seek"):
            data.seek(0)
        raw = data.read()
        return (
            (raw.encode("utf-8"), "text/plain")
            if isinstance(raw, str)
            else (bytes(raw), "application/octet-stream")
        )
    raise StreamlitAPIException(f"Invalid binary data format: {type(data)}")


@st_function
def download_button(
    label: str,
    data: Any,
    file_name: str | None = None,
    mime: str | None = None,
    key: str | int | None = None,
    help: str | None = None,
    on_click: Callable[..., Any] | str | None = "rerun",
    args: Iterable[Any] | None = None,
    kwargs: dict[str, Any] | None = None,
    *,
    type: str = "secondary",
    icon: str | None = None,
    icon_position: str = "left",
    disabled: bool = False,
    use_container_width: bool | None = None,
    width: str | int = "content",
    shortcut: str | None = None,
    wrap: bool | None = None,
) -> bool:
    """Display a button that downloads a file.

    Shows a button that saves ``data`` as a file on the user's computer. In rerunner the content is
    embedded in the page when the button is drawn, so the download needs no round trip to the kernel
    and works offline and in Voila. Large content makes the page heavy, and building it on every run
    costs time: prepare it in a function decorated with ``st.cache_data``.

    Like ``st.button``, it can't be placed in ``st.form``.

    Parameters
    ----------
    label : str
        A short label telling the user what the download is. It can contain inline Markdown: bold,
        italics, strikethrough, inline code, links and images (shown at text height), plus the
        directives ``st.markdown`` knows, such as colored text (``:red[...]``); block-level Markdown
        such as headings and lists is shown as plain text.
    data : str, bytes, file-like, or Callable
        The content of the file: a str (saved as UTF-8 text), bytes, or a file-like object such as
        ``io.BytesIO``, ``io.StringIO`` or a file opened with ``open()``. It can also be a callable
        that takes no arguments and returns such content; st calls made inside it have no effect.
    file_name : str or None, optional
        The name the file is saved under, such as ``"report.csv"``. If this is ``None`` (default), a
        name is generated.
    mime : str or None, optional
        The MIME type of the file, such as ``"text/csv"`` or ``"image/png"``. If this is ``None``
        (default), it is inferred: from the file name for a file object that has a ``name``;
        ``"text/plain"`` for a str or a text file; ``"application/octet-stream"`` for bytes and
        binary files.
    key : str or int, optional
        [[key.button]]
    help : str or None, optional
        [[help.button]]
    on_click : Callable, "rerun", "ignore", or None, optional
        What a click does besides downloading:

        - ``"rerun"`` (default): the app reruns, and the button returns ``True`` in that run.
        - ``"ignore"``: the app doesn't rerun; the button only downloads. Useful when another button
          prepares the download, so that showing the download button doesn't cost a rerun.
        - A callable: it is called with ``args`` and ``kwargs``, then the app reruns.
        - ``None``: the same as ``"rerun"``, kept for backward compatibility.
    args : list or tuple, optional
        Positional arguments passed to ``on_click``.
    kwargs : dict, optional
        Keyword arguments passed to ``on_click``.
    type : "primary", "secondary", or "tertiary", optional
        [[type]]
    icon : str or None, optional
        [[icon]]
    icon_position : "left" or "right", optional
        [[icon_position]]
    disabled : bool, optional
        If ``True``, the button is grayed out and can't be clicked. Default ``False``.
    use_container_width : bool or None, optional
        [[use_container_width]]
    width : "content", "stretch", or int, optional
        [[width.button]]
    shortcut : str or None, optional
        [[shortcut]]
    wrap : bool or None, optional
        [[wrap]]

    Returns
    -------
    bool
        ``True`` in the run caused by a click on the button (when the click reruns the app),
        ``False`` otherwise.

    Example
    -------
    >>> import csv, io
    >>> import streamlit as st
    >>> buffer = io.StringIO()
    >>> csv.writer(buffer).writerows([("name", "score"), ("Ada", 95), ("Alan", 88)])
    >>> st.download_button(
    ...     "Download scores", buffer.getvalue(), file_name="scores.csv", mime="text/csv"
    ... )
    """
    callback = check_click_mode(on_click)
    payload, default_mime = _payload(data)
    mime = mime or default_mime
    name = file_name or "download"
    props = trigger_props(
        type=type,
        icon=icon,
        icon_position=icon_position,
        disabled=disabled,
        use_container_width=use_container_width,
        width=width,
        help=help,
        wrap=wrap,
        shortcut=shortcut,
    )
    label = label_text(label)
    return register_widget(
        "download_button",
        label=label,
        key=key,
        identity={
            "label": label,
            "icon": icon,
            "file_name": name,
            "mime": mime,
            "help": help,
            "type": type,
            "width": props["width"],
            "icon_position": icon_position,
            "shortcut": shortcut,
        },
        key_identity=(),
        default=False,
        serde=TriggerSerde(),
        callback=Callback(callback, args, kwargs),
        props={
            **props,
            "file_name": name,
            "mime": mime,
            "size": len(payload),
            "reports_click": on_click != "ignore",
            "href": f"data:{mime};base64,{base64.b64encode(payload).decode('ascii')}",
        },
        trigger=True,
        readonly=True,  # a button's key cannot be assigned through session state
    )


@st_function
def link_button(
    label: str,
    url: str,
    *,
    key: str | int | None = None,
    on_click: Callable[..., Any] | str = "ignore",
    args: Iterable[Any] | None = None,
    kwargs: dict[str, Any] | None = None,
    help: str | None = None,
    type: str = "secondary",
    icon: str | None = None,
    icon_position: str = "left",
    disabled: bool = False,
    use_container_width: bool | None = None,
    width: str | int = "content",
    shortcut: str | None = None,
    wrap: bool | None = None,
) -> ElementHandle | bool:
    """Display a button that opens a URL.

    Shows a button that opens ``url`` in a new browser tab. By default (``on_click="ignore"``) it is
    a plain element, not a widget: a click doesn't rerun the app, and the call returns a handle to
    the element, as other element calls do. With ``on_click="rerun"`` or a callback it is also a
    widget: a click opens the link and reruns the app, and the call returns ``True`` in that run, as
    ``st.button`` does.

    For safety, rerunner makes links only of web (``http``, ``https``), ``mailto`` and relative
    URLs; any other URL leads nowhere.

    Parameters
    ----------
    label : str
        A short label telling the user what the link leads to. It can contain inline Markdown: bold,
        italics, strikethrough, inline code, links and images (shown at text height), plus the
        directives ``st.markdown`` knows, such as colored text (``:red[...]``); block-level Markdown
        such as headings and lists is shown as plain text.
    url : str
        The address to open, such as ``"https://streamlit.io/gallery"``.
    key : str or int, optional
        A string or integer that gives the element a stable identity. If this is ``None`` (default),
        it is identified by its label and the other parameters. When ``on_click`` makes the button a
        widget, ``st.session_state[key]`` holds its clicked state (``True`` only in the run a click
        caused); it is read-only.
    on_click : Callable, "rerun", or "ignore", optional
        What a click does besides opening the link:

        - ``"ignore"`` (default): nothing; the app doesn't rerun and the button is not a widget.
        - ``"rerun"``: the app reruns, and the call returns ``True`` in that run.
        - A callable: it is called with ``args`` and ``kwargs``, then the app reruns.
    args : list or tuple, optional
        Positional arguments passed to ``on_click`` when it is a callable.
    kwargs : dict, optional
        Keyword arguments passed to ``on_click`` when it is a callable.
    help : str or None, optional
        [[help.button]]
    type : "primary", "secondary", or "tertiary", optional
        [[type]]
    icon : str or None, optional
        [[icon]]
    icon_position : "left" or "right", optional
        [[icon_position]]
    disabled : bool, optional
        If ``True``, the button is grayed out and can't be clicked. Default ``False``.
    use_container_width : bool or None, optional
        [[use_container_width]]
    width : "content", "stretch", or int, optional
        [[width.button]]
    shortcut : str or None, optional
        [[shortcut]]
    wrap : bool or None, optional
        [[wrap]]

    Returns
    -------
    element handle or bool
        With ``on_click="ignore"`` (default), a handle to the element: calling an st element method
        on it, such as ``.empty()`` or ``.write(...)``, replaces the button in place. Otherwise
        ``True`` in the run caused by a click, ``False`` in other runs.

    Example
    -------
    >>> import streamlit as st
    >>> st.link_button("Open the gallery", "https://streamlit.io/gallery", icon="🌐")
    """
    callback = check_click_mode(on_click, none_supported=False)
    props = trigger_props(
        type=type,
        icon=icon,
        icon_position=icon_position,
        disabled=disabled,
        use_container_width=use_container_width,
        width=width,
        help=help,
        wrap=wrap,
        shortcut=shortcut,
    )
    label = label_text(label)
    user_key = None if key is None else str(key)
    props.update(label=label, url=str(url), key=user_key)
    if on_click == "ignore":
        if key is not None:  # the key is the element's identity: once a run
            require_run("link_button").claim("link_button", f"link_button-key-{key}", user_key)
        return handle(add("link_button", **props))
    return register_widget(
        "link_button",
        label=label,
        key=key,
        identity={
            "label": label,
            "icon": icon,
            "url": url,
            "help": help,
            "type": type,
            "width": props["width"],
            "icon_position": icon_position,
            "shortcut": shortcut,
        },
        key_identity=(),
        default=False,
        serde=TriggerSerde(),
        callback=Callback(callback, args, kwargs),
        props={k: v for k, v in props.items() if k != "label"} | {"reports_click": True},
        trigger=True,
        readonly=True,
    )


def check_click_mode(on_click: Any, none_supported: bool = True) -> Callable[..., Any] | None:
    """Streamlit's check of a download or link button's ``on_click``: a callable, "rerun",
    "ignore" (or None, as "rerun", where the call allows it)."""
    if (on_click is None and none_supported) or (
        isinstance(on_click, str) and on_click in ("rerun", "ignore")
    ):
        return None
    if callable(on_click):
        return on_click
    raise StreamlitValueError(
        "Invalid `on_click` value. Supported values: 'rerun', 'ignore', a callback function."
    )
