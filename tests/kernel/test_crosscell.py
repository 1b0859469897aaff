"""Apps in step across cells, in a real kernel driven as a browser drives it: a click in one app,
or a plain cell assigning ``st.session_state``, reruns the apps that read what changed, as a
deferred run of the kernel (its own busy, then the other app's widget updates, then idle, all
parented by the request that caused it); a ping-pong between two apps stops after one round.
"""

from __future__ import annotations

import os
import time
from typing import Any

from tests.support.kernel_client import Exchange, KernelSession, new_cell_id

APPS = "__import__('rerunner.runtime.apps').runtime.apps.APPS"

COUNTER = """%%rerun --name cc_counter
st.session_state.setdefault("cc_count", 0)
def bump():
    st.session_state.cc_count += 1
st.button("Bump the shared count", on_click=bump)
st.write("counter has", st.session_state.cc_count)
"""

READER = """%%rerun --name cc_reader
st.write("reader sees", st.session_state.get("cc_count"))
st.write("reader's x is", st.session_state.get("cc_x", "unset"))
"""


def statuses(exchange: Exchange) -> list[str]:
    return [m["content"]["execution_state"] for m in exchange.of_type("status")]


def updated_models(exchange: Exchange) -> set[str]:
    return {
        m["content"]["comm_id"]
        for m in exchange.of_type("comm_msg")
        if m["content"]["data"].get("method") == "update"
    }


def shown(kernel: KernelSession, text: str) -> bool:
    return any(text in t for t in kernel.texts())


def html_of(kernel: KernelSession, start: str) -> Any:
    [model] = [m for m in kernel.live("HTMLModel") if start in m.state.get("value", "")]
    return model


def test_a_click_in_one_app_updates_the_other_in_a_deferred_run(kernel: KernelSession) -> None:
    kernel.run(COUNTER, cell_id=new_cell_id())
    kernel.run(READER, cell_id=new_cell_id())
    assert shown(kernel, "reader sees 0")
    reader_text = html_of(kernel, "reader sees")

    click = kernel.click(kernel.find("ButtonModel", "Bump the shared count").comm_id)
    assert reader_text.comm_id not in updated_models(click)  # not in the click's own handler
    follow_up = kernel.follow_up(click)
    assert statuses(follow_up) == ["busy", "idle"]  # the kernel is busy around the rerun
    assert follow_up.messages[0]["msg_type"] == "status"
    assert follow_up.messages[-1]["msg_type"] == "status"
    assert reader_text.comm_id in updated_models(follow_up)  # the reader's widget changed
    assert shown(kernel, "counter has 1") and shown(kernel, "reader sees 1")


def test_a_plain_cell_assigning_session_state_updates_the_app_that_read_it(
    kernel: KernelSession,
) -> None:
    kernel.run(READER, cell_id=new_cell_id())  # a cell run again: its app is replaced
    assert kernel.value(f"list({APPS}).count('cc_reader')") == 1
    cell = kernel.run("from rerunner import st\nst.session_state.cc_x = 'set by a cell'")
    assert statuses(cell) == ["busy", "idle"] and not updated_models(cell)
    follow_up = kernel.follow_up(cell)
    assert statuses(follow_up) == ["busy", "idle"]
    assert updated_models(follow_up)
    assert shown(kernel, "reader's x is set by a cell")


PING = """%%rerun --name cc_ping
def serve():
    st.session_state.cc_pong = st.session_state.get("cc_pong", 0) + 10
st.button("Serve", on_click=serve)
st.session_state.cc_ping = st.session_state.get("cc_pong", 0) + 1
st.write("ping is", st.session_state.cc_ping)
"""

PONG = """%%rerun --name cc_pong
st.session_state.cc_pong = st.session_state.get("cc_ping", 0) + 1
st.write("pong is", st.session_state.cc_pong)
"""


def warnings_shown(kernel: KernelSession) -> list[str]:
    return [t for t in kernel.texts() if t.startswith("This app was not rerun")]


