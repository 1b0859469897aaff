"""Shared mechanics of every st call: the run context, containers, widget registration,
element handles and the checks many calls share.

A widget function validates its arguments, builds a serde (value <-> front-end form) and calls
``register_widget`` once; an element function calls ``add``. Neither knows about ipywidgets."""

from __future__ import annotations

import functools
import logging
import numbers
import textwrap
from collections.abc import Callable, Mapping
from datetime import date, datetime, time, timedelta
from typing import Any, NamedTuple, Protocol, TypeVar

from .. import icons
from ..elements import Element, container, is_empty
from ..errors import (
    FORM_CALLBACK_MESSAGE,
    MULTIPLE_ELEMENTS_MESSAGE,
    StreamlitAPIException,
    StreamlitInvalidFormCallbackError,
    StreamlitInvalidHeightError,
    StreamlitInvalidWidthError,
    StreamlitMissingRequiredParameterError,
    StreamlitValueError,
    UnsupportedError,
)
from ..identity import compute_widget_id
from ..runtime.context import LastRuns, RunContext, require_run
from ..schema import schema_of
from ..state import WidgetMeta
from . import bind as binding
from .refusals import refusing

F = TypeVar("F", bound=Callable[..., Any])

log = logging.getLogger("rerunner")

#: Every st function that writes into a container, by name (``st.x``, ``placeholder.x``, ...).
ELEMENT_FUNCTIONS: dict[str, Callable[..., Any]] = {}


LABEL_VISIBILITIES = ("visible", "hidden", "collapsed")


def st_function(fn: F) -> F:
    """Register ``fn`` as an st call that containers (``st.empty()``, columns...) also offer;
    the parameters ``registry.py`` refuses are refused by name (see ``refusals.py``)."""
    fn = refusing(fn.__name__, fn)
    ELEMENT_FUNCTIONS[fn.__name__] = fn
    return fn


class Serde(Protocol):
    """Converts a widget's value to the form the front end shows, and back."""

    def serialize(self, value: Any) -> Any: ...

    def deserialize(self, ui_value: Any) -> Any: ...

    def normalize(self, value: Any) -> Any: ...


class Callback(NamedTuple):
    """``on_change``/``on_click`` with its ``args``/``kwargs``, as captured at render time (a
    named tuple: one is made per widget call, and a frozen dataclass costs twice as much)."""

    fn: Callable[..., Any] | None = None
    args: Any = ()  # unpacked only when the callback runs, as in Streamlit
    kwargs: dict[str, Any] | None = None


def add(kind: str, **props: Any) -> Element:
    """Append a non-widget element to the current container."""
    return require_run(kind).add(Element(kind, schema_of(kind)(**props)))


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
    into: Element | None = None,
    bind: Any = None,
    url: Any = None,
    persist_state: Any = None,
    required: bool = False,
    refuses: Callable[[Any], bool] | None = None,
) -> Any:
    """Create (or find again) a widget in this run and return its current value.

    ``check`` validates the value (default or from session state) before the widget is shown:
    an error it raises leaves the widget out of the page, as in Streamlit. ``into`` puts the
    widget in another container than the current one, which still defines its identity (a
    chat input written in the main area is pinned to the app's bottom area). ``bind`` and
    ``url`` (an ``api/bind.UrlCodec``): the widget's value kept in the URL's query parameters.
    ``persist_state`` keeps the value while the widget is not drawn (it needs a ``key``);
    ``required`` keeps a form holding the widget from being sent while the widget is empty, as
    ``refuses`` does while it holds a value the page refuses (in front-end form).
    """
    plan = Plan(label, identity, default, serde, props, key_identity, check, url, required, refuses)
    return register_planned(kind, plan, key, callback, bind, persist_state, trigger, readonly, into)


class Plan(NamedTuple):
    """What a widget is, given its arguments (``plans.py``): ``register_widget``'s arguments
    that do not change from run to run. A planned widget hands the same one over each run."""

    label: str
    identity: Mapping[str, Any]
    default: Any
    serde: Serde
    props: dict[str, Any]
    key_identity: tuple[str, ...] | None = ()
    check: Callable[[Any], None] | None = None
    url: Any = None
    required: bool = False
    refuses: Callable[[Any], bool] | None = None


