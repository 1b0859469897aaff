"""The example notebooks, executed top to bottom by nbclient, then driven through their kernel with
the comm messages a browser sends (clicks, typed text, picked options) and their outputs checked.

Each notebook runs in a temporary copy of ``notebooks/``: some apps write files beside themselves.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import nbformat
import pytest
from jupyter_core.utils import run_sync
from nbclient import NotebookClient

from tests.support import NOTEBOOKS, copy_notebooks
from tests.support.class_store import stored_labels
from tests.support.kernel_client import KernelSession, Model, plain

NAMES = sorted(p.name for p in NOTEBOOKS.glob("*.ipynb"))
VIEW = "application/vnd.jupyter.widget-view+json"


def run_notebook(name: str, folder: Path = NOTEBOOKS):
    nb = nbformat.read(folder / name, as_version=4)
    client = NotebookClient(
        nb, timeout=120, kernel_name="python3", resources={"metadata": {"path": str(folder)}}
    )
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
            views = [o for o in cell.outputs if VIEW in o.get("data", {})]
            assert len(views) == 1, cell.source


def page_text(session: KernelSession) -> str:
    return " | ".join(session.texts())


def app_root(nb, session: KernelSession, nth: int = 0) -> Model:
    """The root widget of the notebook's ``nth`` app, from its cell's display output."""
    roots = [o["data"][VIEW]["model_id"] for cell in nb.cells if cell.cell_type == "code"
             for o in cell.outputs if VIEW in o.get("data", {})]  # fmt: skip
    return session.models[roots[nth]]


def in_page_order(session: KernelSession, root: Model, model_name: str) -> list[Model]:
    """The live models of one class under ``root``, in the order a page shows them."""
    found: list[Model] = []

    def walk(model: Model) -> None:
        if model.name == model_name and not model.closed:
            found.append(model)
        for child in session.children_of(model):
            walk(child)

    walk(root)
    return found


def labelled(session: KernelSession, model_name: str, label: str) -> Model:
    """The live model of that class whose label (HTML allowed) reads exactly ``label``."""
    found = [
        m for m in session.live(model_name) if plain(str(m.state.get("description", ""))) == label
    ]
    assert len(found) == 1, f"{len(found)} live {model_name} labelled {label!r}"
    return found[0]


def dataframe_rows(session: KernelSession) -> list[dict]:
    """The rows of the page's (last) st.dataframe, asked for as its grid asks in the browser."""
    grid = [m for m in session.live("AnyModel") if "selection_modes" in m.state][-1]
    reply = session.send_custom(grid.comm_id, {"op": "rows", "req": 1, "start": 0, "stop": 1000})
    [content] = [
        m["content"]["data"]["content"]
        for m in reply.of_type("comm_msg")
        if m["content"]["data"].get("method") == "custom"
    ]
    assert content["total"] == len(content["rows"])
    return content["rows"]


def pick(session: KernelSession, label: str, option: str) -> None:
    """Choose an option of a selectbox (a Dropdown) by its text, as the browser sends it."""
    dropdown = labelled(session, "DropdownModel", label)
    session.send_update(
        dropdown.comm_id, {"index": list(dropdown.state["_options_labels"]).index(option)}
    )


# --- the apps ---------------------------------------------------------------------------------


def check_index(nb, session: KernelSession) -> None:
    apps = [n for n in NAMES if n != "00_index.ipynb"]
    assert f"{len(apps)} of {len(apps)} example apps" in session.texts()
    for name in apps:  # each app's title, then the first paragraph of its introduction
        intro = nbformat.read(NOTEBOOKS / name, as_version=4).cells[0].source
        title, paragraph = intro.splitlines()[0].lstrip("# "), intro.split("\n\n")[1].split()[0]
        assert any(t.startswith(f"{title} {paragraph}") for t in session.texts()), title
    session.send_update(labelled(session, "TextModel", "Filter").comm_id, {"value": "tic-tac"})
    assert f"1 of {len(apps)} example apps" in session.texts()
    [shown] = [t for t in session.texts() if "Tic-tac-toe" in t]
    assert "Two players take turns" in shown


