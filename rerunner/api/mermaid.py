"""What of Mermaid rerunner's bundle leaves out, refused by name before a diagram is sent.

Every diagram type is drawn in the browser by Mermaid itself (``js/src/mermaid.js``, the
``mermaid`` npm package, shared once per kernel like Graphviz), so its parse errors are shown
in the app as Streamlit shows them: ``Mermaid diagram error: ...`` in place of the drawing.

Two optional parts of Mermaid are not in the bundle, to keep the shipped JavaScript within its
budget (docs/architecture.md, "Diagrams and maps"): the ELK layout engine (elkjs, 1.5 MB),
asked for by ``flowchart-elk`` or a ``layout: elk`` setting, and KaTeX (0.27 MB), which draws
``$$...$$`` math in labels. A diagram that asks for either raises ``UnsupportedError`` here.
"""

from __future__ import annotations

import re

from ..errors import UnsupportedError

#: ``layout: elk`` in front matter, ``"layout": "elk"`` in an init directive, or an ELK header.
_ELK = re.compile(
    r"""["']?layout["']?\s*:\s*["']?elk|^\s*flowchart-elk\b""", re.MULTILINE | re.IGNORECASE
)
_MATH = re.compile(r"\$\$.+?\$\$", re.DOTALL)


def check_supported(source: str) -> None:
    """Raise ``UnsupportedError`` when ``source`` needs a part of Mermaid rerunner leaves out."""
    if _ELK.search(source):
        raise UnsupportedError(
            "`st.mermaid_chart`: the ELK layout (`layout: elk`, `flowchart-elk`) is not "
            "supported in rerunner (its 1.5 MB library is not shipped); use the default layout."
        )
    if _MATH.search(source):
        raise UnsupportedError(
            "`st.mermaid_chart`: math (`$$...$$`, drawn by KaTeX) is not supported in "
            "rerunner's Mermaid diagrams."
        )
