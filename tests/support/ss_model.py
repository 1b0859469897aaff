"""A small, independent model of Streamlit 1.67's session state, for the property tests.

It keeps Streamlit's three stores (as its ``SessionState`` does, see the research notes §1.2-1.6)
instead of rerunner's design, so that rerunner is checked against the rules, not against itself:

* ``new_ss``: keys written by code during the current run (callbacks included);
* ``new_w``: widget values of the current run (sent by the front end, or a default registered);
* ``old``: everything compacted from earlier runs, widgets under their id (``("id", key)``),
  plain keys under the key (``("key", key)``).

A run: triggers reset, stores compacted, the values of the widgets on the page applied (the page
reports each one's current value, a button False unless clicked, as AppTest does), callbacks of
changed widgets called in page order, then the body. A button refuses a value written to its key. A run that completes drops the widgets it did not
create; ``st.stop()``, an exception or ``st.rerun()`` does not. ``st.rerun()`` starts the next run
without compacting (the interrupted run's writes carry over) and without front-end values.

It models the app of ``ss_plan.SCRIPT``: keyed widgets ``s`` (slider 0-10), ``t`` (text), ``c``
(checkbox) and ``b`` (button), in that page order, and the plain keys the script writes.
"""

from __future__ import annotations

from typing import Any

DEFAULTS = {"s": 0, "t": "", "c": False, "b": False}
PAGE = "stcb"


class WidgetAlreadyInstantiated(Exception):
    pass


class ValueAssignmentNotAllowed(Exception):
    pass


class Stop(Exception):
    pass


class Rerun(Exception):
    pass


class Model:
    def __init__(self) -> None:
        self.new_ss: dict[str, Any] = {}
        self.new_w: dict[str, Any] = {}
        self.old: dict[tuple[str, str], Any] = {}
        self.mapped: set[str] = set()  # keys whose widget has registered: stored by id from then on
        self.created: list[str] = []  # widgets created in the current run, in page order
        self.shown: list[str] = []  # widgets the page shows (those of the last run)
        self.log: list[tuple] = []
        self.errored = False
        self.rerun_done = False

    # --- reading and writing st.session_state ----------------------------------------------

    def get(self, key: str) -> Any:
        if key in self.new_ss:
            return self.new_ss[key]
        if key in self.mapped:
            if key in self.new_w:
                return self.new_w[key]
            if ("id", key) in self.old:
                return self.old[("id", key)]
        if ("key", key) in self.old:
            return self.old[("key", key)]
        raise KeyError(key)

    def has(self, key: str) -> bool:
        try:
            self.get(key)
        except KeyError:
            return False
        return True

    def keys(self) -> set[str]:
        return {k for _, k in self.old} | set(self.new_w) | set(self.new_ss)

    def to_dict(self) -> dict[str, Any]:
        return {k: self.get(k) for k in self.keys() if self.has(k)}

    def set(self, key: str, value: Any) -> None:
        if key in self.created:
            raise WidgetAlreadyInstantiated(key)
        self.new_ss[key] = value

    def _slot(self, key: str) -> tuple[str, str]:
        return ("id", key) if key in self.mapped else ("key", key)

    # --- a run -------------------------------------------------------------------------------

    def run(self, plan: dict[str, Any], front_end: dict[str, Any]) -> None:
        """One interaction: ``front_end`` holds the values the page sends (a click: b=True)."""
        self.log, self.rerun_done = [], False
        self._begin(front_end)
        callbacks = [
            k for k in PAGE if k in self.new_w and self.new_w[k] != self.old.get(("id", k))
        ]
        try:
            for key in callbacks:
                self._callback(key)
            while True:
                try:
                    self._body(plan)
                    break
                except Rerun:
                    self._end(completed=False)
                    self.created = []  # a fresh run: no compaction, no front-end values
        except Stop:
            self._finish(errored=False)
            return
        except (ValueError, WidgetAlreadyInstantiated, ValueAssignmentNotAllowed):
            self._finish(errored=True)
            return
        self._end(completed=True)
        self._finish(errored=False)

    def _begin(self, front_end: dict[str, Any]) -> None:
        self._reset_triggers()
        for key in self.keys():  # compaction: everything current becomes old
            if self.has(key):
                self.old[self._slot(key)] = self.get(key)
        self.new_ss, self.new_w = {}, {}
        for key in PAGE:  # the page reports every widget it shows; a button only its click
            if key in self.shown:
                current = False if key == "b" else self.old.get(("id", key), DEFAULTS[key])
                self.new_w[key] = front_end.get(key, current)
        self.created = []

    def _reset_triggers(self) -> None:
        if "b" in self.new_w:
            self.new_w["b"] = False
        if ("id", "b") in self.old:
            self.old[("id", "b")] = False

    def _callback(self, key: str) -> None:
        self.log.append(("callback", key, self.get(key)))
        if key == "b":
            self.set("clicks", self.get("clicks") + 1 if self.has("clicks") else 1)
        elif key == "c":
            self.set("s", 5)

    def _body(self, plan: dict[str, Any]) -> None:
        self.log.append(("start", sorted(self.to_dict().items())))
        for key, value in plan["writes"]:
            self.set(key, value)
        for i, key in enumerate(PAGE):
            if plan["end_at"] == i:
                self._planned_end(plan["end"])
            if key in plan["visible"]:
                self.log.append(("value", key, self._register(key)))
        if plan["end_at"] == len(PAGE):
            self._planned_end(plan["end"])
        for key, value in plan["late"]:
            self.set(key, value)
        self.log.append(("end",))

    def _planned_end(self, kind: str) -> None:
        if kind == "stop":
            raise Stop
        if kind == "raise":
            raise ValueError("planned")
        if kind == "rerun" and not self.rerun_done:
            self.rerun_done = True
            raise Rerun

    def _register(self, key: str) -> Any:
        if key == "b" and key in self.new_ss:  # a button's key cannot be set by code
            raise ValueAssignmentNotAllowed(key)
        self.mapped.add(key)
        self.created.append(key)
        if not self.has(key):
            self.new_w[key] = DEFAULTS[key]
        return self.get(key)

    def _end(self, *, completed: bool) -> None:
        """The end of a run that was not stopped early (a completed run, or one cut by rerun)."""
        self._reset_triggers()
        if completed:  # widgets this run did not create are dropped
            for key in PAGE:
                if key not in self.created:
                    self.new_w.pop(key, None)
                    self.old.pop(("id", key), None)

    def _finish(self, *, errored: bool) -> None:
        self.errored = errored
        self.shown = list(self.created)
