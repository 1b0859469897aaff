"""Pacing a large first display by what the front end reports it has received.

The widget protocol has no acknowledgements: every widget a render creates is a ``comm_open``
on iopub, and iopub drops what a slow reader has not taken beyond zmq's high-water mark (1,000
messages queued at the kernel, as many at the reader). A render that would create thousands of
widgets at once therefore loses some of them whenever the front end reads more slowly than the
kernel publishes, and raising the mark only moves the point where a stalled reader starts to
lose them.

So a render that would create more than ``THRESHOLD`` new widgets is shown in batches. The
layer sits around the reconciler, which it does not change: it keeps the full description of
the page and gives the reconciler a *prefix* of it (``prefix``: the first ``limit`` nodes in
page order; a plain box keeps the children that fit, any other container goes whole or not at
all, so a tab or an accordion never has fewer children than titles), plus one hidden ``Pacer``
anywidget (``js/src/pacer.js``) carrying a ``token``. Every render the reconciler sees is a
complete, consistent page: the widgets beyond the limit simply do not exist yet.

After each batch the kernel sets the pacer's ``token``. iopub keeps a kernel's messages in
order, so a front end that receives the token's update has received every ``comm_open`` of the
batch before it; the pacer then sends ``{"event": "shown", "token": t, "page": id}``. The
kernel keeps ``WINDOW`` (2) batches in flight: once every page known to be pacing has reported
all but the last one sent, ``Pacing.report`` renders the next ``BATCH`` nodes, in the comm
message's handler: on the kernel's event loop, between messages, never inside a body's run. So
the kernel makes a batch while the page takes in the one before, and at most about
``WINDOW * BATCH`` messages (800, under the 1,000 of one high-water mark) wait in the pipe
however long a reader stalls.

* **No front end** (a kernel executed by nbclient, nbconvert, or Voila before its page has
  connected): until some front end of this kernel has reported once, a batch nobody reports
  within ``FALLBACK`` seconds is followed by the next one anyway, one a second (``later``, the kernel's
  timer), so the page is eventually complete. Once a front end has reported, pacing waits for
  reports only: a stalled reader loses nothing, and a page opened later (Voila's page asks
  for every model's state, then its pacer reports the token it was given) takes it up again.
* **A rerun while batches are pending** renders the new page's prefix with the same limit (the
  widgets already shown stay shown, reconciled in place), and pacing goes on from there.
* **Several front ends**: two views of one output share one model, hence one report. Separate
  pages (two browser tabs) report under their own ids; the next batch waits for the slowest
  page that has reported during this display, and a page silent for ``STRAGGLER`` seconds while
  another has reported is dropped from the wait (a closed tab).
* **Small pages** (at most ``THRESHOLD`` new widgets) are rendered as before, with no pacer;
  so is every page of a view with no kernel behind it (no ``later``: the in-process harness,
  ``AppTest``, IPython without a kernel), where no front end could report and nothing is lost.

While a display is pending, fragment runs redraw the whole page (through the prefix), since a
fragment's container may lie beyond the limit.
"""

from __future__ import annotations

import dataclasses
import secrets
import time
from collections.abc import Callable
from typing import Any

import anywidget
import ipywidgets as w
import traitlets

from .bundles import module
from .vdom import V

#: A render creating more new widgets than this is paced; smaller pages render at once.
THRESHOLD = 500
#: Description nodes added per batch (a node is one widget, so about one ``comm_open``).
#: Well under iopub's high-water mark of 1,000, with room for the updates around it.
BATCH = 400
#: Batches sent and not yet reported by every page: the next is made while the page takes in
#: the last, and at most ``WINDOW * BATCH`` messages wait in the pipe.
WINDOW = 2
#: Seconds to wait for a report, before any front end of this kernel has reported, before
#: sending the next batch anyway.
FALLBACK = 1.0
#: Seconds after which a page that stopped reporting, while another page reported, no longer
#: holds the next batch back.
STRAGGLER = 10.0

#: Plain boxes: their children can be cut anywhere. Every other container goes whole.
_CUTTABLE = {w.VBox, w.HBox, w.Box}

