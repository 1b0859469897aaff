"""The element schema: one typed record of props per element kind.

An st call describes what it shows as an ``Element(kind, props)``; the render recipe of that kind
reads the same props to draw it; AppTest reads them to answer queries. This module is the one
place that says what each kind carries. ``make_props(kind, **values)`` builds the record, so a
misspelt or missing prop is a ``TypeError`` where the element is built (and so in the tests that
cover every kind), not a blank widget on a user's page.

Props are values the kernel owns, built afresh by every run; a widget's props are not changed
in place once the element is in a tree (the render reuses the description of a widget whose
props equal the last run's). For widgets, ``value`` is in the front end's form (an option's
index, a number's text...): the serde of the widget converts it. Each schema also names, in
``front_end``, the part of what it shows that a visitor may change from the browser (a widget's
value, the open tab, an expander's open state, a table's page...). Everything else drawn for the
element is the kernel's: the render layer binds front-end events for these names only, and the
reconciler puts anything else the front end changes back (see ``render/vdom.py``).
"""

from __future__ import annotations

from dataclasses import dataclass, field, fields
from typing import Any, ClassVar, Literal, TypeAlias

Width: TypeAlias = "Literal['stretch', 'content'] | int"
LabelVisibility: TypeAlias = "Literal['visible', 'hidden', 'collapsed']"


@dataclass(slots=True, kw_only=True)
class Props:
    """What every element kind's props share: nothing but the rules."""

    #: What a visitor may change from the browser (the rest is the kernel's).
    front_end: ClassVar[tuple[str, ...]] = ()
    #: Every prop is an immutable value (text, numbers, flags), never an object a body could
    #: change in place afterwards: two equal records draw the same, now and in a later run
    #: (``render/lib.Descriptions`` reuses the drawing).
    plain: ClassVar[bool] = False


# --- widgets --------------------------------------------------------------------------------


@dataclass(slots=True, kw_only=True)
class WidgetProps(Props):
    """What every input shows: its label, value (front-end form), help, state and size."""

    label: str = ""
    value: Any = None
    help: Any = None
    disabled: bool = False
    label_visibility: LabelVisibility = "visible"
    width: Width = "content"
    form: str = ""  # the key of the form holding the widget; "" outside forms
    enter_to_submit: bool = False  # Enter in this field submits its form
    required: bool = False  # an empty value is not committed, nor a form holding it sent

    front_end: ClassVar[tuple[str, ...]] = ("value",)


@dataclass(slots=True, kw_only=True)
class ButtonProps(WidgetProps):
    button_type: Literal["primary", "secondary", "tertiary"] = "secondary"
    icon: str | None = None
    icon_position: Literal["left", "right"] = "left"
    wrap: bool | None = None  # the label: True wraps, False keeps one line, None lets CSS decide
    shortcut: str | None = None  # normalised ("ctrl+shift+k"): the page clicks the button on it


@dataclass(slots=True, kw_only=True)
class DownloadButtonProps(ButtonProps):
    href: str = ""  # a data: URL, so the download works offline
    file_name: str = ""
    mime: str = ""
    size: int = 0
    reports_click: bool = False  # on_click other than "ignore": a click reruns the app

    front_end: ClassVar[tuple[str, ...]] = ()  # a link: the browser downloads it


@dataclass(slots=True, kw_only=True)
class LinkButtonProps(ButtonProps):
    url: str = ""
    reports_click: bool = False  # on_click other than "ignore": a click reruns the app
    key: str | None = None  # the user's key: the `st-key-` class

    front_end: ClassVar[tuple[str, ...]] = ()


@dataclass(slots=True, kw_only=True)
class CheckboxProps(WidgetProps):
    wrap: bool | None = None


@dataclass(slots=True, kw_only=True)
class ColorPickerProps(WidgetProps):
    pass


@dataclass(slots=True, kw_only=True)
class OptionsProps(WidgetProps):
    options: list[str] = field(default_factory=list)  # the formatted labels


@dataclass(slots=True, kw_only=True)
class RadioProps(OptionsProps):
    horizontal: bool = False
    captions: list[str | None] | None = None


@dataclass(slots=True, kw_only=True)
class SelectboxProps(OptionsProps):
    placeholder: str = ""
    icon: str | None = None  # shown inside the field, left of the choice
    # The user may type a value that is no option; ``value`` is then the field's text (an
    # option's label or a new value), not an option index.
    accept_new_options: bool = False
    filter_mode: Literal["fuzzy", "contains", "prefix"] | None = "fuzzy"  # how typing filters


