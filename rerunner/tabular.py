"""The column model of an editable table: what each column holds, how a cell travels, what an
edit may be.

``st.data_editor`` keeps its edits as Streamlit does, an *edit state* (``edited_rows`` keyed by
the original row position, ``added_rows``, ``deleted_rows``), and this module is the one place
that knows how such a state meets a pandas DataFrame:

* ``data_kind`` names the kind of values a column holds (Streamlit's ``ColumnDataKind`` names),
  and ``Column`` is a column as drawn: its kind, its type (``"number"``, ``"selectbox"``...), its
  configuration and whether it may be edited;
* ``to_json`` is a cell as the browser receives it, ``parse`` an edited JSON value as the column
  stores it, ``check`` whether an edit is acceptable (the message that refuses it otherwise);
* ``apply_edits`` returns a copy of the data with an edit state applied;
* ``View`` maps the rows the grid shows (originals not deleted, then added rows) to their source,
  so a grid of 100,000 rows asks only for the rows in view.

Data layer: it imports pandas (lazily) and nothing of rerunner.
"""

from __future__ import annotations

import datetime as dt
import decimal
import json
import math
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

INDEX = "_index"

#: Column types that can edit values, and the data kinds each may edit (Streamlit's table).
EDITABLE_KINDS: dict[str, frozenset[str]] = {
    "text": frozenset({"string", "empty"}),
    "number": frozenset({"integer", "float", "decimal", "string", "timedelta", "empty"}),
    "checkbox": frozenset({"boolean", "string", "integer", "empty"}),
    "selectbox": frozenset({"string", "boolean", "integer", "float", "empty"}),
    "date": frozenset({"date", "datetime", "empty"}),
    "time": frozenset({"time", "datetime", "empty"}),
    "datetime": frozenset({"datetime", "date", "time", "empty"}),
    "link": frozenset({"string", "empty"}),
    "list": frozenset({"list", "string", "empty"}),
    "multiselect": frozenset({"list", "string", "empty"}),
}
#: Column types that only show values.
READ_ONLY_TYPES = frozenset({"image", "json", "progress", "line_chart", "bar_chart", "area_chart"})
_DEFAULT_TYPE = {
    "integer": "number",
    "float": "number",
    "decimal": "number",
    "boolean": "checkbox",
    "string": "text",
    "empty": "text",
    "date": "date",
    "time": "time",
    "datetime": "datetime",
    "list": "list",
}


def _inferred_kind(values: Any) -> str:
    import pandas as pd

    inferred = pd.api.types.infer_dtype(values, skipna=True)
    return {
        "string": "string",
        "empty": "empty",
        "integer": "integer",
        "floating": "float",
        "mixed-integer-float": "float",
        "decimal": "decimal",
        "boolean": "boolean",
        "datetime64": "datetime",
        "datetime": "datetime",
        "date": "date",
        "time": "time",
        "timedelta64": "timedelta",
        "timedelta": "timedelta",
        "bytes": "bytes",
        "complex": "complex",
        "period": "period",
        "interval": "interval",
    }.get(inferred, _container_kind(values))


def _container_kind(values: Any) -> str:
    present = [v for v in values if v is not None and not _missing(v)]
    if present and all(
        isinstance(v, (list, tuple)) or type(v).__name__ == "ndarray" for v in present
    ):
        return "list"
    if present and all(isinstance(v, Mapping) for v in present):
        return "dict"
    return "unknown"


def data_kind(values: Any) -> str:
    """The kind of values a pandas Series or Index holds (Streamlit's ColumnDataKind names)."""
    import pandas as pd

    dtype = values.dtype
    if isinstance(dtype, pd.CategoricalDtype):
        return _inferred_kind(dtype.categories)
    if pd.api.types.is_bool_dtype(dtype):
        return "boolean"
    if pd.api.types.is_integer_dtype(dtype):
        return "integer"
    if pd.api.types.is_float_dtype(dtype):
        return "float"
    if pd.api.types.is_datetime64_any_dtype(dtype):
        return "datetime"
    if pd.api.types.is_timedelta64_dtype(dtype):
        return "timedelta"
    if pd.api.types.is_complex_dtype(dtype):
        return "complex"
    if isinstance(dtype, pd.StringDtype):
        return "string"
    if len(values) == 0:
        return "empty"
    return _inferred_kind(values)


