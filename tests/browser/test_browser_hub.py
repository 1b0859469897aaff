"""A real JupyterHub serving rerunner apps to a class and to the public.

The hub runs ``deploy/jupyterhub_config.py`` as a deployment would, on 127.0.0.1 with free ports,
the dummy authenticator and ``SimpleLocalProcessSpawner`` (a temporary home per user, no system
users), configurable-http-proxy from npm, jupyterhub-idle-culler as a hub service and
``rerunner run`` as the public ``apps`` service. Three students and their teacher sign in at
once from four browser contexts (a cookie jar each), the students label digits on the image
annotation dashboard in their own servers and kernels, and the teacher's page shows all three; a
fifth user who leaves while her server starts has it culled; two anonymous visitors get a kernel
each from the public service. Then the hub is stopped and nothing it started is left running.
"""

from __future__ import annotations

import os
import shutil
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

from tests.support import REPO, copy_notebooks
from tests.support.app_page import AppPage, page_errors
from tests.support.browser import TIMEOUT_MS, _local_only, free_port, isolated_env
from tests.support.class_store import stored_labels
from tests.support.procs import alive, descendants, is_kernel, port_free, wait_gone

CONFIG = REPO / "deploy" / "jupyterhub_config.py"
DASHBOARD = "/voila/render/notebooks/07_image_annotation.ipynb"
STUDENTS = {"ada": ["0", "1"], "bob": ["7"], "carol": ["0", "1", "?"]}
IDLE = "dana"  # signs in, looks, leaves: the culler's case
PASSWORD = "class-password"
#: A server's start (its kernel imports scikit-learn) on a busy two-core machine.
SPAWN_MS = 150_000


class Hub:
    """``jupyterhub -f deploy/jupyterhub_config.py`` in its own session, its output in a file."""

    def __init__(self, state: Path, notebooks: Path, class_folder: Path) -> None:
        self.state = state
        self.port, hub_port, api_port, self.apps_port = (free_port() for _ in range(4))
        self.log = state / "hub.log"
        env = isolated_env(state)
        env.update(
            RERUNNER_NOTEBOOKS=str(notebooks),
            RERUNNER_CLASS_FOLDER=str(class_folder),
            RERUNNER_HUB_AUTHENTICATOR="dummy",
            RERUNNER_HUB_PASSWORD=PASSWORD,
            RERUNNER_HUB_USERS=",".join([*STUDENTS, IDLE, "teacher"]),
            RERUNNER_HUB_ADMINS="teacher",
            RERUNNER_HUB_HOMES=str(state / "homes" / "{username}"),
            RERUNNER_HUB_DEFAULT_URL=DASHBOARD,
            # Seconds instead of minutes and an hour, so that culling is seen within the test.
            RERUNNER_HUB_ACTIVITY_INTERVAL="2",
            RERUNNER_HUB_CULL_TIMEOUT="6",
            RERUNNER_HUB_CULL_EVERY="2",
            # Only the student who leaves may be culled: the others' servers stay whatever the
            # machine's speed makes of their pauses.
            RERUNNER_HUB_CULL_USERS=IDLE,
            RERUNNER_APPS_PORT=str(self.apps_port),
        )
        self._log_file = open(self.log, "wb")  # noqa: SIM115  (closed in finish)
        self.process = subprocess.Popen(
            [sys.executable, "-m", "jupyterhub", "-f", str(CONFIG), "--ip=127.0.0.1",
             f"--port={self.port}", f"--JupyterHub.hub_port={hub_port}",
             f"--ConfigurableHTTPProxy.api_url=http://127.0.0.1:{api_port}"],
            env=env, cwd=state, stdout=self._log_file, stderr=subprocess.STDOUT,
            start_new_session=True,
        )  # fmt: skip
        self.ports = [self.port, hub_port, api_port, self.apps_port]
        self.seen: set[int] = set()

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def text(self) -> str:
        self._log_file.flush()
        return self.log.read_text(errors="replace")

    def wait_running(self, timeout: float = 120) -> None:
        self.wait_log(f"JupyterHub is now running at {self.url}/", timeout)

    def wait_log(self, line: str, timeout: float = 60) -> None:
        deadline = time.monotonic() + timeout
        while line not in self.text():
            if self.process.poll() is not None:
                raise RuntimeError(f"the hub exited:\n{self.text()[-5000:]}")
            assert time.monotonic() < deadline, f"no {line!r} in:\n{self.text()[-5000:]}"
            time.sleep(0.2)

    def processes(self) -> set[int]:
        """Every process the hub started and still parents; remembered for the final check
        (a server whose parent died would be reparented, and lost to a later walk)."""
        found = descendants(self.process.pid)
        self.seen |= found
        return found

    def server_of(self, user: str, timeout: float = 0) -> int:
        """The single-user server process of ``user``, by the hub's variables in its environment
        (waiting up to ``timeout`` seconds for the hub to start it)."""
        deadline = time.monotonic() + timeout
        while True:
            for pid in self.processes():
                if _environ(pid).get("JUPYTERHUB_USER") == user and not is_kernel(pid):
                    return pid
            assert time.monotonic() < deadline, f"no server for {user}"
            time.sleep(0.2)

    def finish(self) -> None:
        """Whatever happened, nothing the hub started stays (the test asserted what it must)."""
        self.processes()
        if self.process.poll() is None:
            os.killpg(self.process.pid, signal.SIGKILL)
            self.process.wait(timeout=15)
        for pid in self.seen:
            if alive(pid):
                os.kill(pid, signal.SIGKILL)
        self._log_file.close()


