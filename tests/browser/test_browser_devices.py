"""The camera, the microphone and the folder picker in a real Voila page, in a chromium of its
own whose camera and microphone are chromium's fake devices (a test pattern, a beep) and whose
permission prompts are answered yes: a photo taken and a clip recorded reach the kernel as
``UploadedFile`` with plausible bytes (JPEG magic; a RIFF/WAVE header at the sample rate asked
for), a voice message and a folder reach a chat input, and a page denied the camera says so.

What the kernel received is written on the page by the app itself, so each assertion reads the
kernel's view of the bytes. Recording waits for the widget's clock to pass a second (the test
controls the clip's length by what it sees, not by sleeping).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import nbformat
import pytest
from playwright.sync_api import expect

from tests.support.app_page import AppPage, open_voila_app, page_errors
from tests.support.browser import Server, chromium

#: Opening a device, or a run after a capture, on a busy two-core machine: longer than
#: Playwright's 5 s default for ``expect``, which the rest of the page's checks keep.
WAIT = 30_000

MEDIA_ARGS = (
    "--use-fake-device-for-media-stream",
    "--use-fake-ui-for-media-stream",
    "--autoplay-policy=no-user-gesture-required",
)

APP = """%%rerun
import struct
def wav_rate(data):
    return struct.unpack("<I", data[24:28])[0]
photo = st.camera_input("Snap", key="photo")
if photo is not None:
    data = photo.getvalue()
    st.write(f"PHOTO {type(photo).__name__} {photo.name} {photo.type} magic={data[:3].hex()} bytes={len(data)}")
clip = st.audio_input("Speak", sample_rate=8000)
if clip is not None:
    data = clip.getvalue()
    seconds = (len(data) - 44) / 2 / wav_rate(data)
    st.write(f"CLIP {type(clip).__name__} {clip.name} {clip.type} head={data[:4].decode()}/{data[8:12].decode()} rate={wav_rate(data)} long={seconds >= 0.5}")
msg = st.chat_input("Say", accept_audio=True, audio_sample_rate=16000, accept_file="directory", file_type="txt")
if msg is not None:
    audio = msg.audio
    rate = wav_rate(audio.getvalue()) if audio is not None else None
    st.write(f"MSG text={msg.text!r} files={sorted(f.name for f in msg.files)} audio={audio.name if audio else None} rate={rate}")
