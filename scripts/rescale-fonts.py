#!/usr/bin/python3
"""
Writes the document fonts that templates/styles/fonts.css names into templates/fonts/: the
@fontsource packages' files, at 2,048 units per em (Debian: python3-fonttools, python3-brotli).
Run it after changing the @fontsource versions or the faces fonts.css names:

    /usr/bin/python3 scripts/rescale-fonts.py

Why: Noto has 1,000 units per em, so at most sizes a glyph's advance is no binary fraction, and
Chromium's PDF writer, seeing positions that differ from its own sums by a rounding error, places
every glyph with an operator of its own. At 2,048 units per em the advances are exact and text is
written in runs: about a third of the page content to compress, read and finish
(docs/BENCHMARKS.md). The outlines, metrics, kerning and ligatures are scaled with it (fontTools'
scaleUpem), so the pages look the same.
"""
import pathlib
import re

from fontTools.ttLib import TTFont
from fontTools.ttLib.scaleUpem import scale_upem

root = pathlib.Path(__file__).resolve().parent.parent
css = root / "templates" / "styles" / "fonts.css"
out = root / "templates" / "fonts"
out.mkdir(exist_ok=True)

names = re.findall(r"url\('\.\./fonts/([\w-]+\.woff2)'\)", css.read_text())
for name in sorted(set(names)):
    family = re.match(r"(noto-(?:sans|serif))-", name)
    source = family and root / "node_modules" / "@fontsource" / family.group(1) / "files" / name
    if not source or not source.exists():
        print(f"{name}: not an @fontsource Noto file, left as it is")
        continue
    font = TTFont(source)
    if font["head"].unitsPerEm != 2048:
        scale_upem(font, 2048)
    font.flavor = "woff2"
    font.save(out / name)
    print(f"{name}: {font['head'].unitsPerEm} units per em")
