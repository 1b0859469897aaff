"""``rerunner run`` as a visitor and an operator meet it: the command started as a subprocess on a
free port, a script and a notebook served, two visitors in two browser contexts (two cookie jars,
as two people) who click and type and keep their own session state, then Ctrl-C (SIGINT): the
command exits, every kernel it started is gone and its port is free again."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest
from playwright.sync_api import expect

from tests.support.app_page import AppPage, page_errors
from tests.support.browser import (
    TIMEOUT_MS,
    _local_only,
    free_port,
    isolated_env,
    write_notebook,
)
from tests.support.procs import alive, descendants, is_kernel, port_free, wait_gone

APP = """\
import os
import streamlit as st

st.title("Served counter")
if "count" not in st.session_state:
    st.session_state.count = 0
if st.button("Increment"):
    st.session_state.count += 1
name = st.text_input("Your name")
st.write(f"Count = {st.session_state.count}")
st.write(f"Hello {name or 'nobody'}")
st.write(f"Folder: {os.path.basename(os.getcwd())}")
"""


class RerunnerRun:
    """``python -m rerunner run TARGET`` in its own session, its output in a file."""

    def __init__(self, target: Path, state: Path, *options: str) -> None:
        self.port = free_port()
        self.log = state / "run.log"
        self._log_file = open(self.log, "wb")  # noqa: SIM115  (closed in finish)
        self.process = subprocess.Popen(
            [sys.executable, "-m", "rerunner", "run", str(target), "--port", str(self.port),
             *options],
            env=isolated_env(state), cwd=state, stdout=self._log_file,
            stderr=subprocess.STDOUT, start_new_session=True,
        )  # fmt: skip
        self.url = ""

    def wait_url(self, timeout: float = 60) -> str:
        """The URL the command prints once it listens."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            for line in self.text().splitlines():
                if line.startswith("rerunner: serving at "):
                    self.url = line.removeprefix("rerunner: serving at ").strip()
                    return self.url
            if self.process.poll() is not None:
                raise RuntimeError(f"rerunner run exited:\n{self.text()}")
            time.sleep(0.1)
        raise TimeoutError(f"no URL printed:\n{self.text()}")

    def text(self) -> str:
        self._log_file.flush()
        return self.log.read_text(errors="replace")

    def descendants(self) -> set[int]:
        return descendants(self.process.pid)

    def finish(self) -> None:
        """Whatever happened, nothing of the command stays (the test asserted what it must)."""
        if self.process.poll() is None:
            os.killpg(self.process.pid, signal.SIGKILL)
            self.process.wait(timeout=15)
        self._log_file.close()


@contextmanager
def two_visitors(session: Any) -> Iterator[tuple[Any, Any]]:
    """Two pages in two new browser contexts (two cookie jars: two people) of the session's
    chromium; one Playwright per test session, so the contexts come from its browser."""
    contexts = []
    try:
        pages = []
        for _ in range(2):
            context = session.browser.new_context(viewport={"width": 1000, "height": 800})
            contexts.append(context)
            context.set_default_timeout(TIMEOUT_MS)
            context.route("**/*", _local_only)
            page = context.new_page()
            errors: list[Any] = []
            page._rr_errors = errors
            page.on("pageerror", lambda error, errors=errors: errors.append(error))
            pages.append(page)
        yield pages[0], pages[1]
    finally:
        for context in contexts:
            context.close()


@pytest.fixture
def app_folder(tmp_path: Path) -> Path:
    folder = tmp_path / "myapp"
    folder.mkdir()
    (folder / "app.py").write_text(APP)
    write_notebook(folder / "apps.ipynb", f"%%rerun\n{APP}")
    return folder


