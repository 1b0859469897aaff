"""``st.connection`` and what ``streamlit.connections`` offers inside an app.

A connection is an object made once and shared: ``st.connection`` builds it through
``st.cache_resource`` (so reruns, and every cell of the kernel, get the same one, until its
``ttl`` runs out or ``max_entries`` pushes it out), from the keyword arguments given and the
``[connections.<name>]`` table of ``.streamlit/secrets.toml``, read through ``st.secrets``.

``BaseConnection`` is the class every connection extends, Streamlit's contract kept: ``_connect``
makes the raw connection, ``_instance`` makes it again after ``reset()``, ``_secrets`` is the
connection's table, ``scope()`` and ``close()`` (called when the cache lets the connection go).
``SQLConnection`` is Streamlit's SQL connection on SQLAlchemy: ``query`` goes through
``st.cache_data`` (keyed by the connection's instance, so a connection made anew never reads an
old connection's results), with Streamlit's three attempts and a reset between them.

Streamlit's Snowflake connections need Snowflake's own services and libraries and are refused by
name. Within an app, ``import streamlit.connections`` gives this module (``st.resolve_import``).
"""

from __future__ import annotations

import hashlib
import importlib
import inspect
import os
import re
import time
import uuid
from abc import ABC, abstractmethod
from collections import ChainMap
from collections.abc import Mapping
from copy import deepcopy
from datetime import timedelta
from typing import Any, Generic, Literal, TypeVar

from ..errors import StreamlitAPIException, StreamlitMissingRequiredParameterError, UnsupportedError
from .page import Secrets, secrets

RawConnectionT = TypeVar("RawConnectionT")

_SNOWPARK_REMOVED = (
    "The Snowpark connection was removed in favor of the Snowflake connection. Update your app "
    'to use `st.connection("<name>", type="snowflake")` with `SnowflakeConnection` instead.'
)
#: Streamlit's first-party connections as its error message lists them.
_FIRST_PARTY_NAMES = {
    "snowflake": "streamlit.connections.snowflake_connection.SnowflakeConnection",
    "snowflake-callers-rights": (
        "streamlit.connections.snowflake_connection.SnowflakeCallersRightsConnection"
    ),
    "sql": "streamlit.connections.sql_connection.SQLConnection",
}
_REFUSED_CLASSES = {
    "SnowflakeConnection": "snowflake",
    "SnowflakeCallersRightsConnection": "snowflake-callers-rights",
}
_PYPI_PACKAGES = {
    "MySQLdb": "mysqlclient",
    "psycopg2": "psycopg2-binary",
    "sqlalchemy": "sqlalchemy",
    "snowflake": "snowflake-connector-python",
    "snowflake.connector": "snowflake-connector-python",
    "snowflake.snowpark": "snowflake-snowpark-python",
}


def _snowflake_refusal(kind: str) -> UnsupportedError:
    return UnsupportedError(
        f"`st.connection(type={kind!r})` is not supported by rerunner: Streamlit's Snowflake "
        "connections need Snowflake's services and its Snowpark Container Services identity. "
        "Use an `sql` connection with Snowflake's SQLAlchemy dialect, or your own "
        "`BaseConnection` subclass, instead."
    )


class _Unset:
    """``ttl`` left out: Streamlit then reads ``runner.connectionDefaultTTL`` (no expiry)."""

    def __repr__(self) -> str:
        return "<unset>"


_TTL_UNSET: Any = _Unset()


