"""Shared mechanics of every st call: the run context, containers, widget registration.

A widget function validates its arguments, builds a serde (value <-> front-end form) and calls
``register_widget`` once; an element function calls ``add``. Neither knows about ipywidgets.
"""

from __future__ import annotations

import functools
import logging
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Protocol, TypeVar

from ..elements import Element
from ..errors import (
    FORM_CALLBACK_MESSAGE,
    MULTIPLE_ELEMENTS_MESSAGE,
    StreamlitAPIException,
    StreamlitInvalidFormCallbackError,
    StreamlitInvalidHeightError,
    StreamlitInvalidWidthError,
    StreamlitValueError,
    UnsupportedError,
)
from ..identity import compute_widget_id
from ..runtime.context import RunContext, require_run
from ..state import WidgetMeta

F = TypeVar("F", bound=Callable[..., Any])

log = logging.getLogger("rerunner")

#: Every st function that writes into a container, by name (``st.x``, ``placeholder.x``, ...).
ELEMENT_FUNCTIONS: dict[str, Callable[..., Any]] = {}

LABEL_VISIBILITIES = ("visible", "hidden", "collapsed")


def st_function(fn: F) -> F:
    """Register ``fn`` as an st call that containers (``st.empty()``, columns...) also offer."""
    ELEMENT_FUNCTIONS[fn.__name__] = fn
    return fn


class Serde(Protocol):
    """Converts a widget's value to the form the front end shows, and back."""

    def serialize(self, value: Any) -> Any: ...

    def deserialize(self, ui_value: Any) -> Any: ...

    def normalize(self, value: Any) -> Any: ...


@dataclass(frozen=True)
class Callback:
    """``on_change``/``on_click`` with its ``args``/``kwargs``, as captured at render time."""

    fn: Callable[..., Any] | None = None
    args: Any = ()  # unpacked only when the callback runs, as in Streamlit
    kwargs: dict[str, Any] | None = None


def add(kind: str, **props: Any) -> Element:
    """Append a non-widget element to the current container."""
    return require_run(kind).add(Element(kind, props))


def register_widget(
    kind: str,
    *,
    label: str,
    key: Any,
    identity: dict[str, Any],
    key_identity: tuple[str, ...] = (),
    default: Any,
    serde: Serde,
    callback: Callback,
    props: dict[str, Any],
    trigger: bool = False,
    readonly: bool = False,
    check: Callable[[Any], None] | None = None,
) -> Any:
    """Create (or find again) a widget in this run and return its current value.

    ``check`` validates the value (default or from session state) before the widget is shown:
    an error it raises leaves the widget out of the page, as in Streamlit.
    """
    ctx = require_run(kind)
    user_key = None if key is None else str(key)
    wid = compute_widget_id(
        kind,
        key=user_key,
        params=identity,
        key_params=key_identity,
        app=ctx.app_id,
        form=ctx.form_id,
        root=ctx.root_index(),
    )
    ctx.claim(kind, wid, user_key)
    form = ctx.form_id
    if form and callback.fn is not None and kind != "form_submit_button":
        raise StreamlitInvalidFormCallbackError(FORM_CALLBACK_MESSAGE)
    meta = WidgetMeta(
        id=wid,
        kind=kind,
        key=user_key,
        deserialize=serde.deserialize,
        serialize=serde.serialize,
        callback=callback.fn,
        args=callback.args if callback.args is not None else (),
        kwargs=callback.kwargs if callback.kwargs is not None else {},
        trigger=trigger,
        readonly=readonly,
        owner=ctx.app_id,
        form=form,
        default=default,
        default_ui=serde.serialize(default),
    )
    value = ctx.state.register_widget(meta, default)
    try:
        value, shown = _checked(ctx, wid, value, serde, check)
    except Exception as exc:
        # A value restored from a --persist file that this code refuses (say, outside a
        # slider's new range) is dropped with a warning; the widget starts from its default.
        if not ctx.state.drop_restored(meta, value, default):
            raise
        log.warning(
            "rerunner: dropped the saved value of st.session_state[%r] (%s); %s starts from "
            "its default", user_key, exc, kind,
        )  # fmt: skip
        value, shown = _checked(ctx, wid, ctx.state.widget_value(wid), serde, check)
    ctx.state.accept_restored(user_key)
    if form:
        props = {**props, "form": form, "enter_to_submit": ctx.form_enter_to_submit()}
    ctx.add(Element(kind, {**props, "label": label, "value": shown}, id=wid))
    return value


