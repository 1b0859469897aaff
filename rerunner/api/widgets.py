"""Input widgets: button, checkbox, toggle, radio, selectbox, slider, number_input, text_input.

Each is a docstring-first function that validates like Streamlit, builds a serde and calls
``register_widget`` once. Identity parameters are listed in Streamlit's order, because they are
hashed into the widget id.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from typing import Any

from ..errors import (
    FORM_DOCS_INFO,
    StreamlitAPIException,
    StreamlitInvalidLayoutContextError,
    StreamlitInvalidMinMaxError,
    StreamlitInvalidNumberFormatError,
    StreamlitInvalidParameterTypeError,
    StreamlitJSNumberBoundsError,
    StreamlitMixedNumericTypesError,
    StreamlitValueAboveMaxError,
    StreamlitValueBelowMinError,
    StreamlitValueError,
    StreamlitValueOutOfRangeError,
    above_max_message,
    below_min_message,
)
from ..runtime.context import require_run
from ._core import (
    Callback,
    check_label_visibility,
    check_on_change,
    check_width,
    register_widget,
    st_function,
    unsupported,
)
from .serde import (
    BoolSerde,
    NumberInputSerde,
    NumberRangeSerde,
    OptionSerde,
    TextSerde,
    TriggerSerde,
    _is_number,
)

JS_MAX_SAFE_INTEGER = (1 << 53) - 1
TEXT_INPUT_TYPES = ("default", "password", "email", "url", "phone", "search")


def _common(
    label: Any, help: Any, disabled: bool, label_visibility: str, width: Any
) -> dict[str, Any]:
    check_label_visibility(label_visibility)
    check_width(width)
    return {
        "help": help,
        "disabled": bool(disabled),
        "label_visibility": label_visibility,
        "width": width,
    }


def _label(label: Any) -> str:
    return "" if label is None else str(label)


def _require_str(value: Any) -> None:
    """Where Streamlit hands a value to protobuf as a string, anything else fails like this."""
    if value is not None and not isinstance(value, str):
        raise TypeError("bad argument type for built-in operation")


def _require_int(value: Any) -> None:
    if not isinstance(value, int):
        raise TypeError(f"'{type(value).__name__}' object cannot be interpreted as an integer")


# --- button ---------------------------------------------------------------------------------


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
    """Display a button. Returns True only in the run its click caused, else False."""
    if require_run("button").form_id:
        raise StreamlitInvalidLayoutContextError(
            "`st.button()` can't be used in an `st.form()`. Use `st.form_submit_button()` "
            "instead to submit the form." + FORM_DOCS_INFO
        )
    return trigger_button(
        "button", label, key, help, on_click, args, kwargs, type, icon, icon_position,
        disabled, use_container_width, width, shortcut,
    )  # fmt: skip


def trigger_button(
    kind: str,
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
    props = trigger_props(type, icon, icon_position, disabled, use_container_width, width, help)
    width = props["width"]
    unsupported(kind, shortcut=shortcut)
    label = _label(label)
    return register_widget(
        kind,
        label=label,
        key=key,
        identity={
            "label": label,
            "icon": icon,
            "help": help,
            "is_form_submitter": kind == "form_submit_button",
            "type": type,
            "width": width,
            "icon_position": icon_position,
            "shortcut": shortcut,
        },
        default=False,
        serde=TriggerSerde(),
        callback=Callback(on_click, args, kwargs),
        props=props,
        trigger=True,
    )


def trigger_props(
    type: str,
    icon: str | None,
    icon_position: str,
    disabled: bool,
    use_container_width: bool | None,
    width: Any,
    help: str | None,
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
    check_icon(icon)
    return {
        "help": help,
        "disabled": bool(disabled),
        "button_type": type,
        "icon": icon,
        "icon_position": icon_position,
        "width": width,
    }


def check_icon(icon: str | None) -> None:
    if icon is None:
        return
    if icon.startswith(":material/"):
        raise StreamlitAPIException(
            "Material icons need Streamlit's icon font, which rerunner does not ship; "
            "use an emoji as `icon` instead."
        )
    if not icon or len(icon) > 8 or any(ch.isascii() and ch.isalnum() for ch in icon):
        raise StreamlitAPIException(
            f'The value "{icon}" is not a valid icon. Please use a single emoji or a Material '
            "icon shortcode like `:material\u200b/thumb_up:`."
        )


# --- checkbox and toggle --------------------------------------------------------------------


def _boolean(
    kind: str,
    label: Any,
    value: Any,
    key: Any,
    help: Any,
    on_change: Any,
    args: Any,
    kwargs: Any,
    disabled: bool,
    label_visibility: str,
    width: Any,
    bind: Any,
    persist_state: Any,
) -> bool:
    callback = check_on_change(on_change)
    unsupported(kind, bind=bind, persist_state=persist_state)
    label = _label(label)
    props = _common(label, help, disabled, label_visibility, width)
    return register_widget(
        kind,
        label=label,
        key=key,
        identity={"label": label, "value": bool(value), "help": help, "width": width},
        default=bool(value),
        serde=BoolSerde(),
        callback=Callback(callback, args, kwargs),
        props=props,
    )


@st_function
def checkbox(
    label: str,
    value: bool = False,
    key: str | int | None = None,
    help: str | None = None,
    on_change: Callable[..., Any] | str | None = "rerun",
    args: Iterable[Any] | None = None,
    kwargs: dict[str, Any] | None = None,
    *,
    disabled: bool = False,
    label_visibility: str = "visible",
    width: str | int = "content",
    wrap: bool | None = None,
    bind: str | None = None,
    persist_state: str | None = None,
) -> bool:
    """Display a checkbox. Returns whether it is checked."""
    return _boolean(
        "checkbox", label, value, key, help, on_change, args, kwargs,
        disabled, label_visibility, width, bind, persist_state,
    )  # fmt: skip


@st_function
def toggle(
    label: str,
    value: bool = False,
    key: str | int | None = None,
    help: str | None = None,
    on_change: Callable[..., Any] | str | None = "rerun",
    args: Iterable[Any] | None = None,
    kwargs: dict[str, Any] | None = None,
    *,
    disabled: bool = False,
    label_visibility: str = "visible",
    width: str | int = "content",
    wrap: bool | None = None,
    bind: str | None = None,
    persist_state: str | None = None,
) -> bool:
    """Display a toggle switch. Returns whether it is on."""
    return _boolean(
        "toggle", label, value, key, help, on_change, args, kwargs,
        disabled, label_visibility, width, bind, persist_state,
    )  # fmt: skip


# --- radio and selectbox --------------------------------------------------------------------


def _options(options: Any) -> tuple[Any, ...]:
    if options is None:
        return ()
    if isinstance(options, (str, bytes)) or not hasattr(options, "__iter__"):
        return (options,)  # a lone value is one option, as Streamlit treats it
    if isinstance(options, dict):
        return tuple(options.keys())
    if hasattr(options, "columns") and hasattr(options, "iloc"):  # a DataFrame: its first column
        return tuple(options.iloc[:, 0])
    return tuple(options)


def _formatted(options: tuple[Any, ...], format_func: Callable[[Any], Any]) -> list[str]:
    labels = []
    for option in options:
        text = format_func(option)
        if not isinstance(text, str):
            raise TypeError("bad argument type for built-in operation")
        labels.append(text)
    return labels


def _check_index(index: Any, options: tuple[Any, ...]) -> None:
    if index is None:
        return
    if not isinstance(index, int):
        raise StreamlitInvalidParameterTypeError(
            f"Invalid `index` type. Expected one of: int, None. Provided type: {type(index).__name__}."
        )
    if options and not 0 <= index < len(options):
        raise StreamlitValueOutOfRangeError(
            f"The `index` parameter, set to {index}, is outside the required range "
            f"[0, {len(options) - 1}]."
        )


def _choice(
    kind: str,
    label: Any,
    options: Any,
    index: int | None,
    format_func: Callable[[Any], Any],
    key: Any,
    help: Any,
    on_change: Any,
    args: Any,
    kwargs: Any,
    common: dict[str, Any],
    identity_extra: dict[str, Any],
    props_extra: dict[str, Any],
    key_identity: tuple[str, ...] = (),
) -> Any:
    callback = check_on_change(on_change)
    opts = _options(options)
    _check_index(index, opts)
    if isinstance(index, bool):
        raise TypeError(f"Field {kind.title()}.default: Expected an int, got a boolean.")
    labels = _formatted(opts, format_func)
    label = _label(label)
    default_index = index if opts else None
    serde = OptionSerde(opts, default_index)
    identity = {"label": label, "options": labels, "index": index, "help": help, **identity_extra}
    return register_widget(
        kind,
        label=label,
        key=key,
        identity=identity,
        key_identity=key_identity,
        default=None if default_index is None else opts[default_index],
        serde=serde,
        callback=Callback(callback, args, kwargs),
        props={**common, "options": labels, **props_extra},
    )


@st_function
def radio(
    label: str,
    options: Iterable[Any],
    index: int | None = 0,
    format_func: Callable[[Any], Any] = str,
    key: str | int | None = None,
    help: str | None = None,
    on_change: Callable[..., Any] | str | None = "rerun",
    args: Iterable[Any] | None = None,
    kwargs: dict[str, Any] | None = None,
    *,
    disabled: bool = False,
    horizontal: bool = False,
    captions: Iterable[str] | None = None,
    label_visibility: str = "visible",
    width: str | int = "content",
    bind: str | None = None,
    persist_state: str | None = None,
) -> Any:
    """Display radio buttons. Returns the selected option (not its label), or None."""
    unsupported("radio", bind=bind, persist_state=persist_state)
    caption_list = None if captions is None else list(captions)
    for caption in caption_list or ():
        if caption is not None and not isinstance(caption, str):
            raise StreamlitInvalidParameterTypeError(
                "Invalid `captions` type. Expected one of: str, None. "
                f"Provided type: {type(caption).__name__}."
            )
    return _choice(
        "radio", label, options, index, format_func, key, help, on_change, args, kwargs,
        _common(label, help, disabled, label_visibility, width),
        {"horizontal": horizontal, "captions": caption_list, "width": width},
        {"horizontal": bool(horizontal), "captions": caption_list},
    )  # fmt: skip


@st_function
def selectbox(
    label: str,
    options: Iterable[Any],
    index: int | None = 0,
    format_func: Callable[[Any], Any] = str,
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
    icon: str | None = None,
    accept_new_options: bool = False,
    filter_mode: str | None = "fuzzy",
    width: str | int = "stretch",
    bind: str | None = None,
    persist_state: str | None = None,
) -> Any:
    """Display a drop-down select box. Returns the selected option (not its label), or None."""
    unsupported(
        "selectbox",
        accept_new_options=accept_new_options,
        required=required,
        icon=icon,
        bind=bind,
        persist_state=persist_state,
    )
    _require_str(placeholder)
    shown_placeholder = "Choose an option" if placeholder is None else placeholder
    return _choice(
        "selectbox", label, options, index, format_func, key, help, on_change, args, kwargs,
        _common(label, help, disabled, label_visibility, width),
        {
            "placeholder": placeholder, "accept_new_options": accept_new_options,
            "filter_mode": filter_mode, "width": width, "required": required, "icon": icon,
        },
        {"placeholder": shown_placeholder},
        key_identity=("accept_new_options",),
    )  # fmt: skip


# --- slider ---------------------------------------------------------------------------------


def _type_name(value: Any) -> str:
    return type(value).__name__


@st_function
def slider(
    label: str,
    min_value: int | float | None = None,
    max_value: int | float | None = None,
    value: Any = None,
    step: int | float | None = None,
    format: str | None = None,
    key: str | int | None = None,
    help: str | None = None,
    on_change: Callable[..., Any] | str | None = "rerun",
    args: Iterable[Any] | None = None,
    kwargs: dict[str, Any] | None = None,
    *,
    disabled: bool = False,
    label_visibility: str = "visible",
    width: str | int = "stretch",
    bind: str | None = None,
    persist_state: str | None = None,
) -> Any:
    """Display a slider over ints or floats; a two-value ``value`` makes a range slider.

    Returns the value, or a (low, high) tuple for a range.
    """
    callback = check_on_change(on_change)
    unsupported("slider", bind=bind, persist_state=persist_state)
    _require_str(format)
    min_value, max_value, value = (
        int(v) if isinstance(v, bool) else v for v in (min_value, max_value, value)
    )
    if value is None:
        value = min_value if min_value is not None else 0
    is_range = isinstance(value, (list, tuple))
    values = list(value) if is_range else [value]
    if is_range and len(values) > 2:
        raise StreamlitValueError(
            "Invalid `value` value. Supported values: int, float, date, time, datetime, a list "
            "containing up to two such values, a tuple containing up to two such values."
        )
    if values and _type_name(values[0]) in ("date", "time", "datetime"):
        from .temporal import temporal_slider

        label = _label(label)
        common = _common(label, help, disabled, label_visibility, width)
        return temporal_slider(label, min_value, max_value, values, is_range, step, format, key,
                               help, callback, args, kwargs, common)  # fmt: skip
    for v in values:
        if not _is_number(v):
            raise StreamlitInvalidParameterTypeError(
                "Invalid `value` type. Expected one of: int, float, date, time, datetime, list, "
                f"tuple. Provided type: {_type_name(v)}."
            )
    is_int = all(isinstance(v, int) for v in values) if values else True
    default_min, default_max, default_step = (0, 100, 1) if is_int else (0.0, 1.0, 0.01)
    if min_value is None:
        min_value = min([default_min, *values])
    if max_value is None:
        max_value = max([default_max, *values])
    if step is None:
        step = default_step
    if not (
        all(isinstance(a, int) and not isinstance(a, bool) for a in (min_value, max_value, step))
        or all(isinstance(a, float) for a in (min_value, max_value, step))
    ):
        raise StreamlitInvalidParameterTypeError(
            "Invalid `value` type. Expected one of: matching numeric types, matching date/time "
            f"types. Provided type: min_value={_type_name(min_value)}, "
            f"max_value={_type_name(max_value)}, step={_type_name(step)}."
        )
    if step == 0:
        raise StreamlitValueError(
            "Invalid `step` value. Supported values: a number. Zero is not allowed."
        )
    if min_value > max_value:
        min_value, max_value = max_value, min_value
    if min_value == max_value:
        raise StreamlitInvalidMinMaxError(
            f"The `min_value` and `max_value` parameters are both set to {min_value}. "
            "They must not be equal."
        )
    if is_range and len(values) < 2:
        values = [*values, min_value, max_value][-2:] if not values else [values[0], max_value]
    values = sorted(values)
    min_value = min([min_value, *values])
    max_value = max([max_value, *values])
    fmt = format or ("%d" if is_int else "%0.2f")
    default: Any = tuple(values) if is_range else values[0]
    label = _label(label)
    common = _common(label, help, disabled, label_visibility, width)
    return register_widget(
        "slider",
        label=label,
        key=key,
        identity={
            "label": label,
            "min_value": min_value,
            "max_value": max_value,
            "value": default,
            "step": step,
            "format": fmt,
            "help": help,
            "width": width,
        },
        key_identity=("min_value", "max_value", "step"),
        default=default,
        serde=NumberRangeSerde(min_value, max_value, is_int, is_range),
        callback=Callback(callback, args, kwargs),
        props={**common, "min": min_value, "max": max_value, "step": step, "format": fmt,
               "is_int": is_int, "is_range": is_range},
    )  # fmt: skip


# --- number_input ---------------------------------------------------------------------------

_NUMBER_FORMAT = re.compile(r"^[^%]*%[-+ 0#]*\d*(\.\d+)?[diufFeEgGxXo][^%]*$")


@st_function
def number_input(
    label: str,
    min_value: int | float | None = None,
    max_value: int | float | None = None,
    value: int | float | str | None = "min",
    step: int | float | None = None,
    format: str | None = None,
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
    icon: str | None = None,
    width: str | int = "stretch",
    bind: str | None = None,
    persist_state: str | None = None,
) -> int | float | None:
    """Display a numeric input with step buttons; it commits on Enter or when it loses focus.

    Returns an int when every numeric argument is an int, else a float; None when empty.
    """
    callback = check_on_change(on_change)
    unsupported(
        "number_input", required=required, icon=icon, bind=bind, persist_state=persist_state
    )
    if isinstance(value, str) and value != "min":
        raise StreamlitJSNumberBoundsError(f"`value` ({value}) is not a float")
    args_given = {"value": value, "min_value": min_value, "max_value": max_value, "step": step}
    numeric = [a for a in args_given.values() if a is not None and not isinstance(a, str)]
    int_args = all(isinstance(a, int) and not isinstance(a, bool) for a in numeric)
    float_args = all(isinstance(a, float) for a in numeric)
    if not int_args and not float_args:
        lines = [
            f"`{name}` has {_type_name(a)} type." for name, a in args_given.items() if a is not None
        ]
        raise StreamlitMixedNumericTypesError(
            "All numerical arguments must be of the same type.\n" + "\n".join(lines)
        )
    if value == "min":
        if min_value is not None:
            value = min_value
        elif int_args and float_args:
            value = 0.0
        else:
            value = 0 if int_args else 0.0
    is_int = isinstance(value, int) if value is not None else (int_args and not float_args)
    if step is None:
        step = 1 if is_int else 0.01
    if format is None:
        format = "%d" if is_int else "%0.2f"
    if not _NUMBER_FORMAT.match(format):
        raise StreamlitInvalidNumberFormatError(
            f"Format string for `st.number_input` contains invalid characters: {format}"
        )
    if min_value is not None and max_value is not None and min_value > max_value:
        raise StreamlitInvalidMinMaxError(
            f"The `min_value`, set to {min_value}, cannot be greater than the `max_value`, "
            f"set to {max_value}."
        )
    if value is not None:
        if min_value is not None and value < min_value:
            raise StreamlitValueBelowMinError(below_min_message(value, min_value))
        if max_value is not None and value > max_value:
            raise StreamlitValueAboveMaxError(above_max_message(value, max_value))
        if is_int and abs(value) > JS_MAX_SAFE_INTEGER:
            bound = "<= (1 << 53) - 1" if value > 0 else ">= -((1 << 53) - 1)"
            raise StreamlitJSNumberBoundsError(f"`value` ({value}) must be {bound}")
    label = _label(label)
    common = _common(label, help, disabled, label_visibility, width)
    serde = NumberInputSerde(min_value, max_value, is_int, format, value)
    return register_widget(
        "number_input",
        label=label,
        key=key,
        identity={
            "label": label,
            "min_value": min_value,
            "max_value": max_value,
            "value": value,
            "step": step,
            "format": format,
            "help": help,
            "placeholder": None if placeholder is None else str(placeholder),
            "icon": icon,
            "width": width,
            "required": required,
        },
        default=value,
        serde=serde,
        callback=Callback(callback, args, kwargs),
        props={**common, "min": min_value, "max": max_value, "step": step, "format": format,
               "is_int": is_int, "placeholder": "" if placeholder is None else str(placeholder)},
    )  # fmt: skip


# --- text_input -----------------------------------------------------------------------------


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
    """Display a single-line text input. It commits on Enter or blur (every key with ``live``).

    Returns the text, or None when ``value=None`` and nothing was entered.
    """
    callback = check_on_change(on_change)
    if type not in TEXT_INPUT_TYPES:
        raise StreamlitValueError(
            "Invalid `type` value. Supported values: 'default', 'password', 'email', 'url', "
            "'phone', 'search'."
        )
    unsupported(
        "text_input",
        autocomplete=autocomplete,
        required=required,
        icon=icon,
        validate=validate,
        bind=bind,
        persist_state=persist_state,
    )
    value = text_default(value, max_chars)
    label = _label(label)
    common = _common(label, help, disabled, label_visibility, width)
    return register_widget(
        "text_input",
        label=label,
        key=key,
        identity={
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
            "validate": validate,
            "required": required,
        },
        key_identity=("max_chars", "validate"),
        default=value,
        serde=TextSerde(max_chars),
        callback=Callback(callback, args, kwargs),
        props={**common, "input_type": type, "max_chars": max_chars,
               "placeholder": "" if placeholder is None else str(placeholder), "live": bool(live)},
    )  # fmt: skip
