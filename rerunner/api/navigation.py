"""Multipage apps: ``st.Page``, ``st.navigation``, ``st.switch_page``, ``st.page_link``,
``st.logo``, and the classic ``pages/`` folder of a ``%%rerun --file`` script.

As in Streamlit 1.67, the body is the entrypoint: it declares its pages with ``st.navigation``,
which answers with the page to show (the app's ``Location``, ``runtime/location.py``: the URL's
page, a link's, ``st.switch_page``'s, else the default), and the body calls its ``.run()``. A
page is a function or a script file, relative to the script's folder (a cell's: the notebook's
folder, the kernel's working directory). Its identity is its ``url_path``. Switching pages
reruns the body on the new page; the widgets of the page left behind are not drawn in that run
and so are cleaned up, as Streamlit's are.

A folder ``pages/`` beside a ``%%rerun --file`` script makes it a multipage app as Streamlit's
``pages/`` directory does: the script is the default page, each ``pages/*.py`` a page in
Streamlit's order (``PagesFolderScript``).
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from typing import Any, Literal, NoReturn
from urllib.parse import parse_qsl, urlencode

from ..elements import NAVIGATE, Element, new_element
from ..errors import (
    RerunException,
    StreamlitAPIException,
    StreamlitIncompatibleParametersError,
    StreamlitInvalidParameterTypeError,
    StreamlitMissingRequiredParameterError,
    StreamlitPageNotFoundError,
    StreamlitValueError,
)
from ..icons import check_icon, leading_icon
from ..runtime.context import current_run, require_run
from ..runtime.location import Location, PageInfo
from ..runtime.script import Script
from .lib import ElementHandle, add, check_width, handle, label_text, st_function

__all__ = [
    "NAVIGATE", "Page", "PagesFolderScript", "logo", "navigation", "page_link", "script_for",
    "switch_page",
]  # fmt: skip

_URL = re.compile(r"^(https?://|mailto:)", re.IGNORECASE)
_FILENAME = re.compile(r"([0-9]*)[_ -]*(.*)\.py")


def _is_url(value: Any) -> bool:
    return isinstance(value, str) and bool(_URL.match(value))


def _location() -> Location:
    ctx = current_run()
    location = getattr(ctx, "location", None) if ctx is not None else None
    return location if location is not None else Location()


def _missing(parameter: str, detail: str) -> StreamlitMissingRequiredParameterError:
    return StreamlitMissingRequiredParameterError(
        f"The `{parameter}` parameter is required. {detail}"
    )


def _sanitize_url_path(title: str) -> str:
    path = re.sub(r"\s+", "_", title.lower())
    path = re.sub(r"[&#?/\\:*\"<>|']", "", path)
    return re.sub(r"_+", "_", path.strip("_"))


def _check_nested(url_path: str) -> None:
    if "/" in url_path:
        raise StreamlitAPIException(
            f"The `url_path` `{url_path}` cannot include `/`. Streamlit does not support nested "
            "URL pathnames yet, so use a single path segment (e.g. `foo_bar`). To upvote "
            "support for nested pathnames, see GitHub issue "
            "[#8971](https://github.com/streamlit/streamlit/issues/8971)."
        )


def page_icon_and_name(path: Path) -> tuple[str, str]:
    """Streamlit's icon and name of a page file: ``01_📈_Sales_report.py`` -> ("📈",
    "Sales_report"), a leading number dropped, spaces as underscores."""
    match = _FILENAME.search(path.name)
    if match is None:
        return "", ""
    name = re.sub(r"[_ ]+", "_", match.group(2)).strip() or match.group(1)
    icon, rest = leading_icon(name)
    if icon and not icon.startswith(":material"):
        return icon, rest.lstrip("_ -") if rest else rest
    return "", name


def _sort_key(path: Path) -> tuple[float, str]:
    match = _FILENAME.search(path.name)
    number, label = match.groups() if match else ("", path.name)
    return (float(number) if number else float("inf"), label.lower())


def _page_not_found(page: str, location: Location) -> StreamlitAPIException:
    if location.uses_pages_directory:
        directory = os.path.basename(location.main_dir)
        return StreamlitPageNotFoundError(
            f"Could not find page: `{page}`. You must provide a file path relative to the "
            f"entrypoint file (from the directory `{directory}`). Only the entrypoint file and "
            "files in the `pages/` directory are supported."
        )
    return StreamlitPageNotFoundError(
        f"Could not find page: `{page}`. You must provide a `Page` object or file path relative "
        "to the entrypoint file. Only pages previously defined by `st.Page` and passed to "
        "`st.navigation` are allowed."
    )


class Page:
    """A page of a multipage app, for ``st.navigation``, ``st.switch_page`` and
    ``st.page_link``.

    Parameters
    ----------
    page : str, Path, or callable
        The page's source: a Python file (a path relative to the app's script, or the
        notebook's folder for a ``%%rerun`` cell), a function without arguments, or an external
        URL (``http://`` or ``https://``), which makes a link in the navigation menu.
    title : str or None
        The page's title in the navigation menu. ``None`` (default) takes the file's name
        (Streamlit's rules: a leading number dropped, underscores shown as spaces) or the
        function's name. An external URL needs one.
    icon : str or None
        An emoji or a Material icon (``":material/home:"``) shown beside the title. ``None``
        (default) takes an emoji that starts the file's name, if any.
    url_path : str or None
        The page's name in the URL (in Voila, the part after ``#/``). ``None`` (default) takes
        the name inferred for the title (an external page: its title, sanitised). The default
        page has none. It may not contain ``/``.
    default : bool
        Whether this page shows when no other is asked for. Without one, the first page passed
        to ``st.navigation`` is the default. An external URL cannot be the default.
    visibility : "visible" or "hidden"
        ``"hidden"`` leaves the page out of the navigation menu; links, ``st.switch_page`` and
        its URL still reach it.
    help : str or None
        A tooltip shown on the page's entry in the navigation menu.

    Returns
    -------
    Page
        The page. ``st.navigation`` returns the one to show; call its ``.run()`` to show it.

    Example
    -------
    >>> import streamlit as st
    >>> def home():
    ...     st.title("Home")
    >>> pg = st.navigation([st.Page(home, icon=":material/home:"), st.Page("pages/report.py")])
    >>> pg.run()
    """

    def __init__(
        self,
        page: str | Path | Callable[[], None],
        *,
        title: str | None = None,
        icon: str | None = None,
        url_path: str | None = None,
        default: bool = False,
        visibility: Literal["visible", "hidden"] = "visible",
        help: str | None = None,
    ) -> None:
        self._default = default
        self._external_url: str | None = None
        if visibility not in ("visible", "hidden"):
            raise StreamlitValueError(
                "Invalid `visibility` value. Supported values: visible, hidden."
            )
        self._visibility = visibility
        self._help = _normalize_help(help)
        self._can_be_called = False
        if current_run() is None:
            # As Streamlit: a page made outside a running app (a helper module imported by a
            # plain cell, a test) is an inert object, its source neither resolved nor checked.
            return
        if _is_url(page):
            if title is None or not title.strip():
                raise _missing(
                    "title",
                    "External URL pages require a non-empty title. Please provide a title for "
                    f"the URL: {page}",
                )
            if default:
                raise StreamlitIncompatibleParametersError(
                    "`page=<external URL>` and `default=True` cannot be used together. "
                    "External URL pages cannot be set as the default page."
                )
            self._external_url = str(page)
            self._page: Path | Callable[[], None] | None = None
            self._title = title
            self._icon = check_icon(icon) or ""
            path = (_sanitize_url_path(title) if url_path is None else url_path).strip().strip("/")
            if not path:
                raise _missing(
                    "url_path",
                    "Provide a non-empty `url_path`, or omit it and provide a `title` that can "
                    "be converted to a valid URL path.",
                )
            _check_nested(path)
            self._url_path = path
            return
        inferred_name = inferred_icon = ""
        if isinstance(page, (str, Path)):
            if "\x00" in str(page):
                raise StreamlitAPIException(
                    "Unable to create Page. Page paths must not contain null bytes."
                )
            resolved = (Path(_location().main_dir) / Path(page)).resolve()
            if not resolved.is_file():
                raise StreamlitPageNotFoundError(
                    f"Unable to create Page. The file `{resolved.name}` could not be found."
                )
            page = resolved
            inferred_icon, inferred_name = page_icon_and_name(resolved)
        elif callable(page):
            if hasattr(page, "__name__"):
                inferred_name = str(page.__name__)
            elif title is None:
                raise _missing("title", "Streamlit cannot infer a title from this callable.")
        else:
            raise StreamlitInvalidParameterTypeError(
                "Invalid `page` type. Expected one of: str, Path, callable, st.Page. "
                f"Provided type: {type(page).__name__}."
            )
        self._page = page
        self._title = title or inferred_name.replace("_", " ")
        self._icon = check_icon(icon if icon is not None else inferred_icon or None) or ""
        if not self._title.strip():
            raise _missing("title", "It cannot be empty or consist of underscores/spaces only.")
        self._url_path = inferred_name
        if url_path is not None:
            stripped = url_path.strip().strip("/")
            if not stripped.strip() and not default:
                raise _missing("url_path", "It can only be empty for the default page.")
            self._url_path = stripped
            _check_nested(stripped)

    @property
    def title(self) -> str:
        """The page's title."""
        return self._title

    @property
    def icon(self) -> str:
        """The page's icon ("" for none)."""
        return self._icon

    @property
    def help(self) -> str:
        """The page's tooltip ("" for none)."""
        return self._help

    @property
    def url_path(self) -> str:
        """The page's name in the URL ("" for the default page)."""
        return "" if self._default else self._url_path

    @property
    def visibility(self) -> str:
        return self._visibility

    @property
    def is_external(self) -> bool:
        return self._external_url is not None

    @property
    def external_url(self) -> str | None:
        return self._external_url

    @property
    def _script_hash(self) -> str:
        return self._url_path

    def _script_path(self) -> str:
        return str(self._page) if isinstance(self._page, Path) else ""

    def run(self) -> None:
        """Show the page: run its function or its file. Only the page ``st.navigation``
        returned may be run, once per run of the app."""
        if not self._can_be_called:
            raise StreamlitAPIException(
                "This page cannot be called directly. Only the page returned from "
                "st.navigation can be called once."
            )
        self._can_be_called = False
        if self.is_external or self._page is None:
            return
        if isinstance(self._page, Path):
            ctx = require_run("Page.run")
            script = _page_script(self._page)
            script.execute({"__name__": "__main__", "__file__": str(self._page)}, ctx.st_module)
            return
        self._page()

    def __repr__(self) -> str:
        if not hasattr(self, "_title"):  # made outside a running app
            return "StreamlitPage()"
        return f"StreamlitPage(title={self._title!r}, url_path={self.url_path!r})"


StreamlitPage = Page

_SCRIPTS: dict[str, tuple[float, Script]] = {}


def _page_script(path: Path) -> Script:
    """A page file's compiled code, read again when the file changed."""
    mtime = path.stat().st_mtime
    cached = _SCRIPTS.get(str(path))
    if cached is None or cached[0] != mtime:
        cached = _SCRIPTS[str(path)] = (mtime, Script(path.read_text(encoding="utf-8"), str(path)))
    return cached[1]


def _normalize_help(help: str | None) -> str:
    if help is None:
        return ""
    import textwrap

    text = textwrap.dedent(str(help)).strip()
    return text if text.strip() else ""


def _as_page(value: Any) -> Page:
    if isinstance(value, Page):
        return value
    if isinstance(value, (str, Path)) or callable(value):
        return Page(value)
    raise StreamlitInvalidParameterTypeError(
        "Invalid `pages` type. Expected one of: str, Path, callable, st.Page. "
        f"Provided type: {type(value).__name__}."
    )


def navigation(
    pages: Sequence[Any] | Mapping[str, Sequence[Any]],
    *,
    position: Literal["sidebar", "hidden", "top"] = "sidebar",
    expanded: bool | int = False,
) -> Page:
    """Declare the pages of a multipage app and get the page to show.

    Call it once per run, in the body, before the page's content; call ``.run()`` on the page
    it returns. The page shown is the one the browser's URL names (in Voila, ``#/url_path``),
    the one last chosen in the menu, a link or ``st.switch_page``, else the default page.

    Parameters
    ----------
    pages : list or dict
        The pages: ``st.Page`` objects, or what ``st.Page`` takes (a file path, a function). A
        dict maps section titles to lists of pages; the menu shows each section under its title
        (``""``: no title).
    position : "sidebar", "top", or "hidden"
        Where the menu is drawn: at the top of the sidebar (default), in a bar above the page,
        or not at all (``st.page_link`` and ``st.switch_page`` still reach every page).
    expanded : bool or int
        How many entries the sidebar menu shows before a "View more" fold: ``False`` (default)
        shows up to 10, ``True`` shows all, an int that many (0 is the same as ``False``).

    Returns
    -------
    StreamlitPage
        The page to show; call its ``.run()``.

    Example
    -------
    >>> import streamlit as st
    >>> pg = st.navigation(
    ...     {"Your account": [st.Page("profile.py")], "Reports": [st.Page("sales.py")]}
    ... )
    >>> pg.run()
    """
    if not isinstance(position, str) or position not in ("sidebar", "hidden", "top"):
        raise StreamlitValueError(
            "Invalid `position` value. Supported values: 'sidebar', 'hidden', 'top'."
        )
    ctx = require_run("navigation")
    location: Location = ctx.location
    location.uses_pages_directory = bool(getattr(ctx, "pages_folder", False))
    return _navigation(ctx, location, pages, position, expanded)


def _navigation(ctx: Any, location: Location, pages: Any, position: str, expanded: Any) -> Page:
    if isinstance(pages, Mapping):
        sections = {str(h): [_as_page(p) for p in ps] for h, ps in pages.items()}
    elif isinstance(pages, Sequence) and not isinstance(pages, str):
        sections = {"": [_as_page(p) for p in pages]}
    else:
        sections = {"": [_as_page(pages)]}
    page_list = [p for ps in sections.values() for p in ps]
    if not page_list:
        raise _missing("pages", "Provide at least one `st.Page`.")
    if isinstance(expanded, bool):
        visible_items = 0
    elif isinstance(expanded, int):
        if expanded < 0:
            raise StreamlitValueError(
                "Invalid `expanded` value. Supported values: True, False, a non-negative "
                f"integer. Provided value: {expanded!r}."
            )
        visible_items = expanded
    else:
        raise StreamlitInvalidParameterTypeError(
            "Invalid `expanded` type. Expected one of: bool, int. Provided type: "
            f"{type(expanded).__name__}."
        )
    default = None
    for page in page_list:
        if page._default:
            if default is not None:
                raise StreamlitAPIException(
                    "Multiple Pages specified with `default=True`. At most one Page can be set "
                    "to default."
                )
            default = page
    if default is None:
        internal = [p for p in page_list if not p.is_external]
        if not internal:
            raise StreamlitAPIException(
                "At least one non-external page is required. External URL pages cannot be the "
                "default page."
            )
        default = internal[0]
        default._default = True
    seen: dict[str, tuple[str, Page]] = {}
    infos = []
    for header, section_pages in sections.items():
        for page in section_pages:
            if page._url_path in seen:
                raise _duplicate_url_path(seen[page._url_path], (header, page), location)
            seen[page._url_path] = (header, page)
            infos.append(
                PageInfo(
                    url_path=page.url_path,
                    own_url_path=page._url_path,
                    title=page.title,
                    icon=page.icon,
                    script_path=page._script_path(),
                    help=page.help,
                    external_url=page.external_url,
                )  # fmt: skip
            )
    location.pages = infos
    wanted = location.page or ""
    chosen = None
    for page in page_list:
        if not page.is_external and (page.url_path == wanted or page._url_path == wanted):
            chosen = page
            break
    if chosen is None or (wanted and chosen is default and wanted != default._url_path):
        chosen = default  # an unknown page: the default one, as Streamlit's "page not found"
    location.shown = chosen.url_path
    chosen._can_be_called = True
    entries = [
        {
            "section": header,
            "title": page.title,
            "icon": page.icon,
            "url_path": page.url_path,
            "external_url": page.external_url or "",
            "hidden": page.visibility == "hidden",
            "help": page.help,
            "current": page is chosen,
        }  # fmt: skip
        for header, section_pages in sections.items()
        for page in section_pages
    ]
    if position == "sidebar":
        from .options import get_option

        if get_option("client.showSidebarNavigation") is False:
            position = "hidden"  # Streamlit's option hides the sidebar's menu
    element = new_element(
        "navigation", entries=entries, position=position,
        expanded=expanded is True, visible_items=visible_items,
    )  # fmt: skip
    root = ctx.page_root()
    root.children[:] = [c for c in root.children if c.kind != "navigation"]  # the last call wins
    root.children.insert(0, element)
    return chosen


def _describe(page: Page, header: str, location: Location) -> str:
    if page.external_url is not None:
        text = f"external URL `{page.external_url}`"
    elif isinstance(page._page, Path):
        path = page._page
        main = Path(location.main_dir).resolve()
        if path.is_relative_to(main):
            path = path.relative_to(main)
        text = f"`{path}`"
    else:
        text = f'callable titled "{page.title}"'
    notes = []
    if header:
        notes.append(f'section "{header}"')
    if page.visibility == "hidden":
        notes.append("hidden")
    if page._default:
        notes.append("default page")
    return text + (f" ({', '.join(notes)})" if notes else "")


def _duplicate_url_path(
    first: tuple[str, Page], second: tuple[str, Page], location: Location
) -> StreamlitAPIException:
    note = (
        " The default page is served at the app root, but it still reserves this pathname."
        if first[1]._default or second[1]._default
        else ""
    )
    return StreamlitAPIException(
        f"Two pages resolve to the URL pathname `/{second[1]._url_path}`: "
        f"{_describe(first[1], first[0], location)} and "
        f"{_describe(second[1], second[0], location)}. Each page passed to `st.navigation` needs "
        "a unique URL pathname, including pages in different sections, hidden pages, and "
        "external URL pages. Streamlit infers the pathname from the filename, callable name, or "
        f"the title of an external URL page.{note} Set a unique `url_path` in `st.Page` for one "
        "of these pages."
    )


def _query_pairs(query_params: Any) -> list[tuple[str, str]]:
    """``query_params`` as Streamlit takes it: a mapping (a list value repeats the key), or
    an iterable of pairs."""
    if query_params is None:
        return []
    if isinstance(query_params, str):
        return parse_qsl(query_params.lstrip("?"), keep_blank_values=True)
    items = query_params.items() if isinstance(query_params, Mapping) else query_params
    pairs: list[tuple[str, str]] = []
    for key, value in items:
        if isinstance(value, (list, tuple)):
            pairs += [(str(key), str(v)) for v in value]
        else:
            pairs.append((str(key), str(value)))
    return pairs


def _registered(page: Page, location: Location) -> None:
    """Streamlit's check that a Page object is the one ``st.navigation`` registered."""
    info = next((i for i in location.pages or () if i.own_url_path == page._url_path), None)
    if info is None or page.is_external:
        return
    if isinstance(page._page, Path):
        if str(page._page) != info.script_path:
            source = info.script_path or "a callable"
            raise StreamlitAPIException(
                f"The page references `{page._page}`, but a different page is registered with "
                f"`st.navigation` for URL pathname `/{page.url_path}` (`{source}`). Pass the "
                "page object returned by `st.navigation` or re-create the page with the "
                "matching source."
            )
    elif callable(page._page) and info.script_path:
        raise StreamlitAPIException(
            f"The page is a callable, but a file-based page (`{info.script_path}`) is "
            f"registered with `st.navigation` for URL pathname `/{page.url_path}`. Pass the "
            "page object returned by `st.navigation` or re-create the page with the matching "
            "source."
        )


def _page_by_file(page: str, location: Location) -> PageInfo:
    if "\x00" in page:
        raise StreamlitAPIException("Page paths must not contain null bytes.")
    wanted = os.path.realpath(os.path.join(location.main_dir, page))
    for info in location.pages or ():
        if info.script_path and os.path.realpath(info.script_path) == wanted:
            return info
    raise _page_not_found(page, location)


def switch_page(page: str | Path | Page, *, query_params: Any = None) -> NoReturn:
    """Stop this run and run the app again on another page.

    Parameters
    ----------
    page : str, Path, or st.Page
        The page: an ``st.Page`` (the one passed to ``st.navigation``), or the path of its
        file relative to the app's script (``"pages/report.py"``).
    query_params : dict, list of pairs, or None
        The query parameters the new page starts with (a list value repeats the key). ``None``
        (default) starts it with none.

    Returns
    -------
    None
        It does not return: the run ends here.

    Example
    -------
    >>> import streamlit as st
    >>> if st.button("Go to the report"):
    ...     st.switch_page("pages/report.py", query_params={"year": 2024})
    """
    ctx = require_run("switch_page")
    if ctx.parallel_worker:
        raise StreamlitAPIException(
            "st.switch_page cannot be called from a fragment with parallel=True."
        )
    location: Location = ctx.location
    if isinstance(page, Page):
        if page.is_external:
            raise StreamlitAPIException(
                "Cannot use st.switch_page with external URL pages. Use st.page_link instead "
                "to create a link to external pages."
            )
        _registered(page, location)
        target = page.url_path
        info = location.page_by_path(target) or location.page_by_path(page._url_path)
        if info is not None:
            target = info.url_path
    else:
        target = _page_by_file(str(page), location).url_path
    location.navigate(target, _query_pairs(query_params))
    raise RerunException()


@st_function
def page_link(
    page: str | Path | Page,
    *,
    label: str | None = None,
    icon: str | None = None,
    icon_position: Literal["left", "right"] = "left",
    help: str | None = None,
    disabled: bool = False,
    use_container_width: bool | None = None,
    width: str | int = "content",
    query_params: Any = None,
) -> ElementHandle:
    """A link to another page of the app, or to an external page.

    A click on a link to a page of the app runs the app on that page, as a choice in the
    navigation menu does; a link to a URL opens it in a new tab.

    Parameters
    ----------
    page : str, Path, or st.Page
        The page: an ``st.Page``, the path of a page's file relative to the app's script, or
        an external URL (``http://``, ``https://``).
    label : str or None
        The link's text (Markdown, without images or headings). ``None`` (default) takes the
        page's title; an external URL needs one.
    icon : str or None
        An emoji or a Material icon shown beside the label. ``None`` (default) takes the
        page's icon.
    icon_position : "left" or "right"
        On which side of the label the icon is drawn.
    help : str or None
        A tooltip shown when the pointer rests on the link. ``None`` (default) takes the page's.
    disabled : bool
        Whether the link is greyed out and cannot be followed.
    use_container_width : bool or None
        Deprecated; ``True`` is ``width="stretch"``, ``False`` is ``width="content"``.
    width : "content", "stretch", or int
        The link's width: its content's (default), the container's, or that many pixels.
    query_params : dict, list of pairs, or None
        The query parameters the page opens with (a list value repeats the key).

    Returns
    -------
    element handle
        A handle to the element.

    Example
    -------
    >>> import streamlit as st
    >>> st.page_link("app.py", label="Home", icon="🏠")
    >>> st.page_link("pages/profile.py", label="Profile", query_params={"tab": "info"})
    >>> st.page_link("https://streamlit.io", label="Streamlit", icon="🌎")
    """
    if icon_position not in ("left", "right"):
        raise StreamlitValueError(
            "Invalid `icon_position` value. Supported values: 'left', 'right'."
        )
    if use_container_width is not None:
        width = "stretch" if use_container_width else "content"
    width = check_width(width)
    pairs = _query_pairs(query_params)
    location = _location()
    text = label_text(label) if label is not None else None
    mark = check_icon(icon) if icon is not None else None
    tip = _normalize_help(help) if help is not None else None
    external = ""
    target = ""
    if isinstance(page, Page):
        text = page.title if text is None else text
        mark = page.icon if mark is None else mark
        tip = page.help if tip is None else tip
        if page.is_external:
            external = page.external_url or ""
        else:
            _registered(page, location)
            info = location.page_by_path(page._url_path) if location.pages else None
            target = info.url_path if info is not None else page.url_path
    else:
        page = str(page)
        if _is_url(page):
            if not text:
                raise _missing("label", "Streamlit cannot infer a label for an external URL.")
            external = page
        else:
            info = _page_by_file(page, location)
            text = info.title if text is None else text
            tip = info.help if tip is None else tip
            target = info.url_path
    return handle(
        add(
            "page_link",
            label=text or "",
            icon=mark or "",
            icon_position=icon_position,
            help=tip or "",
            disabled=bool(disabled),
            width=width,
            page=target,
            external_url=external,
            query=urlencode(pairs),
        )  # fmt: skip
    )


_LOGO_SIZES = ("small", "medium", "large")


def logo(
    image: Any,
    *,
    size: Literal["small", "medium", "large"] = "medium",
    link: str | None = None,
    icon_image: Any = None,
) -> None:
    """Show a logo at the top of the app's sidebar (or, without a sidebar, above the page).

    Parameters
    ----------
    image : image, str, or Path
        The logo: what ``st.image`` takes (a file path, a URL, bytes, a PIL image, an array),
        or a Material icon (``":material/school:"``).
    size : "small", "medium", or "large"
        The logo's height: 20, 24 (default) or 32 pixels.
    link : str or None
        A URL the logo links to (opened in a new tab).
    icon_image : image, str, or None
        A smaller logo shown where there is no sidebar. ``None`` (default) uses ``image``.

    Returns
    -------
    None
        Nothing.

    Example
    -------
    >>> import streamlit as st
    >>> st.logo("images/logo.png", link="https://example.com", icon_image="images/icon.png")
    """
    ctx = require_run("logo")
    try:
        picture = _logo_source(image)
    except Exception as exc:
        raise StreamlitAPIException(_invalid_logo_text("image")) from exc
    if link and not re.match(r"^https?://", str(link)):
        raise StreamlitAPIException(
            f'"{link}" is not a valid URL. You must use a fully qualified domain beginning with '
            '"http://" or "https://".'
        )
    icon_picture = ""
    if icon_image:
        try:
            icon_picture = _logo_source(icon_image)
        except Exception as exc:
            raise StreamlitAPIException(_invalid_logo_text("icon_image")) from exc
    if not (isinstance(size, str) and size.lower() in _LOGO_SIZES):
        raise StreamlitValueError(
            "Invalid `size` value. Supported values: 'small', 'medium', 'large'."
        )
    element = new_element(
        "logo", image=picture, icon=icon_picture, size=size.lower(), link=link or ""
    )
    root = ctx.page_root()
    root.children[:] = [c for c in root.children if c.kind != "logo"]
    root.children.insert(0, element)


def _invalid_logo_text(field: str) -> str:
    return (
        f"The {field} passed to st.logo is invalid - See "
        "[documentation](https://docs.streamlit.io/develop/api-reference/media/st.logo) "
        "for more information on valid types"
    )


def _logo_source(image: Any) -> str:
    """A data URL, a web URL, or a Material icon's shortcode."""
    import base64

    from .media import image_source

    if isinstance(image, str) and image.startswith(":material/"):
        return check_icon(image) or ""
    data, fmt = image_source(image, clamp=False, channels="RGB", output_format="auto")
    if fmt == "url":
        return data.decode()
    return f"data:image/{fmt};base64,{base64.b64encode(data).decode()}"


class PagesFolderScript(Script):
    """A ``--file`` script with a ``pages/`` folder beside it: Streamlit's first multipage apps.

    Each run declares the script and the folder's ``*.py`` files (in Streamlit's order: a
    leading number first, then the name) as the app's pages, in the sidebar, and runs the one
    asked for; the script itself is the default page.
    """

    def __init__(self, source: str, filename: str) -> None:
        super().__init__(source, filename)
        self.pages_dir = Path(filename).resolve().parent / "pages"

    @staticmethod
    def applies(filename: str) -> bool:
        return (Path(filename).resolve().parent / "pages").is_dir()

    def execute(self, base: dict[str, Any], st_module: Any) -> dict[str, Any]:
        main = Path(self.filename).resolve()
        files = sorted(
            (
                p
                for p in self.pages_dir.glob("*.py")
                if not p.name.startswith(".") and p.name != "__init__.py"
            ),
            key=_sort_key,
        )
        ctx = require_run("navigation")
        ctx.location.uses_pages_directory = True
        main_page = Page(main, default=True)
        chosen = _navigation(ctx, ctx.location, [main_page, *map(Page, files)], "sidebar", False)
        if chosen is main_page:
            chosen._can_be_called = False
            return super().execute(base, st_module)
        chosen.run()
        return dict(base)


def script_for(source: str, filename: str) -> Script:
    """The Script of a ``--file`` app: with a ``pages/`` folder beside it, a multipage one."""
    if os.path.isfile(filename) and PagesFolderScript.applies(filename):
        return PagesFolderScript(source, filename)
    return Script(source, filename)


def navigation_element(tree: Element | None) -> Element | None:
    """The navigation menu of a page, if it has one."""
    return (
        next((c for c in (tree.children or ()) if c.kind == "navigation"), None) if tree else None
    )