folder = st.file_uploader("Folder", accept_multiple_files="directory", type="csv")
st.write(f"FOLDER {sorted((f.name, f.getvalue().decode()) for f in folder)}")
st.caption("devices ready")
"""


@pytest.fixture(scope="module")
def media_browser(driver: Any, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Any]:
    with chromium(tmp_path_factory.mktemp("chromium-media"), MEDIA_ARGS, driver=driver) as context:
        yield context


@pytest.fixture
def media_page(media_browser: Any) -> Iterator[Any]:
    page = media_browser.new_page()
    page._rr_errors = []
    page.on("pageerror", lambda error: page._rr_errors.append(error))
    try:
        yield page
    finally:
        page.close(run_before_unload=True)


@pytest.fixture(scope="module")
def devices_notebook(served_notebooks: Path) -> str:
    folder = served_notebooks / "devices"  # not an example: outside the index's listing
    folder.mkdir(exist_ok=True)
    nb = nbformat.v4.new_notebook(
        cells=[nbformat.v4.new_code_cell("%load_ext rerunner"), nbformat.v4.new_code_cell(APP)]
    )
    nbformat.write(nb, folder / "devices.ipynb")
    return "devices/devices.ipynb"


def _open(page: Any, voila: Server, notebook: str) -> AppPage:
    return open_voila_app(page, voila.url, notebook, "devices ready")


def _record(app: AppPage, widget: Any, record: Any, stop: Any) -> None:
    record.click()
    expect(widget.locator(".rr-recorder-time")).to_have_text(re.compile(r"0:0[1-9]"), timeout=WAIT)
    stop.click()


def _shows(app: AppPage, *texts: str) -> None:
    for text in texts:
        expect(app.root).to_contain_text(text, timeout=WAIT)


def test_a_photo_reaches_the_kernel_as_a_jpeg(voila: Server, media_page: Any,
                                               devices_notebook: str) -> None:  # fmt: skip
    app = _open(media_page, voila, devices_notebook)
    camera = app.root.locator(".rr-camera")
    take = camera.get_by_role("button", name="Take photo")
    expect(take).to_be_enabled(timeout=WAIT)  # the fake camera's preview is live
    expect(camera.locator("video")).to_be_visible()
    take.click()
    _shows(app, "PHOTO UploadedFile camera-input-", "image/jpeg magic=ffd8ff")
    photo = camera.locator("img.rr-camera-photo")
    expect(photo).to_be_visible()
    assert media_page.evaluate("(img) => img.naturalWidth > 0", photo.element_handle())
    name = re.search(r"camera-input-\S+\.jpg", app.text()).group(0)
    assert re.fullmatch(r"camera-input-\d{4}-\d\d-\d\dT\d\d_\d\d_\d\d\.\d{3}Z\.jpg", name)
    camera.get_by_role("button", name="Clear photo").click()
    app.expect_no_text("PHOTO ")
    expect(camera.get_by_role("button", name="Take photo")).to_be_enabled(timeout=WAIT)
    assert not page_errors(media_page)


def test_a_recording_reaches_the_kernel_as_a_wav_at_the_rate_asked(
    voila: Server, media_page: Any, devices_notebook: str
) -> None:
    app = _open(media_page, voila, devices_notebook)
    recorder = app.root.locator(".rr-audio-input")
    _record(app, recorder, recorder.get_by_role("button", name="Record"),
            recorder.get_by_role("button", name="Stop recording"))  # fmt: skip
    _shows(app, "CLIP UploadedFile", "audio/wav head=RIFF/WAVE rate=8000 long=True")
    assert re.search(r"\d{4}-\d\d-\d\dT\d\d-\d\d_audio\.wav", app.text())
    expect(recorder.locator("audio")).to_be_visible()
    recorder.get_by_role("button", name="Clear recording").click()
    app.expect_no_text("CLIP ")
    assert not page_errors(media_page)


def test_a_voice_message_and_a_folder_reach_the_chat_input(
    voila: Server, media_page: Any, devices_notebook: str, tmp_path: Path
) -> None:
    app = _open(media_page, voila, devices_notebook)
    chat = app.root.locator(".rr-chat-input")
    folder = tmp_path / "notes"
    (folder / "sub").mkdir(parents=True)
    (folder / "a.txt").write_text("one")
    (folder / "sub" / "b.txt").write_text("two")
    (folder / "skip.csv").write_text("x")  # not of file_type: the picker leaves it out
    chat.locator(".rr-chat-folder input[type=file]").set_input_files(folder)
    expect(chat.locator(".rr-folder-count")).to_have_text("2 files")
    chat.locator("input[type=text]").fill("listen")
    mic = chat.locator(".rr-chat-mic")
    _record(app, mic, mic.get_by_role("button", name="Record a voice message"),
            mic.get_by_role("button", name="Stop recording"))  # fmt: skip
    _shows(app, "MSG text='listen' files=['notes/a.txt', 'notes/sub/b.txt'] audio=audio-")
    _shows(app, "rate=16000")
    expect(chat.locator("input[type=text]")).to_have_value("")
    expect(chat.locator(".rr-folder-count")).to_have_text("")
    assert not page_errors(media_page)


def test_the_file_uploader_takes_a_folder(
    voila: Server, browser_page: Any, devices_notebook: str, tmp_path: Path
) -> None:
    # (the session's chromium, without fake devices, beside this module's: one driver for both)
    app = _open(browser_page, voila, devices_notebook)
    folder = tmp_path / "data"
    (folder / "deeper").mkdir(parents=True)
    (folder / "a.csv").write_text("1,2")
    (folder / "deeper" / "b.csv").write_text("3,4")
    (folder / "notes.txt").write_text("not a csv")
    picker = app.root.locator(".rr-file-uploader .rr-folder")
    picker.locator("input[type=file]").set_input_files(folder)
    app.expect_text("FOLDER [('data/a.csv', '1,2'), ('data/deeper/b.csv', '3,4')]")
    expect(picker.get_by_role("button", name="Choose a folder")).to_be_enabled()
    assert not page_errors(browser_page)


def test_a_denied_camera_says_so(
    voila: Server, devices_notebook: str, driver: Any, tmp_path_factory: pytest.TempPathFactory
) -> None:
    # A chromium whose prompts are not answered yes, with the site's camera and microphone
    # permissions set to "denied": a visitor who said no.
    profile = tmp_path_factory.mktemp("chromium-denied")
    with chromium(profile, MEDIA_ARGS[:1], driver=driver) as context:
        page = context.new_page()
        cdp = context.new_cdp_session(page)
        for name in ("camera", "microphone"):
            cdp.send("Browser.setPermission", {"permission": {"name": name}, "setting": "denied",
                                               "origin": voila.url})  # fmt: skip
        try:
            app = _open(page, voila, devices_notebook)
            camera = app.root.locator(".rr-camera")
            expect(camera.get_by_role("alert")).to_contain_text(
                "would like to use your camera, but access was denied", timeout=WAIT
            )
            expect(camera.get_by_role("button", name="Take photo")).to_be_disabled()
            recorder = app.root.locator(".rr-audio-input")
            recorder.get_by_role("button", name="Record").click()
            expect(recorder.get_by_role("alert")).to_contain_text(
                "would like to use your microphone, but access was denied", timeout=WAIT
            )
            expect(recorder.get_by_role("button", name="Record")).to_be_enabled()  # try again
            app.expect_no_text("CLIP ")
        finally:
            page.close(run_before_unload=True)
