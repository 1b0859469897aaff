"""``st.context``: what the browser showing the app tells about itself.

Streamlit reads it from the request and the browser of the session. In rerunner the browser
reports it when the page connects (``render/location.py``: a small anywidget), so a run before
that, such as a pre-heated Voila kernel's or a notebook cell's first one, sees ``None``; the
report then reruns the app if a run read ``st.context``. What is available:

* ``theme.type``, ``timezone``, ``timezone_offset``, ``locale``, ``url``, ``is_embedded``: as
  in Streamlit, from the browser (in JupyterLab, ``url`` is the notebook's page);
* ``headers``: the ones the browser knows for the page, ``Host`` and ``User-Agent`` (neither
  Voila nor Jupyter hands a kernel the request's headers);
* ``cookies``: those the page's scripts can read (not HttpOnly ones);
* ``ip_address``: always ``None`` (a kernel never sees the visitor's address).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from http.cookies import SimpleCookie
from types import MappingProxyType
from typing import Any

from ..runtime.context import current_run


def _facts() -> dict[str, Any]:
    ctx = current_run()
    location = getattr(ctx, "location", None) if ctx is not None else None
    if location is None:
        return {}
    location.read_facts = True  # a report that changes these reruns the app
    return location.browser


class StreamlitTheme(dict):
    """The app's theme: ``type`` is ``"light"``, ``"dark"``, or ``None`` before the browser
    reported it. Read by key or attribute."""

    def __getattr__(self, key: str) -> Any:
        try:
            return self[key]
        except KeyError:
            raise AttributeError(key) from None


class StreamlitHeaders(Mapping[str, str]):
    """Request headers, case-insensitive; ``get_all`` gives every value of one."""

    def __init__(self, headers: Iterable[tuple[str, str]]) -> None:
        self._headers: dict[str, list[str]] = {}
        for key, value in headers:
            self._headers.setdefault(_normalize(key), []).append(value)

    def get_all(self, key: str) -> list[str]:
        return list(self._headers.get(_normalize(key), []))

    def __getitem__(self, key: str) -> str:
        try:
            return self._headers[_normalize(key)][0]
        except LookupError:
            raise KeyError(key) from None

    def __len__(self) -> int:
        return len(self._headers)

    def __iter__(self) -> Iterator[str]:
        return iter(self._headers)

    def to_dict(self) -> dict[str, str]:
        return {key: self[key] for key in self}


def _normalize(key: str) -> str:
    return "-".join(part.capitalize() for part in key.split("-"))


class StreamlitCookies(Mapping[str, str]):
    """The page's cookies (those its scripts can read), read-only."""

    def __init__(self, cookies: Mapping[str, str]) -> None:
        self._cookies = MappingProxyType(dict(cookies))

    def __getitem__(self, key: str) -> str:
        return self._cookies[key]

    def __len__(self) -> int:
        return len(self._cookies)

    def __iter__(self) -> Iterator[str]:
        return iter(self._cookies)

    def to_dict(self) -> dict[str, str]:
        return dict(self._cookies)


class ContextProxy:
    """``st.context``: the browser's facts for the running app, read-only.

    Example
    -------
    >>> import streamlit as st
    >>> st.write("Your time zone:", st.context.timezone)
    >>> if st.context.theme.type == "dark":
    ...     st.write("Dark mode")
    """

    @property
    def headers(self) -> StreamlitHeaders:
        """``Host`` and ``User-Agent``, as the browser knows them."""
        facts = _facts()
        pairs = [("Host", facts["host"])] if facts.get("host") else []
        if facts.get("user_agent"):
            pairs.append(("User-Agent", facts["user_agent"]))
        return StreamlitHeaders(pairs)

    @property
    def cookies(self) -> StreamlitCookies:
        """The page's cookies that scripts may read."""
        jar = SimpleCookie()
        try:
            jar.load(str(_facts().get("cookies") or ""))
        except Exception:  # a cookie Python cannot parse: left out
            pass
        return StreamlitCookies({k: m.value for k, m in jar.items()})

    @property
    def theme(self) -> StreamlitTheme:
        """``theme.type``: "light" or "dark" (the page's, else the browser's preference)."""
        value = _facts().get("theme")
        return StreamlitTheme(type=value if value in ("light", "dark") else None)

    @property
    def timezone(self) -> str | None:
        """The browser's time zone (``"Europe/Paris"``)."""
        value = _facts().get("timezone")
        return value if isinstance(value, str) and value else None

    @property
    def timezone_offset(self) -> int | None:
        """Minutes between UTC and the browser's local time, as JavaScript's
        ``getTimezoneOffset`` (-60 for UTC+1)."""
        value = _facts().get("timezone_offset")
        return int(value) if isinstance(value, (int, float)) else None

    @property
    def locale(self) -> str | None:
        """The browser's first language (``"en-US"``)."""
        value = _facts().get("locale")
        return value if isinstance(value, str) and value else None

    @property
    def url(self) -> str | None:
        """The page's URL, without query string or hash."""
        value = _facts().get("url")
        return value if isinstance(value, str) and value else None

    @property
    def ip_address(self) -> str | None:
        """Always None: a kernel does not see the visitor's address."""
        _facts()
        return None

    @property
    def is_embedded(self) -> bool | None:
        """Whether the page is shown in a frame of another page."""
        value = _facts().get("embedded")
        return bool(value) if value is not None else None


context = ContextProxy()
