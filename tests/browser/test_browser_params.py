"""Parameters whose effect is in the browser, in a real Voila page in chromium: a link or
download button's click reaching the kernel (``js/src/anchor.js``), a stateful expander opened
by the user, one-line text (``wrap=False``) and fixed widths."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import nbformat
from nbformat.v4 import new_code_cell, new_notebook

from tests.support.app_page import open_voila_app, page_errors
from tests.support.browser import Server

APP = """
log = st.session_state.setdefault("log", [])
st.link_button("Docs", "https://example.org/docs", on_click=lambda: log.append("link"), key="lk")
st.download_button("Save", "a,b", file_name="x.csv", on_click=lambda: log.append("dl"))
box = st.expander("Details", key="ex", on_change="rerun")
if box.open:
    box.write("heavy part")
st.markdown("one line " * 60, wrap=False)
st.markdown("narrow text " * 30, width=220)
st.text("a fixed box", width=300)
st.write("clicks", len(log), "|", ",".join(log) or "none")
"""


def test_links_expanders_wrap_and_widths_in_voila(
    browser_page: Any, voila: Server, voila_folder: Path
) -> None:
    folder = voila_folder
    cells = [new_code_cell("%load_ext rerunner"), new_code_cell("%%rerun\n" + APP.strip())]
    nbformat.write(new_notebook(cells=cells), folder / "params.ipynb")
    app = open_voila_app(browser_page, voila.url, f"{folder.name}/params.ipynb", "clicks 0 | none")
    page = browser_page
    # A link button with on_click: the browser opens the link in a new tab (its request to
    # another host is aborted here) and the kernel hears the click and reruns.
    with page.context.expect_page() as opened:
        app.root.locator(".rr-link a").click()
    opened.value.close()
    app.expect_text("clicks 1 | link")
    assert app.root.locator(".rr-link.st-key-lk").count() == 1
    # A download button: the default on_click="rerun" reruns once the file is asked for.
    with page.expect_download():
        app.root.locator(".rr-download a").click()
    app.expect_text("clicks 2 | link,dl")
    # The stateful expander: its content runs only once the user opens it.
    app.expect_no_text("heavy part")
    app.root.locator(".rr-expander.st-key-ex").get_by_text("Details").click()
    app.expect_text("heavy part")
    # wrap=False: one line, cut; width=220 and width=300: boxes that wide
    one_line = app.root.locator(".rr-one-line").first
    size = one_line.evaluate(
        "el => ({lines: el.getBoundingClientRect().height / parseFloat("
        "getComputedStyle(el.querySelector('p') || el).lineHeight), cut: el.scrollWidth > "
        "el.clientWidth + 1 || el.querySelector('p').scrollWidth > el.clientWidth + 1,"
        "w: el.clientWidth, sw: el.scrollWidth, pw: el.querySelector('p').scrollWidth,"
        "pc: el.querySelector('p').clientWidth, ws: getComputedStyle(el.querySelector('p')).whiteSpace,"
        "app: el.closest('.rr-app').clientWidth, len: el.textContent.length})"
    )
    assert size["lines"] < 1.6 and size["cut"], str(size)
    narrow = app.root.locator(".rr-markdown").filter(has_text="narrow text").first
    assert abs(narrow.bounding_box()["width"] - 220) <= 1
    fixed = app.root.locator(".rr-text-element").filter(has_text="a fixed box").first
    assert abs(fixed.bounding_box()["width"] - 300) <= 1
    assert not page_errors(page)


MEDIA_APP = """
import io, wave
import numpy as np
rate = 8000
tone = (np.sin(np.arange(rate * 4) * 440 * 2 * np.pi / rate) * 20000).astype(np.int16)
buffer = io.BytesIO()
with wave.open(buffer, "wb") as out:
    out.setnchannels(1); out.setsampwidth(2); out.setframerate(rate); out.writeframes(tone.tobytes())
st.audio(buffer.getvalue(), format="audio/wav", start_time=1, end_time=2, loop=True)
st.video(buffer.getvalue(), format="audio/wav", muted=True,
         subtitles={"English": "1\\n00:00:00,000 --> 00:00:03,000\\nHello"})
st.write("media ready")
"""


def test_media_start_end_loop_subtitles_and_muted_in_voila(
    browser_page: Any, voila: Server, voila_folder: Path
) -> None:
    folder = voila_folder
    cells = [new_code_cell("%load_ext rerunner"), new_code_cell("%%rerun\n" + MEDIA_APP.strip())]
    nbformat.write(new_notebook(cells=cells), folder / "media.ipynb")
    app = open_voila_app(browser_page, voila.url, f"{folder.name}/media.ipynb", "media ready")
    page = browser_page
    audio = app.root.locator(".rr-audio audio")
    audio.wait_for(state="attached")
    # the player starts at start_time once it knows the media's length
    page.wait_for_function(
        "el => el.readyState >= 1 && Math.abs(el.currentTime - 1) < 0.01",
        arg=audio.element_handle(),
    )
    # played, it comes back to start_time at end_time (loop), and keeps playing
    audio.evaluate(
        "el => { window.__rrBack = 0; el.muted = true; el.addEventListener('seeked', () => "
        "{ if (el.currentTime < 1.5) window.__rrBack += 1; }); return el.play(); }"
    )
    page.wait_for_function(
        "el => window.__rrBack >= 1 && !el.paused && el.currentTime < 2.2",
        arg=audio.element_handle(),
    )
    video = app.root.locator(".rr-video video")
    page.wait_for_function("el => el.readyState >= 1", arg=video.element_handle())
    tracks = video.evaluate(
        "el => ({muted: el.muted, tracks: Array.from(el.textTracks).map(t => [t.label, t.mode])})"
    )
    assert tracks == {"muted": True, "tracks": [["English", "showing"]]}
    assert not page_errors(page)
