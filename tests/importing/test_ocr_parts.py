"""The parts of scan reading that need no Tesseract: straightening, line boxes, file kinds, a missing engine."""

from __future__ import annotations

import stat
from pathlib import Path

import pytest
from PIL import Image

from tests.refusal_words import refused_saying
from xa_planner.importing import parse_plan_bytes, parse_plan_file
from xa_planner.importing.file_sniffer import IMAGE, sniff
from xa_planner.importing.ocr_lines import lines_from_tsv, repair_heading_numbers
from xa_planner.importing.page_deskew import deskewed, skew_angle
from xa_planner.importing.tesseract_engine import ENGINE_VARIABLE
from xa_planner.services.import_refusal_texts import import_refusal_text

from .conftest import PLANS
from .scan_maker import scanned, typeset

HEADER = "level\tpage_num\tblock_num\tpar_num\tline_num\tword_num\tleft\ttop\twidth\theight\tconf\ttext"


def tsv_word(block: int, par: int, line: int, box: tuple[int, int, int, int], text: str) -> str:
    left, top, width, height = box
    return f"5\t1\t{block}\t{par}\t{line}\t1\t{left}\t{top}\t{width}\t{height}\t91.5\t{text}"


@pytest.fixture(scope="module")
def clean_page() -> Image.Image:
    text = (PLANS / "scans" / "scanned_plan.txt").read_text(encoding="utf-8")
    return typeset(text)[0]


@pytest.mark.parametrize("angle", [-3.0, -1.2, 0.7, 1.5, 4.0])
def test_a_skewed_scan_is_measured_to_a_tenth_of_a_degree(clean_page, angle):
    assert skew_angle(scanned(clean_page, angle)) == pytest.approx(-angle, abs=0.15)


def test_a_level_page_is_left_as_it_is(clean_page):
    assert deskewed(clean_page) is clean_page


def test_words_of_one_line_join_with_the_box_around_them():
    tsv = "\n".join(
        [
            HEADER,
            "4\t1\t1\t1\t1\t0\t100\t50\t400\t30\t-1\t",  # a line row: no text of its own
            tsv_word(1, 1, 1, (100, 50, 60, 30), "Cơ"),
            tsv_word(1, 1, 1, (170, 52, 80, 28), "quan"),
            tsv_word(1, 1, 2, (100, 90, 90, 30), "Sở"),
            tsv_word(1, 2, 1, (100, 140, 50, 30), " "),  # an empty word is skipped
        ]
    )
    lines = lines_from_tsv(tsv)
    assert [line.text for line in lines] == ["Cơ quan", "Sở"]
    assert lines[0].box == (100, 50, 250, 80)
    place = lines[0].place(page=3, width=1000, height=2000)
    assert (place.page, place.left, place.top, place.right, place.bottom) == (3, 0.1, 0.025, 0.25, 0.04)


def test_headings_damaged_in_the_usual_tesseract_ways_are_repaired():
    tsv = "\n".join(
        [
            HEADER,
            tsv_word(1, 1, 1, (0, 0, 10, 10), "IIL"),
            tsv_word(1, 1, 1, (20, 0, 10, 10), "NỘI"),
            tsv_word(1, 1, 1, (40, 0, 10, 10), "DUNG"),
            tsv_word(1, 2, 1, (0, 20, 10, 10), "€)"),
            tsv_word(1, 2, 1, (20, 20, 10, 10), "Nhóm"),
            tsv_word(1, 3, 1, (0, 40, 10, 10), "ILO"),  # not a heading: left alone
            tsv_word(1, 4, 1, (0, 60, 10, 10), "~"),
            tsv_word(1, 4, 1, (20, 60, 10, 10), "Thời"),
            tsv_word(1, 5, 1, (0, 80, 10, 10), "~-"),
            tsv_word(1, 5, 1, (20, 80, 10, 10), "Tổng"),
        ]
    )
    lines = [line.text for line in lines_from_tsv(tsv)]
    assert lines == ["II. NỘI DUNG", "c) Nhóm", "ILO", "- Thời", "- Tổng"]


@pytest.mark.parametrize(
    "head",
    [b"\x89PNG\r\n\x1a\n", b"\xff\xd8\xff\xe0", b"II*\x00", b"MM\x00*", b"RIFF\x00\x00\x00\x00WEBPVP8 "],
)
def test_pictures_are_known_by_their_first_bytes_whatever_their_name(head):
    assert sniff(head + b"\x00" * 64, "ke_hoach.txt") == IMAGE


def test_an_iphone_heic_photo_is_refused_with_what_to_do():
    with refused_saying("HEIC.*JPEG"):
        parse_plan_bytes(b"\x00\x00\x00\x18ftypheic" + b"\x00" * 64, "IMG_0001.HEIC")


def _fake_tesseract(folder: Path, languages: str) -> Path:
    """A stand-in program that lists only *languages* (POSIX shell)."""
    program = folder / "tesseract"
    program.write_text(f'#!/bin/sh\nprintf "List of available languages (1):\\n{languages}\\n"\n')
    program.chmod(program.stat().st_mode | stat.S_IEXEC)
    return program


def test_a_missing_tesseract_is_named_in_one_sentence(monkeypatch, tmp_path):
    # Given a PC where no Tesseract can be found
    monkeypatch.delenv(ENGINE_VARIABLE, raising=False)
    monkeypatch.setenv("PATH", str(tmp_path))
    # When a photo of a plan is imported, Then the officer reads what is missing
    with refused_saying("chưa cài bộ nhận dạng chữ Tesseract") as caught:
        parse_plan_file(PLANS / "scans" / "photographed_plan.jpg")
    assert "\n" not in import_refusal_text(caught.value)


def test_a_tesseract_without_the_vietnamese_model_is_named_in_one_sentence(monkeypatch, tmp_path):
    monkeypatch.setenv(ENGINE_VARIABLE, str(_fake_tesseract(tmp_path, "eng")))
    monkeypatch.setenv("PATH", str(tmp_path / "nowhere"))
    with refused_saying("chưa có dữ liệu tiếng Việt"):
        parse_plan_file(PLANS / "scans" / "scanned_plan.pdf")


def test_roman_headings_misread_out_of_sequence_are_put_back_by_their_neighbours():
    read = ["L. MỤC ĐÍCH", "1. Mục đích", "II. MỤC TIÊU", "II. NHIỆM VỤ CHUNG", "IV. NHIỆM VỤ CỤ THỂ", "V. KINH PHÍ"]
    assert repair_heading_numbers(read) == [
        "I. MỤC ĐÍCH", "1. Mục đích", "II. MỤC TIÊU", "III. NHIỆM VỤ CHUNG", "IV. NHIỆM VỤ CỤ THỂ", "V. KINH PHÍ",
    ]  # fmt: skip


def test_a_repeated_roman_number_without_a_gap_after_it_is_left_alone():
    read = ["I. MỤC ĐÍCH", "II. NỘI DUNG", "II. NỘI DUNG (TIẾP)", "III. TỔ CHỨC"]
    assert repair_heading_numbers(read) == read


def test_a_last_roman_heading_read_as_the_one_before_it_takes_the_next_number():
    read = ["I. MỤC ĐÍCH", "II. NỘI DUNG", "II. TỔ CHỨC THỰC HIỆN"]
    assert repair_heading_numbers(read)[-1] == "III. TỔ CHỨC THỰC HIỆN"