class BaseConnection(ABC, Generic[RawConnectionT]):
    """The base class of every connection ``st.connection`` makes.

    A subclass implements ``_connect(**kwargs)``, which returns the underlying connection object
    (a database engine, an API client); ``st.connection`` passes it the keyword arguments it was
    given. ``self._secrets`` is the connection's ``[connections.<name>]`` table of
    ``secrets.toml``, ``self._instance`` the underlying object (made again after ``reset()``).
    Override ``scope()`` to return ``"session"`` for a connection per session (in rerunner a
    kernel serves one session, so both scopes give one connection per kernel), and ``close()``
    to clean up when the cache lets the connection go.

    Example
    -------
    >>> import sqlite3
    >>> import streamlit as st
    >>> from streamlit.connections import BaseConnection
    >>> class SQLite(BaseConnection[sqlite3.Connection]):
    ...     def _connect(self, **kwargs):
    ...         return sqlite3.connect(kwargs.get("path", self._secrets["path"]))
    ...     def count(self, table):
    ...         return self._instance.execute(f"select count(*) from {table}").fetchone()[0]
    >>> conn = st.connection("local", type=SQLite, path="app.db")
    """

    def __init__(self, connection_name: str, **kwargs: Any) -> None:
        self._connection_name = connection_name
        self._kwargs = kwargs
        self._connection_instance_id = uuid.uuid4()
        self._raw_instance: RawConnectionT | None = self._connect(**kwargs)

    def __getattribute__(self, name: str) -> Any:
        try:
            return object.__getattribute__(self, name)
        except AttributeError:
            if hasattr(self._instance, name):
                raise AttributeError(
                    f"`{name}` doesn't exist here, but you can call `._instance.{name}` instead"
                ) from None
            raise

    @property
    def _secrets(self) -> Secrets:
        """This connection's ``[connections.<name>]`` table of ``secrets.toml`` (empty if none)."""
        section = secrets._data().get("connections")
        if not isinstance(section, Mapping):
            return Secrets({})
        mine = section.get(self._connection_name)
        return Secrets(mine if isinstance(mine, Mapping) else {})

    def reset(self) -> None:
        """Drop the underlying connection; the next use makes a new one (a stale connection,
        an expired token)."""
        self._raw_instance = None

    @property
    def _instance(self) -> RawConnectionT:
        if self._raw_instance is None:
            self._raw_instance = self._connect(**self._kwargs)
        return self._raw_instance

    @abstractmethod
    def _connect(self, **kwargs: Any) -> RawConnectionT:
        """Make the underlying connection object from ``kwargs`` and ``self._secrets``."""
        raise NotImplementedError

    @classmethod
    def scope(cls) -> Literal["global", "session"]:
        """``"global"`` (the default) or ``"session"``: how widely one connection is shared."""
        return "global"

    def close(self) -> None:
        """Called when ``st.connection``'s cache lets this connection go; nothing by default."""


_SQL_PARAMS = (
    "url",
    "driver",
    "dialect",
    "username",
    "password",
    "host",
    "port",
    "database",
    "query",
)
_SQL_REQUIRED = ("dialect", "username", "host")


