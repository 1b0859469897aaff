"""A multipage app in a real Voila page (pre-heated kernels, as the README recommends for a class),
driven by headless chromium: pages are switched by the navigation menu, by ``st.switch_page``
and by a page link; the page and the query parameters live in the URL (``#/page``, ``?...``),
so a reload shows the same page (a new pre-heated kernel, which ran the notebook before the
visitor came, learns the URL from the location widget) and the back button the previous one.
The example counter, pre-heated too, answers the visitor's clicks. One Voila with pre-heated
kernels serves both notebooks (a pool each).

Every wait is for a condition on the page or in the URL.
"""

from __future__ import annotations

import re
import shutil
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from playwright.sync_api import expect

from tests.support.app_page import AppPage, open_voila_app, page_errors
from tests.support.browser import Server, voila_server, write_notebook

PAGES_APP = """%%rerun
def home():
    st.title("Welcome home")
    st.page_link(lesson, label="Open the lesson", query_params={"week": "3"})
def lesson_page():
    st.title("The lesson")
    st.write(f"week = {st.query_params.get('week', 'none')}")
    if st.button("Go to the quiz"):
        st.switch_page(quiz)
def quiz_page():
    st.title("The quiz")
    st.write(f"zone = {st.context.timezone}, theme = {st.context.theme.type}")
lesson = st.Page(lesson_page, title="Lesson", url_path="lesson")
quiz = st.Page(quiz_page, title="Quiz", url_path="quiz")
st.navigation([st.Page(home, title="Home"), lesson, quiz]).run()
"""


def nav(app: AppPage, title: str) -> Any:
    return app.root.locator(".rr-nav-link").filter(has_text=title)


