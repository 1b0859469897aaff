"""Print the conformance tally: cases, how many agree with Streamlit, documented differences.

    PYTHONPATH=$PWD python tests/conformance/tally.py [-v]

``-v`` also prints the first difference of each case that does not agree.
"""

from __future__ import annotations

import logging
import os
import sys
from collections import Counter

# the repository's root, for ``tests.conformance`` (and this checkout's rerunner)
sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__)))))

from tests.conformance.cases import CASES  # noqa: E402
from tests.conformance.runner import (  # noqa: E402
    first_difference,
    play,
    rerunner_app_test,
    streamlit_app_test,
)


def main(verbose: bool) -> int:
    logging.disable(logging.CRITICAL)  # Streamlit logs every uncaught script error
    reference, ours = streamlit_app_test(), rerunner_app_test()
    outcome: dict[str, list[str]] = {"agree": [], "documented": [], "unexpected": [], "stale": []}
    topics: Counter[str] = Counter()
    for case in CASES:
        topics[case.topic] += 1
        diff = first_difference(play(reference, case), play(ours, case))
        if case.difference is None:
            outcome["agree" if diff is None else "unexpected"].append(case.name)
            if diff is not None and verbose:
                print(f"--- {case.name}\n{diff}\n")
        else:
            outcome["documented" if diff is not None else "stale"].append(case.name)
    print(f"cases: {len(CASES)} ({', '.join(f'{t} {n}' for t, n in topics.items())})")
    print(f"agree with Streamlit 1.67: {len(outcome['agree'])}")
    print(f"documented differences: {len(outcome['documented'])} {outcome['documented']}")
    print(f"unexpected differences: {len(outcome['unexpected'])} {outcome['unexpected']}")
    print(f"marked as differences but agreeing: {len(outcome['stale'])} {outcome['stale']}")
    return 0 if not outcome["unexpected"] and not outcome["stale"] else 1


if __name__ == "__main__":
    sys.exit(main("-v" in sys.argv[1:]))
