"""st.user in a real ipykernel whose server runs under JupyterHub (JUPYTERHUB_USER in the
environment the kernel inherits), and in one that does not."""

from __future__ import annotations

import pytest

from tests.support.kernel_client import KernelSession, new_cell_id

APP = """%%rerun
st.write("user:", st.user.get("name"), st.user.is_logged_in)
if not st.user.is_logged_in:
    st.login()
"""


@pytest.mark.parametrize("hub_user", ["ann", None])
def test_st_user_follows_the_server_the_kernel_runs_under(
    hub_user: str | None, monkeypatch: pytest.MonkeyPatch
) -> None:
    if hub_user is None:
        monkeypatch.delenv("JUPYTERHUB_USER", raising=False)
    else:
        monkeypatch.setenv("JUPYTERHUB_USER", hub_user)
    session = KernelSession()  # started with the environment above, as a hub's server starts it
    try:
        session.run("%load_ext rerunner")
        session.run(APP, cell_id=new_cell_id())
        texts = " ".join(session.texts())
        if hub_user is None:
            assert "user: None False" in texts.replace("`", "")
            assert (
                "StreamlitMissingAuthlibError: Authentication requires Authlib" in texts
                or "To use authentication features" in texts
            )
        else:
            assert "user: ann True" in texts.replace("`", "")
            assert "Authentication" not in texts
    finally:
        session.close()
