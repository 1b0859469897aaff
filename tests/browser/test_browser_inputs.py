"""The input parameters that need the page (``render/page_aids.py``, ``js/src/page_aids.js``),
in a real Voila page driven by headless chromium: keyboard shortcuts click their buttons (also
a form's submit button), a plain key does not fire while the visitor types in a field, and a
text input's ``autocomplete`` reaches its ``<input>``.

Every wait is for a condition on the page.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from playwright.sync_api import expect

from tests.support.app_page import open_voila_app, page_errors
from tests.support.browser import Server, write_notebook

SHORTCUTS_APP = """%%rerun
st.session_state.setdefault("hits", 0)


def hit():
    st.session_state.hits += 1


st.button("Count", on_click=hit, shortcut="Ctrl+K")
st.button("Plain", on_click=hit, shortcut="J")
st.text_input("Mail", type="email")
st.text_input("Name", autocomplete="name")
with st.form("f"):
    word = st.text_input("Word", "preset")
    sent = st.form_submit_button("Send", shortcut="Alt+S")
st.write(f"hits = {st.session_state.hits}, sent = {sent}, word = {word or 'none'}")
fruit = st.selectbox("Fruit", ["Apple", "Pineapple", "Apricot"], filter_mode="prefix", index=None)
colour = st.selectbox("Colour", ["Gree-ish", "Greenish"], accept_new_options=True, index=None)
st.write(f"fruit = {fruit}, colour = {colour}")
fruits = st.multiselect("Fruits", ["Apple", "Pineapple", "Apricot"], filter_mode="prefix")
st.write(f"fruits = {fruits}")
picks = st.multiselect("Picks", ["One", "Two"], filter_mode=None)
st.write(f"picks = {picks}")
"""


def test_shortcuts_and_autocomplete_in_voila(
    voila: Server, browser_page: Any, served_notebooks: Path
) -> None:
    folder = served_notebooks / "inputs"  # not an example: outside the index's listing
    folder.mkdir(exist_ok=True)
    write_notebook(folder / "shortcuts.ipynb", SHORTCUTS_APP)
    page = browser_page
    app = open_voila_app(page, voila.url, "inputs/shortcuts.ipynb", "hits = 0, sent = False")
    expect(page.locator(".rr-page-aids")).to_have_count(1)

    # Ctrl+K anywhere on the page clicks "Count"; so does Cmd+K (Meta), as in Streamlit.
    page.locator("body").click(position={"x": 5, "y": 5})
    page.keyboard.press("Control+k")
    app.expect_text("hits = 1")
    page.keyboard.press("Meta+k")
    app.expect_text("hits = 2")

    # A plain key fires outside fields, not while the visitor types in one.
    page.locator("body").click(position={"x": 5, "y": 5})
    page.keyboard.press("j")
    app.expect_text("hits = 3")
    name = app.text_input("Name")
    name.click()
    name.press_sequentially("jo")
    expect(name).to_have_value("jo")
    name.press("Control+k")  # a shortcut with a modifier still fires in a field
    app.expect_text("hits = 4")

    # The form's submit button: Alt+S sends the form. (Its field is not typed in: ipywidgets
    # may hold back a field's last keys while a message is in flight, and a click overtakes
    # them, whether by mouse or by shortcut.)
    page.locator("body").click(position={"x": 5, "y": 5})
    page.keyboard.press("Alt+s")
    app.expect_text("sent = True, word = preset")

    # autocomplete: the type's default (email) and an explicit token reach the <input>.
    expect(app.text_input("Mail")).to_have_attribute("autocomplete", "email")
    expect(app.text_input("Name")).to_have_attribute("autocomplete", "name")
    # A selectbox to type in: the suggestions narrow as the visitor types (prefix), a
    # suggestion picked is sent; with accept_new_options, Enter sends any text.
    fruit = app.text_input("Fruit")
    fruit.click()
    fruit.press_sequentially("ap")
    page.wait_for_function(
        "el => el.list && el.list.options.length === 2", arg=fruit.element_handle()
    )
    fruit.fill("Apricot")
    app.expect_text("fruit = Apricot")
    colour = app.text_input("Colour")
    colour.click()
    colour.press_sequentially("Green")
    # The kernel has the whole text once it narrowed the suggestions for it ("Gree" leaves both).
    page.wait_for_function(
        "el => [...el.list.options].map(o => o.value).join() === 'Greenish'",
        arg=colour.element_handle(),
    )
    colour.press("Enter")
    app.expect_text("colour = Green")
    # A multiselect's suggestions narrow by its filter_mode as the visitor types (the page does
    # it: the tags field tells the kernel nothing until a tag is added).
    tags = app.root.locator(".jupyter-widget-tagsinput input[list]").first
    tags.click()
    tags.press_sequentially("ap")
    page.wait_for_function(
        "el => el.list && [...el.list.options].map(o => o.value).join() === 'Apple,Apricot'",
        arg=tags.element_handle(),
    )
    tags.press_sequentially("r")
    page.wait_for_function(
        "el => [...el.list.options].map(o => o.value).join() === 'Apricot'",
        arg=tags.element_handle(),
    )
    tags.fill("Apricot")
    tags.press("Enter")
    app.expect_text("fruits = ['Apricot']")

    # filter_mode=None: no typing in the tags field; a drop-down under it adds options.
    picks = app.root.locator(".jupyter-widget-tagsinput input").nth(1)
    expect(picks).to_have_attribute("readonly", "")
    app.root.locator(".rr-multiselect-chooser select").select_option("Two")
    app.expect_text("picks = ['Two']")
    assert not page_errors(page)
