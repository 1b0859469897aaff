"""HTML in user text is shown as text everywhere, unless the script asked for HTML."""

from __future__ import annotations

import ipywidgets as w
import pytest

from tests.support.inprocess import Harness

PAYLOADS = ['<img src=x onerror="window.__pwned=1">', "<script>window.__pwned=1</script>"]

PLACES = {
    "markdown": "st.markdown(P)",
    "write": "st.write(P)",
    "write several": "st.write('a', P, 1)",
    "caption": "st.caption(P)",
    "title": "st.title(P)",
    "header": "st.header(P, help=P)",
    "text": "st.text(P)",
    "code": "st.code(P)",
    "json": "st.json({'k': P})",
    "alert": "st.error(P, title=P)",
    "exception": "raise ValueError(P)",
    "button": "st.button(P, help=P)",
    "checkbox": "st.checkbox(P, help=P)",
    "radio": "st.radio(P, [P, 'b'], help=P, captions=[P, 'c'])",
    "selectbox": "st.selectbox(P, [P], help=P, placeholder=P)",
    "multiselect": "st.multiselect(P, [P], default=[P], help=P)",
    "slider": "st.slider(P, 0, 10, help=P)",
    "select_slider": "st.select_slider(P, [P, 'b'], help=P)",
    "text_input": "st.text_input(P, P, help=P, placeholder=P)",
    "number_input": "st.number_input(P, help=P, placeholder=P)",
    "text_area": "st.text_area(P, P, help=P)",
    "tabs": "st.tabs([P, 'b'])[0].write(P)",
    "expander": "st.expander(P).write(P)",
    "form": "f = st.form('f')\nf.text_input(P)\nf.form_submit_button(P)",
    "link_button": "st.link_button(P, 'https://example.org', help=P)",
    "download_button": "st.download_button(P, 'x', file_name=P, help=P)",
    "file_uploader": "st.file_uploader(P, help=P)",
    "pills": "st.pills(P, [P, 'b'], help=P)",
    "badge": "st.badge(P, help=P)",
    "help": "st.help(P)",
}

# Places whose text reaches the page through an HTML view (the others are ipywidgets text traits).
SHOWN_AS_HTML = {"markdown", "write", "write several", "caption", "title", "header", "text", "code",
                 "json", "alert", "exception", "checkbox", "slider", "text_input", "tabs", "expander",
                 "badge", "help"}  # fmt: skip


def html_sinks(h: Harness) -> list[str]:
    sinks = []
    for widget in h.all():
        if isinstance(widget, w.HTML):
            sinks.append(widget.value)
        if getattr(widget, "description_allow_html", False):
            sinks.append(widget.description)
    return sinks


@pytest.mark.parametrize("payload", PAYLOADS)
@pytest.mark.parametrize("place", sorted(PLACES))
def test_markup_in_user_text_is_escaped(place: str, payload: str) -> None:
    h = Harness(PLACES[place], namespace={"P": payload})
    sinks = "\n".join(html_sinks(h))
    assert payload not in sinks and "<img" not in sinks and "<script" not in sinks
    if place in SHOWN_AS_HTML:
        assert "&lt;" in sinks  # shown, as text


def test_unsafe_allow_html_is_the_only_way_in() -> None:
    h = Harness(
        "st.markdown('<b>bold</b>', unsafe_allow_html=True)\nst.write('<i>it</i>', unsafe_allow_html=True)"
    )
    assert "<b>bold</b>" in h.text() and "<i>it</i>" in h.text()


@pytest.mark.parametrize("payload", PAYLOADS)
def test_st_html_is_markup_but_never_script(payload: str) -> None:
    h = Harness("st.html(P)\nst.html(P, unsafe_allow_javascript=True)", namespace={"P": payload})
    safe = "\n".join(html_sinks(h))
    assert "onerror" not in safe and "<script" not in safe
    [allowed] = [x for x in h.all() if isinstance(x, w.Output)]
    assert "onerror" not in str(allowed.outputs)  # handlers go even where scripts may run


def test_links_in_markdown_cannot_run_script() -> None:
    h = Harness("st.markdown('[click](javascript:alert(1)) [ok](https://example.org)')")
    assert 'href="javascript' not in h.text() and 'href="https://example.org"' in h.text()
