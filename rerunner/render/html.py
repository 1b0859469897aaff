"""The recipe of ``st.html``, and the sanitiser that stands in for Streamlit's DOMPurify.

Streamlit's front end passes ``st.html``'s body through DOMPurify with its HTML profile
(``USE_PROFILES: {html: true}``): the HTML tags and attributes below are kept, with ``data-``
and ``aria-`` attributes; everything else (``<script>``, ``on...`` handlers, SVG and MathML,
iframes, ``javascript:`` URLs) goes. rerunner does the same in the kernel with nh3 (the Rust
sanitiser ammonia, maintained, with an HTML5 parser as browsers parse), before the HTML is
sent, and draws the result in an ipywidgets HTML view. The tag and attribute lists are
DOMPurify's own (read off the DOMPurify that Streamlit 1.67 bundles).

``unsafe_allow_javascript=True``: Streamlit then also keeps ``<script>`` (with its ``src``,
``type``, ``async``...) and runs it; here the sanitised HTML goes into an Output widget as an
HTML output, which JupyterLab's and Voila's renderers show with its scripts run (outputs a
kernel sends are trusted). Event-handler attributes are still removed, as in Streamlit.
"""

from __future__ import annotations

import ipywidgets as w

from ..elements import Element
from .lib import Emit, recipe, sized_layout
from .textcache import text_cache
from .vdom import V

TAGS = frozenset("""
a abbr acronym address area article aside audio b bdi bdo big blink blockquote br button
canvas caption center cite code col colgroup content data datalist dd decorator del details dfn
dialog dir div dl dt element em fieldset figcaption figure font footer form h1 h2 h3 h4 h5 h6
header hgroup hr i img input ins kbd label legend li main map mark marquee menu menuitem meter
nav nobr ol optgroup option output p picture pre progress q rp rt ruby s samp search section
select shadow slot small source spacer span strike strong style sub summary sup table tbody td
template textarea tfoot th thead time tr track tt u ul var video wbr
""".split())  # fmt: skip

# ``rel`` is left out: every link gets rel="noopener noreferrer" (Streamlit adds it to links
# that open a new tab; here all links may, from inside a notebook).
ATTRIBUTES = frozenset("""
accept action align alt autocapitalize autocomplete autopictureinpicture autoplay background
bgcolor border capture cellpadding cellspacing checked cite class clear color cols colspan
command commandfor controls controlslist coords crossorigin datetime decoding default dir
disabled disablepictureinpicture disableremoteplayback download draggable enctype enterkeyhint
exportparts face for headers height hidden high href hreflang id inert inputmode integrity ismap
kind label lang list loading loop low max maxlength media method min minlength multiple muted
name nonce noshade novalidate nowrap open optimum part pattern placeholder playsinline popover
popovertarget popovertargetaction poster preload pubdate radiogroup readonly rev reversed role
rows rowspan spellcheck scope selected shape size sizes slot span srclang start src srcset step
style summary tabindex title translate type usemap valign value width wrap xmlns
""".split())  # fmt: skip

SCRIPT_ATTRIBUTES = frozenset(
    {"src", "type", "async", "defer", "nonce", "crossorigin", "referrerpolicy", "integrity"}
)
#: DOMPurify's URL schemes; ``data:`` only for the sources of media (``_keep``).
SCHEMES = frozenset(
    {"http", "https", "mailto", "tel", "callto", "sms", "cid", "xmpp", "matrix", "data"}
)
_DATA_URI_TAGS = frozenset({"audio", "video", "img", "source", "image", "track"})


def _keep(tag: str, attribute: str, value: str) -> str | None:
    """DOMPurify's two rules ammonia has no switch for."""
    if attribute == "target":  # kept for links that open a new tab, as Streamlit's hook keeps it
        return value if tag == "a" and value == "_blank" else None
    if value.lstrip()[:5].lower() == "data:" and not (tag in _DATA_URI_TAGS and attribute == "src"):
        return None
    return value


@text_cache(maxsize=256)
def sanitize(body: str, allow_javascript: bool = False) -> str:
    """``body`` with only what DOMPurify's HTML profile keeps (and scripts, if allowed)."""
    import nh3

    attributes: dict[str, set[str]] = {"*": set(ATTRIBUTES), "a": {"target"}}
    if allow_javascript:
        attributes["script"] = set(SCRIPT_ATTRIBUTES)
    return nh3.clean(
        body,
        tags=set(TAGS) | ({"script"} if allow_javascript else set()),
        clean_content_tags=set() if allow_javascript else {"script"},
        attributes=attributes,
        attribute_filter=_keep,
        generic_attribute_prefixes={"data-", "aria-"},
        url_schemes=set(SCHEMES),
        strip_comments=True,
    )


@recipe("html")
def html(el: Element, emit: Emit) -> V:
    p = el.props
    if p.style_only:  # only rules for the page: nothing to see, no room taken
        return V(w.HTML, {"value": sanitize(p.body), "_dom_classes": ("rr-html",)},
                 layout={"display": "none"})  # fmt: skip
    layout = sized_layout(p.width)
    if p.allow_javascript:
        output = {"output_type": "display_data", "data": {"text/html": sanitize(p.body, True)},
                  "metadata": {}}  # fmt: skip
        return V(w.Output, {"outputs": (output,), "_dom_classes": ("rr-html",)}, layout=layout)
    return V(w.HTML, {"value": sanitize(p.body), "_dom_classes": ("rr-html",)}, layout=layout)
