"""A class's annotations in one SQL database, written atomically after every change.

One table holds everything: a row per (task, student, item) with the item's annotation as JSON
(a label, a list of box and point records, a list of spans...). Each change is one transaction
that replaces that row, so thirty students saving at once never lose each other's work, and a
crash never leaves half an annotation. A teacher's page reads every student's rows of a task.

SQLite is the default (one file, on one machine): the store turns on its write-ahead log, so
readers never block the writer, and gives every connection a generous busy timeout, so
concurrent writers queue instead of failing with "database is locked". SQLite over a network
disk is unsafe (its locks do not hold there); when students' servers run on several machines,
point the store at a database server with any SQLAlchemy URL instead.

Inside an app, :func:`rerunner.annotate.store` builds the store on ``st.connection`` so every
rerun and every cell shares one engine; scripts and tests build :class:`AnnotationStore` directly.
The statements are SQLAlchemy Core (a delete and an insert in one transaction), which every
database SQLAlchemy speaks to runs the same way.
"""

from __future__ import annotations

import json
import time
from collections.abc import Mapping
from typing import Any

#: Seconds a SQLite connection waits for another writer before giving up.
BUSY_SECONDS = 60


class AnnotationStore:
    """Every student's annotations of every task, in one SQL database.

    Parameters
    ----------
    database : str, SQLAlchemy engine, or connection
        A SQLAlchemy URL (``"sqlite:///class.db"``, ``"postgresql://..."``), an engine, or an
        object with an ``engine`` attribute such as ``st.connection(..., type="sql")``.
    table : str
        The table's name (made when missing).

    Example
    -------
    >>> store = AnnotationStore("sqlite://")
    >>> store.save("digits", "ada", 3, "7")
    >>> store.load("digits", "ada")
    {3: '7'}
    """

    def __init__(self, database: Any = "sqlite:///annotations.db", *, table: str = "annotations"):
        import sqlalchemy as sa

        engine = getattr(database, "engine", database)
        if isinstance(engine, str):
            engine = sa.create_engine(engine, **_engine_options(engine))
        if engine.dialect.name == "sqlite":
            sa.event.listen(engine, "connect", _sqlite_pragmas)
        self.engine = engine
        self._sa = sa
        self.table = sa.Table(
            table,
            sa.MetaData(),
            sa.Column("task", sa.String(200), primary_key=True),
            sa.Column("student", sa.String(200), primary_key=True),
            sa.Column("item", sa.String(200), primary_key=True),
            sa.Column("value", sa.Text, nullable=False),
            sa.Column("updated", sa.Float, nullable=False),
        )
        try:
            self.table.metadata.create_all(engine)
        except sa.exc.OperationalError:
            # Students' kernels start together: another one may have made the table between
            # create_all's look and its CREATE. Anything else is a real error.
            if not sa.inspect(engine).has_table(table):
                raise

    def save(self, task: str, student: str, item: Any, value: Any) -> None:
        """Store ``student``'s annotation of ``item`` in ``task``, replacing the one before."""
        self.save_many(task, student, {item: value})

    def save_many(self, task: str, student: str, values: Mapping[Any, Any]) -> None:
        """Store several items of one student at once, all or none."""
        now = time.time()
        rows = [
            {
                "task": task,
                "student": student,
                "item": _key(item),
                "value": json.dumps(value),
                "updated": now,
            }
            for item, value in values.items()
        ]
        if not rows:
            return
        t = self.table
        with self.engine.begin() as conn:
            conn.execute(
                t.delete().where(
                    t.c.task == task,
                    t.c.student == student,
                    t.c.item.in_([r["item"] for r in rows]),
                )
            )
            conn.execute(t.insert(), rows)

    def delete(self, task: str, student: str, item: Any) -> None:
        """Forget ``student``'s annotation of ``item`` (nothing happens when there is none)."""
        t = self.table
        with self.engine.begin() as conn:
            conn.execute(
                t.delete().where(t.c.task == task, t.c.student == student, t.c.item == _key(item))
            )

    def load(self, task: str, student: str) -> dict[Any, Any]:
        """One student's annotations of a task: item -> value."""
        t = self.table
        query = self._sa.select(t.c.item, t.c.value).where(t.c.task == task, t.c.student == student)
        with self.engine.connect() as conn:
            return {json.loads(item): json.loads(value) for item, value in conn.execute(query)}

    def load_all(self, task: str) -> dict[str, dict[Any, Any]]:
        """Every student's annotations of a task: student -> item -> value, students sorted."""
        t = self.table
        query = (
            self._sa.select(t.c.student, t.c.item, t.c.value)
            .where(t.c.task == task)
            .order_by(t.c.student, t.c.item)
        )
        out: dict[str, dict[Any, Any]] = {}
        with self.engine.connect() as conn:
            for student, item, value in conn.execute(query):
                out.setdefault(student, {})[json.loads(item)] = json.loads(value)
        return out

    def students(self, task: str) -> list[str]:
        """The students who saved anything for ``task``, sorted."""
        return sorted(self.load_all(task))

    def __repr__(self) -> str:
        return f"AnnotationStore({self.engine.url.render_as_string(hide_password=True)!r})"


def _key(item: Any) -> str:
    """Items are kept as JSON so an int comes back an int and a str a str."""
    return json.dumps(item)


def _engine_options(url: str) -> dict[str, Any]:
    if url.startswith("sqlite"):
        return {"connect_args": {"timeout": BUSY_SECONDS}}
    return {}


def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute(f"PRAGMA busy_timeout = {BUSY_SECONDS * 1000}")
    cursor.execute("PRAGMA journal_mode = WAL")
    # In WAL mode NORMAL still commits atomically; it skips an fsync per commit, which is what
    # thirty students saving at once would otherwise queue behind.
    cursor.execute("PRAGMA synchronous = NORMAL")
    cursor.close()
