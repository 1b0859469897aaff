"""The tree an AppTest shows after a run: elements, widgets and blocks, as Streamlit's AppTest has them.

A node wraps one element of the run's element tree (``rerunner.elements.Element``). Its
``type`` is the name Streamlit's AppTest uses (``"title"`` for an ``h1`` heading, ``"success"`` for
a green alert, ``"flex_container"`` for ``st.container``), so ``at.get(type)`` ports unchanged.
Widget actions only record a pending value; ``run()`` sends it to the app in the front end's form.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator, Sequence
from typing import TYPE_CHECKING, Any, Generic, TypeVar

from ..elements import Element as _Element
from ..errors import UnsupportedError
from ..identity import key_from_widget_id
from ..schema import Props

if TYPE_CHECKING:
    import ipywidgets

    from .app_test import AppTest


class AppTestError(Exception):
    """A test asked for an interaction a user of the app could not perform."""


_UNSET: Any = object()

#: The AppTest collections that hold blocks rather than elements.
BLOCK_LISTS = ("columns", "tabs", "expander", "container", "form", "chat_message", "status", "grid")

#: Every collection Streamlit 1.67's AppTest offers (``at.<name>``), each named after its st call.
ELEMENT_LISTS = (
    "audio_input", "button", "button_group", "pills", "segmented_control", "camera_input",
    "caption", "chat_input", "checkbox", "code", "color_picker", "dataframe", "data_editor",
    "date_input", "datetime_input", "divider", "download_button", "error", "exception",
    "feedback", "file_uploader", "form_submit_button", "header", "help", "html", "image", "info",
    "json", "latex", "link_button", "markdown", "metric", "menu_button", "multiselect",
    "number_input", "page_link", "pagination", "progress", "radio", "select_slider", "selectbox",
    "slider", "space", "subheader", "success", "table", "text", "text_area", "text_input",
    "time_input", "title", "toast", "toggle", "warning", *BLOCK_LISTS,
)  # fmt: skip

#: Collections named otherwise than the st call that makes their elements.
_ST_CALL = {"button_group": "pills"}

#: Which actions each widget type takes, beyond ``set_value`` (Streamlit's AppTest methods).
ACTIONS: dict[str, tuple[str, ...]] = {
    "button": ("click",),  # form submit buttons included
    "download_button": ("click",),
    "checkbox": ("check", "uncheck"),
    "toggle": (),  # Streamlit's AppTest offers only set_value on a toggle
    "radio": (),
    "selectbox": ("select", "select_index"),
    "multiselect": ("select", "unselect"),
    "button_group": ("select", "unselect"),  # pills and segmented_control
    "file_uploader": ("upload", "clear"),
    "slider": ("set_range",),
    "select_slider": ("set_range",),
    "number_input": ("increment", "decrement"),
    "text_input": ("input",),
    "text_area": ("input",),
    "color_picker": ("pick",),
    "date_input": (),
    "date_time_input": (),
    "time_input": ("increment", "decrement"),
    "chat_input": ("upload", "clear"),
    "feedback": (),
    "pagination": (),  # select() is the node's own
    "menu_button": (),  # click() and click_index() are the node's own
    "camera_input": ("upload", "clear"),
    "audio_input": ("upload", "clear"),
}


def supported(name: str) -> bool:
    """Whether rerunner implements the st call behind the AppTest collection ``name``."""
    from .. import st

    return _ST_CALL.get(name, name) in st.__all__


def require_supported(name: str) -> None:
    if name in ELEMENT_LISTS and not supported(name):
        raise UnsupportedError(
            f"`st.{_ST_CALL.get(name, name)}` is not supported by rerunner yet, so "
            f"`AppTest.{name}` has nothing to find."
        )


# --- nodes ----------------------------------------------------------------------------------


class Node:
    """Anything in the tree: an element, a widget or a block."""

    type: str
    key: str | None = None

    def __init__(self, element: _Element | None, type_: str, root: AppTest) -> None:
        self.element = element
        self.type = type_
        self.root = root
        if type_ in _KEYED_ELEMENTS and element is not None:
            self.key = element.props.key  # type: ignore[attr-defined]

    @property
    def props(self) -> Props | None:
        """The element's props, as the run recorded them (see ``rerunner.schema``)."""
        return self.element.props if self.element is not None else None

    def __iter__(self) -> Iterator[Node]:
        yield self

    def __getattr__(self, name: str) -> Any:
        """The element's other parameters read as attributes (``slider.max``, ``tab.label``)."""
        element = self.__dict__.get("element")
        if not name.startswith("_") and element is not None and hasattr(element.props, name):
            return getattr(element.props, name)
        raise AttributeError(
            f"{type(self).__name__} {self.__dict__.get('type')!r} has no attribute {name!r}"
        )

    def run(self, *, timeout: float | None = None) -> AppTest:
        """Run the app again (after setting widget values); returns the AppTest."""
        return self.root.run(timeout=timeout)


