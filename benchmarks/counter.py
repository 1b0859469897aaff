"""The counter of issue 2, measured: in-process rerun time, and in a real kernel the round trip of
one click (comm_msg sent -> last output message) and the messages it costs.

    python benchmarks/counter.py [--clicks 200]
"""

from __future__ import annotations

import argparse
import statistics
import time

import _paths  # noqa: F401  (puts this checkout's rerunner and tests.support on the path)

COUNTER = """
if "count" not in st.session_state:
    st.session_state.count = 0
def increment(by):
    st.session_state.count += by
st.button("Increment", on_click=increment, args=(1,))
st.button("Add five", on_click=increment, kwargs={"by": 5})
st.slider("Step", 1, 10, key="step")
st.write("Count =", st.session_state.count, "step", st.session_state.step)
"""


def in_process(clicks: int) -> list[float]:
    import ipywidgets as w

    from tests.support.inprocess import Harness

    h = Harness(COUNTER)
    button = h.find(w.Button, "Add five")
    times = []
    for _ in range(clicks):
        started = time.perf_counter()
        h.click(button)
        times.append(time.perf_counter() - started)
    assert f"Count = <code>{5 * clicks}</code>" in h.text()
    return times


def in_kernel(clicks: int) -> tuple[list[float], list[float], list[int], list[int]]:
    from tests.support.kernel_client import KernelSession, new_cell_id

    kernel = KernelSession()
    try:
        kernel.run("%load_ext rerunner")
        kernel.run("%%rerun\n" + COUNTER, cell_id=new_cell_id())
        button = kernel.find("ButtonModel", "Add five")
        to_output, to_idle, messages, comm = [], [], [], []
        for _ in range(clicks):
            exchange = kernel.click(button.comm_id)
            to_output.append(exchange.seconds_to_last_output)
            to_idle.append(exchange.seconds_to_idle)
            messages.append(len(exchange.messages))
            comm.append(len(exchange.comm_messages))
        return to_output, to_idle, messages, comm
    finally:
        kernel.close()


def ms(values: list[float]) -> str:
    return f"median {statistics.median(values) * 1000:.2f} ms, p90 {sorted(values)[int(len(values) * 0.9)] * 1000:.2f} ms"


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--clicks", type=int, default=200)
    args = parser.parse_args()
    print(f"counter app, {args.clicks} clicks of 'Add five'")
    print(
        f"  in process (App + WidgetView, no kernel), click -> rerun -> reconciled: {ms(in_process(args.clicks))}"
    )
    to_output, to_idle, messages, comm = in_kernel(args.clicks)
    print(f"  real kernel, comm_msg sent -> last output message:   {ms(to_output)}")
    print(f"  real kernel, comm_msg sent -> kernel idle:            {ms(to_idle)}")
    print(
        f"  iopub messages per click: {statistics.mode(messages)} (of which comm messages: {statistics.mode(comm)})"
    )


if __name__ == "__main__":
    main()
