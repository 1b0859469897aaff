"""Multipage apps in a real ipykernel: the menu's clicks, the location widget's reports (as
the browser sends them), the page kept across reruns and across the cell run again, and a
``pages/`` folder beside a ``--file`` script."""

from __future__ import annotations

from pathlib import Path

from tests.support.kernel_client import SESSION_STATE, KernelSession, new_cell_id

APP = """%%rerun
def home():
    st.title("Home page")
    st.slider("Level", 0, 10, key="level")
def lesson():
    st.title("Lesson page")
    st.write("query", st.query_params.to_dict(), "tz", st.context.timezone)
    if st.button("Back home"):
        st.switch_page(pages[0])
pages = [st.Page(home, icon=":material/home:"), st.Page(lesson, title="Lesson")]
st.navigation(pages).run()
"""


def title(kernel: KernelSession) -> str:
    [found] = [t for t in kernel.texts() if t.endswith(" page")]
    return found


def location(kernel: KernelSession) -> dict:
    [model] = [m for m in kernel.live() if m.state.get("_dom_classes") == ["rr-location"]]
    return model.state


def test_pages_switch_by_menu_report_and_switch_page_and_survive_a_cell_run_again(
    kernel: KernelSession,
) -> None:
    cell = new_cell_id()
    kernel.run(APP, cell_id=cell)
    assert title(kernel) == "Home page"
    kernel.send_update(kernel.find("IntSliderModel", "Level").comm_id, {"value": 4})
    assert kernel.value(f"{SESSION_STATE}.to_dict()")["level"] == 4
    kernel.click(kernel.find("ButtonModel", "Lesson").comm_id)
    assert title(kernel) == "Lesson page"
    assert "level" not in kernel.value(f"{SESSION_STATE}.to_dict()")  # cleaned with its page
    target = location(kernel)["target"]
    assert (target["hash"], target["mode"]) == ("#/lesson", "push")
    # the page connects in Voila: its URL holds a query string, its time zone is reported
    report = {
        "writable": True, "search": "?week=3", "hash": "#/lesson", "timezone": "Asia/Tokyo",
        "theme": "light", "n": 1,
    }  # fmt: skip
    loc = [m for m in kernel.live() if m.state.get("_dom_classes") == ["rr-location"]][0]
    kernel.send_update(loc.comm_id, {"report": report})
    shown = "\n".join(kernel.texts())
    assert "week" in shown and "Asia/Tokyo" in shown
    # the cell run again keeps its page and query
    kernel.run(APP, cell_id=cell)
    assert title(kernel) == "Lesson page"
    assert any("week" in t for t in kernel.texts())
    kernel.click(kernel.find("ButtonModel", "Back home").comm_id)
    assert title(kernel) == "Home page"
    # back in the browser's history: a report of the earlier URL
    loc = [m for m in kernel.live() if m.state.get("_dom_classes") == ["rr-location"]][0]
    kernel.send_update(loc.comm_id, {"report": {**report, "n": 2}})
    assert title(kernel) == "Lesson page"


def test_a_pages_folder_beside_a_file(kernel: KernelSession, tmp_path: Path) -> None:
    (tmp_path / "pages").mkdir()
    (tmp_path / "main_app.py").write_text("import streamlit as st\nst.title('Main page')\n")
    (tmp_path / "pages" / "1_Second.py").write_text("st.title('Second page')\n")
    kernel.run(f"%%rerun --file {tmp_path / 'main_app.py'}\n# the script's", cell_id=new_cell_id())
    assert "Main page" in kernel.texts() and "Second page" not in kernel.texts()
    kernel.click(kernel.find("ButtonModel", "Second").comm_id)
    assert "Second page" in kernel.texts() and "Main page" not in kernel.texts()