class Element(Node):
    """A display element: ``value`` is what it shows; its parameters are attributes."""

    @property
    def value(self) -> Any:
        """The element's content (Markdown source, text, JSON text, message...)."""
        return _VALUES.get(self.type, _body)(self.props)

    def __getattr__(self, name: str) -> Any:
        if name in ("set_value", "click") or name in _ALL_ACTIONS:

            def refuse(*args: Any, **kwargs: Any) -> Any:
                self._refuse(name)

            return refuse
        return super().__getattr__(name)

    def _refuse(self, action: str) -> None:
        key_part = f" (key={self.key!r})" if self.key else ""
        raise AppTestError(
            f"{action}() is not supported for {self.type}{key_part}. AppTest can inspect this "
            "element but does not implement interactions for it."
        )

    def __repr__(self) -> str:
        return f"{type(self).__name__}(type={self.type!r}, value={self.value!r})"


class Dataframe(Element):
    """``st.dataframe``: ``value`` is the data as given; with selections on, ``key`` is the user
    key (the selection is set by assigning it to the key before ``run()``)."""

    def __init__(self, element: _Element, type_: str, root: AppTest) -> None:
        super().__init__(element, type_, root)
        self.key = key_from_widget_id(element.id) if element.id else None

    @property
    def value(self) -> Any:
        return self.props.frame.frame  # type: ignore[union-attr]

    @property
    def editing_mode(self) -> str:
        return "read_only"


class DataEditor(Element):
    """``st.data_editor``: a ``dataframe`` node (as in Streamlit's AppTest) whose ``value`` is the
    data as given, without edits; edits are set through its key in session state."""

    def __init__(self, element: _Element, type_: str, root: AppTest) -> None:
        super().__init__(element, type_, root)
        self.key = key_from_widget_id(element.id or "")

    @property
    def value(self) -> Any:
        return self.props.frame.frame  # type: ignore[union-attr]

    @property
    def editing_mode(self) -> str:
        """``"fixed"``, ``"dynamic"``, ``"add"`` or ``"delete"``: the editor's ``num_rows``."""
        return str(self.props.num_rows)  # type: ignore[union-attr]

    def _refuse(self, action: str) -> None:
        key_part = f" (key={self.key!r})" if self.key else ""
        note = (
            " Assign the edit state (edited_rows, added_rows, deleted_rows) on at.session_state "
            "before run()."
            if self.key
            else " Use a Playwright e2e test."
        )
        raise AppTestError(
            f"{action}() is not supported for data_editor{key_part}. AppTest can read the table "
            f"and editing_mode, but it does not apply cell edits through {action}().{note}"
        )


class ExceptionElement(Element):
    """``st.exception`` or an uncaught error: ``value`` and ``message`` are ``str(exc)``."""

    @property
    def message(self) -> str:
        return str(getattr(self.props, "message", ""))

    @property
    def stack_trace(self) -> list[str]:
        """The traceback's lines for the app's own code (rerunner's frames left out)."""
        return list(getattr(self.props, "traceback", None) or ())

    @property
    def exception_type(self) -> str:
        """The Python type name of the exception (Streamlit keeps it in ``proto.type``)."""
        return str(getattr(self.props, "type", ""))

    @property
    def is_warning(self) -> bool:
        return bool(getattr(self.props, "is_warning", False))


