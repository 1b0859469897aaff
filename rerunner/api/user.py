"""``st.user``, ``st.login`` and ``st.logout``: who is using the app.

Streamlit signs users in itself, through an OpenID Connect provider configured in the ``[auth]``
table of ``secrets.toml``, with endpoints of its own server. A notebook app has no such server;
what it can know is the server it runs under. Behind JupyterHub the single-user server, and so
the kernel, has ``JUPYTERHUB_USER`` in its environment: the hub has signed that user in already,
so ``st.user`` knows them and ``st.login()`` has nothing to do. Elsewhere nobody is signed in:
``st.user.is_logged_in`` is ``False`` and ``st.login()`` raises Streamlit's own error for the
missing configuration (and, configured, is refused: the provider's redirect needs Streamlit's
server). The environment is read at each call, so the answer is the kernel's as it stands.
"""

from __future__ import annotations

import importlib.util
import os
from collections.abc import Iterator, Mapping
from typing import Any, NoReturn

from ..errors import StreamlitAPIException, UnsupportedError
from .page import secrets

NO_AUTH_CONFIG = (
    "To use authentication features you need to configure credentials for at\n"
    "            least one authentication provider in `.streamlit/secrets.toml`."
)


class StreamlitAuthError(StreamlitAPIException):
    """Streamlit's authentication error (its type name, as an app's error box shows it)."""


class StreamlitMissingAuthlibError(StreamlitAuthError):
    """Authentication needs Authlib, which is not installed."""


def hub_user() -> str | None:
    """The JupyterHub user the kernel's server runs for, or None outside JupyterHub."""
    return os.environ.get("JUPYTERHUB_USER") or None


def _user_info() -> dict[str, Any]:
    name = hub_user()
    if name is None:
        return {"is_logged_in": False}
    # What the hub tells every server it spawns: the user's name (unique on the hub, so it is
    # also the subject). The hub knows no e-mail address, so none is made up.
    return {"is_logged_in": True, "name": name, "preferred_username": name, "sub": name}


class TokensProxy(Mapping[str, str]):
    """``st.user.tokens``: the identity provider's tokens, none behind JupyterHub."""

    def __init__(self, tokens: dict[str, str]) -> None:
        object.__setattr__(self, "_tokens", tokens)

    def __getitem__(self, key: str) -> str:
        return self._tokens[key]

    def __getattr__(self, key: str) -> str:
        try:
            return self._tokens[key]
        except KeyError:
            raise AttributeError(f'Token "{key}" is not exposed or does not exist.') from None

    def __setattr__(self, name: str, value: Any) -> NoReturn:
        raise StreamlitAPIException("st.user.tokens cannot be modified")

    def __setitem__(self, name: str, value: Any) -> NoReturn:
        raise StreamlitAPIException("st.user.tokens cannot be modified")

    def __iter__(self) -> Iterator[str]:
        return iter(self._tokens)

    def __len__(self) -> int:
        return len(self._tokens)

    def to_dict(self) -> dict[str, str]:
        return dict(self._tokens)


class UserInfoProxy(Mapping[str, Any]):
    """``st.user``: a read-only mapping of what is known about the app's user.

    ``st.user.is_logged_in`` says whether anyone is signed in. Behind JupyterHub it is ``True``
    and ``name``, ``preferred_username`` and ``sub`` hold the hub's user name; elsewhere it is
    ``False`` and there is nothing else. Read keys by item (``st.user["name"]``) or attribute
    (``st.user.name``); ``to_dict()`` gives a plain dict.

    Example
    -------
    >>> import streamlit as st
    >>> if st.user.is_logged_in:
    ...     st.write(f"Hello, {st.user.name}!")
    """

    def __getitem__(self, key: str) -> Any:
        if key == "tokens":
            return self.tokens
        try:
            return _user_info()[key]
        except KeyError:
            raise KeyError(f'st.user has no key "{key}".') from None

    def __getattr__(self, key: str) -> Any:
        if key.startswith("__"):
            raise AttributeError(key)
        try:
            return _user_info()[key]
        except KeyError:
            raise AttributeError(f'st.user has no attribute "{key}".') from None

    def __setattr__(self, name: str, value: Any) -> NoReturn:
        raise StreamlitAPIException("st.user cannot be modified")

    def __setitem__(self, name: str, value: Any) -> NoReturn:
        raise StreamlitAPIException("st.user cannot be modified")

    def __iter__(self) -> Iterator[str]:
        return iter(_user_info())

    def __len__(self) -> int:
        return len(_user_info())

    def to_dict(self) -> dict[str, Any]:
        """What is known about the user, as a plain dict."""
        return _user_info()

    @property
    def tokens(self) -> TokensProxy:
        """The identity provider's tokens: none in rerunner (no provider signs users in)."""
        return TokensProxy({})

    def __repr__(self) -> str:
        return f"UserInfoProxy({_user_info()!r})"


