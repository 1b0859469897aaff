"""set_page_config, query_params, secrets, balloons and snow."""

from __future__ import annotations

import pytest

from tests.support.inprocess import Harness


def test_wide_layout_widens_the_app_and_other_settings_are_accepted() -> None:
    h = Harness(
        'st.set_page_config(page_title="T", page_icon="🎈", layout="wide", initial_sidebar_state="expanded")\nst.write("x")'
    )
    assert "rr-wide" in h.root._dom_classes
    assert "rr-wide" not in Harness('st.write("x")').root._dom_classes
    [error] = Harness('st.set_page_config(layout="huge")').errors()
    assert "centered" in error and "wide" in error


def test_query_params_come_from_voilas_query_string(monkeypatch: pytest.MonkeyPatch) -> None:
    from rerunner.api.page import QueryParams

    monkeypatch.setenv("QUERY_STRING", "page=3&tag=a&tag=b")
    params = QueryParams()
    assert params["page"] == "3" and params.page == "3" and params.get_all("tag") == ["a", "b"]
    assert params.to_dict() == {"page": "3", "tag": "b"}
    params["page"] = 4
    assert params["page"] == "4"
    with pytest.raises(KeyError, match='st.query_params has no key "nope".'):
        params["nope"]
    with pytest.raises(AttributeError, match='st.query_params has no attribute "nope".'):
        params.nope  # noqa: B018
    monkeypatch.delenv("QUERY_STRING")
    assert len(QueryParams()) == 0  # a notebook has no URL query


def test_secrets_read_from_the_projects_secrets_toml(
    tmp_path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from rerunner.api.page import Secrets

    (tmp_path / ".streamlit").mkdir()
    (tmp_path / ".streamlit" / "secrets.toml").write_text('api_key = "k"\n[db]\nuser = "ada"\n')
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    secrets = Secrets()
    assert (
        secrets["api_key"] == "k"
        and secrets.db.user == "ada"
        and secrets.to_dict()["db"] == {"user": "ada"}
    )
    assert "ada" not in repr(secrets)
    with pytest.raises(
        KeyError, match='st.secrets has no key "nope". Did you forget to add it to secrets.toml'
    ):
        secrets["nope"]
    with pytest.raises(AttributeError, match='st.secrets has no attribute "nope".'):
        secrets.nope  # noqa: B018


def test_balloons_and_snow_are_harmless() -> None:
    h = Harness('st.balloons()\nst.snow()\nst.write("after")')
    assert [el.kind for el in h.app.tree.children] == ["celebration", "celebration", "markdown"]
    assert "after" in h.text()


def test_the_sidebar_starts_collapsed_locked_or_at_a_width() -> None:
    import ipywidgets as w

    from tests.support.inprocess import Harness

    h = Harness("st.set_page_config(initial_sidebar_state='collapsed')\nst.sidebar.write('side')")
    [toggle] = h.sidebar.children
    assert isinstance(toggle, w.Accordion) and toggle.selected_index is None
    assert "rr-sidebar-collapsible" in h.sidebar._dom_classes
    h.update(toggle, selected_index=0)  # the visitor opens it: a rerun keeps it open
    h.app.run()
    assert toggle.selected_index == 0 and "side" in toggle.children[0].children[0].value
    wide = Harness("st.set_page_config(initial_sidebar_state=320)\nst.sidebar.write('side')")
    assert wide.sidebar.layout.width == "320px"
    locked = Harness("st.set_page_config(initial_sidebar_state='locked')\nst.sidebar.write('s')")
    assert [type(c) for c in locked.sidebar.children] == [w.HTML]
    assert Harness("st.set_page_config(initial_sidebar_state=0)").errors() == [
        "Invalid `initial_sidebar_state` value. Supported values: 'auto', 'expanded', "
        "'collapsed', 'locked', a positive integer (width in pixels). Got 0."
    ]
