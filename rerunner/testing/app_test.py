"""``AppTest``: run a rerunner app headless, with the API of Streamlit's ``AppTest``.

Each AppTest drives a real ``App`` with a real ``WidgetView``: a run executes the script,
and the reconciler brings a live ipywidgets tree in line with it, exactly as in a notebook.
Widget actions travel the way a browser's events do: as values in the front end's form,
handed to ``App.submit``; the state rules, callbacks and reruns that follow are the app's own.
"""

from __future__ import annotations

import ctypes
import inspect
import itertools
import textwrap
import threading
import traceback
import weakref
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import ipywidgets

from ..api.navigation import page_icon_and_name, script_for
from ..errors import StopException, UnsupportedError, missing_key_message
from ..runtime.apps import build_app
from ..state import SessionState, SessionStateProxy
from .messages import MessageRecorder, WidgetMessage
from .nodes import AppTestError, Block, ChatInput, Node, Queries, Widget, build, require_supported

_COUNTER = itertools.count(1)


class _Deferred:
    """A scheduler that waits: the AppTest decides when the app runs (on ``run()``)."""

    def schedule(self, flush: Callable[[], None]) -> None:
        pass


def _front_end_number(value: Any) -> str:
    """What a user types into a number_input: the number's full text (``""`` for None)."""
    return "" if value is None else repr(value)


def _front_end_files(value: Any) -> list[dict[str, Any]]:
    """What a browser uploads: a record per file, from (name, content, mime) tuples or files."""
    if value is None:
        return []
    single = isinstance(value, tuple) and len(value) == 3 and isinstance(value[0], str)
    records = []
    for item in [value] if single or hasattr(value, "getvalue") else list(value):
        if hasattr(item, "getvalue"):  # an UploadedFile, as the app returned it
            item = (item.name, item.getvalue(), item.type)
        name, content, mime = item
        records.append({"name": name, "content": bytes(content), "type": mime})
    return records


#: How a value reaches the app for widget types whose front end sends something other than
#: their serialized value (the number_input sends the text typed, not the formatted value).
_FRONT_END_FORM: dict[str, Callable[[Any], Any]] = {
    "number_input": _front_end_number,
    "file_uploader": _front_end_files,
    "camera_input": lambda value: (_front_end_files(value) or [None])[0],
    "audio_input": lambda value: (_front_end_files(value) or [None])[0],
}


