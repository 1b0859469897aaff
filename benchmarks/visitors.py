"""Many visitors at once on one app: ``rerunner run`` with and without pre-heated kernels, beside
``streamlit run`` of the same script, measured the same way in Debian's chromium.

    python benchmarks/visitors.py [--visitors 1,5,20] [--clicks 3] [--servers rerunner,pool,streamlit]
                                  [--pool-refill-delay SECONDS]

For each server and each K a fresh server is started on a free port (``--pool K`` for the pool
rows, so the pool holds one kernel per visitor), then K pages in K browser contexts (K cookie
jars: K people) are opened at the same moment:

* **time to interactive**: from the page's navigation until its first widget (the Increment
  button) is visible *and* a click on it shows its effect (``Count = 1``); "first widget" is the
  first half alone;
* **click to update**, once all K are connected and interactive: each page in turn clicks
  ``--clicks`` times, each time until its text shows the new count;
* **memory per visitor**: for rerunner the resident memory (VmRSS) of each visitor's kernel
  (median); for Streamlit the growth of its one server process from before the visitors to
  all K connected, divided by K;
* **left after the pages close**: the pages close as a tab does (their ``beforeunload``
  handlers run: Voila's sends the beacon that shuts the page's kernel down), then the script
  waits until none of the visitors' kernels runs (or ``--disconnected-ttl`` + 60 s) and reports
  those still running, the seconds until the last went, and the memory of the server and the
  kernels it still holds (the pool's). The servers run with ``--disconnected-ttl 30`` (120 by
  default), so a kernel whose beacon was lost goes within the wait.

Then the server is stopped with SIGINT (Ctrl-C): "Ctrl-C clean" says every process it started
is gone, "s to stop" how long the exit took. The servers run without
``PYTHONDONTWRITEBYTECODE`` (set on this machine), so rerunner's modules load from compiled
files as an installed package's do, rather than being compiled again by every kernel.
A pool is ready when Voila logs that it is filled (each of its kernels has run the app); that
wait is not part of any figure.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import signal
import statistics
import subprocess
import sys
import tempfile
import time
import traceback
from dataclasses import dataclass, field
from pathlib import Path

import _paths  # noqa: F401  (puts this checkout's rerunner and tests.support on the path)
from report import machine, table

from tests.support.browser import CHROMIUM, CHROMIUM_ARGS, LOCAL, free_port, isolated_env
from tests.support.procs import alive, descendants, is_kernel

COUNTER = """\
import streamlit as st

if "count" not in st.session_state:
    st.session_state.count = 0
if st.button("Increment"):
    st.session_state.count += 1
