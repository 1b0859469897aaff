"""The ``st`` namespace: what ``import streamlit as st`` means inside a ``%%rerun`` cell.

Only the calls rerunner implements are here; any other name raises an error that names it.
"""

from __future__ import annotations

import difflib
import sys
from typing import Any

from . import components, errors
from .api import (
    column_config,
    connection as connections,
    st_typing as typing,
    streamlit_runtime as runtime,
)
from .api.alert import error, exception, info, success, warning
from .api.button import button, download_button, link_button
from .api.charts import area_chart, bar_chart, line_chart, pyplot, scatter_chart
from .api.chat import bottom, chat_input, chat_message
from .api.checkbox import checkbox, toggle
from .api.color_picker import color_picker
from .api.connection import connection
from .api.context import context
from .api.control import rerun, stop
from .api.data import dataframe, metric, table
from .api.deck import after_import as _after_import  # noqa: F401 (runtime/imports.py reads it)
from .api.devices import audio_input, camera_input
from .api.diagrams import echarts_chart, graphviz_chart, map, mermaid_chart, pydeck_chart
from .api.dialog import dialog
from .api.echo import echo, latex
from .api.editor import data_editor
from .api.feedback import feedback
from .api.file_uploader import file_uploader
from .api.form import form, form_submit_button
from .api.fragment import fragment
from .api.frontend_charts import altair_chart, plotly_chart, vega_lite_chart
from .api.grid import grid
from .api.help import help
from .api.html import html
from .api.iframe import iframe
from .api.layout import columns, container, empty, expander, popover, sidebar, space, tabs
from .api.media import audio, image, video
from .api.menu_button import menu_button
from .api.navigation import Page, logo, navigation, page_link, switch_page
from .api.number_input import number_input
from .api.options import get_option, set_option
from .api.page import balloons, query_params, secrets, set_page_config, snow
from .api.pagination import pagination
from .api.pdf import pdf
from .api.refusals import refusing
from .api.selection import multiselect, pills, radio, segmented_control, selectbox
from .api.slider import select_slider, slider
from .api.status import progress, skeleton, spinner, status, toast
from .api.stream import write_stream
from .api.text import (
    badge,
    caption,
    code,
    divider,
    header,
    json,
    markdown,
    subheader,
    text,
    title,
)
from .api.text_widgets import text_area, text_input
from .api.time_widgets import date_input, datetime_input, time_input
from .api.user import login, logout, user
from .api.write import write
from .cache import cache_data, cache_resource
from .errors import UnsupportedError
from .runtime.context import current_run
from .state import SessionState, SessionStateProxy, kernel_session_state

__all__ = [
    "button", "caption", "checkbox", "code", "columns", "container", "divider", "empty",
    "error", "exception", "expander", "form", "form_submit_button", "header", "info", "json",
    "markdown", "number_input", "popover", "radio", "rerun", "selectbox", "session_state",
    "sidebar", "slider", "stop", "subheader", "success", "tabs", "text", "text_input", "title",
    "toggle", "warning", "write", "multiselect", "select_slider", "pills", "segmented_control",
    "date_input", "time_input", "text_area", "color_picker", "file_uploader", "download_button",
    "link_button", "balloons", "query_params", "secrets", "set_page_config", "snow",
]  # fmt: skip
__all__ += [
    "altair_chart", "area_chart", "audio", "bar_chart", "cache_data", "cache_resource", "dataframe",
    "echo", "image", "latex", "line_chart", "metric", "plotly_chart", "progress", "pyplot",
    "scatter_chart", "spinner", "status", "table", "toast", "vega_lite_chart", "video",
]  # fmt: skip
__all__ += ["bottom", "chat_input", "chat_message", "feedback", "write_stream"]
__all__ += ["dialog", "fragment"]
__all__ += ["audio_input", "camera_input"]
__all__ += ["badge", "get_option", "help", "html", "set_option", "space"]
__all__ += ["datetime_input", "menu_button", "pagination", "skeleton"]
__all__ += ["connection", "grid", "login", "logout", "user"]
__all__ += ["iframe", "pdf"]
__all__ += ["echarts_chart", "graphviz_chart", "map", "mermaid_chart", "pydeck_chart"]
__all__ += ["Page", "context", "logo", "navigation", "page_link", "switch_page"]
__all__ += ["column_config", "data_editor"]

help.__defaults__ = (sys.modules[__name__],)  # st.help() describes the namespace, as in Streamlit

#: The Streamlit version whose API this namespace follows (``st.__version__``).
__version__ = "1.67.0"