@dataclass(slots=True, kw_only=True)
class MultiselectProps(OptionsProps):
    placeholder: str = ""
    wrap: bool | None = None
    # The user may add values that are no option: ``value`` holds their text among the indexes.
    accept_new_options: bool = False
    # Up to how many selectable options a "Select all" button shows (-1: always, 0: never).
    select_all: int = 1000
    filter_mode: Literal["fuzzy", "contains", "prefix"] | None = "fuzzy"  # how typing filters
    max_selections: int | None = None


@dataclass(slots=True, kw_only=True)
class ButtonGroupProps(OptionsProps):
    multi: bool = False
    wrap: bool | None = None


@dataclass(slots=True, kw_only=True)
class SelectSliderProps(OptionsProps):
    is_range: bool = False


@dataclass(slots=True, kw_only=True)
class SliderProps(OptionsProps):
    """Numbers slide over ``min``..``max``; dates and times (``temporal``) over ``options``."""

    min: Any = 0
    max: Any = 100
    step: Any = 1
    format: str = ""
    is_int: bool = True
    is_range: bool = False
    temporal: bool = False


@dataclass(slots=True, kw_only=True)
class NumberInputProps(WidgetProps):
    min: float | None = None
    max: float | None = None
    step: float = 1
    format: str = "%d"
    is_int: bool = True
    placeholder: str = ""
    icon: str | None = None  # shown inside the field, left of the number


@dataclass(slots=True, kw_only=True)
class TextInputProps(WidgetProps):
    input_type: str = "default"
    live: bool = False  # every keystroke commits (a text input outside forms commits on Enter)
    max_chars: int | None = None
    placeholder: str = ""
    icon: str | None = None  # shown inside the field, left of the text (the type's by default)
    validate: tuple[str, str] | None = None  # (JavaScript regex, message): text that fails it
    autocomplete: str = ""  # the field's HTML autocomplete attribute ("": the browser decides)


@dataclass(slots=True, kw_only=True)
class TextAreaProps(WidgetProps):
    height: int | None = None
    max_chars: int | None = None
    placeholder: str = ""


@dataclass(slots=True, kw_only=True)
class DateInputProps(WidgetProps):
    min: Any = None
    max: Any = None
    is_range: bool = False
    format: str = "YYYY/MM/DD"  # how the field shows dates (and reads typed ones)


@dataclass(slots=True, kw_only=True)
class TimeInputProps(WidgetProps):
    step: int = 900  # seconds
    format: Literal["12h", "24h", "localized"] = "24h"


@dataclass(slots=True, kw_only=True)
class DateTimeInputProps(WidgetProps):
    """``value`` is a naive datetime to the minute, or None."""

    min: Any = None
    max: Any = None
    step: int = 900  # seconds, for the time field's arrow keys
    format: str = "YYYY/MM/DD"  # how the date half shows dates (and reads typed ones)


@dataclass(slots=True, kw_only=True)
class FileUploaderProps(WidgetProps):
    accept: str = ""  # comma-separated extensions, as the browser's file picker takes them
    max_mb: int = 200
    multiple: bool = False
    directory: bool = False  # the browser's folder picker: every file under the chosen folder


@dataclass(slots=True, kw_only=True)
class CameraInputProps(WidgetProps):
    """``value`` is the photo's file name (front-end form), or None."""

    resolution: int | None = None  # the height asked of the camera, in pixels


@dataclass(slots=True, kw_only=True)
class AudioInputProps(WidgetProps):
    """``value`` is the recording's file name (front-end form), or None."""

    sample_rate: int | None = 16000  # None: the browser's own


@dataclass(slots=True, kw_only=True)
class ChatInputProps(WidgetProps):
    """``value`` is the message the run saw, in front-end form (``{"text", "files"}``) or None;
    the text being typed and the files attached belong to the browser until sent."""

    placeholder: str = ""
    max_chars: int | None = None
    files: Literal["none", "one", "many", "directory"] = "none"
    audio: bool = False  # a microphone button that records and sends a voice message
    sample_rate: int | None = 16000  # of voice messages; None: the browser's own
    accept: tuple[str, ...] | None = None  # file types (``uploads.normalize_types``); None: any
    max_mb: int = 200
    height: Any = "content"
    busy: bool = False  # drawn disabled while the run its message caused goes on
    stoppable: bool = False  # submit_mode="stop": while busy, the send button stops the run
    prefill: str | None = None  # text put into the field through session state
    width: Width = "stretch"


