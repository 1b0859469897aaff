"""Data, status, media, chart and cache calls against Streamlit 1.67's own AppTest.

Each case runs the same script under Streamlit and under rerunner and compares what a user
sees: converted data, metric texts and colours, progress values, echoed code, and error texts.
These run Streamlit, so they take longer than the other in-process tests.
"""

from __future__ import annotations

import pytest

from tests.support.inprocess import Harness
from tests.support.reference import rerunner_error, streamlit_app, streamlit_error

DATA = [
    "[1, 2, 3]",
    "(1, 2)",
    "{'a': [1, 2], 'b': [3, 4]}",
    "{'a': 1, 'b': 2}",
    "[{'a': 1, 'b': 2}, {'a': 3}]",
    "[[1, 2], [3, 4]]",
    "np.array([1, 2])",
    "np.array([[1, 2], [3, 4]])",
    "pd.Series([1, 2], name='s')",
    "pd.DataFrame({'a': [1]}, index=['x'])",
    "pd.DataFrame({'a': [1, 2]}).style",
    "None",
]


@pytest.mark.parametrize("data", DATA)
def test_dataframe_and_table_convert_data_as_streamlit_does(data: str) -> None:
    src = f"import numpy as np, pandas as pd\nst.dataframe({data})\nst.table({data})"
    at = streamlit_app(src)
    h = Harness(src)
    [frame_el] = h.elements("dataframe")
    [table_el] = h.elements("table")
    expected = at.dataframe[0].value
    ours = frame_el.props.frame.frame
    assert list(map(str, ours.columns)) == list(map(str, expected.columns))
    assert (
        ours.reset_index(drop=True).astype(str).values.tolist()
        == expected.reset_index(drop=True).astype(str).values.tolist()
    )
    assert list(map(str, ours.index)) == list(map(str, expected.index))
    index_hidden = '"_index": {"hidden": true}' in at.dataframe[0].proto.columns
    [index] = [c for c in frame_el.props.columns if c.name == "_index"]
    assert index.hidden is index_hidden
    assert table_el.props.hide_index is at.table[0].proto.hide_index
    assert table_el.props.hide_header is at.table[0].proto.hide_header


@pytest.mark.parametrize(
    "call",
    [
        "st.dataframe(object())",
        "st.table(object())",
        "st.dataframe('abc')",
        "st.dataframe([1], on_select='bad')",
        "st.dataframe([1], height=-5)",
        "st.dataframe([1], height='bad')",
        "st.dataframe([1], width=-5)",
        "st.table([1], border='x')",
        "st.table([1], height='auto')",
    ],
)
def test_dataframe_and_table_errors_are_streamlits(call: str) -> None:
    expected = streamlit_error(call)
    assert expected is not None
    ours = rerunner_error(call)
    if "object object at" in expected:  # the address differs between the two runs
        expected, ours = expected.split("<object")[0], (ours or "").split("<object")[0]
    assert ours == expected


METRICS = [
    "st.metric('Temp', 70, 1.5)",
    "st.metric('Temp', '70 °F', '-1.2 °F', delta_color='inverse')",
    "st.metric('Temp', None, None)",
    "st.metric('Temp', 1234567.891, -3)",
    "st.metric('Temp', 5, 0)",
    "st.metric('Temp', 5, '-2', delta_color='off')",
    "st.metric('Temp', 5, 2, delta_color='inverse')",
    "import numpy as np\nst.metric('Temp', np.float64(2.5), np.int64(-1))",
]
_COLORS = {0: "red", 1: "green", 2: "gray"}  # Streamlit's MetricColor enum


@pytest.mark.parametrize("call", METRICS)
def test_metric_text_colour_and_direction_match_streamlit(call: str) -> None:
    proto = streamlit_app(call).metric[0].proto
    [el] = Harness(call).elements("metric")
    assert el.props.value == proto.body
    assert el.props.delta == proto.delta
    assert el.props.color == _COLORS[proto.color]
    assert el.props.direction == {0: "down", 1: "up", 2: "none"}[proto.direction]