class SQLConnection(BaseConnection[Any]):
    """A connection to a SQL database through SQLAlchemy (``pip install sqlalchemy``).

    Configured by keyword arguments of ``st.connection`` or the ``[connections.<name>]`` table
    of ``secrets.toml`` (the arguments win): either ``url`` (SQLAlchemy's URL, such as
    ``"sqlite:///data.db"``) or ``dialect``, ``username``, ``host`` and optionally ``driver``,
    ``password``, ``port``, ``database``, ``query``. Other keyword arguments, and the table's
    ``create_engine_kwargs``, go to ``sqlalchemy.create_engine``; ``autocommit=True`` sets the
    engine's isolation level to ``AUTOCOMMIT``.

    Example
    -------
    >>> import streamlit as st
    >>> conn = st.connection("shop", type="sql", url="sqlite:///shop.db")
    >>> df = conn.query("select * from orders where total > :least", params={"least": 10})
    >>> with conn.session as s:
    ...     s.execute(sqlalchemy.text("insert into orders (total) values (12)"))
    ...     s.commit()
    """

    def _connect(self, autocommit: bool = False, **kwargs: Any) -> Any:
        import sqlalchemy
        from sqlalchemy.engine import URL, make_url

        kwargs = deepcopy(kwargs)
        given = {k: kwargs.pop(k) for k in _SQL_PARAMS if k in kwargs}
        params = ChainMap(given, self._secrets.to_dict())
        if not len(params):
            raise StreamlitAPIException(
                "Missing SQL DB connection configuration. Did you forget to set this in "
                "`secrets.toml` or as kwargs to `st.connection`?"
            )
        if "url" in params:
            url = make_url(params["url"])
        else:
            for p in _SQL_REQUIRED:
                if p not in params:
                    raise StreamlitMissingRequiredParameterError(
                        f"The `{p}` parameter is required. Set this SQL DB connection parameter "
                        "in `secrets.toml` or pass it as a kwarg to `st.connection`."
                    )
            driver = params["dialect"] + (f"+{params['driver']}" if "driver" in params else "")
            url = URL.create(
                drivername=driver,
                username=params["username"],
                password=params.get("password"),
                host=params["host"],
                port=int(params["port"]) if "port" in params else None,
                database=params.get("database"),
                query=params.get("query", {}),
            )
        engine_kwargs = ChainMap(kwargs, dict(self._secrets.get("create_engine_kwargs", {})))
        engine = sqlalchemy.create_engine(url, **engine_kwargs)
        if autocommit:
            return engine.execution_options(isolation_level="AUTOCOMMIT")
        return engine

    def query(
        self,
        sql: str,
        *,
        show_spinner: bool | str = "Running `sql.query(...)`.",
        ttl: float | int | timedelta | None = None,
        index_col: str | list[str] | None = None,
        chunksize: int | None = None,
        params: Any | None = None,
        **kwargs: Any,
    ) -> Any:
        """Run a read query and return a DataFrame, cached with ``st.cache_data``.

        The same query with the same ``params`` on the same connection returns the stored
        result (a copy) until ``ttl`` seconds pass (``None``: until the cache is cleared or the
        connection is reset by an error). A database error resets the connection and the query
        is tried again, three attempts in all, a second apart, as in Streamlit.

        Parameters
        ----------
        sql : str
            The query, with ``:name`` placeholders for ``params``.
        show_spinner : bool or str
            The spinner shown while the query runs (not on a cache hit); ``False`` for none.
        ttl : float, int, timedelta or None
            How long a result stays cached, in seconds.
        index_col : str, list of str or None
            Columns to make the DataFrame's index.
        chunksize : int or None
            Read in chunks of this many rows (pandas then returns an iterator).
        params : dict, list or None
            Values for the query's placeholders.
        **kwargs
            Other arguments of ``pandas.read_sql``.

        Returns
        -------
        pandas.DataFrame
        """
        from sqlalchemy import text
        from sqlalchemy.exc import DatabaseError, InternalError, OperationalError

        from ..cache import cache_data

        def _query(
            instance_id: uuid.UUID,
            sql: str,
            index_col: Any = None,
            chunksize: int | None = None,
            params: Any = None,
            **kwargs: Any,
        ) -> Any:
            import pandas as pd

            for attempt in (1, 2, 3):
                try:
                    with self._instance.connect() as raw:
                        return pd.read_sql(
                            text(sql),
                            raw,
                            index_col=index_col,
                            chunksize=chunksize,
                            params=params,
                            **kwargs,
                        )
                except (DatabaseError, InternalError, OperationalError):
                    self.reset()
                    if attempt == 3:
                        raise
                    time.sleep(1)
            raise AssertionError("unreachable")  # pragma: no cover

        # One cache per connection name and ttl, as Streamlit keys it.
        ttl_name = str(ttl).replace(".", "_")
        _query.__qualname__ = f"{_query.__qualname__}_{self._connection_name}_{ttl_name}"
        cached = cache_data(show_spinner=show_spinner, ttl=ttl)(_query)
        return cached(
            self._connection_instance_id,
            sql,
            index_col=index_col,
            chunksize=chunksize,
            params=params,
            **kwargs,
        )

    def connect(self) -> Any:
        """A new SQLAlchemy ``Connection`` from the engine (close it when done)."""
        return self._instance.connect()

    @property
    def engine(self) -> Any:
        """The SQLAlchemy ``Engine``."""
        return self._instance

    @property
    def driver(self) -> str:
        """The name of the DBAPI driver the engine uses (``"pysqlite"``...)."""
        return str(self._instance.driver)

    @property
    def session(self) -> Any:
        """A new SQLAlchemy ORM ``Session`` on the engine; use it in ``with`` and commit
        writes yourself."""
        from sqlalchemy.orm import Session

        return Session(self._instance)


def __getattr__(name: str) -> Any:
    if name in _REFUSED_CLASSES:
        raise _snowflake_refusal(_REFUSED_CLASSES[name])
    raise AttributeError(f"module 'streamlit.connections' has no attribute '{name}'")


def _first_party(kind: str) -> type[BaseConnection[Any]]:
    if kind == "snowpark":
        raise StreamlitAPIException(_SNOWPARK_REMOVED)
    if kind == "sql":
        return SQLConnection
    if kind in _FIRST_PARTY_NAMES:
        raise _snowflake_refusal(kind)
    listed = ", ".join(f"'{k}': <class '{v}'>" for k, v in _FIRST_PARTY_NAMES.items())
    raise StreamlitAPIException(
        f"Invalid connection '{kind}'. Supported connection classes: {{{listed}}}"
    )


def _from_path(path: str) -> Any:
    module_name, _, class_name = path.rpartition(".")
    if module_name == "streamlit.connections":  # this module, as inside an app
        return __getattr__(class_name) if class_name not in globals() else globals()[class_name]
    return getattr(importlib.import_module(module_name), class_name)


def _ours(cls: Any) -> Any:
    """Streamlit's own classes, imported outside the app, stand for rerunner's."""
    module = getattr(cls, "__module__", "") or ""
    name = getattr(cls, "__name__", "")
    if module.startswith("streamlit.connections"):
        if name in _REFUSED_CLASSES:
            raise _snowflake_refusal(_REFUSED_CLASSES[name])
        if name == "SQLConnection":
            return SQLConnection
    return cls


def _class_key(cls: type) -> str:
    """A connection class as the cache knows it: its name and source, so a class the body
    defines anew on every rerun keeps its connection, and an edited one starts a new one."""
    try:
        source = inspect.getsource(cls)
    except (OSError, TypeError):
        source = ""
    digest = hashlib.blake2b(source.encode(), digest_size=8).hexdigest()
    return f"{cls.__module__}.{cls.__qualname__}:{digest}"


