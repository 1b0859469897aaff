"""Text entry: ``st.text_input`` and ``st.text_area``."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

from ..elements import breaks_pattern
from ..errors import (
    StreamlitInvalidParameterTypeError,
    StreamlitValueError,
)
from ..identity import fixed
from . import bind as binding
from .lib import (
    Callback,
    Plan,
    check_icon,
    check_on_change,
    common_props,
    label_text,
    register_planned,
    register_widget,
    require_str,
    st_function,
)
from .plans import planned


@dataclass(frozen=True)
class TextSerde:
    """text_input: ``max_chars`` truncates what the front end sends (not what state sets)."""

    max_chars: int | None

    def serialize(self, value: Any) -> str | None:
        return value

    def deserialize(self, ui_value: Any) -> str | None:
        if ui_value is None:  # no text at all, as for ``value=None`` before anything is typed
            return None
        if not isinstance(ui_value, str):
            raise TypeError(f"expected a str, got {type(ui_value).__name__}")
        return ui_value[: self.max_chars] if self.max_chars else ui_value

    def normalize(self, value: Any) -> Any:
        if value is not None and not isinstance(value, str):
            raise TypeError("bad argument type for built-in operation")
        return value


TEXT_INPUT_TYPES = ("default", "password", "email", "url", "phone", "search")


@dataclass(frozen=True)
class TypeDefaults:
    """What a ``type`` of text input brings while the matching parameter is ``None``."""

    icon: str | None = None
    placeholder: str | None = None
    validate: tuple[str, str] | None = None
    autocomplete: str = ""


TYPE_DEFAULTS = {
    "default": TypeDefaults(),
    "password": TypeDefaults(autocomplete="new-password"),
    "email": TypeDefaults(
        ":material/mail:",
        "you@example.com",
        (r"^[^\s@]+@[^\s@]+\.[^\s@]+$", "Enter a valid email address."),
        "email",
    ),
    "url": TypeDefaults(
        ":material/link:",
        "https://example.com",
        (r"^([Hh][Tt][Tt][Pp][Ss]?://)?[^\s/.]+\.[^\s]+$", "Enter a valid URL."),
        "url",
    ),
    "phone": TypeDefaults(":material/call:", "+1 234 567 8900", None, "tel"),
    "search": TypeDefaults(":material/search:", "Search", None, "off"),
}

#: What a failed ``validate`` without a message of its own says (the browser's wording).
GENERIC_INVALID = "Please match the requested format."


def parse_validate(validate: Any) -> tuple[str | None, str | None]:
    """``validate`` as (regex, message), or Streamlit's error for a value it refuses."""
    if validate is None:
        return None, None
    if isinstance(validate, str):
        return validate, None
    if isinstance(validate, tuple):
        if len(validate) == 2 and all(isinstance(item, str) for item in validate):
            return validate[0], validate[1]
        raise StreamlitValueError(
            "Invalid `validate` value. Supported values: a regex string, a (regex, message) tuple "
            "of strings."
        )
    raise StreamlitInvalidParameterTypeError(
        "Invalid `validate` type. Expected one of: None, str, tuple. Provided type: "
        f"{type(validate).__name__}."
    )


def text_default(value: Any, max_chars: int | None) -> str | None:
    """A text widget's default: a string (truncated to ``max_chars``) or None."""
    if max_chars is not None and max_chars < 0:
        raise ValueError(f"Value out of range: {max_chars}")
    if value is not None and not isinstance(value, str):
        value = str(value)
    return value[:max_chars] if value is not None and max_chars else value