# The public calls that are not element functions get the registry's refusals here; the others
# got them from ``st_function``.
rerun, stop, set_page_config = (refusing(f.__name__, f) for f in (rerun, stop, set_page_config))
get_option, set_option = (refusing(f.__name__, f) for f in (get_option, set_option))
navigation, switch_page, logo = (refusing(f.__name__, f) for f in (navigation, switch_page, logo))
cache_data = refusing("cache_data", cache_data)
cache_resource = refusing("cache_resource", cache_resource)
login = refusing("login", login)


def _active_state() -> SessionState:
    ctx = current_run()
    return ctx.state if ctx is not None else kernel_session_state()


#: The session state of the running app (the kernel's, outside a run).
session_state = SessionStateProxy(_active_state)

#: Streamlit names rerunner refuses for good (README's "Not supported" says why).
REFUSED = {
    "App": "`st.App` is not supported by rerunner: it is Streamlit's ASGI web server (Starlette), "
    "and a rerunner app is served by the notebook's own server (Jupyter, Voila).",
}

_REMOVED = {
    "experimental_rerun": "st.experimental_rerun has been removed. Use st.rerun instead.",
    "cache": "st.cache has been removed. Use st.cache_data or st.cache_resource instead.",
}


#: Streamlit 1.67's public names: one rerunner lacks is "not supported yet", never a typo.
STREAMLIT_NAMES = frozenset(
    """
    App Page altair_chart area_chart audio audio_input badge balloons bar_chart bottom button
    cache_data cache_resource camera_input caption chat_input chat_message checkbox code
    color_picker column_config columns components connection container context data_editor
    dataframe date_input datetime_input dialog divider download_button echarts_chart echo empty
    error exception expander feedback file_uploader form form_submit_button fragment get_option
    graphviz_chart grid header help html iframe image info json latex line_chart link_button login
    logo logout map markdown menu_button mermaid_chart metric multiselect navigation number_input
    page_link pagination pdf pills plotly_chart popover progress pydeck_chart pyplot query_params
    radio rerun scatter_chart secrets segmented_control select_slider selectbox session_state
    set_option set_page_config sidebar skeleton slider snow space spinner status stop subheader
    success switch_page table tabs text text_area text_input time_input title toast toggle user
    vega_lite_chart video warning write write_stream
""".split()
)


def __getattr__(name: str) -> Any:
    if name.startswith("__"):
        raise AttributeError(name)
    if name in REFUSED:
        raise UnsupportedError(REFUSED[name])
    if name in STREAMLIT_NAMES:
        raise UnsupportedError(f"`st.{name}` is not supported by rerunner yet.")
    message = f"module 'streamlit' has no attribute '{name}'."
    if name in _REMOVED:
        raise AttributeError(f"{message} {_REMOVED[name]}")
    close = difflib.get_close_matches(name, sorted(STREAMLIT_NAMES), n=1, cutoff=0.8)
    if close and abs(len(close[0]) - len(name)) <= 1:
        raise AttributeError(f"{message[:-1]}. Did you mean st.{close[0]}?")
    raise UnsupportedError(f"`st.{name}` is not supported by rerunner yet.")


def resolve_import(name: str, fromlist: Any) -> Any:
    """What ``import streamlit...`` returns inside an app (see ``runtime/script.py``)."""
    if name == "streamlit":
        return sys.modules[__name__]
    if name in ("streamlit.components", "streamlit.components.v1"):
        # ``import streamlit.components.v1 as components`` binds the top module and walks its
        # attributes; ``from streamlit.components.v1 import html`` wants the module itself.
        if not fromlist:
            return sys.modules[__name__]
        return components if name == "streamlit.components" else components.v1
    if name == "streamlit.runtime":  # `from streamlit.runtime import exists`, `import ... as`
        return runtime if fromlist else sys.modules[__name__]
    if name == "streamlit.connections":  # `from streamlit.connections import BaseConnection`
        return connections if fromlist else sys.modules[__name__]
    if name == "streamlit.errors":  # `except streamlit.errors.StreamlitAPIException`
        return errors if fromlist else sys.modules[__name__]
    if name == "streamlit.typing":  # `from streamlit.typing import UploadedFile`
        return typing if fromlist else sys.modules[__name__]
    if name == "streamlit.components.v2":
        raise UnsupportedError(components.V2_REFUSAL)
    raise ModuleNotFoundError(
        f"`import {name}` is not supported inside a rerunner app; only `import streamlit`, "
        "`streamlit.components.v1`, `streamlit.runtime`, `streamlit.connections`, "
        "`streamlit.errors` and `streamlit.typing` are."
    )
