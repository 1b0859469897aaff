"""st.cache_data and st.cache_resource in process: keys, copies, ttl, size limits, clearing,
spinners, replayed output, and the life of a cache across reruns and edits of a cell."""

from __future__ import annotations

import datetime

import ipywidgets as w
import pytest

from rerunner import cache as cache_module, st
from rerunner.errors import (
    StreamlitBadTimeStringError,
    UnhashableParamError,
    UnserializableReturnValueError,
)

from tests.support.inprocess import Harness
from tests.support.reference import rerunner_error


@pytest.fixture(autouse=True)
def fresh_caches():
    cache_module.CACHES.clear()
    yield
    cache_module.CACHES.clear()


def test_cache_data_runs_once_per_argument_value_and_returns_copies() -> None:
    calls = []

    @st.cache_data
    def load(n, *, scale=1):
        calls.append(n)
        return {"rows": list(range(n)), "scale": scale}

    first = load(3)
    first["rows"].append("mutated")
    again = load(3)
    assert calls == [3] and again == {"rows": [0, 1, 2], "scale": 1}
    assert load(3) is not load(3)  # every hit is a fresh copy
    load(3, scale=2)
    load(4)
    assert calls == [3, 3, 4]


def test_cache_resource_returns_the_one_shared_object() -> None:
    @st.cache_resource
    def connect(url):
        return object()

    assert connect("db") is connect("db") and connect("db") is not connect("other")


def test_underscore_arguments_are_not_hashed_and_unhashable_ones_say_how_to_fix() -> None:
    import threading

    calls = []

    @st.cache_data
    def query(_conn, sql):
        calls.append(sql)
        return sql.upper()

    assert query(threading.Lock(), "a") == query(threading.Lock(), "a") == "A"
    assert calls == ["a"]

    @st.cache_data
    def bad(lock):
        return 1

    with pytest.raises(UnhashableParamError) as err:
        bad(threading.Lock())
    assert str(err.value) == (
        "Cannot hash argument 'lock' (of type `_thread.lock`) in 'bad'.\n\n"
        "To address this, you can tell Streamlit not to hash this argument by adding a\n"
        "leading underscore to the argument's name in the function signature:\n\n"
        "```\n@st.cache_data\ndef bad(_lock, ...):\n    ...\n```"
    )


def test_arguments_are_hashed_by_content() -> None:
    import numpy as np
    import pandas as pd

    calls = []

    @st.cache_data
    def total(frame, array, items):
        calls.append(1)
        return 0

    total(pd.DataFrame({"a": [1, 2]}), np.arange(3), {"k": [1, {2}]})
    total(pd.DataFrame({"a": [1, 2]}), np.arange(3), {"k": [1, {2}]})
    assert len(calls) == 1
    total(pd.DataFrame({"a": [1, 3]}), np.arange(3), {"k": [1, {2}]})
    total(pd.DataFrame({"a": [1, 2]}), np.arange(4), {"k": [1, {2}]})
    total(pd.DataFrame({"a": [1, 2]}), np.arange(3), {"k": [1, {3}]})
    assert len(calls) == 4


def test_hash_funcs_decide_how_a_type_is_hashed() -> None:
    class Conn:
        def __init__(self, name):
            self.name = name
            self.lock = __import__("threading").Lock()

    calls = []

    @st.cache_data(hash_funcs={Conn: lambda c: c.name})
    def fetch(conn):
        calls.append(conn.name)
        return conn.name

    fetch(Conn("a"))
    fetch(Conn("a"))
    fetch(Conn("b"))
    assert calls == ["a", "b"]


def test_unpicklable_return_values_get_streamlits_error() -> None:
    import threading

    @st.cache_data
    def make():
        return threading.Lock()

    with pytest.raises(
        UnserializableReturnValueError,
        match=r"Cannot serialize the return value \(of type `_thread.lock`\)",
    ):
        make()


