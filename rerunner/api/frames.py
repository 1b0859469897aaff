"""Turn whatever a user passes as "data" into a pandas DataFrame, as Streamlit does.

Streamlit accepts DataFrames, Series, Styler, numpy arrays, dicts, lists, sets, tuples, and
objects that convert themselves (``to_pandas()``, the dataframe interchange protocol). Some of
those shapes carry no meaningful index or column names, so Streamlit hides them by default; the
``Shape`` returned here says which.
"""

from __future__ import annotations

import enum
import importlib
from collections.abc import Mapping
from typing import Any

from ..errors import (
    StreamlitDataframeConversionError,
    dataframe_conversion_message,
    missing_dependency,
)


class Shape(enum.Enum):
    """What the data looked like before it became a DataFrame."""

    FRAME = "frame"  # a pandas DataFrame or Series, or a library's frame
    VALUES = "values"  # list, tuple, set or 1-D array of scalars
    ROWS = "rows"  # list of lists, 2-D array
    RECORDS = "records"  # list of dicts
    COLUMNS = "columns"  # dict of column name -> values
    KEY_VALUE = "key_value"  # dict of key -> scalar
    EMPTY = "empty"  # None


#: Shapes whose pandas index is an artefact of the conversion (Streamlit hides it).
INDEXLESS = {Shape.VALUES, Shape.ROWS, Shape.RECORDS, Shape.COLUMNS}
#: Shapes without user-given column names (``st.table`` hides its header for them).
HEADERLESS = {Shape.VALUES, Shape.ROWS, Shape.KEY_VALUE}


def require_pandas(call: str) -> Any:
    try:
        return importlib.import_module("pandas")
    except ImportError:
        raise missing_dependency(call, "pandas", "pandas") from None


def is_dataframe_like(obj: Any) -> bool:
    """Whether ``st.write`` should show ``obj`` as a dataframe (without importing anything)."""
    module = type(obj).__module__ or ""
    root = module.split(".", 1)[0]
    if root == "pandas":
        return type(obj).__name__ in ("DataFrame", "Series", "Index", "Styler") or (
            type(obj).__name__.endswith("Index")
        )
    if root == "numpy":
        return type(obj).__name__ == "ndarray"
    if root in ("pyarrow", "polars"):
        return type(obj).__name__ in (
            "Table",
            "DataFrame",
            "Series",
            "Array",
            "ChunkedArray",
            "LazyFrame",
        )
    return hasattr(obj, "__dataframe__") and not isinstance(obj, type)


def to_dataframe(data: Any, call: str = "dataframe") -> tuple[Any, Shape]:
    """``data`` as a pandas DataFrame, and the shape it came in."""
    pd = require_pandas(call)
    if data is None:
        return pd.DataFrame(), Shape.EMPTY
    if isinstance(data, pd.DataFrame):
        return data, Shape.FRAME
    if isinstance(data, pd.Series):
        return data.to_frame(), Shape.FRAME
    if isinstance(data, pd.Index):
        return data.to_frame(index=False), Shape.VALUES
    if type(data).__name__ == "Styler" and hasattr(data, "data"):
        return data.data, Shape.FRAME
    if type(data).__module__.startswith("numpy") and hasattr(data, "ndim"):
        return _from_array(pd, data)
    if isinstance(data, Mapping):
        return _from_mapping(pd, data)
    if isinstance(data, (list, tuple, set, frozenset)):
        return _from_sequence(pd, list(data))
    if hasattr(data, "to_pandas"):
        converted = data.to_pandas()
        frame = converted.to_frame() if isinstance(converted, pd.Series) else converted
        return frame, Shape.FRAME
    if hasattr(data, "__dataframe__") and not isinstance(data, type):
        return pd.api.interchange.from_dataframe(data), Shape.FRAME
    raise StreamlitDataframeConversionError(dataframe_conversion_message(data))


def _from_array(pd: Any, array: Any) -> tuple[Any, Shape]:
    if array.ndim == 1:
        return pd.DataFrame({"value": array}), Shape.VALUES
    return pd.DataFrame(array), Shape.ROWS  # pandas names the error for other dimensions


def _from_mapping(pd: Any, data: Mapping) -> tuple[Any, Shape]:
    values = list(data.values())
    if values and all(_is_scalar(v) for v in values):
        return pd.DataFrame({"value": values}, index=list(data.keys())), Shape.KEY_VALUE
    return pd.DataFrame(dict(data)), Shape.COLUMNS


def _from_sequence(pd: Any, items: list) -> tuple[Any, Shape]:
    if items and all(isinstance(item, Mapping) for item in items):
        return pd.DataFrame(items), Shape.RECORDS
    if items and all(isinstance(item, (list, tuple)) for item in items):
        return pd.DataFrame(items), Shape.ROWS
    return pd.DataFrame({"value": items}), Shape.VALUES


def _is_scalar(value: Any) -> bool:
    if isinstance(value, (str, bytes)):
        return True
    return not isinstance(value, (list, tuple, set, frozenset, Mapping)) and not hasattr(
        value, "__len__"
    )


def snapshot(frame: Any) -> Any:
    """A copy of ``frame`` that later changes to the original do not reach.

    Streamlit serialises the data at the call; rerunner shows it at the end of the run and
    pages through it later, so it keeps a copy. With pandas' copy-on-write (the default from
    pandas 3) a shallow copy is that, at no cost.
    """
    import pandas as pd

    cow = int(pd.__version__.split(".", 1)[0]) >= 3 or bool(
        getattr(getattr(pd.options, "mode", None), "copy_on_write", False)
    )
    return frame.copy(deep=not cow)