def register_planned(
    kind: str,
    plan: Plan,
    key: Any,
    callback: Callback,
    bind: Any = None,
    persist_state: Any = None,
    trigger: bool = False,
    readonly: bool = False,
    into: Element | None = None,
) -> Any:
    """``register_widget`` for a planned widget: the plan, and this call's key, callback, bind
    and persistence (by position: called for every widget of every run)."""
    label, identity, default, serde, props, key_identity, check, url, required, refuses = plan
    ctx = require_run(kind)
    place = ctx.place()
    user_key = None if key is None else str(key)
    replay = None
    if bind is None and persist_state is None:
        replay = (kind, id(plan), user_key, place, ctx.app_id, ctx.fragment_id, trigger, readonly)
        found = _REPLAYS.get(ctx, replay)
        if found is not None and found[0] is plan and _same_call(found[1], callback):
            wid, meta = found[2], found[3]
            ctx.claim(kind, wid, user_key)
            value, shown = _register(ctx, meta, default, serde, check, None)
            return _add_widget(ctx, place, kind, wid, props, label, shown, required, value, into)
    bound = binding.check_bind(bind, key) if bind is not None and url is not None else False
    wid, meta = _identify(
        ctx, place, kind, user_key, identity, key_identity, default, serde, callback, trigger,
        readonly, True, persist_state, required, refuses,
    )  # fmt: skip
    value, shown = _register(ctx, meta, default, serde, check, url if bound else None)
    if replay is not None:
        _REPLAYS.put(replay, (plan, callback, wid, meta))
    return _add_widget(ctx, place, kind, wid, props, label, shown, required, value, into)


#: What a planned widget call found last time (this run's and the last run's calls), by what
#: the call was given: its plan (by identity, kept here so that the id cannot be reused), key,
#: place, app, fragment and callback. A widget's id and its session-state record are functions
#: of those alone, so a call given the same again reuses both and goes straight to what every
#: run must do: claim the id, register the value, add the element. An app's widgets repeat
#: their calls on every rerun; this skips hashing the identity and comparing the record field
#: by field, which were most of a widget's cost. Only calls that succeeded are recorded.
_REPLAYS = LastRuns()


def _add_widget(
    ctx: RunContext,
    place: tuple[str, bool, int],
    kind: str,
    wid: str,
    props: dict[str, Any],
    label: str,
    shown: Any,
    required: bool,
    value: Any,
    into: Element | None,
) -> Any:
    element = Element(
        kind, _widget_props(ctx, place, kind, wid, props, label, shown, required), wid
    )
    if into is None:
        ctx.add(element)
    else:
        with ctx.inside(into):
            ctx.add(element)
    return value


#: Each widget's last props record, with what it was made from (this run's and the last run's,
#: by widget id). A planned widget call (see ``plans.py``) hands over the same props dict each
#: run, and most reruns leave most values alone: then the record is the same object as last
#: run's, which the render recognises at a glance (``render/lib.describe``) instead of comparing
#: it field by field. Props records are never changed once made (``schema.py``).
_LAST_PROPS = LastRuns()


def _widget_props(
    ctx: RunContext,
    place: tuple[str, bool, int],
    kind: str,
    wid: str,
    props: dict[str, Any],
    label: str,
    shown: Any,
    required: bool,
) -> Any:
    form, enter, _ = place
    enter = enter if form else False
    last = _LAST_PROPS.get(ctx, wid)
    if last is not None and last[0] is props and last[1:6] == (kind, label, form, enter, required):
        before = last[6]
        try:
            if before is shown or (type(before) is type(shown) and before == shown):
                return last[7]
        except Exception:  # a value that refuses == (an array): make a new record
            pass
    extra: dict[str, Any] = {"label": label, "value": shown}
    if required:
        extra["required"] = True
    if form:
        extra["form"] = form
        extra["enter_to_submit"] = enter
    record = schema_of(kind)(**props, **extra)
    _LAST_PROPS.put(wid, (props, kind, label, form, enter, required, shown, record))
    return record


