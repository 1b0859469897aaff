"""Every public st call, and what rerunner does with each of its parameters.

The single source of truth for "nothing accepted and ignored": a parameter is

* ``HONOURED``: rerunner reads it and it changes what is drawn, returned or called back;
* ``REFUSED``: a value other than its default raises ``UnsupportedError`` naming the call and
  the parameter, with the reason below (``allowed`` lists the other values that are accepted,
  because they ask for what rerunner does anyway);
* ``NO_EFFECT``: accepted and does nothing in a notebook, for the reason below (rare: only
  where doing nothing is right, such as the browser tab's title).

``CALLS`` names every public call and, for each, only the parameters that are not honoured:
every other parameter in the call's signature is honoured. ``st_function`` (``_core.py``)
enforces the refusals for every call listed here; ``tests/api/test_parameters.py`` checks that
the registry covers exactly the signatures and that each status is true, and
``docs/gen_api_tables.py`` writes README's tables from it.

This module is plain data: it imports nothing from the rest of rerunner at import time.
"""

from __future__ import annotations

import inspect
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

HONOURED = "honoured"
REFUSED = "refused"
NO_EFFECT = "no effect"


@dataclass(frozen=True)
class Rule:
    status: str
    reason: str = ""
    allowed: tuple[Any, ...] = ()  # REFUSED: values besides the default that are accepted
    # REFUSED, where the call itself validates the parameter: which values Streamlit accepts.
    # Only those are refused; any other goes on to the call, which raises Streamlit's own error.
    valid: Callable[[Any], bool] | None = None


def refused(reason: str, *allowed: Any, valid: Callable[[Any], bool] | None = None) -> Rule:
    return Rule(REFUSED, reason, allowed, valid)


def _width(*keywords: str) -> Callable[[Any], bool]:
    """A width (or height) Streamlit accepts: one of ``keywords``, or a positive int."""
    return lambda v: not isinstance(v, bool) and (v in keywords or (isinstance(v, int) and v > 0))


def _among(*values: Any) -> Callable[[Any], bool]:
    return lambda v: any(v is x or (type(v) is type(x) and v == x) for x in values)


def no_effect(reason: str) -> Rule:
    return Rule(NO_EFFECT, reason)


HONOURED_RULE = Rule(HONOURED)

# --- reasons shared by many calls ------------------------------------------------------------

SIZE_REASON = "sizing this element is not implemented yet"
WIDTH = refused(SIZE_REASON)
HEIGHT = refused("a fixed height for this element is not implemented yet")
CHECKED_WIDTH = refused(SIZE_REASON, valid=_width("stretch", "content"))
WRAP = refused("controlling line wrapping is not implemented yet")
HELP = refused("a help tooltip on this element is not implemented yet")
BIND = refused("binding a widget to the page URL's query parameters is not implemented yet")
PERSIST = refused("keeping a widget's value while it is not drawn is not implemented yet")
REQUIRED = refused("required inputs are not implemented yet")
INPUT_ICON = refused("an icon inside an input field is not implemented yet")
SHORTCUT = refused("keyboard shortcuts are not implemented yet")
ICON_RIGHT = refused("an icon to the right of this button's label is not implemented yet")
KEY = refused("a key on this element (its identity and `st-key-` CSS class) is not implemented yet")
LAYOUT_CALLBACK = refused("callbacks on tabs, expanders and popovers are not implemented yet", None)
CALLBACK_ARGUMENTS = refused("used only by the callback, which is not supported here yet")
SELECTIONS = refused("chart and table selections are not implemented yet")
TABLE_SELECTIONS = refused(SELECTIONS.reason, valid=lambda v: v == "rerun" or callable(v))
SELECTION_DETAIL = refused("used only by selections, which are not implemented yet")
ALT = refused("alt text for this element is not implemented yet")
CHART_THEME = no_effect(
    "charts are drawn in their library's own theme, which is what `theme=None` asks for"
)
CACHE_SCOPE = no_effect(
    "a kernel serves one session, so 'session' and 'global' caches are the same cache"
)

