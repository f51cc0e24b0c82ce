"""Hostile, broken and wrong files end in one clear ImportRejected sentence, fast, and never anything else."""

from __future__ import annotations

import time
import zipfile
from io import BytesIO

import pytest

from tests.refusal_words import refused_saying
from tests.warning_words import warning_sentences
from xa_planner.importing import ImportLimits, ImportRejected, parse_plan_bytes, parse_plan_file
from xa_planner.services.import_refusal_texts import import_refusal_text

from .conftest import HOSTILE, PLANS
from .plan_builders import appendix_docx, appendix_xlsx

EXPECTED_MESSAGES = {
    "empty.txt": "Tệp rỗng",
    "blank_lines.txt": "Tệp rỗng",
    "binary_garbage.txt": "không phải văn bản",
    "zip_bomb.docx": "nội dung nén bất thường",
    "lying_sizes.docx": "Tệp",
    "billion_laughs.docx": "XML nguy hiểm",
    "external_entity.xlsx": "XML nguy hiểm",
    "deep_nesting.docx": "quá phức tạp",
    "truncated.docx": "bị hỏng",
    "not_office.docx": "không phải tài liệu Word",
    "encrypted.docx": "mật khẩu",
    "encrypted.xlsx": "mật khẩu",
    "old_word.doc": "Word 97-2003",
    "old_excel.xls": "Excel 97-2003",
    "scanned.pdf": "Không nhận dạng được chữ nào trong bản quét",
    "password.pdf": "mật khẩu",
    "broken.pdf": "PDF bị hỏng",
    "picture.pdf": "hình ảnh",
    "letter.rtf.txt": "RTF",
}


def test_corpus_on_disk_is_complete():
    on_disk = {p.name for p in HOSTILE.iterdir() if p.suffix != ".py"}
    assert on_disk == set(EXPECTED_MESSAGES)


@pytest.mark.parametrize("name", sorted(EXPECTED_MESSAGES))
def test_hostile_file_is_refused_with_one_clear_sentence(name):
    started = time.perf_counter()
    with pytest.raises(ImportRejected) as caught:
        parse_plan_file(HOSTILE / name)
    message = import_refusal_text(caught.value)
    assert EXPECTED_MESSAGES[name] in message
    assert "\n" not in message and message.endswith(".")
    assert time.perf_counter() - started < 10.0  # a hang guard, not a speed test


def test_file_over_the_size_limit_is_refused_before_it_is_read(tmp_path):
    big = tmp_path / "big.txt"
    with big.open("wb") as handle:
        handle.truncate(51 * 1024 * 1024)  # sparse: costs no disk and is never read
    with refused_saying("Tệp quá lớn"):
        parse_plan_file(big)


def test_archive_with_too_many_members_is_refused():
    buffer = BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for index in range(30):
            archive.writestr(f"word/media/{index}.bin", b"x")
        archive.writestr("word/document.xml", b"<w:document/>")
    with refused_saying("nội dung nén bất thường"):
        parse_plan_bytes(buffer.getvalue(), "many.docx", limits=ImportLimits(max_zip_members=20))


def test_sheet_with_too_many_rows_is_refused():
    with refused_saying("quá nhiều dòng"):
        parse_plan_bytes(appendix_xlsx(), "plan.xlsx", limits=ImportLimits(max_rows=5))


def test_text_longer_than_any_plan_is_refused():
    with refused_saying("quá nhiều chữ"):
        parse_plan_bytes(
            ("Nhiệm vụ " * 5000).encode(), "long.txt", limits=ImportLimits(max_text_chars=10_000)
        )


def test_exhausted_time_budget_stops_the_import():
    data = (PLANS / "003_1757523d643b6cab.txt").read_bytes()
    with refused_saying("quá lâu"):
        parse_plan_bytes(data, "slow.txt", limits=ImportLimits(time_budget_seconds=0.0))


def test_wrong_extension_is_detected_from_the_content():
    plan = parse_plan_bytes(appendix_docx(), "phu_luc.pdf")
    assert len(plan.tasks) == 6
    text_plan = parse_plan_bytes((PLANS / "003_1757523d643b6cab.txt").read_bytes(), "ke_hoach.docx")
    assert len(text_plan.tasks) == 30
    assert any(".docx" in warning for warning in warning_sentences(text_plan))


def test_missing_file_is_refused_clearly(tmp_path):
    with refused_saying("Không mở được tệp"):
        parse_plan_file(tmp_path / "khong_co.txt")