def claim_widget(
    kind: str,
    *,
    key: Any,
    identity: dict[str, Any],
    key_identity: tuple[str, ...] | None = (),
    default: Any,
    serde: Serde,
    callback: Callback,
    trigger: bool = False,
    readonly: bool = False,
    check: Callable[[Any], None] | None = None,
    in_form: bool = True,
    url: Any = None,
    persist_state: Any = None,
    required: bool = False,
    refuses: Callable[[Any], bool] | None = None,
) -> tuple[str, Any, Any]:
    """Claim a widget's id in this run and record it in session state; return its id, value
    and the value's front-end form. ``register_widget`` adds the element; a container that
    holds a value (a stateful expander, popover or tab group) builds its own block.

    ``key_identity=None`` hashes every parameter of ``identity`` even with a key (Streamlit's
    ``key_as_main_identity=False``); ``in_form=False`` keeps the value out of the form's
    parked values (Streamlit's containers send theirs at once, forms or not). ``url`` (an
    ``api/bind.UrlCodec``, the bind already checked): the value is kept in the URL's query;
    ``persist_state``, ``required`` and ``refuses`` as ``register_widget`` takes them.
    """
    ctx = require_run(kind)
    return _claim(
        ctx, ctx.place(), kind, key, identity, key_identity, default, serde, callback, trigger,
        readonly, check, in_form, url, persist_state, required, refuses,
    )  # fmt: skip


def _claim(
    ctx: RunContext,
    place: tuple[str, bool, int],
    kind: str,
    key: Any,
    identity: dict[str, Any],
    key_identity: tuple[str, ...] | None,
    default: Any,
    serde: Serde,
    callback: Callback,
    trigger: bool,
    readonly: bool,
    check: Callable[[Any], None] | None,
    in_form: bool,
    url: Any,
    persist_state: Any,
    required: bool,
    refuses: Callable[[Any], bool] | None,
) -> tuple[str, Any, Any]:
    """``claim_widget`` for a run in progress (arguments by position: called for every widget
    of every run)."""
    wid, meta = _identify(
        ctx, place, kind, None if key is None else str(key), identity, key_identity, default,
        serde, callback, trigger, readonly, in_form, persist_state, required, refuses,
    )  # fmt: skip
    return wid, *_register(ctx, meta, default, serde, check, url)


def _identify(
    ctx: RunContext,
    place: tuple[str, bool, int],
    kind: str,
    user_key: str | None,
    identity: Mapping[str, Any],
    key_identity: tuple[str, ...] | None,
    default: Any,
    serde: Serde,
    callback: Callback,
    trigger: bool,
    readonly: bool,
    in_form: bool,
    persist_state: Any,
    required: bool,
    refuses: Callable[[Any], bool] | None,
) -> tuple[str, WidgetMeta]:
    """Check the call, compute the widget's id, claim it in this run and make (or reuse) its
    session-state record: what a widget's id and record are made of, and nothing else."""
    if persist_state is not None:
        check_persist_state(persist_state, user_key)
    if not isinstance(required, bool):
        require_int(required)  # what protobuf takes for a bool
    in_which_form, _, root = place
    wid = compute_widget_id(
        kind, user_key, identity, key_identity if key_identity is not None else (),
        key_identity is not None, ctx.app_id, in_which_form, root,
    )  # fmt: skip
    ctx.claim(kind, wid, user_key)
    form = in_which_form if in_form else ""
    # Streamlit checks this for its own widgets; a custom component's on_change is let through
    if (
        form
        and callback.fn is not None
        and kind not in ("form_submit_button", "component_instance")
    ):
        raise StreamlitInvalidFormCallbackError(FORM_CALLBACK_MESSAGE)
    fn, args, kwargs = callback.fn, callback.args, callback.kwargs
    fragment = ctx.fragment_id or ""
    refusing = _refusing(True, refuses) if required else refuses
    made_from = (kind, user_key, ctx.app_id, form, fragment, serde, fn, args, kwargs, trigger,
                 readonly, type(default), default, persist_state, refusing)  # fmt: skip
    meta = ctx.state.widget_meta(wid)
    if meta is None or not _same_call(meta.made_from, made_from):
        meta = WidgetMeta(
            id=wid,
            kind=kind,
            key=user_key,
            deserialize=serde.deserialize,
            serialize=serde.serialize,
            callback=fn,
            args=args if args is not None else (),
            kwargs=kwargs if kwargs is not None else {},
            trigger=trigger,
            readonly=readonly,
            owner=ctx.app_id,
            form=form,
            default=default,
            default_ui=serde.serialize(default),
            fragment=fragment,
            persist=persist_state is not None,
            refuses=refusing,
            made_from=made_from,
        )
    return wid, meta


