"""components.html, a custom component, st.iframe and st.pdf in a real Voila page in chromium.

The custom component is written here in plain HTML and JavaScript in a temporary folder, as
Streamlit's reactless component template is (without its npm library): ``index.html`` links a
stylesheet and a script by relative paths, the script speaks Streamlit's component protocol by
hand. The kernel sends the folder's files with the widget; the page must load them from memory
(no server route serves that folder), render its arguments and send a value back on a click,
which the app shows, with new arguments rendered after the rerun.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import nbformat
from nbformat.v4 import new_code_cell, new_notebook
from playwright.sync_api import expect

from tests.support.app_page import AppPage, open_lab_notebook, open_voila_app, page_errors
from tests.support.browser import Server, free_port, isolated_env, write_notebook

INDEX = """<!DOCTYPE html>
<html>
  <head><link rel="stylesheet" href="./style.css"></head>
  <body>
    <p id="greeting">waiting</p>
    <button id="go">Go</button>
    <button id="bytes">Bytes</button>
    <button id="echo">Echo</button>
    <p id="tables">no tables</p>
    <script src="main.js"></script>
  </body>
</html>
"""

STYLE = "#greeting { color: rgb(1, 2, 3); }\n"

MAIN = """
function send(type, data) {
  window.parent.postMessage(Object.assign({ isStreamlitMessage: true, type }, data), "*");
}
let clicks = 0;
let args = {};
let tables = [];
window.addEventListener("message", (event) => {
  if (!event.data || event.data.type !== "streamlit:render") return;
  args = event.data.args;
  const size = args.blob instanceof Uint8Array ? args.blob.length : "no";
  document.getElementById("greeting").textContent =
    `Hello, ${args.name}! (${size} bytes, ${event.data.theme.base}, disabled ${event.data.disabled})`;
  tables = event.data.dfs;
  document.getElementById("tables").textContent = tables
    .map((t) => `${t.key}: ${t.value.data.data instanceof Uint8Array} ${t.value.data.index.length > 0}`)
    .join(", ");
  send("streamlit:setFrameHeight", { height: 160 });
});
document.getElementById("echo").addEventListener("click", () => {
  // the table it was given, sent back as ArrowTable.serialize() gives a table: Arrow buffers
  const { data, index, columns } = tables[0].value.data;
  send("streamlit:setComponentValue", { value: { data, index, columns }, dataType: "dataframe" });
});
document.getElementById("go").addEventListener("click", () => {
  clicks += 1;
  send("streamlit:setComponentValue", { value: { clicks, name: args.name }, dataType: "json" });
});
document.getElementById("bytes").addEventListener("click", () => {
  send("streamlit:setComponentValue", { value: new Uint8Array([1, 2, 255]), dataType: "bytes" });
});
send("streamlit:componentReady", { apiVersion: 1 });
"""

APP = """
import streamlit.components.v1 as components
components.html(
    "<p id='inner'>static</p>"
    "<script>document.getElementById('inner').textContent = 'script ran';</script>",
    height=80,
)
hello = components.declare_component("hello", path={folder!r})
name = "Ada" if st.session_state.get("hello") is None else "Grace"
import pandas as pd
table = pd.DataFrame({{"a": [1, 2, 3], "b": ["x", "y", "z"]}})
value = hello(name=name, blob=b"abc", table=table, key="hello",
              default={{"clicks": 0, "name": None}})
if isinstance(value, pd.DataFrame):
    st.write(f"frame {{value.shape}} {{value.iloc[:, 1].tolist()}}")
elif isinstance(value, bytes):
    st.write(f"bytes {{value.hex()}}")
else:
    st.write(f"clicks: {{value['clicks']}} from {{value['name']}}")