def _missing(value: Any) -> bool:
    if value is None:
        return True
    if isinstance(value, float):
        return math.isnan(value)
    try:
        import pandas as pd

        return (
            value is pd.NA
            or value is pd.NaT
            or (not isinstance(value, (str, bytes, list, tuple, dict)) and bool(pd.isna(value)))
        )
    except (TypeError, ValueError):
        return False


# --- columns -------------------------------------------------------------------------------


@dataclass
class Column:
    """One column as the grid draws it (``name`` is ``"_index"`` for the index)."""

    name: str
    kind: str
    type: str
    label: str
    editable: bool
    hidden: bool = False
    required: bool = False
    default: Any = None  # in JSON form
    width: Any = None
    help: str | None = None
    pinned: bool | None = None
    alignment: str | None = None
    config: dict[str, Any] = field(default_factory=dict)  # the type's own settings

    def front_end(self) -> dict[str, Any]:
        """The column as the browser receives it."""
        return {
            "name": self.name,
            "kind": self.kind,
            "type": self.type,
            "label": self.label,
            "editable": self.editable,
            "required": self.required,
            "width": self.width,
            "help": self.help,
            "pinned": bool(self.pinned),
            "alignment": self.alignment,
            "config": _jsonable(self.config),
            "index": self.name == INDEX,
        }


def _jsonable(value: Any) -> Any:
    return json.loads(json.dumps(value, default=str))


def build_columns(
    frame: Any,
    config: Mapping[str, Mapping[str, Any]],
    *,
    editor: bool,
    disabled: bool,
) -> list[Column]:
    """The index column and every data column of ``frame``, as ``config`` (processed column
    configuration, keyed by column name or ``"_index"``) and the data's kinds make them."""
    columns = []
    named = [(INDEX, frame.index)] + [(str(name), frame[name]) for name in frame.columns]
    for name, values in named:
        kind = data_kind(values)
        spec = dict(config.get(name, {}))
        type_config = dict(spec.get("type_config") or {})
        type_ = type_config.pop("type", None)
        if type_ is None:
            type_ = _DEFAULT_TYPE.get(kind, "text")
            if isinstance(values.dtype, _categorical()):
                type_ = "selectbox"
                type_config["options"] = [_to_json(c, kind) for c in values.dtype.categories]
        editable_kind = (
            kind in EDITABLE_KINDS.get(type_, frozenset())
            if type_ not in READ_ONLY_TYPES
            else False
        )
        editable = editor and not disabled and editable_kind and spec.get("disabled") is not True
        if name == INDEX:
            editable = editable and not _range_index(frame.index)
        label = spec.get("label")
        if label is None:
            label = "" if name == INDEX else name
            if name == INDEX and frame.index.name is not None:
                label = str(frame.index.name)
        columns.append(
            Column(
                name=name,
                kind=kind,
                type=type_,
                label=str(label),
                editable=editable,
                hidden=bool(spec.get("hidden")),
                required=bool(spec.get("required")),
                default=None if spec.get("default") is None else _to_json(spec["default"], kind),
                width=spec.get("width"),
                help=spec.get("help"),
                pinned=spec.get("pinned"),
                alignment=spec.get("alignment"),
                config=type_config,
            )
        )
    return columns


def _categorical() -> type:
    import pandas as pd

    return pd.CategoricalDtype


def _range_index(index: Any) -> bool:
    import pandas as pd

    return isinstance(index, pd.RangeIndex)


# --- cells ---------------------------------------------------------------------------------