def test_a_ping_pong_between_two_apps_is_cut_after_one_round(kernel: KernelSession) -> None:
    kernel.run(PING, cell_id=new_cell_id())
    cell = kernel.run(PONG, cell_id=new_cell_id())
    # pong's first run changed what ping read: ping reran, which changed what pong read: pong
    # reran; ping, already rerun once, is not rerun again and says why
    kernel.follow_up(cell)
    runs = f"[{APPS}[n].run_count for n in ('cc_ping', 'cc_pong')]"
    assert kernel.value(runs) == [2, 2]
    [warning] = warnings_shown(kernel)
    assert "st.session_state['cc_pong'] changed again" in warning

    click = kernel.click(kernel.find("ButtonModel", "Serve").comm_id)
    follow_up = kernel.follow_up(click)
    assert statuses(follow_up) == ["busy", "idle"]  # one deferred run: pong, then ping again
    assert kernel.value(runs) == [4, 3]
    # ping: 14 + 1 after the click, 16 + 1 after pong's rerun; pong is left at 16, and says why
    assert shown(kernel, "ping is 17") and shown(kernel, "pong is 16")
    [warning] = warnings_shown(kernel)  # ping's is gone with its rerun
    assert "st.session_state['cc_ping'] changed again" in warning
    assert kernel.value("__import__('rerunner').kernel_session_state()['cc_pong']") == 16
    kernel.run("%unload_ext rerunner")  # every app closed: none left to rerun
    assert kernel.value(f"len({APPS})") == 0
    kernel.run("%load_ext rerunner")


SUPERSEDED = """%%rerun --name cc_slow
import pathlib, time
v = st.slider("Slow", 0, 10, key="cc_slow")
scheduler = __import__("rerunner.magic").magic.APPS["cc_slow"]._scheduler
if v == 4 and not probe:
    probe.append("superseded")  # this run waits for the cell's request, then gives way to it
    pathlib.Path(started).write_text("x")
    while not scheduler.input_waiting():
        time.sleep(0.005)
    time.sleep(0.02)  # 4 look intervals (rerunner.kernel.LOOK_INTERVAL): the next st call looks
st.write("slow sees", v, st.session_state.get("cc_slow_x"))
st.session_state.setdefault("cc_slow_log", []).append([v, st.session_state.get("cc_slow_x")])
"""


def test_the_extra_run_after_another_cell_is_also_the_cross_cell_update(
    kernel: KernelSession, tmp_path
) -> None:
    """A cell that stops a run (fast reruns) and changes what the app read costs one more run,
    not two: the rerun owed to the stopped run serves the cross-cell update as well."""
    started = str(tmp_path / "started")
    kernel.run(f"probe = []\nstarted = {started!r}")
    kernel.run(SUPERSEDED, cell_id=new_cell_id())
    slider = kernel.find("IntSliderModel", "Slow")
    change = kernel.kc.session.msg(
        "comm_msg",
        {"comm_id": slider.comm_id,
         "data": {"method": "update", "state": {"value": 4}, "buffer_paths": []}},
    )  # fmt: skip
    kernel.kc.shell_channel.send(change)
    deadline = time.monotonic() + 30
    while not os.path.exists(started):  # the change's run is in its body
        assert time.monotonic() < deadline, "the run did not start"
        time.sleep(0.01)
    cell = kernel.kc.session.msg(
        "execute_request",
        {"code": "from rerunner import st\nst.session_state.cc_slow_x = 'from the cell'",
         "silent": False, "store_history": True, "user_expressions": {}, "allow_stdin": False,
         "stop_on_error": True},
    )  # fmt: skip
    kernel.kc.shell_channel.send(cell)
    handled = kernel.follow_up(Exchange(request_id=change["header"]["msg_id"]))
    assert not updated_models(handled)  # the run gave way to the cell
    kernel.follow_up(Exchange(request_id=cell["header"]["msg_id"]))
    rerun = kernel.follow_up(Exchange(request_id=change["header"]["msg_id"]))
    assert statuses(rerun) == ["busy", "idle"] and updated_models(rerun)
    assert shown(kernel, "slow sees 4 from the cell")
    log = "__import__('rerunner').kernel_session_state()['cc_slow_log']"
    assert kernel.value(log) == [[0, None], [4, "from the cell"]]
    assert kernel.value(f"{APPS}['cc_slow'].run_count") == 3  # first, stopped, the one more
