"""Which heading of the source plan a commune task group is named after: not one that only introduces the task list."""

from __future__ import annotations

import re
from collections.abc import Sequence

from xa_planner.domain.plans import TemplateTask
from xa_planner.domain.text import fold

# "II.5.a Về…": the numbering a section heading starts with (its reference path)
_SECTION_REF = re.compile(r"^(?:[IVXLCDM]+|\d+|~\d+)(?:\.[^\s.]+)*$")
# The number or letter of a heading right under another ("2" of "II.2", "b" of "II.5.b")
_SUB_HEADING = re.compile(r"^(?:\d+|[a-zđ])$")
# Words of a heading that names the plan's task part rather than a subject ("II. NỘI DUNG VÀ
# PHÂN CÔNG NHIỆM VỤ", "NHIỆM VỤ, GIẢI PHÁP CHỦ YẾU", "TỔ CHỨC THỰC HIỆN", "CÁC NHIỆM VỤ CỤ THỂ")
_TASK_PART_WORDS = frozenset(
    ["nhiem", "vu", "noi", "dung", "phan", "cong", "giai", "phap", "cu", "the", "chu", "yeu", "trong", "tam", "diem", "va", "cac", "to", "chuc", "thuc", "hien", "trien", "khai", "ke", "hoach", "trach", "cua", "co", "quan", "don", "vi", "nganh", "dia", "phuong", "nam"]
)


_HEADING_WORDS = 20


def section_ref(section: str) -> str:
    """ "II.5.a" of "II.5.a Về đảm bảo nguồn nhân lực"; "" when the heading has no numbering."""
    first = section.split(maxsplit=1)[0] if section.strip() else ""
    return first if _SECTION_REF.match(first) else ""


def names_the_task_part(title: str) -> bool:
    """Whether a heading's words only say "here come the tasks" (no subject of its own)."""
    words = re.findall(r"[a-z]+", fold(title))
    return bool(words) and all(word in _TASK_PART_WORDS for word in words)


def introduces_task_list(section: str, tasks: Sequence[TemplateTask]) -> bool:
    """A heading whose only children are sub-sections and which names the task part: its
    sub-sections, not it, are the groups.  Its own tasks are then sub-section headings that
    carry their duty themselves ("2. Về dữ liệu" with its lead and deadline)."""
    ref = section_ref(section)
    if not ref or not names_the_task_part(section.split(maxsplit=1)[-1]):
        return False
    has_sub_sections = any(section_ref(t.section).startswith(ref + ".") for t in tasks)
    own = [t for t in tasks if t.section == section]
    return has_sub_sections and all(_is_sub_heading(t, ref) for t in own)


def _is_sub_heading(task: TemplateTask, ref: str) -> bool:
    """ "2. Về dữ liệu" over its duty's text: numbered right under *ref*, a title that is not
    the start of its text (a numbered sentence "4. Các bộ chủ trì…" is a task, not a heading)."""
    if not task.ref.startswith(ref + ".") or not _SUB_HEADING.match(task.ref[len(ref) + 1 :]):
        return False
    title = fold(task.title.rstrip("…").strip())
    return bool(title) and len(title.split()) <= _HEADING_WORDS and not fold(task.content).startswith(title)


def group_sections(tasks: Sequence[TemplateTask]) -> list[str]:
    """The heading each task is grouped under in the commune plan, in the tasks' order: its
    section, or its own heading when its section only introduces the task list."""
    intro = {s for s in {t.section for t in tasks} if introduces_task_list(s, tasks)}
    return [f"{t.ref} {t.title}".strip() if t.section in intro else t.section for t in tasks]
