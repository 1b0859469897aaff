"""Drive a real ipykernel the way a browser does: execute cells, send widget comm messages.

Keeps a mirror of every widget model the kernel opened (comm_open state plus later updates), so
tests can find "the Button labelled Increment" and read "the HTML that says Count = 5".
"""

from __future__ import annotations

import ast
import json
import os
import queue
import re
import tempfile
import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from jupyter_client import BlockingKernelClient
from jupyter_client.manager import KernelManager

WIDGET_TARGET = "jupyter.widget"
#: The kernel's session state, as an expression for ``KernelSession.value``.
SESSION_STATE = "__import__('rerunner').kernel_session_state()"


@dataclass
class Model:
    comm_id: str
    state: dict[str, Any]
    closed: bool = False

    @property
    def name(self) -> str:
        return self.state.get("_model_name", "")


#: The class a paced display's pacer widget carries (rerunner/render/pacing.py).
PACER_CLASS = "rr-pacer"

#: Code that makes a kernel count every message it publishes, by the request that caused it
#: (``_rr_published[msg_id]``): iopub drops what a slow reader has not taken beyond its
#: high-water mark without a word, so what arrived proves nothing by itself.
COUNT_PUBLISHED = """
import collections as _rr_collections
_rr_published = _rr_collections.Counter()
_rr_send = get_ipython().kernel.session.send

def _rr_counting_send(stream, msg_or_type, *args, **kwargs):
    msg = _rr_send(stream, msg_or_type, *args, **kwargs)
    if isinstance(msg, dict) and not msg["header"]["msg_type"].endswith("_reply"):
        _rr_published[(msg.get("parent_header") or {}).get("msg_id")] += 1
    return msg

get_ipython().kernel.session.send = _rr_counting_send
"""


@dataclass
class PacedDisplay:
    """What a client read of one paced display: its requests (the execute request, then each
    report it sent), the iopub messages received for each, the tokens reported."""

    requests: list[str] = field(default_factory=list)
    received: dict[str, int] = field(default_factory=dict)
    tokens: list[int] = field(default_factory=list)
    seconds: float = 0.0

    def lost(self, session: KernelSession) -> int:
        """Messages the kernel published for these requests that never arrived here (needs
        ``COUNT_PUBLISHED`` run in the kernel first)."""
        published = session.peek(f"sum(_rr_published[i] for i in {self.requests!r})")
        return published - sum(self.received.values())


@dataclass
class Exchange:
    """Everything the kernel published in answer to one request, until it went idle."""

    messages: list[dict[str, Any]] = field(default_factory=list)
    request_id: str = ""  # the request whose messages these are (the last one of a burst)
    sent: list[float] = field(default_factory=list)  # time.time() of each request sent
    seconds_to_idle: float = 0.0
    seconds_to_last_output: float = 0.0

    def of_type(self, *types: str) -> list[dict[str, Any]]:
        return [m for m in self.messages if m["msg_type"] in types]

    @property
    def comm_messages(self) -> list[dict[str, Any]]:
        return self.of_type("comm_open", "comm_msg", "comm_close")

    def errors(self) -> list[dict[str, Any]]:
        return [m for m in self.messages if m["msg_type"] == "error"]

    def text(self) -> str:
        return "".join(
            m["content"].get("text", "") for m in self.messages if m["msg_type"] == "stream"
        )


