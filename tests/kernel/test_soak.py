"""A long session in a real ipykernel: widget and comm counts stay exactly constant, memory bounded.

Real kernel, not in process: open comms only exist in a kernel (its comm manager), and the front
end's view of them (comm_open/comm_close on iopub) is what a browser would hold. Every rerun comes
from a comm message, as a browser sends it. The always-on variant runs 300 reruns; the full soak
(10,000 reruns, the cell re-executed 100 times) runs with ``RERUNNER_SOAK=1``, and
``python benchmarks/soak.py`` prints the same figures.
"""

from __future__ import annotations

import os

from tests.support.kernel_client import KernelSession
from tests.support.soak import Soak, drift

FULL = os.environ.get("RERUNNER_SOAK") == "1"

# IPython keeps a little per executed cell (its history, the cell's lines in linecache), about
# 3 gc objects and 20 allocated blocks; the bounds allow 10 and 50 per execution (re-executions
# and probes) and next to nothing per rerun: a leak of one block per rerun fails the full soak.
OBJECTS_PER_EXECUTION = 10
BLOCKS_PER_EXECUTION = 50
RERUNS_PER_BLOCK = 20


def check(soak: Soak) -> None:
    samples = soak.samples
    assert drift(samples) == {}, "counts moved during the session"
    first, middle, last = samples[0], samples[len(samples) // 2], samples[-1]
    assert first.figures["widgets"] == first.figures["comms"] == first.figures["client_models"]
    assert first.figures["state_widgets"] == 50  # the 50 inputs on the page, no dropped ones
    assert last.figures["tick"] - first.figures["tick"] == last.reruns  # every event reran once
    executions = last.executions - first.executions + len(samples)  # re-executions and probes
    objects = last.figures["gc_objects"] - first.figures["gc_objects"]
    assert objects <= OBJECTS_PER_EXECUTION * executions, (objects, executions)
    # from the middle on, once every bounded cache a session fills has filled
    executions = last.executions - middle.executions + len(samples) // 2
    blocks = last.figures["allocated_blocks"] - middle.figures["allocated_blocks"]
    allowed = BLOCKS_PER_EXECUTION * executions + (last.reruns - middle.reruns) // RERUNS_PER_BLOCK
    assert blocks <= allowed, (blocks, allowed)


def test_a_session_keeps_counts_constant_and_memory_bounded(kernel: KernelSession) -> None:
    """300 reruns and 6 re-executions by default; the full soak with ``RERUNNER_SOAK=1``.

    The only test of this module, so the module's kernel is a fresh one, all the soak's own."""
    reruns, executions, samples = (10_000, 100, 20) if FULL else (300, 6, 6)
    soak = Soak(kernel)
    soak.run(reruns=reruns, executions=executions, samples=samples)
    check(soak)
    assert soak.executions == executions + 2  # two to warm up, the rest during the session
