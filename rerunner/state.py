"""Session state: user values and widget values, kept by Streamlit's rules.

One ``SessionState`` lives per kernel (``kernel_session_state()``); every ``%%rerun`` cell of the
kernel shares it, as every page of a Streamlit app shares one session. This module knows nothing of
ipywidgets or IPython: widgets appear here only as ids, metadata and values.

The rules, as Streamlit 1.67 applies them:

* a key bound to a widget reads the widget's value; writing it is refused once the widget was
  created in the current run, and always for trigger widgets such as buttons;
* a value written before the widget is created wins over the widget's default;
* a widget's value is dropped at the end of a completed run that did not create it, unless the
  widget asked for ``persist_state``: then its value moves to its key as a plain value, which the
  widget takes back when it is drawn again (a notebook has no page switches, so ``"page"`` and
  ``"session"`` keep it alike);
* a trigger (a button, a chat input) holds its value only during the run its click or
  submission caused, and its default (False, None) otherwise.

Like Streamlit's, the state has three stores: values written since the run began (``_new``),
plain values (``_values``) and widget values (``_widget_values``). At the start of a run the
writes are *compacted* into the other two: under the widget when the key has ever been bound to
one (a key stays bound until it is deleted), else as a plain value. Hence Streamlit's quirks: a
write to the key of a hidden widget lives until the end of the next completed run, and a plain
value a key had before its widget first appeared shows again once the widget's value is dropped.

The state also records what the apps sharing it read and change, for cross-cell updates (the
rule lives in ``runtime/followups.py``): every key a run reads (item, attribute, ``in``, ``get``,
a keyed widget's value; iteration and ``len`` read the set of keys, ``KEYS``) goes into that
run's read set, kept per app as the reads of its last run; every key whose value a run changes
(written with a value not equal to the one there, deleted, set by a keyed widget's change, or
dropped with a widget its app no longer shows) goes into the changes taken (``take_changes``)
when an app's runs end. A change made outside any run (a plain cell) is reported through
``on_outside_change``. A read costs one attribute load and a dict store
(``benchmarks/bench_tracking.py``); outside runs, only the load.
"""

from __future__ import annotations

import copy
import logging
import reprlib
from collections.abc import Callable, Iterator, MutableMapping
from dataclasses import dataclass, field
from itertools import islice
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

#: In a read set, the set of keys itself (iteration, ``len``); in the changes, a key added or
#: removed. It begins with the reserved ``$$ID`` and is no widget id, so it is never a key.
KEYS = "$$ID:keys"

#: Types whose values cannot change in place: writing back the very object read is no change.
_IMMUTABLE = frozenset({int, float, complex, bool, str, bytes, type(None)})


@dataclass
class WidgetMeta:
    """What the state must remember about a widget between runs."""

    id: str
    kind: str
    key: str | None = None
    deserialize: Callable[[Any], Any] = lambda v: v
    serialize: Callable[[Any], Any] = lambda v: (
        v
    )  # a value in the front end's form (AppTest sends it)
    callback: Callable[..., Any] | None = None
    args: Any = ()
    kwargs: Any = field(default_factory=dict)
    trigger: bool = False  # a value for one run only (a click, a chat message); else `default`
    readonly: bool = False  # buttons, uploads: set by the user only, never through session state
    owner: str = ""
    form: str = ""  # the key of the form holding the widget, "" outside forms
    default: Any = None  # what a form's clear_on_submit restores
    default_ui: Any = None  # the same, in front-end form
    fragment: str = ""  # the id of the fragment the widget is in, "" outside fragments
    persist: bool = False  # ``persist_state``: the value outlives the widget's absence
    # What Streamlit's browser refuses to send (a required field left empty, a text that fails
    # ``validate``), given the value in front-end form: a form holding such a field is not sent.
    refuses: Callable[[Any], bool] | None = None
    #: What the widget call that made this record was given (its maker's business): a call
    #: given the same in the next run reuses the record instead of building an equal one.
    made_from: tuple[Any, ...] = ()


