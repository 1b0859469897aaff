"""Copy the Material Symbols font into ``rerunner/assets/``, list the icons it draws, and list
the emoji shortcodes (``:smile:``) Markdown takes.

    npm pack @material-symbols/font-400@0.47.5 gemoji@8.1.0
    mkdir font gemoji
    tar xzf material-symbols-font-400-0.47.5.tgz -C font && tar xzf gemoji-8.1.0.tgz -C gemoji
    python docs/gen_icon_assets.py font/package gemoji/package  # needs fontTools and brotli

The font is npm's ``@material-symbols/font-400`` (Google's Material Symbols, Apache-2.0, the
Rounded style that Streamlit draws its icons with, at weight 400), shipped unmodified. The
icon list (``material-symbols-rounded.codepoints``: one ``name codepoint`` a line) is read from
the font itself, from its ligatures, so rerunner accepts exactly the names it can draw; the
codepoint is the glyph's character in the Private Use Area, for text that cannot hold markup
(a button's label). rerunner reads only the list at run time, never the font's tables.

The shortcodes (``emoji-shortcodes.txt``: ``name emoji`` a line) are GitHub's, from npm's
``gemoji`` (MIT), which Streamlit's Markdown (remark-emoji) also follows.
"""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

ASSETS = Path(__file__).resolve().parent.parent / "rerunner" / "assets"
FONT = "material-symbols-rounded.woff2"


def ligatures(font_path: Path) -> dict[str, int]:
    """Each icon name the font turns into a glyph, with that glyph's codepoint."""
    from fontTools.ttLib import TTFont  # dev-time only

    font = TTFont(font_path)
    cmap = font.getBestCmap()
    char_of = {glyph: chr(code) for code, glyph in cmap.items()}
    code_of = {glyph: code for code, glyph in cmap.items() if code >= 0xE000}
    names: dict[str, int] = {}
    for lookup in font["GSUB"].table.LookupList.Lookup:
        for sub in lookup.SubTable:
            sub = getattr(sub, "ExtSubTable", sub)
            for first, ligs in getattr(sub, "ligatures", {}).items():
                for lig in ligs:
                    name = "".join(char_of.get(g, "\0") for g in [first, *lig.Component])
                    if "\0" not in name and lig.LigGlyph in code_of:
                        names[name] = code_of[lig.LigGlyph]
    return names


def shortcodes(gemoji: Path) -> dict[str, str]:
    """GitHub's emoji shortcodes: name -> emoji, from gemoji's ``index.js``."""
    import re

    text = (gemoji / "index.js").read_text(encoding="utf-8")
    found = {}
    for emoji, names in re.findall(r"emoji: '([^']+)',\s*names: \[([^\]]*)\]", text):
        for name in re.findall(r"'([^']+)'", names):
            found.setdefault(name, emoji)
    return found


def main(package: Path, gemoji: Path) -> None:
    ASSETS.mkdir(exist_ok=True)
    shutil.copyfile(package / FONT, ASSETS / FONT)
    shutil.copyfile(package / "LICENSE", ASSETS / "LICENSE-material-symbols.txt")
    names = ligatures(package / FONT)
    lines = [f"{name} {code:x}" for name, code in sorted(names.items())]
    (ASSETS / "material-symbols-rounded.codepoints").write_text("\n".join(lines) + "\n")
    print(f"{len(names)} icons; font {(ASSETS / FONT).stat().st_size:,} bytes")
    codes = shortcodes(gemoji)
    lines = [f"{name} {emoji}" for name, emoji in sorted(codes.items())]
    (ASSETS / "emoji-shortcodes.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")
    shutil.copyfile(gemoji / "license", ASSETS / "LICENSE-gemoji.txt")
    print(f"{len(codes)} emoji shortcodes")


if __name__ == "__main__":
    main(Path(sys.argv[1]), Path(sys.argv[2]))
