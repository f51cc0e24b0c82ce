"""Plans of the shapes communes receive (national plans, party plans, text tables, inline duties…): tasks and leads."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from functools import cache

import pytest

from tests.warning_words import warning_sentences
from xa_planner.importing import ParsedPlan, parse_plan_bytes, parse_plan_file

from .shape_expectations import SHAPE_TRUTH, SHAPES, damaged_copies, scores


@cache
def parsed(name: str) -> ParsedPlan:
    return parse_plan_file(SHAPES / name)


def _task(name: str, opening: str):
    return next(t for t in parsed(name).tasks if opening in t.content)


@pytest.mark.parametrize("name", sorted(SHAPE_TRUTH))
def test_each_plan_shape_gives_its_tasks_with_their_leads(name):
    # Given a plan written in one of the shapes, when it is read
    precision, recall, f1 = scores(parsed(name), SHAPE_TRUTH[name])
    # Then its tasks are found with the right leads
    assert f1 >= 0.9, f"{name}: precision {precision:.2f}, recall {recall:.2f}"


@pytest.mark.parametrize("name", sorted(SHAPE_TRUTH))
def test_each_plan_shape_survives_ocr_damage_and_broken_lines(name):
    # Given copies of the plan as OCR without its accents (and a scanner's line breaks) leave it
    for how, text in damaged_copies(name):
        # When each is read, then its tasks are still found with their leads
        precision, recall, f1 = scores(
            parse_plan_bytes(text.encode(), name), SHAPE_TRUTH[name], damaged=True
        )
        assert f1 >= 0.9, f"{name} ({how}): precision {precision:.2f}, recall {recall:.2f}"


def test_a_lead_and_its_supporters_are_read_from_the_sentence():
    task = _task("national_sentence_leads.txt", "hướng dẫn các bộ,")
    assert task.lead == ["Bộ Khoa học và Công nghệ"]
    assert task.support_written == ["Bộ Công an", "Ban Cơ yếu Chính phủ"]
    assert "no_lead" not in task.doubts


def test_national_bodies_and_collectives_stay_as_the_plan_names_them():
    commerce = _task("national_sentence_leads.txt", "sàn thương mại điện tử")
    assert commerce.lead == ["Bộ Công Thương"]  # never Sở Công Thương
    everyone = _task("national_sentence_leads.txt", "công bố danh mục thủ tục")
    assert everyone.lead_written == ["Các bộ, ngành, địa phương"]  # not split at its commas


def test_co_leads_outside_the_catalogue_are_all_kept():
    task = _task("national_sentence_leads.txt", "đẩy mạnh tuyên truyền")
    assert task.lead_written == ["VTV", "VOV", "TTXVN", "các địa phương"]


def test_a_name_with_commas_inside_is_one_unit():
    task = _task("pipe_table.txt", "Số hóa kết quả")
    assert task.lead_written == ["Các cơ quan, đơn vị có thủ tục trong 53 DVC thiết yếu"]
    assert "unit_not_recognised" in task.doubts


def test_recipients_and_signature_are_never_tasks():
    contents = " ".join(t.content for t in parsed("national_sentence_leads.txt").tasks)
    assert "Ban Bí thư" not in contents and "PHÓ THỦ TƯỚNG" not in contents
    inline = " ".join(t.content for t in parsed("inline_items.txt").tasks)
    assert "Lưu: VT" not in inline and "TT Tỉnh ủy" not in inline


def test_the_issuer_never_swallows_the_national_motto():
    assert parsed("inline_items.txt").document.issuer == "Ủy ban nhân dân tỉnh Bắc Giang"
    assert parsed("label_line_fields.txt").document.issuer == "Ủy ban nhân dân thành phố Hải Phòng"


def test_a_heading_naming_a_party_body_leads_the_bullets_under_it():
    tasks = [t for t in parsed("party_lead_headings.txt").tasks if t.ref.startswith("II.1.a")]
    assert len(tasks) == 3
    assert {tuple(t.lead_written) for t in tasks} == {("Tổ đảng ở Thường trực Ủy ban KH,CN&MT",)}


def test_inline_numbered_duties_under_one_agency_are_separate_tasks():
    tasks = [t for t in parsed("inline_items.txt").tasks if t.ref.startswith("II.1")]
    assert [t.ref for t in tasks] == ["II.1.(1)", "II.1.(2)", "II.1.(3)"]
    assert all(t.lead == ["Công an tỉnh"] for t in tasks)


def test_a_task_label_line_and_its_lettered_fields_are_one_task():
    tasks = parsed("label_line_fields.txt").tasks
    assert [t.ref for t in tasks] == ["II.1", "II.2", "II.3"]
    assert tasks[0].title == "Số hóa sổ hộ tịch lưu trữ"
    assert tasks[2].support == ["Sở Nông nghiệp và Môi trường", "UBND cấp xã"]


def test_a_task_repeated_in_the_appendix_is_merged_and_reported():
    plan = parsed("body_and_appendix.txt")
    assert len(plan.tasks) == 3
    assert plan.tasks[1].timeframe == "30/9/2025"  # only the appendix gave it
    assert plan.tasks[2].support == ["UBND cấp xã"]
    assert any("đã gộp" in warning for warning in warning_sentences(plan))


def test_a_renamed_agency_keeps_its_name_with_the_current_one_suggested():
    task = _task("renamed_2023.txt", "Bố trí vốn đầu tư")
    assert (task.lead_written, task.lead_current) == (["Sở Kế hoạch và Đầu tư"], ["Sở Tài chính"])
    assert "unit_renamed" in task.doubts
    ministry = _task("renamed_2023.txt", "truy xuất nguồn gốc")
    assert ministry.support_written == ["Bộ Công Thương", "Cục Quản lý thị trường tỉnh"]


def test_text_tables_are_mapped_by_their_header_whatever_the_column_order():
    first = _task("pipe_table.txt", "Công bố danh mục")
    assert (first.ref, first.timeframe, first.products) == (
        "I.1",
        "30/5/2025",
        "Quyết định công bố",
    )
    tabbed = _task("tab_table.txt", "Chi trả trợ cấp")
    assert (tabbed.timeframe, tabbed.support) == ("Hằng tháng", ["Các ngân hàng thương mại"])
    cells = _task("web_cells.txt", "đăng ký tài khoản")
    assert (cells.support_written, cells.products) == (
        ["Công an phường"],
        "Số tài khoản được kích hoạt",
    )


def test_parse_json_gives_names_as_written_and_current_names_beside_them():
    # Given a 2023 plan, when the officer runs `xa-planner parse --json`
    result = subprocess.run(
        [sys.executable, "-m", "xa_planner", "parse", "--json", str(SHAPES / "renamed_2023.txt")],
        capture_output=True,
        text=True,
        check=True,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    # Then each task's lead is as written, with its current name at the same position
    tasks = json.loads(result.stdout)["tasks"]
    assert tasks[0]["lead"] == ["Sở Thông tin và Truyền thông"]
    assert tasks[0]["lead_current"] == ["Sở Khoa học và Công nghệ"]
    assert tasks[1]["support"] == ["Bưu điện tỉnh", "Ngân hàng Nhà nước chi nhánh tỉnh"]
    assert tasks[1]["support_current"] == ["Bưu điện tỉnh", "Ngân hàng Nhà nước khu vực"]


def test_a_numbered_item_naming_its_task_after_a_label_is_one_task_with_its_fields():
    # Given tasks written "1. Tên nhiệm vụ: …" with lettered fields under each
    text = (
        "KẾ HOẠCH\nCải cách hành chính\nII. NHIỆM VỤ\n"
        "1. Tên nhiệm vụ: Rà soát thủ tục hành chính lĩnh vực tư pháp\n"
        "a) Cơ quan chủ trì: Sở Tư pháp\nb) Cơ quan phối hợp: Công an tỉnh\n"
        "2. Tên nhiệm vụ: Số hóa hồ sơ đất đai\na) Cơ quan chủ trì: Sở Xây dựng\n"
    )
    # When the plan is read
    tasks = parse_plan_bytes(text.encode(), "ke_hoach.txt").tasks
    # Then each numbered item is one task, named without its label, with its own lead
    assert [(t.ref, t.title, t.lead) for t in tasks] == [
        ("II.1", "Rà soát thủ tục hành chính lĩnh vực tư pháp", ["Sở Tư pháp"]),
        ("II.2", "Số hóa hồ sơ đất đai", ["Sở Xây dựng"]),
    ]


def test_a_cell_marking_who_leads_and_who_supports_is_split_into_both():
    marked = _task("role_marks_table.txt", "Số hóa sổ hộ tịch")
    assert (marked.lead, marked.support) == (["Sở Tư pháp"], ["Công an tỉnh", "UBND cấp xã"])
    sentence = _task("role_marks_table.txt", "người có công")
    assert (sentence.lead, sentence.support) == (["Sở Nội vụ"], ["Bưu điện tỉnh"])


def test_an_unnumbered_agency_line_ending_in_a_colon_leads_the_bullets_under_it():
    tasks = parsed("unit_colon_headings.txt").tasks
    assert [t.lead for t in tasks[:3]] == [["Sở Giáo dục và Đào tạo"]] * 2 + [["Công an tỉnh"]]
    assert _task("unit_colon_headings.txt", "Gắn mã định danh").lead == ["Sở Xây dựng"]


def test_a_table_copied_one_cell_per_line_without_separators_or_numbers_keeps_its_rows():
    # Given a web table pasted as one cell per line, rows running straight on
    text = (
        "KẾ HOẠCH\nDữ liệu dân cư\nII. NHIỆM VỤ\nNội dung\nCơ quan chủ trì\nThời gian\n"
        "Cập nhật dữ liệu dân cư cho các hộ mới chuyển đến\nCông an xã\nTháng 5/2025\n"
        "Số hóa sổ hộ tịch lưu trữ tại xã\nVăn phòng HĐND và UBND xã\nQuý III/2025\n"
        "III. TỔ CHỨC THỰC HIỆN\nCác đơn vị triển khai.\n"
    )
    # When it is read, then each row is a task with its own lead and time frame
    tasks = parse_plan_bytes(text.encode(), "ke_hoach.txt").tasks
    assert [(t.lead, t.timeframe) for t in tasks] == [
        (["Công an xã"], "Tháng 5/2025"),
        (["Văn phòng HĐND và UBND xã"], "Quý III/2025"),
    ]


def test_a_two_row_header_splits_the_units_column_into_lead_and_supporters():
    task = _task("two_row_header_table.txt", "Cấp chữ ký số miễn phí")
    assert (task.ref, task.lead, task.support) == (
        "I.1",
        ["Công an tỉnh"],
        ["Các doanh nghiệp"],
    )
    assert len(parsed("two_row_header_table.txt").tasks) == 4  # the "(1) (2) (3)" row is no task


@pytest.mark.parametrize(
    ("name", "issuer"),
    [
        ("national_sentence_leads.txt", "Thủ tướng Chính phủ"),
        ("steering_notice_two_tables.txt", "Ban Chỉ đạo phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số tỉnh"),
        ("party_lead_headings.txt", "Đảng ủy Ủy ban nhân dân tỉnh"),
        ("party_plus_bullets.txt", "Tỉnh ủy Đồng Nai"),
        ("ministry_notice_appendix_pipes.txt", "Bộ Công an"),
    ],
)
def test_the_issuer_is_read_from_any_letterhead(name, issuer):
    assert parsed(name).document.issuer == issuer
