"""``st.number_input``."""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

from ..errors import (
    StreamlitInvalidMinMaxError,
    StreamlitInvalidNumberFormatError,
    StreamlitJSNumberBoundsError,
    StreamlitMixedNumericTypesError,
    StreamlitValueAboveMaxError,
    StreamlitValueBelowMinError,
    above_max_message,
    below_min_message,
)
from . import bind as binding
from .lib import (
    Callback,
    check_icon,
    check_on_change,
    common_props,
    is_number,
    label_text,
    register_widget,
    st_function,
    type_name,
)
from .slider import JS_MAX_SAFE_INTEGER


@dataclass(frozen=True)
class NumberInputSerde:
    """number_input: the front end shows and sends text; the script sees an int or float."""

    min_value: float | None
    max_value: float | None
    is_int: bool
    fmt: str
    default: Any

    def serialize(self, value: Any) -> str:
        if value is None:
            return ""
        try:
            return self.fmt % value
        except (TypeError, ValueError):
            return str(value)

    def _in_bounds(self, value: Any) -> bool:
        return (self.min_value is None or value >= self.min_value) and (
            self.max_value is None or value <= self.max_value
        )

    def deserialize(self, ui_value: Any) -> Any:
        if ui_value is None or (isinstance(ui_value, str) and not ui_value.strip()):
            return self.default  # a cleared field goes back to the default (None if that is None)
        if is_number(ui_value):
            number: Any = ui_value
        elif isinstance(ui_value, str):
            number = float(ui_value.strip().replace(",", ""))
        else:
            raise TypeError(f"expected a number, got {type(ui_value).__name__}")
        if isinstance(number, float) and not math.isfinite(number):
            raise ValueError("not a finite number")
        if self.is_int:
            if number != int(number):
                raise ValueError(f"{ui_value!r} is not an integer")
            number = int(number)
        else:
            number = float(number)
        if not self._in_bounds(number):
            raise ValueError(f"{number} is outside [{self.min_value}, {self.max_value}]")
        return number

    def normalize(self, value: Any) -> Any:
        """A session-state value outside the bounds is reset to the default, silently."""
        if value is None or not is_number(value) or self._in_bounds(value):
            return value
        return self.default


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
    """Display a number input.

    Shows a number field with − and + buttons. Returns an int when the numeric arguments
    (``min_value``, ``max_value``, ``value``, ``step``) are ints, and a float when they are floats
    or none is given; mixing ints and floats raises an error. With ``value=None`` the field starts
    empty and returns ``None`` until the user enters a number.

    The new value is sent when the user presses Enter, leaves the field, or clicks − or +. With a
    ``key``, ``st.session_state[key]`` holds the number; assign to it before the widget is drawn to
    set it from code.

    Parameters
    ----------
    label : str
        A short label telling the user what the number is for. It can contain inline Markdown: bold,
        italics, strikethrough, inline code, links and images (shown at text height), plus the
        directives ``st.markdown`` knows, such as colored text (``:red[...]``); block-level Markdown
        such as headings and lists is shown as plain text.

        For accessibility, don't leave the label empty; hide it with ``label_visibility`` instead.
    min_value : int, float, or None, optional
        The smallest allowed value. If this is ``None`` (default), floats have no lower bound, and
        ints stop at ``-(2**53 - 1)``, the lowest integer a browser holds exactly.
    max_value : int, float, or None, optional
        The largest allowed value. If this is ``None`` (default), floats have no upper bound, and
        ints stop at ``2**53 - 1``.
    value : int, float, "min", or None, optional
        The value when the widget first appears. ``"min"`` (default) means ``min_value``, or ``0``
        (``0.0`` for floats) when there is no ``min_value``. ``None`` leaves the field empty; the
        widget then returns ``None`` until the user enters a number.
    step : int, float, or None, optional
        How much − and + (and the up and down arrow keys) change the value. If this is ``None``
        (default), ``1`` for ints and ``0.01`` for floats.
    format : str or None, optional
        A printf-style format for the displayed number, such as ``"%d"``, ``"%0.3f"`` or ``"%.1e"``;
        it must produce a plain number, and it doesn't change the returned value. If this is
        ``None`` (default), ``"%d"`` for ints and ``"%0.2f"`` for floats.
    key : str or int, optional
        [[key]]
    help : str or None, optional
        [[help]]
    on_change : Callable, "rerun", "ignore", or None, optional
        What happens when the user commits a new value (pressing Enter, leaving the field, clicking
        − or +, pressing the up or down arrow key, or clearing the field):

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
        Text shown while the field is empty. If this is ``None`` (default), nothing is shown.
    disabled : bool, optional
        If ``True``, the number input is grayed out and can't be used. Default ``False``.
    required : bool, optional
        If ``True``, the field can't be submitted empty. Outside a form, clearing it doesn't rerun
        the app and the last value is kept; inside a form, the form can't be submitted until it has
        a value. Default ``False``.

        It doesn't change the starting value: the field still starts at ``min_value`` (or ``0``)
        unless you pass ``value=None``, so use ``value=None`` with ``required=True`` for a field
        that starts empty and must be filled. The check runs in the browser and can be bypassed, so
        check values that matter in your code as well.
    label_visibility : "visible", "hidden", or "collapsed", optional
        [[label_visibility]]
    icon : str or None, optional
        [[icon.number_input]]
    width : "stretch" or int, optional
        The width of the number input:

        - ``"stretch"`` (default): as wide as the parent container.
        - An int: a fixed width in pixels, capped at the width of the parent container.
    bind : "query-params" or None, optional
        Keeps the widget's value in a query parameter of the page's URL. If this is ``None``
        (default), the URL is not involved. With ``"query-params"``, changing the widget updates the
        URL, and a URL that carries the parameter sets the widget, so a link can restore it. This
        needs a ``key``, which is used as the parameter's name. While the value equals the widget's
        default, the parameter is left out of the URL. A bound parameter can be changed from code
        only through ``st.session_state``, not through ``st.query_params``, and URL values the
        widget can't take are ignored and removed. With ``value=None``, an empty parameter
        (``?my_key=``) clears the field.
    persist_state : "page", "session", or None, optional
        [[persist_state]]

    Returns
    -------
    int, float, or None
        The number entered, or ``None`` if the field is empty.

    Example
    -------
    >>> import streamlit as st
    >>> quantity = st.number_input("Quantity", min_value=1, max_value=99, value=1)
    >>> price = st.number_input("Unit price", value=None, placeholder="Type a price...")
    >>> if price is not None:
    ...     st.write(f"Total: {quantity * price:.2f}")
    """
    callback = check_on_change(on_change)
    if isinstance(value, str) and value != "min":
        raise StreamlitJSNumberBoundsError(f"`value` ({value}) is not a float")
    args_given = {"value": value, "min_value": min_value, "max_value": max_value, "step": step}
    numeric = [a for a in args_given.values() if a is not None and not isinstance(a, str)]
    int_args = all(isinstance(a, int) and not isinstance(a, bool) for a in numeric)
    float_args = all(isinstance(a, float) for a in numeric)
    if not int_args and not float_args:
        lines = [
            f"`{name}` has {type_name(a)} type." for name, a in args_given.items() if a is not None
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
    label = label_text(label)
    common = common_props(
        help=help, disabled=disabled, label_visibility=label_visibility, width=width
    )
    serde = NumberInputSerde(
        min_value=min_value, max_value=max_value, is_int=is_int, fmt=format, default=value
    )
    shown_icon = check_icon(icon)
    return register_widget(
        "number_input",
        bind=bind,
        url=binding.number(int if is_int else float),
        persist_state=persist_state,
        required=required,
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
        props={
            **common,
            "min": min_value,
            "max": max_value,
            "step": step,
            "format": format,
            "is_int": is_int,
            "placeholder": "" if placeholder is None else str(placeholder),
            "icon": shown_icon,
        },
    )
