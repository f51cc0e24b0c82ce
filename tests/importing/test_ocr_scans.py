"""Scans and phone photos of a plan are recognised with Tesseract and give the tasks of its text version."""

from __future__ import annotations

import threading
import time
from functools import cache

import pytest
from PIL import Image

from tests.refusal_words import refused_saying
from tests.warning_words import warning_sentences
from xa_planner.importing import ImportLimits, ParsedPlan, parse_plan_file
from xa_planner.importing.reading_progress import ImportCancelled, ReadingProgress

from .conftest import PLANS
from .shape_expectations import task_lead_f1

SCANS = PLANS / "scans"


@cache
def parsed_with_progress(name: str) -> tuple[ParsedPlan, list[tuple[int, int]]]:
    """The scan's plan and the (page, pages) reports seen while it was read (OCR runs once a file)."""
    reported: list[tuple[int, int]] = []
    plan = parse_plan_file(SCANS / name, progress=ReadingProgress(lambda *page: reported.append(page)))
    return plan, reported


def parsed(name: str) -> ParsedPlan:
    return parsed_with_progress(name)[0]


@pytest.mark.parametrize(
    ("scan", "text"),
    [
        ("scanned_plan.pdf", "scanned_plan.txt"),  # 150 dpi grey, askew, noisy, image-only PDF
        ("scanned_plan.tif", "scanned_plan.txt"),  # two-page black-and-white fax-style TIFF
        ("photographed_plan.jpg", "photographed_plan.txt"),  # phone photo: angle, lamp light
    ],
)
def test_a_scan_gives_the_tasks_and_leads_of_its_text_version(scan, text):
    # Given a plan's text version and a scan or photo of its printout
    expected = parse_plan_file(SCANS / text)
    # When the scan is imported
    found = parsed(scan)
    # Then the same tasks come out with the same leads
    assert len(expected.tasks) >= 4
    assert task_lead_f1(found, expected) >= 0.90


def test_a_scanned_plan_keeps_its_number_date_and_issuer():
    document = parsed("scanned_plan.pdf").document
    assert document.number == "214/KH-UBND"
    assert document.date is not None and document.date.isoformat() == "2026-04-18"
    assert "Quảng Trị" in document.issuer


def test_each_recognised_line_keeps_its_page_and_box():
    # Given a two-page scan whose task 8 is printed on the second page
    plan = parsed("scanned_plan.pdf")
    task = {task.ref: task for task in plan.tasks}["II.8"]
    # When the review looks up where the task's first line came from
    place = plan.source_places[task.source_lines[0]]
    # Then it is on page 2, inside the page, in the upper half where the page starts
    assert place.page == 2
    assert 0 <= place.left < place.right <= 1 and 0 <= place.top < place.bottom <= 1
    assert place.top < 0.5
    assert {p.page for p in plan.source_places.values()} == {1, 2}


def test_every_page_is_reported_as_it_is_recognised():
    assert parsed_with_progress("scanned_plan.tif")[1] == [(0, 2), (1, 2), (2, 2)]


def test_cancelling_after_the_first_page_stops_the_import():
    # Given an officer who presses Cancel as soon as page 1 of 2 is done
    stop = threading.Event()
    progress = ReadingProgress(on_page=lambda done, total: stop.set(), cancel=stop)
    # When the scan is imported, Then it stops with ImportCancelled instead of a plan
    with pytest.raises(ImportCancelled):
        parse_plan_file(SCANS / "scanned_plan.tif", progress=progress)


def test_cancelling_in_the_middle_of_a_page_stops_within_a_moment():
    # Given a cancel check that turns true a fifth of a second into the first page
    started = time.monotonic()
    progress = ReadingProgress(cancel=lambda: time.monotonic() - started > 0.2)
    # When the photo is imported
    with pytest.raises(ImportCancelled):
        parse_plan_file(SCANS / "photographed_plan.jpg", progress=progress)
    # Then Tesseract was stopped, not waited for
    assert time.monotonic() - started < 1.5


def test_pages_beyond_the_limit_are_left_out_with_a_warning():
    plan = parse_plan_file(SCANS / "scanned_plan.tif", limits=ImportLimits(max_ocr_pages=1))
    assert "Chỉ nhận dạng 1 trang đầu của bản quét." in warning_sentences(plan)
    assert {p.page for p in plan.source_places.values()} == {1}


def test_a_page_over_its_time_limit_is_given_up_with_a_clear_sentence():
    started = time.monotonic()
    with refused_saying("Không nhận dạng được chữ nào"):
        parse_plan_file(SCANS / "photographed_plan.jpg", limits=ImportLimits(ocr_page_seconds=0.05))
    assert time.monotonic() - started < 5


def test_a_photo_larger_than_the_limit_is_refused():
    with refused_saying("Ảnh quá lớn"):
        parse_plan_file(SCANS / "photographed_plan.jpg", limits=ImportLimits(max_image_pixels=1_000_000))


def test_a_photo_lying_on_its_side_is_turned_upright_and_read(tmp_path):
    # Given the phone photo turned a quarter, as a chat app may send it without its orientation
    sideways = tmp_path / "sideways.jpg"
    Image.open(SCANS / "photographed_plan.jpg").rotate(90, expand=True).save(sideways, quality=80)
    # When it is imported, Then its tasks and leads come out as from the upright photo
    expected = parse_plan_file(SCANS / "photographed_plan.txt")
    assert task_lead_f1(parse_plan_file(sideways), expected) >= 0.90
