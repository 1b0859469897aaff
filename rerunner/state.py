"""Session state: user values and widget values, kept by Streamlit's rules.

One ``SessionState`` lives per kernel (``kernel_session_state()``); every ``%%rerun`` cell of the
kernel shares it, as every page of a Streamlit app shares one session. This module knows nothing of
ipywidgets or IPython: widgets appear here only as ids, metadata and values.

The rules, as Streamlit 1.67 applies them:

* a key bound to a widget reads the widget's value; writing it is refused once the widget was
  created in the current run, and always for trigger widgets such as buttons;
* a value written before the widget is created wins over the widget's default;
* a widget's value (and its key) is dropped at the end of a completed run that did not create it;
* a trigger (a button) is True only during the run its click caused.
"""

from __future__ import annotations

import copy
import logging
from collections.abc import Callable, Iterator, MutableMapping
from dataclasses import dataclass, field
from typing import Any

from .errors import (
    INVALID_KEY_MESSAGE,
    RESERVED_KEY_MESSAGE,
    StreamlitAPIException,
    StreamlitValueAssignmentNotAllowedError,
    StreamlitValueError,
    StreamlitWidgetAlreadyInstantiatedError,
    missing_key_message,
    modified_after_instantiated_message,
    value_assignment_not_allowed_message,
)

log = logging.getLogger("rerunner")


@dataclass
class WidgetMeta:
    """What the state must remember about a widget between runs."""

    id: str
    kind: str
    key: str | None = None
    deserialize: Callable[[Any], Any] = lambda v: v
    serialize: Callable[[Any], Any] = lambda v: v  # a value in the front end's form (AppTest sends it)
    callback: Callable[..., Any] | None = None
    args: Any = ()
    kwargs: Any = field(default_factory=dict)
    trigger: bool = False
    readonly: bool = False  # uploads: set by the user only, never through session state
    owner: str = ""
    form: str = ""  # the key of the form holding the widget, "" outside forms
    default: Any = None  # what a form's clear_on_submit restores
    default_ui: Any = None  # the same, in front-end form


