"""A memo for functions of a text (Markdown, highlighted code) whose memory stays bounded.

``lru_cache`` bounds the number of entries, not their size: 2,048 cached renders of a 200 kB
table regenerated on every rerun would hold close to a gigabyte for the rest of the session.
Short texts (labels, captions, the usual Markdown) are the ones that repeat across reruns, so
only those are kept; a long text is rendered again each time it is seen.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import Any, TypeVar

F = TypeVar("F", bound=Callable[..., Any])

#: Texts longer than this are not cached.
MAX_CACHED_CHARS = 4096


def text_cache(maxsize: int) -> Callable[[F], F]:
    """``lru_cache(maxsize)`` for ``fn(text, *args)``, skipped when ``text`` is long."""

    def wrap(fn: F) -> F:
        cached = functools.lru_cache(maxsize=maxsize)(fn)

        @functools.wraps(fn)
        def call(text: str, *args: Any) -> Any:
            if len(text) > MAX_CACHED_CHARS:
                return fn(text, *args)
            return cached(text, *args)

        call.cache_info = cached.cache_info  # type: ignore[attr-defined]
        call.cache_clear = cached.cache_clear  # type: ignore[attr-defined]
        return call  # type: ignore[return-value]

    return wrap
