"""The class-wide store: atomic saves, reads for the teacher, thirty writers at once."""

from __future__ import annotations

import subprocess
import sys
import textwrap
import time

import pytest

from rerunner.annotate.store import AnnotationStore


@pytest.fixture
def url(tmp_path):
    return f"sqlite:///{tmp_path / 'class.db'}"


def test_saves_replace_and_load_per_student_and_for_the_teacher(url):
    store = AnnotationStore(url)
    store.save("digits", "ada", 3, "7")
    store.save("digits", "ada", 3, "1")  # a correction replaces, it does not add
    store.save("digits", "bob", 3, "7")
    store.save("boxes", "ada", "img1.png", [{"x": 1, "y": 2, "w": 3, "h": 4, "label": "cat"}])
    assert store.load("digits", "ada") == {3: "1"}
    assert store.load_all("digits") == {"ada": {3: "1"}, "bob": {3: "7"}}
    assert store.load("boxes", "ada") == {
        "img1.png": [{"x": 1, "y": 2, "w": 3, "h": 4, "label": "cat"}]
    }
    store.delete("digits", "ada", 3)
    assert store.students("digits") == ["bob"]
    # another process (a new engine) reads the same file
    assert AnnotationStore(url).load_all("digits") == {"bob": {3: "7"}}


def test_save_many_is_all_or_none(url):
    store = AnnotationStore(url)
    store.save("t", "ada", 1, "a")
    with pytest.raises(TypeError):
        store.save_many("t", "ada", {1: "b", 2: object()})  # the second cannot be stored
    assert store.load("t", "ada") == {1: "a"}


def test_the_store_runs_on_an_sql_connection(tmp_path):
    from rerunner.api.connection import SQLConnection

    conn = SQLConnection("class", url=f"sqlite:///{tmp_path / 'c.db'}")
    store = AnnotationStore(conn)
    store.save("t", "ada", "x", 1)
    assert conn.query("select student, value from annotations", ttl=0).to_dict("records") == [
        {"student": "ada", "value": "1"}
    ]


# Each writer loads store.py by its path: the store needs only SQLAlchemy, and thirty imports of
# the whole package would make the test slow without testing anything more.
WRITER = textwrap.dedent(
    """
    import importlib.util, os, sys, time
    path, url, student, ready, gate, items = sys.argv[1:7]
    spec = importlib.util.spec_from_file_location("store", path)
    store_module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(store_module)
    store = store_module.AnnotationStore(url)
    open(ready, "w").close()
    while not os.path.exists(gate):  # every writer starts at the same moment
        time.sleep(0.01)
    for item in range(int(items)):
        store.save("digits", student, item, str(item % 10))
    """
)


def test_thirty_students_writing_at_once_lose_nothing(url, tmp_path):
    from rerunner.annotate import store as store_module

    gate = tmp_path / "go"
    students, items = 30, 20
    procs = [
        subprocess.Popen(
            [
                sys.executable,
                "-c",
                WRITER,
                store_module.__file__,
                url,
                f"student{n:02d}",
                str(tmp_path / f"ready{n}"),
                str(gate),
                str(items),
            ],
            stderr=subprocess.PIPE,
        )
        for n in range(students)
    ]
    while sum((tmp_path / f"ready{n}").exists() for n in range(students)) < students:
        assert all(p.poll() is None for p in procs), [p.communicate()[1].decode() for p in procs]
        time.sleep(0.05)
    gate.touch()
    errors = [p.communicate(timeout=300)[1].decode() for p in procs]
    assert [p.returncode for p in procs] == [0] * students, "\n".join(e for e in errors if e)
    saved = AnnotationStore(url).load_all("digits")
    assert len(saved) == students
    assert all(saved[s] == {i: str(i % 10) for i in range(items)} for s in saved)
