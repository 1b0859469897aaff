"""Camera, microphone and folder front ends in a real kernel: their files arrive as a browser
sends them (the bytes as binary buffers of the comm message, not in the JSON) and become
``UploadedFile`` values, callbacks run with their arguments, the kernel tells the front end which
file the app holds (``committed``), and what the kernel refuses (a wrong kind of file, one over
the size limit) changes nothing.
"""

from __future__ import annotations

import struct

from tests.support.kernel_client import SESSION_STATE, KernelSession, Model

APP = """%%rerun
import struct
def taken(tag, n=0):
    st.session_state.setdefault("calls", []).append((tag, n))
photo = st.camera_input("Snap", key="cam", on_change=taken, args=("photo",), kwargs={"n": 1})
st.write("PHOTO", "none" if photo is None else f"{type(photo).__name__} {photo.name} {photo.type} {photo.getvalue()[:3].hex()} {photo.size}")
clip = st.audio_input("Speak", sample_rate=8000, key="clip")
st.write("CLIP", "none" if clip is None else f"{clip.name} {clip.type} rate={struct.unpack('<I', clip.getvalue()[24:28])[0]}")
msg = st.chat_input("Say", accept_audio=True, max_upload_size=1, key="chat")
if msg is not None:
    st.write("MSG", repr(msg.text), msg.audio.name if msg.audio else None)
folder = st.file_uploader("Folder", accept_multiple_files="directory", key="folder")
st.write("FOLDER", repr([(f.name, f.getvalue()) for f in folder]))
"""

JPEG = b"\xff\xd8\xff\xe0" + bytes(2000) + b"\xff\xd9"


def wav(rate: int, frames: int) -> bytes:
    data = bytes(2 * frames)
    header = b"RIFF" + struct.pack("<I", 36 + len(data)) + b"WAVEfmt "
    header += struct.pack("<IHHIIHH", 16, 1, 1, rate, rate * 2, 2, 16) + b"data"
    return header + struct.pack("<I", len(data)) + data


def device(kernel: KernelSession, kind: str, *, compact: bool = False) -> Model:
    """The latest app's device front end of that kind (``compact``: the chat input's)."""
    return [
        m for m in kernel.live()
        if m.state.get("_anywidget_id") == f"rerunner.render.devices.{kind}"
        and m.state.get("compact", False) is compact
    ][-1]  # fmt: skip


def send_file(kernel: KernelSession, model: Model, name: str, mime: str, data: bytes):  # noqa: ANN201
    record = {"name": name, "type": mime, "size": len(data)}
    return kernel.send_binary_update(model.comm_id, {"value": record}, {("value", "content"): data})


def line(kernel: KernelSession, head: str) -> str:
    """The latest app's line starting with ``head``."""
    return [t for t in kernel.texts() if t.startswith(head)][-1]


def test_a_photo_and_a_recording_arrive_as_uploaded_files(kernel: KernelSession) -> None:
    kernel.run(APP)
    camera = device(kernel, "Camera")
    assert camera.state["committed"] == ""
    exchange = send_file(
        kernel, camera, "camera-input-2026-01-01T10_00_00.000Z.jpg", "image/jpeg", JPEG
    )
    assert not exchange.errors()
    assert line(kernel, "PHOTO") == (
        "PHOTO UploadedFile camera-input-2026-01-01T10_00_00.000Z.jpg image/jpeg ffd8ff 2006"
    )
    # the front end hears which photo the app holds
    assert camera.state["committed"] == "camera-input-2026-01-01T10_00_00.000Z.jpg"
    state = kernel.value(f"{{k: repr(v) for k, v in {SESSION_STATE}.to_dict().items()}}")
    assert state["calls"] == "[('photo', 1)]"
    assert state["cam"].startswith("UploadedFile(name='camera-input-2026")

    recorder = device(kernel, "Recorder")
    assert recorder.state["sample_rate"] == 8000
    send_file(kernel, recorder, "2026-01-01T10-00_audio.wav", "audio/wav", wav(8000, 800))
    assert line(kernel, "CLIP") == "CLIP 2026-01-01T10-00_audio.wav audio/wav rate=8000"

    # cleared in the browser: None again, and the front end hears it
    kernel.send_update(camera.comm_id, {"value": None})
    assert line(kernel, "PHOTO") == "PHOTO none"
    assert camera.state["committed"] == ""


def test_what_the_kernel_refuses_changes_nothing(kernel: KernelSession) -> None:
    kernel.run(APP.replace('key="cam"', 'key="cam2"').replace('key="clip"', 'key="clip2"')
               .replace('key="chat"', 'key="chat2"'))  # fmt: skip
    camera, recorder = device(kernel, "Camera"), device(kernel, "Recorder")
    send_file(kernel, camera, "shot.png", "image/png", JPEG)  # not a .jpg
    send_file(kernel, camera, "shot.jpg", "text/plain", JPEG)  # not a JPEG's MIME type
    send_file(kernel, recorder, "clip.mp3", "audio/mpeg", b"ID3")
    assert line(kernel, "PHOTO") == "PHOTO none"
    assert line(kernel, "CLIP") == "CLIP none"
    # over the chat input's 1 MB: the voice message is refused whole
    mic = device(kernel, "Recorder", compact=True)
    send_file(kernel, mic, "audio-x.wav", "audio/wav", wav(16000, 600_000))
    assert not [t for t in kernel.texts() if t.startswith("MSG")]  # (no app got one yet)
    state = kernel.value(f"{{k: repr(v) for k, v in {SESSION_STATE}.to_dict().items()}}")
    assert state["cam2"] == "None" and state["chat2"] == "None"


def test_a_voice_message_is_sent_with_the_text_typed(kernel: KernelSession) -> None:
    kernel.run(APP.replace('key="chat"', 'key="chat3"').replace('key="cam"', 'key="cam3"')
               .replace('key="clip"', 'key="clip3"'))  # fmt: skip
    field = [m for m in kernel.live("TextModel") if m.state.get("placeholder") == "Say"][-1]
    kernel.send_update(field.comm_id, {"value": "hello"})  # typed, not sent
    assert not [t for t in kernel.texts() if t.startswith("MSG")]
    mic = device(kernel, "Recorder", compact=True)
    assert mic.state["sample_rate"] == 16000
    send_file(kernel, mic, "audio-2026-01-01T10-00-00-000Z.wav", "audio/wav", wav(16000, 1600))
    assert line(kernel, "MSG") == "MSG 'hello' audio-2026-01-01T10-00-00-000Z.wav"
    assert field.state["value"] == ""  # the message left the field
    assert mic.state["value"] is None  # and the recording the kernel's widget


def test_a_folder_arrives_with_each_file_a_binary_buffer(kernel: KernelSession) -> None:
    kernel.run(APP.replace('key="folder"', 'key="folder4"').replace('key="cam"', 'key="cam4"')
               .replace('key="clip"', 'key="clip4"').replace('key="chat"', 'key="chat4"'))  # fmt: skip
    picker = device(kernel, "FolderPicker")
    files = [("photos/a.txt", b"one"), ("photos/deeper/b.txt", b"two")]
    records = [
        {"name": n, "type": "text/plain", "size": len(d), "last_modified": 0} for n, d in files
    ]
    buffers = {("value", i, "content"): d for i, (_, d) in enumerate(files)}
    kernel.send_binary_update(picker.comm_id, {"value": records}, buffers)
    assert line(kernel, "FOLDER") == (
        "FOLDER [('photos/a.txt', b'one'), ('photos/deeper/b.txt', b'two')]"
    )
    assert picker.state["value"] == []  # the kernel's widget keeps no copy
