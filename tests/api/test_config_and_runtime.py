"""``st.__version__``, ``streamlit.runtime.exists()``, ``st.get_option`` and ``st.set_option``
(what Streamlit's AppTest sees of them is compared by the conformance cases)."""

from __future__ import annotations

import pytest

from rerunner import st
from rerunner.api import options
from rerunner.errors import StreamlitAPIException, UnsupportedError

from tests.support.inprocess import Harness


@pytest.fixture(autouse=True)
def _options_as_found():
    yield
    options._SET.clear()  # the kernel's options: leave them as found


def test_version_and_runtime_inside_and_outside_an_app() -> None:
    assert st.__version__ == "1.67.0"
    assert st.runtime.exists() is False  # plain Python: no app runs
    h = Harness(
        "from streamlit import runtime\nimport streamlit.runtime as rt\n"
        "from streamlit.runtime import exists\nst.write(runtime.exists(), rt.exists(), exists())"
    )
    assert h.elements("markdown")[0].props.body == "`True` `True` `True`"
    h.app.close()


def test_options_set_in_one_app_are_the_kernels() -> None:
    a = Harness('st.set_option("client.toolbarMode", "viewer")')
    b = Harness('st.write(st.get_option("client.toolbarMode"))')
    assert b.elements("markdown")[0].props.body == "viewer"
    for h in (a, b):
        h.app.close()


def test_what_cannot_be_read_or_set_says_so() -> None:
    with pytest.raises(UnsupportedError, match=r"server\.port"):
        st.get_option("server.port")
    with pytest.raises(RuntimeError, match='Config key "nope" not defined.'):
        st.get_option("nope")
    assert st.get_option("theme.dark.primaryColor") is None
    with pytest.raises(UnsupportedError, match="showErrorDetails"):
        st.set_option("client.showErrorDetails", "none")
    st.set_option("client.showErrorDetails", True)  # what rerunner does anyway
    with pytest.raises(StreamlitAPIException, match="cannot be set on the fly"):
        st.set_option("theme.base", "dark")


def test_the_option_names_are_streamlits() -> None:
    from streamlit import config

    assert options.NAMES == set(config.get_config_options())
    scriptable = {k for k, o in config.get_config_options().items() if o.scriptable}
    assert set(options.SCRIPTABLE) == scriptable
    defaults = {k: config.get_config_options()[k].default_val for k in options.OPTIONS}
    defaults["logger.enableRich"] = False  # Streamlit computes it (None means "off")
    assert options.OPTIONS == defaults