class SessionState(MutableMapping[str, Any]):
    """Kernel-scoped key/value store with Streamlit's session-state rules."""

    def __init__(self) -> None:
        self._new: dict[str, Any] = {}  # keys assigned since the run began (compacted at the next)
        self._values: dict[str, Any] = {}  # plain values, compacted while the key had no widget
        self._widget_values: dict[str, Any] = {}  # widget id -> value
        self._meta: dict[str, WidgetMeta] = {}
        self._triggers: set[str] = set()  # the ids of ``_meta``'s triggers: a run resets only them
        self._id_of_key: dict[str, str] = {}  # once bound, a key stays bound until deleted
        self._key_owner: dict[str, str] = {}  # the app whose widget a key is bound to
        self._seen: set[str] = set()  # widget ids created in the current run
        self._shown: dict[str, set[str]] = {}  # app -> widget ids its last run created (its page)
        self._forms: set[str] = set()  # form keys created in the current run
        self._in_run = False
        self._order: dict[str, None] = {}  # widget ids in page order, as of the last run
        self._run_order: list[str] = []  # widget ids created so far in the current run
        self._owners: dict[str, set[str]] = {}  # widget id -> apps whose last run created it
        # Values put back from a saved file (``--persist``), by key, until the key is written:
        # a widget that refuses one drops it instead of failing every run.
        self._restored: dict[str, Any] = {}
        self._in_fragment: dict[str, set[str]] = {}  # fragment id -> its widgets' ids
        # Keys whose widget asked for ``persist_state``: when the widget leaves the page its
        # value moves to the key as a plain value, which the widget takes back when it returns.
        self._persist_keys: set[str] = set()
        # Cross-cell updates. None outside runs, so reads there cost one load and a test; a dict
        # used as a set, as storing a key costs less than ``set.add`` (a method call).
        self._reads: dict[str, None] | None = None  # keys read by the run in progress
        self._last_reads: dict[str, set[str]] = {}  # app -> keys its last run read
        self._changes: set[str] = set()  # keys changed by runs, until taken
        self._outside: set[str] = set()  # keys changed outside any run, until taken
        #: Called with this state when a key changes outside any run; None: nobody listens, and
        #: such changes are not kept.
        self.on_outside_change: Callable[[SessionState], None] | None = None

    # --- the mapping a user sees ---------------------------------------------------------

    def __getitem__(self, key: str) -> Any:
        reads = self._reads
        if reads is not None:
            reads[key] = None
        if key in self._new:
            return self._new[key]
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
        old = self._peek(key)
        self._new[key] = value
        self._restored.pop(key, None)
        if old is _MISSING:
            self._changed(key, KEYS)
        elif old is value:
            if type(value) not in _IMMUTABLE:  # it may have been changed in place
                self._changed(key)
        elif type(old) is not type(value) or not _same(old, value):
            self._changed(key)

    def __delitem__(self, key: str) -> None:
        self._restored.pop(key, None)
        self._persist_keys.discard(key)
        wid = self._id_of_key.pop(key, None)
        self._key_owner.pop(key, None)
        found = key in self._values or key in self._new
        self._values.pop(key, None)
        self._new.pop(key, None)
        if wid is not None and wid in self._widget_values:
            found = True
            del self._widget_values[wid]
        if not found:
            raise KeyError(missing_key_message(key, attribute=False))
        self._changed(key, KEYS)

    def __contains__(self, key: object) -> bool:
        if not isinstance(key, str):
            return False
        reads = self._reads
        if reads is not None:
            reads[key] = None
        wid = self._id_of_key.get(key)
        return (
            key in self._new
            or (wid is not None and wid in self._widget_values)
            or key in self._values
        )

    def _user_keys(self) -> list[str]:
        keys = dict.fromkeys(self._values)
        keys.update(
            dict.fromkeys(k for k, wid in self._id_of_key.items() if wid in self._widget_values)
        )
        keys.update(dict.fromkeys(self._new))
        return list(keys)

    def __iter__(self) -> Iterator[str]:
        if self._reads is not None:
            self._reads[KEYS] = None
        return iter(self._user_keys())

    def __len__(self) -> int:
        if self._reads is not None:
            self._reads[KEYS] = None
        return len(self._user_keys())

    def to_dict(self) -> dict[str, Any]:
        """A plain dict of the user-visible keys (keyless widgets are internal, as in Streamlit)."""
        if self._reads is not None:
            self._reads[KEYS] = None
        return {k: self[k] for k in self._user_keys()}

    def _peek(self, key: str) -> Any:
        """The value ``self[key]`` gives, or ``_MISSING``, without counting as a read."""
        if key in self._new:
            return self._new[key]
        wid = self._id_of_key.get(key)
        if wid is not None and wid in self._widget_values:
            return self._widget_values[wid]
        if key in self._values:
            return self._values[key]
        return self._widget_values.get(key, _MISSING)

    # --- what runs read and change (cross-cell updates) -------------------------------------

    def _changed(self, *keys: str) -> None:
        if self._in_run:
            self._changes.update(keys)
        elif self.on_outside_change is not None:
            self._outside.update(keys)
            self.on_outside_change(self)

    def reads_of(self, owner: str) -> set[str]:
        """The keys ``owner``'s last run read (``KEYS`` if it iterated over them)."""
        return self._last_reads.get(owner, set())

    def take_changes(self) -> set[str]:
        """The keys runs changed since the last call (taken when an app's runs end)."""
        changes, self._changes = self._changes, set()
        return changes

    def take_outside_changes(self) -> set[str]:
        """The keys changed outside any run since the last call (plain cells, observers)."""
        changes, self._outside = self._outside, set()
        return changes

    def __repr__(self) -> str:
        return repr(self.to_dict())

    def clear(self) -> None:
        """Remove every user key and every keyed widget value."""
        for key in list(self._user_keys()):
            del self[key]

    # --- values restored from a file ----------------------------------------------------

    def restore(self, key: str, value: Any) -> None:
        """Put back a saved value (``--persist``): written like any value, but remembered as
        restored, so a widget whose code no longer accepts it can drop it."""
        self[key] = value
        self._restored[key] = value

    def accept_restored(self, key: str | None) -> None:
        """The widget bound to ``key`` took its restored value: from now on it is any value."""
        if self._restored and key is not None:
            self._restored.pop(key, None)

    def drop_restored(self, meta: WidgetMeta, value: Any, default: Any) -> bool:
        """If ``value`` is the restored value of ``meta``'s key, forget it (the widget starts
        from ``default``) and return True; otherwise change nothing and return False."""
        key = meta.key
        if key is None or key not in self._restored or self._restored[key] is not value:
            return False
        del self._restored[key]
        self._new.pop(key, None)
        self._values.pop(key, None)
        self._widget_values[meta.id] = copy.deepcopy(default)
        self._changes.add(key)
        return True

    # --- widgets ---------------------------------------------------------------------------

    def begin_run(self, owner: str = "", *, compact: bool = True) -> None:
        """``owner``'s run (callbacks, then the body) starts: nothing has been created yet.

        ``compact=False`` for the run that ``st.rerun()`` starts: as in Streamlit, the writes of
        the interrupted run are still this run's writes.
        """
        self._commit_order()
        self._seen = set()
        self._forms = set()
        self._in_run = True
        self._reads = {}
        if compact:
            self._reset_triggers()
            self._compact()
            # The buttons on the page report False unless clicked (Streamlit's front end sends
            # every widget's state), whatever was written to their keys meanwhile.
            for wid in self._triggers.intersection(self._shown.get(owner, ())):
                self._widget_values[wid] = self._meta[wid].default

    def _compact(self) -> None:
        """Last run's writes become stored values: the widget's if the key is bound, else plain."""
        for key, value in self._new.items():
            wid = self._id_of_key.get(key)
            if wid is not None:
                self._widget_values[wid] = value
            else:
                self._values[key] = value
        self._new = {}

    def _reset_triggers(self) -> None:
        for wid in self._triggers:
            if wid in self._widget_values:
                self._widget_values[wid] = self._meta[wid].default

    def is_seen(self, widget_id: str) -> bool:
        return widget_id in self._seen

    def register_form(self, key: str) -> None:
        """A form was created: its key now counts as instantiated for this run."""
        self._forms.add(key)

    def form_members(self, form: str) -> list[WidgetMeta]:
        """The widgets of a form, in page order."""
        return [
            self._meta[wid]
            for wid in self._order
            if wid in self._meta and self._meta[wid].form == form
        ]

    def register_widget(self, meta: WidgetMeta, default: Any) -> Any:
        """Record that ``meta.id`` was created in this run and return its current value."""
        wid, key = meta.id, meta.key
        if key is not None and meta.readonly and key in self._new:
            raise StreamlitValueAssignmentNotAllowedError(value_assignment_not_allowed_message(key))
        self._meta[wid] = meta
        if meta.trigger:
            self._triggers.add(wid)
        elif wid in self._triggers:
            self._triggers.discard(wid)
        if wid not in self._seen:
            self._seen.add(wid)
            self._run_order.append(wid)
        owners = self._owners.get(wid)
        if owners is None:
            self._owners[wid] = {meta.owner}
        elif meta.owner not in owners:
            owners.add(meta.owner)
        if meta.fragment:
            self._in_fragment.setdefault(meta.fragment, set()).add(wid)
        if key is not None:
            if self._reads is not None:
                self._reads[key] = None  # the run shows the key's value: it read it
            self._id_of_key[key] = wid
            self._key_owner[key] = meta.owner
            kept = False
            if meta.persist:
                kept = key in self._persist_keys and wid not in self._widget_values
                self._persist_keys.add(key)
            elif self._persist_keys and key in self._persist_keys:
                kept = wid not in self._widget_values
                self._persist_keys.discard(key)
            if key in self._new:  # written before the widget in this run: that value wins
                self._widget_values[wid] = self._new[key]
            elif (
                wid not in self._widget_values and key in self._values
            ):  # written in an earlier run, or kept while a persisting widget was away
                self._widget_values[wid] = self._values[key]
            if kept:  # back on the page: the widget holds the value again
                self._values.pop(key, None)
        if meta.trigger:
            return self._widget_values.setdefault(wid, meta.default)
        if wid not in self._widget_values:
            self._widget_values[wid] = copy.deepcopy(default)
        return self._widget_values[wid]

    def set_widget_value(self, widget_id: str, value: Any) -> None:
        """Store a value the widget itself normalised (a clamped number, a truncated text)."""
        old = self._widget_values.get(widget_id, _MISSING)
        self._widget_values[widget_id] = value
        meta = self._meta.get(widget_id)
        if meta is not None and meta.key in self._new:
            self._new[meta.key] = value
        if meta is not None and meta.key is not None and (old is _MISSING or not _same(old, value)):
            self._changes.add(meta.key)

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
                log.warning(
                    "rerunner: ignored a value for a widget that no longer exists (%s)", wid
                )
                continue
            try:
                value = meta.deserialize(raw)
            except Exception as exc:  # a malformed message must not break the app
                log.warning(
                    "rerunner: rejected %s for %s widget %s: %s", _short(raw), meta.kind, wid, exc
                )
                continue
            if meta.trigger:
                if not _same(value, meta.default):  # a click, a message (even an empty one)
                    self._widget_values[wid] = value
                    changed.append(meta)
                continue
            if meta.key is not None:
                self._restored.pop(meta.key, None)
            old = self._widget_values.get(wid, _MISSING)
            self._widget_values[wid] = value
            if old is _MISSING or not _same(old, value):
                changed.append(meta)
                if meta.key is not None:
                    self._changes.add(meta.key)
        self._commit_order()
        if len(changed) > 1:  # one change (the usual event) needs no ranking of the whole page
            rank = {wid: i for i, wid in enumerate(self._order)}
            changed.sort(key=lambda m: rank.get(m.id, len(rank)))
        return changed

    def replay_triggers(self, values: dict[str, Any]) -> None:
        """Give triggers the values of an interaction whose callbacks ran in an earlier run (a
        targeted ``st.rerun`` from a callback): the run reads them, no callback is called."""
        for wid, value in values.items():
            meta = self._meta.get(wid)
            if meta is not None and meta.trigger:
                self._widget_values[wid] = value

    def end_run(
        self,
        owner: str,
        *,
        completed: bool,
        reset_triggers: bool = True,
        fragments: tuple[str, ...] | None = None,
    ) -> None:
        """Reset triggers and, after a completed run, drop the widgets that run did not create.

        A run ended by ``st.stop()`` or an exception does neither (``reset_triggers=False``):
        a clicked button reads True until the next run begins, as in Streamlit. A run of some
        ``fragments`` only concerns their widgets: the others stay, as Streamlit keeps the
        widgets of the fragments (and the body) that did not run.
        """
        self._in_run = False
        self._last_reads[owner] = set(self._reads or ())
        self._reads = None
        self._commit_order()
        if fragments is None:
            self._shown[owner] = self._seen
        else:
            self._shown.setdefault(owner, set()).update(self._seen)
        if reset_triggers:
            self._reset_triggers()
        if not completed:
            return
        if fragments is None:
            self.forget_owner(owner, keep=self._seen)
            return
        for fid in fragments:
            for wid in list(self._in_fragment.get(fid, ())):
                if wid in self._seen:
                    continue
                self._in_fragment[fid].discard(wid)
                self._shown.get(owner, set()).discard(wid)
                owners = self._owners.get(wid)
                if owners is not None:
                    owners.discard(owner)
                    if not owners:
                        self._forget(wid)

    def forget_owner(self, owner: str, keep: set[str] = frozenset()) -> None:  # type: ignore[assignment]
        """Drop ``owner``'s claim on its widgets (but those in ``keep``); unclaimed ones go."""
        for wid in list(self._meta):
            owners = self._owners.get(wid)
            if owners is None or owner not in owners or wid in keep:
                continue
            owners.discard(owner)
            if not owners:
                self._forget(wid)
        for key, wid in self._id_of_key.items():  # written to the key of a widget already gone
            if wid not in self._meta and wid not in keep and self._key_owner.get(key) == owner:
                value = self._widget_values.pop(wid, _MISSING)
                if value is _MISSING:
                    continue
                if key in self._persist_keys:
                    self._values[key] = value
                else:
                    self._changes.update((key, KEYS))

    def _forget(self, wid: str) -> None:
        # The key stays bound (Streamlit keeps its key-to-id map): a later write to it is the
        # widget's value, dropped in turn by a completed run that does not show the widget.
        meta = self._meta[wid]
        if meta.key is not None and not meta.trigger and wid in self._widget_values:
            if meta.persist:  # Streamlit's persist_state: the key keeps the value meanwhile
                self._values[meta.key] = self._widget_values[wid]
            else:
                self._changes.update((meta.key, KEYS))  # the run that hid it changed its key
        self._meta.pop(wid)
        self._triggers.discard(wid)
        if meta.fragment and meta.fragment in self._in_fragment:
            members = self._in_fragment[meta.fragment]
            members.discard(wid)
            if not members:
                del self._in_fragment[meta.fragment]
        self._owners.pop(wid, None)
        self._widget_values.pop(wid, None)
        self._commit_order()
        self._order.pop(wid, None)

    def _commit_order(self) -> None:
        """Put the widgets of the current run first, in creation order, then the others."""
        if self._run_order:
            run = self._run_order
            if len(run) <= len(self._order) and list(islice(self._order, len(run))) == run:
                self._run_order = []  # the order stands (a fragment run, a page that kept it)
                return
            order = dict.fromkeys(run)
            for wid in self._order:
                order.setdefault(wid, None)
            self._order = order
            self._run_order = []

    def widget_value(self, widget_id: str) -> Any:
        return self._widget_values[widget_id]

    def widget_meta(self, widget_id: str) -> WidgetMeta | None:
        return self._meta.get(widget_id)

    def assigned(self, key: str) -> bool:
        """Whether ``key`` was assigned through session state since the run began (a widget
        created with that key then takes the assigned value, not one from the front end)."""
        return key in self._new

    def key_meta(self, key: str) -> WidgetMeta | None:
        """The widget bound to a user key, if any."""
        wid = self._id_of_key.get(key)
        return None if wid is None else self._meta.get(wid)


