"""Dialogs and ticking fragments in real Voila and JupyterLab pages, driven by headless chromium.

A dialog is opened, used and dismissed (Escape, a click beside it, its own button), and while it
is open the page behind it cannot be clicked: the point at the centre of a button behind it hits
the modal's layer, and a real click there reaches nothing. A fragment with ``run_every`` ticks
while a text typed elsewhere on the page, not yet committed, keeps its value and the focus.

Every wait is for a condition on the page; nothing depends on how fast the machine is. The
ticking app counts the presence reports its page sent (``presence.js``) by wrapping
``App.submit`` in the notebook, so the report is seen to reach the kernel.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from playwright.sync_api import expect

from tests.support.app_page import AppPage, open_lab_notebook, open_voila_app, page_errors
from tests.support.browser import Server, write_notebook

DIALOG_APP = """%%rerun
st.session_state.setdefault("clicks", 0)
st.session_state.setdefault("name", "nobody")


def behind():
    st.session_state.clicks += 1


st.button("Behind the dialog", on_click=behind)
st.write(f"clicks = {st.session_state.clicks}, name = {st.session_state.name}")


@st.dialog("Your name")
def ask():
    name = st.text_input("Name")
    if st.button("Submit"):
        st.session_state.name = name
        st.rerun()


@st.dialog("Locked", dismissible=False)
def locked():
    word = st.text_input("Word")
    if st.button("Done"):
        st.session_state.name = word or "locked"
        st.rerun()


if st.button("Open"):
    ask()
if st.button("Open locked"):
    locked()
"""

COUNT_PRESENCE = """
from rerunner.elements import PRESENCE
from rerunner.runtime.app import App

REPORTS = []
_submit = App.submit


def _counting_submit(self, widget_id, value):
    if widget_id == PRESENCE:
        REPORTS.append(value)
    return _submit(self, widget_id, value)


App.submit = _counting_submit
"""

TICKS_APP = """%%rerun
note = st.text_input("Note")


@st.fragment(run_every=0.3)
def clock():
    st.session_state.ticks = st.session_state.get("ticks", 0) + 1
    st.write(f"ticks = {st.session_state.ticks}, presence reports = {len(REPORTS)}")


clock()
st.write(f"note = {note or 'empty'}")
"""

#: The number a pattern's group matches in an app's text (``ticks = (\d+)`` -> 12), or null.
NUMBER = """([pattern, app]) => {
    const m = document.querySelectorAll('.rr-app')[app].innerText.match(new RegExp(pattern));
    return m ? Number(m[1]) : null;
}"""
TICKS = r"ticks = (\d+)"
READINGS = r"(\d+) readings taken"


def number(page: Any, pattern: str, app: int = 0) -> int | None:
    return page.evaluate(NUMBER, [pattern, app])


def wait_for_number(page: Any, pattern: str, at_least: int, app: int = 0) -> None:
    page.wait_for_function(
        f"args => {{ const n = ({NUMBER})(args); return n !== null && n >= args[2]; }}",
        arg=[pattern, app, at_least],
    )


def centre(locator: Any) -> tuple[float, float]:
    box = locator.bounding_box()
    return box["x"] + box["width"] / 2, box["y"] + box["height"] / 2


def hits_the_modal(page: Any, locator: Any) -> bool:
    """Whether a click at the centre of ``locator`` would land on a modal's layer."""
    x, y = centre(locator)
    return page.evaluate(
        "([x, y]) => Boolean(document.elementFromPoint(x, y)?.closest('.rr-modal-layer'))", [x, y]
    )


def beside(page: Any) -> tuple[float, float]:
    """A point on the open modal's layer, outside the dialog's box (its top left corner)."""
    box = page.locator(".rr-modal-layer").bounding_box()
    x, y = box["x"] + 8, box["y"] + 8
    assert page.evaluate(
        "([x, y]) => document.elementFromPoint(x, y)?.classList.contains('rr-modal-layer')", [x, y]
    )
    return x, y


#: The notebook panel's left edge and width when the open modal's layer lies exactly over it.
LAYER_ON_PANEL = """() => {
    const layer = document.querySelector('.rr-modal-layer').getBoundingClientRect();
    const panel = document.querySelector('.jp-NotebookPanel').getBoundingClientRect();
    const same = ['x', 'y', 'width', 'height'].every(k => Math.abs(layer[k] - panel[k]) < 2);
    return same ? `${Math.round(panel.x)} ${Math.round(panel.width)}` : null;
}"""


