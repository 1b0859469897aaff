"""The app of the ``%%rerun --persist`` tests, in process (tests/state/test_persist.py) and in a
real kernel (tests/kernel/test_kernel_persist.py), and what it saved."""

from __future__ import annotations

import json
from pathlib import Path

APP = """
import datetime
if "count" not in st.session_state:
    st.session_state.count = 0
def bump():
    st.session_state.count += 1
st.button("Bump", on_click=bump)
st.text_input("Name", key="name")
st.slider("Level", 0, 10, key="level")
st.slider("Range", 0, 10, (2, 8), key="range")
st.date_input("When", datetime.date(2024, 1, 1), key="when")
st.session_state.notes = st.session_state.get("notes", {"tags": ["a"], "n": 1})
if st.checkbox("Stop", key="stop"):
    st.stop()
if st.checkbox("Fail", key="fail"):
    raise ValueError("boom")
st.write("count", st.session_state.count)
"""


def saved(path: Path) -> dict:
    return json.loads(path.read_text())["state"]
