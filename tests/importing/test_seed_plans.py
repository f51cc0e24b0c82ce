"""The four real plans: every task found, with the right lead, time frame and document facts."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.warning_words import warning_sentences

from .conftest import parsed_seed
from .seed_expectations import EXPECTED, expected_tasks


@pytest.mark.parametrize("stem", sorted(EXPECTED))
def test_every_seed_task_is_found_with_its_lead(stem):
    plan = parsed_seed(stem)
    found = [(task.ref, frozenset(task.lead)) for task in plan.tasks]
    assert found == expected_tasks(stem)


def test_ocr_plan_header_gives_number_date_and_issuer():
    document = parsed_seed("000").document
    assert document.number == "113/KH-UBND"
    assert document.date == dt.date(2026, 1, 30)
    assert document.issuer.lower().startswith("ủy ban nhân dân tinh")
    assert "2026" in document.title


def test_commune_plan_header_names_the_commune_as_issuer():
    document = parsed_seed("001").document
    assert (document.number, document.date) == ("1199/KH-UBND", dt.date(2026, 5, 25))
    assert document.issuer == "Ủy ban nhân dân xã Vĩnh Thủy"
    assert document.title.startswith("Triển khai thực hiện Đề án")


def test_plan_without_header_takes_its_issuer_from_the_text():
    assert parsed_seed("003").document.issuer == "Ủy ban nhân dân tỉnh Vĩnh Long"
    assert parsed_seed("004").document.issuer == "Ủy ban nhân dân tỉnh Hưng Yên"


def test_appendix_rows_split_over_page_breaks_are_joined():
    task = {t.ref: t for t in parsed_seed("001").tasks}["IV.2"]
    assert "Trước mắt, ưu tiên cắt giảm TTHC" in task.content
    assert task.due == dt.date(2026, 4, 30)
    assert "tái sử dụng CSDL đất đai" in task.products


def test_appendix_task_keeps_directing_documents_and_targets():
    task = {t.ref: t for t in parsed_seed("001").tasks}["III.1"]
    assert task.directing_docs.startswith("Quyết định số 06/QĐ-TTg")
    values = sorted(t.value for t in task.targets)
    assert values == [80.0, 81.0, 100.0]
    assert any("tài khoản định danh điện tử" in t.measures for t in task.targets if t.value == 81.0)


def test_labelled_fields_fill_support_and_timeframe():
    task = {t.ref: t for t in parsed_seed("003").tasks}["II.1.(2)"]
    assert task.support == ["Các sở, ban, ngành tỉnh", "UBND cấp xã"]
    assert task.timeframe.startswith("Hoàn thành trong Quý III/2025")
    assert task.due == dt.date(2025, 9, 30)


def test_lead_field_with_sub_items_names_each_unit():
    task = {t.ref: t for t in parsed_seed("003").tasks}["II.6.b.(2)"]
    assert {"Sở Y tế", "Sở Nội vụ", "Bảo hiểm xã hội tỉnh", "Sở Giáo dục và Đào tạo"} <= set(
        task.lead
    )
    assert task.recurrence == "continuous"


def test_paragraph_under_a_heading_is_the_task_of_that_heading():
    task = {t.ref: t for t in parsed_seed("003").tasks}["II.2"]
    assert task.title == "Về dữ liệu"
    assert task.content.startswith("Các sở, ban, ngành tỉnh, địa phương")
    assert "Nghị quyết số 57-NQ/TW" not in task.content  # the footnote is not part of the task


def test_tasks_under_a_lead_agency_heading_inherit_it_and_read_products_and_progress():
    task = parsed_seed("004").tasks[29]
    assert (task.ref, task.lead, task.lead_text) == ("IV.1.-1", ["Công an tỉnh"], "Công an tỉnh")
    assert task.products.startswith("Báo cáo định kỳ và đột xuất")
    assert task.recurrence == "monthly"


def test_general_tasks_without_units_are_flagged():
    tasks = [t for t in parsed_seed("004").tasks if t.ref.startswith("III.")]
    assert len(tasks) == 29
    assert all(t.confidence == "low" and "no_lead" in t.doubts for t in tasks)


def test_sections_without_tasks_are_skipped():
    contents = " ".join(t.content for t in parsed_seed("004").tasks)
    assert "Đến năm 2030, hoàn thiện nền tảng dữ liệu số" not in contents  # II. MỤC TIÊU
    assert "Kinh phí thực hiện Kế hoạch do ngân sách" not in contents  # V. KINH PHÍ
    assert not any(t.ref.startswith(("I.", "II.", "V.", "VI.")) for t in parsed_seed("004").tasks)


def test_repeated_section_numbers_are_kept_and_reported():
    plan = parsed_seed("004")
    assert [t.lead[0] for t in plan.tasks if t.ref == "IV.6.-1"] == ["Sở Xây dựng", "Sở Y tế"]
    assert any("IV.6.-1" in warning for warning in warning_sentences(plan))


def test_ocr_damaged_labels_are_recognised_and_flagged_as_guessed():
    task = {t.ref: t for t in parsed_seed("000").tasks}["II.2.c.-2.(1)"]
    assert task.lead == ["Sở Y tế", "Sở Nội vụ"]
    assert "Ngân hàng Nhà nước khu vực" in task.support
    assert "label_guessed" in task.doubts and task.confidence == "low"


def test_ocr_timeframes_are_understood():
    tasks = {t.ref: t for t in parsed_seed("000").tasks}
    assert tasks["II.2.a.-2"].recurrence == "event"  # "Khi c6 phat sinh"
    assert tasks["II.2.b.-4.(2)"].recurrence == "quarterly"  # "Dinh ky hang quy"
    assert tasks["II.2.b.-5.(3)"].timeframe.startswith("Tir Quy I nam 2026")


def test_source_lines_point_at_the_task_text():
    plan = parsed_seed("003")
    task = plan.tasks[0]
    start, end = task.source_lines
    assert plan.source_lines[start - 1].startswith("(1) Đối chiếu danh mục 154")
    assert plan.source_lines[end - 1].startswith("- Thời gian thực hiện: Thường xuyên")