def _environ(pid: int) -> dict[str, str]:
    try:
        raw = Path(f"/proc/{pid}/environ").read_bytes()
    except OSError:
        return {}
    pairs = (item.partition(b"=") for item in raw.split(b"\0") if item)
    return {k.decode(errors="replace"): v.decode(errors="replace") for k, _, v in pairs}


def _cmdline(pid: int) -> str:
    try:
        return Path(f"/proc/{pid}/cmdline").read_bytes().replace(b"\0", b" ").decode()
    except OSError:
        return ""


@contextmanager
def people(session: Any, count: int) -> Iterator[list[Any]]:
    """Pages in ``count`` new browser contexts: a cookie jar each, as so many people."""
    contexts = []
    try:
        pages = []
        for _ in range(count):
            context = session.browser.new_context(viewport={"width": 1000, "height": 800})
            contexts.append(context)
            context.set_default_timeout(TIMEOUT_MS)
            context.route("**/*", _local_only)
            page = context.new_page()
            errors: list[Any] = []
            page._rr_errors = errors
            page.on("pageerror", lambda error, errors=errors: errors.append(error))
            pages.append(page)
        yield pages
    finally:
        for context in contexts:
            context.close()


def sign_in(pages: dict[str, Any], hub: Hub) -> None:
    """The hub's login form, filled in on every page at once, as a class does at the bell; the
    hub then spawns each server, which opens on the dashboard."""
    for page in pages.values():
        page.goto(f"{hub.url}/hub/login", wait_until="commit")
    for name, page in pages.items():
        page.locator("#username_input").fill(name)
        page.locator("#password_input").fill(PASSWORD)
        page.locator("#login_submit").click()


def on_dashboard(page: Any, hub: Hub, name: str) -> AppPage:
    page.wait_for_url(f"{hub.url}/user/{name}{DASHBOARD}*", timeout=SPAWN_MS)
    app = AppPage(page)
    app.root.wait_for(state="visible", timeout=SPAWN_MS)
    # st.user is the hub's user: the app fills the name in from it.
    app.expect_text("0 of 20 labelled")
    expect(app.text_input("Your name")).to_have_value(name)
    return app


@pytest.fixture
def patient_expect() -> Iterator[None]:
    """Waits as long as the page actions do: with five servers and their kernels on two shared
    cores, a rerun may take longer than ``expect``'s five seconds to reach the page."""
    before = expect._timeout
    expect.set_options(timeout=TIMEOUT_MS)
    try:
        yield
    finally:
        expect.set_options(timeout=before)


@pytest.fixture
def hub(tmp_path: Path) -> Iterator[Hub]:
    if shutil.which("configurable-http-proxy") is None:
        raise AssertionError("configurable-http-proxy is not installed (.ci/run installs it)")
    state = tmp_path / "hub"
    state.mkdir()
    notebooks = copy_notebooks(tmp_path / "notebooks")
    server = Hub(state, notebooks, tmp_path / "class")
    try:
        server.wait_running()
        yield server
    finally:
        server.finish()


