"""``st.feedback``: a row of icons that rates something (a chat reply, say).

Its value is the chosen option's index, 0 the lowest (thumbs down, the saddest face, one star),
or None; choosing the chosen option again clears it, as in Streamlit.
"""

from __future__ import annotations

import numbers
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from ..errors import StreamlitValueError, StreamlitValueOutOfRangeError
from . import bind as binding
from .lib import Callback, check_on_change, check_width, register_widget, st_function

#: How many options each kind of feedback offers.
OPTIONS = {"thumbs": 2, "faces": 5, "stars": 5}


@dataclass(frozen=True)
class FeedbackSerde:
    """The index of the option chosen in the browser, or None (cleared)."""

    count: int
    default: int | None

    def serialize(self, value: Any) -> int | None:
        return None if value is None else int(value)

    def deserialize(self, ui_value: Any) -> int | None:
        if ui_value is None:
            return None
        if isinstance(ui_value, bool) or not isinstance(ui_value, int):
            raise TypeError("a feedback option is an int")
        if not 0 <= ui_value < self.count:
            raise ValueError(f"no feedback option {ui_value}")
        return ui_value

    def normalize(self, value: Any) -> Any:
        """A value set through session state that is no option's index falls back to the default
        (which session state then holds too), so the widget never returns an index it lacks."""
        if value is None:
            return None
        if (
            isinstance(value, bool)
            or not isinstance(value, numbers.Integral)
            or not 0 <= int(value) < self.count
        ):
            return self.default
        return value


@st_function
def feedback(
    options: str = "thumbs",
    *,
    key: str | int | None = None,
    default: int | None = None,
    disabled: bool = False,
    on_change: Callable[..., Any] | str | None = "rerun",
    args: Any = None,
    kwargs: dict[str, Any] | None = None,
    width: Any = "content",
    bind: str | None = None,
    persist_state: str | None = None,
) -> int | None:
    """Display a feedback widget: thumbs, faces or stars to click.

    Commonly put under each reply of a chat app, so that users can rate the replies. Clicking the
    chosen option again clears the choice.

    Parameters
    ----------
    options : "thumbs", "faces", or "stars"
        The icons shown. ``"thumbs"`` (default): a thumb up and a thumb down. ``"faces"``: five
        faces from sad to happy. ``"stars"``: five stars, for a rating from one to five.
    key : str, int, or None
        A string or integer that identifies the widget. If this is ``None`` (default), the widget is
        identified by the parameters that define it. With a key, ``st.session_state[key]`` holds
        the choice, and assigning it before the widget is created sets the choice; changing
        ``options`` still makes a new widget. No two widgets may have the same key.
    default : int or None
        The choice shown at first: ``None`` (default) none, else an option's index, 0 or 1 for
        thumbs, 0 to 4 for faces and stars.
    disabled : bool
        Whether the widget is grayed out and cannot be used (default ``False``).
    on_change : callable, "rerun", "ignore", or None
        What happens when the user changes the choice. ``"rerun"`` (default): the app reruns. A
        callable: it is called with ``args`` and ``kwargs``, then the app reruns. ``"ignore"``: the
        widget shows the choice but the app gets it only with the next rerun something else
        causes. ``None`` is the same as ``"rerun"``.
    args : list or tuple
        Positional arguments passed to the ``on_change`` callback.
    kwargs : dict
        Keyword arguments passed to the ``on_change`` callback.
    width : "content", "stretch", or int
        The widget's width. ``"content"`` (default) fits the icons; ``"stretch"`` fills the width of
        the parent container; an int sets a fixed width in pixels, capped at the parent's width.
    bind : "query-params" or None
        ``"query-params"`` keeps the choice in the page URL's query string under the widget's key
        (which it then needs), so that a shared link carries it. ``None`` (default) does not.
    persist_state : "page", "session", or None
        How long the choice outlives the widget while it isn't rendered. ``None`` (default): it is
        dropped at the end of a run that doesn't show the widget. ``"page"`` keeps it while the
        user stays on the page, ``"session"`` for the whole session. This needs a ``key``.

    Returns
    -------
    int or None
        The chosen option's index, where 0 is the lowest: for thumbs 0 is thumbs down and 1 thumbs
        up; for faces and stars 0 to 4, from least to most satisfied. ``None`` when nothing is
        chosen.

    Example
    -------
    >>> import streamlit as st
    >>> st.write("Was this answer helpful?")
    >>> rating = st.feedback("stars", key="rating")
    >>> if rating is not None:
    ...     st.caption(f"You gave {rating + 1} star(s).")
    """
    if options not in OPTIONS:
        raise StreamlitValueError(
            "Invalid `options` value. Supported values: 'thumbs', 'faces', 'stars'."
        )
    count = OPTIONS[options]
    if default is not None and not 0 <= default < count:
        raise StreamlitValueOutOfRangeError(
            f"The `default` parameter, set to {default}, is outside the required range "
            f"[0, {count - 1}]."
        )
    callback = check_on_change(on_change)
    check_width(width)
    return register_widget(
        "feedback",
        bind=bind,
        url=binding.index(count),
        persist_state=persist_state,
        label="",
        key=key,
        identity={"options": options, "default": default, "width": width},
        key_identity=("options",),
        default=default,
        serde=FeedbackSerde(count, default),
        callback=Callback(callback, args, kwargs),
        props={"options": options, "disabled": bool(disabled), "width": width},
    )
