"""Control flow: ``st.rerun`` and ``st.stop``."""

from __future__ import annotations

from collections.abc import Sequence
from itertools import dropwhile
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
    """Stop the current run and start a new one at once.

    No statement after the call runs: the body starts again from the top, with session state as it
    stands. It can also be called from a callback. Use it sparingly, typically after changing
    session state that elements above the call already displayed. The call works by raising an
    exception that derives from ``BaseException``, so an ``except Exception:`` around it does not
    stop it.

    Parameters
    ----------
    scope : "app", "fragment", str, int, or list of str or int, optional
        What reruns. ``"app"`` (default): the whole app. ``"fragment"``: only the fragment that
        makes the call, which is allowed only inside an ``@st.fragment`` function during a fragment
        rerun. A fragment key, or a list of them (ints are read as strings): only the fragments
        declared with those keys in ``@st.fragment(key=...)``, which is allowed only from a widget
        callback.

    Returns
    -------
    NoReturn
        The call never returns; the current run ends there.

    Example
    -------
    >>> import streamlit as st
    >>> st.session_state.setdefault("clicks", 0)
    >>> st.write("Clicks so far:", st.session_state.clicks)
    >>> if st.button("Click"):
    ...     st.session_state.clicks += 1
    ...     st.rerun()
    """
    keys = _check_scope(scope)
    if keys == "app":
        raise RerunException()
    ctx = require_run("rerun")
    if keys == "fragment":
        queue = ctx.fragment_run
        # in a callback, the fragment of the widget that called it (Streamlit's thread state)
        current = ctx.callback_fragment if ctx.in_callback else ctx.fragment_id
        if not queue or current is None:
            raise StreamlitInvalidLayoutContextError(
                'scope="fragment" can only be specified from `@st.fragment`-decorated functions '
                "during fragment reruns."
            )
        # this fragment and those queued after it, as Streamlit's queue goes on from here
        rest = list(dropwhile(lambda fid: fid != current, queue))
        raise RerunException(fragments=rest or [current])
    if not ctx.in_callback:
        raise StreamlitAPIException(
            "Passing a fragment key to `st.rerun()` is only allowed from a widget callback "
            "(e.g. `on_change` / `on_click`). Calling it from the main script body or a fragment "
            "body would abort the current run. If you meant to rerun the whole app or the "
            "current fragment, use `scope='app'` or `scope='fragment'`."
        )
    ids, missing = ctx.fragments.resolve(keys) if ctx.fragments is not None else ([], keys[0])
    if missing is not None:
        raise StreamlitAPIException(
            f"No fragment found for target '{missing}'. Pass the same `key` you set on "
            "`@st.fragment(key=...)`, and make sure that fragment has rendered at least once."
        )
    raise RerunException(fragments=ids)


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
    """Stop the current run.

    No statement after the call runs, and what the run displayed until then stays on the page; the
    next interaction reruns the body as usual. It is not an error, so nothing is reported: show a
    message saying why the app stopped. The call works by raising an exception that derives from
    ``BaseException``, so an ``except Exception:`` around it does not stop it.

    Returns
    -------
    NoReturn
        The call never returns; the current run ends there.

    Example
    -------
    >>> import streamlit as st
    >>> name = st.text_input("Your name")
    >>> if not name:
    ...     st.info("Enter a name to continue.")
    ...     st.stop()
    >>> st.success(f"Hello, {name}!")
    """
    raise StopException()
