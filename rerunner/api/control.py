"""Control flow: ``st.rerun`` and ``st.stop``."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, NoReturn

from ..errors import (
    RerunException,
    StopException,
    StreamlitAPIException,
    StreamlitInvalidLayoutContextError,
    StreamlitInvalidParameterTypeError,
    StreamlitValueError,
)
from ..runtime.context import require_run


def rerun(scope: str | int | Sequence[str | int] = "app") -> NoReturn:
    """Stop this run and start a fresh one at once.

    rerunner has no fragments (``st.fragment`` is not supported), so a fragment scope fails
    the way it fails in a Streamlit app without fragments.
    """
    keys = _check_scope(scope)
    if keys == "app":
        raise RerunException()
    if keys == "fragment":
        raise StreamlitInvalidLayoutContextError(
            'scope="fragment" can only be specified from `@st.fragment`-decorated functions '
            "during fragment reruns."
        )
    if not require_run("rerun").in_callback:
        raise StreamlitAPIException(
            "Passing a fragment key to `st.rerun()` is only allowed from a widget callback "
            "(e.g. `on_change` / `on_click`). Calling it from the main script body or a fragment "
            "body would abort the current run. If you meant to rerun the whole app or the "
            "current fragment, use `scope='app'` or `scope='fragment'`."
        )
    raise StreamlitAPIException(
        f"No fragment found for target '{keys[0]}'. Pass the same `key` you set on "
        "`@st.fragment(key=...)`, and make sure that fragment has rendered at least once."
    )


_SCOPE_VALUES = "'app', 'fragment', a fragment key, a list of keys"


def _check_scope(scope: Any) -> str | list[str]:
    """Validate ``scope`` as Streamlit does: ``"app"``, ``"fragment"``, or fragment keys."""
    if isinstance(scope, int) and not isinstance(scope, bool):
        scope = str(scope)
    if isinstance(scope, (bytes, bytearray)) or not isinstance(scope, (str, Sequence)):
        raise StreamlitInvalidParameterTypeError(
            "Invalid `scope` type. Expected one of: str, int, list[str | int]. "
            f"Provided type: {type(scope).__name__}."
        )
    if isinstance(scope, str):
        if not scope:
            raise StreamlitValueError(
                f"Invalid `scope` value. Supported values: {_SCOPE_VALUES}. Got an empty string."
            )
        return scope if scope in ("app", "fragment") else [scope]
    if not scope:
        raise StreamlitValueError(
            f"Invalid `scope` value. Supported values: {_SCOPE_VALUES}. Got an empty list."
        )
    keys = []
    for name in scope:
        if isinstance(name, int) and not isinstance(name, bool):
            name = str(name)
        elif not isinstance(name, str):
            raise StreamlitInvalidParameterTypeError(
                "Invalid `scope list items` type. Expected one of: str, int. "
                f"Provided type: {type(name).__name__}."
            )
        elif not name:
            raise StreamlitValueError(
                "Invalid `scope list items` value. Supported values: non-empty strings or ints. "
                "Found an empty string in the list."
            )
        if name in ("app", "fragment"):
            raise StreamlitValueError(
                f"Invalid `scope` value. Supported values: fragment keys. '{name}' is a reserved "
                f"scope name and cannot appear inside a list. Pass '{name}' directly as a string."
            )
        keys.append(name)
    return keys


def stop() -> NoReturn:
    """Stop this run quietly; what it showed so far stays on the page."""
    raise StopException()