#: The key of the pacer's description (element ids never look like this).
PACER_KEY = "__pacer__"

#: Whether some front end of this kernel has ever reported (then no batch goes unasked).
_SEEN = {"front_end": False}

Later = Callable[[float, Callable[[], None]], Callable[[], None]]


class Pacer(anywidget.AnyWidget):
    """Reports to the kernel which batch of a paced display the front end has received."""

    _esm = module("pacer.js")
    token = traitlets.Int(0).tag(sync=True)


def count(node: V, most: int | None = None) -> int:
    """The nodes of a description (one widget each); with ``most``, counting stops beyond it.
    Asked on every render of a paced view, so a loop over a stack rather than recursion (five
    times faster: a tenth of a millisecond for a page of 100 sliders and their lines)."""
    total = 0
    stack = [node]
    pop, extend = stack.pop, stack.extend
    while stack:
        children = pop().children
        total += 1
        if most is not None and total > most:
            break
        if children:
            extend(children)
    return total


def prefix(node: V, limit: int) -> tuple[V, int]:
    """The first ``limit`` nodes of ``node`` in page order (at least ``node`` itself), and how
    many that is. Unchanged subtrees are the very nodes given; a cut box is a copy."""
    if node.children is None:
        return node, 1
    kept: list[V] = []
    used = 1
    whole = True
    for child in node.children:
        size = 1 if child.children is None else count(child, limit - used)
        if used + size <= limit:
            kept.append(child)
            used += size
            continue
        whole = False
        if used < limit and child.children is not None and {node.cls, child.cls} <= _CUTTABLE:
            part, n = prefix(child, limit - used)
            kept.append(part)
            used += n
        break
    if whole:
        return node, used
    return dataclasses.replace(node, children=kept), used


