"""The reconciler keeps widgets equal to the app's description, whoever changed them last."""

from __future__ import annotations

import ipywidgets as w

from tests.support.inprocess import Harness


def test_a_callback_that_resets_a_value_overrides_what_the_front_end_sent() -> None:
    h = Harness(
        "def cap():\n"
        "    if st.session_state.s > 5:\n"
        "        st.session_state.s = 5\n"
        'st.slider("s", 0, 10, key="s", on_change=cap)\n'
    )
    slider = h.find(w.IntSlider, "s")
    h.update(slider, value=9)
    assert h.state["s"] == 5
    assert (
        slider.value == 5
    )  # the front end's 9 was taken back, though the description did not change
    h.update(slider, value=9)
    assert slider.value == 5  # and again: the same description twice in a row


def test_an_unchanged_app_sends_nothing_and_a_changed_trait_alone_is_sent() -> None:
    h = Harness('n = st.slider("n", 0, 10, key="n")\nst.write(f"n is {n}")\nst.write("fixed")')
    sent: list[tuple[str, tuple[str, ...]]] = []
    for widget in h.all():
        original = widget.send_state

        def spy(key=None, _orig=original, _w=widget):
            sent.append((type(_w).__name__, tuple(sorted(key)) if key is not None else ()))
            return _orig(key)

        widget.send_state = spy
    h.app.request_rerun()
    assert sent == []
    h.update(h.find(w.IntSlider, "n"), value=4)
    assert sent == [("HTML", ("value",))]
    assert "n is 4" in h.text()


def test_a_changed_label_is_applied_in_place() -> None:
    h = Harness('big = st.session_state.get("big", False)\n'
                'st.slider("big" if big else "small", 0, 10, key="s", disabled=big)\n'
                'st.button("grow", key="grow", on_click=lambda: st.session_state.update(big=True))')  # fmt: skip
    slider = h.find(w.IntSlider, "small")
    h.update(slider, value=3)
    h.click(h.find(w.Button, "grow"))
    assert h.find(w.IntSlider, "big") is slider  # a keyed widget keeps its identity (and value)
    assert slider.disabled and slider.value == 3


def test_a_trait_the_new_run_no_longer_gives_goes_back_to_its_default() -> None:
    # st.image(png, alt="a" if on else None): once `on` is False the tooltip "a" must go.
    h = Harness(
        "import base64\n"
        "png = base64.b64decode('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==')\n"
        'on = st.checkbox("on", value=True)\n'
        'st.image(png, alt="a" if on else None)\n'
    )
    [image] = [x for x in h.all() if type(x) is w.Image]
    assert image.tooltip == "a"
    h.update(h.find(w.Checkbox, "on"), value=False)
    [after] = [x for x in h.all() if type(x) is w.Image]
    assert after is image and after.tooltip is None
    h.update(h.find(w.Checkbox, "on"), value=True)
    assert image.tooltip == "a"


def test_a_dropped_trait_the_front_end_owns_keeps_the_users_value() -> None:
    from rerunner.render.vdom import Reconciler, V

    r = Reconciler()
    root = r.render(
        V(
            w.VBox,
            children=[
                V(w.IntSlider, {"value": 3, "max": 20}, key="s", on={"value": lambda v: None})
            ],
        )
    )
    slider = root.children[0]
    slider.value = 7  # as the browser would set it
    r.render(
        V(w.VBox, children=[V(w.IntSlider, {"max": 20}, key="s", on={"value": lambda v: None})])
    )
    assert slider.value == 7
    r.render(V(w.VBox, children=[V(w.IntSlider, {}, key="s", on={"value": lambda v: None})]))
    assert slider.max == 100  # the kernel's trait went back to the class default
    r.close()


def test_an_unchanged_widget_reuses_its_description_and_a_changed_one_is_described_again() -> None:
    h = Harness(
        'a = st.slider("a", 0, 10, key="a")\n'
        'st.slider("b" if a < 5 else "B", 0, 10, key="b")\n'
        'st.write("a is", a)'
    )
    first = dict(h.view.descriptions.last)
    h.update(h.find(w.IntSlider, "a"), value=3)
    again = h.view.descriptions.last
    ids = sorted(first)
    a_id, b_id = [i for i in ids if i.endswith("-a")][0], [i for i in ids if i.endswith("-b")][0]
    assert again[b_id][1] is first[b_id][1]  # b's props are equal: the same description
    assert again[a_id][1] is not first[a_id][1]  # a's value changed: described again
    h.update(h.find(w.IntSlider, "a"), value=7)
    assert h.find(w.IntSlider, "B").value == 0  # b's label changed: applied, not reused