from tests.support.pdfs import pdf_with_pages
st.iframe("<div id='tall' style='height: 230px'>tall</div>", alt="Tall")
st.pdf(pdf_with_pages((1, 0, 0), *[(0, 0, 1)] * 11), height=200)
st.write("components ready")
"""

PAGE_LOADED = """i => {
    const img = document.querySelectorAll('.rr-pdf img.rr-pdf-page')[i];
    return img && img.complete && img.naturalWidth === 300;
}"""
PAGE_PIXEL = """i => {
    const img = document.querySelectorAll('.rr-pdf img.rr-pdf-page')[i];
    const canvas = document.createElement('canvas');
    canvas.width = img.naturalWidth; canvas.height = img.naturalHeight;
    const context = canvas.getContext('2d');
    context.drawImage(img, 0, 0);
    return [...context.getImageData(5, 5, 1, 1).data.slice(0, 3)];
}"""

SANDBOX = (
    "allow-forms allow-modals allow-popups allow-popups-to-escape-sandbox allow-same-origin "
    "allow-scripts allow-downloads"
)


def write_component(folder: Path) -> Path:
    folder.mkdir()
    (folder / "index.html").write_text(INDEX)
    (folder / "style.css").write_text(STYLE)
    (folder / "main.js").write_text(MAIN)
    return folder


def test_components_html_and_a_custom_component(
    browser_page: Any, voila: Server, voila_folder: Path, tmp_path: Path
) -> None:
    component = write_component(tmp_path / "hello_component")
    folder = voila_folder
    cells = [
        new_code_cell("%load_ext rerunner"),
        new_code_cell("%%rerun\n" + APP.format(folder=str(component)).strip()),
    ]
    nbformat.write(new_notebook(cells=cells), folder / "components.ipynb")
    app = open_voila_app(
        browser_page, voila.url, f"{folder.name}/components.ipynb", "components ready"
    )
    page = browser_page

    # components.html: its script ran inside the sandboxed frame
    html_frame = app.root.locator(".rr-iframe iframe").first
    assert html_frame.get_attribute("sandbox") == SANDBOX
    expect(page.frame_locator(".rr-iframe iframe >> nth=0").locator("#inner")).to_have_text(
        "script ran"
    )
    assert html_frame.bounding_box()["height"] == 80

    # the custom component: loaded from memory, its arguments rendered, its CSS applied
    inner = page.frame_locator(".rr-component iframe")
    greeting = inner.locator("#greeting")
    expect(greeting).to_have_text("Hello, Ada! (3 bytes, light, disabled false)")
    assert greeting.evaluate("e => getComputedStyle(e).color") == "rgb(1, 2, 3)"
    assert greeting.evaluate("e => location.protocol") == "blob:"
    frame = app.root.locator(".rr-component iframe")
    assert frame.get_attribute("sandbox") == SANDBOX
    expect(frame).to_have_attribute("height", "160")
    expect(inner.locator("#tables")).to_have_text("table: true true")
    app.expect_text("clicks: 0 from None")

    # a click sends a value: the app reruns and shows it; the new arguments reach the page
    inner.locator("#go").click()
    app.expect_text("clicks: 1 from Ada")
    expect(greeting).to_have_text("Hello, Grace! (3 bytes, light, disabled false)")
    inner.locator("#go").click()
    app.expect_text("clicks: 2 from Grace")
    inner.locator("#bytes").click()  # a binary value travels as a comm buffer
    app.expect_text("bytes 0102ff")
    inner.locator("#echo").click()  # a dataframe value: three Arrow tables as buffers
    app.expect_text("frame (3, 2) ['x', 'y', 'z']")

    # st.iframe's height="content" follows the document; st.pdf shows its pages as images
    tall = app.root.locator('iframe[title="Tall"]')
    expect(page.frame_locator('iframe[title="Tall"]').locator("#tall")).to_have_text("tall")
    page.wait_for_function(
        "document.querySelector('iframe[title=\"Tall\"]').getBoundingClientRect().height >= 230"
    )
    assert 230 <= tall.bounding_box()["height"] < 300
    pages = app.root.locator(".rr-pdf img.rr-pdf-page")
    expect(pages).to_have_count(12)
    box = app.root.locator(".rr-pdf .rr-pdf-pages")
    assert box.bounding_box()["height"] == 200
    # the pages near the visible part are asked for and drawn; the last one is not, yet
    page.wait_for_function(PAGE_LOADED, arg=0)
    assert page.evaluate(PAGE_PIXEL, 0) == [255, 0, 0]
    assert pages.nth(11).get_attribute("src") is None
    box.evaluate("b => { b.scrollTop = b.scrollHeight; }")
    page.wait_for_function(PAGE_LOADED, arg=11)
    assert page.evaluate(PAGE_PIXEL, 11) == [0, 0, 255]
    assert not page_errors(browser_page)


DEV_APP = """
import streamlit.components.v1 as components
dev = components.declare_component("dev", url={url!r})
value = dev(name="Dev", blob=b"xy", key="dev", default={{"clicks": 0, "name": None}})
st.write(f"dev clicks: {{value['clicks']}} from {{value['name']}}")
st.write("dev ready")
"""


def test_a_component_served_by_a_dev_server(
    browser_page: Any, voila: Server, voila_folder: Path, tmp_path: Path
) -> None:
    """``url=``: the page comes from another origin (a dev server); the messages still flow."""
    component = write_component(tmp_path / "served_component")
    port = free_port()
    dev_server = Server(
        ["http.server", str(port), "--bind", "127.0.0.1", "--directory", str(component)],
        port=port, env=isolated_env(tmp_path / "dev"), log=tmp_path / "dev.log", cwd=component,
    )  # fmt: skip
    folder = voila_folder
    url = f"http://127.0.0.1:{port}/index.html"
    cells = [
        new_code_cell("%load_ext rerunner"),
        new_code_cell("%%rerun\n" + DEV_APP.format(url=url).strip()),
    ]
    nbformat.write(new_notebook(cells=cells), folder / "dev.ipynb")
    try:
        dev_server.wait_ready()
        app = open_voila_app(browser_page, voila.url, f"{folder.name}/dev.ipynb", "dev ready")
        frame = app.root.locator(".rr-component iframe")
        src = frame.get_attribute("src")
        assert src.startswith(url + "?streamlitUrl=http%3A%2F%2F127.0.0.1"), src
        inner = browser_page.frame_locator(".rr-component iframe")
        expect(inner.locator("#greeting")).to_have_text(
            "Hello, Dev! (2 bytes, light, disabled false)"
        )
        inner.locator("#go").click()
        app.expect_text("dev clicks: 1 from Dev")
        assert not page_errors(browser_page)
    finally:
        dev_server.stop()


def test_components_in_jupyterlab(lab: Server, lab_root: Path, browser_page: Any) -> None:
    """The same app in a JupyterLab output area: blob URLs and messages work there too."""
    component = write_component(lab_root / "lab_component")
    write_notebook(
        lab_root / "components.ipynb", "%%rerun\n" + APP.format(folder=str(component)).strip()
    )
    open_lab_notebook(browser_page, lab.url, "components.ipynb")
    app = AppPage(browser_page).wait_ready("components ready")
    inner = browser_page.frame_locator(".rr-component iframe")
    greeting = inner.locator("#greeting")
    expect(greeting).to_have_text("Hello, Ada! (3 bytes, light, disabled false)")
    assert greeting.evaluate("e => location.protocol") == "blob:"
    html_frame = browser_page.frame_locator(".rr-iframe iframe >> nth=0")
    expect(html_frame.locator("#inner")).to_have_text("script ran")
    inner.locator("#go").click()
    app.expect_text("clicks: 1 from Ada")
    expect(greeting).to_have_text("Hello, Grace! (3 bytes, light, disabled false)")
    expect(app.root.locator(".rr-pdf img.rr-pdf-page")).to_have_count(12)
    browser_page.wait_for_function(PAGE_LOADED, arg=0)
    assert not page_errors(browser_page)
