"""Bursts and changes made during a long body, in a real ipykernel driven as a browser drives it.

Behaviour only (how many runs, what the page ends on); the times are in benchmarks/.
"""

from __future__ import annotations

import time

from tests.support.kernel_client import SESSION_STATE, KernelSession, new_cell_id

SLOW = """%%rerun --name {name}
import time
st.session_state.setdefault("{name}_log", [])
v = st.slider("{name}", 0, 1000, key="{name}")
clicked = st.button("go {name}", key="go_{name}")
for step in range({steps}):
    st.empty().text(f"working {{step}}")
    time.sleep({seconds} / {steps})
st.write(f"{name} is {{v}}")
st.session_state["{name}_log"].append([v, clicked])
"""


def finished(kernel: KernelSession, name: str) -> list:
    """The [value, clicked] of every run of ``name`` that reached the end of its body."""
    return kernel.value(f"{SESSION_STATE}['{name}_log']")


def started(kernel: KernelSession, content: dict, msg_type: str = "comm_msg") -> None:
    """Send a request and return once the kernel has begun handling it (its busy status)."""
    msg = kernel.kc.session.msg(msg_type, content)
    kernel.kc.shell_channel.send(msg)
    while True:
        m = kernel.kc.get_iopub_msg(timeout=30)
        kernel._track(m)
        if (
            m["parent_header"].get("msg_id") == msg["header"]["msg_id"]
            and m["msg_type"] == "status"
        ):
            return


def test_a_burst_of_updates_costs_few_runs_and_ends_on_the_last_value(kernel) -> None:
    kernel.run(SLOW.format(name="burst", steps=1, seconds=0.02), cell_id=new_cell_id())
    slider = kernel.find("IntSliderModel", "burst")
    kernel.send_burst([(slider.comm_id, {"value": v}) for v in range(1, 101)])
    runs = finished(kernel, "burst")
    assert runs[-1] == [100, False]
    assert len(runs) <= 1 + 10  # the first display, then a handful for 100 updates
    assert "burst is 100" in kernel.texts()


def test_changes_during_a_long_body_stop_the_stale_runs(kernel) -> None:
    kernel.run(SLOW.format(name="long", steps=15, seconds=1.5), cell_id=new_cell_id())
    slider = kernel.find("IntSliderModel", "long")
    kernel.send_burst([(slider.comm_id, {"value": v}) for v in (1, 2, 3)], gap=0.3)
    # 2 and 3 arrived while the run for 1 (then 2) was going: those runs stopped at an st call
    assert finished(kernel, "long") == [[0, False], [3, False]]
    assert "long is 3" in kernel.texts()


def test_a_click_run_finishes_though_a_change_arrives_during_it(kernel) -> None:
    kernel.run(SLOW.format(name="click", steps=10, seconds=1.0), cell_id=new_cell_id())
    button, slider = kernel.find("ButtonModel", "go click"), kernel.find("IntSliderModel", "click")
    started(
        kernel,
        {"comm_id": button.comm_id, "data": {"method": "custom", "content": {"event": "click"}}},
    )
    time.sleep(0.2)  # into the click's body
    kernel.send_update(slider.comm_id, {"value": 8})
    assert finished(kernel, "click")[1:] == [[0, True], [8, False]]
    assert "click is 8" in kernel.texts()


def test_a_cell_queued_behind_a_rerun_app_does_not_cut_its_first_display(kernel) -> None:
    # "Run all": the next cell's request waits while the app's first run goes on
    content = {"code": SLOW.format(name="first", steps=5, seconds=0.5), "silent": False,
               "store_history": True, "user_expressions": {}, "allow_stdin": False}  # fmt: skip
    first = kernel.kc.session.msg("execute_request", content, metadata={"cellId": new_cell_id()})
    kernel.kc.shell_channel.send(first)
    kernel.run("after_the_app = 1")
    assert finished(kernel, "first") == [[0, False]]
    assert "first is 0" in kernel.texts()


def test_a_cell_run_during_a_widget_rerun_costs_one_more_run(kernel) -> None:
    kernel.run(SLOW.format(name="other", steps=10, seconds=1.0), cell_id=new_cell_id())
    slider = kernel.find("IntSliderModel", "other")
    started(
        kernel,
        {
            "comm_id": slider.comm_id,
            "data": {"method": "update", "state": {"value": 4}, "buffer_paths": []},
        },
    )
    time.sleep(0.2)  # into the body
    kernel.run("someone_else = 2")  # the app's rerun follows at once, and nothing cuts it short
    assert finished(kernel, "other") == [[0, False], [4, False]]
    assert "other is 4" in kernel.texts()
