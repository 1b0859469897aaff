"""Choices among options: ``st.radio``, ``st.selectbox``, ``st.multiselect``, ``st.pills`` and
``st.segmented_control``."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

from ..errors import (
    StreamlitAPIException,
    StreamlitIncompatibleParametersError,
    StreamlitInvalidParameterTypeError,
    StreamlitSelectionCountExceedsMaxError,
    StreamlitValueError,
    StreamlitValueOutOfRangeError,
)
from . import bind as binding
from .lib import (
    Callback,
    check_icon,
    check_on_change,
    check_wrap,
    common_props,
    label_text,
    register_widget,
    require_str,
    st_function,
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


def _matching(labels: list[str], text: str) -> int | None:
    """The option a typed ``text`` names: its label exactly, else ignoring case (Streamlit
    matches options before it adds a new one)."""
    if text in labels:
        return labels.index(text)
    folded = text.casefold()
    for i, label in enumerate(labels):
        if label.casefold() == folded:
            return i
    return None


@dataclass(frozen=True)
class NewOptionSerde:
    """A selectbox with ``accept_new_options``: the front end sends the text of the field (an
    option's label, or a new value), the widget returns the option it names or the text."""

    options: tuple[Any, ...]
    labels: tuple[str, ...]
    default_index: int | None

    def serialize(self, value: Any) -> str | None:
        if value is None:
            return None
        i = OptionSerde(self.options, None).index_of(value)
        return self.labels[i] if i is not None else str(value)

    def deserialize(self, ui_value: Any) -> Any:
        if ui_value is None or ui_value == "":
            return None
        if not isinstance(ui_value, str):
            raise TypeError(f"expected the text of the field, got {type(ui_value).__name__}")
        i = _matching(list(self.labels), ui_value)
        return self.options[i] if i is not None else ui_value

    def normalize(self, value: Any) -> Any:
        if value is None or isinstance(value, str):
            return value
        if OptionSerde(self.options, None).index_of(value) is not None:
            return value
        return None if self.default_index is None else self.options[self.default_index]


@dataclass(frozen=True)
class NewOptionsSerde:
    """A multiselect with ``accept_new_options``: the front end sends option indexes and, for
    values the user added, their text; a text naming an option (ignoring case) is that option,
    and a value already selected is not added twice."""

    options: tuple[Any, ...]
    labels: tuple[str, ...]
    max_selections: int | None = None

    def serialize(self, value: Any) -> list[int | str]:
        index = OptionSerde(self.options, None).index_of
        out: list[int | str] = []
        for v in value or ():
            i = index(v)
            out.append(i if i is not None else str(v))
        return out

    def deserialize(self, ui_value: Any) -> list[Any]:
        if not isinstance(ui_value, (list, tuple)):
            raise TypeError("expected a list of option indexes and texts")
        chosen: list[Any] = []
        seen: set[Any] = set()
        for item in ui_value:
            if isinstance(item, str):
                i = _matching(list(self.labels), item)
                key: Any = i if i is not None else ("new", item.casefold())
                value = self.options[i] if i is not None else item
            else:
                value = OptionSerde(self.options, None).deserialize(item)
                key = item
            if key not in seen:
                seen.add(key)
                chosen.append(value)
        if self.max_selections and len(chosen) > self.max_selections:
            raise ValueError(f"{len(chosen)} selected, at most {self.max_selections} allowed")
        return chosen

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
    *,
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
    bind: Any = None,
    persist_state: Any = None,
    required: bool = False,
    new_options: bool = False,
) -> Any:
    callback = check_on_change(on_change)
    opts = option_tuple(options)
    _check_index(index, opts)
    if isinstance(index, bool):
        raise TypeError(f"Field {kind.title()}.default: Expected an int, got a boolean.")
    labels = _formatted(opts, format_func)
    label = label_text(label)
    default_index = index if opts else None
    serde: Any = (
        NewOptionSerde(opts, tuple(labels), default_index)
        if new_options
        else OptionSerde(opts, default_index)
    )
    identity = {"label": label, "options": labels, "index": index, "help": help, **identity_extra}
    return register_widget(
        kind,
        bind=bind,
        url=binding.option(opts, labels),
        persist_state=persist_state,
        label=label,
        key=key,
        identity=identity,
        key_identity=key_identity,
        default=None if default_index is None else opts[default_index],
        serde=serde,
        callback=Callback(callback, args, kwargs),
        props={**common, "options": labels, **props_extra},
        required=required,
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
    """Display a group of radio buttons.

    Shows ``options`` as radio buttons, of which the user selects one. Returns the selected option
    itself, not the label ``format_func`` made for it, or ``None`` while nothing is selected (with
    ``index=None``). With a ``key``, ``st.session_state[key]`` holds the selected option; assign an
    option to it before the widget is drawn to select it from code.

    Parameters
    ----------
    label : str
        [[label]]
    options : Iterable
        The choices, in order: a list, tuple, set, dict (its keys), ``range``, NumPy array, pandas
        Series or Index, or any other iterable; for a DataFrame, its first column. Each option is
        shown as ``format_func(option)``. The shown labels can contain Markdown, as ``label`` can.
    index : int or None, optional
        The position in ``options`` of the option selected when the widget first appears. Default
        ``0``, the first option. If this is ``None``, nothing is selected, and the widget returns
        ``None`` until the user selects an option.
    format_func : Callable, optional
        [[format_func]]
    key : str or int, optional
        [[key]]
    help : str or None, optional
        [[help]]
    on_change : Callable, "rerun", "ignore", or None, optional
        What happens when the user commits a new value (clicking an option, or moving the selection
        with the arrow keys):

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
    disabled : bool, optional
        If ``True``, the radio group is grayed out and can't be used. Default ``False``.
    horizontal : bool, optional
        If ``True``, the buttons are laid out in a row instead of a column. Default ``False``.
    captions : Iterable of str or None, optional
        Captions shown under the options, matched to ``options`` by position. Use ``None`` or ``""``
        for options without a caption; options beyond the end of the list have none, and extra
        captions are ignored. If this is ``None`` (default), there are no captions.
    label_visibility : "visible", "hidden", or "collapsed", optional
        [[label_visibility]]
    width : "content", "stretch", or int, optional
        The width of the radio group:

        - ``"content"`` (default): as wide as its content, but no wider than the parent container.
        - ``"stretch"``: as wide as the parent container.
        - An int: a fixed width in pixels, capped at the width of the parent container.
    bind : "query-params" or None, optional
        [[bind.radio]]
    persist_state : "page", "session", or None, optional
        [[persist_state]]

    Returns
    -------
    any
        The selected option, or ``None`` if no option is selected.

    Example
    -------
    >>> import streamlit as st
    >>> genre = st.radio(
    ...     "Favorite genre",
    ...     [":rainbow[Comedy]", "***Drama***", "Documentary"],
    ...     captions=["Laugh out loud.", "Get the popcorn.", "Never stop learning."],
    ...     horizontal=True,
    ... )
    >>> st.write("You chose", genre)
    """
    caption_list = None if captions is None else list(captions)
    for caption in caption_list or ():
        if caption is not None and not isinstance(caption, str):
            raise StreamlitInvalidParameterTypeError(
                "Invalid `captions` type. Expected one of: str, None. "
                f"Provided type: {type(caption).__name__}."
            )
    return _choice(
        "radio",
        bind=bind,
        label=label,
        options=options,
        index=index,
        format_func=format_func,
        key=key,
        help=help,
        on_change=on_change,
        args=args,
        kwargs=kwargs,
        common=common_props(
            help=help, disabled=disabled, label_visibility=label_visibility, width=width
        ),
        identity_extra={"horizontal": horizontal, "captions": caption_list, "width": width},
        props_extra={"horizontal": bool(horizontal), "captions": caption_list},
        persist_state=persist_state,
    )


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
    """Display a drop-down select box.

    Shows a field with a drop-down list from which the user selects one of ``options``; typing in
    the field filters the list (see ``filter_mode``). Returns the selected option itself, not the
    label ``format_func`` made for it, or ``None`` while nothing is selected. With a ``key``,
    ``st.session_state[key]`` holds the selected option; assign an option to it before the widget is
    drawn to select it from code.

    Parameters
    ----------
    label : str
        [[label]]
    options : Iterable
        [[options]]
    index : int or None, optional
        The position in ``options`` of the option selected when the widget first appears. Default
        ``0``, the first option. If this is ``None``, the field starts empty, showing
        ``placeholder``, and the widget returns ``None`` until the user selects an option.
    format_func : Callable, optional
        [[format_func]]
    key : str or int, optional
        A string or integer that identifies the widget. If this is ``None`` (default), the widget is
        identified by its label and the other parameters that define it, so changing one of them
        makes a new widget with a fresh value. With a key, the widget keeps its identity and value
        when those parameters change; changing ``accept_new_options`` still resets it. No two
        widgets may have the same key.

        The key also names the widget's value in session state: read ``st.session_state[key]``
        anywhere, or assign it before the widget is created to set the value the widget shows.
        Assigning it after the widget was created in the same run raises an error.
    help : str or None, optional
        [[help]]
    on_change : Callable, "rerun", "ignore", or None, optional
        What happens when the user commits a new value (clicking an option, confirming one with
        Enter, adding a new option with ``accept_new_options``, or clearing the field):

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
        Text shown while nothing is selected. If this is ``None`` (default), it depends on the case:
        "Choose an option"; "Choose or add an option" with ``accept_new_options``; "Add an option"
        with ``accept_new_options`` and no options; "No options to select" with no options and no
        ``accept_new_options``, which also disables the widget.
    disabled : bool, optional
        If ``True``, the select box is grayed out and can't be used. Default ``False``.
    required : bool, optional
        If ``True``, the user can change the selection but not clear it, and a form holding the
        widget can't be submitted while nothing is selected. Default ``False``.

        It doesn't change the starting selection, which is still ``options[index]``: use
        ``index=None`` with ``required=True`` for a field that starts empty and must be filled. The
        check runs in the browser and can be bypassed, so check values that matter in your code as
        well.
    label_visibility : "visible", "hidden", or "collapsed", optional
        [[label_visibility]]
    icon : str or None, optional
        [[icon.number_input]]
    accept_new_options : bool, optional
        If ``True``, the user may type a value that is not among ``options``; the widget returns it
        as a str, without adding it to the list. A typed value that matches an option, ignoring
        case, selects that option instead. Default ``False``.
    filter_mode : "fuzzy", "contains", "prefix", or None, optional
        [[filter_mode]]

        In rerunner the default (without ``accept_new_options``) and ``None`` are a drop-down
        without typing; ``"contains"``, ``"prefix"`` and ``accept_new_options`` a field to type
        in, whose suggestions the kernel narrows as the visitor types.
    width : "stretch" or int, optional
        The width of the select box:

        - ``"stretch"`` (default): as wide as the parent container.
        - An int: a fixed width in pixels, capped at the width of the parent container.
    bind : "query-params" or None, optional
        [[bind.radio]]
    persist_state : "page", "session", or None, optional
        [[persist_state]]

    Returns
    -------
    any
        The selected option, a str the user typed (with ``accept_new_options``), or ``None`` if
        nothing is selected.

    Example
    -------
    >>> import streamlit as st
    >>> contact = st.selectbox(
    ...     "How should we contact you?",
    ...     ["Email", "Home phone", "Mobile phone"],
    ...     index=None,
    ...     placeholder="Choose a method...",
    ... )
    >>> st.write("You selected:", contact)
    """
    require_str(placeholder)
    check_filter_mode(filter_mode, accept_new_options)
    if placeholder is not None:
        shown_placeholder = placeholder
    elif accept_new_options:
        shown_placeholder = "Choose or add an option" if option_tuple(options) else "Add an option"
    else:
        shown_placeholder = "Choose an option"
    shown_icon = check_icon(icon)
    return _choice(
        "selectbox",
        bind=bind,
        label=label,
        options=options,
        index=index,
        format_func=format_func,
        key=key,
        help=help,
        on_change=on_change,
        args=args,
        kwargs=kwargs,
        common=common_props(
            help=help, disabled=disabled, label_visibility=label_visibility, width=width
        ),
        identity_extra={
            "placeholder": placeholder,
            "accept_new_options": accept_new_options,
            "filter_mode": filter_mode,
            "width": width,
            "required": required,
            "icon": icon,
        },
        props_extra={
            "placeholder": shown_placeholder,
            "icon": shown_icon,
            "accept_new_options": bool(accept_new_options),
            "filter_mode": filter_mode,
        },
        key_identity=("accept_new_options",),
        new_options=bool(accept_new_options),
        persist_state=persist_state,
        required=required,
    )


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
    """Display a multi-select box.

    Shows a field in which the user selects any number of ``options`` from a drop-down list; the
    selected options appear as removable chips, and typing filters the list (see ``filter_mode``).
    Returns a list of the selected options themselves, in the order they were selected; the list is
    empty while nothing is selected. With a ``key``, ``st.session_state[key]`` holds that list;
    assign a list of options to it before the widget is drawn to select them from code.

    Parameters
    ----------
    label : str
        [[label]]
    options : Iterable
        [[options]]
    default : list, single option, or None, optional
        The options selected when the widget first appears: a list (or other iterable) of options, a
        single option, or ``None`` (default) for none. Each must be one of ``options``.
    format_func : Callable, optional
        [[format_func]]
    key : str or int, optional
        A string or integer that identifies the widget. If this is ``None`` (default), the widget is
        identified by its label and the other parameters that define it, so changing one of them
        makes a new widget with a fresh value. With a key, the widget keeps its identity and value
        when those parameters change; changing ``max_selections`` or ``accept_new_options`` still
        resets it. No two widgets may have the same key.

        The key also names the widget's value in session state: read ``st.session_state[key]``
        anywhere, or assign it before the widget is created to set the value the widget shows.
        Assigning it after the widget was created in the same run raises an error.
    help : str or None, optional
        [[help]]
    on_change : Callable, "rerun", "ignore", or None, optional
        What happens when the user commits a new value (adding or removing an option, selecting all,
        clearing the field, or adding a new option with ``accept_new_options``; typing to filter is
        not a commit):

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
    max_selections : int or None, optional
        The most options that can be selected at once, a positive int. If this is ``None``
        (default), there is no limit.
    placeholder : str or None, optional
        Text shown while nothing is selected. If this is ``None`` (default), it depends on the case:
        "Choose options"; "Choose or add options" with ``accept_new_options``; "Add options" with
        ``accept_new_options`` and no options; "No options to select" with no options and no
        ``accept_new_options``, which also disables the widget.
    disabled : bool, optional
        If ``True``, the multi-select box is grayed out and can't be used. Default ``False``.
    label_visibility : "visible", "hidden", or "collapsed", optional
        [[label_visibility]]
    accept_new_options : bool, optional
        If ``True``, the user may type values that are not among ``options``; they are returned in
        the list as strs, without being added to the drop-down list. A typed value that matches an
        option, ignoring case, selects that option instead, and a value matching an option already
        selected can't be added. ``max_selections`` still applies. Default ``False``. In rerunner
        the options are then not offered as suggestions while typing.
    filter_mode : "fuzzy", "contains", "prefix", or None, optional
        [[filter_mode]]
    select_all : bool or int, optional
        Controls when the drop-down list offers a "Select all" entry ("Select N matches" while the
        user filters), which selects every selectable option at once. Selectable options are the
        unselected ones that match the current filter, not counting values added with
        ``accept_new_options``. The entry never shows when fewer than two are selectable, or when
        ``max_selections`` is reached.

        - An int (default ``1000``): show the entry while at most this many options are selectable;
          ``0`` never shows it.
        - ``True``: always show it. Selecting thousands of values at once can freeze the browser, so
          keep it for lists of manageable size.
        - ``False``: never show it.

        The entry is the first row of the list, so Enter without a highlighted row selects all; pass
        ``False`` to make Enter select the first match instead. In rerunner the entry is a
        "Select all" button under the field, shown by the same rule (the field has no filter).
    width : "stretch" or int, optional
        The width of the multi-select box:

        - ``"stretch"`` (default): as wide as the parent container.
        - An int: a fixed width in pixels, capped at the width of the parent container.
    wrap : bool or None, optional
        Whether the chips of the selected options may wrap onto more rows:

        - ``None`` (default): the layout decides. In a horizontal container, or placed directly in a
          column, the chips stay on one row that scrolls sideways; elsewhere they wrap.
        - ``True``: the chips wrap and the widget grows taller.
        - ``False``: the chips stay on one row of fixed height, which scrolls sideways when they
          don't fit.
    bind : "query-params" or None, optional
        Keeps the widget's value in a query parameter of the page's URL. If this is ``None``
        (default), the URL is not involved. With ``"query-params"``, changing the widget updates the
        URL, and a URL that carries the parameter sets the widget, so a link can restore it. This
        needs a ``key``, which is used as the parameter's name. While the value equals the widget's
        default, the parameter is left out of the URL. A bound parameter can be changed from code
        only through ``st.session_state``, not through ``st.query_params``, and URL values the
        widget can't take are ignored and removed. Several selections are written as a repeated
        parameter (``?tags=Red&tags=Blue``), and an empty parameter (``?tags=``) clears the
        selection.
    persist_state : "page", "session", or None, optional
        [[persist_state]]

    Returns
    -------
    list
        The selected options, in the order they were selected; an empty list if none is.

    Example
    -------
    >>> import streamlit as st
    >>> colors = st.multiselect(
    ...     "Favorite colors",
    ...     ["Green", "Yellow", "Red", "Blue"],
    ...     default=["Yellow", "Red"],
    ...     max_selections=3,
    ... )
    >>> st.write("You selected:", colors)
    """
    callback = check_on_change(on_change)
    check_wrap(wrap)
    check_filter_mode(filter_mode, accept_new_options)
    threshold = _select_all_threshold(select_all)
    if max_selections is not None and (not isinstance(max_selections, int) or max_selections < 1):
        raise StreamlitValueError(
            "Invalid `max_selections` value. Supported values: a positive integer. To disable "
            "`st.multiselect`, use `disabled=True`."
        )
    opts = option_tuple(options)
    defaults = _as_list(default)
    _check_defaults(defaults, opts)
    labels = _formatted(opts, format_func)
    serde: Any = (
        NewOptionsSerde(opts, tuple(labels), max_selections)
        if accept_new_options
        else MultiOptionSerde(opts, max_selections)
    )
    label = label_text(label)
    if placeholder is not None:
        shown_placeholder = str(placeholder)
    elif accept_new_options:
        shown_placeholder = "Choose or add options" if opts else "Add options"
    else:
        shown_placeholder = "Choose options"
    return register_widget(
        "multiselect",
        bind=bind,
        url=binding.options(opts, labels, max_selections, accept_new_options),
        persist_state=persist_state,
        label=label,
        key=key,
        identity={
            "label": label,
            "options": labels,
            "default": serde.serialize(defaults),
            "help": help,
            "max_selections": max_selections,
            "placeholder": placeholder,
            "accept_new_options": accept_new_options,
            "filter_mode": filter_mode,
            "select_all": select_all,
            "width": width,
        },
        key_identity=("max_selections", "accept_new_options"),
        default=defaults,
        serde=serde,
        callback=Callback(callback, args, kwargs),
        props={
            **common_props(
                help=help, disabled=disabled, label_visibility=label_visibility, width=width
            ),
            "options": labels,
            "placeholder": shown_placeholder,
            "wrap": wrap,
            "accept_new_options": bool(accept_new_options),
            "select_all": threshold,
            "max_selections": max_selections,
            "filter_mode": filter_mode,
        },
        check=lambda value: _check_max_selections(value, max_selections),
    )


def check_filter_mode(filter_mode: Any, accept_new_options: bool) -> None:
    try:
        known = filter_mode in ("fuzzy", "contains", "prefix", None)
    except TypeError:  # an unhashable value compares, but keep Streamlit's guard
        known = False
    if not known or isinstance(filter_mode, bool):
        raise StreamlitValueError(
            "Invalid `filter_mode` value. Supported values: fuzzy, contains, prefix, None."
        )
    if filter_mode is None and accept_new_options:
        raise StreamlitIncompatibleParametersError(
            "`filter_mode=None` and `accept_new_options=True` cannot be used together. "
            "`filter_mode` cannot be `None` when `accept_new_options=True`. Set `filter_mode` "
            "to `fuzzy`, `contains`, or `prefix`."
        )


def _select_all_threshold(select_all: Any) -> int:
    """``select_all`` as a number of selectable options up to which the entry shows (-1:
    always, 0: never), or Streamlit's error."""
    if isinstance(select_all, bool):
        return -1 if select_all else 0
    if isinstance(select_all, int):
        if select_all < 0:
            raise StreamlitValueError(
                "Invalid `select_all` value. Supported values: True, False, a non-negative "
                "integer. When using an int, `select_all` must be a non-negative integer."
            )
        return select_all
    raise StreamlitInvalidParameterTypeError(
        "Invalid `select_all` type. Expected one of: bool, int. Provided type: "
        f"{type(select_all).__name__}."
    )


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
    *,
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
    wrap: Any = None,
) -> Any:
    callback = check_on_change(on_change)
    if required and selection_mode == "multi":
        raise StreamlitIncompatibleParametersError(
            "`required=True` and `selection_mode='multi'` cannot be used together. `required` is "
            "only supported for single-select mode."
        )
    if selection_mode not in ("single", "multi"):
        raise StreamlitValueError(
            "Invalid `selection_mode` value. Supported values: 'single', 'multi'."
        )
    check_wrap(wrap)
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
        bind=bind,
        url=binding.buttons(opts, labels, multi),
        persist_state=persist_state,
        label=label,
        key=key,
        identity={
            "label": label,
            "options": labels,
            "default": repr(value),
            "help": help,
            "selection_mode": selection_mode,
            "width": width,
        },
        key_identity=("selection_mode",),
        default=value,
        serde=serde,
        callback=Callback(callback, args, kwargs),
        props={
            **common_props(
                help=help, disabled=disabled, label_visibility=label_visibility, width=width
            ),
            "options": labels,
            "multi": multi,
            "wrap": wrap,
        },
        required=required,
    )


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
    """Display a group of pill buttons.

    Shows ``options`` as a group of pill-shaped buttons: a compact alternative to ``st.radio`` and
    ``st.multiselect``. In ``"single"`` mode (default) the user selects at most one pill, and the
    widget returns that option, or ``None``; clicking the selected pill again clears the selection.
    In ``"multi"`` mode each pill switches on and off, and the widget returns a list of the selected
    options. The options themselves are returned, not their labels. With a ``key``,
    ``st.session_state[key]`` holds the same value; assign to it before the widget is drawn to
    select from code.

    Parameters
    ----------
    label : str
        A short label telling the user what the pills widget is for. It can contain inline Markdown:
        bold, italics, strikethrough, inline code, links and images (shown at text height), plus the
        directives ``st.markdown`` knows, such as colored text (``:red[...]``); block-level Markdown
        such as headings and lists is shown as plain text.

        For accessibility, don't leave the label empty; hide it with ``label_visibility`` instead.
    options : Iterable
        [[options.pills]]
    selection_mode : "single" or "multi", optional
        Whether one option (``"single"``, default) or any number of them (``"multi"``) can be
        selected.
    default : option, list of options, or None, optional
        [[default]]
    required : bool, optional
        If ``True`` in ``"single"`` mode, the user can't deselect the selected pill: clicking it
        again does nothing. It can't be combined with ``selection_mode="multi"``. Default ``False``.
    format_func : Callable or None, optional
        [[format_func.pills]]
    key : str or int, optional
        [[key.pills]]
    help : str or None, optional
        [[help]]
    on_change : Callable, "rerun", "ignore", or None, optional
        What happens when the user commits a new value (selecting, replacing or clearing a pill, by
        click or keyboard):

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
    disabled : bool, optional
        If ``True``, the pills widget is grayed out and can't be used. Default ``False``.
    label_visibility : "visible", "hidden", or "collapsed", optional
        [[label_visibility]]
    width : "content", "stretch", or int, optional
        The width of the pills widget:

        - ``"content"`` (default): as wide as its content, but no wider than the parent container.
        - ``"stretch"``: as wide as the parent container.
        - An int: a fixed width in pixels, capped at the width of the parent container.
    wrap : bool or None, optional
        Whether the pills may wrap onto more rows:

        - ``None`` (default): the layout decides. In a horizontal container, or placed directly in a
          column, the pills stay on one row that scrolls sideways if needed; elsewhere they wrap.
        - ``True``: the pills wrap onto more rows when they don't fit.
        - ``False``: the pills stay on one row, which scrolls sideways when it is too wide.
    bind : "query-params" or None, optional
        [[bind.pills]]
    persist_state : "page", "session", or None, optional
        [[persist_state]]

    Returns
    -------
    any, list, or None
        In ``"single"`` mode, the selected option, or ``None`` if none is selected. In ``"multi"``
        mode, a list of the selected options, empty if none is selected.

    Example
    -------
    >>> import streamlit as st
    >>> toppings = st.pills(
    ...     "Toppings", ["Cheese", "Olives", "Basil", "Chili"], selection_mode="multi"
    ... )
    >>> st.write("Your pizza:", ", ".join(toppings) or "plain")
    """
    return _button_group(
        "pills",
        label=label,
        options=options,
        selection_mode=selection_mode,
        default=default,
        required=required,
        format_func=format_func,
        key=key,
        help=help,
        on_change=on_change,
        args=args,
        kwargs=kwargs,
        disabled=disabled,
        label_visibility=label_visibility,
        width=width,
        bind=bind,
        persist_state=persist_state,
        wrap=wrap,
    )


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
    """Display a segmented control.

    Shows ``options`` as one joined row of segments, like a toolbar, each working as a toggle
    button. It behaves as ``st.pills`` does: in ``"single"`` mode (default) the widget returns the
    selected option, or ``None`` (clicking the selected segment again clears the selection); in
    ``"multi"`` mode, a list of the selected options. The options themselves are returned, not their
    labels. With a ``key``, ``st.session_state[key]`` holds the same value; assign to it before the
    widget is drawn to select from code.

    Parameters
    ----------
    label : str
        A short label telling the user what the segmented control is for. It can contain inline
        Markdown: bold, italics, strikethrough, inline code, links and images (shown at text
        height), plus the directives ``st.markdown`` knows, such as colored text (``:red[...]``);
        block-level Markdown such as headings and lists is shown as plain text.

        For accessibility, don't leave the label empty; hide it with ``label_visibility`` instead.
    options : Iterable
        [[options.pills]]
    selection_mode : "single" or "multi", optional
        Whether one option (``"single"``, default) or any number of them (``"multi"``) can be
        selected.
    default : option, list of options, or None, optional
        [[default]]
    required : bool, optional
        If ``True`` in ``"single"`` mode, the user can't deselect the selected segment: clicking it
        again does nothing. It can't be combined with ``selection_mode="multi"``. Default ``False``.
    format_func : Callable or None, optional
        [[format_func.pills]]
    key : str or int, optional
        [[key.pills]]
    help : str or None, optional
        [[help]]
    on_change : Callable, "rerun", "ignore", or None, optional
        What happens when the user commits a new value (selecting, replacing or clearing a segment,
        by click or keyboard):

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
    disabled : bool, optional
        If ``True``, the segmented control is grayed out and can't be used. Default ``False``.
    label_visibility : "visible", "hidden", or "collapsed", optional
        [[label_visibility]]
    width : "content", "stretch", or int, optional
        The width of the segmented control:

        - ``"content"`` (default): as wide as its content, but no wider than the parent container.
        - ``"stretch"``: as wide as the parent container.
        - An int: a fixed width in pixels, capped at the width of the parent container.
    wrap : bool or None, optional
        Whether the segments may wrap onto more rows:

        - ``None`` (default): the layout decides. In a horizontal container, or placed directly in a
          column, the segments stay on one row that scrolls sideways if needed; elsewhere they wrap.
        - ``True``: the segments wrap onto more rows when they don't fit.
        - ``False``: the segments stay on one row, which scrolls sideways when it is too wide.
    bind : "query-params" or None, optional
        [[bind.pills]]
    persist_state : "page", "session", or None, optional
        [[persist_state]]

    Returns
    -------
    any, list, or None
        In ``"single"`` mode, the selected option, or ``None`` if none is selected. In ``"multi"``
        mode, a list of the selected options, empty if none is selected.

    Example
    -------
    >>> import streamlit as st
    >>> period = st.segmented_control("Period", ["Day", "Week", "Month"], default="Week")
    >>> st.write("Showing the last", (period or "year").lower())
    """
    return _button_group(
        "segmented_control",
        label=label,
        options=options,
        selection_mode=selection_mode,
        default=default,
        required=required,
        format_func=format_func,
        key=key,
        help=help,
        on_change=on_change,
        args=args,
        kwargs=kwargs,
        disabled=disabled,
        label_visibility=label_visibility,
        width=width,
        bind=bind,
        persist_state=persist_state,
        wrap=wrap,
    )