def _register(
    ctx: RunContext,
    meta: WidgetMeta,
    default: Any,
    serde: Serde,
    check: Callable[[Any], None] | None,
    url: Any,
) -> tuple[Any, Any]:
    """Register the widget in this run's session state: its value and the value's front-end
    form (what every run does for every widget, whatever it was given)."""
    wid, user_key = meta.id, meta.key
    if url is not None:
        binding.seed(ctx, user_key, wid, url, lambda v: _acceptable(v, serde, check), default)
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
            "its default", user_key, exc, meta.kind,
        )  # fmt: skip
        value, shown = _checked(ctx, wid, ctx.state.widget_value(wid), serde, check)
    ctx.state.accept_restored(user_key)
    if url is not None:
        binding.write_back(ctx, user_key, value, default, url)
    return value, shown


def _same_call(before: tuple[Any, ...], now: tuple[Any, ...]) -> bool:
    """Whether a widget call was given what the last one was (then its record is reused)."""
    try:
        return before == now
    except Exception:  # an argument that refuses == (an array in ``args``): call it different
        return False


def _acceptable(value: Any, serde: Serde, check: Callable[[Any], None] | None) -> None:
    """Raises if the widget would refuse ``value`` (a value read from the URL)."""
    normalized = serde.normalize(value)
    if check is not None:
        check(normalized)
    serde.serialize(normalized)


#: Each widget's last accepted value, with the serde and check that accepted it and its
#: front-end form. Normalising, checking and serialising are functions of those three alone, so
#: a rerun that left the value alone (the very object, of an immutable type) takes the form
#: from here. Kept like ``_LAST_PROPS``.
_LAST_CHECKED = LastRuns()
_IMMUTABLE = frozenset((int, float, str, bool, type(None), date, datetime, time, timedelta))


def _checked(
    ctx: RunContext, wid: str, value: Any, serde: Serde, check: Callable[[Any], None] | None
) -> tuple[Any, Any]:
    """The widget's value as its serde and ``check`` accept it, and its front-end form."""
    last = _LAST_CHECKED.get(ctx, wid)
    if last is not None and last[2] is value and last[0] is serde and last[1] is check:
        return value, last[3]
    normalized = serde.normalize(value)
    if normalized is not value:
        ctx.state.set_widget_value(wid, normalized)
        value = normalized
    if check is not None:
        check(value)
    shown = serde.serialize(value)
    if type(value) in _IMMUTABLE:
        _LAST_CHECKED.put(wid, (serde, check, value, shown))
    return value, shown


def _refusing(
    required: bool, refuses: Callable[[Any], bool] | None
) -> Callable[[Any], bool] | None:
    if not required:
        return refuses
    if refuses is None:
        return is_empty
    return lambda ui: is_empty(ui) or refuses(ui)


def check_wrap(wrap: Any) -> None:
    """``wrap``: None, or what protobuf takes for a bool (Streamlit hands it over unchecked)."""
    if wrap is not None:
        require_int(wrap)


