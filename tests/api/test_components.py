"""st.iframe, streamlit.components.v1 (html, iframe, declare_component) and st.pdf, in process.

A component's value is sent as its front end sends it: a custom comm message
(``{"event": "value", "dataType": ..., "value": ...}``, bytes as a buffer) through ipywidgets'
own handler.
"""

from __future__ import annotations

import base64
import io
import sys
import textwrap
from pathlib import Path
from typing import Any

import ipywidgets as w
import pytest

from rerunner import components
from rerunner.render.iframe import ComponentFrame, Frame
from rerunner.render.pdf import PdfPages

from tests.support.inprocess import Harness
from tests.support.pdfs import pdf_with_pages


def frames(h: Harness) -> list[Frame]:
    return [x for x in h.all() if isinstance(x, Frame)]


def component_frames(h: Harness) -> list[ComponentFrame]:
    return [x for x in h.all() if isinstance(x, ComponentFrame)]


def send_value(widget: w.Widget, value: Any, data_type: str = "json") -> None:
    """What component.js sends when the page posts ``streamlit:setComponentValue``."""
    content: dict[str, Any] = {"event": "value", "dataType": data_type}
    buffers: list[Any] = []
    if data_type == "bytes":
        buffers = [memoryview(value)]
    else:
        content["value"] = value
    widget._handle_msg(
        {"content": {"data": {"method": "custom", "content": content}}, "buffers": buffers}
    )


# --- imports -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "imports, call",
    [
        ("import streamlit.components.v1 as components", "components.html"),
        ("from streamlit.components.v1 import html", "html"),
        ("from streamlit.components import v1", "v1.html"),
        ("from streamlit import components", "components.v1.html"),
        ("import streamlit.components.v1", "streamlit.components.v1.html"),
        ("import streamlit", "streamlit.components.v1.html"),
    ],
)
def test_every_spelling_of_the_components_import_works_in_a_body(imports: str, call: str) -> None:
    h = Harness(f"{imports}\n{call}('<b>hi</b>', height=120)\n")
    assert h.errors() == []
    [frame] = frames(h)
    assert (frame.srcdoc, frame.height, frame.width, frame.scrolling) == ("<b>hi</b>", 120,
                                                                          "stretch", False)  # fmt: skip


@pytest.mark.parametrize(
    "source, kind, message",
    [
        ("import streamlit.components.v2", "UnsupportedError",
         components.V2_REFUSAL),
        ("import streamlit as s\ns.components.v2.component", "UnsupportedError",
         components.V2_REFUSAL),
        ("import streamlit.elements", "ModuleNotFoundError",
         "`import streamlit.elements` is not supported inside a rerunner app; only "
         "`import streamlit`, `streamlit.components.v1`, `streamlit.runtime`, "
         "`streamlit.connections`, `streamlit.errors` and `streamlit.typing` are."),
    ],
)  # fmt: skip
def test_other_streamlit_modules_are_refused_by_name(source: str, kind: str, message: str) -> None:
    h = Harness(source)
    assert [(e.type, e.message) for e in h.exceptions()] == [(kind, message)]


def test_a_helper_module_imports_the_components_of_rerunner(tmp_path: Path) -> None:
    (tmp_path / "rr_helper_components.py").write_text(
        textwrap.dedent(
            """
            import streamlit.components.v1 as components

            def banner(text):
                components.html(f"<h1>{text}</h1>", height=60)
            """
        )
    )
    sys.path.insert(0, str(tmp_path))
    try:
        h = Harness("import rr_helper_components\nrr_helper_components.banner('Hello')\n")
    finally:
        sys.path.remove(str(tmp_path))
        sys.modules.pop("rr_helper_components", None)
    assert h.errors() == []
    assert [f.srcdoc for f in frames(h)] == ["<h1>Hello</h1>"]


# --- iframes -----------------------------------------------------------------------------------


