"""``st.camera_input``, ``st.audio_input``, the chat input's voice messages and folders, the file
uploader's folders, in process: values from the front ends as they send them, the kernel's
checks, widget rules (keys, session state, callbacks, forms, identity, disabled) and AppTest."""

from __future__ import annotations

from typing import Any

import ipywidgets as w
import pytest

from rerunner.api.chat import ChatInputSerde
from rerunner.api.devices import DeviceFileSerde
from rerunner.render.devices import Camera, FolderPicker, Recorder
from rerunner.testing import AppTest
from rerunner.testing.nodes import AppTestError

from tests.support.inprocess import Harness

JPEG = b"\xff\xd8\xff\xe0jfif"
WAV = b"RIFF\x24\x00\x00\x00WAVEfmt "


def record(name: str, mime: str, data: bytes) -> dict[str, Any]:
    return {"name": name, "type": mime, "size": len(data), "content": data}


def the(h: Harness, cls: type, *, compact: bool = False) -> Any:
    found = [x for x in h.all() if isinstance(x, cls) and getattr(x, "compact", False) is compact]
    assert len(found) == 1, found
    return found[0]


def said(h: Harness, head: str) -> str:
    [line] = [t for t in h.html() if head in t]
    return line


APP = """
def cb(*args, **kwargs):
    st.session_state.setdefault("calls", []).append((args, kwargs))
p = st.camera_input("Snap", key="cam", on_change=cb, args=(1,), kwargs={"k": 2}, resolution="720p")
st.write("PHOTO", repr(p))
a = st.audio_input("Speak", key="mic", sample_rate=44100, help="say it")
st.write("CLIP", repr(a))
"""


def test_a_photo_and_a_recording_become_uploaded_files() -> None:
    h = Harness(APP)
    camera, recorder = the(h, Camera), the(h, Recorder)
    assert (camera.resolution, camera.committed, recorder.sample_rate) == (720, "", 44100)
    h.update(camera, value=record("camera-input-1.jpg", "image/jpeg", JPEG))
    assert "UploadedFile(name='camera-input-1.jpg', type='image/jpeg', size=8)" in said(h, "PHOTO")
    photo = h.state["cam"]
    assert (photo.read(), photo.getvalue(), photo.size) == (JPEG, JPEG, 8)
    assert h.state["calls"] == [((1,), {"k": 2})]
    assert camera.committed == "camera-input-1.jpg"  # the front end hears what the app holds
    h.update(recorder, value=record("2026-01-01T10-00_audio.wav", "audio/wav", WAV))
    assert h.state["mic"].type == "audio/wav" and h.state["mic"].getvalue() == WAV
    assert h.state["calls"] == [((1,), {"k": 2})]  # the recorder has no callback
    h.update(camera, value=None)  # "Clear photo"
    assert h.state["cam"] is None and camera.committed == ""
    assert len(h.state["calls"]) == 2


def test_the_kernel_checks_what_arrives() -> None:
    h = Harness(APP)
    camera, recorder = the(h, Camera), the(h, Recorder)
    for bad in (
        record("shot.png", "image/jpeg", JPEG),  # Streamlit's photos are .jpg
        record("shot.jpg", "image/png", JPEG),
        record("shot\0.jpg", "image/jpeg", JPEG),
        {"name": "shot.jpg"},  # no content
    ):
        h.update(camera, value=bad)
    h.update(recorder, value=record("clip.mp3", "audio/mpeg", b"ID3"))
    assert h.state["cam"] is None and h.state["mic"] is None and "calls" not in h.state
    # the size limit (200 MB, server.maxUploadSize), here on a serde with a small one
    serde = DeviceFileSerde(".jpg", ("image/jpeg",), 8, "camera input")
    assert serde.deserialize(record("a.jpg", "image/jpeg", JPEG)).size == 8
    with pytest.raises(ValueError, match="the limit is 8"):
        serde.deserialize(record("a.jpg", "image/jpeg", JPEG + b"!"))


def test_widget_rules() -> None:
    h = Harness(
        APP.replace('"Snap"', "LABEL").replace(
            "def cb", 'LABEL = st.session_state.get("label", "Snap")\ndef cb'
        )
    )
    h.update(the(h, Camera), value=record("camera-input-1.jpg", "image/jpeg", JPEG))
    h.state["label"] = "Other label"
    h.app.run()  # with a key, the key alone identifies it: the photo stays
    assert h.state["cam"].name == "camera-input-1.jpg"
    [message] = Harness('st.session_state.cam = 1\nst.camera_input("c", key="cam")').errors()
    assert message.startswith("`st.session_state['cam']` is read-only")
    off = Harness(
        'st.camera_input("c", key="c", disabled=True)\nst.audio_input("a", key="a", disabled=True)'
    )
    camera, recorder = the(off, Camera), the(off, Recorder)
    assert camera.disabled and recorder.disabled
    off.update(camera, value=record("camera-input-1.jpg", "image/jpeg", JPEG))
    off.update(recorder, value=record("a_audio.wav", "audio/wav", WAV))
    assert off.state["c"] is None and off.state["a"] is None  # a disabled widget takes nothing
    # keyless widgets are told apart by their parameters, as Streamlit's ids are
    two = Harness('st.camera_input("c")\nst.camera_input("c", resolution="480p")')
    assert two.errors() == []