def use_dialogs(page: Any) -> None:
    """Open, use and dismiss the dialogs of ``DIALOG_APP`` (its page is showing ``clicks = 0``)."""
    app = AppPage(page)
    modal = page.locator(".rr-modal")
    behind = app.button("Behind the dialog")
    behind.scroll_into_view_if_needed()  # where the clicks beside the dialog go: in view

    # Open: the modal shows, focus moves to its first field, the page behind is covered.
    app.click("Open")
    expect(modal).to_be_visible()
    expect(modal).to_contain_text("Your name")
    expect(app.text_input("Name")).to_be_focused()
    assert hits_the_modal(page, behind)
    assert hits_the_modal(page, app.button("Open"))

    # Escape dismisses it, even with the focus in a text field (which keeps its keys to itself).
    page.keyboard.press("Escape")
    expect(modal).to_be_hidden()
    assert not hits_the_modal(page, behind)
    expect(app.button("Open")).to_be_focused()  # back where it was before the dialog opened

    # A click beside the dialog dismisses it.
    app.click("Open")
    expect(modal).to_be_visible()
    page.mouse.click(*beside(page))
    expect(modal).to_be_hidden()

    # Its own button: what was typed is submitted, st.rerun() closes it.
    app.click("Open")
    expect(modal).to_be_visible()
    field = app.text_input("Name")
    expect(field).to_be_focused()
    field.press_sequentially("Ada")
    app.click("Submit")
    expect(modal).to_have_count(0)  # the next full run no longer calls it: it is gone
    expect(app.button("Open")).to_be_focused()
    app.expect_text("name = Ada", "clicks = 0")

    # A dialog that is not dismissible ignores Escape and clicks beside it; a click on the button
    # behind it (under the layer or the dialog's box) reaches nothing.
    app.click("Open locked")
    expect(modal).to_be_visible()
    expect(modal).to_contain_text("Locked")
    expect(modal.locator(".rr-modal-close")).to_be_hidden()
    word = app.text_input("Word")
    expect(word).to_be_focused()
    page.keyboard.press("Tab")
    expect(app.button("Done")).to_be_focused()
    page.keyboard.press("Tab")
    expect(word).to_be_focused()  # Tab goes round the dialog, never to the page behind
    page.keyboard.press("Shift+Tab")
    expect(app.button("Done")).to_be_focused()
    word.press("Escape")
    page.keyboard.press("Escape")
    page.mouse.click(*beside(page))
    assert hits_the_modal(page, behind)
    page.mouse.click(*centre(behind))
    expect(modal).to_be_visible()  # the handlers ran synchronously: it would be hidden by now
    word.press_sequentially("kept")
    app.click("Done")
    expect(modal).to_have_count(0)
    app.expect_text("name = kept", "clicks = 0")  # a later run than the click behind: it was lost

    # Closed, the page takes clicks again.
    app.click("Behind the dialog")
    app.expect_text("clicks = 1")


def type_while_ticking(
    page: Any, field: Any, pattern: str, app: int = 0, text: tuple[str, str] = ("half", " typed")
) -> str:
    """Type into ``field`` (no Enter) and wait until the number ``pattern`` finds grew twice:
    the text typed and the focus stay, and further keys go on where typing left off."""
    first, more = text
    field.click()
    field.press_sequentially(first)
    start = number(page, pattern, app)
    assert start is not None
    wait_for_number(page, pattern, start + 2, app)
    expect(field).to_have_value(first)
    expect(field).to_be_focused()
    page.keyboard.type(more)
    expect(field).to_have_value(first + more)
    return first + more


# --- Voila ------------------------------------------------------------------------------------


def test_dialog_in_voila(voila: Server, browser_page: Any, served_notebooks: Path) -> None:
    folder = served_notebooks / "fragments"  # not an example: outside the index's listing
    folder.mkdir(exist_ok=True)
    write_notebook(folder / "dialog.ipynb", DIALOG_APP)
    app = open_voila_app(
        browser_page, voila.url, "fragments/dialog.ipynb", "clicks = 0, name = nobody"
    )
    # In Voila the layer covers the whole window.
    app.click("Open")
    box = browser_page.locator(".rr-modal-layer").bounding_box()
    assert box == {"x": 0, "y": 0, **browser_page.viewport_size}
    browser_page.keyboard.press("Escape")
    expect(browser_page.locator(".rr-modal")).to_be_hidden()
    use_dialogs(browser_page)
    assert not page_errors(browser_page)


