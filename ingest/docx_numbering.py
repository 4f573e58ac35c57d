"""The numbers Word draws in front of automatically numbered paragraphs ("Artikel 3.", "3.2", "(b)"), which are
not in the paragraph's text: rendered from numbering.xml, so that an agreement numbered by a multilevel list keeps
its article labels. Bullets come out as "•"; a paragraph style's numbering counts like the paragraph's own."""

from __future__ import annotations

from dataclasses import dataclass

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


@dataclass(frozen=True)
class _Level:
    start: int
    fmt: str
    text: str
    legal: bool  # "isLgl": every level's number in decimals ("1.2" under "Article I")


def _val(element, tag: str, default: str | None = None) -> str | None:
    child = element.find(f"{_W}{tag}") if element is not None else None
    return child.get(f"{_W}val", default) if child is not None else default


def _levels(abstract) -> dict[int, _Level]:
    levels = {}
    for lvl in abstract.iter(f"{_W}lvl"):
        levels[int(lvl.get(f"{_W}ilvl", "0"))] = _Level(
            int(_val(lvl, "start", "1") or 1), _val(lvl, "numFmt", "decimal") or "decimal",
            _val(lvl, "lvlText", "") or "", lvl.find(f"{_W}isLgl") is not None)
    return levels


_ROMAN = ((1000, "m"), (900, "cm"), (500, "d"), (400, "cd"), (100, "c"), (90, "xc"), (50, "l"), (40, "xl"),
          (10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i"))


def _roman(number: int) -> str:
    out = ""
    for value, numeral in _ROMAN:
        while number >= value:
            out, number = out + numeral, number - value
    return out


def _letters(number: int) -> str:
    # Word repeats the letter past z: 27 -> "aa"
    return chr(ord("a") + (number - 1) % 26) * ((number - 1) // 26 + 1) if number > 0 else ""


def format_number(number: int, fmt: str) -> str:
    """One level's number as Word writes it: decimal "3", upperRoman "III", lowerLetter "c", …"""
    if fmt == "decimalZero":
        return f"{number:02d}"
    if fmt in ("upperRoman", "lowerRoman"):
        return _roman(number).upper() if fmt == "upperRoman" else _roman(number)
    if fmt in ("upperLetter", "lowerLetter"):
        return _letters(number).upper() if fmt == "upperLetter" else _letters(number)
    if fmt in ("none", "bullet"):
        return ""
    return str(number)


class Numbering:
    """Renders the number of each numbered paragraph, in document order (counters run as Word runs them)."""

    def __init__(self, document) -> None:
        self._abstract: dict[str, dict[int, _Level]] = {}
        self._nums: dict[str, tuple[str, dict[int, int]]] = {}  # numId -> (abstractNumId, start overrides)
        self._style_num: dict[str, tuple[str, int]] = {}
        self._counters: dict[str, dict[int, int]] = {}
        try:
            root = document.part.numbering_part.element
        except (KeyError, NotImplementedError):
            root = None
        if root is not None:
            for abstract in root.iter(f"{_W}abstractNum"):
                self._abstract[abstract.get(f"{_W}abstractNumId")] = _levels(abstract)
            for num in root.iter(f"{_W}num"):
                overrides = {int(o.get(f"{_W}ilvl", "0")): int(_val(o, "startOverride", "1") or 1)
                             for o in num.iter(f"{_W}lvlOverride") if o.find(f"{_W}startOverride") is not None}
                self._nums[num.get(f"{_W}numId")] = (_val(num, "abstractNumId", "") or "", overrides)
        styles: dict[str, object] = {}
        for style in document.styles.element.iter(f"{_W}style"):
            styles.setdefault(style.get(f"{_W}styleId"), style)
        for style_id, style in styles.items():
            found = self._style_numbering(styles, style)
            if found:
                self._style_num[style_id] = found

    @staticmethod
    def _style_numbering(styles: dict, style, depth: int = 0) -> tuple[str, int] | None:
        """The numbering a style gives its paragraphs, its own or that of the style it is based on."""
        num_pr = style.find(f"{_W}pPr/{_W}numPr")
        if num_pr is not None and _val(num_pr, "numId"):
            return _val(num_pr, "numId") or "", int(_val(num_pr, "ilvl", "0") or 0)
        parent = styles.get(_val(style, "basedOn"))
        return Numbering._style_numbering(styles, parent, depth + 1) if parent is not None and depth < 10 else None

    def label(self, paragraph) -> str:
        """The number Word shows before the paragraph ("Artikel 3.", "2.1", "•"), or "" for none."""
        p_pr = paragraph.find(f"{_W}pPr")
        num_pr = p_pr.find(f"{_W}numPr") if p_pr is not None else None
        style = _val(p_pr, "pStyle") if p_pr is not None else None
        num_id, level = None, 0
        if num_pr is not None:
            num_id, level = _val(num_pr, "numId"), int(_val(num_pr, "ilvl", "0") or 0)
        elif style in self._style_num:
            num_id, level = self._style_num[style]
        if not num_id or num_id == "0" or num_id not in self._nums:
            return ""
        abstract_id, overrides = self._nums[num_id]
        levels = self._abstract.get(abstract_id, {})
        if level not in levels:
            return ""
        if levels[level].fmt == "bullet":
            return "•"
        first_use = abstract_id not in self._counters
        counters = self._counters.setdefault(abstract_id, {})
        if first_use:
            counters.update({lvl: start - 1 for lvl, start in overrides.items()})
        start = overrides.get(level, levels[level].start)
        counters[level] = counters.get(level, start - 1) + 1
        for deeper in [lvl for lvl in counters if lvl > level]:
            del counters[deeper]  # a new article restarts its parts
        text = levels[level].text
        for lvl in sorted(levels, reverse=True):  # %10 before %1
            if f"%{lvl + 1}" in text:
                value = counters.get(lvl, levels[lvl].start)
                fmt = "decimal" if levels[level].legal else levels[lvl].fmt
                text = text.replace(f"%{lvl + 1}", format_number(value, fmt))
        return text.strip()