class SessionState(MutableMapping[str, Any]):
    """Kernel-scoped key/value store with Streamlit's session-state rules."""

    def __init__(self) -> None:
        self._values: dict[str, Any] = {}  # user keys not bound to a widget
        self._widget_values: dict[str, Any] = {}  # widget id -> value
        self._meta: dict[str, WidgetMeta] = {}
        self._id_of_key: dict[str, str] = {}
        self._seen: set[str] = set()  # widget ids created in the current run
        self._written: set[str] = set()  # keys assigned by code since the run began
        self._forms: set[str] = set()  # form keys created in the current run
        self._in_run = False
        self._order: list[str] = []  # widget ids in creation order (current, then last run)
        self._owners: dict[str, set[str]] = {}  # widget id -> apps whose last run created it

    # --- the mapping a user sees ---------------------------------------------------------

    def __getitem__(self, key: str) -> Any:
        wid = self._id_of_key.get(key)
        if wid is not None and wid in self._widget_values:
            return self._widget_values[wid]
        if key in self._values:
            return self._values[key]
        if key in self._widget_values:  # a raw widget id
            return self._widget_values[key]
        raise KeyError(missing_key_message(key, attribute=False))

    def __setitem__(self, key: str, value: Any) -> None:
        wid = self._id_of_key.get(key)
        if self._in_run and ((wid is not None and wid in self._seen) or key in self._forms):
            raise StreamlitWidgetAlreadyInstantiatedError(modified_after_instantiated_message(key))
        self._written.add(key)
        if wid is not None and wid in self._meta:
            self._widget_values[wid] = value
            return
        self._values[key] = value

    def __delitem__(self, key: str) -> None:
        wid = self._id_of_key.pop(key, None)
        found = key in self._values
        self._values.pop(key, None)
        if wid is not None and wid in self._widget_values:
            found = True
            del self._widget_values[wid]
        if not found:
            raise KeyError(missing_key_message(key, attribute=False))

    def __contains__(self, key: object) -> bool:
        if not isinstance(key, str):
            return False
        wid = self._id_of_key.get(key)
        return (wid is not None and wid in self._widget_values) or key in self._values

    def _user_keys(self) -> list[str]:
        keys = list(self._values)
        keys += [k for k, wid in self._id_of_key.items() if wid in self._widget_values]
        return keys

    def __iter__(self) -> Iterator[str]:
        return iter(self._user_keys())

    def __len__(self) -> int:
        return len(self._user_keys())

    def to_dict(self) -> dict[str, Any]:
        """A plain dict of the user-visible keys (keyless widgets are internal, as in Streamlit)."""
        return {k: self[k] for k in self._user_keys()}

    def __repr__(self) -> str:
        return repr(self.to_dict())

    def clear(self) -> None:
        """Remove every user key and every keyed widget value."""
        for key in list(self._user_keys()):
            del self[key]

    # --- widgets ---------------------------------------------------------------------------

    def begin_run(self) -> None:
        """A run (callbacks, then the body) starts: nothing has been created yet."""
        self._seen = set()
        self._written = set()
        self._forms = set()
        self._in_run = True
        self._reset_triggers()

    def _reset_triggers(self) -> None:
        for wid, meta in self._meta.items():
            if meta.trigger and wid in self._widget_values:
                self._widget_values[wid] = False

    def is_seen(self, widget_id: str) -> bool:
        return widget_id in self._seen

    def register_form(self, key: str) -> None:
        """A form was created: its key now counts as instantiated for this run."""
        self._forms.add(key)

    def form_members(self, form: str) -> list[WidgetMeta]:
        """The widgets of a form, in page order."""
        return [self._meta[wid] for wid in self._order if wid in self._meta and self._meta[wid].form == form]

    def register_widget(self, meta: WidgetMeta, default: Any) -> Any:
        """Record that ``meta.id`` was created in this run and return its current value."""
        wid, key = meta.id, meta.key
        self._meta[wid] = meta
        self._seen.add(wid)
        self._owners.setdefault(wid, set()).add(meta.owner)
        if wid in self._order:
            self._order.remove(wid)
        self._order.insert(len(self._seen) - 1, wid)
        if key is not None:
            if (meta.trigger or meta.readonly) and key in self._written:
                raise StreamlitValueAssignmentNotAllowedError(
                    value_assignment_not_allowed_message(key)
                )
            self._id_of_key[key] = wid
            if key in self._values:  # written before the widget existed: that value wins
                self._widget_values[wid] = self._values.pop(key)
        if meta.trigger:
            return self._widget_values.setdefault(wid, False)
        if wid not in self._widget_values:
            self._widget_values[wid] = copy.deepcopy(default)
        return self._widget_values[wid]

    def set_widget_value(self, widget_id: str, value: Any) -> None:
        """Store a value the widget itself normalised (a clamped number, a truncated text)."""
        self._widget_values[widget_id] = value

    def apply_changes(self, changes: dict[str, Any]) -> list[WidgetMeta]:
        """Write values that came from the front end; return the changed widgets in page order.

        ``changes`` maps widget ids to values in the front end's form; each widget's deserializer
        turns them into the value a script sees. A value that does not deserialize, or a widget
        that no longer exists, is rejected and logged; nothing else changes.
        """
        changed: list[WidgetMeta] = []
        for wid, raw in changes.items():
            meta = self._meta.get(wid)
            if meta is None:
                log.warning("rerunner: ignored a value for a widget that no longer exists (%s)", wid)
                continue
            try:
                value = meta.deserialize(raw)
            except Exception as exc:  # a malformed message must not break the app
                log.warning("rerunner: rejected %r for %s widget %s: %s", raw, meta.kind, wid, exc)
                continue
            if meta.trigger:
                if value:
                    self._widget_values[wid] = True
                    changed.append(meta)
                continue
            old = self._widget_values.get(wid, _MISSING)
            self._widget_values[wid] = value
            if old is _MISSING or not _same(old, value):
                changed.append(meta)
        rank = {wid: i for i, wid in enumerate(self._order)}
        changed.sort(key=lambda m: rank.get(m.id, len(rank)))
        return changed

    def end_run(self, owner: str, *, completed: bool) -> None:
        """Reset triggers and, after a completed run, drop the widgets that run did not create."""
        self._in_run = False
        self._reset_triggers()
        if not completed:
            return
        self.forget_owner(owner, keep=self._seen)

    def forget_owner(self, owner: str, keep: set[str] = frozenset()) -> None:  # type: ignore[assignment]
        """Drop ``owner``'s claim on its widgets (but those in ``keep``); unclaimed ones go."""
        for wid in list(self._meta):
            owners = self._owners.get(wid)
            if owners is None or owner not in owners or wid in keep:
                continue
            owners.discard(owner)
            if not owners:
                self._forget(wid)

    def _forget(self, wid: str) -> None:
        meta = self._meta.pop(wid)
        self._owners.pop(wid, None)
        self._widget_values.pop(wid, None)
        if wid in self._order:
            self._order.remove(wid)
        if meta.key is not None and self._id_of_key.get(meta.key) == wid:
            del self._id_of_key[meta.key]

    def widget_value(self, widget_id: str) -> Any:
        return self._widget_values[widget_id]

    def widget_meta(self, widget_id: str) -> WidgetMeta | None:
        return self._meta.get(widget_id)


