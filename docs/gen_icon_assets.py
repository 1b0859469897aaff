"""Copy the Material Symbols font into ``rerunner/assets/`` and list the icons it draws.

    npm pack @material-symbols/font-400@0.47.5 && tar xzf material-symbols-font-400-0.47.5.tgz
    python docs/gen_icon_assets.py package/            # needs fontTools and brotli (dev only)

The font is npm's ``@material-symbols/font-400`` (Google's Material Symbols, Apache-2.0, the
Rounded style that Streamlit draws its icons with, at weight 400), shipped unmodified. The
icon list (``material-symbols-rounded.codepoints``: one ``name codepoint`` a line) is read from
the font itself, from its ligatures, so rerunner accepts exactly the names it can draw; the
codepoint is the glyph's character in the Private Use Area, for text that cannot hold markup
(a button's label). rerunner reads only the list at run time, never the font's tables.
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


def main(package: Path) -> None:
    ASSETS.mkdir(exist_ok=True)
    shutil.copyfile(package / FONT, ASSETS / FONT)
    shutil.copyfile(package / "LICENSE", ASSETS / "LICENSE-material-symbols.txt")
    names = ligatures(package / FONT)
    lines = [f"{name} {code:x}" for name, code in sorted(names.items())]
    (ASSETS / "material-symbols-rounded.codepoints").write_text("\n".join(lines) + "\n")
    print(f"{len(names)} icons; font {(ASSETS / FONT).stat().st_size:,} bytes")


if __name__ == "__main__":
    main(Path(sys.argv[1]))
