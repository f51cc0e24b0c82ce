"""The review shows where a task came from: the page of a scan, photo or PDF, with a rectangle around its lines."""

from __future__ import annotations

import hashlib
import io
import subprocess
import textwrap
from functools import cache
from pathlib import Path

import pytest
from PIL import Image
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

from xa_planner.domain.text import fold
from xa_planner.importing import ParsedPlan, parse_plan_file
from xa_planner.importing.tesseract_engine import find_engine
from xa_planner.services.source_preview import SourcePreview, open_source_preview, page_label

DATA = Path(__file__).parents[1] / "data" / "plans"
SCANS = DATA / "scans"
FONT = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")


@cache
def parsed(path: Path) -> ParsedPlan:
    return parse_plan_file(path)  # OCR runs once a file


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def preview_of(path: Path, ref: str) -> tuple[SourcePreview | None, str]:
    """The preview the review shows for task *ref*, and the first words of the task as read."""
    plan = parsed(path)
    task = {task.ref: task for task in plan.tasks}[ref]
    previewer = open_source_preview(path, sha256(path), plan.source_places, plan.source_lines)
    assert previewer is not None
    first_line = plan.source_lines[task.source_lines[0] - 1]
    return previewer.preview(task.source_lines), " ".join(first_line.split()[:3])


def text_inside(preview: SourcePreview) -> str:
    """What Tesseract reads inside the rectangle, as the officer sees it highlighted."""
    return text_of(preview.image.crop(preview.boxes[0]))


def text_of(crop: Image.Image) -> str:
    buffer = io.BytesIO()
    crop.save(buffer, format="PNG")
    engine = find_engine()
    done = subprocess.run(
        engine.command("stdin", "stdout", "-l", "vie", "--psm", "6"),
        cwd=engine.folder,
        input=buffer.getvalue(),
        capture_output=True,
        timeout=60,
        check=True,
    )
    return done.stdout.decode("utf-8")


def folded_words(text: str) -> str:
    return " ".join(fold(text).split())


@pytest.mark.parametrize(
    ("name", "ref", "page"),
    [
        ("scanned_plan.pdf", "II.8", 2),  # 150 dpi, askew, noisy image-only PDF: task 8 on page 2
        ("scanned_plan.pdf", "II.2", 1),
        ("scanned_plan.tif", "II.8", 2),  # fax-style two-page TIFF
        ("photographed_plan.jpg", "I.2", 1),  # phone photo: angle and lamp light
    ],
)
def test_a_scanned_task_is_shown_on_its_page_inside_a_rectangle_around_its_words(name, ref, page):
    # Given a scan imported for review
    # When the officer selects a task
    preview, first_words = preview_of(SCANS / name, ref)
    # Then its page is shown, with a rectangle inside the picture around the task's first words
    assert preview is not None
    assert preview.page == page
    assert page_label(preview) == f"Trang {page}"
    assert max(preview.image.size) <= 1400
    left, top, right, bottom = preview.boxes[0]
    assert 0 <= left < right <= preview.image.width and 0 <= top < bottom <= preview.image.height
    assert bottom - top < preview.image.height / 2  # the task, not the whole page
    assert folded_words(first_words) in folded_words(text_inside(preview))