@pytest.mark.parametrize(
    ("call", "message"),
    [
        ('st.camera_input("c", resolution="4k")',
         "Invalid `resolution` value. Supported values: '480p', '720p', '1080p', None."),
        ('st.audio_input("a", sample_rate=1000)',
         "Invalid `sample_rate` value. Supported values: 8000, 11025, 16000, 22050, 24000, "
         "32000, 44100, 48000, None."),
        ('st.camera_input("c", on_change="ignore")', "`on_change='ignore'` is not supported"),
    ],
)  # fmt: skip
def test_bad_arguments_give_streamlits_errors(call: str, message: str) -> None:
    [text] = Harness(call).errors()
    assert text.startswith(message)


FORM = """
with st.form("f", clear_on_submit=CLEAR):
    p = st.camera_input("Snap", key="cam")
    st.form_submit_button("Send")
st.write("PHOTO", "none" if p is None else p.name)
"""


def test_in_a_form_the_photo_waits_for_the_submit() -> None:
    h = Harness(FORM.replace("CLEAR", "True"))
    camera = the(h, Camera)
    runs = h.app.run_count
    h.update(camera, value=record("camera-input-1.jpg", "image/jpeg", JPEG))
    assert h.app.run_count == runs and h.state["cam"] is None
    h.click(h.find(w.Button, "Send"))
    assert "PHOTO camera-input-1.jpg" in said(h, "PHOTO")
    # cleared on submit: the front end is told the app holds no photo, so it shows the preview
    assert camera.committed == ""


def test_a_photo_held_by_a_form_is_the_one_the_front_end_shows() -> None:
    h = Harness(FORM.replace("CLEAR", "False") + 'st.button("other")')
    camera = the(h, Camera)
    h.update(camera, value=record("camera-input-1.jpg", "image/jpeg", JPEG))
    h.click(h.find(w.Button, "other"))  # a rerun while the form holds the photo back
    assert h.errors() == [] and camera.committed == "camera-input-1.jpg"
    assert h.state["cam"] is None
    h.click(h.find(w.Button, "Send"))
    assert h.errors() == [] and camera.committed == "camera-input-1.jpg"
    assert h.state["cam"].name == "camera-input-1.jpg"


def test_the_reconciler_keeps_a_device_front_end_across_reruns() -> None:
    h = Harness('st.camera_input("c")\nst.button("again")')
    camera = the(h, Camera)
    h.click(h.find(w.Button, "again"))
    assert the(h, Camera) is camera  # the same widget (and comm): the camera stays open


CHAT = """
v = st.chat_input("Say", accept_audio=True, audio_sample_rate=ACCEPT_RATE, accept_file=FILES, file_type="txt", max_upload_size=1)
st.write("MSG", repr(v))
"""


def test_a_voice_message_is_sent_with_the_text_and_files() -> None:
    h = Harness(CHAT.replace("ACCEPT_RATE", "None").replace("FILES", '"directory"'))
    mic, folder = the(h, Recorder, compact=True), the(h, FolderPicker, compact=True)
    assert mic.sample_rate == 0 and folder.accept == ".txt"  # 0: the microphone's own rate
    h.update(folder, value=[record("notes/a.txt", "text/plain", b"one") | {"last_modified": 0}])
    h.update(the(h, w.Text), value="listen")
    h.update(mic, value=record("audio-1.wav", "audio/wav", WAV))
    shown = said(h, "MSG")
    assert (
        "ChatInputValue(text='listen', files=[UploadedFile(name='notes/a.txt', type='text/plain', "
        "size=3)], audio=UploadedFile(name='audio-1.wav', type='audio/wav', size=16))"
    ) in shown
    # sent: the field, the folder and the recorder are empty again, in the kernel too
    assert mic.value is None and folder.value == [] and the(h, w.Text).value == ""