_TEXT = {"width": WIDTH, "wrap": WRAP}
_BOOLEAN = {"wrap": WRAP, "bind": BIND, "persist_state": PERSIST}
_INPUT = {"bind": BIND, "persist_state": PERSIST}
_BUTTON = {"shortcut": SHORTCUT, "wrap": WRAP}
_ANCHOR_BUTTON = {
    "icon_position": ICON_RIGHT,
    "use_container_width": WIDTH,
    "width": CHECKED_WIDTH,
    "shortcut": SHORTCUT,
    "wrap": WRAP,
}
_LAYOUT_CALLBACKS = {
    "on_change": LAYOUT_CALLBACK,
    "args": CALLBACK_ARGUMENTS,
    "kwargs": CALLBACK_ARGUMENTS,
}
_FRONTEND_CHART = {
    "key": KEY,
    "on_select": SELECTIONS,
    "selection_mode": SELECTION_DETAIL,
    "alt": ALT,
    "theme": CHART_THEME,
}
_VEGA_CHART: dict[str, Rule] = {}  # every parameter honoured (api/frontend_charts.py)
_ALERT = {"width": WIDTH}
_MEDIA_TIMES = {
    "start_time": refused("playing from a given time is not implemented yet", None),
    "end_time": refused("stopping at a given time is not implemented yet"),
}
_CACHE = {
    "scope": CACHE_SCOPE,
    "refresh_mode": refused(
        "refreshing expired entries in the background is not implemented yet",
        valid=_among("background"),
    ),
}

