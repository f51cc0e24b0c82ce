"""Tell sections that hold tasks from those that do not (purpose, targets, budget, organisation…)."""

from __future__ import annotations

from functools import lru_cache

from rapidfuzz import fuzz

from xa_planner.importing.ocr_repair import ocr_fold

# Headings whose content is not a list of tasks, as folded first words.
_NON_TASK = (
    "muc dich",
    "yeu cau",
    "muc tieu",
    "quan diem",
    "pham vi",
    "doi tuong",
    "can cu",
    "co so phap ly",
    "kinh phi",
    "nguon kinh phi",
    "to chuc thuc hien",
    "trach nhiem thuc hien",
    "che do thong tin",
    "che do bao cao",
    "thong tin bao cao",
    "ket qua thuc hien",
    "ket qua dat duoc",
    "danh gia",
    "tinh hinh",
    "thuc trang",
    "hien trang",
    "ton tai",
    "noi nhan",
    "dieu khoan thi hanh",
    "hieu luc",
)
_TASK_WORDS = ("nhiem vu", "giai phap", "phan cong", "noi dung")


@lru_cache(maxsize=2048)
def is_non_task_heading(text: str) -> bool:
    """Whether a heading opens a section without tasks ("I. MỤC ĐÍCH, YÊU CẦU", "V. KINH PHÍ")."""
    key = ocr_fold(text)
    if not key or len(key.split()) > 10 or any(word in key for word in _TASK_WORDS):
        return False
    key = key.removeprefix("ve ")
    return any(key.startswith(kw) or fuzz.ratio(key[: len(kw)], kw) >= 88 for kw in _NON_TASK)