def _to_json(value: Any, kind: str) -> Any:
    """A cell's value as the browser receives it (JSON)."""
    if isinstance(value, (list, tuple)) or type(value).__name__ == "ndarray":
        return [_to_json(v, "unknown") for v in list(value)]
    if isinstance(value, Mapping):
        return {str(k): _to_json(v, "unknown") for k, v in value.items()}
    if _missing(value):
        return None
    if hasattr(value, "item") and not isinstance(value, (str, bytes)):
        try:
            value = value.item()
        except (TypeError, ValueError):
            pass
    if isinstance(value, bool):
        return value
    if isinstance(value, int):
        return value
    if isinstance(value, float):
        return value if math.isfinite(value) else str(value)
    if isinstance(value, decimal.Decimal):
        return float(value)
    if isinstance(value, dt.datetime) or type(value).__name__ == "Timestamp":
        return value.isoformat()
    if isinstance(value, (dt.date, dt.time)):
        return value.isoformat()
    if type(value).__name__ == "Timedelta":
        return value.total_seconds()
    if isinstance(value, bytes):
        return value.decode("utf-8", "replace")
    return str(value)


def to_json(value: Any, kind: str = "unknown") -> Any:
    return _to_json(value, kind)


class Refused(ValueError):
    """An edit the column does not accept; the message says why, as the grid shows it."""


def _number(value: Any) -> float | int:
    if isinstance(value, bool):
        raise Refused(f"'{value}' is not a number.")
    if isinstance(value, (int, float)):
        return value
    if isinstance(value, str):
        text = value.strip().replace(",", "")
        try:
            return int(text)
        except ValueError:
            try:
                number = float(text)
            except ValueError:
                number = math.nan
            if not math.isfinite(number):
                raise Refused(f"'{value}' is not a number.") from None
            return number
    raise Refused(f"'{value}' is not a number.")


def _when(value: Any, kind: str) -> Any:
    if not isinstance(value, str):
        raise Refused(f"'{value}' is not a valid {kind}.")
    text = value.strip()
    try:
        if kind == "date":
            return dt.date.fromisoformat(text[:10])
        if kind == "time":
            return dt.time.fromisoformat(text)
        return dt.datetime.fromisoformat(text)
    except ValueError:
        raise Refused(f"'{value}' is not a valid {kind}.") from None


def _bound(value: Any, kind: str) -> Any:
    if value is None:
        return None
    if kind in ("date", "time", "datetime") and isinstance(value, str):
        return _when(value, kind)
    return value


def check(column: Column, value: Any) -> Any:
    """``value`` (JSON, from the browser) as the edit state stores it for ``column``; raises
    ``Refused`` with the column's message when the column does not accept it."""
    if not column.editable:
        raise Refused(f"Column '{column.label or column.name}' cannot be edited.")
    if value is None or value == "" or value == []:
        if column.required:
            raise Refused("Please fill out this cell.")
        return None
    type_, config = column.type, column.config
    if type_ == "number":
        number = _number(value)
        if column.kind == "integer" and float(number) != int(number):
            raise Refused(f"'{value}' is not a whole number.")
        low, high = config.get("min_value"), config.get("max_value")
        if low is not None and number < low:
            raise Refused(f"The value must be at least {low}.")
        if high is not None and number > high:
            raise Refused(f"The value must be at most {high}.")
        if column.kind == "integer":
            return int(number)
        return number
    if type_ == "checkbox":
        if isinstance(value, bool):
            return value
        if isinstance(value, str) and value.strip().lower() in ("true", "false"):
            return value.strip().lower() == "true"
        raise Refused(f"'{value}' is not true or false.")
    if type_ == "selectbox":
        options = config.get("options") or []
        for option in options:
            plain = option["value"] if isinstance(option, Mapping) else option
            if plain == value or str(plain) == str(value):
                return plain
        raise Refused(f"'{value}' is not one of the options.")
    if type_ in ("multiselect", "list"):
        items = value if isinstance(value, list) else [s.strip() for s in str(value).split(",")]
        items = [str(v) for v in items if str(v) != ""]
        if type_ == "multiselect" and not config.get("accept_new_options"):
            allowed = {
                str(o["value"] if isinstance(o, Mapping) else o)
                for o in config.get("options") or []
            }
            for item in items:
                if item not in allowed:
                    raise Refused(f"'{item}' is not one of the options.")
        return items
    if type_ in ("date", "time", "datetime"):
        when = _when(value, type_)
        low, high = _bound(config.get("min_value"), type_), _bound(config.get("max_value"), type_)
        if low is not None and when < low:
            raise Refused(f"The value must be on or after {low.isoformat()}.")
        if high is not None and when > high:
            raise Refused(f"The value must be on or before {high.isoformat()}.")
        return when.isoformat()
    # text and link
    text = value if isinstance(value, str) else str(value)
    max_chars = config.get("max_chars")
    if max_chars:
        text = text[: int(max_chars)]
    pattern = config.get("validate")
    if pattern and not re.search(pattern, text):
        raise Refused(f"'{text}' does not match the pattern {pattern}.")
    return text


