"""``st.fragment``: a function that reruns on its own, in a container of its own.

Calling a fragment function (``api/fragment.run``) adds a ``fragment`` container where the call
is, registers the fragment with the app (``runtime/fragments.py``: its id, how to rerun it, the
containers around it) and runs the function inside the container. A rerun of the fragment alone
(``Fragment.rerun``) builds a fresh container, puts it where the old one was, and runs the
function again with the containers of the call around it, so forms, the sidebar and widget ids
are as in the full run. ``App`` decides when a run is a fragment run; nothing here knows about
the view.

An exception in a fragment shows in the fragment's container; in a full run it then ends the
body (Streamlit's ``FragmentHandledException``), in a fragment run that fragment only.
``parallel=True`` runs the fragment, during a full run, on a worker thread beside the rest of the
body, which the run waits for before it ends.
"""

from __future__ import annotations

import contextvars
import copy
import datetime
import functools
import threading
from collections.abc import Callable
from typing import Any, TypeVar

from ..cache import ttl_seconds
from ..elements import container
from ..errors import (
    INVALID_KEY_MESSAGE,
    RESERVED_KEY_MESSAGE,
    ScriptControlException,
    StreamlitAPIException,
    StreamlitInvalidLayoutContextError,
    StreamlitValueError,
)
from ..runtime.app import exception_element
from ..runtime.context import RunContext, current_run, require_run
from ..runtime.fragments import Fragment, FragmentHandledException, fragment_id

F = TypeVar("F", bound=Callable[..., Any])

#: ``st.rerun(scope=...)`` reads these two as levels, so they are no fragment keys.
RESERVED_KEYS = ("app", "fragment")


def fragment(
    func: F | None = None,
    *,
    run_every: int | float | datetime.timedelta | str | None = None,
    parallel: bool = False,
    key: str | int | None = None,
) -> F | Callable[[F], F]:
    """Turn a function into a fragment: a part of the app that reruns on its own.

    A widget created inside the fragment reruns only the fragment when it changes (its callback
    first): no statement outside the function runs, and the rest of the page stays exactly as it
    was. A full rerun of the app reruns the fragment in place. Use ``@st.fragment`` or
    ``@st.fragment(...)``. Inside, ``st.rerun(scope="fragment")`` reruns the fragment alone and
    ``st.rerun()`` the whole app; values the rest of the app needs go through session state.
    Elements the fragment writes into a container made outside it (``st.sidebar``, a container
    of the page) are replaced in place on each of its reruns; it must have written to that
    container in the last full run.

    Parameters
    ----------
    func : callable or None
        The function to turn into a fragment (``None`` when the decorator is called with
        arguments, ``@st.fragment(run_every=2)``).
    run_every : int, float, timedelta, str, or None
        Rerun the fragment on its own at this interval, also when nobody interacts with the app:
        seconds, a ``timedelta``, or a string such as ``"10s"``, ``"1.5 minutes"`` or
        ``"1h23s"``. ``None`` (default): only interactions rerun it. In a notebook the kernel
        ticks for as long as the app lives and a front end shows it: ticking stops when the cell
        is run again, the app closes or the kernel restarts, pauses when no front end has shown
        the app for 30 seconds, never piles up runs behind a slow fragment, and lets widget
        events go first.
    parallel : bool
        Run the fragment, during a full run of the app, on a worker thread at the same time as
        the rest of the body (``False``, default: in line, in order). The run ends once every
        parallel fragment has finished; reruns of the fragment alone are not parallel. What it
        prints shows in the fragment. A parallel fragment cannot write into containers made
        outside it, and cannot open a dialog during the full run.
    key : str, int, or None
        A name for the fragment, so that a widget's callback can rerun it alone with
        ``st.rerun("<key>")``. ``"app"`` and ``"fragment"`` are reserved. Two different fragment
        functions cannot share a key in one run; an ``int`` is read as its string.

    Returns
    -------
    callable
        The fragment function (or, called with arguments only, a decorator that makes one).
        Calling it outside a running app returns ``None``.

    Example
    -------
    >>> import streamlit as st
    >>> st.session_state.setdefault("runs", 0)
    >>> st.session_state.runs += 1
    >>> @st.fragment
    ... def counter():
    ...     if st.button("Count in the fragment"):
    ...         st.write("Only this part reran")
    >>> counter()
    >>> st.write("The whole app ran", st.session_state.runs, "times")
    """
    if key is not None:
        key = _check_key(key)
    if func is None:

        def decorate(f: F) -> F:
            return make_fragment(f, run_every=run_every, parallel=parallel, key=key)

        return decorate
    return make_fragment(func, run_every=run_every, parallel=parallel, key=key)


def _check_key(key: Any) -> str:
    key = str(key)
    if not key:
        raise StreamlitValueError(INVALID_KEY_MESSAGE)
    if key.startswith("$$ID"):
        raise StreamlitAPIException(RESERVED_KEY_MESSAGE)
    if key in RESERVED_KEYS:
        raise StreamlitAPIException(
            f"`{key}` is a reserved name and cannot be used as a fragment key, because "
            "`st.rerun(scope=...)` reads it as a rerun level. Choose a different key for "
            "`@st.fragment(key=...)`."
        )
    return key


def interval_seconds(run_every: Any) -> float | None:
    """``run_every`` in seconds (Streamlit's forms), or None when the fragment does not tick."""
    if run_every is None:
        return None
    if isinstance(run_every, (str, datetime.timedelta)):
        seconds = ttl_seconds(run_every)
    else:
        seconds = float(run_every)
    return seconds if seconds > 0 else None