def test_chat_input_value_shapes_follow_streamlit() -> None:
    at = AppTest.from_string(
        "import streamlit as st\n"
        "v = st.chat_input('a', accept_audio=True)\n"
        "if v is not None:\n"
        "    st.write(str(sorted(v.to_dict())), str(v.audio))\n"
        "    try:\n        v.files\n    except AttributeError as e:\n        st.write(str(e))\n"
    ).run()
    at.chat_input[0].set_value("hi").run()
    assert at.markdown[0].value == "['audio', 'text'] None"
    assert "(accept_file=False)" in at.markdown[1].value
    h = Harness("v = st.chat_input('a')\nst.write(repr(v))")
    assert not [x for x in h.all() if isinstance(x, Recorder)]  # no microphone unless asked


def test_a_voice_message_over_the_limit_or_unasked_is_refused() -> None:
    h = Harness(CHAT.replace("ACCEPT_RATE", "8000").replace("FILES", "False"))
    mic = the(h, Recorder, compact=True)
    h.update(mic, value=record("audio-1.wav", "audio/wav", WAV + bytes(1024 * 1024)))
    assert "MSG None" in said(h, "MSG")
    # the visitor hears why, in the chat input's note
    assert "audio-1.wav is 1,048,592 bytes; the limit is 1,048,576 bytes" in said(h, "rr-chat-note")
    # a chat input without accept_audio refuses a forged voice message
    with pytest.raises(ValueError, match="no voice messages"):
        ChatInputSerde("none", None, 10, None).deserialize(
            {"text": "x", "audio": record("a.wav", "audio/wav", WAV)}
        )


def test_the_file_uploader_takes_a_folder() -> None:
    h = Harness(
        'f = st.file_uploader("F", accept_multiple_files="directory", type="csv")\nst.write("GOT", repr([(x.name, x.getvalue()) for x in f]))'
    )
    picker = the(h, FolderPicker)
    assert picker.accept == ".csv" and not [x for x in h.all() if isinstance(x, w.FileUpload)]
    h.update(picker, value=[record("d/a.csv", "text/csv", b"1") | {"last_modified": 0},
                            record("d/sub/b.csv", "text/csv", b"2") | {"last_modified": 0}])  # fmt: skip
    assert "[('d/a.csv', b'1'), ('d/sub/b.csv', b'2')]" in said(h, "GOT")
    assert picker.value == []  # the kernel keeps no copy in the widget


def test_apptest_camera_and_audio_nodes() -> None:
    at = AppTest.from_string(
        "import streamlit as st\np = st.camera_input('c')\na = st.audio_input('a', sample_rate=None)\n"
        "st.write(f'{p.name if p else None} {a.name if a else None}')"
    ).run()
    assert at.audio_input[0].sample_rate is None and at.camera_input[0].resolution is None
    hd = AppTest.from_string(
        "import streamlit as st\nst.camera_input('c', resolution='720p')"
    ).run()
    assert hd.camera_input[0].resolution == "720p"
    at.camera_input[0].upload("shot.jpg", JPEG).run()
    at.audio_input[0].set_value(("clip.wav", WAV, "audio/wav")).run()
    assert at.markdown[0].value == "shot.jpg clip.wav"
    assert at.camera_input[0].value.getvalue() == JPEG
    with pytest.raises(AppTestError, match="only captures .jpg files"):
        at.camera_input[0].set_value(("x.png", b"", "image/jpeg"))
    with pytest.raises(AppTestError, match="recordings use MIME type 'audio/wav'"):
        at.audio_input[0].upload("x.wav", b"", "audio/mpeg")
    with pytest.raises(AppTestError, match="A list is not accepted"):
        at.camera_input[0].set_value([("x.jpg", b"", "image/jpeg")])
    at.camera_input[0].clear().run()
    assert at.markdown[0].value == "None clip.wav"


def test_widget_ids_are_streamlits() -> None:
    from streamlit.elements.lib.utils import _compute_element_id

    h = Harness(
        'st.camera_input("Snap", help="h", resolution="720p")\nst.camera_input("K", key="k")\n'
        'st.audio_input("Rec", sample_rate=8000)\nst.audio_input("A", key="a", sample_rate=None)'
    )
    ids = [el.id for el in h.app.tree.walk() if el.kind in ("camera_input", "audio_input")]
    where = {"active_script_hash": h.app.app_id, "form_id": "", "active_dg_root_container": 0}
    assert ids == [
        _compute_element_id("camera_input", None, label="Snap", help="h", width="stretch",
                            resolution="720p", **where),
        _compute_element_id("camera_input", "k", active_script_hash=h.app.app_id),
        _compute_element_id("audio_input", None, label="Rec", help=None, width="stretch",
                            sample_rate=8000, **where),
        _compute_element_id("audio_input", "a", active_script_hash=h.app.app_id),
    ]  # fmt: skip
