"""``streamlit.components.v1.declare_component``: custom components built for Streamlit.

A component is a web page (a folder of built files, or a dev server's URL) that talks Streamlit's
component protocol with its parent window: it posts ``streamlit:componentReady``, then
``streamlit:setComponentValue`` and ``streamlit:setFrameHeight``; the parent posts
``streamlit:render`` with the arguments. Calling the declared component adds a
``component_instance`` widget, as in Streamlit: its value is what the page last sent (``default``
until then), kept in session state under ``key``, with ``on_change`` called (without arguments,
as Streamlit calls it) when a new value arrives. ``render/iframe.py`` (``ComponentFrame``) hosts
the page and relays the messages.

JSON, bytes and dataframe arguments go to the page as Streamlit sends them: dataframes as its
``ArrowTable`` (data, index and columns, each an Arrow IPC stream: byte for byte what Streamlit's
``component_arrow.marshall`` makes); a dataframe value comes back the same way and is rebuilt as
Streamlit rebuilds it (``arrow_to_dataframe``). Dataframes need pandas and pyarrow.
"""

from __future__ import annotations

import inspect
import json
import os
from functools import lru_cache
from pathlib import Path
from typing import Any

from ..errors import (
    StreamlitAPIException,
    StreamlitValueError,
    UnsupportedError,
    missing_dependency,
)
from .frames import is_dataframe_like, require_pandas, to_dataframe
from .iframe import check_tab_index
from .lib import Callback, register_widget

_MODES = ("rerun", "ignore")


class MarshallComponentException(StreamlitAPIException):
    """A component call Streamlit cannot marshal (positional arguments, arguments not JSON)."""


class ComponentSerde:
    """The value is whatever the page sent: JSON data, bytes, or a dataframe (an Arrow table,
    which the front end passes as ``("arrow", data, index, columns)``: a tuple, which no JSON
    value decodes to)."""

    def serialize(self, value: Any) -> Any:
        return None  # the page is never sent its own value (Streamlit does not either)

    def deserialize(self, ui_value: Any) -> Any:
        if isinstance(ui_value, tuple) and len(ui_value) == 4 and ui_value[0] == "arrow":
            return arrow_to_dataframe(*ui_value[1:])
        return ui_value

    def normalize(self, value: Any) -> Any:
        return value


def _arrow_bytes(frame: Any) -> bytes:
    """A DataFrame as Arrow IPC stream bytes, as Streamlit sends components (its large types
    narrowed: the Arrow JS that components bundle may not read them)."""
    import pyarrow as pa

    table = pa.Table.from_pandas(frame)
    narrow = {pa.large_string(): pa.string(), pa.large_binary(): pa.binary()}
    fields = [f.with_type(narrow.get(f.type, f.type)) for f in table.schema]
    if any(f.type != g.type for f, g in zip(fields, table.schema, strict=True)):
        table = table.cast(pa.schema(fields, metadata=table.schema.metadata))
    sink = pa.BufferOutputStream()
    with pa.RecordBatchStreamWriter(sink, table.schema) as writer:
        writer.write_table(table)
    return sink.getvalue().to_pybytes()


def dataframe_arg(value: Any) -> dict[str, bytes]:
    """A dataframe argument as Streamlit's ``ArrowTable`` (data, index and columns, each an
    Arrow table), the form ``streamlit-component-lib`` reads."""
    pd = require_pandas("components.v1.declare_component")
    try:
        import pyarrow  # noqa: F401
    except ImportError:
        raise missing_dependency(
            "components.v1.declare_component", "pyarrow", "pyarrow", extra=None
        ) from None
    frame, _shape = to_dataframe(value, "components.v1.declare_component")

    def listed(labels: Any) -> list[Any]:
        return [list(v) if isinstance(v, tuple) else v for v in labels.values]

    return {
        "data": _arrow_bytes(frame),
        "index": _arrow_bytes(pd.DataFrame(listed(frame.index))),
        "columns": _arrow_bytes(pd.DataFrame(listed(frame.columns))),
    }


