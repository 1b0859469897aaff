"""pytest fixtures for the browser tests: one Voila server over a copy of ``notebooks/``, one
JupyterLab server over a folder the tests write their notebooks into, one chromium for the
session, a fresh page per test, and the folder screenshots go to.

A test whose notebooks need no server configuration of their own writes them into its own
folder under the shared Voila's root (``voila_folder``) rather than starting a Voila: each start
and stop cost seconds of the run. Only the tests of a server's own options or lifetime (pre-heated
kernels, ``rerunner run``, the hub) start one.

Servers are stopped by process id in the fixtures' finalisers, whether the tests passed or not.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.support import copy_notebooks
from tests.support.browser import Server, chromium, lab_server, playwright_driver, voila_server


@pytest.fixture(scope="session")
def served_notebooks(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A copy of ``notebooks/``: the apps write files (annotations) next to themselves."""
    return copy_notebooks(tmp_path_factory.mktemp("served") / "notebooks")


@pytest.fixture(scope="session")
def voila(served_notebooks: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    server = voila_server(served_notebooks, tmp_path_factory.mktemp("voila-state"))
    try:
        server.wait_ready()
        yield server
    finally:
        server.stop()


@pytest.fixture
def voila_folder(served_notebooks: Path, request: pytest.FixtureRequest) -> Path:
    """A folder of the test's own under the shared Voila's root: its notebooks are served at
    ``{voila.url}/voila/render/{folder.name}/...``, out of the examples' index (which lists the
    top-level notebooks only), and run with the folder as their working directory."""
    folder = served_notebooks / re.sub(r"[^\w.-]", "-", request.node.name)
    folder.mkdir()
    return folder


@pytest.fixture(scope="session")
def lab_root(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """JupyterLab's root folder: each test writes the notebooks it opens there."""
    return tmp_path_factory.mktemp("lab-root")


@pytest.fixture(scope="session")
def lab(lab_root: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    server = lab_server(lab_root, tmp_path_factory.mktemp("lab-state"))
    try:
        server.wait_ready()
        yield server
    finally:
        server.stop()


@pytest.fixture(scope="session")
def driver() -> Iterator[Any]:
    """The session's Playwright driver, which every chromium is launched from."""
    with playwright_driver() as driver:
        yield driver


@pytest.fixture(scope="session")
def browser(driver: Any, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Any]:
    with chromium(tmp_path_factory.mktemp("chromium-profile"), driver=driver) as context:
        yield context


@pytest.fixture
def browser_page(browser: Any) -> Iterator[Any]:
    """A new tab; JavaScript errors on it are collected in ``page._rr_errors``."""
    page = browser.new_page()
    page._rr_errors = []
    page.on("pageerror", lambda error: page._rr_errors.append(error))
    try:
        yield page
    finally:
        page.close(run_before_unload=True)  # the unload beacon shuts the page's kernel down


@pytest.fixture(scope="session")
def screenshots(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Where screenshots go: ``$RERUNNER_SCREENSHOTS`` (the README gallery is made with
    ``RERUNNER_SCREENSHOTS=docs/screenshots``), else a temporary folder."""
    configured = os.environ.get("RERUNNER_SCREENSHOTS")
    return Path(configured).resolve() if configured else tmp_path_factory.mktemp("screenshots")
