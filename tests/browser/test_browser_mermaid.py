"""Mermaid diagrams of every kind drawn by Mermaid as SVG, offline, in Voila and JupyterLab,
in the light and the dark theme, in Debian's chromium.

Requests to any host but 127.0.0.1 are aborted (``tests/support/browser.py``); the tests also
record every request and fail if a non-local one came from anything but Voila's own page (Font
Awesome), so Mermaid can only be the library the kernel sent. Each diagram must be a drawing:
SVG shapes Mermaid draws for its kind (a sequence diagram's actor boxes, a pie's slices...),
and none of its source text.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any
from urllib.parse import urlparse

import nbformat
from nbformat.v4 import new_code_cell, new_notebook
from playwright.sync_api import expect

from tests.support.app_page import AppPage, open_lab_notebook, open_voila_app, page_errors
from tests.support.browser import Server, write_notebook

SEQUENCE = """sequenceDiagram
    Alice->>Bob: Hello Bob
    Bob-->>Alice: Hi Alice"""
PIE = """pie title Pets adopted
    "Dogs" : 386
    "Cats" : 85
    "Rats" : 15"""
#: One diagram of each other kind: (its header word, the source, an SVG shape it must draw).
OTHERS = [
    ("flowchart", "flowchart LR\n    Start[Start here] --> Check{Working?}", "g.node"),
    ("classDiagram", "classDiagram\n    Animal <|-- Duck\n    Animal : +int age", "g.node"),
    ("stateDiagram", "stateDiagram-v2\n    [*] --> Still\n    Still --> Moving", "g.node"),
    ("erDiagram", "erDiagram\n    CUSTOMER ||--o{ ORDER : places", "g.node"),
    (
        "gantt",
        "gantt\n    dateFormat YYYY-MM-DD\n    section Work\n    Design :a1, 2024-01-01, 3d",
        "rect.task",
    ),
    ("journey", "journey\n    title My day\n    section Work\n      Code: 5: Me", "circle"),
    ("mindmap", "mindmap\n  root((Ideas))\n    One\n    Two", "g.mindmap-node"),
    ("timeline", "timeline\n    title History\n    2002 : LinkedIn\n    2004 : Facebook", "line"),
    ("gitGraph", "gitGraph\n    commit\n    branch dev\n    commit\n    checkout main\n    merge dev", "circle.commit"),
]  # fmt: skip

APP = (
    f"st.mermaid_chart({SEQUENCE!r}, alt='A greeting')\n"
    f"st.mermaid_chart({PIE!r})\n"
    + "".join(f"st.mermaid_chart({source!r})\n" for _, source, _ in OTHERS)
    + "st.mermaid_chart('flowchart TD\\n  A --> ]')\n"
    + "st.write('mermaid ready')"
)

#: The computed fill of the first element matching a selector inside an element.
FILL = "(el, sel) => getComputedStyle(el.querySelector(sel)).fill"


def _wait_fill(page: Any, chart: Any, selector: str, rgb: str) -> None:
    """Wait until the chart's (redrawn) SVG fills its first ``selector`` with ``rgb``."""
    page.wait_for_function(
        "([el, sel, rgb]) => { const s = el.querySelector(sel);"
        " return !!s && getComputedStyle(s).fill === rgb; }",
        arg=[chart.element_handle(), f"svg {selector}", rgb],
    )


def _check_sequence_and_pie(page: Any) -> tuple[Any, Any]:
    charts = page.locator(".rr-mermaid")
    sequence, pie = charts.nth(0), charts.nth(1)
    sequence.locator("svg rect.actor").first.wait_for()
    assert sequence.locator("svg rect.actor").count() >= 2  # Alice and Bob, top and bottom
    assert sequence.locator("svg text", has_text="Hello Bob").count() == 1
    assert sequence.locator("svg line, svg path").count() >= 2  # lifelines and messages
    assert "sequenceDiagram" not in sequence.inner_text()
    pie.locator("svg path.pieCircle").first.wait_for()
    assert pie.locator("svg path.pieCircle").count() == 3
    assert pie.locator("svg text", has_text="Pets adopted").count() == 1
    assert "pie title" not in pie.inner_text()
    return sequence, pie