@st_function
def text_input(
    label: str,
    value: str | None = "",
    max_chars: int | None = None,
    key: str | int | None = None,
    type: str = "default",
    help: str | None = None,
    autocomplete: str | None = None,
    on_change: Callable[..., Any] | str | None = "rerun",
    args: Iterable[Any] | None = None,
    kwargs: dict[str, Any] | None = None,
    *,
    placeholder: str | None = None,
    disabled: bool = False,
    required: bool = False,
    label_visibility: str = "visible",
    icon: str | None = None,
    validate: Any = None,
    live: bool = False,
    width: str | int = "stretch",
    bind: str | None = None,
    persist_state: str | None = None,
) -> str | None:
    """Display a single-line text input.

    Shows a one-line text field and returns its text. The text is sent when the user presses Enter
    or leaves the field (also while typing, with ``live``); inside a form, when the form is
    submitted. With ``value=None`` the field starts empty and returns ``None`` until the user enters
    something. With a ``key``, ``st.session_state[key]`` holds the text; assign to it before the
    widget is drawn to fill the field from code.

    Parameters
    ----------
    label : str
        [[label.text_input]]
    value : str or None, optional
        The text when the widget first appears (other objects are converted with ``str``). Default
        ``""``. ``None`` leaves the field empty; the widget then returns ``None`` until the user
        enters text.
    max_chars : int or None, optional
        The most characters the field accepts; a longer ``value`` is cut to this length. If this is
        ``None`` (default), there is no limit.
    key : str or int, optional
        A string or integer that identifies the widget. If this is ``None`` (default), the widget is
        identified by its label and the other parameters that define it, so changing one of them
        makes a new widget with a fresh value. With a key, the widget keeps its identity and value
        when those parameters change; changing ``max_chars`` or ``validate`` still resets it. No two
        widgets may have the same key.

        The key also names the widget's value in session state: read ``st.session_state[key]``
        anywhere, or assign it before the widget is created to set the value the widget shows.
        Assigning it after the widget was created in the same run raises an error.
    type : "default", "password", "email", "url", "phone", or "search", optional
        The kind of text. It sets the browser's input type, which chooses the keyboard on phones and
        the autofill suggestions, and the special kinds bring defaults for ``icon``,
        ``placeholder``, ``validate`` and ``autocomplete``:

        - ``"default"`` (default): plain text, without such defaults.
        - ``"password"``: the typed text is masked; ``autocomplete`` defaults to ``"new-password"``.
        - ``"email"``: a mail icon, a ``you@example.com`` placeholder and a check of the e-mail
          format.
        - ``"url"``: a link icon, an ``https://example.com`` placeholder and a check of the URL
          format.
        - ``"phone"``: a phone icon, a ``+1 234 567 8900`` placeholder and a numeric keypad on
          phones; no format check.
        - ``"search"``: a search icon, a ``Search`` placeholder, a button that clears the field, and
          no autofill; no format check.

        A default applies only while the matching parameter is ``None``; pass a value to override
        it, or ``""`` to turn it off.
    help : str or None, optional
        [[help]]
    autocomplete : str or None, optional
        The HTML ``autocomplete`` attribute of the field, which guides the browser's autofill, such
        as ``"name"`` or ``"email"``. If this is ``None`` (default), it follows ``type``:
        ``"new-password"``, ``"email"``, ``"url"``, ``"tel"`` or ``"off"`` (search), and none for
        ``"default"``. ``""`` leaves the choice to the browser.
    on_change : Callable, "rerun", "ignore", or None, optional
        What happens when the user commits a new value (pressing Enter, leaving the field, clearing
        a search field, or pausing while typing with ``live``):

        - ``"rerun"`` (default): the new value is written to session state and the app reruns.
        - ``"ignore"``: the widget shows the new value, but the app does not rerun; the app receives
          the value with the next rerun that something else causes. Until then the value lives only
          in the browser.
        - A callable: the new value is written to session state, then the callback is called with
          ``args`` and ``kwargs``, then the app reruns. With a ``key``, the callback can read the
          new value as ``st.session_state[key]``.
        - ``None``: the same as ``"rerun"``, kept for backward compatibility.

        Inside ``st.form`` nothing is sent before the form is submitted, so ``"ignore"`` makes no
        difference there, and only ``st.form_submit_button`` may have a callback.
    args : list or tuple, optional
        [[args]]
    kwargs : dict, optional
        [[kwargs]]
    placeholder : str or None, optional
        Gray text shown while the field is empty. If this is ``None`` (default), it follows ``type``
        (nothing for ``"default"`` and ``"password"``); ``""`` shows nothing for any type.
    disabled : bool, optional
        If ``True``, the text input is grayed out and can't be used. Default ``False``.
    required : bool, optional
        If ``True``, the field can't be submitted empty. Outside a form, clearing it doesn't rerun
        the app and the last value is kept; inside a form, the form can't be submitted until it has
        a value. Default ``False``.

        It doesn't change the starting value: use ``value=None`` with ``required=True`` for a field
        that starts empty and must be filled. Text made only of spaces counts as empty. An empty
        value fails this check without going through ``validate``. The check runs in the browser and
        can be bypassed, so check values that matter in your code as well.
    label_visibility : "visible", "hidden", or "collapsed", optional
        [[label_visibility]]
    icon : str or None, optional
        An icon shown inside the field, left of the value: a single emoji such as ``"🔥"`` (not a
        shortcode), a Material Symbols icon written ``":material/icon_name:"`` such as
        ``":material/thumb_up:"``, or ``"spinner"`` for a spinning indicator. If this is ``None``
        (default), the icon follows ``type`` (none for ``"default"`` and ``"password"``); ``""``
        shows no icon for any type.
    validate : str, tuple of two str, or None, optional
        A rule the text must pass before it is sent, checked in the browser. A str is a regular
        expression (JavaScript flavor) the text must match; a failure shows a generic message. A
        ``(regex, message)`` tuple shows ``message`` instead, which helps users more. Patterns are
        not anchored: use ``^`` and ``$`` to match the whole text. If this is ``None`` (default),
        ``"email"`` and ``"url"`` fields check their format and other types check nothing; ``""``
        turns a type's check off.

        The check runs when the text would be sent: on Enter or leaving the field, after a typing
        pause with ``live``, and on submitting a form. Invalid text is not sent; empty text is not
        checked. The check can be bypassed, so validate values that matter in your code as well.
    live : bool or str, optional
        Whether the text is also sent while the user types, after a pause:

        - ``False`` (default): only on Enter, on leaving the field, or on clearing a search field.
        - ``True``: after 250 milliseconds without typing.
        - A duration string such as ``"500ms"`` or ``"0.5s"``, up to one minute: after that pause.
          ``"0ms"`` sends every change. Plain numbers and ``timedelta`` objects raise an error.

        Inside a form it has no effect. Each send reruns the app, so short pauses can cause many
        reruns.
    width : "stretch" or int, optional
        The width of the text input:

        - ``"stretch"`` (default): as wide as the parent container.
        - An int: a fixed width in pixels, capped at the width of the parent container.
    bind : "query-params" or None, optional
        Keeps the widget's value in a query parameter of the page's URL. If this is ``None``
        (default), the URL is not involved. With ``"query-params"``, changing the widget updates the
        URL, and a URL that carries the parameter sets the widget, so a link can restore it. This
        needs a ``key``, which is used as the parameter's name. While the value equals the widget's
        default, the parameter is left out of the URL. A bound parameter can be changed from code
        only through ``st.session_state``, not through ``st.query_params``, and URL values the
        widget can't take are ignored and removed. It can't be combined with ``type="password"``. An
        empty parameter (``?my_key=``) clears the field.
    persist_state : "page", "session", or None, optional
        [[persist_state]]

    Returns
    -------
    str or None
        The text entered, or ``None`` if the field is empty and started as ``None``.

    Example
    -------
    >>> import streamlit as st
    >>> name = st.text_input("Your name", placeholder="Ada Lovelace", max_chars=40)
    >>> if name:
    ...     st.write(f"Hello, {name}!")
    >>> query = st.text_input("Search fruit", type="search", live=True)
    >>> st.write([f for f in ["apple", "banana", "cherry"] if query.lower() in f])
    """
    callback = check_on_change(on_change)
    plan = _text_input_plan(
        label, value, max_chars, type, help, autocomplete, placeholder, disabled, required,
        label_visibility, icon, validate, live, width,
    )  # fmt: skip
    return register_planned(
        "text_input", plan, key, Callback(callback, args, kwargs), bind, persist_state
    )


