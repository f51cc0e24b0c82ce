"""The appendix and the report's tables as printed: compact, never splitting a date, a number or a name."""

from __future__ import annotations

import re

import docx
import openpyxl
import pytest
from docx.oxml.ns import qn
from printed_documents import MM, page_sizes, printed, vertical_rules, words

TABLE_SHEETS = ("Đơn vị", "Chỉ tiêu", "Tình trạng", "Nhiệm vụ")
_UNBREAKABLE = re.compile(r"\d|\w-\w")  # a date, a number, "HĐND-UBND"
_BROKEN_DATE = re.compile(r"^\d{1,2}/\d{1,2}/\d{0,3}$")


def _as_printed(path):
    return path if path.suffix == ".pdf" else printed(path)


def _task_rows(path) -> list[tuple]:
    sheet = openpyxl.load_workbook(path).active
    return [row for row in sheet.iter_rows(values_only=True) if str(row[0] or "").isdigit()]


def test_seed_003s_appendix_fits_five_tasks_a_landscape_page(seed_exports):
    # Given seed 003's plan, whose source cited its whole title in every row before
    tasks = len(_task_rows(seed_exports["appendix.xlsx"]))
    # When its appendix is exported as PDF
    sizes = page_sizes(seed_exports["appendix.pdf"])
    # Then every page is landscape and holds five tasks or more on average
    assert tasks >= 20 and all(width > height for width, height in sizes)
    assert tasks / len(sizes) >= 5, f"{tasks} tasks on {len(sizes)} pages"


def _table_tokens(path, sheets: tuple[str, ...] | None) -> set[str]:
    """The dates, numbers and hyphenated names in the tables' text cells."""
    book = openpyxl.load_workbook(path)
    found = set()
    for sheet in [book[name] for name in sheets] if sheets else [book.active]:
        first = 5 if sheets else 7
        for row in sheet.iter_rows(min_row=first, values_only=True):
            for value in row:
                if isinstance(value, str):
                    found |= {t for t in value.split() if _UNBREAKABLE.search(t)}
    return found


@pytest.mark.parametrize(
    ("exports", "name", "source", "sheets"),
    [
        ("demo_exports", "report.pdf", "report.xlsx", TABLE_SHEETS),
        ("demo_exports", "report.docx", "report.xlsx", TABLE_SHEETS),
        ("demo_exports", "report.xlsx", "report.xlsx", TABLE_SHEETS),
        ("seed_exports", "appendix.pdf", "appendix.xlsx", None),
        ("seed_exports", "appendix.docx", "appendix.xlsx", None),
        ("seed_exports", "appendix.xlsx", "appendix.xlsx", None),
    ],
)
def test_no_date_number_or_hyphenated_name_is_split_inside_a_cell(
    request, exports, name, source, sheets
):
    # Given a document's tables, and the dates, numbers and names written in their cells
    documents = request.getfixturevalue(exports)
    expected = _table_tokens(documents[source], sheets)
    # When it is printed (LibreOffice for .docx and .xlsx)
    pdf = _as_printed(documents[name])
    found = words(pdf)
    printed_words = [w.text for w in found]
    # Then each is found whole on one line, never begun on one line and ended on the next,
    # and no date lacks its year's end
    missing = {t for t in expected if not any(t in word for word in printed_words)}
    assert expected and not missing
    assert not split_tokens(found, expected, vertical_rules(pdf))
    assert not [w for w in printed_words if _BROKEN_DATE.match(w)]


def split_tokens(found, expected: set[str], rules=None) -> list[str]:
    """Tokens printed as a first part ending one line and the rest starting the next line
    of the same cell ("HĐND-UBN" / "D", "30/09/20" / "26", "06/QĐ-" / "TTg").

    *rules* (per page, the vertical cell borders) tell which cell a word is in; without
    them a word's cell is taken as the 40 pt left of it."""
    by_page: dict[int, list] = {}
    for word in found:
        by_page.setdefault(word.page, []).append(word)

    def cell(word) -> float:
        middle = word.top + word.size / 2
        left = [
            x
            for x, top, bottom in (rules or {}).get(word.page, [])
            if x <= word.x0 + 0.5 and top <= middle <= bottom
        ]
        return max(left, default=word.x0 - 40)

    splits = []
    for word in found:
        for token in expected:
            if not (token.startswith(word.text) and len(token) > len(word.text) >= 2):
                continue
            rest = token[len(word.text) :]
            splits += [
                f"{word.text} / {below.text} (page {word.page})"
                for below in by_page[word.page]
                if below.text.startswith(rest)
                and 0.5 * word.size < below.top - word.top < 1.8 * word.size
                and (
                    abs(cell(below) - cell(word)) < 1
                    if rules
                    else below.x0 < word.x1 and below.x1 > word.x0 - 40
                )
            ]
    return splits


def _previous_on_same_line(found, text: str):
    index = next(i for i, w in enumerate(found) if w.text == text and w.page == 1)
    before = found[index - 1]
    return before.text if abs(before.top - found[index].top) < 2 else None


