"""``streamlit.runtime`` as an app sees it (``from streamlit import runtime``): ``exists()``.

Libraries written for Streamlit ask ``runtime.exists()`` to know whether they run inside an
app (``streamlit run``) or in plain Python. Inside a rerunner app they do.
"""

from __future__ import annotations

from ..runtime.context import current_run


def exists() -> bool:
    """Whether code runs inside an app: ``True`` in a ``%%rerun`` body, its callbacks and
    what they call; ``False`` elsewhere (an ordinary cell, plain Python), as Streamlit answers
    ``False`` outside ``streamlit run``."""
    return current_run() is not None