def test_fragment_ticks_in_voila(voila: Server, browser_page: Any, served_notebooks: Path) -> None:
    folder = served_notebooks / "fragments"
    folder.mkdir(exist_ok=True)
    write_notebook(folder / "ticks.ipynb", COUNT_PRESENCE, TICKS_APP)
    app = open_voila_app(browser_page, voila.url, "fragments/ticks.ipynb", "note = empty")
    app.expect_text("ticks = ")
    # The page reported itself (presence.js) and the kernel heard it.
    expect(app.root).to_contain_text(re.compile(r"presence reports = [1-9]"))
    field = app.text_input("Note")
    typed = type_while_ticking(browser_page, field, TICKS)
    app.expect_text("note = empty")  # not committed: nothing but the fragment reran
    field.press("Enter")
    app.expect_text(f"note = {typed}")
    assert not page_errors(browser_page)


def test_live_board(voila: Server, browser_page: Any, screenshots: Path) -> None:
    """The example: the board moves while a note is typed; a record is edited in its dialog."""
    app = open_voila_app(browser_page, voila.url, "10_live_board.ipynb", "Records")
    app.expect_text("readings taken")
    note = app.text_input("Note for the shift")
    typed = type_while_ticking(
        browser_page, note, READINGS, text=("Pump B sounds rough,", " check it at noon")
    )
    note.press("Enter")
    app.expect_text(f"Note: {typed}")

    app.root.get_by_role("button", name="Edit").nth(1).click()  # Pump B
    modal = browser_page.locator(".rr-modal")
    expect(modal).to_be_visible()
    expect(modal).to_contain_text("Edit the record")
    name = app.text_input("Name")
    expect(name).to_be_focused()
    expect(name).to_have_value("Pump B")
    app.pick("Owner", "Linus")  # a widget in the dialog reruns the dialog alone
    name.fill("Pump B (rough)")
    wait_for_number(browser_page, READINGS, number(browser_page, READINGS) + 1)  # it ticks behind
    expect(name).to_have_value("Pump B (rough)")  # not committed yet, and still there
    expect(name).to_be_focused()
    expect(modal).to_be_visible()
    app.screenshot(screenshots / "10_live_board.png")
    app.click("Save")
    expect(modal).to_have_count(0)
    app.expect_text("Pump B (rough)")
    row = app.root.locator(".rr-columns").filter(has_text="Pump B (rough)")
    expect(row).to_contain_text("Linus")
    assert not page_errors(browser_page)


# --- JupyterLab -------------------------------------------------------------------------------


def test_dialog_and_ticks_in_jupyterlab(lab: Server, lab_root: Path, browser_page: Any) -> None:
    write_notebook(lab_root / "fragments.ipynb", COUNT_PRESENCE, DIALOG_APP, TICKS_APP)
    open_lab_notebook(browser_page, lab.url, "fragments.ipynb")
    dialogs = AppPage(browser_page).wait_ready("clicks = 0, name = nobody")
    ticks = AppPage(browser_page, 1).wait_ready("note = empty")

    # The modal covers the notebook panel, not the whole window (Lab's menus stay usable), and
    # follows it when the panel changes size (here: Lab's left area opens or closes).
    dialogs.click("Open")
    layer = browser_page.locator(".rr-modal-layer")
    expect(layer).to_be_visible()
    before = browser_page.evaluate(LAYER_ON_PANEL)
    assert before is not None
    browser_page.evaluate(
        "() => window.jupyterapp.commands.execute('application:toggle-left-area')"
    )
    browser_page.wait_for_function(
        f"before => {{ const now = ({LAYER_ON_PANEL})(); return now && now !== before; }}",
        arg=before,
    )
    browser_page.keyboard.press("Escape")
    expect(layer).to_be_hidden()

    use_dialogs(browser_page)
    ticks.expect_text("ticks = ")
    expect(ticks.root).to_contain_text(re.compile(r"presence reports = [1-9]"))
    typed = type_while_ticking(browser_page, ticks.text_input("Note"), TICKS, app=1)
    ticks.expect_text("note = empty")
    ticks.text_input("Note").press("Enter")
    ticks.expect_text(f"note = {typed}")
    assert not page_errors(browser_page)
