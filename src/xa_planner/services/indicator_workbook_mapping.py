"""Which sheet and columns of the provincial indicator workbook hold the commune and each indicator."""

from __future__ import annotations

import difflib
import re
from collections.abc import Sequence

from xa_planner.domain.indicator_workbook_mapping import ColumnChoice, WorkbookMapping
from xa_planner.domain.indicators import Indicator, IndicatorKind
from xa_planner.domain.text import fold
from xa_planner.importing.indicator_workbook_reader import WorkbookSheet

_COMMUNE_WORDS = ("xa", "phuong", "thi tran", "don vi", "dia ban")
_UNIT_PREFIXES = ("thi tran", "xa", "phuong", "dac khu")
_SUGGEST_AT = 0.6  # below this similarity a heading is not offered for an indicator
_YES = {"co", "dat", "x", "yes", "v", "da"}
_NO = {"khong", "chua", "chua dat", "no"}
_PLAIN = re.compile(r"^-?\d+(\.\d+)?$")
_GROUPED = re.compile(r"^-?\d{1,3}(\.\d{3})+$")



def _words(text: str) -> str:
    return " ".join(re.findall(r"[0-9a-z]+", fold(text)))


def suggest_mapping(sheet: WorkbookSheet, indicators: Sequence[Indicator]) -> WorkbookMapping:
    """The commune column by its heading, and each indicator's closest heading when close enough."""
    commune = next(
        (name for name in sheet.header if any(f" {w} " in f" {_words(name)} " for w in _COMMUNE_WORDS)),
        sheet.header[0] if sheet.header else "",
    )
    others = [name for name in sheet.header if name != commune]
    return WorkbookMapping(sheet.name, commune, _closest_pairs(indicators, others))


def _closest_pairs(indicators: Sequence[Indicator], headings: list[str]) -> dict[int, ColumnChoice]:
    """Each heading goes to the indicator it resembles most, best pairs first, when close enough."""
    scored = sorted(
        ((_similarity(indicator.name, heading), position, indicator.id, heading)
         for position, indicator in enumerate(indicators) if indicator.id is not None
         for heading in headings),
        key=lambda item: (-item[0], item[1]),
    )
    choices: dict[int, ColumnChoice] = {}
    for score, _position, indicator_id, heading in scored:
        if score < _SUGGEST_AT:
            break
        if indicator_id not in choices and all(c.value != heading for c in choices.values()):
            choices[indicator_id] = ColumnChoice(value=heading)
    return choices


def _similarity(name: str, heading: str) -> float:
    target, words = _words(name), _words(heading)
    score = difflib.SequenceMatcher(None, target, words).ratio()
    if words and (words in target or target in words):
        score = max(score, 0.8)
    return score


def commune_key(name: str) -> str:
    """ "Xã Vĩnh Thủy" and "vinh thuy" give the same key."""
    words = _words(name)
    for prefix in _UNIT_PREFIXES:
        if words.startswith(prefix + " "):
            return words[len(prefix) + 1 :]
    return words


def commune_row(sheet: WorkbookSheet, commune_column: str, commune_name: str) -> dict[str, str] | None:
    """The commune's row as heading → cell text, or None when no row names it."""
    if commune_column not in sheet.header or not commune_key(commune_name):
        return None
    column, wanted = sheet.header.index(commune_column), commune_key(commune_name)
    for row in sheet.rows:
        if commune_key(row[column]) == wanted:
            return dict(zip(sheet.header, row, strict=True))
    return None


def parse_number(text: str, kind: IndicatorKind = IndicatorKind.NUMBER) -> float | None:
    """A figure written Vietnamese-style ("1.234", "87,5", "87,5%"); None for an empty cell.

    ValueError when the cell holds something that is not a figure."""
    cleaned = "".join(text.replace("\u00a0", " ").split()).rstrip("%")
    if not cleaned:
        return None
    if kind is IndicatorKind.YES_NO and _words(text) in _YES | _NO:
        return 1.0 if _words(text) in _YES else 0.0
    if "," in cleaned and "." in cleaned:
        cleaned = cleaned.replace(".", "").replace(",", ".")
    elif cleaned.count(",") > 1:
        cleaned = cleaned.replace(",", "")
    elif "," in cleaned:
        cleaned = cleaned.replace(",", ".")
    elif _GROUPED.match(cleaned):
        cleaned = cleaned.replace(".", "")
    if not _PLAIN.match(cleaned):  # "nan", "1e9", words: not a figure an officer wrote
        raise ValueError(text)
    return float(cleaned)
