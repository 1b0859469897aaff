"""annotate.image and annotate.text in a real Voila page in chromium: a box drawn with the mouse,
moved, resized, zoomed, relabelled with a number key and deleted; the same gestures by touch
(sent through chromium's debugging protocol, as a finger would); words selected in a sentence
and labelled, then removed by a click. Each step is checked in what the app prints, so it went
through the kernel."""

from __future__ import annotations

import ast
import re
import time
from pathlib import Path
from typing import Any

import nbformat
from nbformat.v4 import new_code_cell, new_notebook
from playwright.sync_api import expect

from tests.support.app_page import AppPage, open_voila_app, page_errors
from tests.support.browser import TIMEOUT_MS, Server

APP = """
from rerunner import annotate
import numpy as np
picture = np.full((100, 200, 3), 220, dtype=np.uint8)
boxes = annotate.image(picture, ["car", "person"], key="boxes", width=400)
st.write(f"boxes={boxes!r}")
spans = annotate.text("Ada Lovelace met Charles Babbage in London.", ["PER", "LOC"], key="spans")
st.write(f"spans={spans!r}")
st.write("annotators ready")
"""

SCALE = 2  # the 200-pixel picture is drawn 400 pixels wide


def printed(app: AppPage, name: str) -> Any:
    match = re.search(name + r"=(\[.*?\])\n", app.text() + "\n")
    assert match, app.text()
    return ast.literal_eval(match.group(1))


def wait_for(app: AppPage, name: str, check: Any) -> Any:
    """Wait until the printed value passes ``check`` (the kernel has run with the change)."""
    app.page.wait_for_function(
        "name => [...document.querySelectorAll('.rr-app')].some(a => a.innerText.includes(name + '='))",
        arg=name,
    )
    deadline = time.monotonic() + TIMEOUT_MS / 1000
    while time.monotonic() < deadline:
        value = printed(app, name)
        if check(value):
            return value
        app.page.wait_for_timeout(50)
    raise AssertionError(f"{name} never passed the check: {printed(app, name)}")


AT_CHARACTER = """n => {
    // A point inside the n-th character of the annotated text, in whole page pixels (a
    // fractional point exactly on a glyph's middle sometimes starts no selection in chromium).
    const runs = [...document.querySelector('.rr-ann-body').querySelectorAll('[data-start]')];
    const run = runs.filter(r => Number(r.dataset.start) <= n).pop();
    const range = document.createRange();
    const at = n - Number(run.dataset.start);
    range.setStart(run.firstChild, at);
    range.setEnd(run.firstChild, at + 1);
    const r = range.getBoundingClientRect();
    return [Math.round(r.left + r.width / 3), Math.round(r.top + r.height / 2)];
}"""


def at_character(page: Any, n: int) -> tuple[float, float]:
    x, y = page.evaluate(AT_CHARACTER, n)
    return x, y


def close(a: float, b: float) -> bool:
    return abs(a - b) <= 1.0  # a CSS pixel is half an image pixel; allow rounding either way


def box_is(x: float, y: float, w: float, h: float, label: str) -> Any:
    def check(value: list) -> bool:
        if len(value) != 1:
            return False
        r = value[0]
        return r["label"] == label and all(
            close(r[k], v) for k, v in zip("xywh", (x, y, w, h), strict=True)
        )

    return check