def check_counter(nb, session: KernelSession) -> None:
    assert nb.cells[4].outputs[0]["data"]["text/plain"] == "0"
    assert "Count = 0" in session.texts()
    assert "Counter Example" in session.texts()
    for expected in (1, 2):
        session.click(session.find("ButtonModel", "Increment").comm_id)
        assert f"Count = {expected}" in session.texts()


def check_callbacks(nb, session: KernelSession) -> None:
    assert session.texts().count("Count = 0") == 2
    assert "Fahrenheit: 122.0" in session.texts()
    increments = [
        m for m in session.live("ButtonModel") if m.state.get("description") == "Increment"
    ]
    assert len(increments) == 2
    # both counters share the count: a click in either reruns the other afterwards, in a run of
    # its own (follow_up waits for it)
    session.follow_up(session.click(increments[0].comm_id))  # the plain callback: +1
    assert session.texts().count("Count = 1") == 2
    [number] = [
        m for m in session.live("TextModel") if "Enter a value" in m.state.get("description", "")
    ]
    session.send_update(number.comm_id, {"value": "5"})  # changes no key: the other app stays
    session.follow_up(session.click(increments[1].comm_id))  # kwargs=dict(increment_value=5)
    assert session.texts().count("Count = 6") == 2
    decrement = session.find("ButtonModel", "Decrement")
    session.follow_up(session.click(decrement.comm_id))  # args=(5,): -5
    assert session.texts().count("Count = 1") == 2
    [reset] = [cell for cell in nb.cells if cell.source.startswith("from rerunner import st")]
    session.follow_up(session.run(reset.source))  # a plain cell: both apps rerun after it
    assert session.texts().count("Count = 0") == 2
    slider = session.find("FloatSliderModel", "Celsius")
    session.send_update(slider.comm_id, {"value": 100.0})
    assert "Fahrenheit: 212.0" in session.texts()
    name = session.find("TextModel", "Your name")
    session.send_update(name.comm_id, {"value": "Ada"})
    session.send_update(name.comm_id, {"value": "Grace"})
    assert "Names entered so far: Ada, Grace" in session.texts()


def check_pagination(nb, session: KernelSession) -> None:
    assert "Page 1 of 15 · flowers 1–10 of 150" in session.texts()
    previous, following = (labelled(session, "ButtonModel", n) for n in ("Previous", "Next"))
    assert previous.state["disabled"] and not following.state["disabled"]
    session.click(following.comm_id)
    assert "Page 2 of 15 · flowers 11–20 of 150" in session.texts()
    page = labelled(session, "TextModel", "Page")
    assert page.state["value"] == "2"  # the buttons and the field share the key `page`
    session.send_update(page.comm_id, {"value": "15"})
    assert "Page 15 of 15 · flowers 141–150 of 150" in session.texts()
    assert following.state["disabled"]
    pick(session, "Rows per page", "50")
    assert "Page 3 of 3 · flowers 101–150 of 150" in session.texts()  # clamped
    pick(session, "Species", "setosa")
    assert "Page 1 of 1 · flowers 1–50 of 50" in session.texts()
    species = {row["Species"] for row in dataframe_rows(session)}
    assert len(dataframe_rows(session)) == 50 and species == {"setosa"}
    assert session.run("print(st.session_state.page)").text().strip() == "1"


def check_dependent_widgets(nb, session: KernelSession) -> None:
    assert "Paris, France: about 2.1 million people." in session.texts()
    pick(session, "Country", "Kenya")
    assert "Nairobi, Kenya: about 4.4 million people." in session.texts()
    assert list(labelled(session, "DropdownModel", "City").state["_options_labels"]) == [
        "Nairobi",
        "Mombasa",
        "Kisumu",
    ]
    pick(session, "City", "Kisumu")
    assert "Kisumu, Kenya: about 0.6 million people." in session.texts()
    new_city = labelled(session, "TextModel", "Add a city to Kenya")
    session.send_update(new_city.comm_id, {"value": "Nakuru"})
    assert "Nakuru was added by you; we know nothing about it yet." in session.texts()
    assert (
        new_city.state["value"] == "" and not new_city.closed
    )  # cleared, same widget (focus kept)
    pick(session, "Country", "Peru")
    pick(session, "Country", "Kenya")
    assert "Nakuru" in labelled(session, "DropdownModel", "City").state["_options_labels"]

    nights = labelled(session, "IntSliderModel", "Nights")
    exchange = session.send_update(nights.comm_id, {"value": 10})
    assert not [m for m in exchange.comm_messages if m["msg_type"] == "comm_msg"
                and m["content"]["data"].get("method") == "update"]  # in a form: no rerun  # fmt: skip
    assert not any(t.startswith("Planned") for t in session.texts())
    session.click(labelled(session, "ButtonModel", "Plan trip").comm_id)
    assert "Planned: 10 nights in Nairobi (Kenya) for 2" in session.texts()


