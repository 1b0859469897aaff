"""``streamlit.components.v1``: ``html``, ``iframe`` and ``declare_component``."""

from __future__ import annotations

from ..api.components import CustomComponent, declare_component
from ..api.iframe import components_html as html, components_iframe as iframe

__all__ = ["CustomComponent", "declare_component", "html", "iframe"]