def _checked(
    ctx: RunContext, wid: str, value: Any, serde: Serde, check: Callable[[Any], None] | None
) -> tuple[Any, Any]:
    """The widget's value as its serde and ``check`` accept it, and its front-end form."""
    normalized = serde.normalize(value)
    if normalized is not value:
        ctx.state.set_widget_value(wid, normalized)
        value = normalized
    if check is not None:
        check(value)
    return value, serde.serialize(value)


def check_label_visibility(label_visibility: str) -> None:
    if label_visibility not in LABEL_VISIBILITIES:
        raise StreamlitValueError(
            "Invalid `label_visibility` value. Supported values: 'visible', 'hidden', 'collapsed'."
        )


def check_on_change(on_change: Any) -> Callable[..., Any] | None:
    """Streamlit accepts a callback, None, ``"rerun"`` (the default) or ``"ignore"``."""
    if on_change is None or on_change == "rerun" or callable(on_change):
        return on_change if callable(on_change) else None
    if on_change == "ignore":
        raise UnsupportedError("`on_change='ignore'` is not supported by rerunner yet.")
    raise StreamlitValueError(
        "Invalid `on_change` value. Supported values: 'rerun', 'ignore', a callback function."
    )


def unsupported(call: str, **given: Any) -> None:
    """Refuse parameters that cannot be honoured yet, naming them, instead of dropping them."""
    for name, value in given.items():
        if value is not None and value is not False:
            raise UnsupportedError(
                f"`st.{call}({name}=...)` is not supported by rerunner yet; remove `{name}` "
                "or leave it at its default."
            )


def check_width(width: Any, allowed: tuple[str, ...] = ("stretch", "content")) -> Any:
    return _check_size("width", width, allowed, StreamlitInvalidWidthError)


def check_height(
    height: Any, allowed: tuple[str, ...] = ("stretch", "content"), also: tuple[str, ...] = ()
) -> Any:
    """A ``height``: a positive int or one of ``allowed`` (``also``: accepted, not advertised)."""
    if height in also and not isinstance(height, bool):
        return height
    return _check_size("height", height, allowed, StreamlitInvalidHeightError)


def _check_size(name: str, value: Any, allowed: tuple[str, ...], error: type[Exception]) -> Any:
    if isinstance(value, bool) or not (value in allowed or (isinstance(value, int) and value > 0)):
        words = [f"'{w}'" for w in allowed]
        choices = (
            f", {', '.join(words[:-1])}, or {words[-1]}" if len(words) > 1 else f" or {words[0]}"
        )
        raise error(
            f"Invalid {name} value: {value!r}. {name.capitalize()} must be either a positive "
            f"integer (pixels){choices}."
        )
    return value


class Block:
    """A container handle: ``with block:`` and ``block.write(...)`` write into it.

    What ``st.empty()``, ``st.container()`` and the layout calls return; it offers every
    st element function as a method, like Streamlit's DeltaGenerator.
    """

    def __init__(self, element: Element) -> None:
        self._element = element

    def __enter__(self) -> Block:
        require_run("container").push(self._element)
        return self

    def __exit__(self, *exc: Any) -> None:
        require_run("container").pop(self._element)

    def __getattr__(self, name: str) -> Callable[..., Any]:
        fn = ELEMENT_FUNCTIONS.get(name)
        if fn is None:
            if name.startswith("_"):
                raise AttributeError(name)
            raise UnsupportedError(f"`{name}` is not supported by rerunner yet.")

        @functools.wraps(fn)
        def call(*args: Any, **kwargs: Any) -> Any:
            if name == "write" and len(args) > 1 and self._element.kind != "sidebar":
                raise StreamlitAPIException(MULTIPLE_ELEMENTS_MESSAGE)
            ctx: RunContext = require_run(name)
            with ctx.inside(self._element):
                return fn(*args, **kwargs)

        return call

    def __repr__(self) -> str:
        return f"<rerunner {self._element.kind}>"
