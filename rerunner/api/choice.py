"""Choices over a list of options: multiselect, select_slider, pills, segmented_control."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

from ..errors import (
    StreamlitAPIException,
    StreamlitMissingRequiredParameterError,
    StreamlitSelectionCountExceedsMaxError,
    StreamlitValueError,
)
from ._core import Callback, check_on_change, register_widget, st_function, unsupported
from .serde import MultiOptionSerde, OptionRangeSerde, OptionSerde
from .widgets import _common, _formatted, _label, _options


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
    opts = _options(options)
    defaults = _as_list(default)
    _check_defaults(defaults, opts)
    labels = _formatted(opts, format_func)
    serde = MultiOptionSerde(opts, max_selections)
    label = _label(label)
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
        props={**_common(label, help, disabled, label_visibility, width), "options": labels,
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


@st_function
def select_slider(
    label: str,
    options: Iterable[Any] = (),
    value: Any = None,
    format_func: Callable[[Any], Any] = str,
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
    """Display a slider over a list of options; a pair ``value`` makes a range. Returns options."""
    callback = check_on_change(on_change)
    unsupported("select_slider", bind=bind, persist_state=persist_state)
    opts = _options(options)
    if not opts:
        raise StreamlitMissingRequiredParameterError(
            "The `options` parameter is required. Provide at least one option."
        )
    labels = [str(format_func(o)) for o in opts]
    one = OptionSerde(opts, 0)
    is_range = isinstance(value, (list, tuple)) and len(value) == 2
    if is_range:
        picked = sorted(_position(one, v) for v in value)
        default: Any = (opts[picked[0]], opts[picked[1]])
        serde: Any = OptionRangeSerde(opts)
    else:
        default = opts[0] if value is None else opts[_position(one, value)]
        serde = OptionSerde(opts, 0)
    label = _label(label)
    return register_widget(
        "select_slider",
        label=label,
        key=key,
        identity={"label": label, "options": labels, "value": serde.serialize(default), "help": help, "width": width},
        default=default,
        serde=serde,
        callback=Callback(callback, args, kwargs),
        props={**_common(label, help, disabled, label_visibility, width), "options": labels, "is_range": is_range},
    )  # fmt: skip


def _position(serde: OptionSerde, value: Any) -> int:
    index = serde.index_of(value)
    if index is None:
        raise ValueError(f"{value} is not in iterable")
    return index


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
    opts = _options(options)
    defaults = _as_list(default)
    _check_defaults(defaults, opts)
    labels = _formatted(opts, format_func or str)
    multi = selection_mode == "multi"
    serde: Any = MultiOptionSerde(opts) if multi else OptionSerde(opts, None)
    value: Any = defaults if multi else (defaults[0] if defaults else None)
    label = _label(label)
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
        props={**_common(label, help, disabled, label_visibility, width), "options": labels, "multi": multi},
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