@dataclass(slots=True, kw_only=True)
class FeedbackProps(WidgetProps):
    """``value`` is the chosen option's index (0 the lowest), or None."""

    options: Literal["thumbs", "faces", "stars"] = "thumbs"


@dataclass(slots=True, kw_only=True)
class PaginationProps(WidgetProps):
    """``value`` is the selected page, from 1."""

    num_pages: int = 1
    default: int = 1  # AppTest's ``pagination.default``
    max_visible: int | None = 7  # page buttons besides the arrows; None for all


@dataclass(slots=True, kw_only=True)
class AnnotateImageProps(WidgetProps):
    """``value`` is the list of box or point records (``rerunner.annotate``)."""

    src: str = ""  # the picture as a data URL
    image_width: int = 0  # its size in pixels: the records' coordinates
    image_height: int = 0
    labels: tuple[str, ...] = ()
    mode: Literal["box", "point"] = "box"
    width: Width = "stretch"


@dataclass(slots=True, kw_only=True)
class AnnotateTextProps(WidgetProps):
    """``value`` is the list of ``[start, end, label]`` spans over ``text``."""

    text: str = ""
    labels: tuple[str, ...] = ()
    overlap: bool = False
    width: Width = "stretch"


@dataclass(slots=True, kw_only=True)
class MenuButtonProps(WidgetProps):
    """``value`` is the label of the option picked in this run, or None (a trigger)."""

    options: tuple[str, ...] = ()  # as shown, through format_func
    button_type: Literal["primary", "secondary", "tertiary"] = "secondary"
    icon: str | None = None
    wrap: bool | None = None  # the label: True wraps, False keeps one line, None lets CSS decide


@dataclass(slots=True, kw_only=True)
class SkeletonProps(Props):
    height: int | str | None = None  # None: an input widget's height; pixels; "stretch"
    width: int | str = "stretch"


# --- text and alerts ------------------------------------------------------------------------


@dataclass(slots=True, kw_only=True)
class MarkdownProps(Props):
    body: str
    allow_html: bool = False
    help: str | None = None
    text_alignment: str = "left"
    width: Width | Literal["auto"] = "stretch"
    wrap: bool = True  # False: one line, cut with an ellipsis

    plain: ClassVar[bool] = True


@dataclass(slots=True, kw_only=True)
class HtmlProps(Props):
    body: (
        str  # as given: sanitised where it is drawn (render/html.py), as Streamlit's front end does
    )
    allow_javascript: bool = False
    style_only: bool = False  # only <style>: Streamlit puts it outside the page's elements
    width: Width = "stretch"


@dataclass(slots=True, kw_only=True)
class TextProps(Props):
    body: str
    help: str | None = None
    text_alignment: str = "left"
    width: Width = "content"
    wrap: bool = True

    plain: ClassVar[bool] = True


@dataclass(slots=True, kw_only=True)
class HeadingProps(Props):
    body: str
    tag: Literal["h1", "h2", "h3"]
    anchor: str | bool | None = None
    divider: str | None = None
    help: str | None = None
    icon: str | None = None
    text_alignment: str = "left"
    width: Width = "stretch"
    wrap: bool = True

    plain: ClassVar[bool] = True


@dataclass(slots=True, kw_only=True)
class CodeProps(Props):
    body: str
    language: str | None = None
    line_numbers: bool = False
    wrap_lines: bool = False
    width: Width = "stretch"
    height: Any = "content"  # "content", "stretch" or pixels

    plain: ClassVar[bool] = True


@dataclass(slots=True, kw_only=True)
class JsonProps(Props):
    body: str  # compact JSON, or a string shown as given
    expanded: bool = True
    width: Width = "stretch"

    plain: ClassVar[bool] = True


@dataclass(slots=True, kw_only=True)
class LatexProps(Props):
    body: str
    help: str | None = None
    width: Width = "stretch"

    plain: ClassVar[bool] = True


@dataclass(slots=True, kw_only=True)
class HelpProps(Props):
    name: str  # the argument's text in the calling line ("" if none)
    type: str
    value: str  # a readable repr, or module.name(signature)
    signature: bool = False  # ``value`` is a signature (AppTest shows the name instead)
    doc_string: str = ""  # named as AppTest's Help names it
    members: list[tuple[str, str, str, str]] = field(default_factory=list)  # name, type, value, doc
    width: Width = "stretch"