def make_fragment(
    func: F,
    *,
    run_every: Any = None,
    parallel: bool = False,
    key: str | None = None,
    dialog: bool = False,
    token: str | None = None,
) -> F:
    """``func`` as a fragment function (``dialog``: the content of an ``st.dialog``)."""
    definition = token or f"{func.__module__}.{getattr(func, '__qualname__', func)}"

    @functools.wraps(func)
    def wrap(*args: Any, **kwargs: Any) -> Any:
        ctx = current_run()
        if ctx is None:
            return None
        if key is not None:
            ctx.claim_fragment_key(key, definition)
        seconds = interval_seconds(run_every)
        fid = fragment_id(definition, ctx.fragment_id, ctx.fragment_call(definition))
        return run(
            ctx,
            fid,
            lambda: func(*args, **kwargs),
            key=key,
            run_every=seconds,
            parallel=bool(parallel),
            dialog=dialog,
        )

    return wrap  # type: ignore[return-value]


def run(
    ctx: RunContext,
    fid: str,
    body: Callable[[], Any],
    *,
    key: str | None = None,
    run_every: float | None = None,
    parallel: bool = False,
    dialog: bool = False,
) -> Any:
    """Add the fragment's container where the call is, register the fragment, run ``body``."""
    element = container("fragment", fragment_id=fid)
    ctx.add(element)
    parent = ctx.last_parent
    stack = ctx.stack()
    old = ctx.fragments.get(fid) if ctx.fragments is not None else None
    record = Fragment(
        id=fid,
        rerun=lambda: None,
        element=element,
        parent=parent,
        stack=stack,
        parent_fragment=ctx.fragment_id,
        key=key,
        run_every=run_every,
        dialog=dialog,
        # A full run places the fragment's outside writes anew; a fragment run refills the
        # places the last full run made.
        wrappers=list(old.wrappers) if old is not None and ctx.fragment_run is not None else [],
    )
    record.rerun = lambda: _rerun(record, body)
    if ctx.fragments is not None:
        ctx.fragments.register(record)
    if parallel and ctx.fragment_run is None and not ctx.parallel_worker:
        _dispatch(ctx, record, body)
        return None
    return _execute(ctx, record, body)


def _execute(ctx: RunContext, record: Fragment, body: Callable[[], Any]) -> Any:
    element = record.element
    outer = ctx.enter_fragment(record.id, element)
    ctx.push(element)
    try:
        return body()
    except FragmentHandledException:
        raise  # a nested fragment's error: shown in that fragment already
    except KeyboardInterrupt as exc:
        if ctx.fragment_run is not None:  # the fragment run ends here: say so in its place
            element.add(exception_element(exc))
        raise
    except ScriptControlException:
        raise  # st.rerun(), st.stop(), a stale run: not errors
    except Exception as exc:
        element.add(exception_element(exc))
        raise FragmentHandledException(exc) from exc
    finally:
        ctx.pop(element)
        ctx.leave_fragment(record.id, outer)


def _rerun(record: Fragment, body: Callable[[], Any]) -> None:
    """Run the fragment alone: a fresh container in the old one's place, the call's containers
    around it, then the function (``App`` calls this for a fragment run)."""
    ctx = require_run("fragment")
    fresh = container("fragment", fragment_id=record.id)
    siblings = record.parent.children or []
    at: int | None = record.place  # looked for where it was last (a page's worth of siblings)
    if not (at is not None and at < len(siblings) and siblings[at] is record.element):
        at = next((i for i, child in enumerate(siblings) if child is record.element), None)
    if at is None:  # its container left the page meanwhile: nothing to replace
        return
    siblings[at] = fresh
    record.place = at
    record.element = fresh
    ctx.replaced.append(fresh)
    if ctx.fragments is not None:
        ctx.fragments.register(record)
    saved = ctx.set_stack(list(record.stack))
    try:
        _execute(ctx, record, body)
    except FragmentHandledException:
        pass  # shown in the fragment; the run goes on with the next fragment
    finally:
        ctx.set_stack(saved)


# --- parallel fragments ------------------------------------------------------------------------


def _dispatch(ctx: RunContext, record: Fragment, body: Callable[[], Any]) -> None:
    """Run the fragment on a worker thread with a run context of its own (its own stack of
    containers; the run's ids, state and registry shared); the run joins it at its end."""
    worker = copy.copy(ctx)
    worker.parallel_worker = True
    worker.set_stack(list(record.stack))
    failure: list[BaseException] = []

    def target() -> None:
        from ..runtime.context import _current

        _current.set(worker)
        try:
            _execute(worker, record, body)
        except FragmentHandledException:
            pass
        except BaseException as exc:  # noqa: BLE001 - st.rerun(), st.stop(): the run's to act on
            failure.append(exc)

    thread = threading.Thread(
        target=contextvars.copy_context().run, args=(target,), name="rerunner-fragment", daemon=True
    )
    ctx.workers.append((thread, failure))
    thread.start()


def check_not_parallel(api_name: str) -> None:
    """Streamlit's refusal of a call that is not safe in a parallel fragment's first run."""
    ctx = current_run()
    if ctx is not None and ctx.parallel_worker:
        raise StreamlitInvalidLayoutContextError(
            f"`{api_name}` cannot be called from a parallel fragment during the initial page "
            f"load, because parallel fragments run concurrently on separate threads where "
            f"`{api_name}` is not safe.\n\nTo fix this, gate the call behind a widget "
            "interaction (e.g., `if st.button(...):`) so it runs during a sequential fragment "
            "rerun instead."
        )