@pytest.mark.parametrize(
    ("target", "options"),
    [("app.py", ()), ("apps.ipynb", ("--pool", "1", "--base-url", "/class/"))],
    ids=["script", "notebook"],
)
def test_run_serves_each_visitor_their_own_app(
    app_folder: Path, tmp_path: Path, browser: Any, target: str, options: tuple[str, ...]
) -> None:
    state = tmp_path / "state"
    state.mkdir()
    server = RerunnerRun(app_folder / target, state, *options)
    try:
        url = server.wait_url()
        assert url == f"http://127.0.0.1:{server.port}{'/class/' if options else '/'}"
        with two_visitors(browser) as (ada_page, bob_page):
            ada_page.goto(url)
            ada = AppPage(ada_page).wait_ready("Count = 0")
            # The kernel runs in the script's (notebook's) own folder, not a temporary one.
            ada.expect_text("Served counter", "Folder: myapp", "Hello nobody")
            bob_page.goto(url)
            bob = AppPage(bob_page).wait_ready("Count = 0")

            ada.click("Increment")
            ada.expect_text("Count = 1")
            ada.click("Increment")
            ada.expect_text("Count = 2")
            ada.type_and_enter("Your name", "Ada")
            ada.expect_text("Hello Ada")

            bob.expect_text("Count = 0", "Hello nobody")  # Ada's clicks are not Bob's
            bob.click("Increment")
            bob.expect_text("Count = 1")
            bob.type_and_enter("Your name", "Bob")
            bob.expect_text("Hello Bob")
            ada.expect_text("Count = 2", "Hello Ada")

            kernels = {pid for pid in server.descendants() if is_kernel(pid)}
            # two visitors, and with --pool 1 a pre-heated kernel waiting for the next one
            assert len(kernels) >= (3 if options else 2), server.text()
            assert not page_errors(ada_page) and not page_errors(bob_page)

            every = server.descendants() | kernels
            stop_with_ctrl_c(server, every)
    finally:
        server.finish()


def stop_with_ctrl_c(server: RerunnerRun, started: set[int]) -> None:
    """SIGINT, as Ctrl-C sends it: the command exits 0, having shut down every kernel it
    started (their pages may still be open), and nothing listens on its port any more."""
    started = started | server.descendants()
    # A terminal's Ctrl-C goes to its foreground process group: the command runs as the leader
    # of its own here, so this is that signal.
    os.killpg(server.process.pid, signal.SIGINT)
    assert server.process.wait(timeout=30) == 0, server.text()
    assert [pid for pid in started if alive(pid)] == [], server.text()
    assert port_free(server.port)
    assert "Kernel shutdown" in server.text()


def test_run_folder_serves_an_index_and_culls_idle_kernels(
    app_folder: Path, tmp_path: Path, browser: Any
) -> None:
    """The index lists the script (as a notebook) and the notebook; a visitor opens each from
    it; a kernel whose page went away without its unload beacon is culled by --cull-idle."""
    state = tmp_path / "state"
    state.mkdir()
    (app_folder / "helper.py").write_text("VALUE = 1\n")  # no streamlit import: not an app
    # Long enough for a kernel to start on a loaded machine: Voila's culler also takes a kernel
    # still starting (no page connected yet) for an idle one, and with 2 s it culled the second
    # page's kernel before its notebook ran.
    server = RerunnerRun(app_folder, state, "--cull-idle", "10")
    try:
        url = server.wait_url()
        with two_visitors(browser) as (visitor, _):
            # A tab that vanishes without telling the server (a crash, a lost network).
            visitor.context.route("**/voila/api/shutdown/**", lambda route: route.abort())
            visitor.goto(url)
            index = visitor.locator(".jp-DirListing-content")
            for name in ("app.ipynb", "apps.ipynb"):
                index.get_by_text(name, exact=True).wait_for()
            # Voila's index lists notebooks only: the helper module is no entry of its own
            expect(index.get_by_text("helper.py", exact=True)).to_have_count(0)

            with visitor.context.expect_page() as opened:
                index.get_by_text("app.ipynb", exact=True).click()
            script_page = opened.value
            assert script_page.url.startswith(f"{url}voila/render/app.ipynb")
            app = AppPage(script_page).wait_ready("Count = 0")
            app.expect_text("Folder: myapp")  # the real folder, not the served mirror
            app.click("Increment")
            app.expect_text("Count = 1")
            (kernel,) = {pid for pid in server.descendants() if is_kernel(pid)}
            script_page.close()
            wait_gone(kernel, timeout=60)  # the culler, since no beacon reached the server
            assert "Culling 'idle' kernel" in server.text(), server.text()

            with visitor.context.expect_page() as opened:
                index.get_by_text("apps.ipynb", exact=True).click()
            notebook_page = opened.value
            app = AppPage(notebook_page).wait_ready("Count = 0")
            app.type_and_enter("Your name", "Ada")
            app.expect_text("Hello Ada", "Folder: myapp")
            notebook_page.reload()  # a new page load is a new kernel: a new session
            AppPage(notebook_page).wait_ready("Hello nobody")
            stop_with_ctrl_c(server, {kernel})
    finally:
        server.finish()