def check_tic_tac_toe(nb, session: KernelSession) -> None:
    squares = in_page_order(session, app_root(nb, session), "ButtonModel")[:9]
    assert [s.state["description"] for s in squares] == [" "] * 9
    for square in (0, 1, 2, 4, 3, 5, 7, 6, 8):  # X O X / X O O / O X X: nobody wins
        session.click(squares[square].comm_id)
    assert [s.state["description"] for s in squares] == [
        "X",
        "O",
        "X",
        "X",
        "O",
        "O",
        "O",
        "X",
        "X",
    ]
    assert "It's a draw." in session.texts()
    assert "Score: X 0 · O 0 · draws 1" in session.texts()
    session.click(labelled(session, "ButtonModel", "New game").comm_id)
    assert "X to move" in session.texts()
    session.send_update(
        labelled(session, "CheckboxModel", "Computer plays O").comm_id, {"value": True}
    )
    for square in (1, 3):  # the computer answers each move at once
        session.click(squares[square].comm_id)
    # X at 1 and 3; O took the centre, then blocked nothing and took corner 0; now O threatens 0-4-8.
    assert [s.state["description"] for s in squares][:5] == ["O", "X", " ", "X", "O"]
    session.click(squares[2].comm_id)  # X does not block: O completes the diagonal
    assert "O wins!" in session.texts()
    assert "Score: X 0 · O 1 · draws 1" in session.texts()
    assert all(s.state["disabled"] for s in squares)


def check_battleship(nb, session: KernelSession) -> None:
    assert "Fire when ready." in session.texts()
    sea = in_page_order(session, app_root(nb, session), "ButtonModel")[:36]
    show = labelled(session, "CheckboxModel", "Show the fleet")
    session.send_update(show.comm_id, {"value": True})
    ships = {i for i, s in enumerate(sea) if s.state["description"] == "■"}
    assert len(ships) == 7
    session.send_update(show.comm_id, {"value": False})
    assert not [s for s in sea if s.state["description"] == "■"]
    misses = [i for i in range(36) if i not in ships][:20]
    for shot in misses:
        session.click(sea[shot].comm_id)
    assert "Torpedoes left: 0 · hits: 0 of 7" in session.texts()
    assert any(t.startswith("Out of torpedoes") for t in session.texts())
    assert {i for i, s in enumerate(sea) if s.state["description"] == "■"} == ships  # revealed
    assert all(s.state["disabled"] for s in sea)
    session.click(labelled(session, "ButtonModel", "New game").comm_id)
    assert "Battleship — game 2" in session.texts()
    assert "Torpedoes left: 20 · hits: 0 of 7" in session.texts()