#: Per public call, the parameters that are not honoured (all others are).
CALLS: dict[str, dict[str, Rule]] = {
    # text
    "markdown": {
        **_TEXT,
        "anchors": no_effect(
            "rerunner never draws link icons beside Markdown headings, which is what "
            "anchors=False asks for"
        ),
    },
    "title": _TEXT,
    "header": _TEXT,
    "subheader": _TEXT,
    "caption": {**_TEXT, "help": HELP},
    "html": {},
    "iframe": {},
    "pdf": {},
    "badge": {},
    "help": {},
    "text": {
        **_TEXT,
        "help": HELP,
        "text_alignment": refused("aligning st.text is not implemented yet"),
    },
    "code": {"height": HEIGHT, "width": WIDTH},
    "json": {"width": WIDTH},
    "success": _ALERT,
    "info": _ALERT,
    "warning": _ALERT,
    "error": _ALERT,
    "exception": {"width": WIDTH},
    "divider": {"width": WIDTH},
    "latex": {"width": CHECKED_WIDTH},
    "echo": {},
    "write": {},
    # inputs
    "button": _BUTTON,
    "checkbox": _BOOLEAN,
    "toggle": _BOOLEAN,
    "radio": _INPUT,
    "selectbox": {
        "required": REQUIRED,
        "icon": INPUT_ICON,
        "accept_new_options": refused("adding options the user types is not implemented yet"),
        "filter_mode": refused(
            "the drop-down has no type-to-filter box yet (what filter_mode=None asks for)", None
        ),
        **_INPUT,
    },
    "slider": _INPUT,
    "number_input": {"required": REQUIRED, "icon": INPUT_ICON, **_INPUT},
    "text_input": {
        "autocomplete": refused("the browser's autocomplete hint is not implemented yet"),
        "required": REQUIRED,
        "icon": INPUT_ICON,
        "validate": refused("input validation is not implemented yet"),
        **_INPUT,
    },
    "text_area": {"required": REQUIRED, **_INPUT},
    "multiselect": {
        "accept_new_options": refused("adding options the user types is not implemented yet"),
        "filter_mode": refused(
            "choosing how typed text filters the options is not implemented yet"
        ),
        "select_all": refused(
            "the 'Select all' option is not implemented yet (what select_all=False asks for)", False
        ),
        "wrap": WRAP,
        **_INPUT,
    },
    "select_slider": _INPUT,
    "pills": {"required": REQUIRED, "wrap": WRAP, **_INPUT},
    "segmented_control": {"required": REQUIRED, "wrap": WRAP, **_INPUT},
    "date_input": {
        "format": refused("the browser's date field shows dates in its own format"),
        "required": REQUIRED,
        **_INPUT,
    },
    "time_input": {
        "required": REQUIRED,
        "format": refused("the browser's time field shows times in its own format"),
        **_INPUT,
    },
    "datetime_input": {
        "format": refused("the browser's date field shows dates in its own format"),
        "required": REQUIRED,
        **_INPUT,
    },
    "color_picker": _INPUT,
    "feedback": _INPUT,
    "pagination": _INPUT,
    "menu_button": {"wrap": WRAP},
    # chat
    "chat_input": {
        "accept_file": refused(
            "picking a whole folder needs the browser's folder picker, which ipywidgets' file "
            "upload does not offer (True and 'multiple' work)",
            True,
            "multiple",
            valid=_among("directory"),
        ),
        "accept_audio": refused(
            "recording a voice message needs the browser's microphone from JavaScript, and "
            "rerunner draws with plain ipywidgets, which have no recorder"
        ),
        "audio_sample_rate": no_effect(
            "it sets the sample rate of voice messages, and without accept_audio (refused here) "
            "Streamlit records none either"
        ),
        "submit_mode": refused(
            "a stop button cannot stop the run: the kernel reads a click only once the run it "
            "would stop has ended (interrupt the kernel instead; 'disable' works)",
            "disable",
            valid=_among("stop"),
        ),
    },
    "chat_message": {},
    "write_stream": {},
    "file_uploader": {
        "label_visibility": refused(
            "hiding a file uploader's label is not implemented yet",
            valid=_among("hidden", "collapsed"),
        ),
        "width": CHECKED_WIDTH,
    },
    "download_button": {
        "on_click": refused(
            "the download happens in the browser without a rerun, so it takes no callback "
            "(what on_click='ignore' asks for)",
            "ignore",
            None,
        ),
        "args": CALLBACK_ARGUMENTS,
        "kwargs": CALLBACK_ARGUMENTS,
        **_ANCHOR_BUTTON,
    },
    "link_button": {
        "key": KEY,
        "on_click": refused("a link button opens its URL without a rerun or a callback yet"),
        "args": CALLBACK_ARGUMENTS,
        "kwargs": CALLBACK_ARGUMENTS,
        **_ANCHOR_BUTTON,
    },
    # layout
    "columns": {"width": WIDTH, "wrap": WRAP},
    "container": {"autoscroll": refused("scrolling to new content is not implemented yet")},
    "empty": {},
    "space": {},
    "grid": {},
    "expander": {
        "key": KEY,
        "type": refused("the compact and step expander styles are not implemented yet"),
        "width": WIDTH,
        **_LAYOUT_CALLBACKS,
        "bind": BIND,
    },
    "popover": {
        "type": refused("the button styles of a popover are not implemented yet"),
        "help": HELP,
        "use_container_width": WIDTH,
        "width": WIDTH,
        "wrap": WRAP,
        "key": KEY,
        **_LAYOUT_CALLBACKS,
    },
    "tabs": {"width": WIDTH, "height": HEIGHT, "key": KEY, **_LAYOUT_CALLBACKS, "bind": BIND},
    "form": {"width": WIDTH, "height": HEIGHT},
    "form_submit_button": _BUTTON,
    # status
    "progress": {},
    "spinner": {
        "_cache": no_effect("a private flag Streamlit's caches set on their own spinner"),
        "width": CHECKED_WIDTH,
    },
    "status": {
        "type": refused(
            "the compact and step status styles are not implemented yet",
            valid=_among("compact", "step"),
        ),
        "width": refused(SIZE_REASON, valid=_width("stretch")),
    },
    "toast": {},
    "skeleton": {},
    "balloons": {},
    "snow": {},
    # data and charts
    "dataframe": {
        "column_config": refused("column configuration is not implemented yet"),
        "key": KEY,
        "on_select": TABLE_SELECTIONS,
        "selection_mode": SELECTION_DETAIL,
        "selection_default": SELECTION_DETAIL,
        "lazy": no_effect("rerunner always sends the browser only the page of rows on screen"),
    },
    "table": {},
    "metric": {"height": refused(HEIGHT.reason, valid=_width("stretch", "content"))},
    "line_chart": {},
    "area_chart": {},
    "bar_chart": {},
    "scatter_chart": {},
    "pyplot": {},
    "plotly_chart": {
        "use_container_width": refused(
            "width='content' for a Plotly chart is not implemented yet (True is the default)", True
        ),
        **_FRONTEND_CHART,
    },
    "altair_chart": _VEGA_CHART,
    "vega_lite_chart": _VEGA_CHART,
    # media
    "image": {"link": refused("images that are links are not implemented yet")},
    "audio": _MEDIA_TIMES,
    "video": {
        **_MEDIA_TIMES,
        "subtitles": refused("subtitles are not implemented yet"),
        "muted": refused("starting muted is not implemented yet"),
    },
    # page, control flow and caching
    "set_page_config": {
        "page_title": no_effect("the browser tab belongs to the notebook or Voila page"),
        "page_icon": no_effect("the browser tab belongs to the notebook or Voila page"),
        "initial_sidebar_state": refused(
            "the sidebar cannot be collapsed yet: it shows whenever it has content",
            "auto",
            "expanded",
        ),
        "menu_items": no_effect("a notebook app has no app menu"),
    },
    "rerun": {},
    "stop": {},
    "fragment": {},
    "dialog": {},
    "get_option": {},
    "set_option": {},
    "cache_data": {
        "max_size": refused("a size limit for a cache is not implemented yet"),
        "persist": refused(
            "caches kept on disk are not implemented yet", False, valid=_among("disk", True)
        ),
        **_CACHE,
    },
    "cache_resource": _CACHE,
    "connection": {},
    # users
    "login": {
        "provider": refused(
            "signing in with a named identity provider needs Streamlit's own server (its /auth "
            "endpoints); behind JupyterHub the hub's sign-in applies"
        ),
    },
    "logout": {},
}


