"""annotate.image and annotate.text in a running app: messages as the browser sends them,
session state, callbacks, refusals, forms and AppTest."""

from __future__ import annotations

from typing import Any

import pytest

from rerunner.render.annotate import ImageAnnotator, TextAnnotator
from rerunner.testing import AppTest

from tests.support.inprocess import Harness

PICTURE = "import numpy as np\npicture = np.zeros((40, 60, 3), dtype=np.uint8)\n"
SENTENCE = "Ada Lovelace met Charles Babbage in London."


def send(widget: Any, records: Any) -> list[dict]:
    """What the front end sends after a gesture; returns the kernel's replies."""
    replies: list[dict] = []
    widget.send = lambda content, buffers=None: replies.append(content)
    widget._handle_msg(
        {
            "content": {
                "data": {"method": "custom", "content": {"event": "records", "records": records}}
            },
            "buffers": [],
        }
    )
    return replies


def front(h: Harness, cls: type) -> Any:
    """The one annotator on the page (anywidget makes a subclass per instance)."""
    (found,) = [x for x in h.all() if isinstance(x, cls)]
    return found


def shown(h: Harness) -> Any:
    return eval(h.app.tree.children[-1].props.body)  # noqa: S307


def test_boxes_drawn_in_the_browser_reach_state_callback_and_value() -> None:
    h = Harness(
        "from rerunner import annotate\n" + PICTURE +
        "st.session_state.setdefault('calls', [])\n"
        "def changed(tag):\n"
        "    st.session_state.calls.append((tag, len(st.session_state.boxes)))\n"
        "boxes = annotate.image(picture, ['car', 'person'], key='boxes', on_change=changed, args=('cb',))\n"
        "st.write(repr(boxes))"
    )  # fmt: skip
    annotator = front(h, ImageAnnotator)
    assert (annotator.image_width, annotator.image_height, annotator.labels, annotator.mode) == (
        60,
        40,
        ["car", "person"],
        "box",
    )
    assert annotator.src.startswith("data:image/png;base64,")
    assert shown(h) == []
    box = {"x": 1.5, "y": 2, "w": 10, "h": 20, "label": "car"}
    assert send(annotator, [box]) == []
    assert shown(h) == [box] and h.state["boxes"] == [box]
    assert h.state["calls"] == [("cb", 1)]
    assert front(h, ImageAnnotator).records == [box]


@pytest.mark.parametrize(
    ("records", "reason"),
    [
        ([{"x": 55, "y": 2, "w": 10, "h": 5, "label": "car"}], "outside the 60 x 40 image"),
        ([{"x": 1, "y": 2, "w": 10, "h": 5, "label": "dog"}], "'dog' is not one of the labels"),
        ([{"x": 1, "y": 2, "w": 0, "h": 5, "label": "car"}], "needs a width and a height"),
        ([{"x": "1", "y": 2, "w": 3, "h": 5, "label": "car"}], "`x` must be a number"),
        ({"x": 1}, "a list of records"),
    ],
)
def test_a_bad_message_is_refused_with_its_reason_and_changes_nothing(
    records: Any, reason: str
) -> None:
    good = {"x": 1, "y": 1, "w": 5, "h": 5, "label": "car"}
    h = Harness(
        "from rerunner import annotate\n" + PICTURE +
        "st.session_state.setdefault('runs', 0)\nst.session_state.runs += 1\n"
        f"st.write(repr(annotate.image(picture, ['car'], key='b', value=[{good!r}])))"
    )  # fmt: skip
    replies = send(front(h, ImageAnnotator), records)
    assert len(replies) == 1 and replies[0]["event"] == "refused"
    assert reason in replies[0]["message"]
    assert replies[0]["records"] == [good]  # the front end puts the last good list back
    assert h.state["runs"] == 1 and h.state["b"] == [good] and shown(h) == [good]


