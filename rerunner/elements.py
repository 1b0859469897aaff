"""The element tree a run builds: plain data, shared by the api, runtime and render layers.

What each kind of element carries is its schema (``rerunner.schema``).
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, fields
from typing import Any

from .schema import SCHEMAS, Props, make_props


@dataclass(slots=True)
class Element:
    """One st call's output: an element, a widget, or a container of elements.

    ``kind`` names the render recipe; ``props`` is everything the front end shows (for a
    widget, its value in front-end form), typed by the kind's schema; ``id`` is the widget id, by which an input keeps
    its ipywidget across runs; ``children`` is set for containers only.
    """

    kind: str
    props: Props
    id: str | None = None
    children: list[Element] | None = None
    single: bool = False  # st.empty(): a new element replaces the one it holds

    def add(self, child: Element) -> Element:
        assert self.children is not None, f"{self.kind} is not a container"
        if self.single:
            self.children[:] = [child]
        else:
            self.children.append(child)
        return child

    def walk(self):
        """This element and all below it, in document order."""
        yield self
        for child in self.children or ():
            yield from child.walk()


def asks_the_page(element: Element) -> bool:
    """Whether ``element`` needs the page's aids (``render/page_aids.py``): a keyboard shortcut,
    an input attribute, or a multiselect whose suggestions the page narrows as the user types."""
    props = element.props
    if type(props) not in MAY_ASK:  # most kinds carry none of it: no attribute lookups
        return False
    if getattr(props, "shortcut", None) or getattr(props, "autocomplete", ""):
        return True
    return element.kind == "multiselect" and props.filter_mode != "fuzzy"


#: The props classes that can carry what ``asks_the_page`` looks for (checked first: most
#: elements are of none of them).
MAY_ASK = frozenset(
    cls
    for cls in SCHEMAS.values()
    if {"shortcut", "autocomplete", "filter_mode"} & {f.name for f in fields(cls)}
)


def new_element(kind: str, **props: Any) -> Element:
    """A ``kind`` element with these props (checked against the kind's schema)."""
    return Element(kind, make_props(kind, **props))


def container(kind: str = "container", **props: Any) -> Element:
    """An empty ``kind`` container with these props (checked against the kind's schema)."""
    return Element(kind, make_props(kind, **props), children=[])


class _Enter:
    """The value a text field in a form sends when Enter is pressed: submit the form."""

    def __repr__(self) -> str:
        return "ENTER"


ENTER = _Enter()

#: The widget id under which a page's presence report reaches the app (``App.submit``): a front
#: end shows the page. Fragments with ``run_every`` tick only while one does.
PRESENCE = "__rerunner_presence__"

#: The widget id under which the browser asks for another page of a multipage app (a choice in
#: the navigation menu, a page link): ``{"page": url_path, "query": query string}``.
NAVIGATE = "__rerunner_navigate__"

#: The widget id under which the browser reports its URL, theme, time zone and locale (when the
#: page connects, and on back/forward); see ``runtime/location.py``.
LOCATION = "__rerunner_location__"


def is_empty(ui_value: Any) -> bool:
    """Whether a widget's value, in front-end form, is what ``required`` refuses: nothing
    selected or entered, text of blanks only, no dates."""
    if ui_value is None:
        return True
    if isinstance(ui_value, str):
        return not ui_value.strip()
    return isinstance(ui_value, (list, tuple)) and not ui_value


def breaks_pattern(ui_value: Any, pattern: str) -> bool:
    """Whether a text fails ``validate``'s pattern (JavaScript flavour, not anchored), as the
    browser checks it: empty text is not checked, and a pattern Python's ``re`` cannot read
    (JavaScript-only syntax) checks nothing, as a browser ignores a pattern it cannot compile."""
    if not isinstance(ui_value, str) or not ui_value:
        return False
    compiled = _js_pattern(pattern)
    return compiled is not None and compiled.search(ui_value) is None


@functools.lru_cache(maxsize=64)
def _js_pattern(pattern: str) -> re.Pattern[str] | None:
    try:  # JavaScript's named groups are Python's (?P<name>...)
        return re.compile(re.sub(r"\(\?<(?=[A-Za-z_])", "(?P<", pattern))
    except re.error:
        return None
