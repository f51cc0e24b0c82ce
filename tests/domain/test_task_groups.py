"""Headings that only introduce the task list are not made groups of the commune plan; their sub-sections are."""

from __future__ import annotations

from xa_planner.domain.plans import TemplateTask
from xa_planner.domain.task_groups import group_sections, introduces_task_list, names_the_task_part


def _task(ref: str, section: str, title: str, content: str = "Sở Tư pháp chủ trì rà soát văn bản.") -> TemplateTask:
    return TemplateTask(ref=ref, content=content, section=section, title=title)


def _plan(heading: str, direct_title: str = "Về nguồn nhân lực",
          direct_content: str = "Sở Nội vụ chủ trì đào tạo cán bộ.") -> list[TemplateTask]:
    """ "III. <heading>" over "1. Về thể chế" (two numbered duties) and "2. <direct>" (a duty of its own)."""
    sub = "III.1 Về thể chế"
    return [
        _task("III.1.(1)", sub, "Rà soát văn bản"),
        _task("III.1.(2)", sub, "Sửa đổi quy chế"),
        _task("III.2", f"III {heading}", direct_title, direct_content),
    ]


def test_headings_naming_the_task_part_are_told_from_subjects():
    for heading in ("NỘI DUNG VÀ PHÂN CÔNG NHIỆM VỤ", "NHIỆM VỤ, GIẢI PHÁP CHỦ YẾU", "Các nhiệm vụ trọng tâm",
                    "TỔ CHỨC THỰC HIỆN", "NHIỆM VỤ CỤ THỂ", "PHÂN CÔNG NHIỆM VỤ"):
        assert names_the_task_part(heading), heading
    for heading in ("CẢI CÁCH THỦ TỤC HÀNH CHÍNH", "Về dữ liệu", "NHIỆM VỤ PHÁT TRIỂN CÔNG DÂN SỐ", ""):
        assert not names_the_task_part(heading), heading


def test_an_introducing_heading_gives_way_to_its_sub_sections_and_its_own_numbered_heading():
    # Given "III. NHIỆM VỤ VÀ GIẢI PHÁP" over sub-section 1 and a sub-section 2 that is itself a duty
    tasks = _plan("NHIỆM VỤ VÀ GIẢI PHÁP")
    # Then the groups are sub-section 1 and sub-section 2, never part III
    assert group_sections(tasks) == ["III.1 Về thể chế", "III.1 Về thể chế", "III.2 Về nguồn nhân lực"]


def test_a_heading_with_a_subject_stays_a_group_whatever_its_shape():
    tasks = _plan("CẢI CÁCH HÀNH CHÍNH")
    assert group_sections(tasks)[2] == "III CẢI CÁCH HÀNH CHÍNH"


def test_an_introducing_heading_over_a_numbered_sentence_is_kept_for_that_task():
    # "4. Các bộ chủ trì rà soát…" is a task written as a sentence, not a sub-section heading
    sentence = "Các sở chủ trì rà soát thủ tục hành chính"
    tasks = _plan("NHIỆM VỤ, GIẢI PHÁP", direct_title=sentence, direct_content=sentence + " đủ điều kiện.")
    assert not introduces_task_list("III NHIỆM VỤ, GIẢI PHÁP", tasks)
    assert group_sections(tasks)[2] == "III NHIỆM VỤ, GIẢI PHÁP"


def test_an_introducing_heading_without_sub_sections_stays_the_one_group():
    # "II. NHIỆM VỤ CỤ THỂ" over tasks 1., 2. and no sub-section: each task is no group of its own
    tasks = [_task("II.1", "II NHIỆM VỤ CỤ THỂ", "Về thể chế"), _task("II.2", "II NHIỆM VỤ CỤ THỂ", "Về dữ liệu")]
    assert group_sections(tasks) == ["II NHIỆM VỤ CỤ THỂ"] * 2
