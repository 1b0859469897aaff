"""The Examples in rerunner.annotate's data modules' docstrings run and print what they say."""

from __future__ import annotations

import doctest

import pytest

from rerunner.annotate import agreement, export, review, store


@pytest.mark.parametrize("module", [agreement, export, review, store], ids=lambda m: m.__name__)
def test_docstring_examples(module) -> None:
    result = doctest.testmod(module)
    assert result.attempted > 0 and result.failed == 0