class UnknownElement(Element):
    """A custom component's instance, which Streamlit's AppTest does not model either: its
    type, its key and its value in session state (``None`` until the page sent one, not the
    call's ``default``), as Streamlit's ``UnknownElement`` gives them; no label, no actions."""

    def __init__(self, element: _Element, type_: str, root: AppTest) -> None:
        super().__init__(element, type_, root)
        self._id = element.id or ""
        self.key = key_from_widget_id(self._id) if self._id else None

    @property
    def value(self) -> Any:
        try:
            return self.root._state.widget_value(self._id)
        except KeyError:
            return None

    def __getattr__(self, name: str) -> Any:
        if name in ("id", "label"):
            raise AttributeError(name)
        return super().__getattr__(name)


class LinkButton(Element):
    """``st.link_button``: read-only, as in Streamlit's AppTest, which neither opens the URL nor
    clicks it; its ``value`` is the label in every ``on_click`` mode."""

    def __init__(self, element: _Element, type_: str, root: AppTest) -> None:
        super().__init__(element, type_, root)
        self.id: str = element.id or ""
        self.key = getattr(element.props, "key", None)

    @property
    def label(self) -> str:
        return str(getattr(self.props, "label", ""))

    @property
    def value(self) -> str:
        return self.label


class Widget(Element):
    """An input widget. Actions set a pending value that the next ``run()`` sends."""

    def __init__(self, element: _Element, type_: str, root: AppTest) -> None:
        super().__init__(element, type_, root)
        self.id: str = element.id or ""
        self.key = key_from_widget_id(self.id)
        self._pending: Any = _UNSET

    @property
    def label(self) -> str:
        return str(getattr(self.props, "label", ""))

    @property
    def disabled(self) -> bool:
        return bool(getattr(self.props, "disabled", False))

    @property
    def help(self) -> str | None:
        return getattr(self.props, "help", None)

    @property
    def form_id(self) -> str:
        """The key of the form holding the widget ("" outside forms)."""
        return str(getattr(self.props, "form", ""))

    @property
    def value(self) -> Any:
        """The value set by an action not yet run, else the value the app's script sees."""
        if self._pending is not _UNSET:
            return self._pending
        return self.root._widget_value(self)

    @property
    def widget(self) -> ipywidgets.Widget | None:
        """The live ipywidget the reconciler shows this widget with."""
        return self.root._live_widget(self.id)

    @property
    def pending(self) -> bool:
        """Whether an action set a value that the next ``run()`` will send."""
        return self._pending is not _UNSET

    # --- actions -------------------------------------------------------------------------

    def set_value(self, v: Any) -> Widget:
        """Set the widget's value, as a user would; call ``run()`` to apply it."""
        if self.type in _NO_ACTIONS:
            raise AppTestError(_NO_ACTIONS[self.type])
        if self.disabled:
            key_part = f" (key={self.key!r})" if self.key else ""
            raise AppTestError(
                f"Cannot update a disabled {self.type} widget{key_part}. "
                "A browser user cannot interact with a disabled widget."
            )
        self._pending = v
        return self

    def _allow(self, action: str) -> None:
        if action not in ACTIONS.get(self.type, ()):
            key_part = f" (key={self.key!r})" if self.key else ""
            raise AppTestError(
                f"{action}() is not supported for {self.type}{key_part}. Use set_value() or "
                "one of this widget's typed interaction methods."
            )

    def click(self) -> Widget:
        """Click a button (it is True in the next run only)."""
        self._allow("click")
        return self.set_value(True)

    def check(self) -> Widget:
        """Check a checkbox."""
        self._allow("check")
        return self.set_value(True)

    def uncheck(self) -> Widget:
        """Uncheck a checkbox."""
        self._allow("uncheck")
        return self.set_value(False)

    @property
    def _multi(self) -> bool:
        return self.type == "multiselect" or bool(getattr(self.props, "multi", None))

    def select(self, v: Any) -> Widget:
        """Choose option ``v`` (a multiselect, or multi pills, adds it to the selection)."""
        self._allow("select")
        if self._multi:
            current = list(self.value or [])
            return self.set_value(current if v in current else [*current, v])
        return self.set_value(v)

    def unselect(self, v: Any) -> Widget:
        """Remove option ``v`` from the selection (single-choice pills: select nothing)."""
        self._allow("unselect")
        if not self._multi:
            return self.set_value(None)
        return self.set_value([x for x in list(self.value or []) if x != v])

    def upload(
        self, filename: str, content: bytes, mime_type: str = "application/octet-stream"
    ) -> Widget:
        """Add a file to those this run uploads (the first upload replaces the current files)."""
        self._allow("upload")
        files = list(self._pending) if isinstance(self._pending, list) else []
        return self.set_value([*files, (filename, content, mime_type)])

    def clear(self) -> Widget:
        """Remove the uploaded files."""
        self._allow("clear")
        return self.set_value(None)

    def select_index(self, index: int | None) -> Widget:
        """Choose the option at ``index`` (None clears the selection)."""
        self._allow("select_index")
        if index is None:
            return self.set_value(None)
        return self.set_value(self.root._option_at(self, index))

    def input(self, v: str) -> Widget:
        """Type ``v`` into a text field; ignored when longer than ``max_chars``, as in Streamlit."""
        self._allow("input")
        max_chars = getattr(self.props, "max_chars", None)
        if max_chars and len(v) > max_chars:
            return self
        return self.set_value(v)

    def increment(self) -> Widget:
        """Click "+": one ``step`` up, kept within ``max_value``."""
        self._allow("increment")
        return self._step(+1)

    def decrement(self) -> Widget:
        """Click "−": one ``step`` down, kept within ``min_value``."""
        self._allow("decrement")
        return self._step(-1)

    def _step(self, direction: int) -> Widget:
        value = self.value
        if value is None:
            return self
        if isinstance(value, dt.time):  # time_input: one step (seconds), round the clock
            moment = dt.datetime.combine(dt.date(2000, 1, 1), value)
            return self.set_value(
                (moment + dt.timedelta(seconds=direction * self.props.step)).time()
            )
        low, high, step = (
            getattr(self.props, "min", None),
            getattr(self.props, "max", None),
            getattr(self.props, "step", 1),
        )
        value = value + direction * step
        if high is not None:
            value = min(value, high)
        if low is not None:
            value = max(value, low)
        return self.set_value(value)

    def set_range(self, lower: Any, upper: Any) -> Widget:
        """Set both ends of a range slider."""
        self._allow("set_range")
        return self.set_value([lower, upper])

    def pick(self, v: str) -> Widget:
        """Pick a colour (``"#rrggbb"``)."""
        self._allow("pick")
        return self.set_value(v)

    @property
    def index(self) -> int | None:
        """For radio and selectbox: the index of the selected option, or None."""
        if self.type not in ("radio", "selectbox"):
            raise AttributeError(f"{self.type} has no index")
        return self.root._ui_value(self, self.value)

    @property
    def options(self) -> list[str]:
        """The options as shown (after ``format_func``)."""
        return list(getattr(self.props, "options", None) or ())

    def __repr__(self) -> str:
        key = f", key={self.key!r}" if self.key else ""
        return f"{type(self).__name__}(type={self.type!r}{key}, label={self.label!r}, value={self.value!r})"


