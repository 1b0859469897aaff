"""Exceptions raised by rerunner, named and worded as Streamlit 1.67 names and words them.

The message texts are Streamlit's own (read off the installed package and checked against its
AppTest by the conformance tests), so a Streamlit user sees the error they already know.
"""

from __future__ import annotations

SESSION_STATE_DOCS = "https://docs.streamlit.io/develop/concepts/architecture/session-state"


class StreamlitAPIException(Exception):
    """An st call was used in a way Streamlit does not allow."""


class DuplicateWidgetID(StreamlitAPIException):
    """Two widgets with the same identity were created in one run."""


class StreamlitDuplicateElementId(DuplicateWidgetID):
    """Two keyless widgets of one type got the same auto-generated id."""


class StreamlitDuplicateElementKey(DuplicateWidgetID):
    """Two elements were given the same ``key``."""


class StreamlitWidgetAlreadyInstantiatedError(StreamlitAPIException):
    """A widget's key was assigned after the widget was created in this run."""


class StreamlitValueError(StreamlitAPIException, ValueError):
    """An argument has a value Streamlit does not accept."""


class StreamlitValueAssignmentNotAllowedError(StreamlitAPIException):
    """A widget's value (a button's, for example) cannot be set through session state."""


class StreamlitAPIWarning(StreamlitAPIException, Warning):
    """Streamlit's warning type, raised where Streamlit raises it."""


class UnsupportedError(StreamlitAPIException, NotImplementedError):
    """An st call or parameter that rerunner does not implement (yet)."""


class NoRunContextError(RuntimeError):
    """An st element was called outside a running app."""


class ScriptControlException(BaseException):
    """Base of the control-flow exceptions.

    They derive from BaseException so that a user's ``except Exception:`` cannot swallow
    ``st.rerun()`` or ``st.stop()``, as in Streamlit.
    """


class RerunException(ScriptControlException):
    """Raised by ``st.rerun()``: abandon this run and start a fresh one.

    ``fragments`` names the fragments to rerun alone (``st.rerun(scope="fragment")``, or keys
    from a callback); ``None`` reruns the whole app."""

    def __init__(self, fragments: list[str] | None = None) -> None:
        super().__init__()
        self.fragments = fragments


class StopException(ScriptControlException):
    """Raised by ``st.stop()``: end this run quietly."""


# --- message texts -------------------------------------------------------------------------


def missing_key_message(key: str, *, attribute: bool) -> str:
    kind = "attribute" if attribute else "key"
    return (
        f'st.session_state has no {kind} "{key}". Did you forget to initialize it? '
        f"More info: {SESSION_STATE_DOCS}#initialization"
    )


def session_state_item(key: str) -> str:
    """``st.session_state['k']`` as a Markdown code span, as Streamlit quotes a key."""
    text = f"st.session_state[{key!r}]"
    fence = "`"
    while fence in text:
        fence += "`"
    return f"{fence}{text}{fence}"


def modified_after_instantiated_message(key: str) -> str:
    item = session_state_item(key)
    return (
        f"{item} cannot be modified after the widget with that key is instantiated. "
        f"Assign {item} before creating the widget, or update it from an `on_change` or "
        "`on_click` callback, which runs before the widget is instantiated. If this is a "
        "read-only session state key (buttons, file and media inputs, `st.data_editor`, forms, "
        "chart or `ButtonColumn` selections), store the value under a different session state key."
    )


def value_assignment_not_allowed_message(key: str) -> str:
    return (
        f"{session_state_item(key)} is read-only and cannot be assigned through session state. "
        "Use a different session state key for values you need to set."
    )


INVALID_KEY_MESSAGE = "Invalid `key` value. Supported values: a non-empty string."
RESERVED_KEY_MESSAGE = "Keys beginning with $$ID are reserved."


def duplicate_id_message(element_type: str) -> str:
    return (
        f"There are multiple `{element_type}` elements with the same auto-generated ID. When this "
        "element is created, it is assigned an internal ID based on the element type and provided "
        "parameters. Multiple elements with the same type and parameters will cause this error.\n\n"
        f"To fix this error, please pass a unique `key` argument to the `{element_type}` element."
    )


def duplicate_key_message(key: str) -> str:
    return (
        f"There are multiple elements with the same `key='{key}'`. To fix this, please make sure "
        "that the `key` argument is unique for each element you create."
    )


class StreamlitInvalidMinMaxError(StreamlitAPIException):
    """``min_value``/``max_value`` are equal or reversed where that is not allowed."""