def check_persist_state(persist_state: Any, key: str | None) -> None:
    if persist_state is None:
        return
    if persist_state not in ("page", "session") or isinstance(persist_state, bool):
        raise StreamlitValueError(
            "Invalid `persist_state` value. Supported values: 'page', 'session', None."
        )
    if key is None:
        raise StreamlitMissingRequiredParameterError(
            "The `key` parameter is required. When using persist_state, the widget must have a "
            "unique 'key' parameter specified so its value can be preserved across reruns and "
            "page switches."
        )


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


class ElementHandle:
    """``h = st.text("a"); h.text("b")`` replaces the first text, as in Streamlit."""

    def __init__(self, parent: Element, element: Element) -> None:
        self._parent = parent
        self._element = element

    def __getattr__(self, name: str) -> Callable[..., Any]:
        fn = ELEMENT_FUNCTIONS.get(name)
        if fn is None:
            if name.startswith("_"):
                raise AttributeError(name)
            raise UnsupportedError(f"`{name}` is not supported by rerunner yet.")

        @functools.wraps(fn)
        def replace(*args: Any, **kwargs: Any) -> Any:
            if name == "write" and len(args) > 1:
                raise StreamlitAPIException(MULTIPLE_ELEMENTS_MESSAGE)
            ctx = require_run(name)
            slot = container("slot")
            with ctx.inside(slot):
                result = fn(*args, **kwargs)
            if len(slot.children or ()) != 1:
                raise StreamlitAPIException(MULTIPLE_ELEMENTS_MESSAGE)
            siblings = self._parent.children or []
            for i, child in enumerate(siblings):
                if child is self._element:
                    siblings[i] = self._element = slot.children[0]  # type: ignore[index]
                    break
            if getattr(self._element.props, "live", False):  # progress and toast only
                ctx.show_live()  # a progress bar moved: show it before the body goes on
            return result

        return replace

    def __repr__(self) -> str:
        return f"<rerunner element {self._element.kind}>"


def add_shown(kind: str, props: Any) -> ElementHandle:
    """Append a non-widget ``kind`` element of these props (its schema's record) and return
    its handle: ``handle(add(...))`` with one look-up of the run, for the calls apps make most."""
    ctx = require_run(kind)
    element = ctx.add(Element(kind, props))
    return ElementHandle(ctx.target, element)


def handle(element: Element) -> ElementHandle:
    """Wrap the element just added to the current container."""
    return ElementHandle(require_run(element.kind).target, element)


def common_props(*, help: Any, disabled: bool, label_visibility: str, width: Any) -> dict[str, Any]:
    """The validated props every labelled input shares (the label itself is added on register)."""
    check_label_visibility(label_visibility)
    check_width(width)
    return {
        "help": help,
        "disabled": bool(disabled),
        "label_visibility": label_visibility,
        "width": width,
    }


def label_text(label: Any) -> str:
    return "" if label is None else str(label)


def require_str(value: Any) -> None:
    """Where Streamlit hands a value to protobuf as a string, anything else fails like this."""
    if value is not None and not isinstance(value, str):
        raise TypeError("bad argument type for built-in operation")


def require_int(value: Any) -> None:
    if not isinstance(value, int):
        raise TypeError(f"'{type(value).__name__}' object cannot be interpreted as an integer")


def check_icon(icon: Any) -> str | None:
    """An ``icon=`` value as Streamlit normalises it (``None`` for none), or its error."""
    return icons.check_icon(icon)


def type_name(value: Any) -> str:
    return type(value).__name__


def is_number(value: Any) -> bool:
    kind = type(value)
    if kind is int or kind is float:  # the usual answer, without the ABC's slow isinstance
        return True
    return isinstance(value, numbers.Real) and not isinstance(value, bool)


def text_body(body: Any) -> str:
    """Streamlit's ``clean_text``: the text of ``body``, dedented and stripped."""
    text = str(body)
    if "\n" not in text:  # one line: stripping it is all dedenting would add
        return text.strip()
    return textwrap.dedent(text).strip()
