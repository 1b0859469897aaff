"""A real ipykernel for the benchmarks: tests' driver, plus a count of what the kernel published.

The kernel's iopub socket drops messages beyond its high-water mark (1,000 queued) without a
word, so counting what arrived proves nothing by itself. The kernel here counts every message it
publishes, by the request that caused it; ``lost`` compares that with what this client received.
"""

from __future__ import annotations

import os
import queue
import time
from datetime import datetime
from typing import Any

import _paths  # noqa: F401  (before the driver: it puts rerunner's worktree on the path)

from tests.support.kernel_client import COUNT_PUBLISHED, Exchange, KernelSession, new_cell_id


class BenchKernel(KernelSession):
    """A kernel with rerunner loaded and a publication counter installed."""

    def __init__(self) -> None:
        super().__init__()
        self.run("%load_ext rerunner")
        self.run(COUNT_PUBLISHED)

    def published(self, exchange: Exchange) -> int:
        """How many iopub messages the kernel published for the requests of ``exchange``."""
        parents = {m["parent_header"].get("msg_id") for m in exchange.messages}
        return sum(self.value(f"_rr_published[{p!r}]") for p in parents)

    def execute_stalled(self, code: str, pause: float = 0.5) -> tuple[int, int]:
        """Execute ``code`` as a front end that reads nothing until the kernel is done.

        A busy or slow browser does that; the messages queue up in zmq and the network.
        Returns (published, received) for the request.
        """
        content = {"code": code, "silent": False, "store_history": True,
                   "user_expressions": {}, "allow_stdin": False}  # fmt: skip
        msg = self.kc.session.msg("execute_request", content, metadata={"cellId": new_cell_id()})
        self.kc.shell_channel.send(msg)
        self.reply_to(msg, timeout=600)  # execution is over
        time.sleep(pause)
        msg_id, received = msg["header"]["msg_id"], 0
        while True:
            try:
                m = self.kc.get_iopub_msg(timeout=2.0)
            except queue.Empty:
                break
            self._track(m)
            received += m["parent_header"].get("msg_id") == msg_id
        return self.value(f"_rr_published[{msg_id!r}]"), received

    def cpu_seconds(self) -> float:
        """CPU time the kernel process used so far, all its threads (the shell and iopub
        threads of ipykernel 7 included), in nanoseconds' precision from /proc's schedstat."""
        pid = self.km.provisioner.process.pid  # type: ignore[union-attr]
        total = 0
        for task in os.listdir(f"/proc/{pid}/task"):
            try:
                with open(f"/proc/{pid}/task/{task}/schedstat", encoding="ascii") as f:
                    total += int(f.read().split()[0])
            except OSError:  # a thread that ended meanwhile
                continue
        return total / 1e9

    def widget_count(self) -> int:
        """Live ipywidgets models in the kernel."""
        return self.value("len(__import__('ipywidgets').widgets.widget._instances)")

    def start_app(self, name: str, source: str) -> Exchange:
        """Display ``source`` as a ``%%rerun`` app called ``name``; a large one completely (its
        paced display's batches asked for as the browser asks). The cell's own exchange."""
        exchange = self.run(f"%%rerun --name {name}\n{source}", cell_id=new_cell_id())
        self.complete_display()
        return exchange

    def close_app(self, name: str) -> None:
        self.run(f"__import__('rerunner.magic').magic.APPS.pop({name!r}).close()")

    def run_count(self, name: str) -> int:
        return self.value(f"__import__('rerunner.magic').magic.APPS[{name!r}].run_count")


def counts(exchange: Exchange) -> dict[str, int]:
    """iopub messages of an exchange by type (comm messages split by method)."""
    out = {"all": len(exchange.messages), "comm_open": 0, "comm_msg": 0, "comm_close": 0}
    for m in exchange.messages:
        if m["msg_type"] in out:
            out[m["msg_type"]] += 1
    return out


def sent_at(m: dict[str, Any]) -> float:
    """When the kernel stamped a message (seconds since the epoch)."""
    date = m["header"]["date"]
    if isinstance(date, str):
        date = datetime.fromisoformat(date.replace("Z", "+00:00"))
    return date.timestamp()


def first_showing(exchange: Exchange, text: str) -> dict[str, Any] | None:
    """The first message in ``exchange`` that put ``text`` into a widget's value."""
    for m in exchange.of_type("comm_msg", "comm_open"):
        state = m["content"]["data"].get("state") or {}
        if text in str(state.get("value", "")):
            return m
    return None