def test_draw_move_resize_zoom_relabel_delete_by_mouse_and_touch(
    browser_page: Any, voila: Server, voila_folder: Path
) -> None:
    folder = voila_folder
    cells = [new_code_cell("%load_ext rerunner"), new_code_cell("%%rerun\n" + APP.strip())]
    nbformat.write(new_notebook(cells=cells), folder / "annotate.ipynb")
    page = browser_page
    page.set_viewport_size({"width": 1000, "height": 900})
    app = open_voila_app(page, voila.url, f"{folder.name}/annotate.ipynb", "annotators ready")
    svg = app.root.locator(".rr-ann-svg")
    svg.wait_for(state="visible")
    assert svg.get_attribute("width") == "400"
    r = svg.bounding_box()
    ox, oy = r["x"], r["y"]

    # draw: from image (10, 10) to (50, 30)
    page.mouse.move(ox + 10 * SCALE, oy + 10 * SCALE)
    page.mouse.down()
    page.mouse.move(ox + 30 * SCALE, oy + 20 * SCALE, steps=4)
    page.mouse.move(ox + 50 * SCALE, oy + 30 * SCALE, steps=4)
    page.mouse.up()
    wait_for(app, "boxes", box_is(10, 10, 40, 20, "car"))

    # move it by (+10, +5)
    page.mouse.move(ox + 30 * SCALE, oy + 20 * SCALE)
    page.mouse.down()
    page.mouse.move(ox + 40 * SCALE, oy + 25 * SCALE, steps=5)
    page.mouse.up()
    wait_for(app, "boxes", box_is(20, 15, 40, 20, "car"))

    # resize by its bottom-right corner (now at (60, 35)) to (70, 45)
    handle = app.root.locator(".rr-ann-handle").nth(3)
    handle.wait_for(state="visible")
    page.mouse.move(ox + 60 * SCALE, oy + 35 * SCALE)
    page.mouse.down()
    page.mouse.move(ox + 70 * SCALE, oy + 45 * SCALE, steps=5)
    page.mouse.up()
    wait_for(app, "boxes", box_is(20, 15, 50, 30, "car"))

    # relabel with the keyboard: the box is selected, "2" is the second label
    page.keyboard.press("2")
    wait_for(app, "boxes", box_is(20, 15, 50, 30, "person"))

    # zoom in: the drawing grows and a drag still lands in image pixels
    app.root.get_by_role("button", name="Zoom in").click()
    page.wait_for_function(
        "() => document.querySelector('.rr-ann-svg').getAttribute('width') === '600'"
    )
    r = svg.bounding_box()
    ox, oy, zoomed = r["x"], r["y"], SCALE * 1.5
    page.mouse.move(ox + 30 * zoomed, oy + 25 * zoomed)
    page.mouse.down()
    page.mouse.move(ox + 40 * zoomed, oy + 25 * zoomed, steps=5)
    page.mouse.up()
    wait_for(app, "boxes", box_is(30, 15, 50, 30, "person"))

    # delete with the Delete key
    page.keyboard.press("Delete")
    wait_for(app, "boxes", lambda v: v == [])

    # touch: a finger draws a box, through chromium's input domain
    app.root.get_by_role("button", name="Zoom out").click()
    page.wait_for_function(
        "() => document.querySelector('.rr-ann-svg').getAttribute('width') === '400'"
    )
    r = svg.bounding_box()
    ox, oy = r["x"], r["y"]
    cdp = page.context.new_cdp_session(page)

    def touch(kind: str, x: float, y: float) -> None:
        points = [] if kind == "touchEnd" else [{"x": ox + x * SCALE, "y": oy + y * SCALE, "id": 1}]
        cdp.send("Input.dispatchTouchEvent", {"type": kind, "touchPoints": points})

    touch("touchStart", 100, 50)
    for step in range(1, 6):
        touch("touchMove", 100 + 8 * step, 50 + 6 * step)
    touch("touchEnd", 0, 0)
    wait_for(app, "boxes", box_is(100, 50, 40, 30, "person"))  # "2" chose the label too
    # ... and moves it
    touch("touchStart", 120, 60)
    for step in range(1, 6):
        touch("touchMove", 120 - 2 * step, 60 - 2 * step)
    touch("touchEnd", 0, 0)
    wait_for(app, "boxes", box_is(90, 40, 40, 30, "person"))
    assert not page_errors(page)


