"""Plans in shapes the seeds lack (.docx tables, Word lists, .xlsx, PDF, lettered fields, OCR): F1 ≥ 0.9."""

from __future__ import annotations

import pytest
from rapidfuzz import fuzz

from xa_planner.importing import ParsedPlan, parse_plan_bytes
from xa_planner.importing.ocr_repair import ocr_fold

from .conftest import PLANS
from .plan_builders import (
    APPENDIX_TRUTH,
    FONT,
    LETTERED_TRUTH,
    LIST_TRUTH,
    PDF_TRUTH,
    appendix_docx,
    appendix_xlsx,
    list_numbered_docx,
    text_layer_pdf,
)
from .plan_degrader import break_lines, ocr_damage


def _lettered() -> bytes:
    return (PLANS / "lettered_fields_plan.txt").read_bytes()


def _lettered_ocr() -> bytes:
    text = (PLANS / "lettered_fields_plan.txt").read_text(encoding="utf-8")
    return break_lines(ocr_damage(text, rate=0.3, seed=3), width=70).encode("utf-8")


CASES = {
    "appendix.docx": (appendix_docx, APPENDIX_TRUTH),
    "lists.docx": (list_numbered_docx, LIST_TRUTH),
    "appendix.xlsx": (appendix_xlsx, APPENDIX_TRUTH),
    "lettered.txt": (_lettered, LETTERED_TRUTH),
    "lettered_ocr.txt": (_lettered_ocr, LETTERED_TRUTH),
    "plan.pdf": (text_layer_pdf, PDF_TRUTH),
}


def f1_scores(plan: ParsedPlan, truth: list[tuple[str, set[str]]]) -> tuple[float, float, float]:
    """Precision, recall and F1 on (task found, lead units right); a task is found by its opening words
    (fuzzily, so that OCR-damaged copies can be scored too)."""
    correct = 0
    for snippet, leads in truth:
        key = ocr_fold(snippet)
        matches = [
            t for t in plan.tasks if fuzz.partial_ratio(key, ocr_fold(t.content[:300])) >= 85
        ]
        correct += any(set(t.lead) == leads for t in matches)
    precision = correct / len(plan.tasks) if plan.tasks else 0.0
    recall = correct / len(truth)
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1


def _parse(name: str) -> ParsedPlan:
    if name.endswith(".pdf") and not FONT.exists():
        pytest.skip("DejaVuSans.ttf is not installed, so no Vietnamese PDF can be made")
    build, _truth = CASES[name]
    return parse_plan_bytes(build(), name)


@pytest.mark.parametrize("name", sorted(CASES))
def test_plan_in_an_unseen_shape_gives_its_tasks_with_their_leads(name):
    precision, recall, f1 = f1_scores(_parse(name), CASES[name][1])
    assert f1 >= 0.9, f"{name}: precision {precision:.2f}, recall {recall:.2f}"


def test_overall_f1_on_unseen_shapes_is_at_least_ninety_percent():
    correct = predicted = expected = 0
    for name, (_build, truth) in CASES.items():
        if name.endswith(".pdf") and not FONT.exists():
            continue
        plan = _parse(name)
        precision, recall, _ = f1_scores(plan, truth)
        correct += round(recall * len(truth))
        predicted += len(plan.tasks)
        expected += len(truth)
    precision, recall = correct / predicted, correct / expected
    assert 2 * precision * recall / (precision + recall) >= 0.9


def test_docx_table_tasks_keep_section_time_frame_and_renamed_unit():
    plan = _parse("appendix.docx")
    tasks = {t.ref: t for t in plan.tasks}
    assert sorted(tasks) == ["I.1", "I.2", "II.1", "II.2", "II.3", "II.4"]
    assert (
        tasks["II.2"].lead == ["Sở Xây dựng"] and tasks["II.2"].lead_text == "Sở Giao thông vận tải"
    )
    assert tasks["II.4"].recurrence == "event"
    assert tasks["I.1"].section.startswith("I CẢI CÁCH")
    assert (plan.document.number, plan.document.issuer) == (
        "45/KH-UBND",
        "Ủy ban nhân dân tỉnh Quảng Nam",
    )


def test_word_list_numbering_is_rebuilt():
    plan = _parse("lists.docx")
    assert [t.ref for t in plan.tasks] == ["II.1.-1", "II.2.-1", "II.2.-2"]


def test_xlsx_appendix_reads_targets_and_products():
    tasks = {t.ref: t for t in _parse("appendix.xlsx").tasks}
    assert tasks["II.1"].products.startswith("Tối thiểu 90%")
    assert [target.value for target in tasks["II.1"].targets] == [90.0]


def test_pdf_labels_written_on_one_line_are_split():
    tasks = _parse("plan.pdf").tasks
    assert [t.ref for t in tasks] == ["II.1.1.1", "II.1.1.2", "II.2.2.1", "II.2.2.2"]
    assert tasks[0].support == ["Công an tỉnh", "UBND cấp xã"]
    assert tasks[2].timeframe.startswith("Trong tháng 9/2026")
