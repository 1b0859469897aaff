"""Page-level calls: set_page_config, query_params, secrets, balloons and snow."""

from __future__ import annotations

import os
from collections.abc import Iterator, Mapping, MutableMapping
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl, urlencode

from ..errors import StreamlitAPIException
from ..runtime.context import require_run
from .lib import ElementHandle, add, handle, st_function


def set_page_config(
    page_title: str | None = None,
    page_icon: str | None = None,
    layout: str | None = None,
    initial_sidebar_state: str | int | None = None,
    menu_items: dict[str, Any] | None = None,
) -> None:
    """Configure the page. In a notebook only ``layout="wide"`` (full width) has an effect."""
    if layout not in (None, "centered", "wide"):
        raise StreamlitAPIException(f'`layout` must be "centered" or "wide" (got "{layout}")')
    if layout is not None:
        require_run("set_page_config").root.props.layout = layout


class QueryParams(MutableMapping[str, str]):
    """``st.query_params``: the page URL's query string (Voila passes it to the kernel).

    In a notebook the mapping starts empty. Writes change the mapping; the browser's address bar
    is not rewritten from the kernel.
    """

    def __init__(self) -> None:
        self._pairs: list[tuple[str, str]] | None = None

    def _load(self) -> list[tuple[str, str]]:
        if self._pairs is None:
            self._pairs = parse_qsl(os.environ.get("QUERY_STRING", ""), keep_blank_values=True)
        return self._pairs

    def __getitem__(self, key: str) -> str:
        values = self.get_all(key)
        if not values:
            raise KeyError(f'st.query_params has no key "{key}".')
        return values[-1]

    def __getattr__(self, key: str) -> str:
        if key.startswith("_"):
            raise AttributeError(key)
        try:
            return self[key]
        except KeyError:
            raise AttributeError(f'st.query_params has no attribute "{key}".') from None

    def __setattr__(self, key: str, value: Any) -> None:
        if key.startswith("_"):
            object.__setattr__(self, key, value)
        else:
            self[key] = value

    def __setitem__(self, key: str, value: Any) -> None:
        values = [str(v) for v in value] if isinstance(value, (list, tuple)) else [str(value)]
        self._pairs = [(k, v) for k, v in self._load() if k != key] + [(key, v) for v in values]

    def __delitem__(self, key: str) -> None:
        if not self.get_all(key):
            raise KeyError(f'st.query_params has no key "{key}".')
        self._pairs = [(k, v) for k, v in self._load() if k != key]

    def __iter__(self) -> Iterator[str]:
        return iter(dict.fromkeys(k for k, _ in self._load()))

    def __len__(self) -> int:
        return len(dict.fromkeys(k for k, _ in self._load()))

    def get_all(self, key: str) -> list[str]:
        """Every value given for ``key`` (``?a=1&a=2`` -> ``["1", "2"]``)."""
        return [v for k, v in self._load() if k == key]

    def to_dict(self) -> dict[str, str]:
        """Each key with its last value."""
        return {k: self[k] for k in self}

    def from_dict(self, params: Mapping[str, Any]) -> None:
        """Replace every parameter."""
        self._pairs = []
        for key, value in params.items():
            self[key] = value

    def __repr__(self) -> str:
        return urlencode(self._load())


query_params = QueryParams()


class Secrets(Mapping[str, Any]):
    """``st.secrets``: read-only values from ``.streamlit/secrets.toml`` (project, then home)."""

    HINT = (
        "Did you forget to add it to secrets.toml, mount it to secret directory, or the app "
        "settings on Streamlit Cloud? More info: "
        "https://docs.streamlit.io/deploy/streamlit-community-cloud/deploy-your-app/secrets-management"
    )

    def __init__(self, values: Mapping[str, Any] | None = None) -> None:
        object.__setattr__(self, "_values", values)

    def _data(self) -> Mapping[str, Any]:
        if self._values is None:
            object.__setattr__(self, "_values", _read_secrets())
        return self._values  # type: ignore[return-value]

    def __getitem__(self, key: str) -> Any:
        try:
            value = self._data()[key]
        except KeyError:
            raise KeyError(f'st.secrets has no key "{key}". {self.HINT}') from None
        return Secrets(value) if isinstance(value, Mapping) else value

    def __getattr__(self, key: str) -> Any:
        if key.startswith("_"):
            raise AttributeError(key)
        try:
            return self[key]
        except KeyError:
            raise AttributeError(f'st.secrets has no attribute "{key}". {self.HINT}') from None

    def __setattr__(self, key: str, value: Any) -> None:
        raise TypeError("Secrets does not support attribute assignment.")

    def __iter__(self) -> Iterator[str]:
        return iter(self._data())

    def __len__(self) -> int:
        return len(self._data())

    def to_dict(self) -> dict[str, Any]:
        return {k: (v.to_dict() if isinstance(v, Secrets) else v) for k, v in self.items()}

    def __repr__(self) -> str:
        return "{" + ", ".join(repr(k) + ": ***" for k in self) + "}"  # never print the values


def _read_secrets() -> dict[str, Any]:
    try:
        import tomllib
    except ImportError:  # Python 3.10
        try:
            import tomli as tomllib  # type: ignore[no-redef]
        except ImportError:
            tomllib = None  # type: ignore[assignment]
    merged: dict[str, Any] = {}
    for path in (
        Path.home() / ".streamlit" / "secrets.toml",
        Path.cwd() / ".streamlit" / "secrets.toml",
    ):
        if path.is_file():
            if tomllib is None:
                raise StreamlitAPIException(
                    f"Reading {path} on Python 3.10 needs `pip install tomli`."
                )
            merged.update(tomllib.loads(path.read_text(encoding="utf-8")))
    return merged


secrets = Secrets()


@st_function
def balloons() -> ElementHandle:
    """Celebrate (a small, quiet animation; harmless in a notebook)."""
    return handle(add("celebration", symbol="🎈"))


@st_function
def snow() -> ElementHandle:
    """Celebrate with snow (a small, quiet animation; harmless in a notebook)."""
    return handle(add("celebration", symbol="❄️"))
