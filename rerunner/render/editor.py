"""Recipe for ``st.data_editor``: ``Grid``, an anywidget over the grid in ``js/src/grid.js``.

The browser never holds the whole table. The grid asks the kernel for the rows in view (a
``rows`` message with a range of the rows shown, answered with those rows as JSON) and sends
each change as a small delta: ``edit`` (the cells changed, one or a pasted range), ``add`` (a new
row) or ``delete`` (row ids). The kernel side of the widget checks every cell against its column
(``tabular.check``: type, ``required``, bounds, options, pattern), answers with the cells it
refused and why (the grid puts their old value back and shows the message), and hands the
new edit state to the app (``emit``), which stores it as the widget's value and reruns. So an
edit costs one small message each way, whatever the size of the data.

Rows are named by id (``o<position>`` for an original row, ``a<i>`` for an added one, see
``tabular.View``), so a delta means the same row however the grid scrolled or rows moved.

Undo (Ctrl+Z in the grid) goes through the kernel too. Tabulator's own history cannot serve: it
is wiped whenever rows are loaded, which here is every page and every reload, and its undo only
changes the rows in the browser. An edit's reply names each cell's value before; an added row is
taken back with ``unadd`` (its id); a deletion's reply carries a token, and ``restore`` with it
puts back what that deletion removed (original rows with their edits, added and pending rows at
their places), from a record kept here, so the browser never sends row contents back.
Everything drawn is the kernel's: the widget accepts no trait from the browser, only these
messages, each checked (a forged one is ignored).
"""

from __future__ import annotations

import copy
import json
import logging
from dataclasses import dataclass, field
from typing import Any

import anywidget
import ipywidgets as w
import traitlets

from .. import tabular
from ..elements import Element
from .bundles import bundle, module
from .lib import Emit, recipe, sized_layout
from .vdom import SHARED, V

log = logging.getLogger("rerunner")

ROW_PX = 35
AUTO_ROWS = 10
MAX_ROWS_PER_REQUEST = 1000
UNDO_RECORDS = 100  # deletions that can still be undone, per grid


@dataclass(eq=False)
class GridSource:
    """What the grid shows: the data, its columns, the edit state; and where edits go."""

    data: tabular.Data
    columns: list[tabular.Column]
    state: dict[str, Any]
    options: dict[str, Any]
    submit: Any = field(default=None)  # (new state as JSON) -> None

    def __eq__(self, other: object) -> bool:
        return (
            isinstance(other, GridSource)
            and other.state == self.state
            and other.options == self.options
            and other.columns == self.columns
            and other.data == self.data
        )

    __hash__ = None  # type: ignore[assignment]


class GridCode(w.Widget):
    """The grid's front-end code, as text: one model per kernel that every grid names, so the
    code crosses the wire once, not with each editor."""

    text = traitlets.Unicode().tag(sync=True)


def grid_code() -> GridCode:
    return SHARED.pin(("GridCode",), lambda: GridCode(text=bundle("grid.js")))  # type: ignore[return-value]


