"""Fragments at run time: the app's registry of ``@st.fragment`` functions and what a fragment
run needs to replace one part of the page.

Streamlit's model, which ``App`` follows:

* calling a fragment function runs it in a container of its own (a ``fragment`` element) and
  registers it under an id that stays the same from run to run (its definition, the fragment it
  was called in, and how many times that definition was called there before);
* a widget made inside a fragment belongs to it (``WidgetMeta.fragment``): a change of that
  widget reruns the fragment alone, its callbacks first; nothing outside it runs, and the rest
  of the page stays as it is;
* a fragment rerun builds a fresh container and puts it where the old one was (the page tree is
  the last full run's, changed in that one place), so the view redraws that part only;
* a full run reruns the fragments in place, and forgets those it no longer calls; a fragment
  rerun forgets the fragments nested in it that it no longer calls (dialogs excepted: they live
  until a full run);
* a fragment may write into a container made outside it (``st.sidebar``, a container of the
  page): its writes go into a ``fragment_wrapper`` placed there at its first write of the last
  full run, which its reruns replace. A rerun that writes into an outside container it did not
  write to in the last full run has no place there, and fails with Streamlit's error.

The api side (``api/fragment.py``) makes the records and runs the functions; ``App`` decides
what a run is for (the whole body or some fragments) and hands the replaced parts to the view.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any

from ..elements import Element


class FragmentHandledException(Exception):
    """Raised out of a fragment whose error box is already shown in it: in a full run it ends
    the body there, as in Streamlit; in a fragment run it ends that fragment only."""


@dataclass
class Fragment:
    """One registered fragment: what reruns it and where it is on the page."""

    id: str
    #: ``rerun()`` runs the function again into a fresh container,
    #: swapped in for ``element`` (see ``api/fragment.py``)
    rerun: Callable[..., Any]
    element: Element  # its container on the page
    parent: Element  # the container holding ``element``
    stack: list[Element]  # the containers around it when it was called (forms, sidebar...)
    parent_fragment: str | None
    key: str | None = None
    run_every: float | None = None
    dialog: bool = False  # lives until a full run that does not call it
    #: (outside container, its wrapper) for each container made outside it that it writes into
    wrappers: list[tuple[Element, Element]] = field(default_factory=list)
    place: int = 0  # where ``element`` was among ``parent``'s children at its last rerun


def fragment_id(token: str, parent: str | None, index: int) -> str:
    """The id of the ``index``-th call of the definition ``token`` inside fragment ``parent``
    (``None``: the body), stable from run to run while the calls are."""
    text = f"{token}\0{parent or ''}\0{index}"
    return hashlib.blake2b(text.encode("utf-8"), digest_size=16).hexdigest()


class Fragments:
    """The fragments an app's runs registered, by id, with Streamlit's lifetimes."""

    def __init__(self) -> None:
        self.by_id: dict[str, Fragment] = {}
        self._registered: set[str] = set()  # ids registered by the run in progress
        self.changed = False  # the set of ticking fragments may differ since ``ticking()``

    # --- a run ---------------------------------------------------------------------------------

    def begin(self) -> None:
        self._registered = set()

    def register(self, fragment: Fragment) -> None:
        old = self.by_id.get(fragment.id)
        if old is None or old.run_every != fragment.run_every:
            self.changed = True
        self.by_id[fragment.id] = fragment
        self._registered.add(fragment.id)

    def end_full_run(self) -> None:
        """After a full run: the fragments it did not call are gone."""
        for fid in [f for f in self.by_id if f not in self._registered]:
            self._drop(fid)

    def end_fragment_run(self, ran: Iterable[str]) -> None:
        """After a fragment run: the fragments nested in those that ran, and not called again,
        are gone (dialogs are kept until a full run)."""
        ran = set(ran)
        for fid, fragment in list(self.by_id.items()):
            if fid in self._registered or fragment.dialog:
                continue
            if self._inside(fragment, ran):
                self._drop(fid)

    def _inside(self, fragment: Fragment, ran: set[str]) -> bool:
        seen: set[str] = set()
        parent = fragment.parent_fragment
        while parent is not None and parent not in seen:
            if parent in ran:
                return True
            seen.add(parent)
            above = self.by_id.get(parent)
            parent = above.parent_fragment if above is not None else None
        return False

    def _drop(self, fid: str) -> None:
        fragment = self.by_id.pop(fid)
        if fragment.run_every:
            self.changed = True

    # --- queries ---------------------------------------------------------------------------

    def get(self, fid: str) -> Fragment | None:
        return self.by_id.get(fid)

    def resolve(self, keys: list[str]) -> tuple[list[str], str | None]:
        """The ids of the fragments declared with these keys, and the first key that has none
        (or None)."""
        ids: dict[str, None] = {}
        for key in keys:
            found = [f.id for f in self.by_id.values() if f.key == key]
            if not found:
                return [], key
            ids.update(dict.fromkeys(found))
        return list(ids), None

    def order(self, ids: Iterable[str]) -> list[str]:
        """``ids`` to run: known ones only, and none whose ancestor also runs (the ancestor
        runs it inline)."""
        wanted = [fid for fid in dict.fromkeys(ids) if fid in self.by_id]
        chosen = set(wanted)
        return [fid for fid in wanted if not self._inside(self.by_id[fid], chosen)]

    def ticking(self) -> dict[str, float]:
        """The fragments with ``run_every``, and their periods in seconds."""
        self.changed = False
        return {fid: f.run_every for fid, f in self.by_id.items() if f.run_every}

    def clear(self) -> None:
        self.by_id.clear()
        self.changed = True