@pytest.mark.parametrize("fmt", ["pdf", "docx"])
def test_the_appendix_header_breaks_between_phrases(seed_exports, fmt):
    # Given the appendix's narrow columns, When it is printed
    found = words(_as_printed(seed_exports[f"appendix.{fmt}"]))
    # Then "Cơ quan / chủ trì" and "Thời gian / thực hiện" break between their phrases
    assert _previous_on_same_line(found, "trì") == "chủ"
    assert _previous_on_same_line(found, "hiện") == "thực"


@pytest.mark.parametrize(
    ("exports", "name"), [("demo_exports", "report.docx"), ("seed_exports", "appendix.docx")]
)
def test_word_tables_keep_rows_whole_repeat_their_header_and_pad_their_cells(
    request, exports, name
):
    # Given a .docx with tables, When Word lays it out
    document = docx.Document(request.getfixturevalue(exports)[name])
    grids = [t for t in document.tables if t.style is not None and t.style.name == "Table Grid"]
    assert grids
    for table in grids:
        rows = table._tbl.tr_lst
        # Then the header row repeats, no row breaks across pages, cells have air above text
        assert rows[0].trPr.find(qn("w:tblHeader")) is not None
        assert all(
            row.trPr is not None and row.trPr.find(qn("w:cantSplit")) is not None for row in rows
        )
        top = table._tbl.tblPr.find(qn("w:tblCellMar")).find(qn("w:top"))
        assert int(top.get(qn("w:w"))) >= 20  # a point or more


@pytest.mark.parametrize(
    ("exports", "name", "centre_mm"),
    [("seed_exports", "plan.pdf", 30 + 165 / 2), ("seed_exports", "appendix.pdf", 30 + 252 / 2)],
)
def test_page_numbers_are_centred_on_the_text_block(request, exports, name, centre_mm):
    found = words(request.getfixturevalue(exports)[name])
    number = next(w for w in found if w.page == 2 and w.text == "2" and w.top < 20 * MM)
    assert abs((number.x0 + number.x1) / 2 / MM - centre_mm) < 1


def test_the_attachment_note_is_in_italics(seed_exports):
    # Given the plan's "(có Phụ lục kèm theo)", When it is printed as PDF and as .docx
    found = words(seed_exports["plan.pdf"])
    start = next(i for i, w in enumerate(found) if w.text == "có" and found[i + 1].text == "Phụ")
    note = found[start : start + 4]
    assert [w.text for w in note] == ["có", "Phụ", "lục", "kèm"]
    assert all("Italic" in w.font for w in note)
    runs = [r for p in docx.Document(seed_exports["plan.docx"]).paragraphs for r in p.runs]
    assert any(r.text == "có Phụ lục kèm theo" and r.italic for r in runs)


def test_the_appendix_workbook_prints_on_landscape_a4_at_eleven_points_or_more(seed_exports):
    # Given seed 003's appendix.xlsx, When LibreOffice prints it
    pdf = printed(seed_exports["appendix.xlsx"])
    found = words(pdf)
    # Then pages are landscape A4, text is 11 pt or more, and no cell's text is cut off
    assert all(abs(w - 842) < 3 and abs(h - 595) < 3 for w, h in page_sizes(pdf))
    assert min(w.size for w in found) >= 10.99  # LibreOffice keeps 1/100 mm: 11 pt is 10.998
    last_words = {row[1].split()[-1] for row in _task_rows(seed_exports["appendix.xlsx"])}
    printed_words = {w.text for w in found}
    assert last_words <= printed_words


def test_the_report_workbook_keeps_figures_as_numbers_and_prints_like_a_report(demo_exports):
    # Given the demo's report.xlsx
    book = openpyxl.load_workbook(demo_exports["report.xlsx"])
    offices = book["Đơn vị"]
    counts = [c.value for row in offices.iter_rows(min_row=5, min_col=3) for c in row]
    statuses = book["Tình trạng"]
    ratio_column = next(c.column_letter for c in statuses[4] if c.value == "Tỷ lệ")
    ratios = [c for c in statuses[ratio_column][4:] if c.value is not None]
    # Then counts are numbers, ratios are percentages, the DATA sheet is hidden
    assert counts and all(isinstance(value, int) for value in counts)
    assert ratios and all(
        isinstance(c.value, int | float) and "%" in c.number_format for c in ratios
    )
    assert book["DATA"].sheet_state == "hidden"
    visible = [ws for ws in book.worksheets if ws.sheet_state == "visible"]
    for ws in visible:
        assert ws.page_setup.paperSize in (9, "9") and ws.page_setup.fitToWidth in (1, "1")
        assert all(c.font.name == "Times New Roman" for r in ws.iter_rows() for c in r if c.value)
    # And when printed, labels sit beside their values and the DATA sheet stays out of print
    found = words(printed(demo_exports["report.xlsx"]))
    first_page = " ".join(w.text for w in found if w.page == 1)
    assert "Đơn vị báo cáo" in first_page and "Vĩnh Thủy" in first_page
    assert not any(w.text == "record_type" for w in found)
    assert min(w.size for w in found) >= 11
