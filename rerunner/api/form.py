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
from .lib import Block, check_height, check_width, st_function


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
    """Create a form that holds back widget changes until it is submitted.

    Returns a container whose widgets don't rerun the app while the user edits them: their new
    values wait in the browser until an ``st.form_submit_button`` in the form is clicked, or Enter
    is pressed (see ``enter_to_submit``). Then all of the form's values are written to session state
    together, the submit button's ``on_click`` callback is called, and the app reruns once, with
    that submit button returning ``True``.

    Fill the form in a ``with st.form(...):`` block, or call st methods on the returned container
    (``form.slider(...)``). As in Streamlit:

    - every form needs an ``st.form_submit_button``, or its values are never sent;
    - ``st.button`` and ``st.download_button`` can't be placed in a form;
    - forms can't be nested, but can sit in columns, tabs, expanders or the sidebar;
    - only ``st.form_submit_button`` may have a callback inside a form; read the other widgets'
      values after submission.

    Parameters
    ----------
    key : str
        A name for the form, unique in the app. The user doesn't see it; it identifies the form and
        is added to its container as the CSS class ``st-key-<key>``.
    clear_on_submit : bool, optional
        If ``True``, the form's widgets go back to their default values after each submission; the
        run that the submission causes still receives the submitted values. Default ``False``.
    enter_to_submit : bool, optional
        If ``True`` (default), pressing Enter in one of the form's widgets, such as a text input,
        submits the form as if its first submit button were clicked. If ``False``, only a click on a
        submit button submits. Enter never submits while the form's first submit button is disabled.
    border : bool, optional
        Whether to draw a border around the form. Default ``True``. The border tells users that the
        widgets wait for a submit; leave it out only when something else frames the form, such as an
        expander, or the form is tiny.
    width : "stretch", "content", or int, optional
        The width of the form:

        - ``"stretch"`` (default): as wide as the parent container.
        - ``"content"``: as wide as its content, but no wider than the parent container.
        - An int: a fixed width in pixels, capped at the width of the parent container.
    height : "content", "stretch", or int, optional
        The height of the form:

        - ``"content"`` (default): as tall as its content.
        - ``"stretch"``: as tall as its content or the parent container, whichever is taller.
        - An int: a fixed height in pixels; taller content scrolls inside the form. Keep such
          scrolling areas short (500 pixels at most), or they are hard to scroll past on phones.

    Returns
    -------
    container
        The form: use it in a ``with`` block, or call st methods on it to add elements.

    Example
    -------
    >>> import streamlit as st
    >>> with st.form("signup", clear_on_submit=True):
    ...     email = st.text_input("Email")
    ...     plan = st.radio("Plan", ["Free", "Pro"], horizontal=True)
    ...     submitted = st.form_submit_button("Sign up")
    >>> if submitted:
    ...     st.write("Welcome,", email, "- you chose the", plan, "plan.")
    """
    ctx = require_run("form")
    if ctx.form_id:
        raise StreamlitInvalidLayoutContextError("Forms cannot be nested in other forms.")
    if key is None:
        raise TypeError("bad argument type for built-in operation")
    key = str(key)
    check_width(width)
    check_height(height)
    ctx.claim("form", f"$$FORM-{key}", key)
    ctx.state.register_form(key)
    element = open_block(
        "form",
        key=key,
        clear_on_submit=bool(clear_on_submit),
        enter_to_submit=bool(enter_to_submit),
        border=bool(border),
        width=width,
        # "stretch" fills the parent's height, which in a notebook is the content's
        height=height if isinstance(height, int) and not isinstance(height, bool) else None,
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
    """Display a form's submit button.

    Shows a button that submits the ``st.form`` it is in: the values of all the form's widgets are
    written to session state together, ``on_click`` is called, and the app reruns, with this button
    returning ``True`` in that run. Every form needs at least one submit button, and a submit button
    can't be used outside a form. A form may have several, such as "Save" and "Discard"; only the
    clicked one returns ``True``.

    Parameters
    ----------
    label : str, optional
        A short label telling the user what submitting does; default ``"Submit"``. It can contain
        inline Markdown: bold, italics, strikethrough, inline code, links and images (shown at text
        height), plus the directives ``st.markdown`` knows, such as colored text (``:red[...]``);
        block-level Markdown such as headings and lists is shown as plain text.
    help : str or None, optional
        [[help.button]]
    on_click : Callable or None, optional
        A function called when the form is submitted with this button, with ``args`` and ``kwargs``,
        after the form's values are written to session state and before the app reruns, so it can
        read them there. If this is ``None`` (default), no callback is called.
    args : list or tuple, optional
        Positional arguments passed to ``on_click``.
    kwargs : dict, optional
        Keyword arguments passed to ``on_click``.
    key : str or int, optional
        A string or integer that identifies the button. If this is ``None`` (default), it is
        identified by its label and the other parameters that define it. No two widgets may have the
        same key.

        ``st.session_state[key]`` holds the button's clicked state (``True`` only in the run a click
        caused). It is read-only: assigning it raises an error. Without a key the button still
        appears in session state, as ``"FormSubmitter:<form key>-<label>"``.
    type : "primary", "secondary", or "tertiary", optional
        [[type]]
    icon : str or None, optional
        [[icon]]
    icon_position : "left" or "right", optional
        [[icon_position]]
    disabled : bool, optional
        If ``True``, the button is grayed out and can't be clicked. Default ``False``. While a
        form's first submit button is disabled, Enter doesn't submit the form.
    use_container_width : bool or None, optional
        [[use_container_width]]
    width : "content", "stretch", or int, optional
        [[width.button]]
    shortcut : str or None, optional
        [[shortcut]]
    wrap : bool or None, optional
        Whether a long label may wrap onto more lines:

        - ``None`` (default): the layout decides. In a horizontal container, or placed directly in a
          column, the button keeps to one line and cuts an overflowing label short with an ellipsis;
          elsewhere the label wraps.
        - ``True``: the label wraps and the button grows taller.
        - ``False``: one line; an overflowing label ends in an ellipsis.

        Without ``help``, the full text of a shortened label shows when the pointer rests on it. The
        icon and shortcut stay visible. A form is a layout boundary of its own: putting the form in
        a column doesn't place its submit button directly in that column.

    Returns
    -------
    bool
        ``True`` in the run caused by submitting with this button, ``False`` otherwise.

    Example
    -------
    >>> import streamlit as st
    >>> def save():
    ...     st.session_state.saved = st.session_state.note
    >>> with st.form("notes"):
    ...     st.text_area("Note", key="note")
    ...     st.form_submit_button("Save", on_click=save, type="primary")
    >>> st.write("Saved note:", st.session_state.get("saved", "nothing yet"))
    """
    form_id = require_run("form_submit_button").form_id
    if not form_id:
        raise StreamlitInvalidLayoutContextError(
            "`st.form_submit_button()` must be used inside an `st.form()`." + FORM_DOCS_INFO
        )
    if key is None or key == "":
        key = f"FormSubmitter:{form_id}-{label}"
    return trigger_button(
        "form_submit_button",
        label=label,
        key=key,
        help=help,
        on_click=on_click,
        args=args,
        kwargs=kwargs,
        type=type,
        icon=icon,
        icon_position=icon_position,
        disabled=disabled,
        use_container_width=use_container_width,
        width=width,
        shortcut=shortcut,
        wrap=wrap,
    )
