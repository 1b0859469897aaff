"""Forms: ``st.form`` and ``st.form_submit_button``."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

from ..errors import (
    FORM_DOCS_INFO,
    StreamlitInvalidLayoutContextError,
)
from ..runtime.context import require_run
from .button import trigger_button
from .layout import open_block
from .lib import Block, st_function


@st_function
def form(
    key: str,
    clear_on_submit: bool = False,
    *,
    enter_to_submit: bool = True,
    border: bool = True,
    width: str | int = "stretch",
    height: str | int = "content",
) -> Block:
    """Create a form: its widgets' changes wait, and are sent together by its submit button."""
    ctx = require_run("form")
    if ctx.form_id:
        raise StreamlitInvalidLayoutContextError("Forms cannot be nested in other forms.")
    if key is None:
        raise TypeError("bad argument type for built-in operation")
    key = str(key)
    ctx.claim("form", f"$$FORM-{key}", key)
    ctx.state.register_form(key)
    element = open_block(
        "form",
        key=key,
        clear_on_submit=bool(clear_on_submit),
        enter_to_submit=bool(enter_to_submit),
        border=bool(border),
    )
    return Block(element)


@st_function
def form_submit_button(
    label: str = "Submit",
    help: str | None = None,
    on_click: Callable[..., Any] | None = None,
    args: Iterable[Any] | None = None,
    kwargs: dict[str, Any] | None = None,
    *,
    key: str | int | None = None,
    type: str = "secondary",
    icon: str | None = None,
    icon_position: str = "left",
    disabled: bool = False,
    use_container_width: bool | None = None,
    width: str | int = "content",
    shortcut: str | None = None,
    wrap: bool | None = None,
) -> bool:
    """Display a form's submit button: True in the run its click caused, with the form's values.

    Without a key it is keyed ``FormSubmitter:<form>-<label>`` (so it shows in session state),
    as in Streamlit.
    """
    form_id = require_run("form_submit_button").form_id
    if not form_id:
        raise StreamlitInvalidLayoutContextError(
            "`st.form_submit_button()` must be used inside an `st.form()`." + FORM_DOCS_INFO
        )
    if key is None or key == "":
        key = f"FormSubmitter:{form_id}-{label}"
    return trigger_button(
        "form_submit_button", label, key, help, on_click, args, kwargs, type, icon,
        icon_position, disabled, use_container_width, width, shortcut,
    )  # fmt: skip
