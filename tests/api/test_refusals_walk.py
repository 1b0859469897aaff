"""No parameter Streamlit documents stays refused unless someone owns it.

The test walks ``registry.CALLS``: every REFUSED rule for a parameter that Streamlit 1.67's own
``st.<call>`` takes must appear in ``OWNED``, the one allow-list, naming who is to honour it.
An entry whose parameter is honoured by now (or no longer exists) fails too, so the list only
ever shrinks with the work it tracks: whoever honours a parameter deletes its line here.
"""

from __future__ import annotations

import inspect

import streamlit as real

from rerunner.api import registry

BIND = "query-params binding (bind)"
LAYOUT = "params-layout: width, height, layout callbacks, media, cache, status"
CHAT_FILES = "chat_input and file_uploader"
SELECTIONS = "chart and table selections"
UNASSIGNED = "not assigned yet (text, element keys and the rest)"

_TEXT_CALLS = ("markdown", "title", "header", "subheader", "caption", "text")

#: (call, parameter) -> who owns the refusal.
OWNED: dict[tuple[str, str], str] = {
    # --- bind -----------------------------------------------------------------------------
    **{
        (call, "bind"): BIND
        for call in (
            "checkbox",
            "toggle",
            "radio",
            "selectbox",
            "slider",
            "number_input",
            "text_input",
            "text_area",
            "multiselect",
            "select_slider",
            "pills",
            "segmented_control",
            "date_input",
            "time_input",
            "color_picker",
            "feedback",
            "expander",
            "tabs",
        )
    },  # fmt: skip
    # --- layout: sizes, layout callbacks, media, cache, status -----------------------------
    **{(call, "width"): LAYOUT for call in _TEXT_CALLS},
    **{
        (call, "width"): LAYOUT
        for call in (
            "code",
            "json",
            "success",
            "info",
            "warning",
            "error",
            "exception",
            "divider",
            "latex",
            "file_uploader",
            "download_button",
            "link_button",
            "columns",
            "expander",
            "popover",
            "tabs",
            "form",
            "spinner",
            "status",
        )
    },  # fmt: skip
    **{(call, "use_container_width"): LAYOUT for call in ("download_button", "link_button")},
    ("popover", "use_container_width"): LAYOUT,
    ("plotly_chart", "use_container_width"): LAYOUT,
    ("code", "height"): LAYOUT,
    ("tabs", "height"): LAYOUT,
    ("form", "height"): LAYOUT,
    ("metric", "height"): LAYOUT,
    **{
        (call, param): LAYOUT
        for call in ("expander", "popover", "tabs")
        for param in ("on_change", "args", "kwargs")
    },
    ("columns", "wrap"): LAYOUT,
    ("container", "autoscroll"): LAYOUT,
    ("expander", "type"): LAYOUT,
    ("popover", "type"): LAYOUT,
    ("status", "type"): LAYOUT,
    ("audio", "start_time"): LAYOUT,
    ("audio", "end_time"): LAYOUT,
    ("video", "start_time"): LAYOUT,
    ("video", "end_time"): LAYOUT,
    ("video", "subtitles"): LAYOUT,
    ("video", "muted"): LAYOUT,
    ("image", "link"): LAYOUT,
    ("cache_data", "max_size"): LAYOUT,
    ("cache_data", "persist"): LAYOUT,
    ("cache_data", "refresh_mode"): LAYOUT,
    ("cache_resource", "refresh_mode"): LAYOUT,
    # --- chat input and file uploader ------------------------------------------------------
    ("chat_input", "accept_file"): CHAT_FILES,
    ("chat_input", "accept_audio"): CHAT_FILES,
    ("chat_input", "submit_mode"): CHAT_FILES,
    ("file_uploader", "label_visibility"): CHAT_FILES,
    # --- selections ------------------------------------------------------------------------
    ("dataframe", "on_select"): SELECTIONS,
    ("dataframe", "selection_mode"): SELECTIONS,
    ("dataframe", "selection_default"): SELECTIONS,
    **{
        (call, param): SELECTIONS
        for call in ("plotly_chart", "altair_chart", "vega_lite_chart")
        for param in ("on_select", "selection_mode")
    },
    # --- inputs (this branch) --------------------------------------------------------------
    # --- the rest --------------------------------------------------------------------------
    **{(call, "wrap"): UNASSIGNED for call in _TEXT_CALLS},
    ("caption", "help"): UNASSIGNED,
    ("text", "help"): UNASSIGNED,
    ("text", "text_alignment"): UNASSIGNED,
    ("popover", "help"): UNASSIGNED,
    ("popover", "wrap"): UNASSIGNED,
    ("download_button", "on_click"): UNASSIGNED,
    ("download_button", "args"): UNASSIGNED,
    ("download_button", "kwargs"): UNASSIGNED,
    ("download_button", "icon_position"): UNASSIGNED,
    ("link_button", "key"): UNASSIGNED,
    ("link_button", "on_click"): UNASSIGNED,
    ("link_button", "args"): UNASSIGNED,
    ("link_button", "kwargs"): UNASSIGNED,
    ("link_button", "icon_position"): UNASSIGNED,
    ("expander", "key"): UNASSIGNED,
    ("popover", "key"): UNASSIGNED,
    ("tabs", "key"): UNASSIGNED,
    ("dataframe", "key"): UNASSIGNED,
    ("dataframe", "column_config"): UNASSIGNED,
    **{(call, "key"): UNASSIGNED for call in ("plotly_chart", "altair_chart", "vega_lite_chart")},
    **{(call, "alt"): UNASSIGNED for call in ("plotly_chart", "altair_chart", "vega_lite_chart")},
    ("set_page_config", "initial_sidebar_state"): UNASSIGNED,
}


def _documented(call: str, param: str) -> bool:
    """Whether Streamlit's own ``st.<call>`` takes ``param``."""
    fn = getattr(real, call, None)
    if fn is None:
        return False
    try:
        return param in inspect.signature(fn).parameters
    except (TypeError, ValueError):
        return False


def _refused() -> set[tuple[str, str]]:
    return {
        (call, param)
        for call, rules in registry.CALLS.items()
        for param, rule in rules.items()
        if rule.status == registry.REFUSED and _documented(call, param)
    }


def test_every_refused_documented_parameter_has_an_owner() -> None:
    unowned = sorted(_refused() - set(OWNED))
    assert not unowned, (
        f"refused, and nobody owns them (honour them or add them to OWNED): {unowned}"
    )


def test_the_allow_list_holds_only_what_is_still_refused() -> None:
    stale = sorted(set(OWNED) - _refused())
    assert not stale, f"honoured by now (or gone): delete them from OWNED: {stale}"