@pytest.mark.parametrize(
    "call",
    [
        "st.metric('a', 1, 2, delta_color='pink')",
        "st.metric('a', [1, 2])",
        "st.metric('a', 1, [1])",
        "st.metric('a', 1, delta_arrow='left')",
        "st.metric('a', 1, label_visibility='nope')",
        "st.metric('a', 1, chart_data=['x'])",
    ],
)
def test_metric_errors_are_streamlits(call: str) -> None:
    expected = streamlit_error(call)
    assert expected is not None and rerunner_error(call) == expected


@pytest.mark.parametrize(
    "call",
    ["st.progress(50, text='half')", "st.progress(0.25)", "st.progress(0)", "st.progress(1.0)"],
)
def test_progress_value_matches_streamlit(call: str) -> None:
    proto = streamlit_app(call).get("progress")[0].proto
    [el] = Harness(call).elements("progress")
    assert el.props.percent == proto.value and (el.props.text or "") == proto.text


@pytest.mark.parametrize(
    "call",
    [
        "st.progress(1.5)", "st.progress(101)", "st.progress(-1)", "st.progress('x')",
        "st.progress(-0.1)", "st.progress(True)", "st.progress(5, text=5)",
        "st.progress(5, width='content')", "import numpy as np\nst.progress(np.int64(5))",
    ],
)  # fmt: skip
def test_progress_errors_are_streamlits(call: str) -> None:
    expected = streamlit_error(call)
    assert expected is not None and rerunner_error(call) == expected


def test_spinner_errors_and_text() -> None:
    assert rerunner_error("with st.spinner(5):\n    pass") is None  # Streamlit shows str(5)
    call = "with st.spinner('x', width=-1):\n    pass"
    assert rerunner_error(call) == streamlit_error(call)


@pytest.mark.parametrize(
    "call",
    [
        "st.status('x', state='bad')",
        "s = st.status('x')\ns.update(state='bad')",
        "st.status('x', width='content')",
        "st.toast('x', icon='bad')",
        "st.toast('x', duration='bad')",
        "st.toast('x', duration=-1)",
    ],
)
def test_status_and_toast_errors_are_streamlits(call: str) -> None:
    expected = streamlit_error(call)
    assert expected is not None and rerunner_error(call) == expected


ECHO = """
with st.echo():
    x = 1
    st.write("inside")  # a comment

with st.echo(code_location="below"):
    y = 2
    st.write("y is", y)
st.write("after")
"""


def test_echo_shows_the_block_as_streamlit_does() -> None:
    at = streamlit_app(ECHO)
    expected = [(e.type, e.value) for e in at.main.children.values()]
    h = Harness(ECHO)
    ours = [
        ("code" if el.kind == "code" else "markdown", el.props.body)
        for el in h.app.tree.walk() if el.kind in ("code", "markdown")
    ]  # fmt: skip
    assert ours == expected
    assert h.exceptions() == []


# --- media, charts, caching: error texts ------------------------------------------------------

