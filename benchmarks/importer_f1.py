"""F1 on (task, lead) for every plan the importer is measured on: the seeds and the corpus of plan shapes.

Run: python benchmarks/importer_f1.py   (prints one line per document; the bars are ≥ 0.95 on the
seeds and ≥ 0.90 on every other shape; exits 1 when a document falls below its bar)

Shapes are also measured on copies damaged as OCR leaves them (group "ocr"), and task tables
printed to PDF (group "pdf", bar 0.95) as tests/importing/pdf_table_builders.py makes them.
A seed task counts when its reference and lead units match the reading in
tests/importing/seed_expectations.py; a shape task when its opening words are found with the
right lead, as written or under its current name (tests/importing/shape_expectations.py).
"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

TESTS = Path(__file__).parents[1] / "tests"
sys.path.insert(0, str(TESTS))

from importing import pdf_table_builders as pdf_tables  # noqa: E402
from importing.plan_builders import (  # noqa: E402
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
from importing.seed_expectations import EXPECTED, expected_tasks  # noqa: E402
from importing.shape_expectations import SHAPE_TRUTH, SHAPES, damaged_copies, scores  # noqa: E402
from xa_planner.importing import ParsedPlan, parse_plan_bytes, parse_plan_file  # noqa: E402

PLANS = TESTS / "data" / "plans"
SEED_BAR, SHAPE_BAR, PDF_TABLE_BAR = 0.95, 0.90, 0.95


def seed_f1(stem: str) -> tuple[float, float, float]:
    plan = parse_plan_file(next(PLANS.glob(f"{stem}_*.txt")))
    found = Counter((task.ref, frozenset(task.lead)) for task in plan.tasks)
    truth = Counter(expected_tasks(stem))
    correct = sum((found & truth).values())
    precision = correct / max(sum(found.values()), 1)
    recall = correct / max(sum(truth.values()), 1)
    return precision, recall, _f1(precision, recall)


def _f1(precision: float, recall: float) -> float:
    return 2 * precision * recall / (precision + recall) if precision + recall else 0.0


def _built(build) -> ParsedPlan:
    name = {appendix_docx: "a.docx", appendix_xlsx: "a.xlsx", list_numbered_docx: "l.docx"}
    return parse_plan_bytes(build(), name.get(build, "p.pdf"))


def documents():
    """(group, name, bar, reader of (precision, recall, F1)) for every measured document."""
    for stem in sorted(EXPECTED):
        yield "seed", stem, SEED_BAR, lambda stem=stem: seed_f1(stem)
    for name, truth in sorted(SHAPE_TRUTH.items()):
        yield "shape", name, SHAPE_BAR, lambda n=name, t=truth: scores(parse_plan_file(SHAPES / n), t)
    for name, truth in sorted(SHAPE_TRUTH.items()):
        for how, text in damaged_copies(name):
            yield "ocr", f"{name} ({how})", SHAPE_BAR, lambda x=text, n=name, t=truth: scores(
                parse_plan_bytes(x.encode(), n), t, damaged=True
            )
    built = [
        ("appendix.docx", appendix_docx, APPENDIX_TRUTH),
        ("lists.docx", list_numbered_docx, LIST_TRUTH),
        ("appendix.xlsx", appendix_xlsx, APPENDIX_TRUTH),
    ]
    if FONT.exists():
        built.append(("plan.pdf", text_layer_pdf, PDF_TRUTH))
    for name, build, truth in built:
        yield "shape", name, SHAPE_BAR, lambda b=build, t=truth: scores(_built(b), t)
    yield from _table_pdfs()
    for name, truth in (
        ("lettered_fields_plan.txt", LETTERED_TRUTH),
        ("appendix_plan.xls", APPENDIX_TRUTH),
        ("appendix_plan.doc", APPENDIX_TRUTH),
    ):
        yield "shape", name, SHAPE_BAR, lambda n=name, t=truth: scores(parse_plan_file(PLANS / n), t)


TABLE_PDFS = {  # task tables printed to PDF as offices do (tests/importing/pdf_table_builders.py)
    "table_ruled.pdf": lambda: pdf_tables.table_plan_pdf(),
    "table_unruled.pdf": lambda: pdf_tables.table_plan_pdf(ruled=False),
    "table_unusual_order.pdf": lambda: pdf_tables.table_plan_pdf(pdf_tables.UNUSUAL, span_number=True),
    "table_unusual_order_unruled.pdf": lambda: pdf_tables.table_plan_pdf(
        pdf_tables.UNUSUAL, span_number=True, ruled=False
    ),
    "table_two_pages.pdf": lambda: pdf_tables.split_table_pdf(repeat_header=False, split_rows=True),
    "table_two_pages_unruled.pdf": lambda: pdf_tables.split_table_pdf(
        repeat_header=False, ruled=False, split_rows=True
    ),
    "table_without_number_column_unruled.pdf": lambda: pdf_tables.table_plan_pdf(
        pdf_tables.NUMBERLESS, span_number=True, ruled=False
    ),
    "table_two_row_header_unruled.pdf": lambda: pdf_tables.two_row_header_pdf(ruled=False),
    "prose_with_appendix_table.pdf": pdf_tables.prose_with_appendix_pdf,
}
OFFICE_PDFS = PLANS / "pdf_tables"  # Word tables saved as PDF by LibreOffice (make_office_pdfs.py)


def _table_pdfs():
    if not FONT.exists():
        return
    for name, build in TABLE_PDFS.items():
        truth = pdf_tables.TRUTH + (pdf_tables.PROSE_TASKS if "prose" in name else [])
        yield "pdf", name, PDF_TABLE_BAR, lambda b=build, t=truth: scores(parse_plan_bytes(b(), "p.pdf"), t)
    for path in sorted(OFFICE_PDFS.glob("*.pdf")):
        truth = pdf_tables.TRUTH
        yield "pdf", path.name, PDF_TABLE_BAR, lambda p=path, t=truth: scores(parse_plan_file(p), t)


def main() -> int:
    failures = 0
    print(f"{'group':6} {'document':48} {'P':>5} {'R':>5} {'F1':>5}  bar")
    for group, name, bar, measure in documents():
        precision, recall, f1 = measure()
        mark = "ok" if f1 >= bar else "BELOW"
        failures += f1 < bar
        print(f"{group:6} {name:48} {precision:5.2f} {recall:5.2f} {f1:5.2f}  {bar:.2f} {mark}")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