def test_label_words_in_a_sentence_and_remove_them(
    browser_page: Any, voila: Server, voila_folder: Path
) -> None:
    folder = voila_folder
    cells = [new_code_cell("%load_ext rerunner"), new_code_cell("%%rerun\n" + APP.strip())]
    nbformat.write(new_notebook(cells=cells), folder / "annotate.ipynb")
    page = browser_page
    app = open_voila_app(page, voila.url, f"{folder.name}/annotate.ipynb", "annotators ready")
    text = app.root.locator(".rr-ann-body")
    text.wait_for(state="visible")
    # a drag from inside "Ada" to inside "Lovelace" labels both whole words as PER
    x0, y0 = at_character(page, 1)
    x1, y1 = at_character(page, 7)
    page.mouse.move(x0, y0)
    page.mouse.down()
    page.mouse.move(x1, y1, steps=5)
    page.mouse.up()
    wait_for(app, "spans", lambda v: v == [(0, 12, "PER")])
    # the second label by its button, then a double-click on "London" selects the word
    app.root.get_by_role("button", name=re.compile("^LOC")).click()
    page.mouse.dblclick(*at_character(page, 38))  # inside "London"
    wait_for(app, "spans", lambda v: v == [(0, 12, "PER"), (36, 42, "LOC")])
    # a click on a labelled span removes it
    app.root.locator(".rr-ann-span").first.click()
    wait_for(app, "spans", lambda v: v == [(36, 42, "LOC")])
    assert not page_errors(page)


def _draw_a_box(app: AppPage) -> None:
    svg = app.root.locator(".rr-ann-svg").first
    svg.wait_for(state="visible")
    r = svg.bounding_box()
    page = app.page
    # a page behind others draws no frames, and chromium holds each mouse move for a frame
    # (about a second each): the drag is made on the page in front
    page.bring_to_front()
    page.mouse.move(r["x"] + r["width"] * 0.3, r["y"] + r["height"] * 0.3)
    page.mouse.down()
    page.mouse.move(r["x"] + r["width"] * 0.6, r["y"] + r["height"] * 0.7, steps=6)
    page.mouse.up()


def test_two_students_boxes_reach_the_teachers_page(
    voila: Any, browser: Any, screenshots: Path
) -> None:
    """Two visitors (two kernels) draw boxes in the photo notebook; a third page's teacher app
    reads the class store and shows both students' work. Then a student labels an entity in
    the sentences notebook. The gallery's pictures of both notebooks are taken here.

    The four pages are opened at once, so that their kernels start side by side rather than one
    after another; the teacher's page reads the store again when Refresh is clicked."""
    notebooks = [*["12_object_boxes.ipynb"] * 3, "13_named_entities.ipynb"]
    pages = [browser.new_page() for _ in notebooks]
    try:
        for page, notebook in zip(pages, notebooks, strict=True):
            page.goto(f"{voila.url}/voila/render/{notebook}", wait_until="commit")
        for page, student in zip(pages, ("Ada", "Bob"), strict=False):
            app = AppPage(page).wait_ready("Type your name")
            app.type_and_enter("Your name", student)
            _draw_a_box(app)
            app.expect_text("Boxes on china.jpg: 1.")
        teacher = AppPage(pages[2]).wait_ready("Type your name").of(1)
        teacher.click("Refresh")
        teacher.expect_text("Progress", "Ada", "Bob", "To review")
        teacher.pick("Show a student's boxes", "Bob")
        teacher.expect_text("Bob on china.jpg")
        # the boxes come in the annotator's own message and are drawn by its script, which may
        # be a moment after the caption's text shows: wait for them rather than count at once
        expect(teacher.root.locator(".rr-ann-svg rect.rr-ann-shape")).to_have_count(1)
        AppPage(pages[0]).screenshot(screenshots / "12_object_boxes.png")
        sentences = AppPage(pages[3]).wait_ready("Type your name")
        sentences.type_and_enter("Your name", "Ada")
        sentences.expect_text("0 of 5 sentences labelled")
        pages[3].mouse.dblclick(*at_character(pages[3], 6))  # "Lovelace"
        sentences.expect_text("1 of 5 sentences labelled")
        sentences.screenshot(screenshots / "13_named_entities.png")
        assert not any(page_errors(p) for p in pages)
    finally:
        for page in pages:
            page.close(run_before_unload=True)