@dataclass(slots=True, kw_only=True)
class DividerProps(Props):
    width: Width = "stretch"

    plain: ClassVar[bool] = True


@dataclass(slots=True, kw_only=True)
class SpaceProps(Props):
    size: str | int = "small"  # a size name or pixels; along the parent's direction

    plain: ClassVar[bool] = True


@dataclass(slots=True, kw_only=True)
class AlertProps(Props):
    body: str
    level: Literal["success", "info", "warning", "error"]
    icon: str | None = None
    title: str | None = None
    width: Width = "stretch"

    plain: ClassVar[bool] = True


@dataclass(slots=True, kw_only=True)
class ExceptionProps(Props):
    type: str
    message: str
    traceback: list[str] = field(default_factory=list)
    width: Width = "stretch"


@dataclass(slots=True, kw_only=True)
class CelebrationProps(Props):
    symbol: str


# --- what a body prints or displays itself --------------------------------------------------


@dataclass(slots=True, kw_only=True)
class StreamProps(Props):
    name: Literal["stdout", "stderr"]
    text: str


@dataclass(slots=True, kw_only=True)
class DisplayProps(Props):
    data: dict[str, Any]
    metadata: dict[str, Any] = field(default_factory=dict)
    chart: str = ""  # the st call that made it (plotly_chart...), for AppTest; "" for display()


# --- diagrams and maps (api/diagrams.py) ---------------------------------------------------


@dataclass(slots=True, kw_only=True)
class GraphvizProps(Props):
    dot: str  # the DOT source, as Streamlit's element carries it
    engine: str = "dot"
    width: Width = "content"
    height: Any = "content"  # "content", "stretch" or pixels
    alt: str | None = None


@dataclass(slots=True, kw_only=True)
class MermaidProps(Props):
    body: str  # Streamlit's Markdown: the source in a ```mermaid fence (what AppTest shows)
    source: str  # the diagram's Mermaid source (with Streamlit's stAlt line), which is drawn
    width: Width = "stretch"
    alt: str | None = None


@dataclass(slots=True, kw_only=True)
class EChartsProps(WidgetProps):
    """An ECharts chart. A widget (with an id) only when ``on_select`` is not ``"ignore"``; its
    value is Streamlit's selection (``{"selection": {"selected": [...], "areas": [...]}}``)."""

    spec: str = "{}"  # the option, as JSON
    theme: str | None = "streamlit"
    renderer: Literal["canvas", "svg"] = "canvas"
    width: Width = "stretch"
    height: Any = 350
    alt: str | None = None
    key: str | None = None  # the user's key: AppTest's ``key`` and the ``st-key-`` CSS class
    selection_activated: bool = False  # on_select other than "ignore"

    # A selection comes as a message (the same one twice reruns twice, as in Streamlit).
    front_end: ClassVar[tuple[str, ...]] = ("message",)


@dataclass(slots=True, kw_only=True)
class DeckProps(WidgetProps):
    """``st.map`` and ``st.pydeck_chart``. A widget (with an id) only for a pydeck chart whose
    ``on_select`` is not ``"ignore"``; its value is Streamlit's selection (``{"selection":
    {"indices": {layer_id: [...]}, "objects": {...}}}``), in front-end form its indices."""

    json: str = "{}"  # the deck.gl JSON Streamlit's element carries
    view: dict[str, float] = field(default_factory=dict)  # where the map opens
    layers: list[dict[str, Any]] = field(default_factory=list)  # resolved (render/diagrams.py)
    width: Width = "stretch"
    height: Any = 500
    alt: str | None = None
    call: str = "map"  # map or pydeck_chart
    selection_mode: str | None = None  # "single-object" or "multi-object" with selections

    # A selection comes as a message (the same one twice reruns twice, as in Streamlit).
    front_end: ClassVar[tuple[str, ...]] = ("message",)


# --- media, data and status -----------------------------------------------------------------


@dataclass(slots=True, kw_only=True)
class ImageProps(Props):
    images: list[dict[str, Any]]  # each: src (data URL), caption, alt
    width: Width = "content"
    link: str | None = None  # a single image opens this URL when clicked
    chart: str = ""  # the chart call drawn as this picture (line_chart, pyplot...), if any