class AppTest(Queries):
    """A simulated rerunner app: run it, read its elements, set widgets, run it again.

    >>> at = AppTest.from_string('x = st.slider("x", 0, 10)\\nst.write("x is", x)').run()
    >>> at.slider[0].set_value(7).run().markdown[0].value
    'x is `7`'
    """

    def __init__(
        self,
        source: str,
        filename: str,
        *,
        default_timeout: float = 3,
        namespace: dict[str, Any] | None = None,
        path: Path | None = None,
    ) -> None:
        self.default_timeout = default_timeout
        self._path = path
        base = dict(namespace or {})
        self._state = SessionState()
        #: ``st.session_state`` as the app sees it: item and attribute access, ``in``, writes.
        self.session_state = SessionStateProxy(lambda: self._state)
        self._recorder = MessageRecorder()
        #: The query parameters the next run starts with; after a run, the app's (a repeated
        #: key as a list), as Streamlit's ``AppTest.query_params``.
        self.query_params: dict[str, Any] = {}
        #: What ``st.context`` reads, as a browser reports it: ``timezone``,
        #: ``timezone_offset``, ``locale``, ``url``, ``is_embedded``, ``theme``.
        self.context: dict[str, Any] = {}
        self._page: str | None = None  # the url_path switch_page() asked for
        self._app = build_app(
            script_for(source, filename),
            app_id=f"apptest-{next(_COUNTER)}",
            state=self._state,
            namespace=lambda: dict(base),  # not self: the app's widgets must not keep self alive
            scheduler=_Deferred(),
            # As Streamlit's AppTest: a widget's change reruns the whole script, also in a
            # fragment (``st.rerun`` with a fragment scope still reruns fragments alone).
            fragment_reruns=False,
        )
        self._view = self._app.view
        self._tree: Block = build(None, self)
        self._runs_before = 0
        # The widgets of an AppTest that is garbage collected are closed with it.
        weakref.finalize(self, self._view.close)

    # --- construction ----------------------------------------------------------------------

    @classmethod
    def from_string(cls, script: str, *, default_timeout: float = 3) -> AppTest:
        """An AppTest of the app whose source is ``script``."""
        return cls(textwrap.dedent(script), "<apptest script>", default_timeout=default_timeout)

    @classmethod
    def from_function(
        cls,
        script: Callable[..., Any],
        *,
        default_timeout: float = 3,
        args: tuple[Any, ...] | None = None,
        kwargs: dict[str, Any] | None = None,
    ) -> AppTest:
        """An AppTest whose script is ``script``'s source followed by a call to it.

        The function must run on its own (its imports inside it), as it would in a file.
        """
        lines, _ = inspect.getsourcelines(script)
        name = getattr(script, "__name__", "script")
        source = textwrap.dedent("".join(lines)) + f"\n{name}(*__args, **__kwargs)\n"
        namespace = {"__args": tuple(args or ()), "__kwargs": dict(kwargs or {})}
        return cls(
            source, f"<apptest {name}>", default_timeout=default_timeout, namespace=namespace
        )

    @classmethod
    def from_file(cls, script_path: str | Path, *, default_timeout: float = 3) -> AppTest:
        """An AppTest of a script file; a relative path is taken from the calling file's folder.

        The file is read again before each run, so edits between runs take effect.
        """
        path = Path(script_path)
        if not path.is_absolute():
            caller = traceback.extract_stack(limit=2)[0].filename
            path = Path(caller).parent / path
        if not path.is_file():
            raise FileNotFoundError(
                f"AppTest script not found at {path.resolve()}. Relative paths are resolved "
                "against the file that calls AppTest.from_file()."
            )
        path = path.resolve()
        return cls(
            path.read_text(encoding="utf-8"),
            str(path),
            default_timeout=default_timeout,
            namespace={"__file__": str(path)},
            path=path,
        )

    # --- running ---------------------------------------------------------------------------

    def run(self, *, timeout: float | None = None) -> AppTest:
        """Send the values set by widget actions, run the app until it settles, return self.

        An exception in the script does not raise here: it shows in ``at.exception``.
        A run longer than ``timeout`` seconds (``default_timeout`` when None) is stopped
        and raises RuntimeError.
        """
        timeout = self.default_timeout if timeout is None else timeout
        changes = self._changes()
        self._reload_file()
        self._runs_before = self._app.run_count
        self._recorder.clear()
        failure: list[BaseException] = []

        location = self._app.location
        location.query = [
            (str(k), str(v))
            for k, values in self.query_params.items()
            for v in (values if isinstance(values, (list, tuple)) else [values])
        ]
        location.browser = _context_facts(self.context)
        if self._page is not None:
            location.page, self._page = self._page, None

        def work() -> None:
            try:
                with self._recorder.recording():
                    for widget_id, ui_value in changes:
                        # No page: what a browser would refuse (an empty required field of
                        # a submitted form) goes through, as in Streamlit's AppTest.
                        self._app.submit(widget_id, ui_value, page_checks=False)
                    self._app.run()
            except BaseException as exc:  # noqa: BLE001 - re-raised in the caller's thread
                failure.append(exc)

        # Like Streamlit's AppTest, the script runs in its own thread, so a timeout can stop it.
        thread = threading.Thread(target=work, name="rerunner-apptest", daemon=True)
        thread.start()
        thread.join(timeout)
        if thread.is_alive():
            _interrupt(thread, StopException)
            thread.join()
            self._tree = build(self._app.tree, self)
            raise RuntimeError(f"AppTest script run timed out after {timeout}(s)")
        if failure and not isinstance(failure[0], StopException):
            raise failure[0]
        self._tree = build(self._app.tree, self)
        grouped: dict[str, list[str]] = {}
        for key, value in location.query:
            grouped.setdefault(key, []).append(value)
        self.query_params = {k: v[0] if len(v) == 1 else v for k, v in grouped.items()}
        return self

    def switch_page(self, page_path: str) -> AppTest:
        """Go to a page file (relative to the main script) on the next ``run()``, as Streamlit's
        ``AppTest.switch_page``; call ``run()`` once before, so the pages are known."""
        main = self._path or Path(self._app.location.main_dir) / self._app.script.filename
        full = main.parent / page_path
        if not full.is_file():
            raise ValueError(
                f"Could not find page {page_path!r} relative to the main script "
                f"{str(main)!r}. Resolved page path: {str(full.resolve())!r}."
            )
        target = full.resolve()
        pages = self._app.location.pages or []
        for info in pages:
            if info.script_path and Path(info.script_path).resolve() == target:
                self._page = info.url_path
                return self
        if any(True for _ in pages):
            known = [info.script_path or info.own_url_path for info in pages]
            raise ValueError(
                f"Could not find a navigation page for {str(target)!r}. "
                "AppTest.switch_page() matches registered script paths. If page registration "
                "depends on Session State, call AppTest.run() after updating the state and "
                f"before switching. Known pages: {known}."
            )
        self._page = page_icon_and_name(target)[1]
        return self

    def _reload_file(self) -> None:
        if self._path is None:
            return
        source = self._path.read_text(encoding="utf-8")
        if source != self._app.script.source:
            self._app.script = script_for(source, str(self._path))

    def _changes(self) -> list[tuple[str, Any]]:
        """The values actions set, in the front end's form: values first, then clicks.

        As in Streamlit's AppTest, a value set inside a form is sent only when the same run
        clicks that form's submit button; otherwise it is dropped. (The app parks a form's
        values until its submit arrives, so they go in before the click.)
        """
        pending = [node for node in self._tree if isinstance(node, Widget) and node.pending]
        clicks = [node for node in pending if self._is_trigger(node)]
        submitted = {node.form_id for node in clicks if node.form_id and node.value}
        values = [
            node for node in pending
            if node not in clicks and (not node.form_id or node.form_id in submitted)
        ]  # fmt: skip
        clicks = [node for node in clicks if isinstance(node, ChatInput) or node.value]
        return [(node.id, self._ui_value(node, node.value)) for node in values + clicks]

    def _is_trigger(self, node: Widget) -> bool:
        meta = self._state.widget_meta(node.id)
        return meta is not None and meta.trigger

    # --- what the nodes ask of the app -------------------------------------------------------

    def _ui_value(self, node: Widget, value: Any) -> Any:
        """``value`` in the form the widget's front end would send it; refuses what it cannot."""
        meta = self._state.widget_meta(node.id)
        if meta is None:
            raise AppTestError(f"The {node.type} widget {_named(node)} is no longer in the app.")
        if isinstance(node, ChatInput):
            return node.front_end()  # the text and the files, checked by the app as sent
        encode = _FRONT_END_FORM.get(node.type, meta.serialize)
        try:
            ui_value = encode(value)
            accepted = meta.deserialize(ui_value)
        except Exception as exc:
            raise ValueError(
                f"The {node.type} widget {_named(node)} cannot take the value {value!r}: {exc}"
            ) from exc
        missing = value is not None and accepted is None
        if isinstance(value, (list, tuple)) and isinstance(ui_value, list):
            missing = missing or len(ui_value) != len(value)  # an option not found was left out
        if missing:
            raise ValueError(
                f"{value!r} is not an option of the {node.type} widget {_named(node)}."
            )
        return ui_value

    def _option_at(self, node: Widget, index: int) -> Any:
        meta = self._state.widget_meta(node.id)
        if meta is None:
            raise AppTestError(f"The {node.type} widget {_named(node)} is no longer in the app.")
        return meta.deserialize(index)

    def _widget_value(self, node: Widget) -> Any:
        meta = self._state.widget_meta(node.id)
        if meta is None:
            return None
        if meta.trigger:
            # A button is True only during the run its click caused, a chat input holds its
            # message only then: the value that run saw.
            if node.type in ("chat_input", "menu_button"):
                return meta.deserialize(node.props.value)
            return bool(getattr(node.props, "value", None))
        try:
            return self._state.widget_value(node.id)
        except KeyError:  # its state was deleted after the widget was made, in that run
            raise KeyError(missing_key_message(node.id, attribute=False)) from None

    def _live_widget(self, widget_id: str) -> ipywidgets.Widget | None:
        return self._view.reconciler.keyed(widget_id)

    # --- the tree ----------------------------------------------------------------------------

    @property
    def main(self) -> Block:
        """The app's main area."""
        return self._tree.children[0]  # type: ignore[return-value]

    @property
    def sidebar(self) -> Block:
        """The app's sidebar."""
        require_supported("sidebar")
        return self._tree.children[1]  # type: ignore[return-value]

    def get(self, element_type: str) -> list[Node]:
        """Every node of ``element_type`` in the app, in document order."""
        return self._tree.get(element_type)

    def get_by_key(self, key: str) -> Node:
        """The one node with user key ``key`` (KeyError if none, AppTestError if several)."""
        return self._tree.get_by_key(key)

    def __len__(self) -> int:
        return len(self._tree)

    def __iter__(self) -> Iterator[Node]:
        return iter(self._tree)

    def __getitem__(self, index: int) -> Node:
        return self._tree[index]

    # --- beyond Streamlit's AppTest: the real widgets -----------------------------------------

    @property
    def widget_tree(self) -> ipywidgets.Widget | None:
        """The app's root ipywidget, as the reconciler left it after the last run."""
        return self._view.root

    @property
    def widget_messages(self) -> list[WidgetMessage]:
        """The widget messages (opens, updates, closes) the last ``run()`` sent to the front end."""
        return list(self._recorder.messages)

    @property
    def script_runs(self) -> int:
        """How many times the last ``run()`` started the script (``st.rerun()`` adds one)."""
        return self._app.run_count - self._runs_before

    def __getattr__(self, name: str) -> Any:
        if name in _NOT_SUPPORTED:
            raise UnsupportedError(
                f"`AppTest.{name}` is not supported by rerunner: {_NOT_SUPPORTED[name]}"
            )
        raise AttributeError(f"'AppTest' object has no attribute '{name}'")

    def close(self) -> None:
        """Close the app's widgets (also done when the AppTest is garbage collected)."""
        self._app.close()

    def __repr__(self) -> str:
        return f"AppTest(script={self._app.script.filename!r}, elements={len(list(self.main)) - 1})"