def test_ttl_expires_entries(monkeypatch) -> None:
    now = [1000.0]
    monkeypatch.setattr(cache_module.time, "monotonic", lambda: now[0])
    calls = []

    @st.cache_data(ttl="1h")
    def value():
        calls.append(1)
        return len(calls)

    assert value() == 1
    now[0] += 3599
    assert value() == 1
    now[0] += 2
    assert value() == 2
    assert cache_module.ttl_seconds(datetime.timedelta(minutes=2)) == 120
    assert cache_module.ttl_seconds("1d2h34m") == 95640
    assert [cache_module.ttl_seconds(t) for t in ("2 days", "1.5h", "250ms", "P1DT2H")] == [
        172800,
        5400,
        0.25,
        93600,
    ]
    with pytest.raises(StreamlitBadTimeStringError, match="Got: bogus"):
        st.cache_data(ttl="bogus")


def test_max_entries_drops_the_least_recently_used_and_on_release_sees_it() -> None:
    released = []

    @st.cache_resource(max_entries=2, on_release=released.append)
    def res(n):
        return f"r{n}"

    res(1), res(2), res(1), res(3)  # 2 is the least recently used when 3 arrives
    assert released == ["r2"]
    res.clear()
    assert sorted(released) == ["r1", "r2", "r3"]


def test_validate_rejects_a_stale_resource() -> None:
    made = []

    @st.cache_resource(validate=lambda r: not r["closed"])
    def conn():
        made.append({"closed": False})
        return made[-1]

    conn()["closed"] = True
    assert conn() is made[1] and len(made) == 2


def test_clear_one_entry_one_function_or_everything() -> None:
    calls = []

    @st.cache_data
    def f(x):
        calls.append(x)
        return x

    @st.cache_data
    def g(x):
        calls.append(f"g{x}")
        return x

    f(1), f(2), g(1)
    f.clear(1)
    f(1), f(2)
    assert calls == [1, 2, "g1", 1]
    f.clear()
    f(2)
    st.cache_data.clear()
    g(1)
    assert calls == [1, 2, "g1", 1, 2, "g1"]


def test_cached_methods_bind_their_instance() -> None:
    class Model:
        def __init__(self):
            self.calls = 0

        @st.cache_resource
        def predict(_self, x):
            _self.calls += 1
            return x * 2

    m = Model()
    assert m.predict(2) == m.predict(2) == 4 and m.calls == 1
    m.predict.clear()
    m.predict(2)
    assert m.calls == 2


APP = """
@st.cache_data
def load(n):
    st.session_state["loads"] = st.session_state.get("loads", 0) + 1
    st.write("loaded", n)
    return list(range(n))
data = load(3)
st.write("sum", sum(data))
st.button("again")
"""


def test_cache_survives_reruns_of_a_body_and_replays_what_it_wrote() -> None:
    h = Harness(APP)
    h.click(h.find(w.Button, "again"))
    h.click(h.find(w.Button, "again"))
    assert h.state["loads"] == 1
    bodies = [el.props.body for el in h.elements("markdown")]
    assert bodies == ["loaded `3`", "sum `3`"]  # the cached function's output is shown again


def test_editing_the_function_source_starts_a_new_cache() -> None:
    h = Harness(APP)
    edited = Harness(APP.replace("list(range(n))", "list(range(n + 1))"), state=h.state)
    assert h.state["loads"] == 2 and "sum `6`" in [
        el.props.body for el in edited.elements("markdown")
    ]
    Harness(APP, state=h.state)
    assert h.state["loads"] == 2  # the original source's cache is still there


def test_a_miss_shows_a_spinner_mid_run() -> None:
    src = """
@st.cache_data(show_spinner="Loading the data...")
def slow(n):
    return n
st.write(slow(st.session_state.get("n", 0)))
st.button("next")
"""
    h = Harness(src)
    seen = []
    real = h.view.update
    h.view.update = lambda tree, emit, partial=False: (
        real(tree, emit, partial),
        seen.append((partial, h.text())),
    )
    h.state["n"] = 1
    h.click(h.find(w.Button, "next"))
    assert any(partial and "Loading the data..." in text for partial, text in seen)
    assert "Loading the data" not in h.text()
    seen.clear()
    h.click(h.find(w.Button, "next"))  # a hit: no spinner
    assert not any(partial for partial, _ in seen)


def test_widgets_inside_a_cached_function_get_streamlits_warning() -> None:
    h = Harness("@st.cache_data\ndef g():\n    return st.slider('s', 0, 10)\ng()")
    [warning] = h.exceptions()
    assert warning.message.startswith("Your script uses a widget command in a cached function")