ERRORS = [
    "st.image('nonexistent.png')",
    "st.image(b'abc', width=-1)",
    "import numpy as np\nst.image([np.zeros((2, 2)), np.zeros((2, 2))], caption=['a'])",
    "import numpy as np\nst.image([np.zeros((2, 2)), np.zeros((2, 2))], caption='a')",
    "import numpy as np\nst.image(np.full((2, 2), 2.0))",
    "import numpy as np\nst.image(np.zeros((2, 2, 2)))",
    "import numpy as np\nst.image(np.zeros((2, 2)), width='big')",
    "st.audio(123)",
    "st.audio('nonexistent.wav')",
    "import numpy as np\nst.audio(np.zeros(10))",
    "st.video(123)",
    "st.audio(b'x', width='content')",
    "import pandas as pd\nst.line_chart(pd.DataFrame({'a': [1]}), x='zz')",
    "import pandas as pd\nst.line_chart(pd.DataFrame({'a': [1], 'b': [2]}), y=['a', 'zz'])",
    "import pandas as pd\nst.bar_chart(pd.DataFrame({'a': [1], 'b': [2]}), x='q')",
    "st.line_chart(object())",
    "import pandas as pd\nst.area_chart(pd.DataFrame({'a': [1]}), stack='bad')",
    "import pandas as pd\nst.bar_chart(pd.DataFrame({'a': [1]}), sort='zz')",
    "import pandas as pd\nst.scatter_chart(pd.DataFrame({'a': [1]}), size='zz')",
    "import pandas as pd\nst.line_chart(pd.DataFrame({'a': [1], 'b': [2]}), color=['#f00'])",
    "import pandas as pd\nst.line_chart(pd.DataFrame({'a': [1], 'b': [2]}), color='red')",
    "import pandas as pd\nst.line_chart(pd.DataFrame({'a': [1]}), height=-1)",
    "st.pyplot('x')",
    "st.altair_chart('x')",
    "import altair as alt, pandas as pd\nst.altair_chart(alt.Chart(pd.DataFrame({'a': [1]})).mark_point(), theme='bad')",
    "import pandas as pd\nst.vega_lite_chart(pd.DataFrame({'a': [1]}))",
    "st.plotly_chart('x')",
    "@st.cache_data(ttl='bogus')\ndef f():\n    return 1\nf()",
    "@st.cache_data\ndef f(x):\n    return 1\nimport threading\nf(threading.Lock())",
    "import threading\n@st.cache_data\ndef f():\n    return threading.Lock()\nf()",
    "@st.cache_data(persist='bad')\ndef f():\n    return 1\nf()",
    "@st.cache_data(max_entries=-1)\ndef f():\n    return 1\nf()",
]


@pytest.mark.parametrize("call", ERRORS)
def test_media_chart_and_cache_errors_are_streamlits(call: str) -> None:
    expected = streamlit_error(call)
    assert expected is not None
    ours = rerunner_error(call)
    if "BytesIO object at" in expected or "<object object at" in expected:
        expected, ours = expected.split(" at 0x")[0], (ours or "").split(" at 0x")[0]
    assert ours == expected


def test_bytes_that_are_no_image_fail_as_in_streamlit() -> None:
    call = "st.image(b'notanimage')"
    expected = streamlit_error(call)
    assert (
        expected is not None
        and (rerunner_error(call) or "").split(" at 0x")[0] == expected.split(" at 0x")[0]
    )


WRITES = {
    "import numpy as np\nst.write(np.array([1, 2]))": "dataframe",
    "import pandas as pd\nst.write(pd.Series([1, 2]))": "dataframe",
    "import pandas as pd\nst.write(pd.Index([1, 2]))": "dataframe",
    "import matplotlib\nmatplotlib.use('Agg')\nimport matplotlib.pyplot as plt\nfig, ax = plt.subplots()\nst.write(fig)": "image",
    "from PIL import Image\nst.write(Image.new('RGB', (2, 2)))": "image",
    "import sympy\nx = sympy.Symbol('x')\nst.write(x**2)": "latex",
}


@pytest.mark.parametrize("call", list(WRITES))
def test_write_dispatches_as_streamlit_does(call: str) -> None:
    at = streamlit_app(call)
    assert [e.type for e in at.main.children.values()] == [WRITES[call]]
    assert [el.kind for el in Harness(call).app.tree.children] == [WRITES[call]]


def test_latex_of_a_sympy_expression_matches_streamlit() -> None:
    call = "import sympy\nx = sympy.Symbol('x')\nst.latex(x**2 + 1)"
    expected = streamlit_app(call).get("latex")[0].proto.body
    assert f"$$\n{Harness(call).elements('latex')[0].props.body}\n$$" == expected
