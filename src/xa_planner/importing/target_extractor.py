"""Find numeric targets in task text: "tối thiểu 81% công dân … có tài khoản định danh điện tử"."""

from __future__ import annotations

import re

from xa_planner.domain.plans import Target
from xa_planner.domain.text import fold

_CLAUSES = re.compile(r"(?<!\d)[.;](?!\d)|\n|\s-\s")
_PERCENT = re.compile(r"(\d{1,3}(?:[.,]\d+)?)(?:\s*[-–]\s*\d{1,3}(?:[.,]\d+)?)?\s*%")
_COUNT = re.compile(
    r"\b(?:tối thiểu|ít nhất|đạt|phấn đấu|hoàn thành|thu nhận|cấp|tổ chức)\s+(\d{1,3}(?:[.]\d{3})*|\d+)\s+"
    r"(hồ sơ|tài khoản|người|công dân|cơ sở|thủ tục|dịch vụ|lượt|buổi|lớp|tin|bài|hộ|doanh nghiệp|"
    r"mô hình|cuộc|đợt|thẻ|điểm|trường|xã|thôn)\b",
    re.IGNORECASE,
)
_AFTER_STOP = re.compile(
    r"^(?:trở lên|trên tổng|trên|trong|so với|vào|đến|và|\)|\(|,|$)", re.IGNORECASE
)
_BEFORE_TRIM = re.compile(
    r"\s*(?:đạt|là|đạt từ|từ|tối thiểu|ít nhất|lên|khoảng|trên)\s*$", re.IGNORECASE
)
_AT_MOST = re.compile(r"\b(?:khong qua|toi da|duoi|giam xuong|thap hon)\b")


def _number(text: str) -> float | None:
    try:
        return float(text.replace(",", "."))
    except ValueError:
        return None


def _measure_before(before: str) -> str:
    lowered = before.lower()
    start = max(lowered.rfind("tỷ lệ"), lowered.rfind("tỉ lệ"))
    phrase = before[start:] if start >= 0 else before[-120:]
    return _BEFORE_TRIM.sub("", phrase).strip(" ,:")


def _percent_targets(clause: str) -> list[Target]:
    targets = []
    for match in _PERCENT.finditer(clause):
        after = clause[match.end() :].strip()
        if _AFTER_STOP.match(after):
            measures = _measure_before(clause[: match.start()])
        else:
            measures = re.split(r"\(|:", after, maxsplit=1)[0].strip(" ,")
        direction = "<=" if _AT_MOST.search(fold(clause[: match.start()])) else ">="
        targets.append(
            Target(clause.strip()[:300], _number(match.group(1)), "%", measures[:200], direction)
        )
    return targets


def _count_targets(clause: str) -> list[Target]:
    targets = []
    for match in _COUNT.finditer(clause):
        value = _number(match.group(1).replace(".", ""))
        measures = (match.group(2) + clause[match.end() :].split(",")[0]).strip()
        targets.append(Target(clause.strip()[:300], value, match.group(2), measures[:200]))
    return targets


def extract_targets(*texts: str) -> list[Target]:
    """Every percentage or counted target in the texts, once each."""
    found: list[Target] = []
    seen: set[tuple] = set()
    for text in texts:
        for clause in _CLAUSES.split(text or ""):
            for target in _percent_targets(clause) + _count_targets(clause):
                key = (target.value, target.unit, fold(target.measures))
                if key not in seen:
                    seen.add(key)
                    found.append(target)
    return found