class KernelSession:
    """One ipykernel with its own runtime and IPython dirs, driven over jupyter_client."""

    def __init__(self, connection_info: dict[str, Any] | None = None) -> None:
        self.models: dict[str, Model] = {}
        if connection_info is not None:  # a second client of a kernel someone else started
            self.km, self._tmp = None, None
            self.kc = BlockingKernelClient()
            self.kc.load_connection_info(connection_info)
            self.kc.start_channels()
            self.kc.wait_for_ready(timeout=60)
            return
        self._tmp = tempfile.TemporaryDirectory(prefix="rerunner-kernel-")
        env = dict(os.environ)
        for var, sub in (("JUPYTER_RUNTIME_DIR", "runtime"), ("IPYTHONDIR", "ipython"),
                         ("JUPYTER_DATA_DIR", "data"), ("MPLCONFIGDIR", "mpl")):  # fmt: skip
            path = os.path.join(self._tmp.name, sub)
            os.makedirs(path, exist_ok=True)
            env[var] = path
        self.km = KernelManager(kernel_name="python3")
        self.km.start_kernel(env=env, cwd=os.getcwd())
        self.kc = self.km.client()
        self.kc.start_channels()
        self.kc.wait_for_ready(timeout=60)

    def close(self) -> None:
        if self.km is None:
            self.kc.stop_channels()
            return
        try:
            self.kc.stop_channels()
            self.km.shutdown_kernel(now=True)
        finally:
            self._tmp.cleanup()

    def learn(self, widget_state: dict[str, Any]) -> None:
        """Adopt models seen by someone else (nbclient's widget state)."""
        for comm_id, entry in widget_state.items():
            self.models[comm_id] = Model(comm_id, dict(entry.get("state", entry)))

    # --- requests --------------------------------------------------------------------------

    def execute(self, code: str, *, cell_id: str | None = None, timeout: float = 60) -> Exchange:
        content = {
            "code": code,
            "silent": False,
            "store_history": True,
            "user_expressions": {},
            "allow_stdin": False,
            "stop_on_error": True,
        }
        metadata = {"cellId": cell_id} if cell_id else {}
        msg = self.kc.session.msg("execute_request", content, metadata=metadata)
        self.kc.shell_channel.send(msg)
        exchange = self._collect(msg["header"]["msg_id"], timeout)
        self.reply_to(msg, timeout)
        return exchange

    def reply_to(self, msg: dict[str, Any], timeout: float = 60) -> dict[str, Any]:
        """The shell reply to ``msg``, skipping older ones (wait_for_ready leaves some behind)."""
        while True:
            reply = self.kc.get_shell_msg(timeout=timeout)
            if reply["parent_header"].get("msg_id") == msg["header"]["msg_id"]:
                return reply

    def run(self, code: str, **kwargs: Any) -> Exchange:
        """Execute and fail loudly on a Python error in the cell itself."""
        exchange = self.execute(code, **kwargs)
        for err in exchange.errors():
            raise AssertionError("\n".join(err["content"]["traceback"]))
        return exchange

    def value(self, expr: str) -> Any:
        """Evaluate ``expr`` in the kernel and bring its value back as JSON."""
        exchange = self.run(f"import json as _rr_json; print(_rr_json.dumps({expr}))")
        # stdout only: a log line of an earlier message handler may land on stderr meanwhile
        out = "".join(
            m["content"]["text"]
            for m in exchange.of_type("stream")
            if m["content"].get("name") == "stdout"
        )
        return json.loads(out)

    def send_update(self, comm_id: str, state: dict[str, Any], timeout: float = 30) -> Exchange:
        """A front-end change of a widget's traits, as the browser sends it."""
        data = {"method": "update", "state": state, "buffer_paths": []}
        return self._comm(comm_id, data, timeout)

    def send_binary_update(
        self,
        comm_id: str,
        state: dict[str, Any],
        buffers: dict[tuple[str, ...], bytes],
        timeout: float = 30,
    ) -> Exchange:
        """A front-end change whose bytes travel as binary buffers of the comm message, as
        ipywidgets sends typed arrays in a state (``buffers``: the path of each in ``state``)."""
        data = {"method": "update", "state": state, "buffer_paths": [list(p) for p in buffers]}
        msg = self.kc.session.msg("comm_msg", {"comm_id": comm_id, "data": data})
        self.kc.session.send(self.kc.shell_channel.socket, msg, buffers=list(buffers.values()))
        return self._collect(msg["header"]["msg_id"], timeout)

    def click(self, comm_id: str, timeout: float = 30) -> Exchange:
        """A button click, as the browser sends it."""
        return self._comm(comm_id, {"method": "custom", "content": {"event": "click"}}, timeout)

    def send_custom(
        self, comm_id: str, content: dict[str, Any], buffers: list[bytes] = (), timeout: float = 30
    ) -> Exchange:
        """A custom message from a widget's front end (``model.send(content, _, buffers)``)."""
        data = {"method": "custom", "content": content}
        msg = self.kc.session.msg("comm_msg", {"comm_id": comm_id, "data": data})
        msg["buffers"] = list(buffers)
        self.kc.shell_channel.send(msg)
        return self._collect(msg["header"]["msg_id"], timeout)

    def send_burst(
        self, items: list[tuple[str, dict[str, Any]]], timeout: float = 60, gap: float = 0.0
    ) -> Exchange:
        """Several updates sent back to back (or ``gap`` seconds apart, as a user makes them);
        collects until the kernel is idle after the last."""
        ids, sent = [], []
        for i, (comm_id, state) in enumerate(items):
            if gap and i:
                time.sleep(gap)
            data = {"method": "update", "state": state, "buffer_paths": []}
            msg = self.kc.session.msg("comm_msg", {"comm_id": comm_id, "data": data})
            self.kc.shell_channel.send(msg)
            sent.append(time.time())
            ids.append(msg["header"]["msg_id"])
        exchange = self._collect(ids[-1], timeout, also=set(ids))
        exchange.sent = sent
        return exchange

    def follow_up(self, exchange: Exchange, timeout: float = 30) -> Exchange:
        """What the kernel publishes for the same request after it went idle, until idle again:
        a run deferred to the event loop (another app's follow-up rerun) has its own busy/idle,
        parented by the request that caused it."""
        return self._collect(exchange.request_id, timeout)

    def _comm(self, comm_id: str, data: dict[str, Any], timeout: float) -> Exchange:
        msg = self.kc.session.msg("comm_msg", {"comm_id": comm_id, "data": data})
        self.kc.shell_channel.send(msg)
        return self._collect(msg["header"]["msg_id"], timeout)

    def _collect(self, msg_id: str, timeout: float, also: set[str] | None = None) -> Exchange:
        started = time.perf_counter()
        exchange = Exchange(request_id=msg_id)
        parents = also or {msg_id}
        deadline = started + timeout
        while True:
            remaining = deadline - time.perf_counter()
            if remaining <= 0:
                raise TimeoutError(f"kernel did not go idle after {msg_id}")
            try:
                msg = self.kc.get_iopub_msg(timeout=remaining)
            except queue.Empty:
                continue
            self._track(msg)
            parent = msg.get("parent_header", {}).get("msg_id")
            if parent not in parents:
                continue
            msg["_t"] = time.perf_counter() - started
            exchange.messages.append(msg)
            if msg["msg_type"] not in ("status",):
                exchange.seconds_to_last_output = msg["_t"]
            if (
                parent == msg_id
                and msg["msg_type"] == "status"
                and msg["content"]["execution_state"] == "idle"
            ):
                exchange.seconds_to_idle = msg["_t"]
                return exchange

    def _track(self, msg: dict[str, Any]) -> None:
        kind, content = msg["msg_type"], msg["content"]
        if kind == "comm_open" and content.get("target_name") == WIDGET_TARGET:
            self.models[content["comm_id"]] = Model(
                content["comm_id"], dict(content["data"]["state"])
            )
        elif kind == "comm_msg":
            model = self.models.get(content["comm_id"])
            data = content.get("data", {})
            if model is not None and data.get("method") in ("update", "echo_update"):
                model.state.update(data.get("state", {}))
        elif kind == "comm_close":
            model = self.models.get(content["comm_id"])
            if model is not None:
                model.closed = True

    # --- a paced display, as a browser shows it (rerunner/render/pacing.py) ------------------

    def peek(self, expr: str, timeout: float = 60) -> Any:
        """``expr``'s value in the kernel, read from the shell channel alone (a silent request's
        user expression), so nothing on iopub needs reading: for a reader that stalls."""
        content = {"code": "", "silent": True, "store_history": False,
                   "user_expressions": {"v": expr}, "allow_stdin": False}  # fmt: skip
        msg = self.kc.session.msg("execute_request", content)
        self.kc.shell_channel.send(msg)
        result = self.reply_to(msg, timeout)["content"]["user_expressions"]["v"]
        if result.get("status") != "ok":
            raise AssertionError(f"{expr}: {result.get('ename')}: {result.get('evalue')}")
        return ast.literal_eval(result["data"]["text/plain"])

    def complete_display(self, page: str = "kernel-client-page", most: int = 1000) -> int:
        """After a cell that showed a paced display (render/pacing.py) and went idle: report
        the pacer's tokens, as the browser's pacer does, until the display is complete.
        Returns the reports sent."""
        sent = 0
        while pacers := [m for m in self.live() if PACER_CLASS in m.state.get("_dom_classes", ())]:
            if sent >= most:
                raise AssertionError(f"the display is still paced after {most} reports")
            for pacer in pacers:
                report = {"event": "shown", "token": pacer.state.get("token", 0), "page": page}
                self.send_custom(pacer.comm_id, report)
                sent += 1
        return sent

    def execute_paced(
        self,
        code: str,
        *,
        cell_id: str | None = None,
        stall: Callable[[], None] | None = None,
        page: str = "kernel-client-page",
        timeout: float = 300,
    ) -> PacedDisplay:
        """Execute ``code`` and read its output as a browser does, reporting every token of the
        pacer (the hidden widget of a paced display) as ``js/src/pacer.js`` does, until the
        display is complete and the kernel is idle. With ``stall``, nothing is read from
        iopub until the kernel has replied to the execute request and ``stall()`` returned:
        a front end too busy to read."""
        started = time.perf_counter()
        content = {"code": code, "silent": False, "store_history": True,
                   "user_expressions": {}, "allow_stdin": False}  # fmt: skip
        metadata = {"cellId": cell_id} if cell_id else {}
        msg = self.kc.session.msg("execute_request", content, metadata=metadata)
        self.kc.shell_channel.send(msg)
        shown = PacedDisplay(requests=[msg["header"]["msg_id"]])
        if stall is not None:
            self.reply_to(msg, timeout)
            stall()
        idle: set[str] = set()
        pacer: str | None = None
        pacer_closed = False
        reported: set[int] = set()
        deadline = started + timeout
        while True:
            if idle.issuperset(shown.requests) and (pacer is None or pacer_closed):
                break
            remaining = deadline - time.perf_counter()
            if remaining <= 0:
                raise TimeoutError(f"paced display not complete: {shown}")
            try:
                m = self.kc.get_iopub_msg(timeout=remaining)
            except queue.Empty:
                continue
            self._track(m)
            parent = m.get("parent_header", {}).get("msg_id")
            if parent not in shown.requests:
                continue
            shown.received[parent] = shown.received.get(parent, 0) + 1
            kind, body = m["msg_type"], m["content"]
            if kind == "status" and body["execution_state"] == "idle":
                idle.add(parent)
            elif kind == "comm_open" and PACER_CLASS in body["data"]["state"].get(
                "_dom_classes", ()
            ):
                pacer = body["comm_id"]
            elif kind == "comm_close" and body["comm_id"] == pacer:
                pacer_closed = True
            if pacer is not None and not pacer_closed and kind in ("comm_open", "comm_msg"):
                token = self.models[pacer].state.get("token", 0)
                if token > 0 and token not in reported:
                    reported.add(token)
                    report = {"event": "shown", "token": token, "page": page}
                    data = {"method": "custom", "content": report}
                    sent = self.kc.session.msg("comm_msg", {"comm_id": pacer, "data": data})
                    self.kc.shell_channel.send(sent)
                    shown.requests.append(sent["header"]["msg_id"])
        shown.tokens = sorted(reported)
        shown.seconds = time.perf_counter() - started
        return shown

    # --- the mirrored widget tree ----------------------------------------------------------

    def live(self, model_name: str | None = None) -> list[Model]:
        return [
            m for m in self.models.values()
            if not m.closed and (model_name is None or m.name == model_name)
        ]  # fmt: skip

    def find(self, model_name: str, text: str) -> Model:
        """The live model of that class whose description (or value) contains ``text``."""
        found = [
            m for m in self.live(model_name)
            if text in str(m.state.get("description", "")) or text in str(m.state.get("value", ""))
        ]  # fmt: skip
        if len(found) != 1:
            raise LookupError(f"{len(found)} live {model_name} models match {text!r}")
        return found[0]

    def html_texts(self) -> list[str]:
        return [str(m.state.get("value", "")) for m in self.live("HTMLModel")]

    def texts(self) -> list[str]:
        """What the page says: each live HTML model as plain text (stylesheets left out)."""
        return [plain(t) for t in self.html_texts() if "<style>" not in t]

    def children_of(self, model: Model) -> list[Model]:
        return [
            self.models[ref.removeprefix("IPY_MODEL_")] for ref in model.state.get("children", [])
        ]


def new_cell_id() -> str:
    return str(uuid.uuid4())


def plain(html: str) -> str:
    """``html`` as a person reads it: tags dropped, runs of white space made one space."""
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", "", html)).strip()