class Grid(anywidget.AnyWidget):
    """An editable grid whose rows stay in the kernel (set ``source`` to show data)."""

    _esm = module("grid_loader.js")  # imports the code from ``code``
    code = traitlets.Instance(w.Widget, allow_none=True).tag(sync=True, **w.widget_serialization)
    columns = traitlets.List().tag(sync=True)
    total = traitlets.Int(0).tag(sync=True)  # rows shown (originals kept, then added)
    generation = traitlets.Int(0).tag(sync=True)  # bumped when shown rows may have changed
    editable = traitlets.Bool(False).tag(sync=True)
    can_add = traitlets.Bool(False).tag(sync=True)
    can_delete = traitlets.Bool(False).tag(sync=True)
    height = traitlets.Int(0).tag(sync=True)  # pixels (0: fit the rows)
    row_height = traitlets.Int(ROW_PX).tag(sync=True)
    placeholder = traitlets.Unicode("None").tag(sync=True)
    alt = traitlets.Unicode("").tag(sync=True)
    # st.dataframe's selections: the modes allowed (none: clicks select nothing) and the
    # selection as the app holds it ({"rows": [positions], "columns": [names], "cells":
    # [[position, name]]}), which the grid draws; a click sends the selection it asks for.
    selection_modes = traitlets.List().tag(sync=True)
    selection = traitlets.Dict().tag(sync=True)
    source = traitlets.Any(None)  # kernel-side only: never synced

    def __init__(self, **kwargs: Any) -> None:
        self._state: dict[str, Any] = tabular.empty_state()
        # Added rows whose required cells are not all filled: shown, kept here, and out of the
        # edit state until they are (as Streamlit holds them back).
        self._pending: list[dict[str, Any]] = []
        self._view = tabular.View(0, self._state)
        self._deletions: dict[int, dict[str, Any]] = {}  # undo token -> what a deletion removed
        self._tokens = 0
        super().__init__(**kwargs)
        self.on_msg(self._message)
        self.observe(lambda change: self._refresh(change["old"]), names=["source"])
        self._refresh(None)

    # -- the kernel's side ----------------------------------------------------------------

    def _refresh(self, old: GridSource | None) -> None:
        source = self.source
        if source is None:
            return
        shown = self._state  # what the browser's rows reflect (its own edits included)
        self._state = copy.deepcopy(source.state)
        self._view = self._new_view()
        o = source.options
        with self.hold_sync():
            self.columns = [c.front_end() for c in self._shown_columns()]
            self.total = len(self._view)
            self.editable = bool(o["editable"])
            self.can_add = o["num_rows"] in ("dynamic", "add") and o["editable"]
            self.can_delete = o["num_rows"] in ("dynamic", "delete") and o["editable"]
            self.height = self._height(o)
            self.row_height = int(o.get("row_height") or ROW_PX)
            self.placeholder = "None" if o.get("placeholder") is None else str(o["placeholder"])
            self.alt = o.get("alt") or ""
            self.selection_modes = list(o.get("selection_modes") or ())
            self.selection = dict(o.get("selection") or {})
            if old is not None and not (old.data == source.data and shown == self._state):
                self.generation += 1  # the rows the browser holds may be stale: it asks again
            if old is not None and not old.data == source.data:
                self._deletions.clear()  # positions in other data: nothing to put back

    def _shown_columns(self) -> list[tabular.Column]:
        source = self.source
        order = source.options.get("column_order")
        columns = [c for c in source.columns if not c.hidden]
        index = [c for c in columns if c.name == tabular.INDEX]
        data = [c for c in columns if c.name != tabular.INDEX]
        if order is not None:
            by_name = {c.name: c for c in data}
            data = [by_name[n] for n in order if n in by_name]
        return index + data

    def _height(self, o: dict[str, Any]) -> int:
        height = o.get("height")
        row = int(o.get("row_height") or ROW_PX)
        if isinstance(height, int) and not isinstance(height, bool):
            return height
        rows = len(self._view) + (1 if self.can_add else 0)
        if height == "content":
            return min(10_000, (rows + 1) * row + 3)
        if height == "stretch":
            return 0
        return (min(rows, AUTO_ROWS) + 1) * row + 3

    def _column(self, name: Any) -> tabular.Column:
        for column in self.source.columns:
            if column.name == name:
                return column
        raise KeyError(name)

    def _new_view(self) -> tabular.View:
        return tabular.View(len(self.source.data.frame), self._state, len(self._pending))

    def _complete(self, row: dict[str, Any]) -> bool:
        return all(
            row.get(c.name) not in (None, "", [])
            for c in self._shown_columns()
            if c.required and c.editable
        )

    def _rows(self, ids: list[str]) -> list[dict[str, Any]]:
        source = self.source
        rows = tabular.cell_rows(
            source.data.frame, self._shown_columns(), ids, self._state, self._pending
        )
        looks = source.options.get("looks")
        if looks:  # a Styler's text and CSS travel with the rows they belong to
            for row in rows:
                if row["_id"][0] == "o":
                    at = int(row["_id"][1:])
                    row["_text"] = looks["text"].get(at, {})
                    row["_css"] = looks["css"].get(at, {})
        return rows

    def _message(self, _widget: Any, content: Any, _buffers: Any) -> None:
        if self.source is None or not isinstance(content, dict):
            return
        op, req = content.get("op"), content.get("req")
        try:
            if op == "rows":
                start = max(0, int(content.get("start", 0)))
                stop = min(int(content.get("stop", start)), start + MAX_ROWS_PER_REQUEST)
                ids = self._view.ids(start, stop)
                self.send({"op": "rows", "req": req, "start": start, "total": len(self._view),
                           "generation": self.generation, "rows": self._rows(ids)})  # fmt: skip
            elif op == "edit":
                self._edit(req, content.get("cells"))
            elif op == "add":
                self._add(req)
            elif op == "delete":
                self._delete(req, content.get("rows"))
            elif op == "unadd":
                self._unadd(req, content.get("row"))
            elif op == "restore":
                self._restore(req, content.get("token"))
            elif op == "select":
                self._select(content.get("selection"))
        except (TypeError, ValueError, KeyError, IndexError) as exc:
            log.warning("rerunner: ignored a malformed grid message (%s): %s", op, exc)

    def _edit(self, req: Any, cells: Any) -> None:
        if not isinstance(cells, list) or not self.editable:
            return
        refused = []
        changed_rows = []
        accepted = []  # each accepted cell with its value before, for the grid's undo
        edited = self._state["edited_rows"]
        added = self._state["added_rows"]
        for cell in cells[:10_000]:
            rid, name = cell.get("row"), cell.get("col")
            try:
                where, n = tabular.row_id(rid)
                column = self._column(name)
                value = tabular.check(column, cell.get("value"))
                if where == "o":
                    if n >= self._view.rows or n in set(self._state["deleted_rows"]):
                        raise KeyError(rid)
                    original = tabular.cell_rows(
                        self.source.data.frame, [column], [rid], tabular.empty_state()
                    )[0][column.name]
                    row = edited.setdefault(n, {})
                    was = row.get(column.name, original)
                    if value == original:
                        row.pop(column.name, None)  # back to the data's own value
                        if not row:
                            edited.pop(n)
                    else:
                        row[column.name] = value
                else:
                    target = added if where == "a" else self._pending
                    was = target[n].get(column.name)
                    target[n][column.name] = value
                changed_rows.append(rid)
                accepted.append({"row": rid, "col": column.name, "was": was})
            except tabular.Refused as exc:
                refused.append({"row": rid, "col": name, "message": str(exc)})
            except (KeyError, IndexError, ValueError, TypeError, AttributeError):
                refused.append({"row": rid, "col": name, "message": "This cell cannot be edited."})
        rows = self._rows(
            sorted(
                set(changed_rows) | {r["row"] for r in refused if _valid_id(r["row"], self._view)}
            )
        )
        # Pending rows whose required cells are now filled join the state, in order.
        moved = [row for row in self._pending if self._complete(row)]
        if moved:
            added.extend(moved)
            self._pending = [row for row in self._pending if not self._complete(row)]
            self._view = self._new_view()
        self.send({"op": "edited", "req": req, "refused": refused, "accepted": accepted,
                   "rows": rows, "reload": bool(moved)})  # fmt: skip
        if moved or any(rid[0] != "p" for rid in changed_rows):
            self._submit()

    def _add(self, req: Any) -> None:
        if not self.can_add:
            return
        row = {}
        for column in self.source.columns:
            if column.default is not None:
                row[column.name] = column.default
        complete = self._complete(row)
        if complete:
            self._state["added_rows"].append(row)
            rid = f"a{len(self._state['added_rows']) - 1}"
        else:
            self._pending.append(row)
            rid = f"p{len(self._pending) - 1}"
        self._view = self._new_view()
        self.total = len(self._view)
        self.send({"op": "added", "req": req, "total": len(self._view),
                   "row": self._rows([rid])[0]})  # fmt: skip
        if complete:
            self._submit()

    def _delete(self, req: Any, rows: Any) -> None:
        if not self.can_delete or not isinstance(rows, list):
            return
        deleted = set(self._state["deleted_rows"])
        dropped_added, dropped_pending = [], []
        for rid in rows[:100_000]:
            where, n = tabular.row_id(rid)
            if where == "o" and 0 <= n < self._view.rows:
                deleted.add(n)
            elif where == "a" and 0 <= n < len(self._state["added_rows"]):
                dropped_added.append(n)
            elif where == "p" and 0 <= n < len(self._pending):
                dropped_pending.append(n)
        changed = bool(dropped_added) or not deleted.issubset(self._state["deleted_rows"])
        newly = sorted(deleted - set(self._state["deleted_rows"]))
        added, edited = self._state["added_rows"], self._state["edited_rows"]
        record = {
            "originals": newly,
            "edits": {n: copy.deepcopy(edited[n]) for n in newly if n in edited},
            "added": [(n, copy.deepcopy(added[n])) for n in sorted(set(dropped_added))],
            "pending": [(n, copy.deepcopy(self._pending[n])) for n in sorted(set(dropped_pending))],
        }
        for n in sorted(set(dropped_added), reverse=True):
            added.pop(n)
        for n in sorted(set(dropped_pending), reverse=True):
            self._pending.pop(n)
        self._state["deleted_rows"] = sorted(deleted)
        for n in deleted:
            edited.pop(n, None)
        token = None
        if newly or dropped_added or dropped_pending:
            self._tokens += 1
            token = self._tokens
            self._deletions[token] = record
            while len(self._deletions) > UNDO_RECORDS:
                self._deletions.pop(next(iter(self._deletions)))
        self._rows_changed()
        self.send({"op": "deleted", "req": req, "total": len(self._view), "undo": token})
        if changed:
            self._submit()

    def _unadd(self, req: Any, rid: Any) -> None:
        """Undo of an add: the added (or pending) row ``rid`` goes, even where rows cannot be
        deleted (``num_rows="add"``): taking back one's own new row is no deletion."""
        if not self.can_add:
            return
        where, n = tabular.row_id(rid)
        removed = False
        if where == "a" and 0 <= n < len(self._state["added_rows"]):
            self._state["added_rows"].pop(n)
            removed = True
        elif where == "p" and 0 <= n < len(self._pending):
            self._pending.pop(n)
        self._rows_changed()
        self.send({"op": "unadded", "req": req, "total": len(self._view)})
        if removed:
            self._submit()

    def _restore(self, req: Any, token: Any) -> None:
        """Undo of a deletion: what the deletion ``token`` removed comes back where it was."""
        record = self._deletions.pop(token, None) if isinstance(token, int) else None
        if record is None or not self.editable:
            self.send({"op": "restored", "req": req, "total": len(self._view), "done": False})
            return
        state = self._state
        state["deleted_rows"] = sorted(set(state["deleted_rows"]) - set(record["originals"]))
        for n, changes in record["edits"].items():
            state["edited_rows"][n] = changes
        for n, row in record["added"]:  # ascending: each lands at its place before the deletion
            state["added_rows"].insert(min(n, len(state["added_rows"])), row)
        for n, row in record["pending"]:
            self._pending.insert(min(n, len(self._pending)), row)
        self._rows_changed()
        self.send({"op": "restored", "req": req, "total": len(self._view), "done": True})
        if record["originals"] or record["added"]:
            self._submit()

    def _rows_changed(self) -> None:
        self._view = self._new_view()
        with self.hold_sync():
            self.total = len(self._view)
            self.generation += 1

    def _select(self, selection: Any) -> None:
        """A selection asked for by a click: handed to the app, whose widget checks it against
        the modes and the data (``api/table_selection.validate``) and redraws what it kept."""
        if not self.selection_modes or not isinstance(selection, dict):
            return
        parts = ("rows", "columns", "cells")
        if not all(isinstance(selection.get(name, []), list) for name in parts):
            return  # malformed: ignored whole, as a forged message
        asked = {name: list(selection.get(name) or [])[:100_000] for name in parts}
        submit = self.source.submit
        if submit is not None:
            submit(json.dumps({"selection": asked}, default=str))

    def _submit(self) -> None:
        submit = self.source.submit
        if submit is not None:
            submit(json.dumps(self._state, default=str))


def _valid_id(rid: Any, view: tabular.View) -> bool:
    try:
        where, n = tabular.row_id(rid)
    except ValueError:
        return False
    return n < {"o": view.rows, "a": view.added, "p": view.pending}[where]


@recipe("data_editor")
def data_editor(el: Element, emit: Emit) -> V:
    p = el.props
    state = json.loads(p.value) if isinstance(p.value, str) else tabular.empty_state()
    state["edited_rows"] = {int(k): v for k, v in state.get("edited_rows", {}).items()}
    wid = el.id
    options = {
        "editable": not p.disabled,
        "num_rows": p.num_rows,
        "column_order": p.column_order,
        "height": p.height,
        "row_height": p.row_height,
        "placeholder": p.placeholder,
        "alt": p.alt,
    }
    source = GridSource(p.frame, list(p.columns), state, options, lambda text: emit(wid, text))
    return V(
        Grid,
        {"source": source, "code": grid_code(), "_dom_classes": ("rr-data-editor",)},
        key=wid,
        layout=sized_layout(p.width),
    )