def arrow_to_dataframe(data: bytes, index: bytes, columns: bytes) -> Any:
    """A dataframe value sent by a component, rebuilt as Streamlit rebuilds it."""
    pd = require_pandas("components.v1.declare_component")
    import pyarrow as pa

    def read(raw: bytes) -> Any:
        return pa.RecordBatchStreamReader(pa.py_buffer(raw)).read_pandas()

    body, rows, cols = read(data), read(index), read(columns)
    return pd.DataFrame(
        body.to_numpy(), index=rows.to_numpy().T.tolist(), columns=cols.to_numpy().T.tolist()
    )


_SERDE = ComponentSerde()


def _is_bytes(value: Any) -> bool:
    return isinstance(value, (bytes, bytearray, memoryview))


class CustomComponent:
    """A declared component; call it (keyword arguments only) to show an instance."""

    def __init__(
        self, name: str, path: str | None = None, url: str | None = None, module_name: str = ""
    ) -> None:
        if path is None and url is None:
            raise StreamlitAPIException("Either 'path' or 'url' must be set.")
        self._name = name
        self._path = path
        self._url = url
        self._module_name = module_name

    @property
    def name(self) -> str:
        return self._name

    @property
    def path(self) -> str | None:
        return self._path

    @property
    def url(self) -> str | None:
        return self._url

    @property
    def module_name(self) -> str:
        return self._module_name

    @property
    def abspath(self) -> str | None:
        return None if self._path is None else os.path.abspath(self._path)

    def __call__(
        self,
        *args: Any,
        default: Any = None,
        key: str | None = None,
        on_change: Any = None,
        tab_index: int | None = None,
        **kwargs: Any,
    ) -> Any:
        """Show an instance of the component and return its value.

        Parameters
        ----------
        *args
            Must be empty: every argument is named.
        default : any, optional
            What the call returns until the component sends a value.
        key : str or None, optional
            The widget's key: its value is ``st.session_state[key]``, and the instance keeps
            its identity while its arguments change.
        on_change : callable or None, optional
            Called, without arguments, when the component sends a new value, before the rerun.
        tab_index : int or None, optional
            The iframe's place in keyboard navigation (``-1``: out of the Tab order).
        **kwargs
            The arguments the component's page receives (JSON-serialisable values, or bytes).

        Returns
        -------
        any
            The value the component last sent, or ``default``.
        """
        return self.create_instance(
            *args, default=default, key=key, on_change=on_change, tab_index=tab_index, **kwargs
        )

    def create_instance(
        self,
        *args: Any,
        default: Any = None,
        key: str | None = None,
        on_change: Any = None,
        tab_index: int | None = None,
        **kwargs: Any,
    ) -> Any:
        """The same as calling the component."""
        if args:
            raise MarshallComponentException(f"Argument '{args[0]}' needs a label")
        callback = _check_on_change(on_change)
        check_tab_index(tab_index)
        everything = dict(kwargs, default=default, key=key)
        json_args: dict[str, Any] = {}
        bytes_args: dict[str, bytes] = {}
        frame_args: dict[str, dict[str, bytes]] = {}
        for name, value in everything.items():
            if _is_bytes(value):
                bytes_args[name] = bytes(value)
            elif is_dataframe_like(value):
                frame_args[name] = dataframe_arg(value)
            else:
                json_args[name] = value
        try:
            serialized = json.dumps(json_args)
        except Exception as exc:  # noqa: BLE001 - Streamlit wraps whatever json raised
            raise MarshallComponentException(
                "Could not convert component args to JSON", exc
            ) from None
        value = register_widget(
            "component_instance",
            label="",
            key=key,
            identity={
                "name": self._name,
                "url": self._url,
                "json_args": serialized,
                "special_args": [
                    *sorted((k, len(v)) for k, v in bytes_args.items()),
                    *sorted((k, v["data"]) for k, v in frame_args.items()),
                ],
            },
            key_identity=("name", "url"),
            default=None,
            serde=_SERDE,
            callback=Callback(callback),
            props={
                "name": self._name,
                "url": self._url or None,
                "files": component_files(self.abspath) if self.abspath and not self._url else {},
                "args": json.loads(serialized),  # what the page will see (tuples are lists)
                "bytes_args": bytes_args,
                "dataframe_args": frame_args,
                "tab_index": tab_index,
                "width": "stretch",
            },
        )
        return default if value is None else value

    def __eq__(self, other: object) -> bool:
        return isinstance(other, CustomComponent) and (
            self._name,
            self._path,
            self._url,
            self._module_name,
        ) == (other._name, other._path, other._url, other._module_name)

    def __hash__(self) -> int:
        return hash((self._name, self._path, self._url, self._module_name))

    def __str__(self) -> str:
        return f"'{self._name}': {self._path if self._path is not None else self._url}"

    def __repr__(self) -> str:
        return f"CustomComponent(name={self._name!r}, path={self._path!r}, url={self._url!r})"


