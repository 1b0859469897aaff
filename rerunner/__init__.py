"""rerunner: Streamlit's programming model in Jupyter.

``%load_ext rerunner`` registers the ``%%rerun`` cell magic; ``from rerunner import st`` gives
the st namespace in plain Python.
"""

from __future__ import annotations

from typing import Any

from . import st
from .state import kernel_session_state

__version__ = "0.1.0"
__all__ = ["st", "kernel_session_state", "load_ipython_extension", "__version__"]


def load_ipython_extension(ipython: Any) -> None:
    """Register ``%%rerun`` (called by ``%load_ext rerunner``)."""
    from .magic import register

    register(ipython)


def unload_ipython_extension(ipython: Any) -> None:
    """Close every app of this kernel (called by ``%unload_ext rerunner``)."""
    from .magic import unregister

    unregister(ipython)