def test_points_mode_and_a_value_the_teacher_gives() -> None:
    h = Harness(
        "from rerunner import annotate\n" + PICTURE +
        "st.write(repr(annotate.image(picture, ['eye'], mode='point', value=[{'x': 3, 'y': 4, 'label': 'eye'}])))"
    )  # fmt: skip
    assert shown(h) == [{"x": 3.0, "y": 4.0, "label": "eye"}]
    send(
        front(h, ImageAnnotator),
        [{"x": 3, "y": 4, "label": "eye"}, {"x": 60, "y": 40, "label": "eye"}],
    )
    assert len(shown(h)) == 2
    assert (
        send(front(h, ImageAnnotator), [{"x": 3, "y": 4, "w": 2, "h": 2, "label": "eye"}])[0][
            "event"
        ]
        == "refused"
    )


def test_bad_arguments_raise_streamlit_style_errors_in_the_app() -> None:
    h = Harness(
        "from rerunner import annotate\n" + PICTURE +
        "annotate.image(picture, ['car'], value=[{'x': 100, 'y': 0, 'w': 1, 'h': 1, 'label': 'car'}])"
    )  # fmt: skip
    assert "cannot show" in h.errors()[0] and "outside" in h.errors()[0]
    assert (
        "non-empty list"
        in Harness("from rerunner import annotate\nannotate.text('a', [])").errors()[0]
    )
    assert (
        "not a URL"
        in Harness(
            "from rerunner import annotate\nannotate.image('https://x.org/a.png', ['a'])"
        ).errors()[0]
    )


def test_text_spans_from_the_browser_and_overlap_rules() -> None:
    h = Harness(
        "from rerunner import annotate\n"
        f"spans = annotate.text({SENTENCE!r}, ['PER', 'LOC'], key='s')\n"
        "st.write(repr(spans))"
    )
    annotator = front(h, TextAnnotator)
    assert annotator.text == SENTENCE and annotator.labels == ["PER", "LOC"]
    send(annotator, [[36, 42, "LOC"], [0, 12, "PER"]])
    assert shown(h) == [(0, 12, "PER"), (36, 42, "LOC")]
    assert front(h, TextAnnotator).records == [[0, 12, "PER"], [36, 42, "LOC"]]
    reply = send(front(h, TextAnnotator), [[0, 12, "PER"], [4, 12, "PER"]])
    assert "overlap" in reply[0]["message"] and shown(h) == [(0, 12, "PER"), (36, 42, "LOC")]
    reply = send(front(h, TextAnnotator), [[40, 99, "LOC"]])
    assert "not inside the text of 43 characters" in reply[0]["message"]


def test_overlapping_spans_when_allowed_and_session_state_assignment() -> None:
    h = Harness(
        "from rerunner import annotate\n"
        "if 'seed' not in st.session_state:\n"
        "    st.session_state.seed = True\n"
        "    st.session_state.s = [(0, 3, 'PER')]\n"
        f"st.write(repr(annotate.text({SENTENCE!r}, ['PER', 'NAME'], overlap=True, key='s')))"
    )
    assert shown(h) == [(0, 3, "PER")]
    send(front(h, TextAnnotator), [[0, 12, "NAME"], [0, 3, "PER"]])
    assert shown(h) == [(0, 3, "PER"), (0, 12, "NAME")]


def test_inside_a_form_the_value_waits_for_the_submit() -> None:
    h = Harness(
        "from rerunner import annotate\n"
        "with st.form('f'):\n"
        f"    spans = annotate.text({SENTENCE!r}, ['PER'])\n"
        "    st.form_submit_button('Save')\n"
        "st.write(repr(spans))"
    )
    send(front(h, TextAnnotator), [[0, 3, "PER"]])
    assert shown(h) == []
    import ipywidgets as w

    h.click(h.find(w.Button, "Save"))
    assert shown(h) == [(0, 3, "PER")]


def test_apptest_sees_and_sets_annotations(tmp_path) -> None:
    script = tmp_path / "app.py"
    script.write_text(
        "from rerunner import annotate\n"
        f"spans = annotate.text({SENTENCE!r}, ['PER'], key='s')\n"
        "st.write(len(spans))\n"
    )
    at = AppTest.from_file(str(script)).run()
    (node,) = at.get("annotate_text")
    assert node.value == [] and node.key == "s"
    node.set_value([[0, 3, "PER"]]).run()
    assert at.session_state["s"] == [(0, 3, "PER")]
    assert at.markdown[0].value == "`1`"  # st.write of an int, as Streamlit writes it