user = UserInfoProxy()


def _authlib_ok() -> bool:
    if importlib.util.find_spec("authlib") is None:
        return False
    import authlib

    try:
        return tuple(int(p) for p in authlib.__version__.split(".")[:3]) >= (1, 3, 2)
    except ValueError:  # pragma: no cover - a pre-release version string
        return True


def _check_auth_config(provider: str) -> None:
    """Streamlit's checks of the ``[auth]`` table, in its order and words."""
    auth = secrets._data().get("auth")
    if not isinstance(auth, Mapping):
        raise StreamlitAuthError(NO_AUTH_CONFIG)
    for key in ("redirect_uri", "cookie_secret"):
        if key not in auth:
            raise StreamlitAuthError(
                f"Authentication credentials in `.streamlit/secrets.toml` are missing the\n"
                f'            "{key}" key. Please check your configuration.'
            )
    section = auth.get(provider)
    if "_" in provider:
        raise StreamlitAuthError(
            f'Auth provider name "{provider}" contains an underscore. Please use a provider '
            "name without underscores."
        )
    if section is None and provider == "default":
        section = {
            k: auth[k]
            for k in ("client_id", "client_secret", "server_metadata_url", "client_kwargs")
            if auth.get(k)
        }
    if section is None:
        raise StreamlitAuthError(
            "Authentication credentials in `.streamlit/secrets.toml` are missing for the "
            f'authentication provider "{provider}". Please check your configuration.'
        )
    if not isinstance(section, Mapping):
        raise StreamlitAuthError(
            "Authentication credentials in `.streamlit/secrets.toml` for the authentication "
            f'provider "{provider}" must be valid TOML. Please check your configuration.'
        )
    missing = [k for k in ("client_id", "client_secret", "server_metadata_url") if k not in section]
    if missing:
        whose = (
            "default authentication provider"
            if provider == "default"
            else f'authentication provider "{provider}"'
        )
        raise StreamlitAuthError(
            f"Authentication credentials in `.streamlit/secrets.toml` for the {whose} are "
            f"missing the following keys: {missing}. Please check your configuration."
        )


def login(provider: str | None = None) -> None:
    """Ask the user to sign in.

    Behind JupyterHub the hub has signed the user in already (``st.user`` knows them), so this
    does nothing. Elsewhere there is no sign-in: without Authlib or an ``[auth]`` table in
    ``secrets.toml`` it raises Streamlit's own error for the missing configuration, and with one
    it is refused, because an identity provider's redirect needs Streamlit's server.

    Parameters
    ----------
    provider : str or None
        The ``[auth.<provider>]`` table to sign in with; ``None`` (default) for ``[auth]``
        itself.

    Returns
    -------
    None

    Example
    -------
    >>> import streamlit as st
    >>> if not st.user.is_logged_in:
    ...     st.button("Log in", on_click=st.login)
    ...     st.stop()
    >>> st.write(f"Welcome, {st.user.name}!")
    """
    if hub_user() is not None:
        return
    if not _authlib_ok():
        raise StreamlitMissingAuthlibError(
            "Authentication requires Authlib>=1.3.2. Install it via `pip install streamlit[auth]`."
        )
    _check_auth_config("default" if provider is None else provider)
    raise UnsupportedError(
        "`st.login()` is not supported by rerunner outside JupyterHub: signing in through an "
        "identity provider needs Streamlit's own server (its /auth endpoints). Behind "
        "JupyterHub, `st.user` is the hub's user."
    )


def logout() -> None:
    """Sign the user out.

    Outside JupyterHub nobody is signed in, so this does nothing. Behind JupyterHub it is
    refused: the sign-in belongs to the hub, so sign out on the hub's page (``/hub/logout``).

    Returns
    -------
    None

    Example
    -------
    >>> import streamlit as st
    >>> if st.user.is_logged_in:
    ...     st.button("Log out", on_click=st.logout)
    """
    if hub_user() is not None:
        raise UnsupportedError(
            "`st.logout()` is not supported by rerunner behind JupyterHub: the hub signed the "
            "user in, so sign out on the hub's own page (/hub/logout)."
        )