def parse(value: Any, kind: str) -> Any:
    """An edit state's JSON value as the column stores it (None when it cannot be)."""
    if value is None:
        return None
    import pandas as pd

    try:
        if kind == "list":
            return list(value) if isinstance(value, (list, tuple)) else [value]
        if kind == "empty":
            return list(value) if isinstance(value, (list, tuple)) else value
        if kind == "string":
            return str(value)
        if isinstance(value, list):
            return None
        if kind == "integer":
            return int(value)
        if kind == "float":
            return float(value)
        if kind == "boolean":
            return bool(value)
        if kind == "decimal":
            return decimal.Decimal(str(value))
        if kind == "timedelta":
            return (
                pd.Timedelta(value, unit="s")
                if isinstance(value, (int, float))
                else pd.Timedelta(value)
            )
        if kind in ("datetime", "date", "time"):
            stamp = pd.Timestamp(value)
            if pd.isna(stamp):
                return None
            return {"datetime": stamp, "date": stamp.date(), "time": stamp.time()}[kind]
    except (ValueError, TypeError, OverflowError, decimal.InvalidOperation):
        return None
    return value


# --- the edit state -------------------------------------------------------------------------


def empty_state() -> dict[str, Any]:
    return {"edited_rows": {}, "added_rows": [], "deleted_rows": []}


def apply_edits(frame: Any, state: Mapping[str, Any], kinds: Mapping[str, str]) -> Any:
    """A copy of ``frame`` with the edit state applied: cell edits, then deletions, then
    additions (in that order, as Streamlit; ``kinds`` maps column names to data kinds)."""
    import pandas as pd

    df = frame.copy()
    for row, changes in (state.get("edited_rows") or {}).items():
        position = int(row)
        if not 0 <= position < len(df):
            continue
        for name, value in changes.items():
            try:
                parsed = parse(value, kinds.get(name, "unknown"))
                if name == INDEX:
                    df.index = df.index.delete(position).insert(position, parsed)
                elif name in df.columns:
                    _set_cell(df, position, df.columns.get_loc(name), parsed)
            except (TypeError, ValueError, OverflowError):
                continue
    deleted = [int(r) for r in state.get("deleted_rows") or () if 0 <= int(r) < len(df)]
    if deleted:
        df = df.drop(df.index[deleted])
    added = state.get("added_rows") or ()
    if added:
        if isinstance(df.index, pd.RangeIndex):
            next_label, step = df.index.stop, df.index.step
        elif pd.api.types.is_integer_dtype(df.index.dtype):
            next_label, step = (0 if df.index.empty else int(df.index.max()) + 1), 1
        else:
            next_label, step = None, None
        for row in added:
            values = {c: None for c in df.columns}
            label = None
            for name, value in row.items():
                parsed = parse(value, kinds.get(name, "unknown"))
                if name == INDEX:
                    label = parsed
                elif name in values:
                    values[name] = parsed
            if label is not None and not isinstance(df.index, pd.RangeIndex):
                if label in df.index:
                    continue
            elif next_label is not None:
                label, next_label = next_label, next_label + step
            else:
                continue
            try:
                df.loc[label] = values
            except (TypeError, ValueError, OverflowError):
                continue
    return df


def _set_cell(df: Any, row: int, col: int, value: Any) -> None:
    try:
        df.iat[row, col] = value
    except (TypeError, ValueError):
        # The column's dtype cannot hold the value (None in an int column): widen it.
        name = df.columns[col]
        df[name] = df[name].astype(object)
        df.iat[row, col] = value