st.write(f"Count = {st.session_state.count}")
"""
PAGE_TIMEOUT_MS = 600_000
#: A kernel whose page went without its beacon goes this long after (rerunner run's default is
#: 120 s; shorter here so that the wait after the pages close shows it).
DISCONNECTED_TTL = 30
#: ``--pool-refill-delay`` for the pool rows (None: rerunner run's default).
REFILL_DELAY: int | None = None
HAS_TEXT = "text => document.body && document.body.innerText.includes(text)"


# --- processes ----------------------------------------------------------------------------------


def rss_mb(pid: int) -> float:
    try:
        status = Path(f"/proc/{pid}/status").read_text()
    except OSError:
        return 0.0
    if "VmRSS:" not in status:  # a zombie holds no memory
        return 0.0
    return int(status.split("VmRSS:")[1].split()[0]) / 1024


def _default_sigint() -> None:
    # A shell starts background jobs with SIGINT ignored, and children inherit that: the
    # server must take Ctrl-C as a terminal's foreground command does, wherever this runs.
    signal.signal(signal.SIGINT, signal.SIG_DFL)


def _cmdline(pid: int) -> str:
    try:
        return Path(f"/proc/{pid}/cmdline").read_bytes().replace(b"\0", b" ").decode()[:120]
    except OSError:
        return "?"


class Server:
    """``rerunner run`` or ``streamlit run`` in its own session, its output in a file."""

    def __init__(self, kind: str, script: Path, state: Path, pool: int) -> None:
        self.kind = kind
        self.port = free_port()
        self.pool = pool
        self.log = state / f"{kind}-{self.port}.log"
        self._log_file = open(self.log, "wb")  # noqa: SIM115  (closed in stop)
        if kind == "streamlit":
            args = [
                "streamlit", "run", str(script), "--server.headless=true",
                f"--server.port={self.port}", "--server.address=127.0.0.1",
                "--browser.gatherUsageStats=false", "--server.fileWatcherType=none",
            ]  # fmt: skip
        else:
            args = ["rerunner", "run", str(script), "--port", str(self.port)]
            args += ["--disconnected-ttl", str(DISCONNECTED_TTL)]
            if pool:
                args += ["--pool", str(pool)]
                if REFILL_DELAY is not None:
                    args += ["--pool-refill-delay", str(REFILL_DELAY)]
        env = isolated_env(state)
        # As installed packages are: compiled once, not at every kernel's start.
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        self.process = subprocess.Popen(
            [sys.executable, "-m", *args], env=env, cwd=state,
            stdout=self._log_file, stderr=subprocess.STDOUT, start_new_session=True,
            preexec_fn=_default_sigint,
        )  # fmt: skip
        self.url = f"http://127.0.0.1:{self.port}/"

    def text(self) -> str:
        self._log_file.flush()
        return self.log.read_text(errors="replace")

    def wait_ready(self, timeout: float = 180) -> None:
        ready = "rerunner: serving at" if self.kind != "streamlit" else "view your Streamlit app"
        deadline = time.monotonic() + timeout
        while ready not in self.text():
            if self.process.poll() is not None or time.monotonic() > deadline:
                raise RuntimeError(f"{self.kind} did not start:\n{self.text()}")
            time.sleep(0.1)
        if self.pool:
            self._wait_pool_warm(deadline)

    def _wait_pool_warm(self, deadline: float) -> None:
        # Voila logs this once every kernel of the pool has run the notebook.
        while "Kernel pool of" not in self.text() or len(self.kernels()) < self.pool:
            if self.process.poll() is not None or time.monotonic() > deadline:
                raise RuntimeError(f"pool of {self.pool} not warm:\n{self.text()}")
            time.sleep(0.1)

    def kernels(self) -> list[int]:
        return sorted(pid for pid in descendants(self.process.pid) if is_kernel(pid))

    def memory_mb(self) -> float:
        """The server and everything it started."""
        pids = {self.process.pid} | descendants(self.process.pid)
        return sum(rss_mb(pid) for pid in pids)

    def stop(self) -> tuple[bool, float]:
        """Ctrl-C; whether every process it started is gone, and how long the exit took."""
        started = descendants(self.process.pid)
        began = time.perf_counter()
        if self.process.poll() is None:
            os.killpg(self.process.pid, signal.SIGINT)
            try:
                self.process.wait(timeout=180)
            except subprocess.TimeoutExpired:
                pass
        # Streamlit's server may leave its process group only after the loop ends.
        deadline = time.monotonic() + 30
        while any(alive(pid) for pid in started) and time.monotonic() < deadline:
            time.sleep(0.1)
        took = time.perf_counter() - began
        left = [pid for pid in started if alive(pid)]
        clean = self.process.poll() is not None and not left
        if not clean:
            print(
                f"  {self.kind}: exit {self.process.poll()}, still running after Ctrl-C: "
                f"{[_cmdline(pid) for pid in left]}\n{self.text()[-2000:]}",
                file=sys.stderr,
            )
        try:
            os.killpg(self.process.pid, signal.SIGKILL)
        except ProcessLookupError:
            pass
        self.process.wait(timeout=30)
        self._log_file.close()
        return clean, took


# --- visitors -----------------------------------------------------------------------------------


@dataclass
class Visit:
    first_widget: float = 0.0
    interactive: float = 0.0
    clicks: list[float] = field(default_factory=list)


def button_of(page, kind: str):
    scope = page.locator(".rr-app") if kind != "streamlit" else page
    return scope.get_by_role("button", name="Increment", exact=True)


async def arrive(page, server: Server, visit: Visit) -> None:
    started = time.perf_counter()
    await page.goto(server.url, wait_until="commit")
    button = button_of(page, server.kind)
    await button.wait_for(state="visible")
    visit.first_widget = time.perf_counter() - started
    await button.click()
    await page.wait_for_function(HAS_TEXT, arg="Count = 1", polling=20)
    visit.interactive = time.perf_counter() - started


async def click_each(pages, server: Server, visits: list[Visit], clicks: int) -> None:
    for n in range(2, clicks + 2):
        for page, visit in zip(pages, visits, strict=True):
            button = button_of(page, server.kind)
            started = time.perf_counter()
            await button.click()
            await page.wait_for_function(HAS_TEXT, arg=f"Count = {n}", polling=20)
            visit.clicks.append(time.perf_counter() - started)


async def local_only(route) -> None:
    if LOCAL.match(route.request.url):
        await route.continue_()
    else:
        await route.abort()


@dataclass
class Row:
    server: str
    visitors: int
    visits: list[Visit]
    rss_per_visitor: float
    kernels_after: int
    memory_after: float
    seconds_to_release: float
    clean_stop: bool
    seconds_to_stop: float


async def measure(browser, kind: str, visitors: int, clicks: int, script: Path, state: Path) -> Row:
    pool = visitors if kind == "pool" else 0
    server = Server("streamlit" if kind == "streamlit" else "rerunner", script, state, pool)
    contexts = []
    try:
        server.wait_ready()
        idle_server_mb = rss_mb(server.process.pid)
        warm = server.kernels()
        for _ in range(visitors):
            context = await browser.new_context(viewport={"width": 1000, "height": 800})
            context.set_default_timeout(PAGE_TIMEOUT_MS)
            await context.route("**/*", local_only)
            contexts.append(context)
        pages = [await context.new_page() for context in contexts]
        visits = [Visit() for _ in pages]
        await asyncio.gather(*(arrive(p, server, v) for p, v in zip(pages, visits, strict=True)))
        await click_each(pages, server, visits, clicks)

        held: list[int] = []
        if kind == "streamlit":
            grown = rss_mb(server.process.pid) - idle_server_mb
            rss_per_visitor = grown / visitors
        else:
            # With a pool of K, the K visitors took the K warm kernels (the pool refills with
            # new ones); without one, every kernel is a visitor's.
            held = warm if pool else server.kernels()
            assert len(held) == visitors, (held, server.kernels())
            rss_per_visitor = statistics.median(rss_mb(pid) for pid in held)

        # Close as a tab does: beforeunload runs (Voila's page sends its shutdown beacon there).
        closed = time.perf_counter()
        for page in pages:
            await page.close(run_before_unload=True)
        for page in pages:
            while not page.is_closed():
                await asyncio.sleep(0.05)
        deadline = time.monotonic() + DISCONNECTED_TTL + 60
        while any(alive(pid) for pid in held) and time.monotonic() < deadline:
            await asyncio.sleep(0.1)
        released = time.perf_counter() - closed
        kernels_after = sum(alive(pid) for pid in held)
        if kernels_after:
            print(
                f"  {kind}: kernels left {[p for p in held if alive(p)]}\n{server.text()[-4000:]}",
                file=sys.stderr,
            )
        memory_after = server.memory_mb()
    finally:
        for context in contexts:
            await context.close()
        clean, took = server.stop()
    return Row(
        kind, visitors, visits, rss_per_visitor, kernels_after, memory_after, released, clean,
        took,
    )  # fmt: skip


# --- the run ------------------------------------------------------------------------------------


def seconds(values: list[float]) -> tuple[float, float]:
    return statistics.median(values), max(values)


async def run(args: argparse.Namespace) -> list[Row]:
    from playwright.async_api import async_playwright

    rows = []
    with tempfile.TemporaryDirectory(prefix="rerunner-visitors-") as tmp:
        root = Path(tmp)
        script = root / "app" / "counter.py"
        script.parent.mkdir()
        script.write_text(COUNTER)
        async with async_playwright() as driver:
            browser = await driver.chromium.launch(
                executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS
            )
            try:
                for visitors in args.visitors:
                    for kind in args.servers:
                        state = root / f"{kind}-{visitors}"
                        state.mkdir()
                        try:
                            row = await measure(browser, kind, visitors, args.clicks, script, state)
                        except Exception:  # one configuration failing leaves the others' figures
                            traceback.print_exc()
                            continue
                        rows.append(row)
                        print(
                            f"  {kind}, K={visitors}: interactive "
                            f"{[round(v.interactive, 2) for v in row.visits]} s, clicks "
                            f"{[round(c * 1000) for v in row.visits for c in v.clicks]} ms",
                            file=sys.stderr, flush=True,
                        )  # fmt: skip
            finally:
                await browser.close()
    return rows


LABELS = {
    "rerunner": "rerunner run",
    "pool": "rerunner run --pool K",
    "streamlit": "streamlit run",
}


def report(rows: list[Row], clicks: int) -> str:
    out = []
    header = [
        "server", "K", "interactive median s", "interactive worst s", "first widget median s",
        "click median ms", "click worst ms", "MB per visitor",
        "visitor kernels left", "MB left", "s to release", "Ctrl-C clean", "s to stop",
    ]  # fmt: skip
    body = []
    for row in rows:
        interactive = seconds([v.interactive for v in row.visits])
        first = statistics.median(v.first_widget for v in row.visits)
        click = seconds([c for v in row.visits for c in v.clicks])
        left = "—" if row.server == "streamlit" else row.kernels_after
        body.append([
            LABELS[row.server], row.visitors, *interactive, first,
            click[0] * 1000, click[1] * 1000, row.rss_per_visitor, left, row.memory_after,
            row.seconds_to_release if row.server != "streamlit" else "—",
            "yes" if row.clean_stop else "NO", row.seconds_to_stop,
        ])  # fmt: skip
    out.append(table(f"K visitors at once on the counter app ({clicks} clicks each)", header, body))
    return "\n".join(out)


def targets(rows: list[Row]) -> str:
    by = {(r.server, r.visitors): r for r in rows}
    lines = ["### Targets", ""]
    pool5, st5 = by.get(("pool", 5)), by.get(("streamlit", 5))
    if pool5 and st5:
        ours = statistics.median(v.interactive for v in pool5.visits)
        theirs = statistics.median(v.interactive for v in st5.visits)
        met = "met" if ours <= theirs else "NOT met"
        lines.append(
            f"* time to interactive at K=5 with --pool 5: median {ours:.2f} s against "
            f"streamlit run's {theirs:.2f} s: {met}"
        )
    ours_rows = [r for r in rows if r.server != "streamlit"]
    if ours_rows:
        left = sum(r.kernels_after for r in ours_rows)
        met = "met" if left == 0 else "NOT met"
        lines.append(f"* visitor kernels left after the pages closed: {left} in all: {met}")
        worst = max(r.rss_per_visitor for r in ours_rows)
        met = "met" if worst < 80 else "NOT met"
        lines.append(f"* kernel RSS per visitor: at most {worst:.1f} MB (target < 80 MB): {met}")
    return "\n".join(lines) + "\n"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--visitors", default="1,5,20", help="the Ks, comma-separated")
    parser.add_argument("--clicks", type=int, default=3, help="clicks per page once all are in")
    parser.add_argument("--servers", default="rerunner,pool,streamlit")
    parser.add_argument(
        "--pool-refill-delay", type=int, default=None, metavar="SECONDS",
        help="passed to rerunner run for the pool rows (default: its own)",
    )  # fmt: skip
    args = parser.parse_args()
    global REFILL_DELAY
    REFILL_DELAY = args.pool_refill_delay
    args.visitors = [int(k) for k in args.visitors.split(",")]
    args.servers = args.servers.split(",")
    unknown = set(args.servers) - set(LABELS)
    if unknown:
        parser.error(f"unknown servers: {', '.join(sorted(unknown))}")
    print(machine())
    print()
    rows = asyncio.run(run(args))
    print(report(rows, args.clicks))
    print(targets(rows))


if __name__ == "__main__":
    main()
