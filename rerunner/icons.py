"""Icons as Streamlit takes them: a single emoji, ``:material/name:``, or ``"spinner"``.

This module is data: which Material Symbols names exist (the ones the font shipped in
``rerunner/assets/`` draws, read from its ``.codepoints`` list on first use), the emoji
shortcodes Markdown knows, and Streamlit's checks of an ``icon=`` value, with its error texts. Drawing them (the font, the glyph spans) is
``render/icons.py``'s.
"""

from __future__ import annotations

import functools
import re
import unicodedata

from .errors import StreamlitAPIException

#: ``:material/name:`` inside Markdown or a label (names are lowercase, digits and ``_``).
MATERIAL = re.compile(r":material/([a-z0-9_]+):")

_HINT = "Please use a single emoji or a Material icon shortcode like `:material\u200b/thumb_up:`."
_SHORTCODE = re.compile(r":[a-zA-Z0-9_+-]+:")


@functools.cache
def codepoints() -> dict[str, str]:
    """Every Material icon name the shipped font draws, with its character (Private Use Area)."""
    from importlib.resources import files

    text = files("rerunner").joinpath("assets/material-symbols-rounded.codepoints").read_text()
    return {name: chr(int(code, 16)) for name, code in (line.split() for line in text.splitlines())}


@functools.cache
def shortcodes() -> dict[str, str]:
    """GitHub's emoji shortcodes (``smile`` -> ``😄``), which Markdown turns into emoji."""
    from importlib.resources import files

    text = files("rerunner").joinpath("assets/emoji-shortcodes.txt").read_text(encoding="utf-8")
    return dict(line.split(" ", 1) for line in text.splitlines())


def is_material_name(name: str) -> bool:
    return name in codepoints()


def check_icon(icon: object) -> str | None:
    """``icon`` as Streamlit's ``validate_icon_or_emoji`` normalises it (stripped; ``None`` for
    none), or Streamlit's error for a value that is not an icon."""
    if icon is None:
        return None
    if not isinstance(icon, str):
        from .errors import StreamlitInvalidParameterTypeError

        raise StreamlitInvalidParameterTypeError(
            f"Invalid `icon` type. Expected one of: str, None. Provided type: {type(icon).__name__}."
        )
    icon = icon.strip()
    if not icon:
        return None
    if icon == "spinner":
        return icon
    if icon.startswith(":"):
        if icon.lower().startswith(":material"):
            return check_material(icon)
        if _SHORTCODE.fullmatch(icon):
            raise StreamlitAPIException(
                f'The value "{icon}" is not a valid icon. Emoji shortcodes are not supported. '
                + _HINT
            )
    if "://" in icon or icon[:5].lower() == "data:" or icon.startswith("//"):
        shown = icon if len(icon) <= 60 else f"{icon[:60]}…"
        raise StreamlitAPIException(
            f'The value "{shown}" looks like a URL. Images are not supported for `icon`. {_HINT} '
            "To follow support for image icons, see "
            "https://github.com/streamlit/streamlit/issues/9770."
        )
    if icon.isascii():
        raise StreamlitAPIException(f'The value "{icon}" is not a valid icon. {_HINT}')
    if not is_emoji(icon):
        raise StreamlitAPIException(
            f'The value "{icon}" is not a valid emoji. Please use a single emoji.'
        )
    return icon


def check_material(icon: str) -> str:
    """``:material/name:`` normalised, or Streamlit's error naming the value."""
    match = re.match(r"^\s*:(.+)/(.+):\s*$", icon)
    shown = icon.replace("/", "\u200b/")
    hint = "Please use a Material icon shortcode like **`:material\u200b/thumb_up:`**"
    if match is None:
        raise StreamlitAPIException(f'The value `"{shown}"` is not a valid Material icon. {hint}')
    pack, name = match.groups()
    if pack != "material" or not is_material_name(name):
        raise StreamlitAPIException(f'The value `"{shown}"` is not a valid Material icon. {hint}.')
    return f":material/{name}:"


def material_name(icon: str | None) -> str | None:
    """The icon's Material name, for an icon written ``:material/name:``."""
    if icon and icon.startswith(":material/") and icon.endswith(":"):
        return icon[len(":material/") : -1]
    return None


# Characters an emoji is made of besides pictographs: joiners, variation selectors, skin tones,
# keycaps and the tags of subdivision flags.
_JOINING = {"\ufe0f", "\ufe0e", "\u20e3"}


def is_emoji(text: str) -> bool:
    """Whether ``text`` is one emoji (a pictograph, possibly toned, joined, a keycap or a flag).

    Streamlit looks the text up in its emoji catalogue; this asks Unicode instead. Each part
    between zero-width joiners is one picture: a symbol (``So``), a character asking for emoji
    presentation (``U+FE0F`` after it), a keycap or a pair of regional indicators (a flag),
    followed only by skin tones, variation selectors or tags. (A symbol that is not an emoji,
    such as ``★``, passes here; Streamlit refuses it.)
    """
    if not text or len(text) > 12:
        return False
    return all(_one_picture(part) for part in text.split("\u200d"))


def _one_picture(part: str) -> bool:
    if not part:
        return False
    first, rest = part[0], part[1:]
    if 0x1F1E6 <= ord(first) <= 0x1F1FF:  # a flag: two regional indicators
        return len(rest) == 1 and 0x1F1E6 <= ord(rest) <= 0x1F1FF
    picture = (
        unicodedata.category(first) == "So"
        # emoji newer than this Python's Unicode tables
        or (0x1F000 <= ord(first) <= 0x1FAFF and unicodedata.category(first) == "Cn")
        or rest[:1] == "\ufe0f"
        or (first in "0123456789#*" and "\u20e3" in rest)
    )
    return picture and all(
        ch in _JOINING or 0x1F3FB <= ord(ch) <= 0x1F3FF or 0xE0020 <= ord(ch) <= 0xE007F
        for ch in rest
    )


def leading_icon(text: str) -> tuple[str, str]:
    """``(icon, rest)`` for a text that starts with an emoji or a Material icon, as Streamlit's
    alerts lift it out of their body (the separator after it, spaces, ``-`` or ``_``,
    dropped); ``("", text)`` otherwise."""
    if text.startswith(":material"):
        match = re.match(r"^(:[^:]+:)\s*(.*)", text, re.DOTALL)
        if match:
            try:
                return check_material(match.group(1)), match.group(2)
            except StreamlitAPIException:
                pass
    if not text or text.isascii():
        return "", text
    for end in range(min(len(text), 12), 0, -1):  # the longest emoji first
        if is_emoji(text[:end]):
            return text[:end], text[end:].lstrip("_ -")
    return "", text
