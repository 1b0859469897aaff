"""The JavaScript the package ships: built ES modules in ``rerunner/static/``.

Every custom widget's front end is an anywidget ES module. Its source lives in the repository's
``js/src/`` (one npm project builds them all with esbuild: ``cd js && npm ci && npm run build``);
the built files are committed inside the package, so ``pip install`` needs no node and nothing is
fetched at run time. ``tests/render/test_bundles.py`` fails when a bundle no longer matches its
sources.
"""

from __future__ import annotations

from functools import cache
from importlib.resources import files


@cache
def bundle(name: str) -> str:
    """The text of the built module ``rerunner/static/<name>`` (read once per kernel)."""
    return files("rerunner").joinpath("static", name).read_text(encoding="utf-8")
