"""A long session in a real ipykernel: thousands of reruns of a 50-widget app, and the figures.

The app shows 50 keyed inputs out of a pool of 60 keys; every change calls back, which moves the
window by one, so on every rerun one key disappears (its state is dropped) and another comes back
(fresh). Column widths and a container's height follow the data, so layouts come and go too. The
cell is re-executed (with an edited body) at regular intervals, which replaces its app.

A *probe* reads the kernel's own figures between events: live ipywidgets, open comms, widget and
App objects still alive, rerunner's registries, linecache entries, and memory. Used by
``tests/kernel/test_soak.py`` (asserts) and ``benchmarks/soak.py`` (prints).
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from tests.support.kernel_client import KernelSession, new_cell_id

KEYS = 60  # the pool; 50 of them are on the page at any time

CELL = """%%rerun
# revision {revision}
tick = st.session_state.setdefault("tick", 0)

def advance():
    st.session_state.tick += 1

st.title("Soak")
cols = st.columns([1, 2 + tick % 5])  # widths follow the data: a Layout per value
for j in range(50):
    i = (j + tick) % {keys}  # one key leaves, another comes back, on every rerun
    where, key = cols[j % 2], f"k{{i}}"
    if i % 5 == 0:
        where.slider(f"slider {{i}}", 0, 100, key=key, on_change=advance)
    elif i % 5 == 1:
        where.checkbox(f"check {{i}}", key=key, on_change=advance)
    elif i % 5 == 2:
        where.text_input(f"text {{i}}", key=key, on_change=advance)
    elif i % 5 == 3:
        where.selectbox(f"select {{i}}", ["a", "b", "c"], key=key, on_change=advance)
    else:
        where.button(f"button {{i}}", key=key, on_click=advance)
with st.expander("State", expanded=True):
    with st.container(height=120 + tick):  # a new height on every rerun
        st.write({{k: v for k, v in st.session_state.items() if k != "tick"}})
st.write("tick", tick)
"""

# What the probe measures, in the kernel. Render caches are bounded (entries and text size) and
# are emptied first, so that memory figures show what a leak would add, not the cache filling up.
PROBE = """
import gc as _gc, json as _json, linecache as _lc, os as _os, sys as _sys
import ipywidgets as _w, comm as _comm
from ipywidgets.widgets import widget as _wm
from rerunner import magic as _magic, state as _state
from rerunner.render import markdown as _md, text as _rc, vdom as _vdom
from rerunner.runtime.app import App as _App
for _f in (_md.to_html, _md.inline_html, _rc.highlight):
    _f.cache_clear()
