"""Where an app is: its page, its query string, and what the browser told about itself.

A multipage app's page and ``st.query_params`` are part of the app's state, as in Streamlit,
where they live in the browser's URL. Here one ``Location`` per app holds them in the kernel,
so they survive reruns (and a cell run again, which hands its location to the new app); the
browser is told of each change, and writes it into its URL where that is safe (Voila, see
``render/location.py``).

The browser speaks through two events the app receives like widget changes
(``App.submit``):

* ``NAVIGATE`` (a navigation entry, a page link): go to a page, with these query parameters;
* ``LOCATION`` (the page connected, or back/forward in the history): here is the browser's URL
  (only where the URL is the app's own: Voila), its theme, time zone and locale. A page or a
  query string there that differs from the kernel's wins: a reload keeps the page, and a
  pre-heated Voila kernel, which ran the notebook before any browser asked for it, learns its
  URL only now. The app then reruns if what changed is something its runs read.

The URL the app wants (``target``) is written into the tree's root each run; the view hands it
to the browser, which pushes it onto its history (a page change) or replaces the current entry
(a change of query parameters). The page is the hash, ``#/<url_path>`` (the server never sees
it, so any notebook server path stays valid), the query parameters the query string.

Plain data: no widget, no run context.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import parse_qsl, urlencode

#: What st.context may hand over from the browser's report, with the names the report uses.
BROWSER_FACTS = (
    "theme", "timezone", "timezone_offset", "locale", "url", "host", "user_agent", "cookies",
    "embedded",
)  # fmt: skip

#: The prefix of a URL hash that names a page (any other hash is the notebook's own anchor).
PAGE_HASH = "#/"


@dataclass
class PageInfo:
    """A page registered by the last ``st.navigation`` call: what links and switches look up."""

    url_path: str  # "" for the default page
    own_url_path: str  # the url_path it would have if it were not the default
    title: str
    icon: str
    script_path: str  # the resolved file of a file page, "" for a function
    help: str = ""
    external_url: str | None = None


@dataclass
class Location:
    """The page and query parameters of one app, and the browser's facts."""

    #: The url_path of the page asked for (by the URL, a link, ``st.switch_page``); None or ""
    #: for the default page.
    page: str | None = None
    query: list[tuple[str, str]] = field(default_factory=list)
    #: The browser's facts (``BROWSER_FACTS``), once a front end reported them.
    browser: dict[str, Any] = field(default_factory=dict)
    #: Where the URL is the app's (Voila): the browser writes the page into it.
    url_writable: bool = False
    #: The pages of the last ``st.navigation`` call (None: it was never called).
    pages: list[PageInfo] | None = None
    #: The url_path of the page the last run showed (None: a single-page app).
    shown: str | None = None
    #: The folder page files are relative to (the script's, or the notebook's).
    main_dir: str = field(default_factory=os.getcwd)
    #: Whether a run used the URL (st.query_params): the browser must be told of it.
    read: bool = False
    #: Whether a run read the browser's facts (st.context): a report that changes them reruns
    #: the app.
    read_facts: bool = False
    #: The page was asked for by the pages/ folder of a ``--file`` script (Streamlit's error
    #: texts differ).
    uses_pages_directory: bool = False
    #: Bumped whenever the kernel changes the URL; with ``mode`` ("push" for a new page,
    #: "replace" for new query parameters).
    seq: int = 0
    mode: str = "replace"
    #: A page change the next run starts with: the widgets of the page left are forgotten
    #: first, as Streamlit's page transition drops them before the new page runs.
    switched: bool = False
    #: The browser went back or forward: URL-bound widgets take the URL's values again.
    history: bool = False
    #: The keys of the widgets bound to the URL (``bind="query-params"``) in the last run and
    #: in this one: a key not drawn again takes its parameter out of the URL.
    bound: set[str] = field(default_factory=set)
    bound_now: set[str] = field(default_factory=set)
    _sent: tuple[str, str] = ("", "")  # the (search, hash) the browser was last told of

    @classmethod
    def from_environment(cls) -> Location:
        """A location that starts from the request Voila hands a kernel (``QUERY_STRING``)."""
        return cls(query=parse_qsl(os.environ.get("QUERY_STRING", ""), keep_blank_values=True))

    # --- what the app's code changes -----------------------------------------------------

    def navigate(self, page: str, query: list[tuple[str, str]] | None = None) -> None:
        """Go to ``page`` (its url_path) with these query parameters (none: an empty query
        string, as a page change in Streamlit clears it)."""
        self.page = page
        self.query = list(query or [])
        self.mode = "push"
        self.switched = True

    def set_query(self, pairs: list[tuple[str, str]]) -> None:
        self.query = list(pairs)

    # --- what the browser reports ----------------------------------------------------------

    def report(self, data: Any) -> bool:
        """Take a browser's report; True if the app must rerun to show it."""
        if not isinstance(data, dict):
            return False
        before = (self.page or "", list(self.query), dict(self.browser))
        facts = {k: data[k] for k in BROWSER_FACTS if k in data}
        self.browser.update(facts)
        self.url_writable = bool(data.get("writable"))
        if self.url_writable:
            search = data.get("search")
            hash_ = data.get("hash")
            if isinstance(search, str):
                self.query = parse_qsl(search.lstrip("?"), keep_blank_values=True)
            if isinstance(hash_, str) and (hash_.startswith(PAGE_HASH) or hash_ in ("", "#")):
                self.page = hash_[len(PAGE_HASH) :] if hash_.startswith(PAGE_HASH) else ""
            self._sent = (_search(self.query), _hash(self.page))
            self.mode = "replace"
        changed_place = (self.page or "", self.query) != before[:2]
        if (self.page or "") != before[0]:
            self.switched = True  # back/forward to another page: a page transition
        if changed_place and data.get("reason") == "history":
            self.history = True
        changed_facts = self.browser != before[2]
        return changed_place or (changed_facts and self.read_facts)

    def begin_run(self) -> None:
        self.bound_now = set()

    def end_run(self, completed: bool) -> None:
        """A full run ended: parameters of bound widgets it did not draw leave the URL."""
        self.history = False
        if not completed:
            return
        gone = self.bound - self.bound_now
        if gone:
            self.query = [(k, v) for k, v in self.query if k not in gone]
        self.bound = set(self.bound_now)

    # --- what the browser is told -----------------------------------------------------------

    def target(self) -> dict[str, Any]:
        """The URL the app wants, for the front end: a new ``seq`` whenever it changed."""
        wanted = (_search(self.query), _hash(self.shown))
        if wanted != self._sent:
            self._sent = wanted
            self.seq += 1
        mode, self.mode = self.mode, "replace"
        # An app without pages leaves the hash alone (another app's page, an anchor): None.
        hash_ = wanted[1] if self.pages is not None else None
        return {"search": wanted[0], "hash": hash_, "seq": self.seq, "mode": mode}

    def page_by_path(self, url_path: str | None) -> PageInfo | None:
        for info in self.pages or ():
            if info.url_path == (url_path or "") or (url_path and info.own_url_path == url_path):
                return info
        return None


def _search(pairs: list[tuple[str, str]]) -> str:
    return "?" + urlencode(pairs) if pairs else ""


def _hash(page: str | None) -> str:
    return PAGE_HASH + page if page else ""
