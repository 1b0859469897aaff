"""Exits, interrupts and long prints in a real kernel, driven with a browser's messages.

``sys.exit()`` in a body or a callback ends the run, not the kernel. An interrupt stops a run
wherever it is, also a run deferred to the event loop (which publishes busy/idle like a cell),
and one landing while rerunner's output capture is entered or left loses no later output.
Printing in a body costs time linear in the text printed.

Nothing here waits on the clock: a run that must be in progress signals it (a file it writes,
the kernel's busy status) and stays until the test releases or interrupts it.
"""

from __future__ import annotations

import json
import os
import queue
import re
import tempfile
import time
from collections.abc import Callable
from typing import Any

import pytest

from kernel_client import KernelSession, new_cell_id

#: Seconds before a test gives up on something that should happen at once.
WAIT = float(os.environ.get("RERUNNER_WAIT", "30"))


@pytest.fixture(scope="module")
def kernel():
    session = KernelSession()
    session.run("%load_ext rerunner")
    where = session.run("import rerunner; print(rerunner.__file__)").text().strip()
    assert where.startswith(os.getcwd()), where  # the kernel runs this tree's code
    yield session
    session.close()


@pytest.fixture
def folder():
    with tempfile.TemporaryDirectory(prefix="rerunner-rel-") as path:
        yield path


def texts(kernel: KernelSession) -> list[str]:
    return [re.sub(r"<[^>]+>", "", t) for t in kernel.html_texts() if "<style>" not in t]


def shown(kernel: KernelSession, text: str) -> bool:
    return any(text in t for t in texts(kernel))


def value(kernel: KernelSession, expr: str) -> Any:
    return json.loads(kernel.run(f"import json as _j; print(_j.dumps({expr}))").text())


def state_of(kernel: KernelSession, *keys: str) -> dict[str, Any]:
    """Those keys of the kernel's session state (shared by every app of the module's kernel)."""
    state = value(kernel, "__import__('rerunner').kernel_session_state().to_dict()")
    return {key: state.get(key) for key in keys}


def assert_kernel_healthy(kernel: KernelSession) -> None:
    """Alive, and a plain cell's print() and display() reach the front end, not a dead run."""
    out = kernel.run(
        "import sys as _s\nfrom IPython.display import display as _d\n"
        "print('still printing', type(_s.stdout).__name__)\n"
        "_d({'text/plain': 'still displaying'}, raw=True)\n"
        "print(type(get_ipython().display_pub).__name__)"
    )
    assert out.text().split() == ["still", "printing", "OutStream", "ZMQDisplayPublisher"]
    [shown_data] = out.of_type("display_data")
    assert shown_data["content"]["data"]["text/plain"] == "still displaying"
    assert value(kernel, "__import__('rerunner').kernel_session_state()._in_run") is False


def send_comm(kernel: KernelSession, comm_id: str, data: dict[str, Any]) -> dict[str, Any]:
    msg = kernel.kc.session.msg("comm_msg", {"comm_id": comm_id, "data": data})
    kernel.kc.shell_channel.send(msg)
    return msg


def send_update(kernel: KernelSession, comm_id: str, state: dict[str, Any]) -> dict[str, Any]:
    return send_comm(kernel, comm_id, {"method": "update", "state": state, "buffer_paths": []})


def wait_for(
    kernel: KernelSession, match: Callable[[dict[str, Any]], bool], seen: list | None = None
) -> dict[str, Any]:
    """Read iopub (mirroring widget models) until a message matches; ``seen`` collects all."""
    deadline = time.monotonic() + WAIT
    while time.monotonic() < deadline:
        try:
            msg = kernel.kc.get_iopub_msg(timeout=0.2)
        except queue.Empty:
            continue
        kernel._track(msg)
        if seen is not None:
            seen.append(msg)
        if match(msg):
            return msg
    raise TimeoutError("the expected message did not come")


def status(state: str, parent: dict[str, Any]) -> Callable[[dict[str, Any]], bool]:
    def match(msg: dict[str, Any]) -> bool:
        return (
            msg["msg_type"] == "status"
            and msg["content"]["execution_state"] == state
            and msg["parent_header"].get("msg_id") == parent["header"]["msg_id"]
        )

    return match


def wait_for_file(path: str) -> None:
    deadline = time.monotonic() + WAIT
    while not os.path.exists(path):
        assert time.monotonic() < deadline, f"{path} was never written"
        time.sleep(0.01)


# --- 5. print() is linear -----------------------------------------------------------------------

PRINT_APP = """%%rerun --name printer
n = st.slider("Lines", 0, 200_000, key="lines")
for i in range(n):
    print("line", i)
"""


def test_printing_copies_each_character_about_once(kernel: KernelSession) -> None:
    kernel.run(PRINT_APP, cell_id=new_cell_id())
    slider = kernel.find("IntSliderModel", "Lines")
    figures = {}
    for lines in (20_000, 80_000, 200_000):
        before = value(
            kernel, "__import__('rerunner.runtime.context').runtime.context.stream_chars_joined"
        )
        kernel.send_update(slider.comm_id, {"value": lines}, timeout=120)
        copied = (
            value(
                kernel, "__import__('rerunner.runtime.context').runtime.context.stream_chars_joined"
            )
            - before
        )
        printed = sum(len(f"line {i}\n") for i in range(lines))
        figures[lines] = copied
        assert copied <= 2 * printed, (lines, copied, printed)
        page = [
            m.state["outputs"][0].get("text", "")
            for m in kernel.live("OutputModel")
            if m.state.get("outputs")
        ]
        assert [t for t in page if t.startswith("line 0\n") and len(t) == printed], lines
    print("characters joined:", figures)