_gc.collect()
_objs = _gc.get_objects()
_st = _state.kernel_session_state()
print(_json.dumps({
    "widgets": len(_wm._instances),
    "comms": len(_comm.get_comm_manager().comms),
    "widget_objects": sum(isinstance(_o, _w.Widget) for _o in _objs),
    "app_objects": sum(type(_o) is _App for _o in _objs),
    "apps": len(_magic.APPS),
    "shared_models": len(_vdom.SHARED),
    "state_widgets": len(_st._meta),
    "state_values": len(_st._widget_values),
    "state_owners": len(_st._owners),
    "state_keys": len(_st._id_of_key),
    "linecache_rerun": sum(str(_k).startswith("<rerun") for _k in _lc.cache),
    "gc_objects": len(_objs),
    # jupyter_client keeps the signature of every message received (replay protection, capped
    # at 65,536): one block per message, not ours, so it is left out.
    "allocated_blocks": _sys.getallocatedblocks() - len(get_ipython().kernel.session.digest_history),
    "rss_kb": int(open("/proc/self/statm").read().split()[1]) * _os.sysconf("SC_PAGE_SIZE") // 1024,
    "tick": _st["tick"],
}))
del _objs, _st, _f
"""

#: Figures that must not change at all over a session.
COUNTS = (
    "widgets", "comms", "client_models", "widget_objects", "app_objects", "apps", "shared_models",
    "state_widgets", "state_values", "state_owners", "state_keys", "linecache_rerun",
)  # fmt: skip


@dataclass
class Sample:
    reruns: int
    executions: int
    figures: dict[str, int]


@dataclass
class Soak:
    """Drives one app in ``kernel`` with front-end events and samples the kernel's figures."""

    kernel: KernelSession
    cell_id: str = field(default_factory=new_cell_id)
    reruns: int = 0
    executions: int = 0
    samples: list[Sample] = field(default_factory=list)
    on_sample: Callable[[Sample], None] | None = None  # e.g. print each sample as it comes

    def execute_cell(self) -> None:
        """Run (or re-run, with an edited body) the app's cell; it replaces the cell's app."""
        self.kernel.run(CELL.format(revision=self.executions, keys=KEYS), cell_id=self.cell_id)
        self.executions += 1
        self._prune()

    def event(self) -> None:
        """One front-end change of one of the inputs on the page: a callback, then a rerun."""
        inputs = sorted(
            (m for m in self.kernel.live() if _is_input(m)),
            key=lambda m: str(m.state.get("description")),
        )
        model = inputs[(self.reruns * 7) % len(inputs)]
        n, state = self.reruns, model.state
        if model.name == "ButtonModel":
            exchange = self.kernel.click(model.comm_id)
        elif model.name == "IntSliderModel":
            exchange = self.kernel.send_update(model.comm_id, {"value": (state["value"] + 1) % 101})
        elif model.name == "CheckboxModel":
            exchange = self.kernel.send_update(model.comm_id, {"value": not state["value"]})
        elif model.name == "DropdownModel":
            exchange = self.kernel.send_update(model.comm_id, {"index": (state["index"] + 1) % 3})
        else:
            exchange = self.kernel.send_update(model.comm_id, {"value": f"typed {n}"})
        if exchange.errors():
            raise AssertionError(exchange.errors())
        self.reruns += 1
        if self.reruns % 500 == 0:
            self._prune()

    def sample(self) -> Sample:
        figures = json.loads(self.kernel.run(PROBE).text())
        figures["client_models"] = len(self.kernel.live())
        sample = Sample(self.reruns, self.executions, figures)
        self.samples.append(sample)
        if self.on_sample is not None:
            self.on_sample(sample)
        return sample

    def run(self, reruns: int, executions: int, samples: int = 10) -> list[Sample]:
        """``reruns`` events, the cell re-executed ``executions`` times in between, sampled evenly.

        The first sample is taken after one round of warm-up (one interval of events and one
        re-execution), once everything a session creates once (styles, imports) exists.
        """
        every_exec = max(1, reruns // executions)
        every_sample = max(1, reruns // samples)
        self.execute_cell()
        for _ in range(every_exec):
            self.event()
        self.execute_cell()
        self.reruns = 0
        self.sample()
        while self.reruns < reruns:
            self.event()
            if self.reruns % every_exec == 0:
                self.execute_cell()
            if self.reruns % every_sample == 0:
                self.sample()
        return self.samples

    def _prune(self) -> None:
        # The client's mirror keeps closed models; forget them so a long soak stays light.
        self.kernel.models = {k: m for k, m in self.kernel.models.items() if not m.closed}


def _is_input(model: Any) -> bool:
    description = str(model.state.get("description", ""))
    return model.name in (
        "IntSliderModel", "CheckboxModel", "TextModel", "DropdownModel", "ButtonModel"
    ) and description.split(" ")[0] in ("slider", "check", "text", "select", "button")  # fmt: skip


def drift(samples: list[Sample]) -> dict[str, tuple[int, int]]:
    """The counts that differ between samples: name -> (lowest, highest)."""
    out = {}
    for name in COUNTS:
        values = [s.figures[name] for s in samples]
        if min(values) != max(values):
            out[name] = (min(values), max(values))
    return out
