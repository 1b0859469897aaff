"""The JavaScript the package ships: built ES modules in ``rerunner/static/``.

Every custom widget's front end is an anywidget ES module. Its source lives in the repository's
``js/src/`` (one npm project builds them all with esbuild: ``cd js && npm ci && npm run build``);
the built files are committed inside the package, so ``pip install`` needs no node and nothing is
fetched at run time. ``tests/render/test_bundles.py`` fails when a bundle no longer matches its
sources.

A widget class names its module with ``_esm = module("name.js")``, read when the first widget of
that class is made, not when the class is defined: Graphviz, ECharts and Vega weigh a megabyte or
more each (several once Python holds them as text), and a kernel that never draws them, such as
one serving the counter app to a visitor, should not hold them.
"""

from __future__ import annotations

from importlib.resources import files

_READ: dict[str, str] = {}


def bundle(name: str) -> str:
    """The text of the built module ``rerunner/static/<name>`` (read once per kernel)."""
    text = _READ.get(name)
    if text is None:
        text = _READ[name] = files("rerunner").joinpath("static", name).read_text(encoding="utf-8")
    return text


def loaded() -> set[str]:
    """The bundles this process has read (what it holds in memory)."""
    return set(_READ)


class module:  # noqa: N801  (reads as the function it stands in for, in a class body)
    """An anywidget ``_esm`` read on first use: a widget instance sees the module's text; the
    class keeps this stand-in, which anywidget's class set-up leaves alone (it is no file path
    and no string), and which ``str()`` and ``len()`` still read as the text."""

    def __init__(self, name: str) -> None:
        self.name = name

    def __get__(self, instance: object, owner: type) -> str | module:
        return self if instance is None else bundle(self.name)

    def __str__(self) -> str:
        return bundle(self.name)

    def __len__(self) -> int:
        return len(bundle(self.name))
