"""What a conformance case compares: a plain-data picture of an AppTest after a step.

The same function reads Streamlit's ``AppTest`` and rerunner's, through the API they share
(iteration over ``at.main``, ``type``, ``value``, ``key``, ``label``, ``at.session_state``); only
the exception's Python type name is read differently (Streamlit keeps it in ``proto.type``).
"""

from __future__ import annotations

import copy
import re
from typing import Any


def _is_block(node: Any) -> bool:
    return hasattr(node, "children") and isinstance(node.children, dict)


def _exception_type(node: Any) -> str:
    name = getattr(node, "exception_type", None)
    if name is None:
        name = node.proto.type
    return str(name).rsplit(".", 1)[-1]  # Streamlit qualifies non-builtin types


_WIDGET_ID = re.compile(r"\$\$ID-[0-9a-f]{32}-")
_FILE = re.compile(r'File "[^"]*"')


def normalize(text: str) -> str:
    """Widget ids hash the script's page and file names differ: neither is behaviour."""
    return _FILE.sub('File "<script>"', _WIDGET_ID.sub("$$ID-<hash>-", text))


def _plain(value: Any) -> Any:
    """An uploaded file, or a chat message with files, as what a user can see of it (the classes
    of the two implementations differ otherwise)."""
    if hasattr(value, "getvalue") and hasattr(value, "name"):
        return ("file", value.name, value.type, value.size, value.getvalue())
    if type(value).__name__ == "ChatInputValue":
        return ("chat", {k: _plain(v) for k, v in value.to_dict().items()})
    if type(value).__name__ == "DataFrame":  # a table element's data (st.data_editor's)
        return ("frame", value.to_dict(orient="split"), [str(t) for t in value.dtypes])
    if isinstance(value, list):
        return [_plain(v) for v in value]
    return value


def element(node: Any) -> tuple:
    """One element as (type, ...what a user sees of it)."""
    if node.type == "exception":
        return ("exception", _exception_type(node), normalize(node.value))
    if hasattr(node, "id") and hasattr(node, "label"):  # a widget
        return (node.type, node.key, node.label, _plain(node.value))
    return (node.type, _plain(node.value))


def elements(block: Any) -> list[tuple]:
    """Everything in ``block`` in document order; blocks appear as (\"block\", type, size)."""
    out: list[tuple] = []
    for node in block:
        if node is block:
            continue
        if _is_block(node):
            out.append(("block", node.type, len(node.children)))
        else:
            out.append(element(node))
    return out


def _sidebar(at: Any) -> list[tuple]:
    try:
        return elements(at.sidebar)
    except NotImplementedError:  # rerunner without st.sidebar yet: nothing can be in it
        return []


def _bottom(at: Any) -> list[tuple]:
    """The area pinned below the app: the fourth child of both AppTests' trees, when used."""
    area = at._tree.children.get(3)
    return elements(area) if area is not None else []


def snapshot(at: Any) -> dict[str, Any]:
    """The elements of the main area, the sidebar, the bottom area and open dialogs, and the
    user-visible session state."""
    return {
        "main": elements(at.main),
        "sidebar": _sidebar(at),
        "bottom": _bottom(at),
        "dialogs": [elements(d) for d in at.get("dialog")],
        # A copy: a script may keep mutating a list it stored (``log.append``).
        "state": {k: _plain(v) for k, v in copy.deepcopy(dict(at.session_state.to_dict())).items()},
    }