def test_every_kind_of_mermaid_diagram_is_drawn_offline_in_voila_light_and_dark(
    browser_page: Any, voila: Server, voila_folder: Path
) -> None:
    folder = voila_folder
    cells = [new_code_cell("%load_ext rerunner"), new_code_cell("%%rerun\n" + APP)]
    nbformat.write(new_notebook(cells=cells), folder / "mermaid.ipynb")
    requests: list[str] = []
    browser_page.on("request", lambda request: requests.append(request.url))
    open_voila_app(browser_page, voila.url, f"{folder.name}/mermaid.ipynb", "mermaid ready")
    page = browser_page
    sequence, pie = _check_sequence_and_pie(page)
    assert sequence.locator("svg").first.get_attribute("aria-label") == "A greeting"
    charts = page.locator(".rr-mermaid")
    for i, (kind, _, shape) in enumerate(OTHERS, start=2):
        chart = charts.nth(i)
        chart.locator(f"svg {shape}").first.wait_for(state="attached")
        assert chart.locator(".rr-mermaid-error").count() == 0, kind
        assert kind not in chart.inner_text(), kind
    # A diagram Mermaid cannot parse shows Mermaid's message in its place, as in Streamlit.
    error = charts.nth(len(OTHERS) + 2).locator(".rr-mermaid-error")
    expect(error).to_contain_text("Mermaid diagram error: ")
    assert charts.nth(len(OTHERS) + 2).locator("svg").count() == 0

    # Light, then dark (Voila and JupyterLab mark it on <body>): redrawn in Streamlit's
    # dark colours, the actors' boxes and the pie's first slice darker than before.
    actor = sequence.locator("svg").element_handle()
    slices = pie.locator("svg").element_handle()
    light = (actor.evaluate(FILL, "rect.actor"), slices.evaluate(FILL, "path.pieCircle"))
    assert light == ("rgb(240, 242, 246)", "rgb(232, 242, 252)")
    page.evaluate("document.body.dataset.jpThemeLight = 'false'")
    _wait_fill(page, sequence, "rect.actor", "rgb(38, 39, 48)")
    _wait_fill(page, pie, "path.pieCircle", "rgb(23, 42, 62)")
    assert pie.locator("svg path.pieCircle").count() == 3

    remote = [u for u in requests if urlparse(u).hostname not in ("127.0.0.1", None)]
    remote = [u for u in remote if not urlparse(u).scheme.startswith(("data", "blob"))]
    assert [u for u in remote if "font-awesome" not in u and "fontawesome" not in u] == []
    assert not page_errors(browser_page)


def test_mermaid_diagrams_are_drawn_in_jupyterlab_light_and_dark(
    lab: Server, lab_root: Path, browser_page: Any
) -> None:
    app = f"%%rerun\nst.mermaid_chart({SEQUENCE!r})\nst.mermaid_chart({PIE!r})\nst.write('ready')"
    write_notebook(lab_root / "mermaid.ipynb", app)
    requests: list[str] = []
    browser_page.on("request", lambda request: requests.append(request.url))
    open_lab_notebook(browser_page, lab.url, "mermaid.ipynb")
    page = browser_page
    AppPage(page).wait_ready("ready")
    sequence, pie = _check_sequence_and_pie(page)
    assert sequence.locator("svg").element_handle().evaluate(FILL, "rect.actor") == (
        "rgb(240, 242, 246)"
    )
    try:
        page.evaluate(
            "() => window.jupyterapp.commands.execute('apputils:change-theme', "
            "{theme: 'JupyterLab Dark'})"
        )
        expect(page.locator("body")).to_have_attribute("data-jp-theme-light", "false")
        _wait_fill(page, sequence, "rect.actor", "rgb(38, 39, 48)")
        _wait_fill(page, pie, "path.pieCircle", "rgb(23, 42, 62)")
        assert pie.locator("svg path.pieCircle").count() == 3
    finally:  # the theme is a setting of the shared JupyterLab: later tests start from Light
        page.evaluate(
            "() => window.jupyterapp.commands.execute('apputils:change-theme', "
            "{theme: 'JupyterLab Light'})"
        )
        expect(page.locator("body")).to_have_attribute("data-jp-theme-light", "true")
    remote = [u for u in requests if urlparse(u).hostname not in ("127.0.0.1", None)]
    assert [u for u in remote if not urlparse(u).scheme.startswith(("data", "blob"))] == []
    assert not page_errors(browser_page)
