"""Real front ends for the browser tests: Voila and JupyterLab servers, Debian's chromium via
Playwright, and a page wrapper that finds rerunner's widgets the way a person would (by label).

Every server runs in its own process group with Jupyter and IPython state in a temporary folder,
and is stopped by its process id. The browser only ever reaches 127.0.0.1: requests to any other
host (Voila's CDN icon fonts, for one) are aborted so they fail at once instead of timing out.
"""

from __future__ import annotations

import os
import re
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import nbformat
from nbformat.v4 import new_code_cell, new_notebook

from tests.support import REPO

CHROMIUM = "/usr/bin/chromium"
# Without the background-networking flags chromium keeps trying to reach the internet.
CHROMIUM_ARGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
]  # fmt: skip
LOCAL = re.compile(r"^(https?|wss?)://(127\.0\.0\.1|localhost)(:\d+)?/")
#: Long enough for a kernel to start on a busy two-core machine.
TIMEOUT_MS = 60_000


def isolated_env(root: Path) -> dict[str, str]:
    """The environment for a server: Jupyter/IPython/XDG state under ``root``, this checkout first
    on the path (so kernels import the rerunner under test)."""
    env = dict(os.environ)
    for var, sub in (
        ("JUPYTER_RUNTIME_DIR", "runtime"), ("JUPYTER_DATA_DIR", "data"),
        ("JUPYTER_CONFIG_DIR", "config"), ("IPYTHONDIR", "ipython"),
        ("XDG_CONFIG_HOME", "xdg-config"), ("XDG_CACHE_HOME", "xdg-cache"),
        ("MPLCONFIGDIR", "mpl"), ("JUPYTERLAB_SETTINGS_DIR", "lab-settings"),
        ("JUPYTERLAB_WORKSPACES_DIR", "lab-workspaces"),
    ):  # fmt: skip
        path = root / sub
        path.mkdir(parents=True, exist_ok=True)
        env[var] = str(path)
    env["PYTHONPATH"] = os.pathsep.join(p for p in (str(REPO), env.get("PYTHONPATH", "")) if p)
    env.pop("JUPYTER_PATH", None)
    return env


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Server:
    """A Jupyter server process (Voila or JupyterLab) on 127.0.0.1, stopped by its pid."""

    def __init__(
        self, args: list[str], *, port: int, env: dict[str, str], log: Path, cwd: Path
    ) -> None:
        self.port = port
        self.log = log
        self._log_file = open(log, "wb")  # noqa: SIM115  (open for the server's lifetime; closed in stop)
        # Its own session: stopping the group also ends the kernels it started.
        self.process = subprocess.Popen(
            [sys.executable, "-m", *args], env=env, cwd=cwd,
            stdout=self._log_file, stderr=subprocess.STDOUT, start_new_session=True,
        )  # fmt: skip

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def wait_ready(self, timeout: float = 90) -> None:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(
                    f"server exited with {self.process.returncode}:\n{self.log_text()}"
                )
            try:
                socket.create_connection(("127.0.0.1", self.port), timeout=0.5).close()
                return
            except OSError:
                time.sleep(0.1)
        raise TimeoutError(f"server on port {self.port} not ready:\n{self.log_text()}")

    def log_text(self) -> str:
        self._log_file.flush()
        return self.log.read_text(errors="replace")[-5000:]

    def stop(self) -> None:
        """SIGTERM (the server shuts its kernels down), then SIGKILL to the group if it lingers."""
        pid = self.process.pid
        if self.process.poll() is None:
            os.kill(pid, signal.SIGTERM)
            try:
                self.process.wait(timeout=15)
            except subprocess.TimeoutExpired:
                pass
        try:
            os.killpg(pid, signal.SIGKILL)  # the group's id is the server's pid
        except ProcessLookupError:
            pass
        self.process.wait(timeout=15)
        self._log_file.close()