def _create(
    name: str,
    cls: Any,
    max_entries: int | None,
    ttl: float | timedelta | None,
    kwargs: dict[str, Any],
) -> Any:
    from ..cache import cache_resource

    if not isinstance(cls, type) or not issubclass(cls, BaseConnection):
        raise StreamlitAPIException(f"{cls} is not a subclass of BaseConnection!")
    if isinstance(ttl, timedelta):
        ttl = ttl.total_seconds()
    elif isinstance(ttl, (int, float)) and not isinstance(ttl, bool):
        ttl = float(ttl)
    scope = cls.scope()
    if scope not in ("global", "session"):
        raise StreamlitAPIException(
            "Invalid `scope` value. Supported values: 'global', 'session'. Connection class "
            f"{cls.__name__} has scope {scope!r}."
        )

    def _make(name: str, _cls: Any, class_key: str, **kwargs: Any) -> Any:
        return _cls(connection_name=name, **kwargs)

    # One cache per ttl and size limit, as Streamlit keys it.
    _make.__qualname__ = f"{_make.__qualname__}_{str(ttl).replace('.', '_')}_{max_entries}"
    cached = cache_resource(
        max_entries=max_entries,
        show_spinner="Running `st.connection(...)`.",
        ttl=ttl,
        on_release=lambda conn: conn.close(),
    )(_make)
    return cached(name, cls, _class_key(cls), **kwargs)


def connection(
    name: str,
    type: Any = None,
    max_entries: int | None = None,
    ttl: float | timedelta | None = _TTL_UNSET,
    **kwargs: Any,
) -> Any:
    """Create a new connection to a data store or API, or return an existing one.

    The connection is made once and kept with ``st.cache_resource``: later calls with the same
    arguments (in any rerun, or any cell of the kernel) return the same object. Its settings
    come from the keyword arguments and from the ``[connections.<name>]`` table of
    ``.streamlit/secrets.toml``.

    Parameters
    ----------
    name : str
        The connection's name: its table in ``secrets.toml`` is ``[connections.<name>]``. With
        ``"sql"`` the type is inferred. ``"env:VAR"`` takes the name from environment variable
        ``VAR``.
    type : str, connection class, or None
        The kind of connection:

        - ``None`` (default): inferred from ``name`` (``"sql"``), else the ``type`` key of the
          connection's table in ``secrets.toml``.
        - ``"sql"``: ``SQLConnection``, through SQLAlchemy.
        - A dotted path to an importable connection class, or the class itself, which must
          extend ``streamlit.connections.BaseConnection``.

        ``"snowflake"`` and ``"snowflake-callers-rights"`` are refused by name: they need
        Snowflake's own services.
    max_entries : int or None
        How many connections this cache keeps; ``None`` (default) for no limit.
    ttl : float, timedelta, or None
        How many seconds a connection is kept; once it expires it is closed and the next call
        makes a new one. Left out or ``None``: kept until the cache is cleared.
    **kwargs : any
        Passed to the connection class's ``_connect``, where they take precedence over the
        values in ``secrets.toml``.

    Returns
    -------
    BaseConnection
        The connection (for ``"sql"``, an ``SQLConnection``: ``query``, ``session``,
        ``engine``, ``connect()``, ``reset()``).

    Example
    -------
    >>> import streamlit as st
    >>> conn = st.connection("shop", type="sql", url="sqlite:///shop.db")
    >>> st.dataframe(conn.query("select * from orders", ttl=600))
    """
    if name.startswith("env:"):
        name = os.environ[name.removeprefix("env:")]
    cls = type
    if cls is None:
        if name == "snowpark":
            raise StreamlitAPIException(_SNOWPARK_REMOVED)
        if name in _FIRST_PARTY_NAMES:
            cls = _first_party(name)
        else:
            cls = secrets["connections"][name]["type"]
    if isinstance(cls, str):
        cls = _from_path(cls) if "." in cls else _first_party(cls)
    cls = _ours(cls)
    if ttl is _TTL_UNSET:
        ttl = None
    try:
        return _create(name, cls, max_entries, ttl, kwargs)
    except ModuleNotFoundError as exc:
        missing = re.search(r"No module named '(.+)'", str(exc))
        hint = "You may be missing a dependency required to use this connection."
        if missing and missing.group(1) in _PYPI_PACKAGES:
            hint = (
                f"You need to install the '{_PYPI_PACKAGES[missing.group(1)]}' package to use "
                "this connection."
            )
        raise ModuleNotFoundError(f"{exc}. {hint}") from None