#: Parts of Streamlit's AppTest that have no counterpart here, and why.
_NOT_SUPPORTED = {
    "secrets": "st.secrets is not supported yet.",
    "user": "st.user is not supported yet.",
}


_CONTEXT_KEYS = {
    "timezone": ("timezone", str), "timezone_offset": ("timezone_offset", int),
    "locale": ("locale", str), "url": ("url", str), "is_embedded": ("embedded", bool),
    "theme": ("theme", str),
}  # fmt: skip


def _context_facts(context: Any) -> dict[str, Any]:
    """``AppTest.context`` as a browser's report (Streamlit's checks and texts)."""
    if not isinstance(context, dict):
        raise AppTestError(f"AppTest.context must be a dict, not {type(context).__name__}.")
    facts: dict[str, Any] = {}
    for key, value in context.items():
        if key not in _CONTEXT_KEYS:
            raise AppTestError(
                f"AppTest.context does not support {key!r}. Supported keys: "
                f"{', '.join(repr(k) for k in sorted(_CONTEXT_KEYS))}."
            )
        name, kind = _CONTEXT_KEYS[key]
        if value is None:
            continue
        if not isinstance(value, kind) or (kind is int and isinstance(value, bool)):
            raise AppTestError(
                f"AppTest.context[{key!r}] must be {kind.__name__}, not {type(value).__name__}."
            )
        if key == "theme" and value not in ("light", "dark"):
            raise AppTestError(
                f"AppTest.context['theme'] must be 'light' or 'dark', not {value!r}."
            )
        facts[name] = value
    return facts


def _named(node: Widget) -> str:
    """How an error names a widget: its label, else its key (chat inputs have no label)."""
    label = getattr(node, "label", None)
    return repr(label) if label is not None else f"with key {node.key!r}"


def _interrupt(thread: threading.Thread, exc_type: type[BaseException]) -> None:
    """Raise ``exc_type`` inside ``thread`` at its next bytecode (as ``st.stop()`` would)."""
    assert thread.ident is not None
    ctypes.pythonapi.PyThreadState_SetAsyncExc(
        ctypes.c_ulong(thread.ident), ctypes.py_object(exc_type)
    )
