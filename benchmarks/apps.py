"""The app scripts every benchmark runs, as source text (``st`` is bound by whoever runs them).

The same text runs under rerunner, under Streamlit's AppTest (with ``import streamlit as st``
put in front) and under the rebuild-everything baseline, so the figures compare runtimes, not
scripts.
"""

from __future__ import annotations


def sliders_and_writes(n: int) -> str:
    """N keyed sliders, each followed by an ``st.write`` line that shows its value."""
    return (
        f"for i in range({n}):\n"
        '    v = st.slider(f"Slider {i}", 0, 100, key=f"s{i}")\n'
        '    st.write(f"Slider {i} is {v}")\n'
    )


def slow_slider(seconds: float, key: str, steps: int = 1) -> str:
    """One slider, a body that works for ``seconds`` in ``steps`` st calls, then the value.

    The placeholder written at each step gives a stale run an st call to stop at.
    """
    return (
        "import time\n"
        f'v = st.slider("Value", 0, 1000, key="{key}")\n'
        "progress = st.empty()\n"
        f"for step in range({steps}):\n"
        '    progress.text(f"working {step}")\n'
        f"    time.sleep({seconds} / {steps})\n"
        'st.write(f"value is {v}")\n'
    )
