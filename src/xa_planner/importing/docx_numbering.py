"""Rebuild the automatic numbering of Word paragraphs ("1.", "a)", "-") from numbering.xml."""

from __future__ import annotations

from xml.etree.ElementTree import Element

from xa_planner.domain.roman_numerals import roman

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_LETTERS = "abcdefghijklmnopqrstuvwxyz"


def format_number(n: int, fmt: str) -> str:
    if fmt == "upperRoman":
        return roman(n)
    if fmt == "lowerRoman":
        return roman(n).lower()
    if fmt in ("lowerLetter", "upperLetter"):
        letter = _LETTERS[(n - 1) % 26]
        return letter.upper() if fmt == "upperLetter" else letter
    return str(n)


class NumberingResolver:
    """Counters per list and level; ``marker(numId, ilvl)`` gives the next paragraph's number text."""

    def __init__(self, root: Element | None) -> None:
        self._levels: dict[str, dict[int, tuple[str, str, int]]] = {}
        self._abstract_of: dict[str, str] = {}
        self._counters: dict[str, dict[int, int]] = {}
        if root is not None:
            self._load(root)

    def _load(self, root: Element) -> None:
        for abstract in root.iter(f"{W}abstractNum"):
            levels = {}
            for lvl in abstract.iter(f"{W}lvl"):
                fmt = lvl.find(f"{W}numFmt")
                text = lvl.find(f"{W}lvlText")
                start = lvl.find(f"{W}start")
                levels[int(lvl.get(f"{W}ilvl", "0"))] = (
                    fmt.get(f"{W}val", "decimal") if fmt is not None else "decimal",
                    text.get(f"{W}val", "") if text is not None else "",
                    int(start.get(f"{W}val", "1")) if start is not None else 1,
                )
            self._levels[abstract.get(f"{W}abstractNumId", "")] = levels
        for num in root.iter(f"{W}num"):
            ref = num.find(f"{W}abstractNumId")
            if ref is not None:
                self._abstract_of[num.get(f"{W}numId", "")] = ref.get(f"{W}val", "")

    def marker(self, num_id: str, ilvl: int) -> str:
        abstract = self._abstract_of.get(num_id)
        levels = self._levels.get(abstract or "", {})
        if ilvl not in levels or not (0 <= ilvl < 10):
            return ""
        fmt, text, start = levels[ilvl]
        if fmt == "bullet":
            return "-"
        counters = self._counters.setdefault(abstract or "", {})
        counters[ilvl] = counters.get(ilvl, start - 1) + 1
        for deeper in [lvl for lvl in counters if lvl > ilvl]:
            del counters[deeper]
        for lvl in range(ilvl + 1):
            fmt_lvl, _, start_lvl = levels.get(lvl, ("decimal", "", 1))
            text = text.replace(f"%{lvl + 1}", format_number(counters.get(lvl, start_lvl), fmt_lvl))
        return text


def style_numbering(root: Element | None) -> dict[str, tuple[str, int]]:
    """Paragraph style id → (numId, ilvl) for list styles such as "List Number", following basedOn."""
    if root is None:
        return {}
    own: dict[str, tuple[str, int]] = {}
    based_on: dict[str, str] = {}
    for style in root.iter(f"{W}style"):
        style_id = style.get(f"{W}styleId", "")
        num_pr = style.find(f"{W}pPr/{W}numPr")
        num_id = num_pr.find(f"{W}numId") if num_pr is not None else None
        if num_pr is not None and num_id is not None:
            ilvl = num_pr.find(f"{W}ilvl")
            level = ilvl.get(f"{W}val", "0") if ilvl is not None else "0"
            own[style_id] = (
                num_id.get(f"{W}val", ""),
                int(level) if level.isdigit() else 0,
            )
        parent = style.find(f"{W}basedOn")
        if parent is not None:
            based_on[style_id] = parent.get(f"{W}val", "")
    resolved = {}
    for style_id in set(own) | set(based_on):
        current, seen = style_id, set()
        while current and current not in own and current not in seen:
            seen.add(current)
            current = based_on.get(current, "")
        if current in own:
            resolved[style_id] = own[current]
    return resolved