@dataclass(slots=True, kw_only=True)
class IFrameProps(Props):
    """``st.iframe``, ``components.html`` and ``components.iframe``: a sandboxed iframe."""

    src: str = ""  # a URL, or
    srcdoc: str = ""  # the HTML it holds
    width: Width = "stretch"
    height: Literal["stretch", "content"] | int = 150
    scrolling: bool = False
    tab_index: int | None = None
    title: str = "st.iframe"


@dataclass(slots=True, kw_only=True)
class VegaChartProps(WidgetProps):
    """A Vega-Lite chart (``st.altair_chart``, ``st.vega_lite_chart``), drawn by rerunner's chart
    widget. A widget (with an id) only when ``on_select`` is not ``"ignore"``; its value is
    Streamlit's selection object."""

    spec: dict[str, Any] = field(default_factory=dict)
    chart: str = "vega_lite_chart"  # the st call that made it
    height: Literal["stretch", "content"] | int = "content"
    theme: str = "streamlit"  # "" for theme=None
    alt: str | None = None
    selection_params: list[str] = field(default_factory=list)  # the activated selections

    # A selection comes as a message (the same one twice reruns twice, as in Streamlit);
    # ``image`` is the SVG the front end drew, kept for a saved notebook.
    front_end: ClassVar[tuple[str, ...]] = ("message", "image")


@dataclass(slots=True, kw_only=True)
class PlotlyChartProps(WidgetProps):
    """A Plotly chart (``st.plotly_chart``), drawn by rerunner's Plotly widget with the
    plotly.js the ``plotly`` package ships. A widget (with an id) only when ``on_select`` is not
    ``"ignore"``; its value is Streamlit's ``PlotlyState``."""

    spec: dict[str, Any] = field(default_factory=dict)  # the figure: data, layout, frames
    config: dict[str, Any] = field(default_factory=dict)  # plotly.js's config
    height: Literal["stretch", "content"] | int = "content"
    theme: str = "streamlit"  # "" for theme=None
    alt: str | None = None
    selection_mode: list[str] = field(default_factory=list)  # "box", "lasso", "points"
    key: str | None = None  # the user's key: the chart's ``st-key-<key>`` CSS class

    # As the Vega-Lite chart's: a selection is a message, ``image`` the front end's picture.
    front_end: ClassVar[tuple[str, ...]] = ("message", "image")


@dataclass(slots=True, kw_only=True)
class ComponentProps(WidgetProps):
    """A custom component made with ``components.declare_component``: its page in an iframe,
    talking Streamlit's component protocol with the app (``render/component.py``)."""

    name: str = ""  # the component's full name (``module.name``)
    url: str | None = None  # a page served elsewhere (a dev server), or
    files: dict[str, bytes] = field(default_factory=dict)  # or its folder's files, by path
    args: dict[str, Any] = field(default_factory=dict)  # the JSON arguments (default, key too)
    bytes_args: dict[str, bytes] = field(default_factory=dict)
    # name -> Streamlit's ArrowTable: {"data", "index", "columns"}, each Arrow IPC bytes
    dataframe_args: dict[str, dict[str, bytes]] = field(default_factory=dict)
    tab_index: int | None = None

    # The value comes as a message (``setComponentValue``), not a trait: the same value sent
    # twice reruns the app twice, as in Streamlit.
    front_end: ClassVar[tuple[str, ...]] = ("message",)


@dataclass(slots=True, kw_only=True)
class PdfProps(Props):
    """``st.pdf``: a PDF's pages, drawn as images in a scrolling box."""

    data: bytes
    height: Literal["stretch"] | int = 500
    alt: str | None = None
    key: str | None = None


@dataclass(slots=True, kw_only=True)
class MediaProps(Props):
    data: bytes
    format: str
    alt: str | None = None
    autoplay: bool = False
    loop: bool = False
    width: Width = "stretch"
    start: int = 0  # seconds
    end: int | None = None  # seconds; with ``loop`` it plays from ``start`` to here again
    muted: bool = False
    subtitles: tuple[tuple[str, str], ...] = ()  # (label, WebVTT text); the first shows


@dataclass(slots=True, kw_only=True)
class TableProps(Props):
    frame: Any  # a pandas DataFrame
    columns: list[Any] | None = None
    height: Any = "auto"
    hide_header: bool = False
    hide_index: bool = False
    placeholder: str | None = None
    row_height: int | None = None
    border: bool | str = True
    alt: str | None = None
    width: Width = "stretch"

    front_end: ClassVar[tuple[str, ...]] = ("page",)


