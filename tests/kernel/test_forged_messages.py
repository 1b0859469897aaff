"""A visitor who forges comm messages cannot operate what the app disabled or drew.

In Voila a page's visitor can send any comm message to the kernel. Streamlit refuses such input
on the server; so does rerunner: only the traits an element gives the front end are taken, and
only while the widget is enabled.
"""

from __future__ import annotations

import pytest

from tests.support.kernel_client import SESSION_STATE, KernelSession, new_cell_id

APP = """%%rerun
st.session_state.setdefault("clicks", 0)
def count():
    st.session_state.clicks += 1
st.button("Locked", disabled=True, on_click=count)
st.checkbox("Agree", key="agree", disabled=True)
st.slider("Level", 0, 10, key="level")
st.write("clicks", st.session_state.clicks)
"""


@pytest.fixture(scope="module", autouse=True)
def app(kernel: KernelSession) -> None:
    kernel.run(APP, cell_id=new_cell_id())


def state(kernel: KernelSession) -> dict:
    return kernel.value(f"{SESSION_STATE}.to_dict()")


def kernel_trait(kernel: KernelSession, comm_id: str, name: str):
    """The trait as the kernel holds it (not as the client's mirror of the messages says)."""
    return kernel.value(
        f"__import__('ipywidgets').Widget.widgets[{comm_id!r}].get_state()[{name!r}]"
    )


def test_a_click_on_a_disabled_button_runs_no_callback(kernel: KernelSession) -> None:
    button = kernel.find("ButtonModel", "Locked")
    exchange = kernel.click(button.comm_id)
    assert not exchange.errors()
    assert state(kernel)["clicks"] == 0
    assert "refused a click" in exchange.text()


def test_a_value_sent_to_a_disabled_checkbox_never_reaches_session_state(
    kernel: KernelSession,
) -> None:
    box = kernel.find("CheckboxModel", "Agree")
    exchange = kernel.send_update(box.comm_id, {"value": True})
    assert not exchange.errors()
    assert state(kernel)["agree"] is False
    assert kernel_trait(kernel, box.comm_id, "value") is False
    assert box.state["value"] is False  # the front end was told the truth back


@pytest.mark.parametrize(
    ("model", "label", "forged"),
    [
        ("CheckboxModel", "Agree", {"disabled": False}),
        ("ButtonModel", "Locked", {"disabled": False}),
        ("ButtonModel", "Locked", {"description": "Unlocked"}),
        ("IntSliderModel", "Level", {"max": 1000}),
        ("HTMLModel", "<p>clicks", {"value": "<b>hacked</b>"}),  # not the stylesheet
    ],
)
def test_kernel_traits_stay_the_kernels(
    kernel: KernelSession, model: str, label: str, forged: dict
) -> None:
    target = kernel.find(model, label)
    [(name, value)] = forged.items()
    before = kernel_trait(kernel, target.comm_id, name)
    exchange = kernel.send_update(target.comm_id, forged)
    assert not exchange.errors()
    assert kernel_trait(kernel, target.comm_id, name) == before
    assert target.state[name] == before
    # and across a rerun: the next run draws what the app says, not what was forged
    level = kernel.find("IntSliderModel", "Level")
    kernel.send_update(level.comm_id, {"value": (level.state["value"] + 1) % 10})
    assert kernel_trait(kernel, target.comm_id, name) == before
    # a forged disabled=False did not unlock the button for a later click
    kernel.click(kernel.find("ButtonModel", "Locked").comm_id)
    assert state(kernel)["clicks"] == 0
