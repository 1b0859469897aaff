"""Errors in user code, in a real kernel: each leaves the app usable, with its widgets and state."""

from __future__ import annotations

import os
import tempfile
import threading
import time

from tests.support.kernel_client import SESSION_STATE, KernelSession, new_cell_id


def test_error_in_format_func_shows_and_the_next_event_works(kernel: KernelSession) -> None:
    kernel.run(
        '%%rerun\nbroken = st.checkbox("Break the labels", key="broken")\n'
        'def label(x):\n    if broken and x == "b":\n        raise ValueError("no label for b")\n    return x.upper()\n'
        'st.radio("Letters", ["a", "b"], format_func=label, key="letters")\nst.write("after radio")',
        cell_id=new_cell_id(),
    )
    box = kernel.find("CheckboxModel", "Break the labels")
    kernel.send_update(box.comm_id, {"value": True})
    assert any("ValueError: no label for b" in t for t in kernel.texts())
    assert not kernel.live("RadioButtonsModel") or all(
        "Letters" not in m.state["description"] for m in kernel.live("RadioButtonsModel")
    )
    kernel.send_update(box.comm_id, {"value": False})
    assert any("after radio" in t for t in kernel.texts()) and not any(
        "no label for b" in t for t in kernel.texts()
    )
    assert kernel.value(f"{SESSION_STATE}['letters']") == "a"


def test_interrupting_a_long_run_leaves_the_app_usable(kernel: KernelSession) -> None:
    marker = os.path.join(tempfile.mkdtemp(prefix="rerunner-int-"), "started")
    kernel.run(
        f'%%rerun\nimport time, pathlib\nv = st.slider("Wait", 0, 10, key="wait")\n'
        f'if v == 7:\n    pathlib.Path({marker!r}).write_text("x")\n    time.sleep(60)\n'
        'st.write("waited for", v)',
        cell_id=new_cell_id(),
    )
    slider = kernel.find("IntSliderModel", "Wait")

    def interrupt_when_started() -> None:
        deadline = time.monotonic() + 30
        while not os.path.exists(marker) and time.monotonic() < deadline:
            time.sleep(0.02)
        kernel.km.interrupt_kernel()

    helper = threading.Thread(target=interrupt_when_started)
    helper.start()
    exchange = kernel.send_update(slider.comm_id, {"value": 7}, timeout=45)
    helper.join()
    assert exchange.seconds_to_idle < 45  # the 60 s sleep was cut short
    assert any("KeyboardInterrupt" in t for t in kernel.texts())
    kernel.send_update(slider.comm_id, {"value": 3})
    assert any("waited for 3" in t for t in kernel.texts())
    assert kernel.run("print(1 + 1)").text().strip() == "2"


def test_syntax_error_keeps_the_last_good_app_running(kernel: KernelSession) -> None:
    cell = new_cell_id()
    kernel.run(
        '%%rerun\nn = st.number_input("Apples", 0, 100, key="apples")\nst.write("apples:", n)',
        cell_id=cell,
    )
    field = kernel.find("TextModel", "Apples")
    kernel.send_update(field.comm_id, {"value": "12"})
    broken = kernel.execute(
        '%%rerun\nn = st.number_input("Apples", 0, 100, key="apples"\nst.write("apples:", n)',
        cell_id=cell,
    )
    assert not broken.errors()
    assert any("SyntaxError" in t for t in kernel.texts())
    views = [
        m["content"]["data"]["application/vnd.jupyter.widget-view+json"]["model_id"]
        for m in broken.of_type("display_data")
    ]
    assert len(views) == 2  # the error, then the app that still works
    kernel.send_update(field.comm_id, {"value": "13"})  # the old widgets keep working
    assert any("apples: 13" in t for t in kernel.texts())
    kernel.run(
        '%%rerun\nn = st.number_input("Apples", 0, 100, key="apples")\nst.write("fixed apples:", n)',
        cell_id=cell,
    )
    assert any("fixed apples: 13" in t for t in kernel.texts())


def test_syntax_error_in_a_new_cell_is_shown_in_its_app(kernel: KernelSession) -> None:
    exchange = kernel.execute("%%rerun\nst.write('x'\n", cell_id=new_cell_id())
    assert not exchange.errors()
    assert any("SyntaxError" in t for t in kernel.texts())