@dataclass(slots=True, kw_only=True)
class DataframeProps(WidgetProps):
    """``st.dataframe``: the data editor's grid, read-only. A widget (with an id) only when
    ``on_select`` is not ``"ignore"``; its value is then the selection (JSON)."""

    frame: Any  # tabular.Data: the data as a DataFrame, headers made strings
    columns: list[Any] = field(default_factory=list)  # tabular.Column, the index first
    column_order: list[str] | None = None
    height: Any = "auto"
    row_height: int | None = None
    placeholder: str | None = None
    alt: str | None = None
    key: str | None = None
    selection_modes: tuple[str, ...] = ()  # empty: no selections
    # a Styler's display text and CSS per cell: {"text"|"css": {row: {column: str}}}
    looks: dict[str, Any] | None = None
    width: Width = "stretch"


@dataclass(slots=True, kw_only=True)
class EditorProps(WidgetProps):
    """``st.data_editor``: its value is the edit state (JSON), the rest what the grid shows."""

    frame: Any  # tabular.Data: the data as a DataFrame, headers made strings, edits not applied
    columns: list[Any] = field(default_factory=list)  # tabular.Column, the index first
    column_order: list[str] | None = None
    num_rows: str = "fixed"
    height: Any = "auto"
    row_height: int | None = None
    placeholder: str | None = None
    alt: str | None = None
    width: Width = "stretch"


@dataclass(slots=True, kw_only=True)
class MetricProps(Props):
    label: str
    value: str
    delta: str = ""
    direction: str = "none"
    color: str = "normal"
    help: str | None = None
    icon: str | None = None
    label_visibility: LabelVisibility = "visible"
    border: bool = False
    chart: tuple[float, ...] = ()
    chart_type: str = "line"
    delta_description: str | None = None
    width: Width = "stretch"
    height: Any = "content"  # "content", "stretch" or pixels (taller content scrolls)


@dataclass(slots=True, kw_only=True)
class ProgressProps(Props):
    percent: int
    text: str | None = None
    width: Width = "stretch"
    live: bool = False  # shown at once, mid-run


@dataclass(slots=True, kw_only=True)
class SpinnerProps(Props):
    text: str
    show_time: bool = False
    width: Width = "content"


@dataclass(slots=True, kw_only=True)
class ToastProps(Props):
    body: str
    icon: str | None = None
    seconds: int | None = None
    live: bool = False


# --- containers -----------------------------------------------------------------------------


@dataclass(slots=True, kw_only=True)
class BlockProps(Props):
    """A box of elements: ``st.container``, ``st.empty``, the sidebar, a column, a form..."""

    border: bool = False
    height: int | None = None
    key: str | None = None
    gap: str | int | None = "small"
    width: Width = "stretch"
    horizontal: bool = False
    wrap: bool = True
    horizontal_alignment: str = "left"
    vertical_alignment: str = "top"
    autoscroll: bool | None = None  # a fixed-height container keeps its newest content in view


@dataclass(slots=True, kw_only=True)
class ChatMessageProps(BlockProps):
    """A message's author and avatar: an icon (``"user"``, ``"assistant"``, or ``""`` for the
    first letter of ``name``), an emoji, or an image (its bytes and format, or a URL)."""

    name: str
    avatar: str = ""  # what Streamlit reports: "user", "assistant", the emoji, a URL, or ""
    avatar_type: Literal["icon", "emoji", "image"] = "icon"
    image: bytes = b""
    image_format: str = ""


@dataclass(slots=True, kw_only=True)
class ColumnProps(BlockProps):
    weight: float = 1.0  # its share of the row


@dataclass(slots=True, kw_only=True)
class FormProps(BlockProps):
    key: str
    clear_on_submit: bool = False
    enter_to_submit: bool = True


@dataclass(slots=True, kw_only=True)
class TabProps(BlockProps):
    label: str


@dataclass(slots=True, kw_only=True)
class GridProps(Props):
    """``st.grid``: how its cells are laid out (the browser reflows them)."""

    columns: str | int = "auto"  # "auto" or the most columns, 1 to 24
    min_column_width: str | int = "auto"  # "auto" (about 200px) or pixels
    wrap: bool = True
    row_gap: str | int | None = "small"
    column_gap: str | int | None = "small"
    vertical_alignment: str = "top"
    border: bool = False
    row_height: str | int = "content"
    width: Width = "stretch"
    height: str | int = "content"
    key: str | None = None
    dense: bool = False