_REPR = reprlib.Repr()
_REPR.maxstring = _REPR.maxother = 80


def _short(value: Any) -> str:
    """A value as a log line shows it: a refused 50 MB upload is not printed whole."""
    return _REPR.repr(value)


def _same(a: Any, b: Any) -> bool:
    try:
        return bool(a == b)
    except Exception:  # numpy arrays and other odd equalities
        return a is b


_MISSING = object()


class SessionStateProxy(MutableMapping[str, Any]):
    """Values that persist across reruns of the app.

    A dict-like object: read and write it by item (``st.session_state["count"]``) or by attribute
    (``st.session_state.count``), and use ``in``, ``get``, ``setdefault``, ``update``, ``pop``,
    ``del``, iteration and ``to_dict()``. Values survive every rerun of the body, until the session
    ends.

    A widget with a ``key`` keeps its value under that key. Assign the key before the widget is
    created, or in a callback, to set the widget's value; assigning it after the widget is created
    in the same run raises ``StreamlitWidgetAlreadyInstantiatedError``, and the keys of buttons are
    read-only.

    In rerunner there is one session state per kernel, shared by all ``%%rerun`` cells of the
    notebook (in Voila each visitor has a kernel, hence a session of their own).

    Example
    -------
    >>> import streamlit as st
    >>> st.session_state.setdefault("count", 0)
    >>> if st.button("Add one"):
    ...     st.session_state.count += 1
    >>> st.write("Count:", st.session_state.count)
    """

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