class _Unlabelled(Widget):
    """A widget without a label (Streamlit's node has no ``label`` attribute either)."""

    @property
    def label(self) -> str:  # type: ignore[override]
        raise AttributeError("label")

    def __getattr__(self, name: str) -> Any:
        if name == "label":  # reached when the property above refuses
            raise AttributeError(f"{self.__dict__.get('type')!r} widgets have no label")
        return super().__getattr__(name)

    def __repr__(self) -> str:
        key = f", key={self.key!r}" if self.key else ""
        return f"{type(self).__name__}(type={self.type!r}{key}, value={self.value!r})"


class Pagination(_Unlabelled):
    """``st.pagination``: ``set_value(page)`` or ``select(page)`` chooses a page (from 1)."""

    def set_value(self, v: Any) -> Pagination:
        if not self.disabled and (
            isinstance(v, bool) or not isinstance(v, int) or not 1 <= v <= self.props.num_pages
        ):
            key_part = f" (key={self.key!r})" if self.key else ""
            raise AppTestError(
                f"Cannot set pagination{key_part} to {v!r}. "
                f"Page must be an int between 1 and {self.props.num_pages}."
            )
        super().set_value(v)
        return self

    def select(self, page: int) -> Pagination:  # type: ignore[override]
        """Choose ``page``, as a click on its button does."""
        return self.set_value(page)


