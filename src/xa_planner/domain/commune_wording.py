"""Sentences in the province's voice ("Các sở, ban, ngành tỉnh…", "Tham mưu UBND tỉnh…") and their commune wording."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from xa_planner.domain.plans import PlanTask

_BODY = r"(?:UBND|Ủy ban nhân dân|Uỷ ban nhân dân|Chủ tịch UBND|Chủ tịch Ủy ban nhân dân)"
# (what the province says, what the commune says instead); {unit} is "xã" or "phường".  Only
# the province speaking of itself changes: a cited "Kế hoạch của UBND tỉnh" or "Công an tỉnh"
# as a partner stays as written, and so does a province named ("trên địa bàn tỉnh Vĩnh Long").
_REWORDINGS = (
    (r"\bcác sở, ban, ngành(?: tỉnh)?(?:, (?:các )?địa phương)?", "các cơ quan, đơn vị"),
    (r"\bcác sở, ngành(?: tỉnh)?(?:, (?:các )?địa phương)?", "các cơ quan, đơn vị"),
    (r"\bcác ngành, (?:các )?địa phương", "các cơ quan, đơn vị"),
    (rf"\b(tham mưu(?: cho)?|đề xuất|báo cáo(?: về)?) ({_BODY}) tỉnh\b", r"\1 \2 {unit}"),
    (r"\btrên địa bàn (?:toàn )?tỉnh\b", "trên địa bàn {unit}"),
    (r"\btoàn tỉnh\b", "toàn {unit}"),
    (r"\bcủa tỉnh\b", "của {unit}"),
)
_NEXT_WORD = re.compile(r"\s+(\w)")
# What the rewording can leave doubled: "các cơ quan, đơn vị và các cơ quan, đơn vị có liên quan".
_DOUBLED = re.compile(r"\b(các cơ quan, đơn vị)(?:,| và) (?:các cơ quan, )?đơn vị\b", re.IGNORECASE)


@dataclass(frozen=True)
class WordingSuggestion:
    """A task's text in the commune's voice, and the province's phrases it replaces (as written)."""

    text: str
    phrases: tuple[str, ...]
    original: str = ""  # the text as the province wrote it


def _keeping_case(original: str, replacement: str) -> str:
    return replacement[:1].upper() + replacement[1:] if original[:1].isupper() else replacement


def commune_wording(content: str, unit_kind: str = "xã") -> WordingSuggestion | None:
    """*content* reworded for the commune, or None when it is not in the province's voice."""
    text, phrases = content or "", []
    for pattern, template in _REWORDINGS:
        replacement = template.replace("{unit}", unit_kind)

        def _reworded(match: re.Match[str], replacement: str = replacement) -> str:
            following = _NEXT_WORD.match(match.string, match.end())
            if following and following.group(1).isupper():  # "… tỉnh Vĩnh Long": a name, kept
                return match.group(0)
            phrases.append(match.group(0))
            return _keeping_case(match.group(0), match.expand(replacement))

        text = re.sub(pattern, _reworded, text, flags=re.IGNORECASE)
    if not phrases:
        return None
    in_order = sorted(dict.fromkeys(phrases), key=lambda phrase: content.find(phrase))
    return WordingSuggestion(_DOUBLED.sub(r"\1", text), tuple(in_order), content)


def wording_suggestions(tasks: Iterable[PlanTask], unit_kind: str = "xã") -> dict[int, WordingSuggestion]:
    """The commune wording of every task in the province's voice, by the task's source id."""
    found = {}
    for task in tasks:
        if task.source_task_id is not None and (wording := commune_wording(task.content, unit_kind)):
            found[task.source_task_id] = wording
    return found
