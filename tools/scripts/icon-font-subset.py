"""Cuts the Material Icons ligature font down to the named icons (called by tools/scripts/icon-font.mjs --write).

usage: python3 icon-font-subset.py SOURCE.woff2 OUTPUT.woff2 name [name ...]

pyftsubset --text keeps every ligature whose letters are kept, and the icon names use nearly every letter, so the
ligature table is filtered first: only the ligatures spelling a listed name stay, then the subsetter drops every
glyph no longer reachable from the letters.
"""
import sys

from fontTools import subset
from fontTools.ttLib import TTFont


def main(source, output, names):
    font = TTFont(source)
    cmap = font.getBestCmap()
    wanted = {tuple(cmap[ord(c)] for c in name) for name in names}
    found = set()
    for lookup in font["GSUB"].table.LookupList.Lookup:
        if lookup.LookupType != 4:
            continue
        for table in lookup.SubTable:
            kept = {}
            for first, ligatures in table.ligatures.items():
                keep = [l for l in ligatures if (first, *l.Component) in wanted]
                found.update((first, *l.Component) for l in keep)
                if keep:
                    kept[first] = keep
            table.ligatures = kept
    absent = sorted("".join(n) for n in names if tuple(cmap[ord(c)] for c in n) not in found)
    if absent:
        sys.exit(f"not in the source font: {', '.join(absent)}")
    options = subset.Options()
    options.layout_features = ["*"]
    options.flavor = "woff2"
    options.hinting = False
    options.desubroutinize = True
    options.name_IDs = ["*"]
    options.notdef_outline = True
    subsetter = subset.Subsetter(options)
    subsetter.populate(text="".join(sorted(set("".join(names)))))
    subsetter.subset(font)
    font.flavor = "woff2"
    font.save(output)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2], sys.argv[3:])
