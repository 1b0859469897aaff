"""Choices among options: ``st.radio``, ``st.selectbox``, ``st.multiselect``, ``st.pills`` and
``st.segmented_control``."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

from ..errors import (
    StreamlitAPIException,
    StreamlitInvalidParameterTypeError,
    StreamlitSelectionCountExceedsMaxError,
    StreamlitValueError,
    StreamlitValueOutOfRangeError,
)
from .lib import (
    Callback,
    check_on_change,
    common_props,
    label_text,
    register_widget,
    require_str,
    st_function,
    unsupported,
)


@dataclass(frozen=True)
class OptionSerde:
    """Radio and selectbox: the front end works with option indexes."""

    options: tuple[Any, ...]
    default_index: int | None

    def index_of(self, value: Any) -> int | None:
        for i, option in enumerate(self.options):
            try:
                if option is value or bool(option == value):
                    return i
            except Exception:
                continue
        return None

    def serialize(self, value: Any) -> int | None:
        return None if value is None else self.index_of(value)

    def deserialize(self, ui_value: Any) -> Any:
        if ui_value is None:
            return None
        if not isinstance(ui_value, int) or isinstance(ui_value, bool):
            raise TypeError(f"expected an option index, got {type(ui_value).__name__}")
        if not 0 <= ui_value < len(self.options):
            raise ValueError(f"option index {ui_value} is outside 0..{len(self.options) - 1}")
        return self.options[ui_value]

    def normalize(self, value: Any) -> Any:
        """A session-state value that is not an option falls back to the default, silently."""
        if value is None or not self.options or self.index_of(value) is not None:
            return value if self.options else None
        return None if self.default_index is None else self.options[self.default_index]


@dataclass(frozen=True)
class MultiOptionSerde:
    """multiselect, multi pills: the front end sends the selected option indexes, in order."""

    options: tuple[Any, ...]
    max_selections: int | None = None

    def serialize(self, value: Any) -> list[int]:
        index = OptionSerde(self.options, None).index_of
        return [i for i in (index(v) for v in value or ()) if i is not None]

    def deserialize(self, ui_value: Any) -> list[Any]:
        if not isinstance(ui_value, (list, tuple)):
            raise TypeError("expected a list of option indexes")
        if self.max_selections and len(ui_value) > self.max_selections:
            raise ValueError(f"{len(ui_value)} selected, at most {self.max_selections} allowed")
        return [OptionSerde(self.options, None).deserialize(i) for i in ui_value]

    def normalize(self, value: Any) -> list[Any]:
        return list(value or [])


def option_tuple(options: Any) -> tuple[Any, ...]:
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
    opts = option_tuple(options)
    _check_index(index, opts)
    if isinstance(index, bool):
        raise TypeError(f"Field {kind.title()}.default: Expected an int, got a boolean.")
    labels = _formatted(opts, format_func)
    label = label_text(label)
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
        common_props(label, help, disabled, label_visibility, width),
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
    require_str(placeholder)
    shown_placeholder = "Choose an option" if placeholder is None else placeholder
    return _choice(
        "selectbox", label, options, index, format_func, key, help, on_change, args, kwargs,
        common_props(label, help, disabled, label_visibility, width),
        {
            "placeholder": placeholder, "accept_new_options": accept_new_options,
            "filter_mode": filter_mode, "width": width, "required": required, "icon": icon,
        },
        {"placeholder": shown_placeholder},
        key_identity=("accept_new_options",),
    )  # fmt: skip


def _as_list(value: Any) -> list[Any]:
    if value is None:
        return []
    if isinstance(value, (list, tuple, set)):
        return list(value)
    if hasattr(value, "tolist"):
        return list(value.tolist())
    return [value]


def _check_defaults(defaults: list[Any], options: tuple[Any, ...]) -> None:
    serde = OptionSerde(options, None)
    for value in defaults:
        if serde.index_of(value) is None:
            raise StreamlitAPIException(
                f"The default value {value!r} is not part of the options. Please make sure that "
                "every default value also exists in the options."
            )


@st_function
def multiselect(
    label: str,
    options: Iterable[Any],
    default: Any = None,
    format_func: Callable[[Any], str] = str,
    key: str | int | None = None,
    help: str | None = None,
    on_change: Callable[..., Any] | str | None = "rerun",
    args: Iterable[Any] | None = None,
    kwargs: dict[str, Any] | None = None,
    *,
    max_selections: int | None = None,
    placeholder: str | None = None,
    disabled: bool = False,
    label_visibility: str = "visible",
    accept_new_options: bool = False,
    filter_mode: str | None = "fuzzy",
    select_all: bool | int = 1000,
    width: str | int = "stretch",
    wrap: bool | None = None,
    bind: str | None = None,
    persist_state: str | None = None,
) -> list[Any]:
    """Display a multi-select: returns the selected options, in the order they were picked."""
    callback = check_on_change(on_change)
    unsupported(
        "multiselect", accept_new_options=accept_new_options, bind=bind, persist_state=persist_state
    )
    if max_selections is not None and (not isinstance(max_selections, int) or max_selections < 1):
        raise StreamlitValueError(
            "Invalid `max_selections` value. Supported values: a positive integer. To disable "
            "`st.multiselect`, use `disabled=True`."
        )
    opts = option_tuple(options)
    defaults = _as_list(default)
    _check_defaults(defaults, opts)
    labels = _formatted(opts, format_func)
    serde = MultiOptionSerde(opts, max_selections)
    label = label_text(label)
    return register_widget(
        "multiselect",
        label=label,
        key=key,
        identity={"label": label, "options": labels, "default": serde.serialize(defaults), "help": help,
                  "max_selections": max_selections, "placeholder": placeholder,
                  "accept_new_options": accept_new_options, "filter_mode": filter_mode,
                  "select_all": select_all, "width": width},
        key_identity=("max_selections", "accept_new_options"),
        default=defaults,
        serde=serde,
        callback=Callback(callback, args, kwargs),
        props={**common_props(label, help, disabled, label_visibility, width), "options": labels,
               "placeholder": "Choose options" if placeholder is None else str(placeholder)},
        check=lambda value: _check_max_selections(value, max_selections),
    )  # fmt: skip


def _check_max_selections(value: list[Any], max_selections: int | None) -> None:
    if max_selections and len(value) > max_selections:
        raise StreamlitSelectionCountExceedsMaxError(
            f"Multiselect has {len(value)} options selected but `max_selections` is set to "
            f"{max_selections}. This happened because you either gave too many options to "
            "`default` or you manipulated the widget's state through `st.session_state`. Note "
            "that the latter can happen before the line indicated in the traceback. Please select "
            f"at most {max_selections} option{'s' if max_selections != 1 else ''}."
        )


def _button_group(
    kind: str,
    label: Any,
    options: Any,
    selection_mode: str,
    default: Any,
    required: bool,
    format_func: Callable[[Any], str] | None,
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
) -> Any:
    callback = check_on_change(on_change)
    unsupported(kind, required=required, bind=bind, persist_state=persist_state)
    if selection_mode not in ("single", "multi"):
        raise StreamlitValueError(
            "Invalid `selection_mode` value. Supported values: 'single', 'multi'."
        )
    opts = option_tuple(options)
    defaults = _as_list(default)
    _check_defaults(defaults, opts)
    labels = _formatted(opts, format_func or str)
    multi = selection_mode == "multi"
    serde: Any = MultiOptionSerde(opts) if multi else OptionSerde(opts, None)
    value: Any = defaults if multi else (defaults[0] if defaults else None)
    label = label_text(label)
    return register_widget(
        kind,
        label=label,
        key=key,
        identity={"label": label, "options": labels, "default": repr(value), "help": help,
                  "selection_mode": selection_mode, "width": width},
        key_identity=("selection_mode",),
        default=value,
        serde=serde,
        callback=Callback(callback, args, kwargs),
        props={**common_props(label, help, disabled, label_visibility, width), "options": labels, "multi": multi},
    )  # fmt: skip


@st_function
def pills(
    label: str,
    options: Iterable[Any],
    *,
    selection_mode: str = "single",
    default: Any = None,
    required: bool = False,
    format_func: Callable[[Any], str] | None = None,
    key: str | int | None = None,
    help: str | None = None,
    on_change: Callable[..., Any] | str | None = "rerun",
    args: Iterable[Any] | None = None,
    kwargs: dict[str, Any] | None = None,
    disabled: bool = False,
    label_visibility: str = "visible",
    width: str | int = "content",
    wrap: bool | None = None,
    bind: str | None = None,
    persist_state: str | None = None,
) -> Any:
    """Display pill buttons: one option (or None), or a list with ``selection_mode="multi"``."""
    return _button_group(
        "pills", label, options, selection_mode, default, required, format_func, key, help,
        on_change, args, kwargs, disabled, label_visibility, width, bind, persist_state,
    )  # fmt: skip


@st_function
def segmented_control(
    label: str,
    options: Iterable[Any],
    *,
    selection_mode: str = "single",
    default: Any = None,
    required: bool = False,
    format_func: Callable[[Any], str] | None = None,
    key: str | int | None = None,
    help: str | None = None,
    on_change: Callable[..., Any] | str | None = "rerun",
    args: Iterable[Any] | None = None,
    kwargs: dict[str, Any] | None = None,
    disabled: bool = False,
    label_visibility: str = "visible",
    width: str | int = "content",
    wrap: bool | None = None,
    bind: str | None = None,
    persist_state: str | None = None,
) -> Any:
    """Display a segmented control: like ``st.pills``, drawn as one joined row of buttons."""
    return _button_group(
        "segmented_control", label, options, selection_mode, default, required, format_func, key,
        help, on_change, args, kwargs, disabled, label_visibility, width, bind, persist_state,
    )  # fmt: skip
