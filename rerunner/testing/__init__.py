"""Test rerunner apps without a browser: ``from rerunner.testing import AppTest``.

The API is Streamlit's ``streamlit.testing.v1.AppTest``, so a Streamlit test ports by changing
its import; every run also goes through rerunner's real reconciler, whose ipywidgets tree
(``at.widget_tree``) and messages (``at.widget_messages``) a test can inspect.
"""

from .app_test import AppTest
from .messages import WidgetMessage
from .nodes import AppTestError, Block, BlockList, Element, ElementList, Node, Widget

__all__ = [
    "AppTest", "AppTestError", "Block", "BlockList", "Element", "ElementList", "Node",
    "Widget", "WidgetMessage",
]  # fmt: skip
