"""``st.data_editor``: an editable table whose value is Streamlit's edit state.

The widget's value is the edit state (``{"edited_rows": {position: {column: value}},
"added_rows": [{column: value}], "deleted_rows": [position]}``, JSON in the front end's form, as
Streamlit keeps it), and the call returns the data with those edits applied, in the type it was
given. The element keeps the data as given (what AppTest shows), the columns as drawn
(``tabular.Column``: kind, type, configuration, editable or not) and the state; the grid in the
browser (``render/editor.py``) asks the kernel for the rows in view and sends each edit as a
small delta that the kernel checks against its column before it becomes the new state.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from .. import tabular
from ..errors import StreamlitAPIException, StreamlitDataframeConversionError
from . import column_config as cc
from .frames import INDEXLESS, Shape, to_dataframe
from .lib import (
    Callback,
    check_height,
    check_on_change,
    check_width,
    register_widget,
    st_function,
)


def _jsonable_keys(state: Mapping[str, Any]) -> dict[str, Any]:
    return {
        "edited_rows": {int(k): dict(v) for k, v in (state.get("edited_rows") or {}).items()},
        "added_rows": [dict(r) for r in state.get("added_rows") or []],
        "deleted_rows": [int(r) for r in state.get("deleted_rows") or []],
    }


class EditorState(dict):
    """The edit state: a dict read by key or attribute (``state.edited_rows``)."""

    def __getattr__(self, name: str) -> Any:
        try:
            return self[name]
        except KeyError:
            raise AttributeError(name) from None


@dataclass(frozen=True)
class EditorSerde:
    """The edit state <-> its JSON text (the front end's form, as in Streamlit)."""

    def serialize(self, value: Any) -> str:
        return json.dumps(value, default=str)

    def deserialize(self, ui_value: Any) -> EditorState:
        raw = json.loads(ui_value) if isinstance(ui_value, str) else (ui_value or {})
        if not isinstance(raw, Mapping):
            raise TypeError("an edit state is a dict")
        return EditorState(_jsonable_keys(raw))

    def normalize(self, value: Any) -> EditorState:
        if isinstance(value, str):
            return self.deserialize(value)
        if not isinstance(value, Mapping):
            raise TypeError(f"an edit state is a dict, not {type(value).__name__}")
        state = EditorState(_jsonable_keys(value))
        return value if isinstance(value, EditorState) and value == state else state


# --- the data's format, in and out ---------------------------------------------------------


def _format_of(data: Any, shape: Shape) -> str:
    module = (type(data).__module__ or "").split(".", 1)[0]
    name = type(data).__name__
    if data is None:
        return "empty"
    if module == "pandas":
        return {"Series": "series"}.get(name, "frame")
    if module == "numpy":
        return "numpy_list" if getattr(data, "ndim", 2) == 1 else "numpy_matrix"
    if module == "pyarrow":
        return "arrow_table" if name == "Table" else "arrow_array"
    if module == "polars":
        return {"DataFrame": "polars_frame", "Series": "polars_series"}.get(name, "frame")
    if isinstance(data, set):
        return "set"
    if isinstance(data, tuple):
        return "tuple"
    if isinstance(data, list):
        return {Shape.RECORDS: "records", Shape.ROWS: "rows"}.get(shape, "list")
    if isinstance(data, Mapping):
        if shape == Shape.KEY_VALUE:
            return "key_value"
        values = list(data.values())
        if values and all(type(v).__name__ == "Series" for v in values):
            return "column_series"
        if values and all(isinstance(v, Mapping) for v in values):
            return "column_index"
        return "column_values"
    return "frame"


def _plain(df: Any) -> Any:
    """Missing values as None, for the Python collections a frame becomes."""
    return df.astype(object).where(df.notna(), None)


def _single(df: Any) -> list[Any]:
    df = _plain(df)
    if len(df.columns) > 1:
        raise StreamlitDataframeConversionError(
            f"DataFrame is expected to have a single column but has {len(df.columns)}."
        )
    return df.iloc[:, 0].tolist() if len(df.columns) else []


def _as_series(df: Any) -> Any:
    if len(df.columns) != 1:
        raise ValueError(
            f"DataFrame is expected to have a single column but has {len(df.columns)}."
        )
    return df[df.columns[0]]


def convert_back(df: Any, fmt: str) -> Any:
    """The edited frame in the format the data came in (Streamlit's mapping)."""
    import numpy as np

    if fmt in ("frame", "empty"):
        return df
    if fmt == "series":
        return _as_series(df)
    if fmt == "numpy_list":
        return np.ndarray(0) if df.empty else df.iloc[:, 0].to_numpy()
    if fmt == "numpy_matrix":
        return np.ndarray(0) if df.empty else df.to_numpy()
    if fmt == "arrow_table":
        import pyarrow as pa

        return pa.Table.from_pandas(df)
    if fmt == "arrow_array":
        import pyarrow as pa

        return pa.Array.from_pandas(_as_series(df))
    if fmt == "polars_frame":
        import polars as pl

        return pl.from_pandas(df)
    if fmt == "polars_series":
        import polars as pl

        return pl.from_pandas(_as_series(df))
    if fmt == "records":
        return _plain(df).to_dict(orient="records")
    if fmt == "rows":
        return _plain(df).to_numpy().tolist()
    if fmt == "column_index":
        return _plain(df).to_dict(orient="dict")
    if fmt == "column_values":
        return _plain(df).to_dict(orient="list")
    if fmt == "column_series":
        return df.to_dict(orient="series")
    if fmt in ("list", "tuple", "set"):
        values = _single(df)
        return {"list": list, "tuple": tuple, "set": set}[fmt](values)
    if fmt == "key_value":
        return {} if df.empty else _plain(df).iloc[:, 0].to_dict()
    return df


# --- checks --------------------------------------------------------------------------------


def _fix_headers(df: Any) -> Any:
    import pandas as pd

    if isinstance(df.columns, pd.MultiIndex):
        df.columns = ["_".join(map(str, c)) for c in df.columns.to_flat_index()]
    elif pd.api.types.infer_dtype(df.columns) != "string":
        df.columns = pd.Index([str(c) for c in df.columns], name=df.columns.name)
    return df


def _check_names(df: Any) -> None:
    duplicated = df.columns[df.columns.duplicated()]
    if len(duplicated) > 0:
        raise StreamlitAPIException(
            "All column names are required to be unique for usage with data editor. The "
            f"following column names are duplicated: {list(duplicated)}. Please rename the "
            "duplicated columns in the provided data."
        )
    if tabular.INDEX in df.columns:
        raise StreamlitAPIException(
            f"The column name '{tabular.INDEX}' is reserved for the index column and can't be "
            "used for data columns. Please rename the column in the provided data."
        )


def _check_index(df: Any) -> None:
    import pandas as pd

    if type(df.index) not in (pd.RangeIndex, pd.Index, pd.DatetimeIndex, pd.CategoricalIndex):
        raise StreamlitAPIException(
            f"The type of the dataframe index - {type(df.index).__name__} - is not yet "
            "supported by the data editor."
        )


def _check_types(columns: list[tabular.Column], config: Mapping[str, Any]) -> None:
    for column in columns:
        spec = config.get(column.name) or {}
        if spec.get("disabled") is True or "type_config" not in spec:
            continue
        type_ = column.type
        allowed = tabular.EDITABLE_KINDS.get(type_)
        if allowed is not None and column.kind not in allowed:
            raise StreamlitAPIException(
                f"The configured column type `{type_}` for column `{column.name}` is not "
                "compatible for editing the underlying data type `"
                f"{column.kind}`.\n\nYou have following options to fix this: 1) choose a "
                "compatible type 2) disable the column 3) convert the column into a compatible "
                "data type."
            )


def _signature(df: Any) -> str:
    """A stable digest of the data (its values and labels), for the widget's identity."""
    import hashlib

    import pandas as pd

    digest = hashlib.blake2b(digest_size=16)
    digest.update(repr((list(df.columns), [str(t) for t in df.dtypes], len(df))).encode())
    try:
        digest.update(pd.util.hash_pandas_object(df, index=True).to_numpy().tobytes())
    except TypeError:  # unhashable cells (lists): their text
        digest.update(df.to_json(default_handler=str).encode())
    return digest.hexdigest()


def _schema(df: Any) -> str:
    return repr((list(df.columns), [str(t) for t in df.dtypes], type(df.index).__name__, len(df)))


@st_function
def data_editor(
    data: Any,
    *,
    width: Any = "stretch",
    height: Any = "auto",
    use_container_width: bool | None = None,
    hide_index: bool | None = None,
    column_order: Iterable[str] | None = None,
    column_config: Any = None,
    num_rows: str = "fixed",
    disabled: bool | Iterable[str | int] = False,
    key: str | int | None = None,
    on_change: Callable[..., Any] | str | None = "rerun",
    args: Iterable[Any] | None = None,
    kwargs: dict[str, Any] | None = None,
    row_height: int | None = None,
    placeholder: str | None = None,
    alt: str | None = None,
) -> Any:
    """Display a data editor: a table the user can edit, returned with the edits applied.

    The editor takes what ``st.dataframe`` takes (pandas DataFrame, Series, Index and Styler,
    NumPy arrays, lists, tuples, sets, dicts, PyArrow tables, Polars frames...) and returns the
    edited data in the same type. Double-click a cell (or start typing) to edit it; Enter
    commits and Tab moves to the next cell; a range of cells can be copied and pasted. Each edit
    reruns the app. In rerunner only the rows in view travel to the browser, and each edit comes
    back as a small change that the kernel checks against its column (type, ``required``,
    ``min_value``/``max_value``, options, ``validate``) before accepting it.

    Parameters
    ----------
    data : dataframe-like or collection
        The data to edit.
    width : "stretch", "content", or int, optional
        The editor's width: its container's (``"stretch"``, default), its content's, or pixels.
    height : "auto", "content", "stretch", or int, optional
        The editor's height: at most ten rows and a scroll bar (``"auto"``, default), every row
        (``"content"``), the space left in the container (``"stretch"``), or pixels.
    use_container_width : bool or None, optional
        Deprecated: use ``width``. ``True`` is ``width="stretch"``, ``False`` ``"content"``.
    hide_index : bool or None, optional
        Whether to hide the index column. ``None`` (default) hides a range index when rows can
        be added and shows it otherwise.
    column_order : iterable of str or None, optional
        The columns to show, in this order; the others are hidden.
    column_config : dict or None, optional
        How columns are drawn and edited, keyed by column name, position or ``"_index"``: a
        label (str), ``None`` to hide it, or an ``st.column_config`` type such as
        ``st.column_config.NumberColumn("Price", min_value=0)``.
    num_rows : "fixed", "dynamic", "add", or "delete", optional
        Whether the user can add rows (``"dynamic"``, ``"add"``), delete them (``"dynamic"``,
        ``"delete"``), or neither (``"fixed"``, default).
    disabled : bool or iterable of str or int, optional
        ``True`` turns editing off; a list of columns turns it off for those.
    key : str, int, or None, optional
        A stable identity; ``st.session_state[key]`` then holds the edit state (``edited_rows``,
        ``added_rows``, ``deleted_rows``).
    on_change : callable, "rerun", or None, optional
        A callback run when the user edits the data, before the rerun.
    args : list or tuple, optional
        Positional arguments for ``on_change``.
    kwargs : dict, optional
        Keyword arguments for ``on_change``.
    row_height : int or None, optional
        The height of each row in pixels.
    placeholder : str or None, optional
        The text shown in empty cells (default ``"None"``).
    alt : str or None, optional
        A description of the table for screen readers.

    Returns
    -------
    pandas.DataFrame, pandas.Series, pyarrow.Table, numpy.ndarray, list, set, tuple, or dict
        The edited data, in the type of ``data`` (a ``DataFrame`` for types without their own).

    Example
    -------
    >>> import pandas as pd
    >>> import streamlit as st
    >>> df = pd.DataFrame({"command": ["st.selectbox", "st.balloons"], "rating": [4, 5]})
    >>> edited = st.data_editor(
    ...     df,
    ...     num_rows="dynamic",
    ...     column_config={"rating": st.column_config.NumberColumn(min_value=1, max_value=5)},
    ... )
    >>> st.write("Best:", edited.loc[edited["rating"].idxmax(), "command"])
    """
    callback = check_on_change(on_change)
    check_width(width)
    check_height(height, also=("auto",))
    if use_container_width is not None:
        if use_container_width:
            width = "stretch"
        elif not isinstance(width, int):
            width = "content"
    order = (
        None
        if column_order is None
        else [column_order]
        if isinstance(column_order, str)
        else list(column_order)
    )
    if data is not None and type(data).__name__ == "LazyFrame":
        data = data.collect()
    frame, shape = to_dataframe(data, "data_editor")
    fmt = _format_of(data, shape)
    df = frame.copy()
    _check_index(df)
    _check_names(df)
    import pandas as pd

    config = cc.process(column_config, [str(c) for c in df.columns])
    _fix_headers(df)
    range_index = isinstance(df.index, pd.RangeIndex)
    if not range_index:
        config.setdefault(tabular.INDEX, {})["required"] = True
    if hide_index is None and range_index and num_rows in ("dynamic", "add"):
        hide_index = True
    if hide_index is None:
        hide_index = shape in INDEXLESS and range_index
    if hide_index is not None:
        config.setdefault(tabular.INDEX, {})["hidden"] = bool(hide_index)
    if not isinstance(disabled, bool):
        disabled = list(disabled)
        for column in disabled:
            name = (
                str(df.columns[column])
                if isinstance(column, int)
                and not isinstance(column, bool)
                and 0 <= column < len(df.columns)
                else str(column)
            )
            config.setdefault(name, {})["disabled"] = True
    columns = tabular.build_columns(df, config, editor=True, disabled=disabled is True)
    _check_types(columns, config)
    kinds = {c.name: c.kind for c in columns}
    fixed = key is not None and num_rows == "fixed"
    identity: dict[str, Any] = {
        "data": _schema(df) if fixed else _signature(df),
        "width": width,
        "height": height,
        "use_container_width": use_container_width,
        "column_order": order,
        "column_config_mapping": repr(sorted(config.items(), key=lambda kv: kv[0])),
        "num_rows": num_rows,
        "row_height": row_height,
        "placeholder": placeholder,
        "alt": alt,
    }
    key_identity = ("data", "num_rows") if fixed else tuple(identity)
    state = register_widget(
        "data_editor",
        label="",
        key=key,
        identity=identity,
        key_identity=key_identity,
        default=EditorState(tabular.empty_state()),
        serde=EditorSerde(),
        callback=Callback(callback, args, kwargs),
        props={
            "help": None,
            "disabled": disabled is True,
            "label_visibility": "collapsed",
            "width": width,
            "frame": tabular.Data(df),
            "columns": columns,
            "column_order": order,
            "num_rows": num_rows,
            "height": height,
            "row_height": row_height,
            "placeholder": placeholder,
            "alt": alt,
        },
        readonly=True,
    )
    edited = tabular.apply_edits(df, state, kinds)
    return convert_back(edited, fmt)