def check_image_annotation(
    nb, session: KernelSession, client=None, folder: Path | None = None
) -> None:
    from sklearn.datasets import load_digits

    truth = [str(t) for t in load_digits().target[:20]]
    assert any("Type your name and press Enter" in t for t in session.texts())
    session.send_update(
        labelled(session, "TextModel", "Your name").comm_id, {"value": "Ada Lovelace"}
    )
    assert "0 of 20 labelled" in page_text(session)
    for image, digit in enumerate(truth):
        wrong = image == 3  # one deliberate disagreement
        answer = "?" if wrong else digit
        assert f"Image {image + 1} of 20" in page_text(session)
        session.click(labelled(session, "ButtonModel", answer).comm_id)
    assert "20 of 20 labelled" in page_text(session)
    assert "All 20 labelled, Ada Lovelace! You agree with the data set on 19 of them." in (
        session.texts()
    )
    saved = stored_labels(folder / "annotations")["Ada_Lovelace"]
    assert len(saved) == 20 and saved[3] == "?" and saved[0] == truth[0]
    # (an anywidget link: a download button reports its clicks)
    [download] = [m for m in session.live() if "Download my labels" in str(m.state.get("html", ""))]
    assert 'download="Ada_Lovelace.csv"' in download.state["html"]

    # A new kernel (a restart, or a new Voila visitor) finds the labels in the store.
    run_sync(client.km.restart_kernel)(now=True)
    run_sync(client.kc.wait_for_ready)(timeout=60)
    client.widget_state.clear()  # the old kernel's widgets died with it
    execute_all(nb, client)
    check_outputs(nb)
    again = KernelSession(client.km.get_connection_info())
    again.learn(client.widget_state)
    try:
        assert any("Type your name and press Enter" in t for t in again.texts())  # a fresh session
        again.send_update(
            labelled(again, "TextModel", "Your name").comm_id, {"value": "Ada Lovelace"}
        )
        assert "20 of 20 labelled" in page_text(again)
        again.click(labelled(again, "ButtonModel", "Undo last label").comm_id)
        assert "19 of 20 labelled" in page_text(again) and "Image 20 of 20" in page_text(again)
        again.send_update(labelled(again, "TextModel", "Your name").comm_id, {"value": "Grace"})
        assert "0 of 20 labelled" in page_text(again)
        [ada] = dataframe_rows(again)  # the class progress table
        assert (ada["student"], ada["labelled"], ada["agree with data set"]) == (
            "Ada_Lovelace",
            19,
            18,
        )
        check_review(again, folder, truth)
    finally:
        again.close()


def check_review(session: KernelSession, folder: Path, truth: list[str]) -> None:
    """The teacher's review page: Ada's one disagreement (image 4, labelled "?") is the only row;
    correcting it in the editor's selectbox column corrects it in the store, and ticking "checked"
    on the "All labels" view records the pair there too."""
    [menu] = [m for m in session.live("ButtonModel")
              if "rr-nav-link" in m.state["_dom_classes"] and m.state["description"].endswith("Review")]  # fmt: skip
    session.click(menu.comm_id)
    assert "Review the class's labels" in session.texts()
    assert "Showing 1 of 19 labels: 1 in disagreement, 0 checked." in session.texts()
    grid = [m for m in session.live("AnyModel") if "columns" in m.state][-1]
    columns = {c["name"]: c for c in grid.state["columns"]}
    assert columns["label"]["type"] == "selectbox" and columns["label"]["editable"]
    assert columns["checked"]["type"] == "checkbox" and not columns["student"]["editable"]
    [rows] = [m["content"]["data"]["content"] for m in session.send_custom(
        grid.comm_id, {"op": "rows", "req": 1, "start": 0, "stop": 100}).of_type("comm_msg")
        if m["content"]["data"].get("method") == "custom"]  # fmt: skip
    assert [(r["student"], r["image"], r["label"], r["data set"]) for r in rows["rows"]] == [
        ("Ada_Lovelace", 4, "?", truth[3])
    ]
    session.send_custom(grid.comm_id, {"op": "edit", "req": 2, "cells": [
        {"row": "o0", "col": "label", "value": truth[3]}]})  # fmt: skip
    saved = stored_labels(folder / "annotations")["Ada_Lovelace"]
    assert saved[3] == truth[3] and len(saved) == 19
    assert "Showing 0 of 19 labels: 0 in disagreement, 0 checked." in session.texts()
    assert "Nothing to review: the class agrees with the data set." in session.texts()

    pick_segment = [
        m for m in session.live() if "All labels" in str(m.state.get("_options_labels", ""))
    ]
    assert len(pick_segment) == 1, "the Show control"
    labels = list(pick_segment[0].state["_options_labels"])
    session.send_update(pick_segment[0].comm_id, {"index": labels.index("All labels")})
    assert "Showing 19 of 19 labels: 0 in disagreement, 0 checked." in session.texts()
    grid = [m for m in session.live("AnyModel") if "columns" in m.state][-1]
    session.send_custom(grid.comm_id, {"op": "edit", "req": 3, "cells": [
        {"row": "o3", "col": "checked", "value": True}]})  # fmt: skip
    assert "Showing 19 of 19 labels: 0 in disagreement, 1 checked." in session.texts()
    assert stored_labels(folder / "annotations", "digits-checked") == {"Ada_Lovelace": {3: True}}


