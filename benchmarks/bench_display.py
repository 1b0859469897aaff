"""The first display of a W-widget app in a real browser: Voila and JupyterLab, headless chromium.

    python benchmarks/bench_display.py [--widgets 1200,5000] [--loads 1] [--timeout 600] [--unpaced]

Each app is W/2 keyed sliders and W/2 lines of text (``apps.sliders_and_writes``), shown by a
``%%rerun`` cell. Above 500 new widgets the display is paced by the page's reports
(rerunner/render/pacing.py). For each front end and W the table gives the widgets the page
shows once complete (sliders, distinct slider labels, lines of text: each must be W/2), the
pacers left on the page (0 when complete), and the seconds until every widget was shown,
measured from the navigation (Voila: a kernel start, the notebook's execution, the page's
state request) or from JupyterLab's run-all command (the notebook already open, its kernel
started). ``--unpaced`` also loads each app with pacing switched off by a cell before it (the
display before pacing); a page that has not shown every widget after ``--timeout`` seconds is
counted as it stands ("never"). The machine's load average is printed beside the figures.
"""

from __future__ import annotations

import argparse
import os
import statistics
import tempfile
import time
from pathlib import Path

import _paths  # noqa: F401  (puts this checkout's rerunner and tests.support on the path)
from apps import sliders_and_writes
from report import machine, table

from tests.support.app_page import COUNT_SLIDERS_AND_LINES, all_sliders_and_lines, run_all_cells
from tests.support.browser import chromium, lab_server, voila_server, write_notebook

COUNT = COUNT_SLIDERS_AND_LINES


def wait_shown(page, half: int, timeout: float) -> tuple[bool, dict]:
    """Whether the page came to show every widget within ``timeout`` s; what it shows then."""
    from playwright.sync_api import TimeoutError as PageTimeout

    try:
        page.wait_for_function(all_sliders_and_lines(half), timeout=timeout * 1000, polling=250)
    except PageTimeout:
        return False, page.evaluate(COUNT) or {"sliders": 0, "labels": 0, "lines": 0, "pacers": 0}
    return True, page.evaluate(COUNT)


def open_lab(page, url: str, name: str) -> None:
    page.goto(f"{url}/lab/tree/{name}?reset")
    page.wait_for_function("() => window.jupyterapp && window.jupyterapp.shell.currentWidget"
                           " && window.jupyterapp.shell.currentWidget.sessionContext")  # fmt: skip
    page.evaluate(
        """async () => {
            const panel = window.jupyterapp.shell.currentWidget;
            await panel.context.ready;
            await panel.sessionContext.ready;
        }"""
    )


def load(browser, front: str, url: str, mode: str, w: int, args) -> list:
    """Load the W-widget notebook ``args.loads`` times in ``front``; the table's row."""
    seconds, counts, complete_all = [], {}, True
    name = f"{mode}_{w}.ipynb"
    for _ in range(args.loads):
        page = browser.new_page()
        try:
            if front == "Voila":
                started = time.perf_counter()
                page.goto(f"{url}/voila/render/{name}")
            else:
                open_lab(page, url, name)
                started = time.perf_counter()
                run_all_cells(page)
            done, counts = wait_shown(page, w // 2, args.timeout)
            complete_all &= done
            seconds.append(time.perf_counter() - started if done else float("nan"))
        finally:  # Voila's kernel goes with its page; Lab's with the server
            page.close(run_before_unload=True)
    label = front if mode == "display" else f"{front}, unpaced"
    return [w, label, counts["sliders"] + counts["lines"], counts["sliders"], counts["labels"],
            counts["lines"], counts["pacers"],
            statistics.median(seconds) if complete_all else "never"]  # fmt: skip


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--widgets", default="1200,5000")
    parser.add_argument("--loads", type=int, default=1)
    parser.add_argument("--timeout", type=float, default=600)
    parser.add_argument(
        "--unpaced",
        action="store_true",
        help="also load each app with pacing switched off (the display before pacing); "
        "a page that never completes is counted after --timeout",
    )
    args = parser.parse_args()
    sizes = [int(s) for s in args.widgets.split(",")]
    print(f"Machine: {machine()}\n")
    rows = []
    with tempfile.TemporaryDirectory(prefix="rerunner-display-") as tmp:
        root = Path(tmp)
        notebooks = root / "notebooks"
        notebooks.mkdir()
        unpace = "import rerunner.render.pacing as _pacing\n_pacing.THRESHOLD = 10**9"
        for w in sizes:
            app = "%%rerun\n" + sliders_and_writes(w // 2)
            write_notebook(notebooks / f"display_{w}.ipynb", app)
            write_notebook(notebooks / f"unpaced_{w}.ipynb", unpace, app)
        servers = {"Voila": voila_server(notebooks, root / "voila-state"),
                   "JupyterLab": lab_server(notebooks, root / "lab-state")}  # fmt: skip
        try:
            for server in servers.values():
                server.wait_ready()
            with chromium(root / "profile") as browser:
                modes = ["display", "unpaced"] if args.unpaced else ["display"]
                for w in sizes:
                    for mode in modes:
                        for front, server in servers.items():
                            rows.append(load(browser, front, server.url, mode, w, args))
                            print(rows[-1], flush=True)
        finally:
            for server in servers.values():
                server.stop()
    print(f"\nLoad average at the end: {os.getloadavg()[0]:.2f}\n")
    print(table(
        "First display in a browser (W/2 sliders + W/2 lines of text; seconds until every widget is shown)",
        ["W", "front end", "widgets shown", "sliders", "distinct labels", "lines", "pacers left",
         "s until all shown"],
        rows,
    ))  # fmt: skip


if __name__ == "__main__":
    main()
