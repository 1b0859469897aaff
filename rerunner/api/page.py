"""Page-level calls: set_page_config, query_params, secrets, balloons and snow."""

from __future__ import annotations

import os
from collections.abc import Iterator, Mapping, MutableMapping
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl, urlencode

from ..errors import StreamlitAPIException, StreamlitValueError
from ..runtime.context import current_run, require_run
from .lib import ElementHandle, add, handle, st_function


def set_page_config(
    page_title: str | None = None,
    page_icon: str | None = None,
    layout: str | None = None,
    initial_sidebar_state: str | int | None = None,
    menu_items: dict[str, Any] | None = None,
) -> None:
    """Configure the page: its title, icon, layout, sidebar and menu.

    It may be called several times in a run; each call changes only the settings it is given, and
    ``None`` keeps a setting as an earlier call left it. In a notebook the app's page is the cell's
    output, and ``layout="wide"`` lets the app use its full width.

    Parameters
    ----------
    page_title : str or None, optional
        The title shown in the browser tab. ``None`` (default) keeps the earlier title; without one,
        the title comes from the page's script or function name.
    page_icon : str, image, or None, optional
        The favicon: an emoji (``"📈"``), an emoji shortcode (``":shark:"``), ``"random"`` for a
        random emoji, a Material icon written ``":material/icon_name:"``, or an image as
        ``st.image`` takes it (not a list). ``None`` (default) keeps the earlier icon; without one,
        it is the Streamlit logo.
    layout : "centered", "wide", or None, optional
        How page content is laid out: ``"centered"`` in a column of fixed width (the initial layout)
        or ``"wide"`` across the full width. ``None`` (default) keeps the earlier layout.
    initial_sidebar_state : "auto", "expanded", "collapsed", "locked", int, or None, optional
        How the sidebar starts: ``"auto"`` (the initial state) hides it on small screens and shows
        it otherwise; ``"expanded"`` shows it; ``"collapsed"`` hides it; ``"locked"`` shows it
        without a way to close it on desktop screens (on narrow ones it starts collapsed); an int
        behaves as ``"auto"`` with a starting width of 200 to 600 pixels. ``None`` (default) keeps
        the earlier state.
    menu_items : dict or None, optional
        Entries of the app's menu, at the top right: ``"Get help"`` and ``"Report a Bug"`` take a
        URL (``mailto:`` addresses too), ``"About"`` takes Markdown shown in the About dialog. A key
        left out hides its entry unless an earlier call set it; a key mapped to ``None`` removes an
        earlier setting.

    Returns
    -------
    None
        Nothing.

    Example
    -------
    >>> import streamlit as st
    >>> st.set_page_config(page_title="Sales", page_icon="📈", layout="wide")
    >>> st.title("Sales")
    """
    if layout not in (None, "centered", "wide"):
        raise StreamlitAPIException(f'`layout` must be "centered" or "wide" (got "{layout}")')
    if layout is not None:
        require_run("set_page_config").root.props.layout = layout
    state = initial_sidebar_state
    if state is not None:
        if not (
            (isinstance(state, str) and state in SIDEBAR_STATES)
            or (isinstance(state, int) and state > 0)
        ):
            raise StreamlitValueError(
                "Invalid `initial_sidebar_state` value. Supported values: 'auto', 'expanded', "
                "'collapsed', 'locked', a positive integer (width in pixels). "
                f"Got {state!r}."
            )
        require_run("set_page_config").root.props.sidebar = state


SIDEBAR_STATES = ("auto", "expanded", "collapsed", "locked")


