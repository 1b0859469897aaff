"""Text the Markdown renderer leaves as it is skips the parser (``render/markdown._AS_IS``): its
HTML must be exactly what the parser gives, and text that any rule reads must go to the parser."""

from __future__ import annotations

from hypothesis import given, settings, strategies as st

from rerunner.render import markdown

# the characters the short cut takes, and those next to them that some rule reads
_TAKEN = "abcXYZ0189 ,;?%=/"
_READ = "*_`[]()<>&#!|~:$\\.-+\"'\n\t"


def _parsed(text: str, allow_html: bool) -> str:
    renderer = markdown._UNSAFE if allow_html else markdown._SAFE
    return markdown._safe_link(renderer.render(text))


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet=_TAKEN + _READ, max_size=12), st.booleans())
def test_text_drawn_without_the_parser_is_drawn_as_the_parser_draws_it(
    text: str, allow_html: bool
) -> None:
    markdown.to_html.cache_clear()
    assert markdown.to_html(text, allow_html) == _parsed(text, allow_html)


def test_the_usual_values_take_the_short_cut_and_markdown_does_not() -> None:
    assert markdown._AS_IS.fullmatch("Slider 0 is 42")
    assert markdown._AS_IS.fullmatch("Count = 3, 50% done")
    for text in ("5.", "1) a", "- a", "# a", "*a*", "a_b_", ":smile:", "a  ", " a", "a\nb", "--"):
        assert not markdown._AS_IS.fullmatch(text), text