def test_components_html_and_iframe_take_their_sizes_scrolling_and_tab_index() -> None:
    h = Harness(
        "import streamlit.components.v1 as components\n"
        "components.html('<p>x</p>', width=300, height=80, scrolling=True, tab_index=-1)\n"
        "components.iframe('https://example.org', None, 200, tab_index=2)\n"
    )
    first, second = frames(h)
    assert (first.srcdoc, first.src, first.width, first.height) == ("<p>x</p>", "", 300, 80)
    assert (first.scrolling, first.tab_index) == (True, -1)
    assert (second.src, second.srcdoc, second.width, second.height) == (
        "https://example.org", "", "stretch", 200)  # fmt: skip
    assert (second.scrolling, second.tab_index, second.title) == (False, 2, "st.iframe")
    assert first.layout.width == "300px"


def test_st_iframe_tells_urls_html_and_files_apart(tmp_path: Path) -> None:
    page = tmp_path / "page.html"
    page.write_text("<p>from a file</p>")
    picture = tmp_path / "dot.png"
    picture.write_bytes(b"\x89PNG fake")
    h = Harness(
        "from pathlib import Path\n"
        "st.iframe('https://example.org/x')\n"
        "st.iframe('<p>inline</p>', height=90, alt='  An example  ')\n"
        f"st.iframe(Path({str(page)!r}), width='content')\n"
        f"st.iframe(Path({str(picture)!r}), width='content')\n"
        "st.iframe('/files/report.html')\n"
    )
    url, inline, html_file, png_file, relative = frames(h)
    assert (url.src, url.height, url.width, url.scrolling) == ("https://example.org/x", 400,
                                                                "stretch", True)  # fmt: skip
    assert (inline.srcdoc, inline.height, inline.title) == ("<p>inline</p>", 90, "An example")
    assert (html_file.srcdoc, html_file.height, html_file.width) == ("<p>from a file</p>",
                                                                      "content", "content")  # fmt: skip
    expected = "data:image/png;base64," + base64.b64encode(b"\x89PNG fake").decode()
    assert (png_file.src, png_file.width, png_file.height) == (expected, "stretch", 400)
    assert (relative.src, relative.srcdoc) == ("/files/report.html", "")


@pytest.mark.parametrize(
    "call, message",
    [
        ("st.iframe('<p/>', tab_index='1')",
         "Invalid `tab_index` type. Expected one of: int. Provided type: str."),
        ("st.iframe('<p/>', tab_index=-2)",
         "Invalid `tab_index` value. Supported values: None, -1, a non-negative integer."),
        ("components.html('<p/>', tab_index=True)",
         "Invalid `tab_index` type. Expected one of: int. Provided type: bool."),
        ("st.iframe('<p/>', height=0)",
         "Invalid height value: 0. Height must be either a positive integer (pixels), 'stretch', "
         "or 'content'."),
    ],
)  # fmt: skip
def test_bad_iframe_arguments_give_streamlits_errors(call: str, message: str) -> None:
    h = Harness(f"import streamlit.components.v1 as components\n{call}\n")
    assert h.errors() == [message]
    assert frames(h) == []


def test_an_iframe_is_replaced_in_place_through_its_handle() -> None:
    h = Harness("slot = st.empty()\nslot.iframe('<p>a</p>')\nst.write('after')\n")
    [frame] = frames(h)
    assert frame.srcdoc == "<p>a</p>"


# --- custom components -------------------------------------------------------------------------


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    (tmp_path / "index.html").write_text('<script src="./main.js"></script>')
    (tmp_path / "main.js").write_text("console.log('hi')")
    (tmp_path / "node_modules").mkdir()
    (tmp_path / "node_modules" / "big.js").write_text("// never sent")
    return tmp_path


APP = """
import streamlit.components.v1 as components
counter = components.declare_component("counter", path={path!r})
log = st.session_state.setdefault("log", [])
def changed():
    log.append(st.session_state.clicks)
value = counter(start=3, label="Go", key="clicks", default=0, on_change=changed, blob=b"\\x01\\x02")
st.write("value", value)
"""