def test_hub_class_and_public_apps(
    hub: Hub, tmp_path: Path, browser: Any, patient_expect: None
) -> None:
    class_folder = tmp_path / "class"
    counter = f"{hub.url}/services/apps/voila/render/01_counter.ipynb"
    with people(browser, 2) as visitors, people(browser, len(STUDENTS) + 2) as pages:
        # Two anonymous visitors open a public app while the class signs in (their kernels
        # start meanwhile); they are looked at once the class is done.
        for page in visitors:
            page.goto(counter, wait_until="commit")
        everybody = dict(zip([*STUDENTS, "teacher", IDLE], pages, strict=True))
        sign_in(everybody, hub)
        # Dana leaves as soon as her server is being started: her tab closes, and nothing
        # ever reaches her server.
        dana_page = everybody.pop(IDLE)
        dana_page.wait_for_url(f"{hub.url}/hub/spawn-pending/{IDLE}*", wait_until="commit")
        dana_page.context.close()
        # Found while it starts: the culler sees a server only once it is ready.
        dana_server = hub.server_of(IDLE, timeout=60)
        apps = {name: on_dashboard(page, hub, name) for name, page in everybody.items()}
        teacher = apps.pop("teacher")

        for name, app in apps.items():
            for done, choice in enumerate(STUDENTS[name], start=1):
                app.click(choice)
                app.expect_text(f"{done} of 20 labelled", f"Image {done + 1} of 20")
        # Each server holds its own session: its own name, its own progress.
        for name, app in apps.items():
            expect(app.text_input("Your name")).to_have_value(name)
            app.expect_text(f"{len(STUDENTS[name])} of 20 labelled")
            assert not page_errors(app.page), name
        # Each student's labels, in the one class store every server writes to.
        stored = stored_labels(class_folder)
        assert sorted(stored) == ["ada", "bob", "carol"]
        for name, choices in STUDENTS.items():
            assert [stored[name][i] for i in sorted(stored[name])] == choices
            # not beside the student's own copy of the notebook
            assert not (hub.state / "homes" / name / "notebooks" / "annotations").exists()

        # The teacher's page, open since before the labelling, reads the class store again
        # and shows all three.
        teacher.root.get_by_text("Class progress").click()
        rows = teacher.root.locator(".rr-dataframe .tabulator-row")
        expect(rows).to_have_count(0)  # nobody had labelled anything when it ran
        teacher.click("Refresh")
        expect(rows).to_have_count(3)
        # student, labelled, agreeing with the data set (its images 0, 1, 2 show 0, 1, 2)
        fields = ("student", "labelled", "agree with data set")
        for number, cells in enumerate((["ada", "2", "2"], ["bob", "1", "0"], ["carol", "3", "2"])):
            for field, text in zip(fields, cells, strict=True):
                cell = rows.nth(number).locator(f'.tabulator-cell[tabulator-field="{field}"]')
                expect(cell).to_have_text(text)
        assert not page_errors(teacher.page)

        # Dana's server, never used, is culled by the idle culler; the others' are not the
        # culler's to see.
        wait_gone(dana_server, timeout=90)
        assert f"Culling server {IDLE}" in hub.text()
        for name in STUDENTS:
            assert alive(hub.server_of(name)), name

        # The public apps: no login, a kernel per anonymous visitor.
        first_page, second_page = visitors
        first = AppPage(first_page).wait_ready("Count = 0")
        second = AppPage(second_page).wait_ready("Count = 0")
        assert first_page.url == counter  # not sent to the hub's login page
        first.click("Increment")
        first.expect_text("Count = 1")
        second.expect_text("Count = 0")
        second.click("Increment")
        second.click("Increment")
        second.expect_text("Count = 2")
        first.expect_text("Count = 1")
        (service,) = (pid for pid in hub.processes() if "rerunner run" in _cmdline(pid))
        assert len({pid for pid in descendants(service) if is_kernel(pid)}) == 2
        assert not page_errors(first_page) and not page_errors(second_page)

    # Stopping the hub stops its proxy, services and servers, and their kernels.
    started = hub.processes()
    assert len({pid for pid in started if is_kernel(pid)}) >= 4, hub.text()[-3000:]
    hub.process.send_signal(signal.SIGTERM)
    assert hub.process.wait(timeout=60) == 0, hub.text()[-5000:]
    for pid in hub.seen:
        wait_gone(pid, timeout=30)
    assert all(port_free(port) for port in hub.ports)