def rules(call: str) -> dict[str, Rule]:
    """The parameters of ``st.call`` that are not honoured (KeyError for an unknown call)."""
    return CALLS[call]


def rule(call: str, param: str) -> Rule:
    return CALLS[call].get(param, HONOURED_RULE)


def refusal_message(call: str, param: str, reason: str) -> str:
    return (
        f"`st.{call}({param}=...)` is not supported by rerunner yet: {reason}. "
        f"Remove `{param}` or leave it at its default."
    )


def public_calls(st: Any) -> dict[str, Callable[..., Any]]:
    """Every public call of the ``st`` namespace given, by name: the callables of its
    ``__all__``. (The namespace is passed in: it imports this module, not the other way.)"""
    return {name: getattr(st, name) for name in st.__all__ if callable(getattr(st, name))}


# --- README's tables -------------------------------------------------------------------------


def _names(names: list[str]) -> str:
    return ", ".join(f"`{n}`" for n in names)


def _value(value: Any) -> str:
    return f"`{value!r}`"


def markdown_tables(st: Any) -> str:
    """The Markdown of README's parameter tables, generated from ``CALLS`` and the signatures
    of the ``st`` namespace's calls."""
    calls = public_calls(st)
    rows = ["| call | honoured | refused | no effect |", "|---|---|---|---|"]
    why: dict[tuple[str, str], list[str]] = {}
    for name in sorted(calls):
        params = list(inspect.signature(calls[name]).parameters)
        mine = CALLS[name]
        honoured = [p for p in params if p not in mine]
        refused_ = [p for p in params if p in mine and mine[p].status == REFUSED]
        inert = [p for p in params if p in mine and mine[p].status == NO_EFFECT]
        for p in refused_ + inert:
            rule_ = mine[p]
            also = (
                f" (accepted: {', '.join(_value(v) for v in rule_.allowed)})"
                if rule_.allowed
                else ""
            )
            why.setdefault((rule_.status, rule_.reason), []).append(f"`st.{name}({p})`{also}")
        rows.append(
            f"| `st.{name}` | {_names(honoured) or '—'} | {_names(refused_)} | {_names(inert)} |"
        )
    out = ["### Parameters, call by call", "", *rows, ""]
    for status, title in (
        (REFUSED, "Why a parameter is refused"),
        (NO_EFFECT, "Parameters accepted with no effect"),
    ):
        out += [f"### {title}", "", "| parameters | reason |", "|---|---|"]
        for (s, reason), where in sorted(why.items(), key=lambda item: item[0][1]):
            if s == status:
                out.append(f"| {', '.join(where)} | {reason} |")
        out.append("")
    return "\n".join(out).rstrip("\n") + "\n"