def test_a_component_returns_its_default_then_what_its_page_sends(folder: Path) -> None:
    h = Harness(APP.format(path=str(folder)))
    [frame] = component_frames(h)
    assert frame.name.endswith(".counter")
    assert frame.args == {"start": 3, "label": "Go", "default": 0, "key": "clicks"}
    assert frame.bytes_args == {"blob": b"\x01\x02"}
    assert set(frame.files) == {"index.html", "main.js"}  # not node_modules
    assert frame.files["main.js"] == b"console.log('hi')"
    assert h.state["clicks"] is None  # as Streamlit: nothing sent yet
    assert "value <code>0</code>" in h.text()

    send_value(frame, {"n": 4})
    assert h.state["clicks"] == {"n": 4}
    assert h.state["log"] == [{"n": 4}]
    assert "&quot;n&quot;: 4" in h.text()
    runs = h.app.run_count
    send_value(frame, {"n": 4})  # the same value: a rerun, no callback
    assert h.app.run_count == runs + 1
    assert h.state["log"] == [{"n": 4}]
    send_value(frame, b"\x00\xff", "bytes")
    assert h.state["clicks"] == b"\x00\xff"
    assert h.state["log"] == [{"n": 4}, b"\x00\xff"]
    assert component_frames(h) == [frame]  # the same widget, found again by its key


def test_a_components_value_is_set_from_session_state_and_url_wins(folder: Path) -> None:
    h = Harness(
        "import streamlit.components.v1 as components\n"
        f"c = components.declare_component('c', path={str(folder)!r}, url='http://localhost:3001')\n"
        "if 'k' not in st.session_state:\n"
        "    st.session_state.k = 'preset'\n"
        "st.write('got', c(key='k'))\n"
    )
    [frame] = component_frames(h)
    assert (frame.url, frame.files) == ("http://localhost:3001", {})
    assert "got preset" in h.text()


def test_keyless_instances_differ_by_their_arguments(folder: Path) -> None:
    h = Harness(
        "import streamlit.components.v1 as components\n"
        f"c = components.declare_component('c', path={str(folder)!r})\n"
        "st.write('a', c(n=1, default='x'))\n"
        "st.write('b', c(n=2, default='y'))\n"
    )
    first, second = component_frames(h)
    send_value(second, "from b")
    assert "a x" in h.text() and "b from b" in h.text()
    assert first.args["n"] == 1


@pytest.mark.parametrize(
    "call, kind, message",
    [
        ("c(5)", "MarshallComponentException", "Argument '5' needs a label"),
        ("c(on_change='rerun')", "StreamlitAPIException",
         '`on_change="rerun"` is not supported on this widget. Pass a callback, or omit '
         "`on_change`."),
        ("c(on_change=5)", "StreamlitValueError",
         "Invalid `on_change` value. Supported values: a callback function."),
        ("c(tab_index=-3)", "StreamlitValueError",
         "Invalid `tab_index` value. Supported values: None, -1, a non-negative integer."),
        ("components.declare_component('d')", "StreamlitAPIException",
         "Either 'path' or 'url' must be set."),
        ("components.declare_component('d', path='/no/such/folder')", "StreamlitAPIException",
         "No such component directory: '/no/such/folder'"),
    ],
)  # fmt: skip
def test_bad_component_calls_give_streamlits_errors(
    folder: Path, call: str, kind: str, message: str
) -> None:
    h = Harness(
        "import pandas as pd\nimport streamlit.components.v1 as components\n"
        f"c = components.declare_component('c', path={str(folder)!r})\n{call}\n"
    )
    assert [(e.type, e.message) for e in h.exceptions()] == [(kind, message)]
    assert component_frames(h) == []


def test_arguments_that_are_not_json_are_refused_as_streamlit_refuses_them(folder: Path) -> None:
    h = Harness(
        "import streamlit.components.v1 as components\n"
        f"c = components.declare_component('c', path={str(folder)!r})\nc(x=object())\n"
    )
    [error] = h.exceptions()
    assert error.type == "MarshallComponentException"
    assert error.message == (
        "('Could not convert component args to JSON', "
        "TypeError('Object of type object is not JSON serializable'))"
    )


def test_a_changed_file_is_sent_again(folder: Path) -> None:
    h = Harness(
        "import streamlit.components.v1 as components\n"
        f"c = components.declare_component('c', path={str(folder)!r})\nc(key='k')\n"
    )
    [frame] = component_frames(h)
    (folder / "main.js").write_text("console.log('changed, and longer')")
    h.app.run()
    assert frame.files["main.js"] == b"console.log('changed, and longer')"


