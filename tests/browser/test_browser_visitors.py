"""A visitor's kernel goes when their page goes, beacon or not: ``rerunner run`` shuts down a
kernel whose page's websocket closed and did not come back within ``--disconnected-ttl``
seconds, and leaves alone the kernels whose pages are still open. Voila's own unload beacon is
lost now and then (benchmarks/visitors.py saw 2 of 5 kernels outlive their closed pages on this
busy machine before this existed); here one visitor's tab goes without running its
``beforeunload`` handlers (Playwright's plain ``page.close()``), so it sends none, as a crashed
tab or a lost network does."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from tests.browser.test_browser_serve import (
    APP,
    RerunnerRun,
    stop_with_ctrl_c,
    two_visitors,
)
from tests.support.app_page import AppPage, page_errors
from tests.support.procs import alive, is_kernel, wait_gone


def _kernels(server: RerunnerRun) -> set[int]:
    return {pid for pid in server.descendants() if is_kernel(pid)}


def test_a_kernel_whose_page_went_without_its_beacon_is_shut_down(
    tmp_path: Path, browser: Any
) -> None:
    folder = tmp_path / "myapp"
    folder.mkdir()
    (folder / "app.py").write_text(APP)
    state = tmp_path / "state"
    state.mkdir()
    server = RerunnerRun(folder / "app.py", state, "--disconnected-ttl", "2")
    try:
        url = server.wait_url()
        with two_visitors(browser) as (ada_page, bob_page):
            ada_page.goto(url)
            ada = AppPage(ada_page).wait_ready("Count = 0")
            (ada_kernel,) = _kernels(server)
            bob_page.goto(url)
            bob = AppPage(bob_page).wait_ready("Count = 0")
            (bob_kernel,) = _kernels(server) - {ada_kernel}
            ada.click("Increment")
            ada.expect_text("Count = 1")

            ada_page.close()  # beforeunload does not run: no beacon, the websocket just closes
            wait_gone(ada_kernel, timeout=90)
            assert "its page gone for 2 s" in server.text(), server.text()
            assert "Kernel shutdown" in server.text()

            # An open page's kernel is kept, however long ago Ada's went: Bob is still served.
            assert alive(bob_kernel)
            bob.click("Increment")
            bob.expect_text("Count = 1")
            assert _kernels(server) == {bob_kernel}
            assert not page_errors(bob_page)

            bob_page.close(run_before_unload=True)  # his beacon goes through (or the TTL acts)
            wait_gone(bob_kernel, timeout=90)
            assert _kernels(server) == set()
            stop_with_ctrl_c(server, set())
    finally:
        server.finish()