def _same(a: Any, b: Any) -> bool:
    try:
        return bool(a == b)
    except Exception:  # numpy arrays and other odd equalities
        return a is b


_MISSING = object()


class SessionStateProxy(MutableMapping[str, Any]):
    """``st.session_state``: attribute and item access to the state of the current run."""

    def __init__(self, resolve: Callable[[], SessionState]) -> None:
        object.__setattr__(self, "_resolve", resolve)

    def __getitem__(self, key: str) -> Any:
        return self._resolve()[_check_key(key)]

    def __setitem__(self, key: str, value: Any) -> None:
        self._resolve()[_check_key(key)] = value

    def __delitem__(self, key: str) -> None:
        del self._resolve()[_check_key(key)]

    def __contains__(self, key: object) -> bool:
        return key in self._resolve()

    def __iter__(self) -> Iterator[str]:
        return iter(list(self._resolve()))

    def __len__(self) -> int:
        return len(self._resolve())

    def __getattr__(self, key: str) -> Any:
        if key.startswith("__"):
            raise AttributeError(key)
        try:
            return self._resolve()[key]
        except KeyError:
            raise AttributeError(missing_key_message(key, attribute=True)) from None

    def __setattr__(self, key: str, value: Any) -> None:
        self._resolve()[key] = value

    def __delattr__(self, key: str) -> None:
        try:
            del self._resolve()[key]
        except KeyError:
            raise AttributeError(missing_key_message(key, attribute=True)) from None

    def to_dict(self) -> dict[str, Any]:
        """A plain dict copy of the user-visible keys."""
        return self._resolve().to_dict()

    def __repr__(self) -> str:
        return repr(self._resolve())

    def _repr_markdown_(self) -> str:
        return f"```\n{self._resolve()!r}\n```"


def _check_key(key: Any) -> str:
    key = str(key)  # Streamlit turns an int key into a string too
    if not key:
        raise StreamlitValueError(INVALID_KEY_MESSAGE)
    if key.startswith("$$ID"):
        raise StreamlitAPIException(RESERVED_KEY_MESSAGE)
    return key


_KERNEL_STATE = SessionState()


def kernel_session_state() -> SessionState:
    """The one session state of this kernel (one per Voila visitor)."""
    return _KERNEL_STATE