#: What one component may send to the browser (its build folder, not its sources).
MAX_FILES = 500
MAX_BYTES = 50 * 1024 * 1024
_SKIP_DIRS = frozenset({"node_modules", ".git", "__pycache__"})


def _stamps(root: str) -> tuple[tuple[str, int, int], ...]:
    found = []
    for folder, dirs, names in os.walk(root):
        dirs[:] = sorted(d for d in dirs if d not in _SKIP_DIRS)
        for name in sorted(names):
            path = os.path.join(folder, name)
            try:
                info = os.stat(path)
            except OSError:
                continue
            found.append((os.path.relpath(path, root).replace(os.sep, "/"), info.st_mtime_ns,
                          info.st_size))  # fmt: skip
            if len(found) > MAX_FILES:
                raise UnsupportedError(
                    f"A component folder of more than {MAX_FILES} files is not supported by "
                    f"rerunner ({root}): point `path` at the built front end."
                )
    return tuple(found)


@lru_cache(maxsize=16)
def _read(root: str, stamps: tuple[tuple[str, int, int], ...]) -> dict[str, bytes]:
    if sum(size for _, _, size in stamps) > MAX_BYTES:
        raise UnsupportedError(
            f"A component folder of more than {MAX_BYTES // 2**20} MB is not supported by "
            f"rerunner ({root})."
        )
    files = {}
    for rel, _, _ in stamps:
        with open(os.path.join(root, rel), "rb") as f:
            files[rel] = f.read()
    return files


def component_files(root: str) -> dict[str, bytes]:
    """The files of a component's folder, read again when one of them changed."""
    return _read(root, _stamps(root))


def _check_on_change(on_change: Any) -> Any:
    if on_change is None or callable(on_change):
        return on_change
    if isinstance(on_change, str) and on_change in _MODES:
        raise StreamlitAPIException(
            f'`on_change="{on_change}"` is not supported on this widget. '
            "Pass a callback, or omit `on_change`."
        )
    raise StreamlitValueError("Invalid `on_change` value. Supported values: a callback function.")


def _module_name(frame: Any) -> str:
    name = frame.f_globals.get("__name__", "__main__") if frame is not None else "__main__"
    if name == "__main__" and frame is not None:
        filename = frame.f_code.co_filename
        if os.path.isfile(filename):
            return os.path.splitext(os.path.basename(filename))[0]
    return name


def declare_component(
    name: str, path: str | Path | None = None, url: str | None = None
) -> CustomComponent:
    """Declare a custom component built with Streamlit's component protocol.

    Parameters
    ----------
    name : str
        A short name for the component, like ``"slider"``; its full name is the calling
        module's name, a dot and this.
    path : str, Path, or None, optional
        The folder of the component's built front end (holding its ``index.html``). rerunner
        sends its files to the browser, which serves them to the component's iframe from
        memory: no server route is needed (Voila, JupyterHub).
    url : str or None, optional
        The URL the component is served from (a dev server, ``npm run start``); it wins over
        ``path``. Either ``path`` or ``url`` must be given.

    Returns
    -------
    CustomComponent
        The component: call it with keyword arguments to show an instance and get its value.

    Example
    -------
    >>> import streamlit.components.v1 as components
    >>> counter = components.declare_component("counter", path="frontend/build")
    >>> clicks = counter(start=3, key="clicks", default=0)
    """
    if isinstance(path, Path):
        path = str(path)
    module = _module_name(inspect.currentframe().f_back)  # type: ignore[union-attr]
    component = CustomComponent(f"{module}.{name}", path=path, url=url, module_name=module)
    abspath = component.abspath
    if abspath is not None and not os.path.isdir(abspath):
        raise StreamlitAPIException(f"No such component directory: '{abspath}'")
    return component
