"""The example notebooks, executed top to bottom by nbclient, then clicked through their kernel."""

from __future__ import annotations

import re
from pathlib import Path

import nbformat
import pytest
from nbclient import NotebookClient

from kernel_client import KernelSession

NOTEBOOKS = Path(__file__).resolve().parent.parent / "notebooks"


def plain(html: str) -> str:
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", "", html)).strip()


def run_notebook(name: str):
    nb = nbformat.read(NOTEBOOKS / name, as_version=4)
    client = NotebookClient(nb, timeout=120, kernel_name="python3", resources={"metadata": {"path": str(NOTEBOOKS)}})
    return nb, client


def execute_all(nb, client) -> None:
    for index, cell in enumerate(nb.cells):
        client.execute_cell(cell, index)


def check_outputs(nb) -> None:
    for cell in nb.cells:
        if cell.cell_type != "code":
            continue
        assert not [o for o in cell.outputs if o.output_type == "error"], cell.source
        if cell.source.startswith("%%rerun"):
            views = [o for o in cell.outputs if "application/vnd.jupyter.widget-view+json" in o.get("data", {})]
            assert len(views) == 1, cell.source


def texts(session: KernelSession) -> list[str]:
    return [plain(t) for t in session.html_texts() if "<style>" not in t]


def test_counter_notebook() -> None:
    nb, client = run_notebook("01_counter.ipynb")
    with client.setup_kernel():
        execute_all(nb, client)
        check_outputs(nb)
        assert nb.cells[4].outputs[0]["data"]["text/plain"] == "0"
        session = KernelSession(client.km.get_connection_info())
        session.learn(client.widget_state)
        check_counter(session)
        session.close()


def check_counter(session: KernelSession) -> None:
    assert "Count = 0" in texts(session)
    assert "Counter Example" in texts(session)
    for expected in (1, 2):
        session.click(session.find("ButtonModel", "Increment").comm_id)
        assert f"Count = {expected}" in texts(session)


def test_callbacks_notebook() -> None:
    nb, client = run_notebook("02_callbacks.ipynb")
    with client.setup_kernel():
        execute_all(nb, client)
        check_outputs(nb)
        session = KernelSession(client.km.get_connection_info())
        session.learn(client.widget_state)
        check_callbacks(session)
        session.close()


def check_callbacks(session: KernelSession) -> None:
    assert texts(session).count("Count = 0") == 2
    assert "Fahrenheit: 122.0" in texts(session)
    increments = [m for m in session.live("ButtonModel") if m.state.get("description") == "Increment"]
    assert len(increments) == 2
    session.click(increments[0].comm_id)  # the plain callback: +1 (both counters share state)
    [number] = [m for m in session.live("TextModel") if "Enter a value" in m.state.get("description", "")]
    session.send_update(number.comm_id, {"value": "5"})
    session.click(increments[1].comm_id)  # kwargs=dict(increment_value=5): +5
    decrement = session.find("ButtonModel", "Decrement")
    session.click(decrement.comm_id)  # args=(5,): -5
    assert texts(session).count("Count = 1") == 2
    slider = session.find("FloatSliderModel", "Celsius")
    session.send_update(slider.comm_id, {"value": 100.0})
    assert "Fahrenheit: 212.0" in texts(session)
    name = session.find("TextModel", "Your name")
    session.send_update(name.comm_id, {"value": "Ada"})
    session.send_update(name.comm_id, {"value": "Grace"})
    assert "Names entered so far: Ada, Grace" in texts(session)


@pytest.mark.parametrize("path", sorted(p.name for p in NOTEBOOKS.glob("*.ipynb")))
def test_every_notebook_executes_without_errors(path: str) -> None:
    nb, client = run_notebook(path)
    client.execute()
    check_outputs(nb)