# --- st.pdf ------------------------------------------------------------------------------------


def pdf_widget(h: Harness) -> PdfPages:
    [widget] = [x for x in h.all() if isinstance(x, PdfPages)]
    return widget


def test_st_pdf_shows_every_page_rendered_in_the_kernel(tmp_path: Path) -> None:
    from PIL import Image

    data = pdf_with_pages((1, 0, 0), (0, 0, 1))
    (tmp_path / "doc.pdf").write_bytes(data)
    for source in (f"Path({str(tmp_path / 'doc.pdf')!r})", f"{str(tmp_path / 'doc.pdf')!r}",
                   "DATA", "io.BytesIO(DATA)"):  # fmt: skip
        h = Harness(
            f"import io\nfrom pathlib import Path\nst.pdf({source}, height=300, alt='Doc', key='d')\n",
            namespace={"DATA": data},
        )
        assert h.errors() == []
        widget = pdf_widget(h)
        assert widget.pages == [[300, 150], [300, 150]]  # 200 x 100 points at 1.5 px/pt
        pngs = [widget.page_png(i) for i in range(2)]
        colours = [Image.open(io.BytesIO(png)).convert("RGB").getpixel((5, 5)) for png in pngs]
        assert colours == [(255, 0, 0), (0, 0, 255)], source
        assert widget.page_png(2) is None
        assert (widget.height, widget.alt, widget.error) == (300, "Doc", "")
        assert "st-key-d" in widget._dom_classes


def test_a_new_document_is_a_new_doc_for_the_front_end() -> None:
    h = Harness(
        "colour = st.session_state.get('colour', (1, 0, 0))\n"
        "st.pdf(__import__('tests.support.pdfs', fromlist=['_']).pdf_with_pages(colour))\n"
    )
    widget = pdf_widget(h)
    first = widget.doc
    h.state["colour"] = (0, 1, 0)
    h.app.run()
    assert pdf_widget(h) is widget and widget.doc != first  # same sizes, new pages
    from PIL import Image

    page = Image.open(io.BytesIO(widget.page_png(0))).convert("RGB")
    assert page.getpixel((5, 5)) == (0, 255, 0)


@pytest.mark.parametrize(
    "call, kind, message",
    [
        ("st.pdf(None)", "StreamlitMissingRequiredParameterError",
         "The `data` parameter is required. Please provide a valid PDF file path, URL, bytes "
         "data, or file-like object."),
        ("st.pdf(5)", "StreamlitInvalidParameterTypeError",
         "Invalid `data` type. Expected one of: str, Path, bytes, file-like object. Provided "
         "type: int. A str can be a file path or a URL."),
        ("st.pdf(b'%PDF', height='content')", "StreamlitInvalidHeightError",
         "Invalid height value: 'content'. Height must be either a positive integer (pixels) or "
         "'stretch'."),
        ("st.pdf('https://example.org/a.pdf')", "UnsupportedError",
         "`st.pdf` of a URL is not supported by rerunner (it fetches nothing); pass the PDF's "
         "bytes or a local path."),
    ],
)  # fmt: skip
def test_bad_pdf_arguments(call: str, kind: str, message: str) -> None:
    h = Harness(call)
    assert [(e.type, e.message) for e in h.exceptions()] == [(kind, message)]


def test_a_broken_pdf_says_so_in_its_place() -> None:
    h = Harness("st.pdf(b'not a pdf at all')\nst.write('after')")
    widget = pdf_widget(h)
    assert widget.error.startswith("Error loading PDF") and widget.pages == []
    assert widget.page_png(0) is None
    assert "after" in h.text()