@dataclass(slots=True, kw_only=True)
class GridCellProps(Props):
    """``grid.cell()``: one cell holding several elements, spanning columns or rows."""

    column_span: int | str = 1  # or "all"
    row_span: int = 1


@dataclass(slots=True, kw_only=True)
class ColumnsProps(Props):
    border: bool = False
    gap: str | int | None = "small"
    vertical_alignment: str = "top"
    width: Width = "stretch"
    wrap: bool = True  # stack on narrow screens


@dataclass(slots=True, kw_only=True)
class TabsProps(Props):
    """``default`` is the index of the tab shown first; a tab group with an id (one that tracks
    its state: ``on_change``) shows the tab of its value and reports the one chosen."""

    default: int = 0
    key: str | None = None
    width: Width = "stretch"
    height: Any = "content"

    front_end: ClassVar[tuple[str, ...]] = ("tab",)


@dataclass(slots=True, kw_only=True)
class ExpanderProps(Props):
    """``st.expander`` and ``st.popover`` (drawn as a panel that opens)."""

    label: str
    expanded: bool = False
    icon: str | None = None
    help: str | None = None
    disabled: bool = False
    type: str = "default"  # an expander's style, or a popover's button type
    key: str | None = None
    width: Width = "stretch"
    wrap: bool | None = None  # a popover's label: None lets the layout decide

    front_end: ClassVar[tuple[str, ...]] = ("expanded",)


@dataclass(slots=True, kw_only=True)
class StatusProps(Props):
    label: str = ""
    expanded: bool = False
    state: Literal["running", "complete", "error"] = "running"
    type: str = "default"
    width: Width = "stretch"

    front_end: ClassVar[tuple[str, ...]] = ("expanded",)


@dataclass(slots=True, kw_only=True)
class FragmentProps(Props):
    """An ``@st.fragment`` function's own container: what one of its reruns replaces."""

    fragment_id: str


@dataclass(slots=True, kw_only=True)
class WrapperProps(Props):
    """What a fragment wrote into a container made outside it (the sidebar, say): the part of
    that container the fragment's reruns replace, in the place of its first write."""

    fragment_id: str
    name: str  # unique per (fragment, outside container): the render finds it again by it


@dataclass(slots=True, kw_only=True)
class DialogProps(Props):
    """An ``@st.dialog`` modal; its content is the dialog function's fragment."""

    title: str
    width: Literal["small", "medium", "large"] | int = "small"
    position: Literal["center", "left", "right"] = "center"
    dismissible: bool = True
    icon: str | None = None
    dismiss_id: str = ""  # the trigger a dismissal sends ("" when on_dismiss="ignore")

    front_end: ClassVar[tuple[str, ...]] = ("is_open",)  # a visitor may dismiss it


@dataclass(slots=True, kw_only=True)
class RootProps(Props):
    layout: Literal["centered", "wide"] = "centered"
    #: ``initial_sidebar_state``: "auto", "expanded", "collapsed", "locked", or a width (pixels)
    sidebar: str | int = "auto"
    #: Set by the App while a fragment ticks (``run_every``): the page then says whether a
    #: front end shows it, so ticking stops when none does.
    ticking: bool = False
    #: Set by the run as elements are added (``RunContext.add``, ``elements.asks_the_page``):
    #: some element asks the page for what no ipywidgets trait carries (a keyboard shortcut, an
    #: input attribute, a multiselect's filtering), so the page gets its aids
    #: (``render/page_aids.py``); a page without any is never searched for them.
    page_aids: bool = False
    #: The URL the app wants in the browser (``runtime/location.Location.target``), once the app
    #: uses what the browser knows (pages, query parameters, st.context); None: no report needed.
    location: dict[str, Any] | None = None


# --- multipage apps (api/navigation.py) ---------------------------------------------------


@dataclass(slots=True, kw_only=True)
class NavigationProps(Props):
    #: One per page: section, title, icon, url_path, external_url, hidden, help, current.
    entries: list[dict[str, Any]]
    position: Literal["sidebar", "top", "hidden"] = "sidebar"
    expanded: bool = False
    visible_items: int = 0  # how many entries show before the fold (0: Streamlit's 10)


@dataclass(slots=True, kw_only=True)
class LogoProps(Props):
    image: str  # a data URL, a web URL, or a Material icon's shortcode
    icon: str = ""
    size: Literal["small", "medium", "large"] = "medium"
    link: str = ""