BAD_OPTIONS = [
    "@st.cache_data(persist='bad')\ndef f(): return 1",
    "@st.cache_data(max_size=True)\ndef f(): return 1",
    "@st.cache_data(max_size='5')\ndef f(): return 1",
    "@st.cache_data(max_size='0MB')\ndef f(): return 1",
    "@st.cache_data(max_size=1.5)\ndef f(): return 1",
    "@st.cache_data(refresh_mode='background')\ndef f(): return 1",
    "@st.cache_data(refresh_mode='background', ttl=0)\ndef f(): return 1",
    "@st.cache_data(refresh_mode='background', ttl=5, persist='disk')\ndef f(): return 1",
    "@st.cache_data(refresh_mode='x')\ndef f(): return 1",
    "@st.cache_resource(refresh_mode='background')\ndef f(): return 1",
]


@pytest.mark.parametrize("app", BAD_OPTIONS)
def test_bad_cache_options_get_streamlits_errors(app: str) -> None:
    from tests.support.reference import streamlit_error

    expected = streamlit_error(app)
    assert expected is not None and rerunner_error(app) == expected


def test_max_size_keeps_the_most_recently_used_values_that_fit() -> None:
    from rerunner.cache import max_size_bytes

    assert max_size_bytes("1.1KB") == 1126 and max_size_bytes("2 MiB") == 2 * 1024**2
    calls: list[int] = []
    h = Harness(
        "@st.cache_data(max_size=SIZE)\ndef f(x):\n    CALLS.append(x)\n    return 'v' * 100\n"
        "for x in [1, 2, 1, 3, 1, 2]:\n    f(x)\n",
        namespace={"CALLS": calls, "SIZE": 2 * len(__import__("pickle").dumps("v" * 100, 5))},
    )
    assert h.errors() == []
    # room for two: 1, 2, (1 hit), 3 drops 2, (1 hit), 2 again
    assert calls == [1, 2, 3, 2]


def test_persisted_entries_survive_the_kernels_caches_and_clear_removes_them(
    tmp_path, monkeypatch
) -> None:
    monkeypatch.setenv("RERUNNER_CACHE_DIR", str(tmp_path))
    calls: list[int] = []
    app = (
        "@st.cache_data(persist='disk')\ndef f(x):\n    CALLS.append(x)\n    st.write('made', x)\n"
        "    return {'x': x}\nREC.append(f(1))\n"
    )
    rec: list = []
    Harness(app, namespace={"CALLS": calls, "REC": rec})
    assert calls == [1] and len(list(tmp_path.glob("*.memo"))) == 1
    cache_module.CACHES.clear()  # as after a kernel restart
    h = Harness(app, namespace={"CALLS": calls, "REC": rec})
    assert calls == [1] and rec == [{"x": 1}, {"x": 1}]
    assert "made <code>1</code>" in h.text()  # what it wrote is shown again on the hit
    st.cache_data.clear()
    assert list(tmp_path.glob("*.memo")) == []


def test_background_refresh_returns_the_old_value_while_a_thread_computes_the_next(
    monkeypatch,
) -> None:
    import threading

    clock = [1000.0]
    monkeypatch.setattr(cache_module, "_now", lambda: clock[0])
    release = threading.Event()
    computed = threading.Event()
    values = iter(["old", "new"])

    def compute() -> str:
        value = next(values)
        if value == "new":
            assert release.wait(10)
            computed.set()
        return value

    rec: list = []
    app = "@st.cache_data(ttl=10, refresh_mode='background')\ndef f():\n    return COMPUTE()\nREC.append(f())"
    h = Harness(app, namespace={"COMPUTE": compute, "REC": rec})
    clock[0] += 15  # expired, within one more ttl
    h.app.run()
    assert rec == ["old", "old"]  # returned at once: the new value waits in its thread
    release.set()
    assert computed.wait(10)
    deadline = threading.Event()
    for _ in range(100):  # the thread stores the value just after computing it
        if not cache_module.CACHES or all(not c.refreshing for c in cache_module.CACHES.values()):
            break
        deadline.wait(0.05)
    h.app.run()
    assert rec[-1] == "new"
    clock[0] += 25  # past the extra ttl: the next call waits for a new value
    values = iter(["newest"])
    h.app.run()
    assert rec[-1] == "newest"
