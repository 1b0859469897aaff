"""Processes as ``/proc`` shows them: what a server started, whether it still runs, whether it
is a kernel, whether a port is free again. Shared by the serving and JupyterHub tests and by
``benchmarks/visitors.py``, which all check that nothing outlives what they started."""

from __future__ import annotations

import socket
import time
from pathlib import Path


def descendants(pid: int) -> set[int]:
    """Every process started under ``pid``, however deep."""
    found: set[int] = set()
    todo = [pid]
    while todo:
        current = todo.pop()
        for task in Path(f"/proc/{current}/task").glob("*"):
            try:
                children = (task / "children").read_text().split()
            except OSError:
                continue
            for child in map(int, children):
                if child not in found:
                    found.add(child)
                    todo.append(child)
    return found


def alive(pid: int) -> bool:
    """Running (a zombie waiting for a parent to reap it is not)."""
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return False
    return stat.rsplit(")", 1)[1].split()[0] != "Z"


def is_kernel(pid: int) -> bool:
    try:
        return b"ipykernel" in Path(f"/proc/{pid}/cmdline").read_bytes()
    except OSError:
        return False


def port_free(port: int) -> bool:
    """A new server can listen on it (as servers do, with SO_REUSEADDR: the browser's closed
    connections may linger in TIME_WAIT, which holds no listener)."""
    with socket.socket() as s:
        s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            s.bind(("127.0.0.1", port))
            s.listen()
        except OSError:
            return False
    return True


def wait_gone(pid: int, timeout: float = 30) -> None:
    """Wait until ``pid`` has ended; fail after ``timeout`` seconds."""
    deadline = time.monotonic() + timeout
    while alive(pid):
        assert time.monotonic() < deadline, f"process {pid} still running"
        time.sleep(0.1)