class MenuButton(Widget):
    """``st.menu_button``: ``click(option)`` or ``click_index(i)`` picks an option for the next
    run; ``value`` is the option the last run saw (``None`` unless a pick caused it)."""

    def click(self, v: Any) -> MenuButton:  # type: ignore[override]
        """Pick option ``v``."""
        self.set_value(v)
        return self

    def click_index(self, index: int) -> MenuButton:
        """Pick the option at ``index``."""
        meta = self.root._state.widget_meta(self.id)
        if meta is None:
            raise AppTestError(f"The menu_button widget {self.label!r} is no longer in the app.")
        self.set_value(meta.deserialize(self.props.options[index]))
        return self


class Feedback(_Unlabelled):
    """``st.feedback``: ``set_value(index)`` chooses an option, ``set_value(None)`` clears it."""


class ChatInput(_Unlabelled):
    """``st.chat_input``: ``set_value`` types a message and ``upload`` attaches a file; the next
    ``run()`` sends them together, once, as Enter does in the browser."""

    def __init__(self, element: _Element, type_: str, root: AppTest) -> None:
        super().__init__(element, type_, root)
        self._files: list[tuple[str, bytes, str]] = []

    @property
    def placeholder(self) -> str:
        return str(self.props.placeholder)

    @property
    def value(self) -> Any:
        """The text set but not sent yet, else the message the last run received (or None)."""
        if self._pending is not _UNSET and self._pending is not None:
            return self._pending
        return self.root._widget_value(self)

    @property
    def pending(self) -> bool:
        return (self._pending is not _UNSET and self._pending is not None) or bool(self._files)

    def upload(
        self, filename: str, content: bytes, mime_type: str = "application/octet-stream"
    ) -> ChatInput:
        """Attach a file to the next message (``accept_file=True`` keeps only the last one)."""
        key_part = f" (key={self.key!r})" if self.key else ""
        if self.disabled:
            raise AppTestError(
                f"Cannot update a disabled chat_input widget{key_part}. "
                "A browser user cannot interact with a disabled widget."
            )
        if self.props.files == "none":
            raise AppTestError(
                f"st.chat_input{key_part} does not accept files. "
                "Pass accept_file=True, 'multiple', or 'directory'."
            )
        for ok, what, got in (
            (isinstance(filename, str) and filename != "", "file names must be a non-empty string", repr(filename)),
            (isinstance(content, bytes), "file content must be bytes", type(content).__name__),
            (isinstance(mime_type, str) and mime_type != "", "file MIME types must be a non-empty string", repr(mime_type)),
        ):  # fmt: skip
            if not ok:
                raise AppTestError(f"st.chat_input {what}. Got {got}.")
        extensions = [t for t in self.props.accept or () if t.startswith(".")]
        if extensions and len(extensions) == len(self.props.accept or ()):
            # Streamlit checks names against extensions (MIME types are the browser's to check).
            if not any(filename.lower().endswith(ext) for ext in extensions):
                extension = "." + filename.rsplit(".", 1)[-1] if "." in filename else ""
                raise AppTestError(f"Invalid file extension: `{extension}`. Allowed: {extensions}")
        record = (filename, content, mime_type)
        many = self.props.files in ("many", "directory")
        self._files = [*self._files, record] if many else [record]
        return self

    def clear(self) -> ChatInput:
        """Detach the files staged for the next message (the text stays)."""
        self._files = []
        return self

    def front_end(self) -> dict[str, Any]:
        """The message as the browser sends it."""
        text = "" if self._pending is _UNSET or self._pending is None else str(self._pending)
        files = [{"name": n, "type": m, "size": len(c), "content": c} for n, c, m in self._files]
        return {"text": text, "files": files}