def text_layer_pdf(tmp_path: Path, text: str, lines_a_page: int) -> tuple[Path, dict[str, int]]:
    """The plan text printed into a PDF with a text layer; and the page each printed line went on."""
    pdfmetrics.registerFont(TTFont("DejaVuSans", str(FONT)))
    path = tmp_path / "plan.pdf"
    pdf = canvas.Canvas(str(path), pagesize=A4, invariant=True)
    printed = [part for line in text.splitlines() for part in textwrap.wrap(line, 95)]
    pages = {}
    for number, line in enumerate(printed):
        if number and number % lines_a_page == 0:
            pdf.showPage()
        pdf.setFont("DejaVuSans", 9)
        pdf.drawString(40, 800 - (number % lines_a_page) * 15, line)
        pages.setdefault(line, number // lines_a_page + 1)
    pdf.save()
    return path, pages


@pytest.mark.skipif(not FONT.exists(), reason="needs the DejaVu Sans font (fonts-dejavu-core)")
@pytest.mark.parametrize("ref", ["II.1", "II.5", "II.8"])
def test_a_task_of_a_text_layer_pdf_is_found_on_its_page(tmp_path, ref):
    # Given a provincial plan printed to a PDF with a text layer, twenty lines a page
    text = (SCANS / "scanned_plan.txt").read_text(encoding="utf-8")
    path, printed_on = text_layer_pdf(tmp_path, text, lines_a_page=20)
    plan = parse_plan_file(path)
    # When the officer selects a task
    task = {task.ref: task for task in plan.tasks}[ref]
    previewer = open_source_preview(path, sha256(path), plan.source_places, plan.source_lines)
    assert previewer is not None
    preview = previewer.preview(task.source_lines)
    # Then the page it was printed on is shown, with the rectangle around the task's own words
    first_line = plan.source_lines[task.source_lines[0] - 1]
    assert preview is not None and preview.page == printed_on[first_line]
    first_words = " ".join(first_line.split()[:3])
    assert folded_words(first_words) in folded_words(text_inside(preview))


def test_a_word_or_text_source_has_no_page_to_show():
    # Given a plan imported from a text file
    path = SCANS / "scanned_plan.txt"
    plan = parsed(path)
    # When the review asks for its pages, Then there are none
    assert open_source_preview(path, sha256(path), plan.source_places, plan.source_lines) is None


def test_a_source_changed_since_it_was_read_shows_no_page(tmp_path):
    # Given a photo imported, then replaced on disk by another picture
    path = tmp_path / "photo.jpg"
    path.write_bytes((SCANS / "photographed_plan.jpg").read_bytes())
    plan = parsed(SCANS / "photographed_plan.jpg")
    digest = sha256(path)
    Image.new("RGB", (800, 600), "white").save(path)
    # When the review asks for its pages, Then none is shown rather than a wrong one
    assert open_source_preview(path, digest, plan.source_places, plan.source_lines) is None


def test_a_task_whose_lines_have_no_place_shows_no_page():
    path = SCANS / "scanned_plan.pdf"
    plan = parsed(path)
    previewer = open_source_preview(path, sha256(path), plan.source_places, plan.source_lines)
    assert previewer is not None
    assert previewer.preview((len(plan.source_lines) + 5, len(plan.source_lines) + 9)) is None


@pytest.mark.parametrize("degrees", [90, 180, 270])
def test_a_photo_sent_lying_on_its_side_is_shown_upright_with_the_task_framed(tmp_path, degrees):
    # Given the phone photo turned, as a chat app may send it or a landscape table is scanned;
    # the reader stands it upright to read it
    upright = Image.open(SCANS / "photographed_plan.jpg")
    turned = tmp_path / "turned.jpg"
    upright.rotate(degrees, expand=True).save(turned, quality=80)
    # When the officer selects a task
    preview, first_words = preview_of(turned, "I.2")
    # Then the photo is shown upright, as the officer reads it, the frame around the task's words
    assert preview is not None
    assert (preview.image.width > preview.image.height) == (upright.width > upright.height)
    framed = preview.image.crop(preview.boxes[0])
    assert framed.width > framed.height  # lines run across the page
    assert folded_words(first_words) in folded_words(text_of(framed))
    # and the task was read as well as from the photo sent upright
    as_sent, stood_up = ({t.ref: t for t in parsed(path).tasks}["I.2"] for path in (turned, SCANS / "photographed_plan.jpg"))
    assert as_sent.content == stood_up.content


def test_a_task_running_onto_the_next_page_is_shown_on_both_pages_framed_on_each():
    # Given the scanned plan, whose task 6 starts at the foot of page 1 and ends on page 2
    preview, first_words = preview_of(SCANS / "scanned_plan.pdf", "II.6")
    # When the officer selects it
    # Then both pages are shown, one under the other, with a frame on each
    assert preview is not None and (preview.page, preview.last_page) == (1, 2)
    assert page_label(preview) == "Trang 1–2"
    first, second = preview.boxes
    assert first[3] < second[1]  # the page 1 frame stands above the page 2 frame
    assert second[1] > preview.image.height / 2  # the second frame is on the lower page
    assert folded_words(first_words) in folded_words(text_inside(preview))
    assert "co quan chu tri" in folded_words(text_of(preview.image.crop(second)))