@planned
def _text_input_plan(
    label: Any,
    value: Any,
    max_chars: Any,
    type: Any,
    help: Any,
    autocomplete: Any,
    placeholder: Any,
    disabled: Any,
    required: Any,
    label_visibility: Any,
    icon: Any,
    validate: Any,
    live: Any,
    width: Any,
) -> Plan:
    """What ``st.text_input`` with these arguments is (``api/plans.py``)."""
    if type not in TEXT_INPUT_TYPES:
        raise StreamlitValueError(
            "Invalid `type` value. Supported values: 'default', 'password', 'email', 'url', "
            "'phone', 'search'."
        )
    defaults = TYPE_DEFAULTS[type]
    value = text_default(value, max_chars)
    label = label_text(label)
    common = common_props(
        help=help, disabled=disabled, label_visibility=label_visibility, width=width
    )
    regex, _ = parse_validate(validate)
    # The type's defaults apply past the identity, which hashes what the call was given.
    shown_icon = check_icon(defaults.icon if icon is None else icon)
    shown_placeholder = defaults.placeholder if placeholder is None else placeholder
    pattern, message = parse_validate(defaults.validate if validate is None else validate)
    rule = (pattern, message or GENERIC_INVALID) if pattern else None
    require_str(autocomplete)
    return Plan(
        url=binding.text(),
        required=required,
        label=label,
        identity=fixed(
            {
                "label": label,
                "value": value,
                "max_chars": max_chars,
                "type": type,
                "help": help,
                "autocomplete": autocomplete,
                "placeholder": str(placeholder),
                "icon": icon,
                "width": width,
                "live": 0 if not live else live,
                "validate": regex,
                "required": required,
            }
        ),
        key_identity=("max_chars", "validate"),
        default=value,
        serde=TextSerde(max_chars),
        props={
            **common,
            "input_type": type,
            "max_chars": max_chars,
            "placeholder": "" if shown_placeholder is None else str(shown_placeholder),
            "live": bool(live),
            "icon": shown_icon,
            "validate": rule,
            "autocomplete": defaults.autocomplete if autocomplete is None else autocomplete,
        },
        refuses=None if rule is None else (lambda ui: breaks_pattern(ui, rule[0])),
    )