class DeviceInput(Widget):
    """``st.camera_input`` and ``st.audio_input``: one file, ``(filename, content, mime_type)``,
    of the kind the browser's widget makes (a ``.jpg`` JPEG photo, a ``.wav`` recording);
    ``set_value(None)`` or ``clear()`` removes it. The next ``run()`` sends it."""

    _KINDS = {"camera_input": ("captures", "photo", ".jpg", "image/jpeg"),
              "audio_input": ("records", "recording", ".wav", "audio/wav")}  # fmt: skip

    @property
    def resolution(self) -> str | None:
        """``st.camera_input``'s ``resolution`` as passed ("720p"), or None."""
        height = getattr(self.props, "resolution", None)
        return f"{height}p" if height else None

    def set_value(self, v: Any) -> DeviceInput:
        verb, thing, extension, mime = self._KINDS[self.type]
        if v is not None:
            if isinstance(v, list):
                raise AppTestError(f"st.{self.type} {verb} one {thing}. A list is not accepted.")
            if not (isinstance(v, tuple) and len(v) == 3 and isinstance(v[0], str)
                    and isinstance(v[1], (bytes, bytearray)) and isinstance(v[2], str)):  # fmt: skip
                raise AppTestError(
                    f"st.{self.type} {verb} one {thing}. Pass one (filename, content, mime_type) "
                    f"tuple whose content is bytes, or None to clear. Got {type(v).__name__}."
                )
            if not v[0].lower().endswith(extension):
                raise AppTestError(
                    f"st.{self.type} only {verb} {extension} files. Got filename {v[0]!r}."
                )
            if v[2].lower() != mime:
                noun = "photos" if thing == "photo" else "recordings"
                raise AppTestError(f"st.{self.type} {noun} use MIME type {mime!r}. Got {v[2]!r}.")
            v = (v[0], bytes(v[1]), mime)
        super().set_value(v)
        return self

    def upload(self, filename: str, content: bytes, mime_type: str = "") -> DeviceInput:  # type: ignore[override]
        """Stage one file, replacing any staged."""
        return self.set_value((filename, content, mime_type or self._KINDS[self.type][3]))

    def clear(self) -> DeviceInput:
        return self.set_value(None)


_ALL_ACTIONS = {action for actions in ACTIONS.values() for action in actions}

#: Display elements that carry the user's key (Streamlit gives them an element id).
_KEYED_ELEMENTS = {"echarts_chart"}

#: Charts that are widgets with ``on_select``: Streamlit's AppTest shows them as unknown.
_SELECTABLE_CHARTS = {"vega_lite_chart", "plotly_chart", "echarts_chart", "deck_gl_json_chart"}

#: Widgets whose front end never sends a value, so no action can reach the app.
_NO_ACTIONS: dict[str, str] = {}


def _body(props: Props) -> Any:
    return getattr(props, "body", None)


_VALUES: dict[str, Callable[[Props], Any]] = {
    "divider": lambda p: "---",
    "space": lambda p: getattr(p, "size", None),
    # Streamlit's AppTest shows the name where the stored value is empty or a signature
    "help_info": lambda p: p.name if p.name and (not p.value or p.signature) else p.value,
    "exception": lambda p: getattr(p, "message", ""),
    "stream": lambda p: getattr(p, "text", ""),
    "display": lambda p: getattr(p, "data", None),
    "vega_lite_chart": lambda p: None,  # Streamlit's AppTest reads no value from a chart
    "plotly_chart": lambda p: None,
    "empty": lambda p: None,
    "metric": lambda p: getattr(p, "value", None),
    "progress": lambda p: getattr(p, "percent", None),
    "latex": lambda p: f"$$\n{getattr(p, 'body', None)}\n$$",
    "dataframe": lambda p: p.frame.frame,
    "table": lambda p: getattr(p, "frame", None),
    # st.pdf: Streamlit draws it with the streamlit-pdf component (a v2 component), whose
    # AppTest node is a ``bidi_component`` holding the component's empty state
    "bidi_component": lambda p: {},
    "page_link": lambda p: p.label,
}


