"""The rerun core in a real ipykernel, driven over jupyter_client with the browser's comm messages."""

from __future__ import annotations

import json

from tests.support.kernel_client import SESSION_STATE, KernelSession, new_cell_id

COUNTER = """%%rerun
if "count" not in st.session_state:
    st.session_state.count = 0
def increment(by):
    st.session_state.count += by
st.button("Increment", on_click=increment, args=(1,))
st.button("Add five", on_click=increment, kwargs={"by": 5})
st.slider("Step", 1, 10, key="step")
st.write("Count =", st.session_state.count, "step", st.session_state.step)
"""


def counter_text(kernel: KernelSession) -> str:
    [text] = [t for t in kernel.texts() if "Count =" in t]
    return text


def test_counter_cell_clicks_and_slides(kernel: KernelSession) -> None:
    shown = kernel.run(COUNTER, cell_id=new_cell_id())
    assert len(shown.of_type("display_data")) == 1
    view = shown.of_type("display_data")[0]["content"]["data"][
        "application/vnd.jupyter.widget-view+json"
    ]
    assert kernel.models[view["model_id"]].name == "VBoxModel"
    assert counter_text(kernel) == "Count = 0 step 1"

    html = kernel.find("HTMLModel", "Count =")
    click = kernel.click(kernel.find("ButtonModel", "Add five").comm_id)
    # one click: busy, one update of the one element that changed, idle
    assert [m["msg_type"] for m in click.messages] == ["status", "comm_msg", "status"]
    [update] = click.comm_messages
    assert update["content"]["comm_id"] == html.comm_id
    assert set(update["content"]["data"]["state"]) == {"value"}
    assert counter_text(kernel) == "Count = 5 step 1"

    slide = kernel.send_update(kernel.find("IntSliderModel", "Step").comm_id, {"value": 7})
    methods = [m["content"]["data"]["method"] for m in slide.comm_messages]
    assert methods == ["echo_update", "update"]
    assert not slide.of_type("comm_open", "comm_close")
    assert counter_text(kernel) == "Count = 5 step 7"
    assert kernel.value(f"{SESSION_STATE}.to_dict()") == {
        "count": 5,
        "step": 7,
    }


def test_reexecuting_a_cell_replaces_its_app_and_keeps_state(kernel: KernelSession) -> None:
    cell = new_cell_id()
    kernel.run('%%rerun\nst.number_input("Keep me", 0, 100, key="kept")', cell_id=cell)
    field = kernel.find("TextModel", "Keep me")
    kernel.send_update(field.comm_id, {"value": "42"})
    old = {m.comm_id for m in kernel.live()} - {m.comm_id for m in kernel.live("LayoutModel")}
    again = kernel.run('%%rerun\nst.number_input("Keep me", 0, 100, key="kept")', cell_id=cell)
    closed = {m["content"]["comm_id"] for m in again.of_type("comm_close")}
    assert kernel.find("TextModel", "Keep me").comm_id != field.comm_id
    assert field.comm_id in closed
    assert kernel.find("TextModel", "Keep me").state["value"] == "42"
    assert kernel.value("len([a for a in __import__('rerunner.magic').magic.APPS.values()])") >= 1
    assert old  # the first app did open widgets


def test_two_cells_share_state_and_keep_each_others_widgets(kernel: KernelSession) -> None:
    kernel.run('%%rerun\nst.slider("Left", 0, 10, key="left")', cell_id=new_cell_id())
    kernel.run('%%rerun\nst.slider("Right", 0, 10, key="right")\nst.write("left is", st.session_state.get("left"))',
               cell_id=new_cell_id())  # fmt: skip
    kernel.send_update(kernel.find("IntSliderModel", "Left").comm_id, {"value": 3})
    kernel.send_update(kernel.find("IntSliderModel", "Right").comm_id, {"value": 8})
    assert any("left is" in t and "3" in t for t in kernel.html_texts())
    state = kernel.value(f"{SESSION_STATE}.to_dict()")
    assert state["left"] == 3 and state["right"] == 8


def test_print_in_a_widget_triggered_rerun_lands_in_the_app(kernel: KernelSession) -> None:
    kernel.run(
        '%%rerun\nv = st.checkbox("Shout")\nprint("shout" if v else "quiet")', cell_id=new_cell_id()
    )
    outputs = [
        m for m in kernel.live("OutputModel") if "quiet" in json.dumps(m.state.get("outputs"))
    ]
    assert len(outputs) == 1
    box = kernel.find("CheckboxModel", "Shout")
    exchange = kernel.send_update(box.comm_id, {"value": True})
    assert not exchange.of_type("stream")  # nothing leaks to whichever cell is current
    assert outputs[0].state["outputs"][0]["text"] == "shout\n"


def test_error_in_body_is_shown_and_the_app_recovers(kernel: KernelSession) -> None:
    kernel.run('%%rerun\nn = st.number_input("Divisor", value=1, key="div")\nst.write("result", 10 // n)',
               cell_id=new_cell_id())  # fmt: skip
    field = kernel.find("TextModel", "Divisor")
    bad = kernel.send_update(field.comm_id, {"value": "0"})
    assert not bad.errors()
    assert any("ZeroDivisionError" in t and "10 // n" in t for t in kernel.html_texts())
    kernel.send_update(field.comm_id, {"value": "5"})
    assert any("result" in t and ">2<" in t for t in kernel.html_texts())
    assert not any("ZeroDivisionError" in t for t in kernel.html_texts())


def test_updates_queued_behind_a_slow_run_cost_one_rerun(kernel: KernelSession) -> None:
    kernel.run(
        '%%rerun --name slow\nimport time\nv = st.slider("Slow", 0, 100, key="slow")\n'
        'st.session_state.runs = st.session_state.get("runs", 0) + 1\n'
        'if v: time.sleep(0.4)\nst.write("slow value", v)',
        cell_id=new_cell_id(),
    )
    slider = kernel.find("IntSliderModel", "Slow")
    for round_ in range(3):  # repeated: a kernel that stops reading its input hangs here
        values = [10 * round_ + v for v in (1, 2, 3, 4, 5)]
        before = kernel.value(f"{SESSION_STATE}['runs']")
        kernel.send_burst([(slider.comm_id, {"value": v}) for v in values])
        after = kernel.value(f"{SESSION_STATE}['runs']")
        # the first update's run, then one for everything that queued up behind it
        assert after - before <= 2, (before, after)
        assert any("slow value" in t and f">{values[-1]}<" in t for t in kernel.html_texts())


def test_import_streamlit_in_cell_is_rerunner_and_unchanged_outside(kernel: KernelSession) -> None:
    kernel.run(
        '%%rerun\nimport streamlit as st\nst.write("module", st.__name__)', cell_id=new_cell_id()
    )
    assert any("rerunner.st" in t for t in kernel.html_texts())
    outside = kernel.run(
        "import streamlit\nprint(streamlit.__name__, hasattr(streamlit, 'testing'))"
    ).text()
    assert outside.split()[0] == "streamlit"


def test_name_option_and_bad_options(kernel: KernelSession) -> None:
    kernel.run('%%rerun --name named\nst.write("named app one")', cell_id=new_cell_id())
    kernel.run('%%rerun --name named\nst.write("named app two")', cell_id=new_cell_id())
    texts = kernel.html_texts()
    assert any("named app two" in t for t in texts) and not any("named app one" in t for t in texts)
    bad = kernel.execute("%%rerun --nope\nst.write('x')")
    assert bad.errors() and "unknown option" in bad.errors()[0]["content"]["evalue"]