@pytest.fixture(scope="module")
def preheated(served_notebooks: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    """Voila with a pool of one pre-heated kernel per notebook (as the README recommends for a
    class), over the multipage app and a copy of the example counter."""
    folder = tmp_path_factory.mktemp("preheated")
    write_notebook(folder / "pages.ipynb", PAGES_APP)
    shutil.copy(served_notebooks / "01_counter.ipynb", folder)
    state = tmp_path_factory.mktemp("preheated-state")
    server = voila_server(folder, state, "--preheat_kernel=True", "--pool_size=1")
    try:
        server.wait_ready()
        yield server
    finally:
        server.stop()


def whole_log(server: Server) -> str:
    """The server's log from its start (``log_text`` keeps the end only): it serves both tests'
    notebooks, so a line of one may be followed by many of the other."""
    server.log_text()  # flushes
    return server.log.read_text(errors="replace")


def wait_for_log(server: Server, text: str, timeout: float = 90) -> None:
    deadline = time.monotonic() + timeout
    while text not in whole_log(server):
        assert time.monotonic() < deadline, f"{text!r} not in the log:\n{server.log_text()}"
        time.sleep(0.2)


def used_preheated(server: Server, notebook: str) -> bool:
    """Whether Voila has handed a pre-heated kernel of ``notebook`` to a visitor."""
    lines = whole_log(server).splitlines()
    return any("Using pre-heated kernel" in line and line.endswith(notebook) for line in lines)


def test_preheated_kernel(browser_page: Any, preheated: Server) -> None:
    """The README recommends pre-heated kernels for a class: the notebook runs before the visitor
    arrives, and the app must still answer the visitor's clicks."""
    wait_for_log(preheated, "Kernel pool of 01_counter.ipynb is filled")
    app = open_voila_app(browser_page, preheated.url, "01_counter.ipynb", "Count = 0")
    assert used_preheated(preheated, "01_counter.ipynb")
    app.click("Increment")
    app.expect_text("Count = 1")


def test_pages_live_in_the_url_of_a_preheated_voila_page(
    browser_page: Any, preheated: Server
) -> None:
    page = browser_page
    wait_for_log(preheated, "Kernel pool of pages.ipynb is filled")
    app = open_voila_app(page, preheated.url, "pages.ipynb", "Welcome home")
    assert used_preheated(preheated, "pages.ipynb")
    # the navigation menu
    nav(app, "Quiz").click()
    app.expect_text("The quiz")
    expect(page).to_have_url(re.compile(r"/pages\.ipynb#/quiz$"))
    # the browser's report reached st.context
    expect(app.root).to_contain_text(re.compile(r"zone = (?!None)[\w/]+, theme = light"))
    # the page link, with its query parameters
    nav(app, "Home").click()
    app.expect_text("Welcome home")
    expect(page).to_have_url(re.compile(r"/pages\.ipynb$"))
    app.root.locator(".rr-page-link").click()
    app.expect_text("The lesson", "week = 3")
    expect(page).to_have_url(re.compile(r"/pages\.ipynb\?week=3#/lesson$"))
    # st.switch_page
    app.click("Go to the quiz")
    app.expect_text("The quiz")
    expect(page).to_have_url(re.compile(r"/pages\.ipynb#/quiz$"))
    # a reload: a new (pre-heated) kernel, the same page
    page.reload()
    app = AppPage(page).wait_ready("The quiz")
    expect(app.root).to_contain_text(re.compile(r"zone = (?!None)[\w/]+"))
    # back: the lesson, with its query string
    page.go_back()
    expect(page).to_have_url(re.compile(r"/pages\.ipynb\?week=3#/lesson$"))
    app.expect_text("The lesson", "week = 3")
    page.go_back()
    app.expect_text("Welcome home")
    page.go_forward()
    app.expect_text("The lesson")
    assert not page_errors(page)


def test_a_notebook_with_two_apps_keeps_one_page_hash(voila: Any, browser_page: Any,
                                                     served_notebooks: Path) -> None:  # fmt: skip
    """An app without pages writes only its query parameters: the other app's page stays."""
    folder = served_notebooks / "pages"
    folder.mkdir(exist_ok=True)
    counter = '%%rerun\nn = int(st.query_params.get("n", 0))\nif st.button("More"):\n    n += 1\n    st.query_params["n"] = n\nst.write(f"n = {n}")'
    write_notebook(folder / "two.ipynb", PAGES_APP, counter)
    app = open_voila_app(browser_page, voila.url, "pages/two.ipynb", "Welcome home")
    nav(app, "Quiz").click()
    app.expect_text("The quiz")
    expect(browser_page).to_have_url(re.compile(r"#/quiz$"))
    other = app.of(1).wait_ready("n = 0")
    other.click("More")
    other.expect_text("n = 1")
    expect(browser_page).to_have_url(re.compile(r"\?n=1#/quiz$"))


def test_class_site(voila: Any, browser_page: Any, screenshots: Path) -> None:
    """The example: an exercise answered, the next one by its link, the teacher's page by its
    URL (its hash typed in), the home page's progress."""
    app = open_voila_app(browser_page, voila.url, "11_class_site.ipynb", "Python for beginners")
    nav(app, "Loops").click()
    app.expect_text("What does sum(range(4)) give?")
    app.type_and_enter("Your answer", "6")
    app.root.locator("button", has_text="Check").click()  # its label has an icon
    app.expect_text("Right!", "Done")
    expect(browser_page).to_have_url(re.compile(r"#/loops$"))
    app.root.locator(".rr-page-link").filter(has_text="Next exercise").click()
    app.expect_text("What is [4, 8, 15][-1]?")
    # a URL typed with another page's hash: the same document, the same kernel, that page
    browser_page.goto(voila.url + "/voila/render/11_class_site.ipynb#/teacher")
    app.expect_text("Teacher's page")
    expect(app.root.locator(".rr-nav-link").filter(has_text="Teacher")).to_have_count(0)
    nav(app, "Home").click()
    app.expect_text("1 of 3 exercises done")
    # a page drawn mid-run (its progress bar) keeps the location widget: no stale report
    expect(browser_page).to_have_url(re.compile(r"/11_class_site\.ipynb$"))
    app.expect_text("1 of 3 exercises done")
    app.expect_no_text("Not in the menu")
    app.screenshot(screenshots / "11_class_site.png")
    assert not page_errors(browser_page)


def test_jupyterlab_keeps_its_url_and_the_page_lives_in_the_kernel(
    lab: Any, lab_root: Path, browser_page: Any
) -> None:
    """In JupyterLab the URL names the notebook: switching pages and query parameters must not
    touch it; the page is the kernel's, and re-running the cell keeps it."""
    from tests.support.app_page import open_lab_notebook, run_cell

    write_notebook(lab_root / "pages.ipynb", PAGES_APP)
    open_lab_notebook(browser_page, lab.url, "pages.ipynb")
    app = AppPage(browser_page).wait_ready("Welcome home")
    url = browser_page.url
    app.root.locator(".rr-page-link").click()
    app.expect_text("The lesson", "week = 3")
    nav(app, "Quiz").click()
    app.expect_text("The quiz")
    # the browser's facts still arrive
    expect(app.root).to_contain_text(re.compile(r"zone = (?!None)[\w/]+"))
    assert browser_page.url == url
    browser_page.evaluate("() => document.querySelector('.rr-app').dataset.old = '1'")
    run_cell(browser_page, 1)  # the cell run again: a new app, on the same page
    browser_page.wait_for_function(
        "() => { const a = document.querySelector('.rr-app'); return a && !a.dataset.old; }"
    )
    AppPage(browser_page).wait_ready("The quiz")
    assert browser_page.url == url
    assert not page_errors(browser_page)