@st_function
def text_area(
    label: str,
    value: str | None = "",
    height: int | str | None = None,
    max_chars: int | None = None,
    key: str | int | None = None,
    help: str | None = None,
    on_change: Callable[..., Any] | str | None = "rerun",
    args: Iterable[Any] | None = None,
    kwargs: dict[str, Any] | None = None,
    *,
    placeholder: str | None = None,
    disabled: bool = False,
    required: bool = False,
    label_visibility: str = "visible",
    width: str | int = "stretch",
    bind: str | None = None,
    persist_state: str | None = None,
) -> str | None:
    """Display a multi-line text input.

    Shows a text box for several lines of text and returns its content. Enter starts a new line; the
    text is sent when the box loses focus, or, inside a form, when the form is submitted. With
    ``value=None`` the box starts empty and returns ``None`` until the user enters something. With a
    ``key``, ``st.session_state[key]`` holds the text; assign to it before the widget is drawn to
    fill the box from code.

    Parameters
    ----------
    label : str
        [[label.text_input]]
    value : str or None, optional
        The text when the widget first appears (other objects are converted with ``str``). Default
        ``""``. ``None`` leaves the box empty; the widget then returns ``None`` until the user
        enters text.
    height : "content", "stretch", int, or None, optional
        The height of the box:

        - ``None`` (default): room for three lines.
        - ``"content"``: as tall as the text.
        - ``"stretch"``: as tall as the text or the parent container, whichever is taller.
        - An int: a fixed height in pixels; longer text scrolls.

        The box is never lower than two lines: 68 pixels with ``label_visibility="collapsed"``, 96
        pixels otherwise.
    max_chars : int or None, optional
        The most characters the box accepts; a longer ``value`` is cut to this length. If this is
        ``None`` (default), there is no limit.
    key : str or int, optional
        A string or integer that identifies the widget. If this is ``None`` (default), the widget is
        identified by its label and the other parameters that define it, so changing one of them
        makes a new widget with a fresh value. With a key, the widget keeps its identity and value
        when those parameters change; changing ``max_chars`` still resets it. No two widgets may
        have the same key.

        The key also names the widget's value in session state: read ``st.session_state[key]``
        anywhere, or assign it before the widget is created to set the value the widget shows.
        Assigning it after the widget was created in the same run raises an error.
    help : str or None, optional
        [[help]]
    on_change : Callable, "rerun", "ignore", or None, optional
        What happens when the user commits a new value (leaving the box):

        - ``"rerun"`` (default): the new value is written to session state and the app reruns.
        - ``"ignore"``: the widget shows the new value, but the app does not rerun; the app receives
          the value with the next rerun that something else causes. Until then the value lives only
          in the browser.
        - A callable: the new value is written to session state, then the callback is called with
          ``args`` and ``kwargs``, then the app reruns. With a ``key``, the callback can read the
          new value as ``st.session_state[key]``.
        - ``None``: the same as ``"rerun"``, kept for backward compatibility.

        Inside ``st.form`` nothing is sent before the form is submitted, so ``"ignore"`` makes no
        difference there, and only ``st.form_submit_button`` may have a callback.
    args : list or tuple, optional
        [[args]]
    kwargs : dict, optional
        [[kwargs]]
    placeholder : str or None, optional
        Gray text shown while the box is empty. If this is ``None`` (default), nothing is shown.
    disabled : bool, optional
        If ``True``, the text area is grayed out and can't be used. Default ``False``.
    required : bool, optional
        If ``True``, the box can't be submitted empty. Outside a form, clearing it doesn't rerun the
        app and the last value is kept; inside a form, the form can't be submitted until it has a
        value. Default ``False``.

        It doesn't change the starting value: use ``value=None`` with ``required=True`` for a box
        that starts empty and must be filled. Text made only of spaces and line breaks counts as
        empty. The check runs in the browser and can be bypassed, so check values that matter in
        your code as well.
    label_visibility : "visible", "hidden", or "collapsed", optional
        [[label_visibility]]
    width : "stretch" or int, optional
        The width of the text area:

        - ``"stretch"`` (default): as wide as the parent container.
        - An int: a fixed width in pixels, capped at the width of the parent container.
    bind : "query-params" or None, optional
        Keeps the widget's value in a query parameter of the page's URL. If this is ``None``
        (default), the URL is not involved. With ``"query-params"``, changing the widget updates the
        URL, and a URL that carries the parameter sets the widget, so a link can restore it. This
        needs a ``key``, which is used as the parameter's name. While the value equals the widget's
        default, the parameter is left out of the URL. A bound parameter can be changed from code
        only through ``st.session_state``, not through ``st.query_params``, and URL values the
        widget can't take are ignored and removed. An empty parameter (``?my_key=``) clears the box.
    persist_state : "page", "session", or None, optional
        [[persist_state]]

    Returns
    -------
    str or None
        The text entered, or ``None`` if the box is empty and started as ``None``.

    Example
    -------
    >>> import streamlit as st
    >>> text = st.text_area(
    ...     "Text to analyze", "It was the best of times, it was the worst of times.", height=120
    ... )
    >>> st.write(f"{len(text.split())} words, {len(text)} characters")
    """
    callback = check_on_change(on_change)
    value = text_default(value, max_chars)
    label = label_text(label)
    return register_widget(
        "text_area",
        bind=bind,
        url=binding.text(),
        persist_state=persist_state,
        required=required,
        label=label,
        key=key,
        identity={
            "label": label,
            "value": value,
            "height": height,
            "max_chars": max_chars,
            "help": help,
            "placeholder": str(placeholder),
            "width": width,
            "required": required,
        },
        key_identity=("max_chars",),
        default=value,
        serde=TextSerde(max_chars),
        callback=Callback(callback, args, kwargs),
        props={
            **common_props(
                help=help, disabled=disabled, label_visibility=label_visibility, width=width
            ),
            "max_chars": max_chars,
            "height": height if isinstance(height, int) else None,
            "placeholder": "" if placeholder is None else str(placeholder),
        },
    )
