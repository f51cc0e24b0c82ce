"""Split one "who does it" cell into its lead and supporters: "Sở Tư pháp (chủ trì); Công an tỉnh (phối hợp)"."""

from __future__ import annotations

import re

from xa_planner.importing.ocr_repair import ocr_fold
from xa_planner.importing.sentence_leads import units_in_sentence

_ROLE_MARK = re.compile(r"\(\s*(chủ trì|chu tri|phối hợp|phoi hop)[^()]{0,20}\)", re.IGNORECASE)


def split_roles(text: str) -> tuple[str, str]:
    """(lead units, supporting units) of a cell that names both; (text, "") when it names one role."""
    if _ROLE_MARK.search(text):
        return _by_marks(text)
    if "phoi hop" in ocr_fold(text):
        sentence = units_in_sentence(text)
        if sentence and sentence.support:
            return sentence.lead, sentence.support
    return text, ""


def _by_marks(text: str) -> tuple[str, str]:
    """Each run of units takes the role marked after it; unmarked ones take the other role."""
    lead: list[str] = []
    support: list[str] = []
    unmarked: list[str] = []
    position = 0
    for mark in _ROLE_MARK.finditer(text):
        chunk = text[position : mark.start()].strip(" ,;.\n")
        if chunk:
            (support if ocr_fold(mark.group(1)).startswith("phoi") else lead).append(chunk)
        position = mark.end()
    rest = text[position:].strip(" ,;.\n")
    if rest:
        unmarked.append(rest)
    (support if lead else lead).extend(unmarked)
    return "; ".join(lead), "; ".join(support)
