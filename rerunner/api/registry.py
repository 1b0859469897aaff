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


def no_effect(reason: str) -> Rule:
    return Rule(NO_EFFECT, reason)


HONOURED_RULE = Rule(HONOURED)

# --- reasons shared by many calls ------------------------------------------------------------

KEY = refused("a key on this element (its identity and `st-key-` CSS class) is not implemented yet")
CALLBACK_ARGUMENTS = refused("used only by the callback, which is not supported here yet")
SELECTIONS = refused("chart and table selections are not implemented yet")
SELECTION_DETAIL = refused("used only by selections, which are not implemented yet")
ALT = refused("alt text for this element is not implemented yet")
CHART_THEME = no_effect(
    "charts are drawn in their library's own theme, which is what `theme=None` asks for"
)
CACHE_SCOPE = no_effect(
    "a kernel serves one session, so 'session' and 'global' caches are the same cache"
)

_VEGA_CHART: dict[str, Rule] = {}  # every parameter honoured (api/frontend_charts.py)
_CACHE = {"scope": CACHE_SCOPE}

#: Per public call, the parameters that are not honoured (all others are).
CALLS: dict[str, dict[str, Rule]] = {
    # text
    "markdown": {
        "anchors": no_effect(
            "rerunner never draws link icons beside Markdown headings, which is what "
            "anchors=False asks for"
        ),
    },
    "title": {},
    "header": {},
    "subheader": {},
    "caption": {},
    "html": {},
    "iframe": {},
    "pdf": {},
    "badge": {},
    "help": {},
    "text": {},
    "code": {},
    "json": {},
    "success": {},
    "info": {},
    "warning": {},
    "error": {},
    "exception": {},
    "divider": {},
    "latex": {},
    "echo": {},
    "write": {},
    # inputs (every widget, st.expander and st.tabs take bind="query-params": api/bind.py)
    "button": {},
    "checkbox": {},
    "toggle": {},
    "radio": {},
    "selectbox": {},
    "slider": {},
    "number_input": {},
    "text_input": {},
    "text_area": {},
    "multiselect": {},
    "select_slider": {},
    "pills": {},
    "segmented_control": {},
    "date_input": {},
    "time_input": {},
    "datetime_input": {},
    "color_picker": {},
    "feedback": {},
    "pagination": {},
    "menu_button": {},
    # chat
    "chat_input": {},
    "chat_message": {},
    "write_stream": {},
    "file_uploader": {},
    "camera_input": {},
    "audio_input": {},
    "download_button": {},
    "link_button": {},
    # layout
    "columns": {},
    "container": {},
    "empty": {},
    "space": {},
    "grid": {},
    "expander": {},
    "popover": {},
    "tabs": {},
    "form": {},
    "form_submit_button": {},
    # status
    "progress": {},
    "spinner": {
        "_cache": no_effect("a private flag Streamlit's caches set on their own spinner"),
    },
    "status": {},
    "toast": {},
    "skeleton": {},
    "balloons": {},
    # multipage apps
    "Page": {},
    "navigation": {},
    "switch_page": {},
    "page_link": {},
    "logo": {},
    "snow": {},
    # data and charts
    "dataframe": {
        "lazy": no_effect("rerunner always sends the browser only the page of rows on screen"),
    },
    "data_editor": {},
    "table": {},
    "metric": {},
    "line_chart": {},
    "area_chart": {},
    "bar_chart": {},
    "scatter_chart": {},
    "pyplot": {},
    "plotly_chart": {},  # every parameter honoured (api/frontend_charts.py)
    "altair_chart": _VEGA_CHART,
    "vega_lite_chart": _VEGA_CHART,
    # diagrams and maps
    "graphviz_chart": {},
    "mermaid_chart": {},
    "echarts_chart": {},
    "map": {},
    "pydeck_chart": {},
    # media
    "image": {},
    "audio": {},
    "video": {},
    # page, control flow and caching
    "set_page_config": {
        "page_title": no_effect("the browser tab belongs to the notebook or Voila page"),
        "page_icon": no_effect("the browser tab belongs to the notebook or Voila page"),
        "menu_items": no_effect("a notebook app has no app menu"),
    },
    "rerun": {},
    "stop": {},
    "fragment": {},
    "dialog": {},
    "get_option": {},
    "set_option": {},
    "cache_data": _CACHE,
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