class Block(Node):
    """A container: iterate it for itself and everything inside, query it like an AppTest."""

    def __init__(self, element: _Element | None, type_: str, root: AppTest) -> None:
        super().__init__(element, type_, root)
        self.children: dict[int, Node] = {}

    def __len__(self) -> int:
        return len(self.children)

    def __iter__(self) -> Iterator[Node]:
        yield self
        for child in self.children.values():
            yield from child

    def __getitem__(self, index: int) -> Node:
        return self.children[index]

    def get(self, element_type: str) -> list[Node]:
        """Every node of ``element_type`` in here (an AppTest collection name or a node type)."""
        require_supported(element_type)
        nodes = [n for n in self if n is not self]
        if element_type == "container":  # st.container, not the row that holds columns
            return [n for n in nodes if n.element is not None and n.element.kind == "container"]
        if element_type == "form_submit_button":
            return [n for n in nodes if isinstance(n, Widget) and n.type == "button" and n.form_id]
        if element_type in ("pills", "segmented_control"):
            return [n for n in nodes if n.element is not None and n.element.kind == element_type]
        if element_type == "data_editor":
            return [n for n in nodes if isinstance(n, DataEditor)]
        wanted = _COLLECTION_TYPES.get(element_type, element_type)
        return [n for n in nodes if n.type == wanted]

    def get_by_key(self, key: str) -> Node:
        """The one node with user key ``key``; KeyError if none, AppTestError if several."""
        matches = [n for n in self if n is not self and n.key == key]
        if not matches:
            raise KeyError(key)
        if len(matches) > 1:
            raise AppTestError(
                f"Multiple elements have key {key!r}. Scope the query to a container or use a "
                "typed collection."
            )
        return matches[0]

    @property
    def key(self) -> str | None:  # type: ignore[override]
        """A form's key; None for other blocks."""
        return str(self.props.key) if self.type == "form" else None

    def __repr__(self) -> str:
        return f"Block(type={self.type!r}, children={len(self.children)})"


# --- lists ----------------------------------------------------------------------------------

N = TypeVar("N", bound=Node)


class ElementList(Generic[N]):
    """Nodes of one type in document order: index, ``len``, iterate, ``values``, look up by key."""

    def __init__(self, nodes: Sequence[N]) -> None:
        self._list = list(nodes)

    def __len__(self) -> int:
        return len(self._list)

    @property
    def len(self) -> int:
        return len(self._list)

    def __getitem__(self, index: int | slice) -> Any:
        if isinstance(index, slice):
            return type(self)(self._list[index])
        return self._list[index]

    def __iter__(self) -> Iterator[N]:
        return iter(self._list)

    def __eq__(self, other: object) -> bool:
        if isinstance(other, ElementList):
            return self._list == other._list
        return self._list == other

    __hash__ = None  # type: ignore[assignment]

    def __call__(self, key: str) -> N:
        """The first node with user key ``key``; KeyError when there is none."""
        for node in self._list:
            if node.key == key:
                return node
        raise KeyError(key)

    @property
    def values(self) -> list[Any]:
        """Each node's ``value``, in order."""
        return [node.value for node in self._list]  # type: ignore[attr-defined]

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self._list!r})"


class BlockList(ElementList[N]):
    """Blocks of one type in document order (``at.columns``, ``at.tabs``...)."""


class Queries:
    """``at.button``, ``at.markdown``... for anything with a ``get(type)``."""

    def get(self, element_type: str) -> list[Node]:  # pragma: no cover - overridden
        raise NotImplementedError


def _collection(name: str) -> property:
    list_class = BlockList if name in BLOCK_LISTS else ElementList

    def getter(self: Queries) -> ElementList[Any]:
        return list_class(self.get(name))

    getter.__name__ = name
    getter.__doc__ = f"Every ``st.{name}`` in document order (raises if rerunner lacks it)."
    return property(getter)


for _name in ELEMENT_LISTS:
    setattr(Queries, _name, _collection(_name))


class _QueryBlock(Block, Queries):
    """A block with the collections (``block.button``...)."""


class Grid(_QueryBlock):
    """``st.grid`` (type ``grid_container``); its ``grid.cell()`` blocks are ``flex_container``s,
    as in Streamlit's AppTest, and not in ``at.grid``."""

    @property
    def column_count(self) -> int | str:
        return self.props.columns

    @property
    def gap(self) -> Any:
        p = self.props
        return p.row_gap if p.row_gap == p.column_gap else (p.row_gap, p.column_gap)


# --- building the tree from a run's elements ------------------------------------------------