def check_data_explorer(nb, session: KernelSession) -> None:
    from sklearn.datasets import load_wine

    wine = load_wine(as_frame=True).frame
    assert "178 of 178 wines match the filters." in session.texts()
    cultivars = session.live("TagsInputModel")[0]
    session.send_update(cultivars.comm_id, {"value": ["Cultivar A", "Cultivar B"]})
    kept = wine[wine["target"] < 2]
    assert f"{len(kept)} of 178 wines match the filters." in session.texts()
    alcohol = labelled(session, "FloatRangeSliderModel", "Alcohol (%)")
    session.send_update(alcohol.comm_id, {"value": [13.0, 14.0]})
    kept = kept[kept["alcohol"].between(13.0, 14.0)]
    assert f"{len(kept)} of 178 wines match the filters." in session.texts()
    assert f"Wines{len(kept)}" in page_text(session)  # the metric agrees with the caption
    assert len(dataframe_rows(session)) == len(kept)  # and so does the table
    assert f"{kept['alcohol'].mean():.2f} %" in page_text(session)
    # A box dragged on the chart (the interval selection, as js/src/vega.js sends it): the
    # table lists only the wines inside it.
    assert "Drag a box on the chart to list only the wines inside it." in session.texts()
    [chart] = [m for m in session.live("AnyModel") if "selection_params" in m.state]
    assert chart.state["selection_params"] == ["brush"]
    value = {"selection": {"brush": {"alcohol": [13.2, 13.8], "color intensity": [3.0, 6.0]}}}
    session.send_custom(chart.comm_id, {"event": "selection", "value": value})
    inside = kept[kept["alcohol"].between(13.2, 13.8) & kept["color_intensity"].between(3.0, 6.0)]
    assert 0 < len(inside) < len(kept)
    assert any(
        t.startswith(
            f"{len(inside)} of {len(kept)} wines selected in the chart (alcohol 13.20–13.80"
        )
        for t in session.texts()
    )
    assert len(dataframe_rows(session)) == len(inside)
    session.send_custom(
        chart.comm_id, {"event": "selection", "value": {"selection": {"brush": {}}}}
    )
    # a double-click cleared the box: every wine again
    assert len(dataframe_rows(session)) == len(kept)
    session.send_update(cultivars.comm_id, {"value": []})
    assert any(t.startswith("No wine matches these filters") for t in session.texts())


def chat_send(session: KernelSession, text: str) -> None:
    """Type into the tutor's chat input and press Enter, as the browser sends them: the submit,
    then the text the field commits (whose handler runs the app)."""
    [field] = [
        m for m in session.live("TextModel") if m.state.get("placeholder") == "Ask the tutor"
    ]
    session._comm(field.comm_id, {"method": "custom", "content": {"event": "submit"}}, 60)
    session.send_update(field.comm_id, {"value": text}, timeout=60)


def chat_attach(session: KernelSession, name: str, data: bytes) -> None:
    """Attach a file: its record as state, its bytes as a binary buffer, as a browser sends."""
    [upload] = session.live("FileUploadModel")
    record = {"name": name, "type": "text/x-python", "size": len(data), "last_modified": 0}
    msg = session.kc.session.msg(
        "comm_msg",
        {"comm_id": upload.comm_id, "data": {"method": "update", "state": {"value": [record]},
                                              "buffer_paths": [["value", 0, "content"]]}},
    )  # fmt: skip
    session.kc.session.send(session.kc.shell_channel.socket, msg, buffers=[data])
    session._collect(msg["header"]["msg_id"], 30)


