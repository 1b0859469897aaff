"""Selections on ``st.dataframe``: the modes, the state object and its checks, as Streamlit has them.

The widget's value is Streamlit's ``DataframeState`` (``{"selection": {"rows": [...],
"columns": [...], "cells": [(row, column), ...]}}``, read by key or attribute), JSON text in the
front end's form. Rows are positions in the data as given (not as sorted on screen), columns
are names, cells are ``(position, name)`` pairs. A value the app assigns to the key (or gives
as ``selection_default``) goes through ``validate``, which keeps only what the table's modes
allow and what exists (Streamlit's ``_validate_selection_state``; cells only in single-cell
mode, as a multi-cell range cannot be preset); session state keeps the value as assigned, as
Streamlit's does, while the call returns and the grid draws the validated one. A selection the
grid sends is checked the same way except that multi-cell selections are kept.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from ..errors import (
    StreamlitAPIException,
    StreamlitIncompatibleParametersError,
    StreamlitValueError,
)
from .frontend_charts import ReadOnlyAttributeDictionary

MODES = (
    "single-row",
    "single-row-required",
    "multi-row",
    "single-column",
    "multi-column",
    "single-cell",
    "multi-cell",
)
ROW_MODES = frozenset({"single-row", "single-row-required", "multi-row"})
COLUMN_MODES = frozenset({"single-column", "multi-column"})
CELL_MODES = frozenset({"single-cell", "multi-cell"})

BAD_STATE = (
    "Selection state must be a dictionary with a 'selection' key containing 'rows', 'columns', "
    "and 'cells' arrays."
)


class DataframeSelectionState(ReadOnlyAttributeDictionary):
    """The rows, columns and cells selected in a dataframe (``.rows``, ``.columns``, ``.cells``)."""


class DataframeState(ReadOnlyAttributeDictionary):
    """A dataframe's event state: ``{"selection": DataframeSelectionState}``."""

    def __getitem__(self, key: Any) -> Any:
        item = dict.__getitem__(self, key)
        if key == "selection" and not isinstance(item, DataframeSelectionState):
            item = DataframeSelectionState(item)
            dict.__setitem__(self, key, item)  # one stable object per access, as Streamlit's
        return ReadOnlyAttributeDictionary(item) if type(item) is dict else item


def _uses(modes: Iterable[str]) -> list[str]:
    return [f"selection_mode='{m}'" for m in modes]


def normalize_modes(selection_mode: Any) -> frozenset[str]:
    """The modes asked for, with Streamlit's errors for unknown or clashing ones."""
    raw = {selection_mode} if isinstance(selection_mode, str) else set(selection_mode)
    if not raw <= set(MODES):
        raise StreamlitValueError(
            "Invalid `selection_mode` value. Supported values: "
            + ", ".join(f"'{m}'" for m in sorted(MODES))
            + "."
        )
    rows = sorted(raw & ROW_MODES)
    if len(rows) > 1:
        raise StreamlitIncompatibleParametersError(
            _joined(_uses(rows)) + " cannot be used together. Only one row selection mode can "
            "be specified."
        )
    for pair in (("single-column", "multi-column"), ("single-cell", "multi-cell")):
        if raw >= set(pair):
            raise StreamlitIncompatibleParametersError(
                _joined(_uses(pair)) + " cannot be used together."
            )
    return frozenset(raw)


def _joined(uses: list[str]) -> str:
    quoted = [f"`{u}`" for u in uses]
    if len(quoted) == 2:
        return f"{quoted[0]} and {quoted[1]}"
    return ", ".join(quoted[:-1]) + f", and {quoted[-1]}"


def _unique(items: Iterable[Any]) -> list[Any]:
    return list(dict.fromkeys(items))


def validate(
    value: Any, rows: int, columns: list[str], modes: frozenset[str], *, preset: bool = True
) -> dict[str, Any]:
    """``value`` as a plain selection dict holding only what ``modes`` allow and what exists;
    Streamlit's error for anything that is not a ``{"selection": {...}}`` dict. ``preset``: a
    value from the app, where cells count only in single-cell mode."""
    if not isinstance(value, dict) or not isinstance(value.get("selection"), dict):
        raise StreamlitAPIException(BAD_STATE)
    raw = dict(dict.items(value["selection"]))
    out: dict[str, list[Any]] = {"rows": [], "columns": [], "cells": []}
    names = set(columns)
    if isinstance(raw.get("rows"), list) and modes & ROW_MODES:
        valid = _unique(
            r
            for r in raw["rows"]
            if isinstance(r, int) and not isinstance(r, bool) and 0 <= r < rows
        )
        out["rows"] = valid if "multi-row" in modes else valid[:1]
    if "single-row-required" in modes and rows > 0 and not out["rows"]:
        out["rows"] = [0]
    if isinstance(raw.get("columns"), list) and modes & COLUMN_MODES:
        valid = _unique(c for c in raw["columns"] if isinstance(c, str) and c in names)
        out["columns"] = valid if "multi-column" in modes else valid[:1]
    cell_modes = {"single-cell"} if preset else CELL_MODES
    if isinstance(raw.get("cells"), list) and modes & cell_modes:
        valid = _unique(
            (c[0], c[1])
            for c in raw["cells"]
            if isinstance(c, (list, tuple))
            and len(c) == 2
            and isinstance(c[0], int)
            and not isinstance(c[0], bool)
            and 0 <= c[0] < rows
            and isinstance(c[1], str)
            and c[1] in names
        )
        out["cells"] = valid if "multi-cell" in modes else valid[:1]
    return {"selection": out}


def state(selection: dict[str, Any]) -> DataframeState:
    """The ``DataframeState`` of a validated selection dict (cells as tuples, as Streamlit)."""
    inner = selection["selection"]
    return DataframeState(
        {
            "selection": DataframeSelectionState(
                {
                    "rows": list(inner.get("rows") or []),
                    "columns": list(inner.get("columns") or []),
                    "cells": [tuple(c) for c in inner.get("cells") or []],
                }
            )
        }
    )


@dataclass(frozen=True)
class SelectionSerde:
    """A selection <-> its JSON text. What the grid sent is a ``DataframeState`` (checked when
    it arrives); anything else was assigned by the app, kept as assigned and checked where it is
    shown or returned (``checked``)."""

    rows: int
    columns: tuple[str, ...]
    modes: frozenset[str]

    def checked(self, value: Any) -> DataframeState:
        preset = not isinstance(value, DataframeState)
        return state(
            validate(_plain(value), self.rows, list(self.columns), self.modes, preset=preset)
        )

    def deserialize(self, ui_value: Any) -> DataframeState:
        raw = json.loads(ui_value) if isinstance(ui_value, str) else ui_value
        if not isinstance(raw, dict):
            raise TypeError("a selection is a dict")
        return state(validate(_plain(raw), self.rows, list(self.columns), self.modes, preset=False))

    def serialize(self, value: Any) -> str:
        return json.dumps(_plain(self.checked(value)), default=str)

    def normalize(self, value: Any) -> Any:
        if isinstance(value, str):
            return self.deserialize(value)
        if isinstance(value, DataframeState):
            return value
        if not isinstance(value, dict) or not isinstance(value.get("selection"), dict):
            raise StreamlitAPIException(BAD_STATE)
        return value


def _plain(value: Any) -> Any:
    """Nested read-only dicts as plain ones, tuples as lists (for comparing and JSON)."""
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in dict.items(value)}
    if isinstance(value, (list, tuple)):
        return [_plain(v) for v in value]
    return value