class StreamlitValueAboveMaxError(StreamlitAPIException):
    """A value is greater than ``max_value``."""


class StreamlitValueBelowMinError(StreamlitAPIException):
    """A value is less than ``min_value``."""


class StreamlitInvalidParameterTypeError(StreamlitAPIException, TypeError):
    """A parameter has a type Streamlit does not accept."""


class StreamlitMixedNumericTypesError(StreamlitAPIException):
    """Numeric arguments of one call mix int and float."""


class StreamlitValueOutOfRangeError(StreamlitAPIException):
    """An ``index`` is outside the options."""


class StreamlitInvalidNumberFormatError(StreamlitAPIException):
    """A printf-style ``format`` string Streamlit would refuse."""


class StreamlitJSNumberBoundsError(StreamlitAPIException):
    """A number a browser cannot represent exactly."""


class StreamlitInvalidWidthError(StreamlitAPIException):
    """A ``width`` that is not a positive int, 'stretch' or 'content'."""


def above_max_message(value: object, max_value: object) -> str:
    return f"The `value` {value} is greater than the `max_value` {max_value}."


def below_min_message(value: object, min_value: object) -> str:
    return f"The `value` {value} is less than the `min_value` {min_value}."


MULTIPLE_ELEMENTS_MESSAGE = (
    "Cannot replace a single element with multiple elements.\n\nThe `write()` method only "
    "supports multiple elements when inserting elements rather than replacing. That is, only "
    "when called as `st.write()` or `st.sidebar.write()`."
)


class StreamlitSelectionCountExceedsMaxError(StreamlitAPIException):
    """More options selected than ``max_selections`` allows."""


class StreamlitInvalidFormCallbackError(StreamlitAPIException):
    """A widget inside a form was given a callback."""


class StreamlitInvalidLayoutContextError(StreamlitAPIException):
    """An element used where its layout does not allow it (a button in a form...)."""


class StreamlitInvalidColumnSpecError(StreamlitAPIException):
    """``st.columns`` got a spec that is not a positive int or list of positive numbers."""


class StreamlitMissingRequiredParameterError(StreamlitAPIException):
    """A required parameter was left empty."""


class StreamlitIncompatibleParametersError(StreamlitAPIException):
    """Two parameters were given values that cannot go together."""


FORM_CALLBACK_MESSAGE = (
    "Within a form, callbacks can only be defined on `st.form_submit_button`. Defining callbacks "
    "on other widgets inside a form is not allowed."
)
FORM_DOCS_INFO = (
    "\n\nFor more information, refer to the\n[documentation for forms]"
    "(https://docs.streamlit.io/develop/api-reference/execution-flow/st.form)."
)
COLUMN_SPEC_MESSAGE = (
    "The `spec` argument to `st.columns` must be either a positive integer (number of columns) or "
    "a list of positive numbers (width ratios of the columns). See [documentation]"
    "(https://docs.streamlit.io/develop/api-reference/layout/st.columns) for more information."
)


# --- data, media, charts and caching ---------------------------------------------------------


class StreamlitInvalidHeightError(StreamlitAPIException):
    """A ``height`` that is not a positive int or one of the call's keywords."""


class StreamlitDataframeConversionError(StreamlitAPIException):
    """Data given to a table, dataframe or chart cannot be turned into a DataFrame."""


class MediaFileStorageError(StreamlitAPIException):
    """A media file (image, audio, video) named by path cannot be read."""


class StreamlitBadTimeStringError(StreamlitAPIException):
    """A ``ttl`` string that is not a duration."""


class UnhashableParamError(StreamlitAPIException):
    """An argument of a cached function cannot be hashed into a cache key."""


class UnserializableReturnValueError(StreamlitAPIException):
    """``st.cache_data`` got a return value that pickle cannot copy."""


class MissingDependencyError(StreamlitAPIException, ImportError):
    """An optional library (pandas, matplotlib, Pillow, plotly...) that a call needs is absent."""


def missing_dependency(
    call: str, module: str, package: str, extra: str | None = "data"
) -> MissingDependencyError:
    """The error for ``st.call`` when ``module`` cannot be imported, saying what to install."""
    also = f" (or `pip install 'rerunner[{extra}]'`)" if extra else ""
    return MissingDependencyError(
        f"`st.{call}` needs the `{module}` package, which is not installed. Install it with "
        f"`pip install {package}`{also}."
    )


def dataframe_conversion_message(data: object) -> str:
    return (
        f"Unable to convert object of type `{type(data)}` to `pandas.DataFrame`.\n"
        f"Offending object:\n```py\n{data}\n```"
    )
