"""ImportDraft: the review screen's operations on a parsed plan, tested without Qt."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from xa_planner.importing.parsed_plan import DocumentInfo, ParsedPlan, ParsedTask
from xa_planner.services.import_draft import ImportDraft, join_units, split_units
from xa_planner.services.template_service import parse_plan

SEED = next((Path(__file__).parents[1] / "data" / "plans").glob("003_*.txt"))


def _task(ref: str, content: str, lead=("Công an tỉnh",), lines=(1, 2), **extra) -> ParsedTask:
    return ParsedTask(ref=ref, content=content, section="I. Nhiệm vụ", lead=list(lead), source_lines=lines, **extra)


@pytest.fixture
def draft() -> ImportDraft:
    tasks = [
        _task("1", "Rà soát dữ liệu dân cư. Cập nhật tài khoản định danh", lines=(3, 5)),
        _task("2", "Tuyên truyền", lead=("Sở Tư pháp",), lines=(6, 8), products="Báo cáo"),
        _task("3", "Kiểm tra", lines=(9, 9)),
    ]
    plan = ParsedPlan(DocumentInfo("12/KH-UBND", dt.date(2026, 1, 2), "UBND tỉnh", "Kế hoạch"), tasks, ["x"] * 10)
    return ImportDraft(plan, "kh.txt", "abc")


def test_a_new_draft_has_no_changes_and_copies_the_parsed_tasks(draft):
    assert not draft.changed
    draft.tasks[0].content = "khác"
    assert draft.to_template().tasks[0].content == "khác"


def test_splitting_at_the_cursor_makes_two_tasks_with_the_same_units(draft):
    at = draft.tasks[0].content.index("Cập nhật")

    new_index = draft.split(0, at)

    assert new_index == 1
    assert [t.content for t in draft.tasks[:2]] == ["Rà soát dữ liệu dân cư.", "Cập nhật tài khoản định danh"]
    assert draft.tasks[1].lead == ["Công an tỉnh"] and draft.tasks[1].ref == "1b"
    assert len(draft.tasks) == 4 and draft.changed


def test_splitting_at_an_end_is_refused(draft):
    with pytest.raises(ValueError):
        draft.split(0, 0)


def test_merging_joins_contents_units_products_and_source_lines(draft):
    draft.merge_with_next(0)

    merged = draft.tasks[0]
    assert merged.content.endswith("Tuyên truyền")
    assert merged.lead == ["Công an tỉnh", "Sở Tư pháp"]
    assert merged.products == "Báo cáo"
    assert merged.source_lines == (3, 8)
    assert len(draft.tasks) == 2


def test_the_last_task_has_nothing_to_merge_with(draft):
    with pytest.raises(IndexError):
        draft.merge_with_next(2)


def test_adding_inserts_an_empty_task_flagged_without_lead_in_the_same_section(draft):
    index = draft.add_after(0)

    assert index == 1 and draft.tasks[1].content == ""
    assert draft.tasks[1].section == "I. Nhiệm vụ"
    assert "no_lead" in draft.tasks[1].doubts


def test_empty_added_tasks_are_not_saved(draft):
    draft.add_after(2)
    assert len(draft.to_template().tasks) == 3


def test_dropping_and_moving_reorder_the_tasks(draft):
    draft.drop(1)
    assert [t.ref for t in draft.tasks] == ["1", "3"]
    assert draft.move(1, -1) == 0
    assert [t.ref for t in draft.tasks] == ["3", "1"]
    assert draft.move(0, -1) == 0


def test_editing_the_lead_clears_the_no_lead_doubt_and_records_the_text(draft):
    draft.tasks[2].lead, draft.tasks[2].doubts = [], ["no_lead"]

    draft.edit(2, lead=split_units("Công an tỉnh; UBND cấp xã"))

    assert draft.tasks[2].lead == ["Công an tỉnh", "UBND cấp xã"]
    assert draft.tasks[2].lead_text == "Công an tỉnh; UBND cấp xã"
    assert draft.tasks[2].doubts == []


def test_editing_the_time_frame_reads_the_due_date_again(draft):
    draft.edit(0, timeframe="Hoàn thành trước ngày 30/6/2026")
    assert draft.tasks[0].due == dt.date(2026, 6, 30)

    draft.edit(0, timeframe="lúc nào đó")
    assert draft.tasks[0].due is None and "timeframe_not_understood" in draft.tasks[0].doubts


def test_editing_the_content_follows_the_title_cut_from_it(draft):
    draft.tasks[1].title = "Tuyên truyền"
    draft.edit(1, content="Tuyên truyền trên loa")
    assert draft.tasks[1].title == "Tuyên truyền trên loa"


def test_an_edit_that_changes_nothing_leaves_the_draft_unchanged(draft):
    draft.edit(1, content="Tuyên truyền")
    assert not draft.changed


def test_unknown_fields_are_refused(draft):
    with pytest.raises(ValueError):
        draft.edit(0, due=None)


def test_document_fields_go_into_the_template(draft):
    draft.set_document(number="99/KH-UBND", date=None, issuer="UBND tỉnh Quảng Trị", title="KH mới")

    template = draft.to_template()

    assert (template.doc_number, template.doc_date, template.issuer, template.title) == (
        "99/KH-UBND", None, "UBND tỉnh Quảng Trị", "KH mới",
    )
    assert (template.source_name, template.source_sha256) == ("kh.txt", "abc")
    assert [t.position for t in template.tasks] == [0, 1, 2]


def test_units_text_round_trips():
    assert split_units(" A ;; B; ") == ["A", "B"]
    assert join_units(["A", "B"]) == "A; B"


def test_a_real_seed_survives_every_operation():
    parsed = parse_plan(SEED)
    draft = ImportDraft(parsed, SEED.name, "sha")
    draft.split(0, len(draft.tasks[0].content) // 2)
    draft.merge_with_next(3)
    draft.drop(5)
    draft.move(2, 1)
    assert len(draft.to_template().tasks) == len(parsed.tasks) - 1
    assert draft.source_text().count("\n") == len(parsed.source_lines) - 1
