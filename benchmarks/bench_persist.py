"""Benchmark 6: ``%%rerun --persist`` with a large session state, one slider move at a time.

    python benchmarks/bench_persist.py [--moves 15] [--mib 10]

A real kernel runs an app whose session state holds about ``--mib`` MiB of JSON (a list of ints,
or a list of small records) beside a slider; each slider move changes one small value, so every
completed run has something to save. For each shape, without ``--persist`` and with it: median
ms from the move to the page's update (the message that shows the new value), and to the
kernel's idle status (which includes the save), both counted from the busy status that starts
the move (the kernel's own message stamps); and the size of the file. Medians over ``--moves``.
"""

from __future__ import annotations

import argparse
import os
import statistics
import tempfile

from kernels import BenchKernel, first_showing, sent_at
from report import machine, table

SHAPES = {
    "list of ints": "list(range({n}))",
    "list of records": '[{{"id": i, "label": f"item {{i}}", "tags": ["a", "b"]}} for i in range({n})]',
}
HEADER = ["state", "file MiB", "page, no persist", "page, persist", "idle, no persist",
          "idle, persist"]  # fmt: skip
HEADER = ["state", "file MiB", "page, no persist", "page, persist", "idle, no persist",
          "idle, persist"]  # fmt: skip
ITEMS_PER_MIB = {"list of ints": 128_000, "list of records": 24_000}

APP = """
if "big" not in st.session_state:
    st.session_state.big = {data}
v = st.slider("Moves", 0, 100000, key="moves")
st.write(f"moved to {{v}}, {{len(st.session_state.big)}} items")
"""


def one_shape(shape: str, mib: float, moves: int, persist: str | None) -> dict[str, float]:
    k = BenchKernel()
    try:
        data = SHAPES[shape].format(n=int(ITEMS_PER_MIB[shape] * mib))
        option = f" --persist {persist}" if persist else ""
        k.run(f"%%rerun --name big{option}\n" + APP.format(data=data), timeout=600)
        slider = k.find("IntSliderModel", "Moves")
        to_page, to_idle = [], []
        for value in range(1, moves + 1):
            ex = k.send_update(slider.comm_id, {"value": value}, timeout=600)
            shown = first_showing(ex, f"moved to {value},")
            idle = [m for m in ex.of_type("status") if m["content"]["execution_state"] == "idle"]
            sent = ex.messages[0]  # the busy status: the kernel took the move
            to_page.append((sent_at(shown) - sent_at(sent)) * 1000)
            to_idle.append((sent_at(idle[-1]) - sent_at(sent)) * 1000)
        size = os.path.getsize(persist) / 2**20 if persist else 0.0
        return {
            "page": statistics.median(to_page),
            "idle": statistics.median(to_idle),
            "MiB": size,
        }
    finally:
        k.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--moves", type=int, default=15)
    parser.add_argument("--mib", type=float, default=10)
    args = parser.parse_args()
    print(machine())
    rows = []
    with tempfile.TemporaryDirectory(prefix="rerunner-bench-persist-") as tmp:
        for shape in SHAPES:
            off = one_shape(shape, args.mib, args.moves, None)
            on = one_shape(shape, args.mib, args.moves, os.path.join(tmp, f"{len(rows)}.json"))
            rows.append(
                [shape, f"{on['MiB']:.1f}", off["page"], on["page"], off["idle"], on["idle"]]
            )
    print(
        table(
            f"6. --persist with a large state: ms per slider move (medians of {args.moves})",
            HEADER,
            rows,
        )
    )


if __name__ == "__main__":
    main()