@dataclass(slots=True, kw_only=True)
class PageLinkProps(Props):
    label: str
    icon: str = ""
    icon_position: Literal["left", "right"] = "left"
    help: str = ""
    disabled: bool = False
    width: Width = "content"
    page: str = ""  # the url_path of a page of the app
    external_url: str = ""
    query: str = ""


#: Every element kind and the schema of its props.
SCHEMAS: dict[str, type[Props]] = {
    # widgets
    "button": ButtonProps,
    "form_submit_button": ButtonProps,
    "download_button": DownloadButtonProps,
    "link_button": LinkButtonProps,
    "checkbox": CheckboxProps,
    "toggle": CheckboxProps,
    "color_picker": ColorPickerProps,
    "radio": RadioProps,
    "selectbox": SelectboxProps,
    "multiselect": MultiselectProps,
    "pills": ButtonGroupProps,
    "segmented_control": ButtonGroupProps,
    "select_slider": SelectSliderProps,
    "slider": SliderProps,
    "number_input": NumberInputProps,
    "text_input": TextInputProps,
    "text_area": TextAreaProps,
    "date_input": DateInputProps,
    "time_input": TimeInputProps,
    "date_time_input": DateTimeInputProps,
    "file_uploader": FileUploaderProps,
    "camera_input": CameraInputProps,
    "audio_input": AudioInputProps,
    "chat_input": ChatInputProps,
    "feedback": FeedbackProps,
    "pagination": PaginationProps,
    "menu_button": MenuButtonProps,
    "annotate_image": AnnotateImageProps,
    "annotate_text": AnnotateTextProps,
    "component_instance": ComponentProps,
    "vega_lite_chart": VegaChartProps,
    "plotly_chart": PlotlyChartProps,
    # text and alerts
    "markdown": MarkdownProps,
    "caption": MarkdownProps,
    "html": HtmlProps,
    "text": TextProps,
    "heading": HeadingProps,
    "code": CodeProps,
    "json": JsonProps,
    "latex": LatexProps,
    "divider": DividerProps,
    "help": HelpProps,
    "space": SpaceProps,
    "alert": AlertProps,
    "exception": ExceptionProps,
    "celebration": CelebrationProps,
    # output of the body itself
    "stream": StreamProps,
    "display": DisplayProps,
    # diagrams and maps
    "graphviz_chart": GraphvizProps,
    "mermaid_chart": MermaidProps,
    "echarts_chart": EChartsProps,
    "deck_gl_json_chart": DeckProps,
    # media, data and status
    "image": ImageProps,
    "audio": MediaProps,
    "video": MediaProps,
    "iframe": IFrameProps,
    "pdf": PdfProps,
    "dataframe": DataframeProps,
    "data_editor": EditorProps,
    "table": TableProps,
    "metric": MetricProps,
    "progress": ProgressProps,
    "spinner": SpinnerProps,
    "skeleton": SkeletonProps,
    "toast": ToastProps,
    # containers
    "root": RootProps,
    "navigation": NavigationProps,
    "logo": LogoProps,
    "page_link": PageLinkProps,
    "sidebar": BlockProps,
    "bottom": BlockProps,
    "chat_message": ChatMessageProps,
    "container": BlockProps,
    "empty": BlockProps,
    "slot": BlockProps,  # an element handle's stand-in while its replacement is built
    "column": ColumnProps,
    "columns": ColumnsProps,
    "grid": GridProps,
    "grid_cell": GridCellProps,
    "form": FormProps,
    "tabs": TabsProps,
    "tab": TabProps,
    "expander": ExpanderProps,
    "popover": ExpanderProps,
    "status": StatusProps,
    "fragment": FragmentProps,
    "fragment_wrapper": WrapperProps,
    "dialog": DialogProps,
}


def schema_of(kind: str) -> type[Props]:
    """The props class of ``kind`` elements; an unknown kind is a ``TypeError``."""
    try:
        return SCHEMAS[kind]
    except KeyError:
        raise TypeError(f"no element kind {kind!r} in the schema") from None


def make_props(kind: str, **values: Any) -> Props:
    """The props record of a ``kind`` element; an unknown kind or prop is a ``TypeError``.

    (The st calls on every rerun's path use ``schema_of(kind)(**values)``, which saves
    repacking the values once: a slider's props cost half as much to build that way.)"""
    return schema_of(kind)(**values)


def prop_names(kind: str) -> tuple[str, ...]:
    """The props a ``kind`` element carries, in declaration order."""
    return tuple(f.name for f in fields(SCHEMAS[kind]))
