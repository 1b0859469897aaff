"""``st.help`` in process: what is drawn, and what is never shown (what Streamlit's AppTest
sees of it is compared by the conformance case ``help_of_values_callables_classes_and_modules``)."""

from __future__ import annotations

from tests.support.inprocess import Harness


def test_help_draws_name_type_value_docstring_and_members_escaped() -> None:
    h = Harness(
        "class Box:\n    '''Holds <b>things</b>.'''\n    size = 3\n    def open(self):\n"
        "        '''Opens it.\\n\\nMore.'''\nbox = Box()\nst.help(box)"
    )
    html = h.text()
    assert '<span class="rr-help-name">box</span>' in html and 'rr-help-type">Box<' in html
    assert "Holds &lt;b&gt;things&lt;/b&gt;." in html  # the docstring, as text
    assert "<td><code>size</code></td><td>int</td><td><code>3</code></td>" in html
    assert "<td><code>open</code></td><td>method</td><td>Opens it.</td>" in html  # first line
    h.app.close()


def test_help_never_shows_a_secrets_value() -> None:
    h = Harness(
        "from rerunner.api.page import Secrets\nvault = Secrets({'password': 'hunter2'})\n"
        "st.help(vault)\nst.write(vault['password'] == 'hunter2')"
    )
    assert "hunter2" not in h.text() and "<code>True</code>" in h.text()
    h.app.close()


def test_write_shows_help_for_what_streamlit_shows_it_for() -> None:
    h = Harness(
        "import json\nclass C:\n    pass\nst.write(json)\nst.write(json.dumps)\nst.write(C)\n"
        "st.write(C())\nst.write(5)"
    )
    assert [e.props.type for e in h.elements("help")] == ["module", "function", "class", "C"]
    assert h.elements("markdown")[0].props.body == "`5`"
    h.app.close()


def test_apptest_finds_help_html_and_space_by_streamlits_collection_names() -> None:
    from rerunner.testing import AppTest

    at = AppTest.from_string(
        "import streamlit as st\nx = 5\nst.help(x)\nst.html('<b>b</b>')\nst.space('large')"
    ).run()
    assert (at.help[0].name, at.help[0].value, at.help[0].type) == ("x", "5", "help_info")
    assert at.help[0].doc_string.startswith("int([x]) -> integer")
    assert at.html[0].value == "<b>b</b>" and at.space[0].value == "large"
