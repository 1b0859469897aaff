"""A table shown one page of rows at a time: only the rows on screen go to the browser.

``PagedTable`` is a VBox (no custom JavaScript, so it works wherever ipywidgets do) holding the
page as HTML and a pager (first, previous, "rows 101-200 of 100,000", next, last). The pager's
buttons change the page in the kernel and update the HTML; they never rerun the app, as
scrolling a Streamlit dataframe does not. The page survives reruns while the table stays in
its place, and is kept within the rows the new data has.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from html import escape
from typing import Any

import ipywidgets as w
import traitlets

from .vdom import guard, shared_layout

PAGE_ROWS = 100  # rows sent per page
AUTO_ROWS = 10  # st.dataframe(height="auto") shows about this many rows, then scrolls
ROW_PX = 35


@dataclass(eq=False)
class TableSource:
    """The data and options of one table; equal to another only for the very same data object
    (comparing two DataFrames cell by cell on every rerun would cost more than a page)."""

    frame: Any
    options: dict[str, Any]

    def __eq__(self, other: object) -> bool:
        return (
            isinstance(other, TableSource)
            and other.frame is self.frame
            and other.options == self.options
        )

    __hash__ = None  # type: ignore[assignment]


def _cell(value: Any, placeholder: str) -> str:
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return f'<span class="rr-missing">{escape(placeholder)}</span>'
    try:
        import pandas as pd

        if value is pd.NA or value is pd.NaT:
            return f'<span class="rr-missing">{escape(placeholder)}</span>'
    except ImportError:  # pragma: no cover - a table needs pandas
        pass
    if isinstance(value, float):
        return _number(value)
    return escape(str(value))


def _number(value: float) -> str:
    """A float as a table shows it: whole numbers without decimals, others with up to four."""
    if math.isinf(value) or abs(value) >= 1e16:
        return str(value)
    if value.is_integer():
        return f"{value:.0f}"
    if abs(value) < 1e-4:
        return f"{value:.4g}"
    return f"{value:.4f}".rstrip("0").rstrip(".")


def _numeric(dtype: Any) -> bool:
    return getattr(dtype, "kind", None) in ("i", "u", "f")


def _label(value: Any) -> str:
    if isinstance(value, tuple):
        return escape(" / ".join(str(v) for v in value))
    return escape(str(value))


def page_html(frame: Any, start: int, stop: int, options: dict[str, Any]) -> str:
    """Rows ``start:stop`` of ``frame`` as an escaped HTML table."""
    columns = options.get("columns")
    part = frame.iloc[start:stop]
    if columns is not None:
        part = part[columns]
    placeholder = options.get("placeholder") or "None"
    show_index = not options.get("hide_index")
    head = ""
    if not options.get("hide_header"):
        index_head = (
            f'<th class="rr-index">{_label(frame.index.name or "")}</th>' if show_index else ""
        )
        head = (
            "<thead><tr>"
            + index_head
            + "".join(f"<th>{_label(c)}</th>" for c in part.columns)
            + "</tr></thead>"
        )
    rows = []
    column_values = [part.iloc[:, i].tolist() for i in range(part.shape[1])]
    # Numbers line up on the right, everything else on the left, as in Streamlit.
    opens = [
        '<td class="rr-num">' if _numeric(part.dtypes.iloc[i]) else "<td>"
        for i in range(part.shape[1])
    ]
    for r, index_value in enumerate(part.index.tolist()):
        index_cell = f'<th class="rr-index">{_label(index_value)}</th>' if show_index else ""
        cells = "".join(
            f"{td}{_cell(values[r], placeholder)}</td>"
            for td, values in zip(opens, column_values, strict=False)
        )
        rows.append(f"<tr>{index_cell}{cells}</tr>")
    alt = options.get("alt")
    aria = f' aria-label="{escape(alt)}"' if alt else ""
    row_height = options.get("row_height")
    style = f' style="--rr-row-height:{int(row_height)}px"' if row_height else ""
    return f'<table class="rr-table"{aria}{style}>{head}<tbody>{"".join(rows)}</tbody></table>'


def _max_height(options: dict[str, Any], rows: int) -> str:
    height = options.get("height")
    if isinstance(height, int) and not isinstance(height, bool):
        return f"max-height:{height}px;"
    if height == "auto" and rows > AUTO_ROWS:
        return f"max-height:{(AUTO_ROWS + 1) * (options.get('row_height') or ROW_PX) + 2}px;"
    return ""


class PagedTable(w.VBox):
    """A DataFrame shown a page at a time; set ``source`` (a ``TableSource``) to show data."""

    source = traitlets.Any(None)  # kernel-side only: never synced to the browser
    page = traitlets.Int(0)

    def __init__(self, **kwargs: Any) -> None:
        self._body = w.HTML(layout=shared_layout({"width": "100%"}))
        self._status = w.HTML(layout=shared_layout(None))
        self._buttons = {
            name: w.Button(description=label, tooltip=tip, layout=shared_layout({"width": "2.5rem"}))
            for name, label, tip in (("first", "«", "First page"), ("previous", "‹", "Previous page"),
                                     ("next", "›", "Next page"), ("last", "»", "Last page"))
        }  # fmt: skip
        for name, button in self._buttons.items():
            button.on_click(lambda _b, name=name: self.turn(name))
        b = self._buttons
        self._pager = w.HBox([b["first"], b["previous"], self._status, b["next"], b["last"]],
                             layout=shared_layout({"display": "none"}))  # fmt: skip
        self._pager.add_class("rr-pager")
        for part in (self._body, self._status, self._pager, *self._buttons.values()):
            guard(part)  # drawn by the kernel alone; the pager's clicks are its only input
        self._shown: tuple[Any, ...] | None = None
        super().__init__(children=(self._body, self._pager), **kwargs)
        self.observe(lambda _change: self._refresh(), names=["source", "page"])
        self._refresh()

    @property
    def rows(self) -> int:
        return 0 if self.source is None else len(self.source.frame)

    @property
    def pages(self) -> int:
        return max(1, math.ceil(self.rows / PAGE_ROWS))

    def turn(self, where: str) -> None:
        """Go to the first, previous, next or last page (what the pager's buttons do)."""
        target = {
            "first": 0,
            "previous": self.page - 1,
            "next": self.page + 1,
            "last": self.pages - 1,
        }[where]
        self.page = min(max(target, 0), self.pages - 1)

    def _refresh(self) -> None:
        if self.source is None:
            return
        if self.page >= self.pages:
            self.page = self.pages - 1  # the data shrank; the observer comes back here
            return
        frame, options = self.source.frame, self.source.options
        start, stop = self.page * PAGE_ROWS, min(self.rows, (self.page + 1) * PAGE_ROWS)
        part = frame.iloc[start:stop]
        shown = (
            start,
            stop,
            self.rows,
            tuple(map(str, frame.columns)),
            repr(sorted(options.items())),
        )
        if self._shown is None or self._shown[0] != shown or not self._shown[1].equals(part):
            border = options.get("border", True)
            classes = f"rr-table-box rr-table-{options.get('kind', 'dataframe')} rr-border-{border}"
            style = _max_height(options, stop - start)
            html = page_html(frame, start, stop, options)
            self._body.value = f'<div class="{classes}" style="{style}">{html}</div>'
            self._shown = (shown, part)
        with self.hold_sync():
            many = self.pages > 1
            self._pager.layout = shared_layout(None if many else {"display": "none"})
            self._status.value = (
                f'<span class="rr-pager-status">Rows {start + 1:,}–{stop:,} of {self.rows:,}</span>'
                if many
                else ""
            )
            for name in ("first", "previous"):
                self._buttons[name].disabled = self.page == 0
            for name in ("next", "last"):
                self._buttons[name].disabled = self.page >= self.pages - 1

    def close(self) -> None:
        """Close the pager's own widgets too (the reconciler only knows this one)."""
        for widget in (self._body, self._status, self._pager, *self._buttons.values()):
            widget.close()
        super().close()
