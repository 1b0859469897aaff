"""st.connection on a real SQLite database file: SQLConnection through SQLAlchemy, its settings
from secrets.toml, cached connections and queries, custom BaseConnection subclasses, and the
Snowflake connections refused by name."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from rerunner.api import page

from tests.support.inprocess import Harness


@pytest.fixture
def shop(tmp_path: Path) -> Path:
    path = tmp_path / "shop.db"
    with sqlite3.connect(path) as db:
        db.execute("create table orders (id integer primary key, item text, total real)")
        db.executemany(
            "insert into orders (item, total) values (?, ?)",
            [("tea", 4.5), ("cake", 12.0), ("bread", 6.25)],
        )
    return path


@pytest.fixture
def fresh_secrets(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    """A working directory of the test's own, and st.secrets read anew from it."""
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    object.__setattr__(page.secrets, "_values", None)
    yield tmp_path
    object.__setattr__(page.secrets, "_values", None)


def test_sql_query_params_cache_session_and_reset(shop: Path) -> None:
    seen: list = []
    h = Harness(
        f"conn = st.connection('shop', type='sql', url='sqlite:///{shop}')\n"
        "df = conn.query('select item, total from orders where total > :least order by id', "
        "params={'least': 5})\n"
        "SEEN.append((conn, list(df['item']), conn.engine.dialect.name, conn.driver))",
        namespace={"SEEN": seen},
    )
    assert not h.errors()
    conn, items, dialect, driver = seen[-1]
    assert (items, dialect, driver) == (["cake", "bread"], "sqlite", "pysqlite")
    with sqlite3.connect(shop) as db:  # a change the cached query does not see
        db.execute("insert into orders (item, total) values ('pie', 9.0)")
    h.app.run()
    assert seen[-1][0] is conn  # one connection over reruns
    assert seen[-1][1] == ["cake", "bread"]  # the query's result came from st.cache_data
    import sqlalchemy

    with conn.session as s:  # writes go through the ORM session
        s.execute(sqlalchemy.text("insert into orders (item, total) values ('jam', 7.0)"))
        s.commit()
    from rerunner.cache import cache_data

    cache_data.clear()
    h.app.run()
    assert seen[-1][1] == ["cake", "bread", "pie", "jam"]
    engine = conn.engine
    conn.reset()
    assert conn.engine is not engine  # reset makes the engine anew on next use
    h.app.run()
    assert not h.errors() and seen[-1][0] is conn


def test_query_ttl_and_errors(shop: Path) -> None:
    h = Harness(
        f"conn = st.connection('shop', type='sql', url='sqlite:///{shop}')\n"
        "st.write(len(conn.query('select * from orders', ttl=0.001)))\n"
        "conn.query('select * from nowhere', show_spinner=False)"
    )
    assert h.text().count("3") >= 1
    [message] = h.errors()
    assert "no such table: nowhere" in message


def test_settings_from_secrets_toml_and_type_inferred(shop: Path, fresh_secrets: Path) -> None:
    folder = fresh_secrets / ".streamlit"
    folder.mkdir()
    (folder / "secrets.toml").write_text(
        f'[connections.shop]\ntype = "sql"\nurl = "sqlite:///{shop}"\n'
        f'[connections.sql]\nurl = "sqlite:///{shop}"\n'
        '[connections.partial]\ndialect = "postgresql"\nhost = "db"\n',
        encoding="utf-8",
    )
    seen: list = []
    h = Harness(
        "a = st.connection('shop')\n"  # type from secrets.toml
        "b = st.connection('sql')\n"  # type from the name
        "SEEN.append((type(a).__name__, len(a.query('select * from orders')), str(b.engine.url)))\n"
        "st.connection('partial', type='sql')",
        namespace={"SEEN": seen},
    )
    assert seen == [("SQLConnection", 3, f"sqlite:///{shop}")]
    assert h.errors() == [
        "The `username` parameter is required. Set this SQL DB connection parameter in "
        "`secrets.toml` or pass it as a kwarg to `st.connection`."
    ]


def test_missing_configuration_and_unknown_types(fresh_secrets: Path) -> None:
    h = Harness("st.connection('db', type='sql')")
    assert h.errors() == [
        "Missing SQL DB connection configuration. Did you forget to set this in `secrets.toml` "
        "or as kwargs to `st.connection`?"
    ]
    h = Harness("st.connection('db')")
    assert h.exceptions()[0].type == "KeyError"


def test_base_connection_subclass_defined_in_the_body_is_kept_over_reruns(shop: Path) -> None:
    seen: list = []
    h = Harness(
        "import sqlite3\n"
        "from streamlit.connections import BaseConnection\n"
        "class Lite(BaseConnection[sqlite3.Connection]):\n"
        "    def _connect(self, **kwargs):\n"
        "        MADE.append(kwargs)\n"
        "        return sqlite3.connect(kwargs['path'], check_same_thread=False)\n"
        "    def count(self):\n"
        "        return self._instance.execute('select count(*) from orders').fetchone()[0]\n"
        f"conn = st.connection('lite', type=Lite, path={str(shop)!r})\n"
        "SEEN.append((conn, conn.count(), conn.scope()))",
        namespace={"SEEN": seen, "MADE": (made := [])},
    )
    assert not h.errors()
    conn = seen[-1][0]
    assert seen[-1][1:] == (3, "global") and made == [{"path": str(shop)}]
    h.app.run()
    assert seen[-1][0] is conn and len(made) == 1
    conn.reset()
    h.app.run()
    assert len(made) == 2  # the raw connection was made again after reset()
    with pytest.raises(AttributeError, match=r"you can call `._instance.execute` instead"):
        conn.execute  # noqa: B018


def test_snowflake_connections_are_refused_by_name() -> None:
    for app in (
        "st.connection('snowflake')",
        "st.connection('x', type='snowflake-callers-rights')",
        "from streamlit.connections import SnowflakeConnection",
    ):
        h = Harness(app)
        [error] = h.exceptions()
        assert error.type == "UnsupportedError", app
        assert "Snowflake" in error.message
    h = Harness("class C:\n    pass\nst.connection('x', type=C)")
    [message] = h.errors()
    assert message.startswith("<class ") and message.endswith(
        ".C'> is not a subclass of BaseConnection!"
    )


def test_dotted_type_path_env_name_and_streamlits_own_class(
    shop: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("SHOP_DB", "shop")
    seen: list = []
    h = Harness(
        "a = st.connection('env:SHOP_DB', type='streamlit.connections.SQLConnection', "
        f"url='sqlite:///{shop}')\n"
        "from streamlit.connections import SQLConnection\n"
        f"b = st.connection('shop', type=SQLConnection, url='sqlite:///{shop}')\n"
        "SEEN.append((a._connection_name, a is b, isinstance(a, SQLConnection)))",
        namespace={"SEEN": seen},
    )
    assert not h.errors()
    assert seen == [("shop", True, True)]  # one cached connection for the same arguments
    from streamlit.connections import SQLConnection as RealSQLConnection  # Streamlit's own

    seen.clear()
    h = Harness(
        f"c = st.connection('shop', type=REAL, url='sqlite:///{shop}')\n"
        "SEEN.append(type(c).__module__)",
        namespace={"SEEN": seen, "REAL": RealSQLConnection},
    )
    assert seen == ["rerunner.api.connection"]  # Streamlit's class stands for rerunner's