class Pacing:
    """The paced display of one view: the full description, the limit shown, the pages waited
    for. ``render(description)`` renders what may be shown now (calling ``draw``, the view's
    reconciliation); ``report`` is the pacer's message handler."""

    def __init__(
        self,
        draw: Callable[[V, bool], Any],
        live_count: Callable[[], int],
        later: Later | None = None,
    ) -> None:
        self._draw = draw
        self._live_count = live_count
        self._later = later
        self.full: V | None = None  # the page to show, while a display is pending
        self.limit: int | None = None  # nodes shown of it (None: not pacing)
        self.token = 0  # the batch last sent
        self.batches = 0  # batches sent, over this view's life
        self.reports = 0  # reports taken (of a batch sent), over this view's life
        self.fallbacks = 0  # batches the fallback timer sent, nobody having reported
        self._pages: dict[str, tuple[int, float]] = {}  # page -> (last token, when)
        self._timer: Callable[[], None] | None = None
        self._straggling = False  # whether the timer armed is the straggler's
        self._pacer: w.Widget | None = None
        self._root: Any = None  # the root widget of the last render
        self._total = 0  # nodes of ``full``
        self._shown = 0  # nodes of it the last render showed

    @property
    def pending(self) -> bool:
        return self.limit is not None

    def render(self, description: V, partial: bool = False) -> Any:
        """Render ``description``, or as much of it as the pacing allows now."""
        if self.limit is None:
            if self._later is None:
                return self._draw(description, partial)
            most = self._live_count() + THRESHOLD
            if count(description, most) <= most:
                return self._draw(description, partial)
            self.limit = BATCH
            self._pages.clear()
            self._set_full(description)
            self._show(partial)
            self._fill(partial)  # the second batch too: one is made while the page takes one
            return self._root
        self._set_full(description)  # a rerun while pending: the same limit of the new page
        return self._show(partial)

    def _set_full(self, description: V) -> None:
        self.full = description
        self._total = count(description)

    def _show(self, partial: bool = False) -> Any:
        """Render the prefix the limit allows (a batch), then tell the pacer its token."""
        description = self.full
        assert description is not None and self.limit is not None
        shown, used = prefix(description, self.limit)
        self._shown = used
        if used >= self._total:
            self._finish()
            self._root = self._draw(description, partial)
            return self._root
        self.token += 1
        self.batches += 1
        page = dataclasses.replace(shown, children=[*(shown.children or ()), self._node()])
        self._root = self._draw(page, partial)
        # After the batch: the front end gets the token behind every comm_open of the batch.
        pacer = self._pacer
        if pacer is not None:
            pacer.token = self.token
        self._arm()
        return self._root

    def _node(self) -> V:
        return V(
            Pacer,
            {"_dom_classes": ("rr-pacer",)},
            key=PACER_KEY,
            on={"message": self._message},
            layout={"display": "none"},
            ref=self._ref,
        )

    def _ref(self, live: Any) -> None:
        self._pacer = live.widget

    def _message(self, content: Any, _buffers: Any = None) -> None:
        if not isinstance(content, dict) or content.get("event") != "shown":
            return
        token, page = content.get("token"), content.get("page")
        if isinstance(token, int) and isinstance(page, str) and 0 < len(page) <= 64:
            self.report(token, page)

    def report(self, token: int, page: str) -> None:
        """A page has received everything up to batch ``token``: once every page waited for
        has received all but the last ``WINDOW - 1`` batches sent, the next goes out."""
        _SEEN["front_end"] = True
        if self.limit is None or not 0 < token <= self.token:
            return  # nothing pending, or a token never sent (a forged report)
        self.reports += 1
        seen = self._pages.get(page, (0, 0.0))[0]
        self._pages[page] = (max(seen, token), time.monotonic())
        self._release()

    def _acked(self) -> int:
        """The last batch every page waited for has reported (0 before any report)."""
        return min((seen for seen, _at in self._pages.values()), default=0)

    def _release(self) -> None:
        floor = self.token - WINDOW + 1  # what every page must have for another batch to go
        behind = [p for p, (seen, _at) in self._pages.items() if seen < floor]
        if behind:
            if len(behind) == len(self._pages):
                return  # nobody has it yet
            now = time.monotonic()
            if any(now - self._pages[p][1] < STRAGGLER for p in behind):
                self._arm_straggler()
                return
            for p in behind:  # silent for long while others report: gone (a closed tab)
                del self._pages[p]
        self._fill()

    def _fill(self, partial: bool = False) -> None:
        """Send batches until ``WINDOW`` of them are unacknowledged, or the page is complete."""
        while self.limit is not None and self.token - self._acked() < WINDOW:
            self.advance(partial)

    def advance(self, partial: bool = False) -> None:
        """Show the next batch."""
        if self.limit is None or self.full is None:
            return
        while self.limit < self._total:
            self.limit += BATCH
            if self.limit >= self._total or prefix(self.full, self.limit)[1] > self._shown:
                break  # a container too big to cut waits until it fits whole
        self._show(partial)

    def _arm(self) -> None:
        self._cancel()
        if self._later is not None and not _SEEN["front_end"]:
            token = self.token
            self._timer = self._later(FALLBACK, lambda: self._fallback(token))

    def _arm_straggler(self) -> None:
        if self._later is not None and not (self._timer is not None and self._straggling):
            self._cancel()  # a fallback timer has no more use: a front end reports
            self._timer = self._later(STRAGGLER, self._straggler)
            self._straggling = True

    def _fallback(self, token: int) -> None:
        self._timer = None
        self._straggling = False
        if token == self.token and self.limit is not None and not _SEEN["front_end"]:
            self.fallbacks += 1
            self.advance()

    def _straggler(self) -> None:
        """A page has not reported for ``STRAGGLER`` seconds while another has: look again."""
        self._timer = None
        self._straggling = False
        if self.limit is not None:
            self._release()

    def _cancel(self) -> None:
        timer, self._timer = self._timer, None
        self._straggling = False
        if timer is not None:
            timer()

    def _finish(self) -> None:
        self._cancel()
        self.full = None
        self.limit = None
        self._pacer = None
        self._pages.clear()

    def close(self) -> None:
        self._finish()


def new_page_id() -> str:
    """A page's id as the front end makes one (for tests that stand in for a page)."""
    return secrets.token_hex(8)
