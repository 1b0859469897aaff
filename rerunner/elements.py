"""The element tree a run builds: plain data, shared by the api, runtime and render layers."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


@dataclass
class Element:
    """One st call's output: an element, a widget, or a container of elements.

    ``kind`` names the render recipe; ``props`` is everything the front end shows (for a
    widget, its value in front-end form); ``id`` is the widget id, by which an input keeps
    its ipywidget across runs; ``children`` is set for containers only.
    """

    kind: str
    props: dict[str, Any] = field(default_factory=dict)
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


def container(kind: str = "container", **props: Any) -> Element:
    return Element(kind, props, children=[])


class _Enter:
    """The value a text field in a form sends when Enter is pressed: submit the form."""

    def __repr__(self) -> str:
        return "ENTER"


ENTER = _Enter()
