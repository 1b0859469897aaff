"""st.user, st.login and st.logout: the JupyterHub user the kernel's server runs for, and
Streamlit's errors elsewhere."""

from __future__ import annotations

import pytest

from rerunner.api import page

from tests.support.inprocess import Harness

USER = "SEEN.append((st.user.to_dict(), dict(st.user), st.user.is_logged_in, len(st.user)))"


@pytest.fixture(autouse=True)
def no_secrets(tmp_path, monkeypatch: pytest.MonkeyPatch):
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    monkeypatch.delenv("JUPYTERHUB_USER", raising=False)
    object.__setattr__(page.secrets, "_values", None)
    yield tmp_path
    object.__setattr__(page.secrets, "_values", None)


def test_behind_jupyterhub_the_hub_user_is_logged_in(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("JUPYTERHUB_USER", "ann")
    seen: list = []
    h = Harness(
        f"st.login()\n{USER}\nst.write(st.user.name, st.user['sub'])", namespace={"SEEN": seen}
    )
    assert not h.errors()
    info = {"is_logged_in": True, "name": "ann", "preferred_username": "ann", "sub": "ann"}
    assert seen == [(info, info, True, 4)]
    assert "ann ann" in h.text()
    h = Harness("st.user.email")
    assert h.errors() == ['st.user has no attribute "email".']
    h = Harness("st.user['name'] = 'bob'")
    assert h.errors() == ["st.user cannot be modified"]
    h = Harness("st.logout()")
    [error] = h.exceptions()
    assert error.type == "UnsupportedError" and "/hub/logout" in error.message
    h = Harness("st.write(len(st.user.tokens), st.user.tokens.to_dict())")
    assert not h.errors()


def test_elsewhere_nobody_is_logged_in_and_login_says_what_is_missing() -> None:
    seen: list = []
    h = Harness(f"{USER}\nst.logout()", namespace={"SEEN": seen})
    assert seen == [({"is_logged_in": False}, {"is_logged_in": False}, False, 1)]
    assert not h.errors()  # nobody to sign out
    h = Harness("st.login()")
    import importlib.util

    if importlib.util.find_spec("authlib") is None:
        assert h.errors() == [
            "Authentication requires Authlib>=1.3.2. Install it via `pip install streamlit[auth]`."
        ]
        assert h.exceptions()[0].type == "StreamlitMissingAuthlibError"
    else:
        assert h.exceptions()[0].type == "StreamlitAuthError"


def test_login_with_a_provider_is_refused_by_name() -> None:
    h = Harness("st.login('google')")
    [error] = h.exceptions()
    assert error.type == "UnsupportedError"
    assert error.message.startswith("`st.login(provider=...)` is not supported by rerunner yet")


def test_auth_configuration_checks_follow_streamlits_order(no_secrets) -> None:
    from rerunner.api import user
    from rerunner.errors import UnsupportedError

    folder = no_secrets / ".streamlit"
    folder.mkdir()
    cases = [
        ("[other]\nx = 1\n", "default", "To use authentication features"),
        ('[auth]\nredirect_uri = "http://x/oauth2callback"\n', "default", '"cookie_secret" key'),
        ('[auth]\nredirect_uri = "u"\ncookie_secret = "s"\n', "a_b", "contains an underscore"),
        ('[auth]\nredirect_uri = "u"\ncookie_secret = "s"\n', "corp", 'provider "corp". Please'),
        ('[auth]\nredirect_uri = "u"\ncookie_secret = "s"\nclient_id = "i"\n', "default",
         "['client_secret', 'server_metadata_url']"),
    ]  # fmt: skip
    for toml, provider, words in cases:
        (folder / "secrets.toml").write_text(toml, encoding="utf-8")
        object.__setattr__(page.secrets, "_values", None)
        with pytest.raises(user.StreamlitAuthError) as caught:
            user._check_auth_config(provider)
        assert words in str(caught.value), (toml, str(caught.value))
    full = '[auth]\nredirect_uri = "u"\ncookie_secret = "s"\nclient_id = "i"\nclient_secret = "c"\nserver_metadata_url = "m"\n'
    (folder / "secrets.toml").write_text(full, encoding="utf-8")
    object.__setattr__(page.secrets, "_values", None)
    user._check_auth_config("default")  # complete: nothing to say
    if user._authlib_ok():
        with pytest.raises(UnsupportedError, match="Streamlit's own server"):
            user.login()
