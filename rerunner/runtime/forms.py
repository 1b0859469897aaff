"""Forms at run time: what a form's fields park until its submit, and what a submit sends.

Streamlit's rules, which ``App`` applies through ``Forms``:

* a change in a field of a form reruns nothing: its value is parked, and the page keeps showing
  it (across other reruns) until the form is submitted;
* the submit button (or Enter in one of the form's text fields, when ``enter_to_submit``)
  sends every parked value of that form together with the click, in one rerun;
* with ``clear_on_submit``, after the submit's run the fields show their defaults again; the
  defaults are parked like typed values, so session state keeps the submitted values until the
  form is sent again;
* a field that leaves the page takes its unsent value with it, as a browser's field does;
* a submit is not sent while a field of its form holds what Streamlit's browser refuses to send
  (``WidgetMeta.refuses``: a ``required`` field empty, a text failing ``validate``): nothing
  reruns, the parked values stay.

``st.form`` and ``st.form_submit_button`` (their arguments and errors) are in ``api/form.py``;
the form being written into is on the run context's stack (``RunContext.form_id``); the box
shown when a form has no submit button is drawn by ``render/layout.py``.
"""

from __future__ import annotations

import dataclasses
from typing import Any

from ..elements import ENTER, Element
from ..state import SessionState


class Forms:
    """The parked values of an app's forms, and which were submitted since the last run."""

    def __init__(self, state: SessionState) -> None:
        self._state = state
        self._held: dict[str, dict[str, Any]] = {}  # form key -> widget id -> parked value
        self._submitted: set[str] = set()  # forms submitted since the last completed run

    def route(
        self, widget_id: str, value: Any, *, page_checks: bool = True
    ) -> tuple[str, Any, dict[str, Any]] | None:
        """What a front-end event sends: ``None`` while it is only parked (or refused by the
        page's checks), else the widget and value to apply, with the values a submit sends
        along (``{}`` for other widgets)."""
        meta = self._state.widget_meta(widget_id)
        form = meta.form if meta is not None else ""
        if value is ENTER:
            submitters = [
                m for m in self._state.form_members(form) if m.kind == "form_submit_button"
            ]
            if not form or not submitters:
                return None
            widget_id, value, meta = submitters[0].id, True, submitters[0]
        elif form and meta is not None and not meta.trigger:
            self._held.setdefault(form, {})[widget_id] = value
            return None
        if form and meta is not None and meta.kind == "form_submit_button":
            if page_checks and self._refused(form):
                return None
            self._submitted.add(form)
            return widget_id, value, self._held.pop(form, {})
        return widget_id, value, {}

    def _refused(self, form: str) -> bool:
        held = self._held.get(form, {})
        for meta in self._state.form_members(form):
            if meta.refuses is None:
                continue
            ui = (
                held[meta.id]
                if meta.id in held
                else meta.serialize(self._state.widget_value(meta.id))
            )
            if meta.refuses(ui):
                return True
        return False

    def as_shown(self, tree: Element) -> Element:
        """``tree`` as the page must show it: parked values stay in their fields."""
        parked = {wid: value for values in self._held.values() for wid, value in values.items()}
        if parked:
            for element in tree.walk():
                if element.id in parked:
                    # a new record, not a change in place: a drawn widget's props never change
                    element.props = dataclasses.replace(element.props, value=parked[element.id])
        return tree

    def after_run(self, tree: Element | None, completed: bool) -> None:
        """After a run that produced a page: clear the fields of submitted ``clear_on_submit``
        forms; after a completed run, forget what fields no longer on the page had parked."""
        if self._submitted and tree is not None:
            self._clear_submitted(tree)
        if completed:
            self._drop_gone_fields()

    def _clear_submitted(self, tree: Element) -> None:
        forms = {
            el.props.key
            for el in tree.walk()
            if el.kind == "form" and el.props.clear_on_submit and el.props.key in self._submitted
        }
        self._submitted.clear()
        for form in forms:
            held = self._held.setdefault(form, {})
            for meta in self._state.form_members(form):
                if not meta.trigger:
                    held[meta.id] = meta.default_ui

    def _drop_gone_fields(self) -> None:
        for form in list(self._held):
            held = self._held[form]
            for wid in [wid for wid in held if self._state.widget_meta(wid) is None]:
                del held[wid]
            if not held:
                del self._held[form]