class QueryParams(MutableMapping[str, str]):
    """The query parameters of the page's URL, as a dict-like object.

    Read a parameter by item or attribute (``st.query_params["page"]``, ``st.query_params.page``) or
    with ``get``; every value is a string, the last one when a key repeats, and ``get_all(key)``
    returns all of them as a list. Assign to set a parameter (a list sets repeated values), ``del``
    to remove one; ``to_dict()``, ``from_dict()`` and ``clear()`` work on all of them.

    In rerunner it is the app's (``runtime/location.py``): it lives in the kernel and survives
    reruns. Under Voila it starts from the page's URL and every change is written back into it
    (the browser's history entry is replaced); in JupyterLab it starts empty and stays in the
    kernel, so the notebook's own URL is left alone.

    Example
    -------
    >>> import streamlit as st
    >>> page = int(st.query_params.get("page", 1))
    >>> st.write("Showing page", page)
    >>> st.query_params["page"] = page + 1
    >>> st.write("Tags:", st.query_params.get_all("tag"))
    """

    def __init__(self) -> None:
        self._pairs: list[tuple[str, str]] | None = None  # outside a run: the kernel's

    def _location(self) -> Any:
        ctx = current_run()
        return getattr(ctx, "location", None) if ctx is not None else None

    def _load(self) -> list[tuple[str, str]]:
        location = self._location()
        if location is not None:
            location.read = True
            return location.query
        if self._pairs is None:
            self._pairs = parse_qsl(os.environ.get("QUERY_STRING", ""), keep_blank_values=True)
        return self._pairs

    def _store(self, pairs: list[tuple[str, str]]) -> None:
        location = self._location()
        if location is not None:
            location.read = True
            location.set_query(pairs)
        else:
            self._pairs = pairs

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
        self._store([(k, v) for k, v in self._load() if k != key] + [(key, v) for v in values])

    def __delitem__(self, key: str) -> None:
        if not self.get_all(key):
            raise KeyError(f'st.query_params has no key "{key}".')
        self._store([(k, v) for k, v in self._load() if k != key])

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
        pairs: list[tuple[str, str]] = []
        for key, value in params.items():
            values = value if isinstance(value, (list, tuple)) else [value]
            pairs += [(str(key), str(v)) for v in values]
        self._store(pairs)

    def clear(self) -> None:
        """Remove every parameter."""
        self._store([])

    def __repr__(self) -> str:
        return urlencode(self._load())


query_params = QueryParams()


class Secrets(Mapping[str, Any]):
    """Read-only access to the secrets in ``secrets.toml``.

    Holds the values of ``.streamlit/secrets.toml``, read from the home folder and from the working
    directory (whose values win when both set a key). Read them by item
    (``st.secrets["db"]["user"]``) or by attribute (``st.secrets.db.user``); a TOML table is a
    nested, read-only mapping, and a missing key raises ``KeyError`` or ``AttributeError`` with a
    hint. Secrets cannot be assigned from code. Keep ``secrets.toml`` out of version control; in
    rerunner, printing ``st.secrets`` shows its keys with the values hidden.

    Example
    -------
    >>> import streamlit as st
    >>> # .streamlit/secrets.toml holds:  [db]  user = "reader"  password = "..."
    >>> user = st.secrets["db"]["user"]
    >>> password = st.secrets.db.password
    >>> st.write("Connecting as", user)
    """

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
    """Celebrate with balloons.

    Draws an animation of balloons rising, a light way to mark a finished task or a success. In
    rerunner it is a small, quiet animation in the app.

    Returns
    -------
    ElementHandle
        A handle to the element. Calling an st element method on it (``h.markdown(...)``,
        ``h.empty()``) replaces the element in place, as with the object Streamlit returns.

    Example
    -------
    >>> import streamlit as st
    >>> if st.button("Submit the report"):
    ...     st.success("Report submitted!")
    ...     st.balloons()
    """
    return handle(add("celebration", symbol="🎈"))


@st_function
def snow() -> ElementHandle:
    """Celebrate with falling snow.

    Draws an animation of snowflakes falling, a light way to mark a finished task or a success. In
    rerunner it is a small, quiet animation in the app.

    Returns
    -------
    ElementHandle
        A handle to the element. Calling an st element method on it (``h.markdown(...)``,
        ``h.empty()``) replaces the element in place, as with the object Streamlit returns.

    Example
    -------
    >>> import streamlit as st
    >>> if st.button("Close the year"):
    ...     st.snow()
    """
    return handle(add("celebration", symbol="❄️"))
