"""Malformed or hostile messages from the front end: refused, logged once, nothing else changes."""

from __future__ import annotations

import pytest

from tests.support.kernel_client import SESSION_STATE, KernelSession, new_cell_id

APP = """%%rerun
n = st.slider("Level", 0, 10, key="level")
c = st.selectbox("Colour", ["red", "green"], key="colour")
t = st.number_input("Count", 0, 5, key="count")
f = st.file_uploader("Data", type=["csv"], key="data")
st.write("state", n, c, t, None if f is None else f.name)
"""


@pytest.fixture(scope="module", autouse=True)
def app(kernel: KernelSession) -> None:
    """The app every test of this module sends its messages to."""
    kernel.run(APP, cell_id=new_cell_id())


def state(kernel: KernelSession) -> dict:
    """The session state but the upload (an UploadedFile is no JSON)."""
    return kernel.value(f"{{k: v for k, v in {SESSION_STATE}.to_dict().items() if k != 'data'}}")


def rejected_lines(exchange) -> list[str]:
    return [
        line
        for line in exchange.text().splitlines()
        if "rejected" in line or "refused" in line or "no longer exists" in line
    ]


@pytest.mark.parametrize(
    ("model", "label", "bad_state"),
    [
        ("IntSliderModel", "Level", {"value": "eleven"}),  # wrong type: ipywidgets refuses it
        ("DropdownModel", "Colour", {"index": 99}),  # not among the options
        ("DropdownModel", "Colour", {"index": "x"}),
        ("TextModel", "Count", {"value": "999"}),  # out of range
        ("TextModel", "Count", {"value": "three"}),  # not a number
        ("TextModel", "Count", {"value": 12}),
    ],
)
def test_bad_values_are_refused_without_changing_state(
    kernel: KernelSession, model: str, label: str, bad_state: dict
) -> None:
    before = state(kernel)
    target = kernel.find(model, label)
    exchange = kernel.send_update(target.comm_id, bad_state)
    assert state(kernel) == before
    assert not exchange.errors()
    # the app still works: a good value after the bad one goes through
    good = kernel.send_update(
        kernel.find("IntSliderModel", "Level").comm_id,
        {"value": before["level"] + 1 if before["level"] < 10 else 0},
    )
    assert not good.errors()
    assert state(kernel)["level"] != before["level"]


def test_refused_value_is_logged_once(kernel: KernelSession) -> None:
    exchange = kernel.send_update(
        kernel.find("TextModel", "Count").comm_id, {"value": "not a number"}
    )
    assert len(rejected_lines(exchange)) == 1


def test_upload_of_the_wrong_type_is_refused_in_the_kernel(kernel: KernelSession) -> None:
    upload = [m for m in kernel.live("FileUploadModel")][0]
    record = {
        "name": "payload.exe",
        "type": "application/x-msdownload",
        "size": 2,
        "last_modified": 0,
    }
    msg = kernel.kc.session.msg(
        "comm_msg",
        {"comm_id": upload.comm_id, "data": {"method": "update", "state": {"value": [record]},
                                              "buffer_paths": [["value", 0, "content"]]}},
    )  # fmt: skip
    kernel.kc.shell_channel.send(msg)  # the file's bytes travel as a binary buffer, as in a browser
    exchange = kernel._collect(msg["header"]["msg_id"], 30)
    assert kernel.value(f"{SESSION_STATE}['data']") is None
    assert len(rejected_lines(exchange)) == 1 and "payload.exe" in rejected_lines(exchange)[0]


def test_messages_for_closed_or_unknown_widgets_are_ignored(kernel: KernelSession) -> None:
    before = state(kernel)
    cell = new_cell_id()
    kernel.run('%%rerun\nst.slider("Temporary", 0, 10, key="temp")', cell_id=cell)
    temp = kernel.find("IntSliderModel", "Temporary")
    kernel.run(
        '%%rerun\nst.write("the slider is gone")', cell_id=cell
    )  # the app replaced: widgets closed
    late = kernel.send_update(temp.comm_id, {"value": 5})
    assert not late.errors()
    unknown = kernel.send_update("no-such-comm", {"value": 1})
    assert not unknown.errors()
    malformed = kernel._comm(
        kernel.find("IntSliderModel", "Level").comm_id, {"method": "nonsense"}, 30
    )
    assert not malformed.errors()
    after = state(kernel)
    assert {k: after[k] for k in before} == before
    assert kernel.run("print(1 + 1)").text().strip() == "2"