_HEADINGS = {"h1": "title", "h2": "header", "h3": "subheader"}
#: rerunner element kinds whose AppTest type is named otherwise.
_TYPES = {
    "container": "flex_container",
    "fragment": "flex_container",  # a fragment's container is an st.container in Streamlit
    "fragment_wrapper": "transparent",
    "columns": "flex_container",  # the row; its children are "column" blocks
    "tabs": "tab_container",
    "form_submit_button": "button",  # AppTest lists submit buttons with the buttons
    "pills": "button_group",
    "segmented_control": "button_group",
    "help": "help_info",
    "grid": "grid_container",
    "grid_cell": "flex_container",  # a grid.cell() is a flex container in Streamlit
    "pdf": "bidi_component",
    "mermaid_chart": "markdown",  # Streamlit writes a Mermaid chart as Markdown in a fence
}
#: AppTest collections named otherwise than the type of the nodes they hold.
_COLLECTION_TYPES = {
    "columns": "column",
    "tabs": "tab",
    "help": "help_info",
    "datetime_input": "date_time_input",
    "grid": "grid_container",
}


#: Widgets whose node offers more than ``Widget`` does.
_WIDGETS: dict[str, type[Widget]] = {
    "chat_input": ChatInput,
    "feedback": Feedback,
    "pagination": Pagination,
    "menu_button": MenuButton,
    "camera_input": DeviceInput,
    "audio_input": DeviceInput,
}


def node_type(element: _Element) -> str:
    """The AppTest type name of one rerunner element."""
    if element.kind == "heading":
        return _HEADINGS.get(getattr(element.props, "tag", ""), "heading")
    if element.kind == "alert":
        return str(getattr(element.props, "level", None))
    return _TYPES.get(element.kind, element.kind)


def build(element: _Element | None, root: AppTest) -> Block:
    """The ``main``, ``sidebar`` and ``event`` (dialogs) blocks of a run's tree, under one root
    block, and the bottom block when the run used it (at index 3), as Streamlit's AppTest has
    them."""
    tree = _QueryBlock(None, "root", root)
    main = tree.children[0] = _QueryBlock(None, "main", root)
    sidebar = tree.children[1] = _QueryBlock(None, "sidebar", root)
    event = tree.children[2] = _QueryBlock(None, "event", root)
    for child in (element.children or []) if element is not None else []:
        if child.kind in ("navigation", "logo"):
            continue  # not elements in Streamlit: messages of their own, outside the tree
        if child.kind == "sidebar":
            _fill(sidebar, child.children or [], root)
        elif child.kind == "bottom":
            tree.children[3] = _QueryBlock(None, "bottom", root)
            _fill(tree.children[3], child.children or [], root)  # type: ignore[arg-type]
        elif child.kind == "dialog":
            _fill(event, [child], root)
        else:
            _fill(main, [child], root)
    return tree


def _fill(block: Block, elements: list[_Element], root: AppTest) -> None:
    for element in elements:
        for node in _nodes(element, root):
            block.children[len(block.children)] = node


def _nodes(element: _Element, root: AppTest) -> list[Node]:
    if element.kind == "empty":
        if element.children:  # a filled placeholder shows what it holds, in its place
            return [n for child in element.children for n in _nodes(child, root)]
        return [Element(element, "empty", root)]
    if element.children is not None:
        block = (Grid if element.kind == "grid" else _QueryBlock)(element, node_type(element), root)
        _fill(block, element.children, root)
        return [block]
    if element.kind == "component_instance":
        return [UnknownElement(element, "component_instance", root)]
    if element.kind == "link_button":
        return [LinkButton(element, "link_button", root)]
    if element.kind == "data_editor":
        return [DataEditor(element, "dataframe", root)]
    if element.kind == "dataframe":
        return [Dataframe(element, "dataframe", root)]
    if element.kind in _SELECTABLE_CHARTS and element.id is not None:
        # a chart with selections: Streamlit's AppTest has no node for it either
        return [UnknownElement(element, element.kind, root)]
    if element.id is not None:
        return [_WIDGETS.get(element.kind, Widget)(element, node_type(element), root)]
    if element.kind == "exception":
        return [ExceptionElement(element, "exception", root)]
    if element.kind == "pdf":
        node = Element(element, node_type(element), root)
        node.key = element.props.key
        return [node]
    if element.kind == "html" and element.props.style_only:
        return []  # Streamlit sends style-only HTML outside the page's elements
    return [Element(element, node_type(element), root)]