@dataclass
class View:
    """The rows a grid shows: the original rows not deleted, in order, then the added ones, then
    the pending ones (added rows whose required cells are not all filled: not in the state yet).

    Each shown row has an id: ``"o<position>"`` for an original row, ``"a<i>"`` for the i-th
    added row, ``"p<i>"`` for the i-th pending row; a grid names rows by id, so an edit never
    lands on the wrong row after rows were added or deleted elsewhere.
    """

    rows: int  # rows in the source data
    state: Mapping[str, Any]
    pending: int = 0

    def __post_init__(self) -> None:
        deleted = sorted(
            {int(r) for r in self.state.get("deleted_rows") or () if 0 <= int(r) < self.rows}
        )
        self._deleted = deleted
        self._kept: Any = None
        if deleted:
            import numpy as np

            self._kept = np.delete(np.arange(self.rows), deleted)
        self.added = len(self.state.get("added_rows") or ())

    @property
    def originals(self) -> int:
        return self.rows - len(self._deleted)

    def __len__(self) -> int:
        return self.originals + self.added + self.pending

    def ids(self, start: int, stop: int) -> list[str]:
        stop = min(stop, len(self))
        out = []
        kept_stop = min(stop, self.originals)
        if start < kept_stop:
            positions = (
                range(start, kept_stop)
                if self._kept is None
                else self._kept[start:kept_stop].tolist()
            )
            out.extend(f"o{p}" for p in positions)
        for i in range(max(start, self.originals), stop):
            at = i - self.originals
            out.append(f"a{at}" if at < self.added else f"p{at - self.added}")
        return out


class Data:
    """A DataFrame held by an element: equal to another holding equal data (props are compared
    on every rerun; a DataFrame's own ``==`` compares cell by cell into a new frame)."""

    __slots__ = ("frame",)

    def __init__(self, frame: Any) -> None:
        self.frame = frame

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Data):
            return NotImplemented
        if other.frame is self.frame:
            return True
        a, b = self.frame, other.frame
        return (
            a.shape == b.shape
            and list(a.columns) == list(b.columns)
            and list(a.dtypes) == list(b.dtypes)
            and a.equals(b)
        )

    __hash__ = None  # type: ignore[assignment]


def row_id(text: Any) -> tuple[str, int]:
    """``("o", position)`` or ``("a", index)`` from a row id the browser sent (ValueError if
    it is not one)."""
    if not isinstance(text, str) or len(text) < 2 or text[0] not in "oap" or not text[1:].isdigit():
        raise ValueError(f"not a row id: {text!r}")
    return text[0], int(text[1:])


def cell_rows(
    frame: Any,
    columns: Sequence[Column],
    ids: Sequence[str],
    state: Mapping[str, Any],
    pending: Sequence[Mapping[str, Any]] = (),
) -> list[dict[str, Any]]:
    """The rows ``ids`` as the grid receives them: ``{"_id": id, column name: JSON value}``, the
    edit state's values over the data's (``pending``: the rows not in the state yet)."""
    edited = state.get("edited_rows") or {}
    added = state.get("added_rows") or []
    positions = [int(i[1:]) for i in ids if i[0] == "o"]
    part = frame.iloc[positions] if positions else None
    values: dict[str, list[Any]] = {}
    if part is not None:
        for column in columns:
            source = part.index if column.name == INDEX else part[_frame_name(frame, column.name)]
            values[column.name] = list(source.tolist() if hasattr(source, "tolist") else source)
    out = []
    at = 0
    for rid in ids:
        if rid[0] == "o":
            position = int(rid[1:])
            row = {"_id": rid}
            changes = edited.get(position) or edited.get(str(position)) or {}
            for column in columns:
                if column.name in changes:
                    row[column.name] = changes[column.name]
                else:
                    row[column.name] = _to_json(values[column.name][at], column.kind)
            at += 1
        else:
            data = (added if rid[0] == "a" else pending)[int(rid[1:])]
            row = {"_id": rid}
            for column in columns:
                row[column.name] = data.get(column.name)
        out.append(row)
    return out


def _frame_name(frame: Any, name: str) -> Any:
    """The frame's own column label for a column the grid names by string."""
    if name in frame.columns:
        return name
    for label in frame.columns:
        if str(label) == name:
            return label
    raise KeyError(name)
