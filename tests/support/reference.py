"""Run a script under Streamlit 1.67's own AppTest, to compare rerunner with the reference."""

from __future__ import annotations

import logging
from typing import Any

from tests.support.inprocess import Harness

logging.getLogger("streamlit").setLevel(logging.ERROR)


def _skip_component_discovery() -> None:
    """Each AppTest run scans every installed package's metadata for Streamlit components
    (about 0.8 s here); these scripts use none, so the reference runs without that scan."""
    from streamlit.components.v2.component_manager import BidiComponentManager

    BidiComponentManager.discover_and_register_components = lambda self, **kwargs: None  # type: ignore[method-assign]


_skip_component_discovery()


def streamlit_app(src: str) -> Any:
    """The script (``st`` pre-imported) run once by Streamlit's AppTest."""
    from streamlit.testing.v1 import AppTest

    return AppTest.from_string("import streamlit as st\n" + src).run(timeout=60)


def streamlit_error(src: str) -> str | None:
    at = streamlit_app(src)
    return at.exception[0].message if len(at.exception) else None


def rerunner_error(src: str) -> str | None:
    """The message of the first exception box the script shows under rerunner, if any."""
    found = Harness(src).errors()
    return found[0] if found else None
