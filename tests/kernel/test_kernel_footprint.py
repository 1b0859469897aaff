"""What a kernel serving the counter app holds: none of the heavy libraries rerunner's other calls
use (they are imported by the call that needs them), and none of the big front-end bundles
(Graphviz, ECharts, Vega, the data grid: read when their first widget is made). Each visitor of
``rerunner run`` gets such a kernel, so this is memory per visitor (benchmarks/visitors.py
measures it)."""

from __future__ import annotations

from tests.support.kernel_client import KernelSession, new_cell_id

COUNTER = """\
if "count" not in st.session_state:
    st.session_state.count = 0
if st.button("Increment"):
    st.session_state.count += 1
st.write(f"Count = {st.session_state.count}")
"""
#: Libraries some st call needs and the counter does not, by their import names.
HEAVY = (
    "pandas", "numpy", "pyarrow", "altair", "vega_datasets", "PIL", "matplotlib", "plotly",
    "scipy", "sklearn", "sympy", "sqlalchemy", "pydeck", "graphviz", "pypdfium2", "streamlit",
    "narwhals", "jsonschema", "bokeh", "nh3",
)  # fmt: skip
BIG_BUNDLES = ("viz.js", "echarts.js", "vega.js", "grid.js", "pdf.js", "map.js")
IMPORTED = "sorted(name for name in {heavy!r} if name in __import__('sys').modules)"


def test_the_counter_imports_no_heavy_library_and_reads_no_big_bundle() -> None:
    kernel = KernelSession()
    try:
        imported = IMPORTED.format(heavy=HEAVY)
        assert kernel.value(imported) == []  # the kernel alone: the check below is rerunner's
        kernel.run("%load_ext rerunner")
        kernel.run("%%rerun\n" + COUNTER, cell_id=new_cell_id())
        button = kernel.find("ButtonModel", "Increment")
        kernel.click(button.comm_id)
        assert any("Count = 1" in text for text in kernel.texts())
        assert kernel.value(imported) == []
        read = kernel.value("sorted(__import__('rerunner.render.bundles').render.bundles.loaded())")
        assert not set(read) & set(BIG_BUNDLES), read
        # the widget classes exist (their modules are imported) without their bundles read
        classes = kernel.value(
            "[type(c.__dict__['_esm']).__name__ for c in (__import__('rerunner.render.diagrams')"
            ".render.diagrams.GraphvizLibrary, __import__('rerunner.render.vega').render.vega"
            ".VegaChart)]"
        )
        assert classes == ["module", "module"]
    finally:
        kernel.close()
