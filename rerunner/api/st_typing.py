"""``st.typing``: the types of values st calls return, to name in annotations.

The classes are rerunner's own (``isinstance`` works on what its calls return). Types of calls
rerunner does not implement yet (selections on some charts) are refused by name when imported.
"""

from __future__ import annotations

from typing import Any

from ..errors import UnsupportedError
from .chat import ChatInputValue
from .diagrams import EChartsState, PydeckState
from .file_uploader import UploadedFile
from .frontend_charts import PlotlyState, VegaLiteState
from .table_selection import DataframeState

__all__ = [
    "ChatInputValue",
    "DataframeState",
    "EChartsState",
    "PlotlyState",
    "PydeckState",
    "UploadedFile",
    "VegaLiteState",
]

_NOT_YET = {
    "ButtonColumnClickState": "st.column_config",
    "DataEditorState": "st.data_editor",
}


def __getattr__(name: str) -> Any:
    if name in _NOT_YET:
        raise UnsupportedError(
            f"`streamlit.typing.{name}` is not supported by rerunner yet: it is the state of "
            f"{_NOT_YET[name]}, which rerunner does not implement yet."
        )
    raise AttributeError(f"module 'streamlit.typing' has no attribute '{name}'")