def check_chat_tutor(nb, session: KernelSession) -> None:
    assert "Python tutor" in session.texts()
    chat_send(session, "How do for loops work?")
    assert "How do for loops work?" in session.texts()  # the question, as a user message
    assert any("A for loop runs its block once per item" in t for t in session.texts())
    up, down = [m for m in session.live("ButtonModel") if m.state["description"] in "👍👎"]
    session.click(up.comm_id)
    assert any("👍 1 · 👎 0" in t for t in session.texts())
    chat_send(session, "quiz me on lists")
    assert any("What is [4, 8, 15][-1]?" in t for t in session.texts())
    chat_send(session, "15")
    assert any(t.startswith("Correct!") for t in session.texts())
    assert any("quiz answers right: 1" in t for t in session.texts())
    script = b"def average(marks):\n    total = 0\n    for i in range(len(marks)):\n        total += marks[i]\n    return total / len(marks)\n"
    chat_attach(session, "marks.py", script)
    chat_send(session, "Can you check my script?")
    assert "📎 marks.py" in session.texts()
    assert any("average(marks) has no docstring" in t for t in session.texts())
    assert any("Line 3: range(len(...)) works" in t for t in session.texts())
    assert "Questionsasked4" in page_text(session).replace(" ", "")
    chat_attach(session, "notes.exe", b"MZ")  # refused before sending: the message stays
    chat_send(session, "is this ok?")
    assert any("notes.exe: files of type .exe are not accepted here" in t for t in session.texts())
    assert "Questionsasked4" in page_text(session).replace(" ", "")


def check_live_board(nb, session: KernelSession) -> None:
    assert "Pump B" in page_text(session)
    edits = [m for m in session.live("ButtonModel") if m.state.get("description") == "Edit"]
    session.click(edits[1].comm_id)  # the dialog for Pump B opens
    assert any(m.state.get("is_open") for m in session.live("AnyModel"))
    session.send_update(session.find("TextModel", "Name").comm_id, {"value": "Pump Z"})
    save = [m for m in session.live("ButtonModel") if m.state.get("description") == "Save"]
    session.click(save[0].comm_id)  # saved, and the dialog closes
    assert "Pump Z" in page_text(session)
    assert not any(m.state.get("is_open") for m in session.live("AnyModel"))


def check_class_site(nb, session: KernelSession) -> None:
    def click(text: str, where: str = "") -> None:
        [button] = [m for m in session.live("ButtonModel") if m.state["description"].endswith(text)
                    and where in " ".join(m.state["_dom_classes"])]  # fmt: skip
        session.click(button.comm_id)

    assert "Python for beginners" in session.texts()
    assert any("0 of 3 exercises done" in t for t in session.texts())
    menu = [m.state["description"] for m in session.live("ButtonModel")
            if "rr-nav-link" in m.state["_dom_classes"]]  # fmt: skip
    assert [d.split(" ", 1)[1] for d in menu] == ["Home", "Loops", "Lists", "Functions"]
    click(" Loops", "rr-nav-link")  # the menu
    assert "Loops" in session.texts() and "Python for beginners" not in session.texts()
    answer = labelled(session, "TextModel", "Your answer")
    session.send_update(answer.comm_id, {"value": "4"})
    click("Check")
    assert any("Hint: range(4) counts" in t for t in session.texts())
    session.send_update(labelled(session, "TextModel", "Your answer").comm_id, {"value": "6"})
    click("Check")
    assert "Right!" in session.texts()
    click("Next exercise")  # a page link
    assert "Lists" in session.texts() and "Loops" not in session.texts()
    click(" Home", "rr-nav-link")
    assert any("1 of 3 exercises done" in t for t in session.texts())
    click("Teacher's page")  # the hidden page, by its link
    assert "Teacher's page" in session.texts()
    assert "Teacher" not in [d.split(" ", 1)[1] for d in menu]
    # a visitor arriving at #/loops in Voila: the location widget's report
    [where] = [m for m in session.live() if m.state.get("_dom_classes") == ["rr-location"]]
    session.send_update(where.comm_id, {"report": {"writable": True, "hash": "#/loops", "n": 1}})
    assert "Loops" in session.texts() and "Teacher's page" not in session.texts()


def _name(session: KernelSession, name: str, app: int = 0) -> None:
    [field] = [
        m
        for m in session.live("TextModel")
        if plain(str(m.state.get("description", ""))) == "Your name"
    ]
    session.send_update(field.comm_id, {"value": name})


def _store(folder: Path):
    from rerunner.annotate import AnnotationStore

    return AnnotationStore(f"sqlite:///{folder / 'class_annotations.db'}")