def test_apptest_shows_pdfs_and_components_as_streamlits_apptest_does(folder: Path) -> None:
    """Streamlit 1.67 with streamlit-pdf shows st.pdf as a ``bidi_component`` (key, value {});
    a v1 component is an ``UnknownElement`` with its key and its value in session state."""
    from rerunner.testing import AppTest

    at = AppTest.from_string(
        "import streamlit as st\nimport streamlit.components.v1 as components\n"
        "from tests.support.pdfs import pdf_with_pages\n"
        "st.pdf(pdf_with_pages((1, 0, 0)), key='doc')\n"
        f"c = components.declare_component('c', path={str(folder)!r})\n"
        "st.write(c(key='k', default=3))\n"
    ).run()
    pdf_node, component, written = list(at.main)[1:]
    assert (pdf_node.type, pdf_node.key, pdf_node.value) == ("bidi_component", "doc", {})
    assert (component.type, component.key, component.value) == ("component_instance", "k", None)
    assert not hasattr(component, "label") and not hasattr(component, "id")
    assert written.value == "`3`"


def test_a_component_in_a_form_sends_its_value_with_the_form(folder: Path) -> None:
    h = Harness(
        "import streamlit.components.v1 as components\n"
        f"c = components.declare_component('c', path={str(folder)!r})\n"
        "log = st.session_state.setdefault('log', [])\n"
        "with st.form('f'):\n"
        "    v = c(key='k', default='d', on_change=lambda: log.append(st.session_state.k))\n"
        "    st.form_submit_button('Send')\n"
        "st.write('value', v)\n"
    )
    [frame] = component_frames(h)
    runs = h.app.run_count
    send_value(frame, "picked")
    assert h.app.run_count == runs  # parked in the form
    assert h.state["k"] is None and "value d" in h.text()
    h.click(h.find(w.Button, "Send"))
    assert h.state["k"] == "picked" and h.state["log"] == ["picked"]
    assert "value picked" in h.text()


FRAMES = [
    "pd.DataFrame({'a': [1, 2], 'b': ['x', 'y']})",
    "pd.DataFrame({'n': [1.5]}, index=['row'])",
    "pd.Series([3, 4], name='s')",
    "np.arange(6).reshape(2, 3)",
    "pd.DataFrame([[1, 2]], columns=pd.MultiIndex.from_tuples([('a', 'b'), ('a', 'c')]))",
]


@pytest.mark.parametrize("source", FRAMES)
def test_dataframe_arguments_are_the_arrow_tables_streamlit_sends(
    folder: Path, source: str
) -> None:
    import numpy as np
    import pandas as pd
    from streamlit.components.v1 import component_arrow
    from streamlit.proto.Components_pb2 import ArrowTable

    h = Harness(
        "import numpy as np\nimport pandas as pd\nimport streamlit.components.v1 as components\n"
        f"c = components.declare_component('c', path={str(folder)!r})\n"
        f"c(table={source}, key='k')\n"
    )
    assert h.errors() == []
    [frame] = component_frames(h)
    expected = ArrowTable()
    component_arrow.marshall(expected, eval(source, {"pd": pd, "np": np}))
    sent = frame.dataframe_args["table"]
    assert (sent["data"], sent["index"], sent["columns"]) == (
        expected.data, expected.index, expected.columns)  # fmt: skip
    assert "table" not in frame.args


def test_a_dataframe_value_is_rebuilt_as_streamlit_rebuilds_it(folder: Path) -> None:
    import pandas as pd
    from streamlit.components.v1 import component_arrow
    from streamlit.proto.Components_pb2 import ArrowTable

    sent = ArrowTable()  # what ArrowTable.serialize() in the page gives: three Arrow tables
    component_arrow.marshall(sent, pd.DataFrame({"a": [1, 2], "b": ["x", "y"]}, index=[5, 6]))
    h = Harness(
        "import streamlit.components.v1 as components\n"
        f"c = components.declare_component('c', path={str(folder)!r})\n"
        "v = c(key='k')\nst.session_state.shape = None if v is None else v.shape\n"
    )
    [frame] = component_frames(h)
    content = {"event": "value", "dataType": "dataframe"}
    frame._handle_msg(
        {
            "content": {"data": {"method": "custom", "content": content}},
            "buffers": [memoryview(sent.data), memoryview(sent.index), memoryview(sent.columns)],
        }
    )
    expected = component_arrow.arrow_proto_to_dataframe(sent)
    pd.testing.assert_frame_equal(h.state["k"], expected)
    assert h.state["shape"] == (2, 2)
