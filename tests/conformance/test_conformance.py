"""Each case, played under Streamlit 1.67's AppTest and rerunner's, must leave the same picture.

A case marked as a known difference must differ (else the mark is stale) and be listed, with
its reason, in the README's "Differences from Streamlit".
"""

from __future__ import annotations

import logging
from collections import Counter

import pytest

from tests.conformance.cases import CASES
from tests.conformance.runner import first_difference, play, rerunner_app_test, streamlit_app_test
from tests.support import README

TOPICS = (
    "session state", "identity", "callbacks", "buttons", "stale widgets", "control flow",
    "errors", "defaults", "st.write", "layout",
)  # fmt: skip


@pytest.fixture(autouse=True)
def _quiet_streamlit():
    # Streamlit logs every uncaught script exception with its traceback; the cases expect them.
    logging.disable(logging.CRITICAL)
    yield
    logging.disable(logging.NOTSET)


@pytest.mark.parametrize("case", CASES, ids=lambda c: c.name)
def test_case_matches_streamlit(case) -> None:
    expected = play(streamlit_app_test(), case)
    actual = play(rerunner_app_test(), case)
    diff = first_difference(expected, actual)
    if case.difference is None:
        assert diff is None, f"{case.name} differs from Streamlit:\n{diff}"
        return
    assert diff is not None, (
        f"{case.name} is marked as a known difference ({case.difference}) but agrees with "
        "Streamlit now: remove the mark and its README entry"
    )
    known = README.read_text(encoding="utf-8").split("Differences from Streamlit", 1)[-1]
    assert f"`{case.name}`" in known, (
        f"{case.name} is not listed under the README's Differences from Streamlit"
    )


def test_suite_covers_every_topic_with_enough_cases() -> None:
    names = [c.name for c in CASES]
    assert len(names) == len(set(names)), "case names must be unique"
    assert len(CASES) >= 60
    topics = Counter(c.topic for c in CASES)
    assert set(TOPICS) <= set(topics), f"topics without a case: {set(TOPICS) - set(topics)}"