def check_object_boxes(nb, session: KernelSession, client=None, folder: Path | None = None) -> None:
    assert any("Nobody has saved a box yet." in t for t in session.texts())
    _name(session, "Ada")
    [image] = [
        m
        for m in session.live("AnyModel")
        if m.state.get("mode") == "box" and not m.state.get("disabled")
    ]
    assert image.state["image_width"] == 480 and image.state["labels"] == [
        "building",
        "tree",
        "flower",
        "leaf",
    ]
    box = {"x": 150.0, "y": 60.0, "w": 180.0, "h": 190.0, "label": "building"}
    session.send_custom(image.comm_id, {"event": "records", "records": [box]})
    assert _store(folder).load("photo-boxes", "Ada") == {"china.jpg": [box]}
    assert any("Boxes on china.jpg: 1." in t for t in session.texts())
    # a box outside the photo is refused and changes nothing
    bad = session.send_custom(image.comm_id, {"event": "records", "records": [{**box, "x": 470}]})
    assert any("outside the 480 x" in str(m["content"]["data"]) for m in bad.comm_messages)
    assert _store(folder).load("photo-boxes", "Ada") == {"china.jpg": [box]}
    # the teacher's app reads the store: Ada against the key, IoU 180*190/(190*190) > 0.5
    session.click(labelled(session, "ButtonModel", "Refresh").comm_id)
    text = page_text(session)
    assert "Nobody has saved" not in text and "Agreement" in text


def check_named_entities(
    nb, session: KernelSession, client=None, folder: Path | None = None
) -> None:
    _name(session, "Ada")
    texts = [
        m for m in session.live("AnyModel") if "overlap" in m.state and not m.state.get("disabled")
    ]
    assert len(texts) == 5 and texts[0].state["text"].startswith("Ada Lovelace")
    session.send_custom(texts[0].comm_id, {"event": "records", "records": [[0, 12, "PER"]]})
    assert _store(folder).load("named-entities", "Ada") == {"s1": [[0, 12, "PER"]]}
    assert any("1 of 5 sentences labelled" in t for t in session.texts())
    session.click(labelled(session, "ButtonModel", "Refresh").comm_id)
    assert "Agreement (span F1" in page_text(session)


CHECKS: dict[str, Callable[..., None]] = {
    "00_index.ipynb": check_index,
    "01_counter.ipynb": check_counter,
    "02_callbacks.ipynb": check_callbacks,
    "03_pagination.ipynb": check_pagination,
    "04_dependent_widgets.ipynb": check_dependent_widgets,
    "05_tic_tac_toe.ipynb": check_tic_tac_toe,
    "06_battleship.ipynb": check_battleship,
    "07_image_annotation.ipynb": check_image_annotation,
    "08_data_explorer.ipynb": check_data_explorer,
    "09_chat_tutor.ipynb": check_chat_tutor,
    "10_live_board.ipynb": check_live_board,
    "11_class_site.ipynb": check_class_site,
    "12_object_boxes.ipynb": check_object_boxes,
    "13_named_entities.ipynb": check_named_entities,
}


@pytest.fixture(scope="module", autouse=True)
def jupyter_state_in_a_temporary_folder(tmp_path_factory: pytest.TempPathFactory):
    """Kernels started here keep their connection files and IPython profile out of ~."""
    root = tmp_path_factory.mktemp("jupyter-state")
    with pytest.MonkeyPatch.context() as patch:
        for var in ("JUPYTER_RUNTIME_DIR", "IPYTHONDIR", "MPLCONFIGDIR"):
            (root / var).mkdir()
            patch.setenv(var, str(root / var))
        yield


@pytest.fixture
def notebook_dir(tmp_path: Path) -> Path:
    return copy_notebooks(tmp_path / "notebooks")


def test_every_notebook_has_its_checks() -> None:
    assert sorted(CHECKS) == NAMES


@pytest.mark.parametrize("name", NAMES)
def test_notebook(name: str, notebook_dir: Path) -> None:
    """Executed top to bottom without errors, one widget view per app, then used as a person would."""
    nb, client = run_notebook(name, notebook_dir)
    with client.setup_kernel():
        execute_all(nb, client)
        check_outputs(nb)
        session = KernelSession(client.km.get_connection_info())
        session.learn(client.widget_state)
        try:
            check = CHECKS[name]
            if "client" in check.__code__.co_varnames:  # checks that restart the kernel
                check(nb, session, client=client, folder=notebook_dir)
            else:
                check(nb, session)
        finally:
            session.close()
