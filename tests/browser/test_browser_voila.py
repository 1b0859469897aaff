"""Each example app in a real Voila page, driven by headless chromium the way a visitor uses it:
clicks, typing with Enter, keyboard on sliders, picking options. Every assertion reads the page's
text after the kernel reran the app."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from playwright.sync_api import expect

from tests.support.app_page import AppPage, open_voila_app, page_errors
from tests.support.browser import Server
from tests.support.class_store import stored_labels


def test_counter(voila: Server, browser_page: Any, screenshots: Path) -> None:
    app = open_voila_app(browser_page, voila.url, "01_counter.ipynb", "Count = 0")
    app.expect_text("Counter Example")
    for expected in (1, 2, 3):
        app.click("Increment")
        app.expect_text(f"Count = {expected}")
    app.screenshot(screenshots / "01_counter.png")
    assert not page_errors(browser_page)


def test_callbacks(voila: Server, browser_page: Any, screenshots: Path) -> None:
    page = AppPage(browser_page)
    open_voila_app(browser_page, voila.url, "02_callbacks.ipynb", "Count = 0")
    plain, with_args, celsius, names = (page.of(i) for i in range(4))
    plain.click("Increment")
    plain.expect_text("Count = 1")
    with_args.expect_text("Count = 1")  # it read the count: it reruns after the other's click

    field = with_args.type_and_enter("Enter a value", "5")
    with_args.expect_text("Count = 1")
    with_args.click("Increment")
    with_args.expect_text("Count = 6")
    plain.expect_text("Count = 6")
    with_args.click("Decrement")
    with_args.expect_text("Count = 1")
    assert field.input_value() == "5"
    with_args.click("+")
    with_args.click("Increment")
    with_args.expect_text("Count = 7")

    celsius.expect_text("Fahrenheit: 122.0")
    celsius.slide("Temperature in Celsius", "End")
    celsius.expect_text("Fahrenheit: 212.0")
    celsius.slide("Temperature in Celsius", "Home")
    celsius.expect_text("Fahrenheit: -148.0")
    celsius.slide("Temperature in Celsius", "PageUp")
    celsius.expect_text("Fahrenheit: -147.9")

    name = names.type_and_enter("Your name", "Ada")
    names.expect_text("Names entered so far: Ada")
    assert names.has_focus(name), "the text input lost focus when its app reran"
    name.press("Control+a")
    name.press_sequentially("Grace")
    name.press("Enter")
    names.expect_text("Names entered so far: Ada, Grace")
    assert names.has_focus(name)
    app = AppPage(browser_page)
    app.screenshot(screenshots / "02_callbacks.png")
    assert not page_errors(browser_page)


def test_pagination(voila: Server, browser_page: Any, screenshots: Path) -> None:
    app = open_voila_app(browser_page, voila.url, "03_pagination.ipynb", "Page 1 of 15")
    app.expect_text("flowers 1–10 of 150")
    expect(app.button("Previous")).to_be_disabled()
    app.click("Next")
    app.expect_text("Page 2 of 15", "flowers 11–20 of 150")
    expect(app.text_input("Page")).to_have_value("2")  # the buttons and the field share a key

    field = app.type_and_enter("Page", "15")
    app.expect_text("Page 15 of 15", "flowers 141–150 of 150")
    assert app.has_focus(field), "the page field lost focus when its app reran"
    expect(app.button("Next")).to_be_disabled()
    app.click("Previous")
    app.expect_text("Page 14 of 15")
    app.screenshot(screenshots / "03_pagination.png")

    app.pick("Rows per page", "50")
    app.expect_text("Page 3 of 3", "flowers 101–150 of 150")  # clamped to the pages that exist
    app.pick("Species", "versicolor")
    app.expect_text("Page 1 of 1", "flowers 1–50 of 50")
    expect(app.root.locator(".rr-dataframe .tabulator-row").first).to_contain_text("versicolor")
    expect(app.root.locator(".rr-dataframe")).not_to_contain_text("setosa")
    assert not page_errors(browser_page)


def test_dependent_widgets(voila: Server, browser_page: Any, screenshots: Path) -> None:
    app = open_voila_app(
        browser_page, voila.url, "04_dependent_widgets.ipynb", "Paris, France: about 2.1 million"
    )
    app.pick("City", "Lyon")
    app.expect_text("Lyon, France: about 0.5 million")
    app.pick("Country", "Japan")
    app.expect_text("Tokyo, Japan: about 14.0 million")  # Lyon is not a Japanese city: first one
    assert app.select("City").locator("option").all_inner_texts() == [
        "Tokyo",
        "Osaka",
        "Kyoto",
        "Sapporo",
    ]

    field = app.type_and_enter("Add a city to Japan", "Nagoya")
    app.expect_text("Nagoya was added by you")
    expect(field).to_have_value("")
    assert app.has_focus(field), "the text input lost focus when its app reran"
    browser_page.keyboard.type("Fukuoka")  # still focused: the keys land in the same field
    browser_page.keyboard.press("Enter")
    app.expect_text("Fukuoka was added by you")
    assert app.select("City").locator("option").all_inner_texts()[-2:] == ["Nagoya", "Fukuoka"]
    expect(app.select("City")).to_have_value("Fukuoka")  # the new city is selected

    app.slide("Nights", "End")
    expect(app.slider_readout("Nights")).to_have_text("14")
    app.click("+")
    note = app.text_input("Note for the hotel")
    note.fill("late arrival")
    browser_page.wait_for_timeout(300)  # a rerun, if anything caused one, would show by now
    app.expect_no_text("Planned:")  # nothing in a form reruns the app before it is submitted
    app.expect_text("Plan a trip to Fukuoka")
    app.click("Plan trip")
    app.expect_text("Planned: 14 nights in Fukuoka (Japan) for 3, note: late arrival")

    note.fill("quiet room")
    note.press("Enter")  # Enter in a form's text input submits the form
    app.expect_text("Planned: 14 nights in Fukuoka (Japan) for 3, note: quiet room")
    app.screenshot(screenshots / "04_dependent_widgets.png")
    assert not page_errors(browser_page)


def test_tic_tac_toe(voila: Server, browser_page: Any, screenshots: Path) -> None:
    app = open_voila_app(browser_page, voila.url, "05_tic_tac_toe.ipynb", "X to move")
    squares = app.root.locator(".rr-column .rr-columns button")  # the board: columns in a column
    expect(squares).to_have_count(9)
    for square, next_mover in ((0, "O"), (3, "X"), (1, "O"), (4, "X")):
        squares.nth(square).click()
        app.expect_text(f"{next_mover} to move")
    expect(squares.nth(0)).to_be_disabled()  # a played square cannot be played again
    squares.nth(2).click()
    app.expect_text("X wins!", "Score: X 1 · O 0 · draws 0")
    assert [t.strip() for t in squares.all_inner_texts()] == [
        "X",
        "X",
        "X",
        "O",
        "O",
        "",
        "",
        "",
        "",
    ]
    for square in range(9):
        expect(squares.nth(square)).to_be_disabled()  # the game is over

    app.click("New game")
    app.expect_text("X to move")
    expect(squares.nth(0)).to_be_enabled()
    app.checkbox("Computer plays O").check()
    squares.nth(0).click()
    expect(squares.nth(4)).to_have_text("O")  # the computer takes the centre
    squares.nth(8).click()
    expect(squares.nth(2)).to_have_text("O")  # then a corner
    squares.nth(6).click()
    expect(squares.nth(7)).to_have_text("O")  # blocks X's bottom row
    squares.nth(3).click()  # X completes the left column
    app.expect_text("X wins!", "Score: X 2 · O 0 · draws 0")
    app.screenshot(screenshots / "05_tic_tac_toe.png")
    assert not page_errors(browser_page)


def test_battleship(voila: Server, browser_page: Any, screenshots: Path) -> None:
    app = open_voila_app(browser_page, voila.url, "06_battleship.ipynb", "Fire when ready.")
    app.expect_text("Battleship — game 1", "Torpedoes left: 20")
    sea = app.root.locator(".rr-columns button")
    expect(sea).to_have_count(36)
    expect(sea.filter(has_text="■")).to_have_count(0)  # the fleet is hidden
    app.checkbox("Show the fleet").check()
    expect(sea.filter(has_text="■")).to_have_count(7)
    ships = [i for i, text in enumerate(sea.all_inner_texts()) if text.strip() == "■"]
    app.checkbox("Show the fleet").uncheck()
    expect(sea.filter(has_text="■")).to_have_count(0)

    water = next(i for i in range(36) if i not in ships)
    sea.nth(water).click()
    app.expect_text(": miss.", "Torpedoes left: 19 · hits: 0 of 7")
    expect(sea.nth(water)).to_have_text("○")
    for hits, square in enumerate(ships, start=1):
        sea.nth(square).click()
        app.expect_text(f"hits: {hits} of 7")
        expect(sea.nth(square)).to_have_text("✖")
    app.expect_text("You sank the fleet with 8 torpedoes!")
    for square in (0, 17, 35):
        expect(sea.nth(square)).to_be_disabled()
    app.screenshot(screenshots / "06_battleship.png")

    app.click("New game")
    app.expect_text("Battleship — game 2", "Torpedoes left: 20 · hits: 0 of 7", "Fire when ready.")
    expect(sea.filter(has_text="✖")).to_have_count(0)
    assert not page_errors(browser_page)


def test_index(voila: Server, browser_page: Any, screenshots: Path, served_notebooks: Path) -> None:
    apps = sorted(
        p.name for p in served_notebooks.glob("[0-9][0-9]_*.ipynb") if p.name != "00_index.ipynb"
    )
    app = open_voila_app(
        browser_page, voila.url, "00_index.ipynb", f"{len(apps)} of {len(apps)} example apps"
    )
    links = app.root.locator("h4 a")  # each app's title links to its dashboard
    assert sorted(links.evaluate_all("links => links.map(a => a.getAttribute('href'))")) == apps
    app.screenshot(screenshots / "00_index.png")

    app.type_and_enter("Filter", "torpedoes")
    app.expect_text(f"1 of {len(apps)} example apps")
    expect(links).to_have_count(1)
    with browser_page.context.expect_page() as opened:
        links.first.click()
    game = opened.value
    try:
        AppPage(game).wait_ready("Fire when ready.")
    finally:
        game.close(run_before_unload=True)

    # Voila's own tree page at the root lists the notebooks too.
    browser_page.goto(voila.url + "/")
    for name in apps:
        expect(browser_page.get_by_text(name)).to_be_visible()


def test_image_annotation(
    voila: Server, browser_page: Any, screenshots: Path, served_notebooks: Path
) -> None:
    app = open_voila_app(browser_page, voila.url, "07_image_annotation.ipynb", "Type your name")
    name = app.type_and_enter("Your name", "Ada")
    app.expect_text("0 of 20 labelled", "Image 1 of 20")
    assert app.has_focus(name), "the name field lost focus when its app reran"
    expect(app.root.locator("img")).to_have_count(1)
    for done, digit in enumerate(["0", "1", "7"], start=1):
        app.click(digit)
        app.expect_text(f"{done} of 20 labelled", f"Image {done + 1} of 20")
    app.click("Undo last label")
    app.expect_text("2 of 20 labelled", "Image 3 of 20")
    app.click("?")
    app.expect_text("3 of 20 labelled")

    with browser_page.expect_download() as download:
        app.root.get_by_text("Download my labels (CSV)").click()
    assert download.value.suggested_filename == "Ada.csv"
    rows = Path(download.value.path()).read_text().splitlines()
    assert rows[0] == "image,label,dataset_label" and [r.split(",")[1] for r in rows[1:]] == [
        "0",
        "1",
        "?",
    ]

    app.root.get_by_text("Class progress").click()
    expect(app.root.locator(".rr-dataframe")).to_contain_text("Ada")
    app.screenshot(screenshots / "07_image_annotation.png")

    # A new visit is a new kernel with empty session state; the labels come back from the store.
    browser_page.reload()
    app = AppPage(browser_page).wait_ready("Type your name")
    app.type_and_enter("Your name", "Ada")
    app.expect_text("3 of 20 labelled", "Image 4 of 20")

    # The teacher's review page: Ada's "?" for image 3 (a 2) is the one disagreement; picking
    # 2 in the editor's label column corrects it in the store.
    app.root.locator(".rr-nav-link", has_text="Review").click()
    app.expect_text("Review the class's labels", "Showing 1 of 3 labels: 1 in disagreement")
    row = app.root.locator(".tabulator-row").first
    label = row.locator('.tabulator-cell[tabulator-field="label"]')
    expect(label).to_have_text("?")
    expect(row.locator('.tabulator-cell[tabulator-field="student"]')).to_have_text("Ada")
    expect(row.locator('.tabulator-cell[tabulator-field="digit"] img')).to_have_attribute(
        "src", re.compile("^data:image/svg")
    )
    app.screenshot(screenshots / "07_image_annotation_review.png")
    label.dblclick()
    browser_page.locator(".tabulator-edit-list-item").filter(has_text=re.compile(r"^2$")).click()
    app.expect_text("Showing 0 of 3 labels: 0 in disagreement, 0 checked.", "Nothing to review")
    assert stored_labels(served_notebooks / "annotations")["Ada"] == {0: "0", 1: "1", 2: "2"}

    # every label, and a tick in "checked" is stored too
    app.root.get_by_role("button", name="All labels").click()
    app.expect_text("Showing 3 of 3 labels")
    checked = (
        app.root.locator(".tabulator-row")
        .nth(1)
        .locator('.tabulator-cell[tabulator-field="checked"]')
    )
    expect(checked.locator("input[type=checkbox]")).not_to_be_checked()
    checked.click()
    app.expect_text("0 in disagreement, 1 checked.")
    expect(checked.locator("input[type=checkbox]")).to_be_checked()
    assert stored_labels(served_notebooks / "annotations", "digits-checked") == {"Ada": {1: True}}
    assert not page_errors(browser_page)


def test_data_explorer(voila: Server, browser_page: Any, screenshots: Path) -> None:
    app = open_voila_app(
        browser_page, voila.url, "08_data_explorer.ipynb", "178 of 178 wines match the filters."
    )
    expect(app.root.locator(".rr-sidebar")).to_contain_text("Filters")
    chip = app.root.locator(".jupyter-widget-tag", has_text="Cultivar C")
    chip.locator(".jupyter-widget-tag-close").click()
    app.expect_text("130 of 178 wines match the filters.")  # 48 wines are cultivar C
    expect(app.root.locator(".rr-dataframe")).to_contain_text("Showing 1-100 of 130 rows")

    tags = app.root.locator(".jupyter-widget-tagsinput")
    tags.click()
    tags.locator("input").press_sequentially("Cultivar C")
    tags.locator("input").press("Enter")
    app.expect_text("178 of 178 wines match the filters.")

    chart = app.root.locator(".rr-vega-chart svg.marks").first
    expect(chart).to_be_visible()
    before = chart.inner_html()
    app.pick("Y axis", "flavanoids")
    browser_page.wait_for_function(  # the chart was drawn again, with the new data
        "b => document.querySelector('.rr-vega-chart svg.marks').innerHTML !== b", arg=before
    )

    app.slide("Alcohol (%)", "PageUp")  # the lower handle moves five steps up the range
    expect(app.slider_readout("Alcohol (%)")).to_have_text("11.53 – 14.83")
    expect(app.root).not_to_contain_text("178 of 178 wines")
    shown = int(re.search(r"(\d+) of 178 wines", app.text()).group(1))
    assert 0 < shown < 178
    assert f"Wines{shown}" in re.sub(r"\s+", "", app.text())  # the metric agrees with the caption
    expect(app.root.locator(".rr-dataframe")).to_contain_text(f"of {shown} rows")  # the table too

    # Drag a box on the chart: the table lists only the wines inside it.
    app.expect_text("Drag a box on the chart")
    page = browser_page
    box = chart.bounding_box()
    page.mouse.move(box["x"] + box["width"] * 0.3, box["y"] + box["height"] * 0.25)
    page.mouse.down()
    page.mouse.move(box["x"] + box["width"] * 0.5, box["y"] + box["height"] * 0.5, steps=5)
    page.mouse.move(box["x"] + box["width"] * 0.7, box["y"] + box["height"] * 0.75, steps=5)
    page.mouse.up()
    app.expect_text("wines selected in the chart")
    found = re.search(
        r"(\d+) of (\d+) wines selected in the chart \(alcohol ([\d.]+)–([\d.]+), "
        r"flavanoids ([\d.]+)–([\d.]+)\)",
        app.text(),
    )
    assert found, app.text()
    chosen, kept = int(found.group(1)), int(found.group(2))
    alcohol, flavanoids = (
        [float(found.group(i)) for i in (3, 4)],
        [float(found.group(i)) for i in (5, 6)],
    )
    assert kept == shown and 0 < chosen < shown
    expect(app.root.locator(".rr-dataframe")).to_contain_text(f"of {chosen} rows")
    rows = app.root.locator(".rr-dataframe").evaluate(
        """g => [...g.querySelectorAll(".tabulator-row")].map(r => ["alcohol", "flavanoids"].map(
            f => r.querySelector(`.tabulator-cell[tabulator-field="${f}"]`).textContent.trim()))"""
    )
    # the rows the grid has drawn (of its first page of 100; it draws those in view)
    assert 0 < len(rows) <= min(chosen, 100)
    for a, f in rows:  # every wine listed lies inside the box (shown rounded to 2 decimals)
        assert alcohol[0] - 0.005 <= float(a) <= alcohol[1] + 0.005, (a, alcohol)
        assert flavanoids[0] - 0.005 <= float(f) <= flavanoids[1] + 0.005, (f, flavanoids)
    app.screenshot(screenshots / "08_data_explorer.png")

    # a double-click on the chart clears the box: every wine kept by the filters again
    page.mouse.dblclick(box["x"] + box["width"] * 0.5, box["y"] + box["height"] * 0.5)
    app.expect_text("Drag a box on the chart")
    expect(app.root.locator(".rr-dataframe")).to_contain_text(f"of {shown} rows")
    assert not page_errors(browser_page)