def write_notebook(path: Path, *cells: str) -> Path:
    """A notebook of code cells: ``%load_ext rerunner``, then ``cells``."""
    nb = new_notebook(cells=[new_code_cell(s) for s in ("%load_ext rerunner", *cells)])
    nb.metadata["kernelspec"] = {
        "name": "python3",
        "display_name": "Python 3",
        "language": "python",
    }
    nbformat.write(nb, path)
    return path


def voila_server(notebooks: Path, root: Path, *options: str) -> Server:
    """Voila serving a folder of notebooks (its tree page is the index)."""
    port = free_port()
    args = [
        "voila", str(notebooks), "--no-browser", f"--port={port}", "--Voila.ip=127.0.0.1",
        # Lets the page's unload beacon shut its kernel down (see the README on serving).
        "--Voila.tornado_settings", "disable_check_xsrf=True", *options,
    ]  # fmt: skip
    return Server(args, port=port, env=isolated_env(root), log=root / "voila.log", cwd=notebooks)


def lab_server(root_dir: Path, root: Path) -> Server:
    """JupyterLab on ``root_dir``, no token, its app object exposed for ``commands.execute``."""
    port = free_port()
    args = [
        "jupyterlab", "--no-browser", f"--port={port}", "--ServerApp.ip=127.0.0.1",
        "--IdentityProvider.token=", "--ServerApp.password=", "--ServerApp.disable_check_xsrf=True",
        f"--ServerApp.root_dir={root_dir}", "--LabApp.expose_app_in_browser=True",
        "--LabApp.check_for_updates_class=jupyterlab.NeverCheckForUpdate",
    ]  # fmt: skip
    if os.geteuid() == 0:
        args.append("--allow-root")
    env = isolated_env(root)
    # No "would you like news?" toast over the screenshots, and no update check (it goes online).
    settings = Path(env["JUPYTERLAB_SETTINGS_DIR"]) / "@jupyterlab" / "apputils-extension"
    settings.mkdir(parents=True, exist_ok=True)
    (settings / "notification.jupyterlab-settings").write_text(
        '{"fetchNews": "false", "checkForUpdates": false}'
    )
    return Server(args, port=port, env=env, log=root / "lab.log", cwd=root_dir)


@contextmanager
def playwright_driver() -> Iterator[Any]:
    """Playwright's driver. One per test session: its sync API refuses a second while one runs,
    so every chromium of the session is launched from this one (``chromium(..., driver=)``)."""
    from playwright.sync_api import sync_playwright

    with sync_playwright() as driver:
        yield driver


@contextmanager
def chromium(profile_dir: Path, extra_args: tuple[str, ...] = (), *,
             driver: Any = None) -> Iterator[Any]:  # fmt: skip
    """A headless Debian chromium with a fresh profile; only 127.0.0.1 is reachable.
    ``extra_args`` go on its command line (a test's fake camera and microphone); ``driver`` is
    the session's Playwright driver (without one, a driver of its own)."""
    if driver is None:
        with playwright_driver() as own:
            with chromium(profile_dir, extra_args, driver=own) as context:
                yield context
        return
    # Chromium's own state (crash reports, caches) goes under the profile folder too.
    env = dict(
        os.environ,
        XDG_CONFIG_HOME=str(profile_dir / "xdg-config"),
        XDG_CACHE_HOME=str(profile_dir / "xdg-cache"),
    )
    context = driver.chromium.launch_persistent_context(
        str(profile_dir), executable_path=CHROMIUM, headless=True,
        args=[*CHROMIUM_ARGS, *extra_args], viewport={"width": 1100, "height": 900}, env=env,
    )  # fmt: skip
    context.set_default_timeout(TIMEOUT_MS)
    context.route("**/*", _local_only)
    try:
        yield context
    finally:
        context.close()


def _local_only(route: Any) -> None:
    if LOCAL.match(route.request.url):
        route.continue_()
    else:
        route.abort()
