"""What the property tests' app does on its next run, and what it saw: shared by every runtime.

The app (``SCRIPT``) imports this module, so the same script text runs unchanged under
rerunner and under Streamlit's AppTest (both run it in this process).
"""

from __future__ import annotations

from typing import Any

#: The plan of the next run: which keyed widgets show, what the body writes before and after
#: them, and how the run ends ("normal", "stop", "raise", "rerun") before widget ``end_at``.
current: dict[str, Any] = {
    "visible": "stcb",
    "writes": [],
    "late": [],
    "end": "normal",
    "end_at": 4,
}
log: list[tuple] = []
rerun_done = False

SCRIPT = """
import streamlit as st
import tests.support.ss_plan as P

ss = st.session_state
plan = P.current

def changed(name):
    P.log.append(("callback", name, ss[name]))

def clicked():
    P.log.append(("callback", "b", ss["b"]))
    ss["clicks"] = ss.get("clicks", 0) + 1

def checked():
    P.log.append(("callback", "c", ss["c"]))
    ss["s"] = 5

def end(kind):
    if kind == "stop":
        st.stop()
    if kind == "raise":
        raise ValueError("planned")
    if kind == "rerun" and not P.rerun_done:
        P.rerun_done = True
        st.rerun()

P.log.append(("start", sorted(ss.to_dict().items())))
for key, value in plan["writes"]:
    ss[key] = value
make = {
    "s": lambda: st.slider("S", 0, 10, key="s", on_change=changed, args=("s",)),
    "t": lambda: st.text_input("T", key="t", on_change=changed, args=("t",)),
    "c": lambda: st.checkbox("C", key="c", on_change=checked),
    "b": lambda: st.button("B", key="b", on_click=clicked),
}
for i, key in enumerate("stcb"):
    if plan["end_at"] == i:
        end(plan["end"])
    if key in plan["visible"]:
        P.log.append(("value", key, make[key]()))
if plan["end_at"] == 4:
    end(plan["end"])
for key, value in plan["late"]:
    ss[key] = value
P.log.append(("end",))
"""
