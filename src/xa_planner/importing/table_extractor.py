"""Read appendix tables (TT | Nhiệm vụ | Cơ quan chủ trì | … ) into task drafts, across page breaks."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from xa_planner.importing.label_recognizer import CONTENT, LEAD, NOTE, SUPPORT, match_label_phrase
from xa_planner.importing.markers import parse_marker
from xa_planner.importing.ocr_repair import ocr_fold
from xa_planner.importing.source_document import TableRow
from xa_planner.importing.task_builder import TaskDraft

REF = "ref"
_SUB_FIELDS = (LEAD, SUPPORT)  # what a merged "Cơ quan thực hiện" header cell splits into
_REF_HEADINGS = {"tt", "stt", "so tt", "so thu tu", "thu tu", "muc"}
_EXTRA_CONTENT = {"nhiem vu giai phap", "ten nhiem vu", "noi dung nhiem vu", "nhiem vu trong tam"}
_SENTENCE_END = re.compile(r"[.;:!?…][\"”)]*$")
_ROMAN = re.compile(r"^[IVX]{1,5}\.?$")
_PART = re.compile(r"^[A-ZĐ]\.?$")  # "A | NHIỆM VỤ CHUNG": a part of the table
_NUMBER = re.compile(r"^\d{1,3}(?:\.\d{1,3}){0,3}\.?$")
_GROUP_NUMBER = re.compile(r"^([IVX]{1,5}|[A-ZĐ])\s*[.)]\s+(?=\S)")  # "I. CÔNG TÁC …" in one cell


def column_of(cell: str) -> tuple[str, bool] | None:
    """(field, guessed) a header cell names: "Cơ quan chủ trì" → lead; "TT" → ref."""
    key = ocr_fold(cell.replace("\n", " "))
    if key in _REF_HEADINGS:
        return REF, False
    if key in _EXTRA_CONTENT:
        return CONTENT, False
    words = key.split(" ", 6)
    found = match_label_phrase(" ".join(words[:6]))
    if found is None and "/" in cell:  # "Người/Đơn vị thực hiện", "Thời gian/Tiến độ"
        return next(filter(None, (column_of(part) for part in cell.split("/") if part.strip())), None)
    return (found[0], found[2]) if found else None


def header_columns(cells: tuple[str, ...]) -> dict[int, str] | None:
    """Column index → field when the row is a task table's header row, else None."""
    columns: dict[int, str] = {}
    for index, cell in enumerate(cells):
        if cell.strip() and len(cell) < 80:
            found = column_of(cell)
            if found and found[0] not in columns.values():
                columns[index] = found[0]
    if CONTENT not in columns.values() or len(columns) < 3:
        return None
    return columns


@dataclass
class _Row:
    """A task being gathered from one row and the continuation rows after a page break."""

    ref: str
    section: str
    texts: dict[str, str]
    first_line: int
    last_line: int
    extra: list[str] = field(default_factory=list)

    def extend(self, texts: dict[str, str], line: int) -> None:
        for name, text in texts.items():
            before = self.texts.get(name, "")
            joiner = "\n" if not before or _SENTENCE_END.search(before) else " "
            self.texts[name] = f"{before}{joiner}{text}".strip()
        self.last_line = line


class TableTaskReader:
    """Feed the rows of one document's tables; collects task drafts."""

    def __init__(self) -> None:
        self.columns: dict[int, str] | None = None
        self.header_key: tuple[str, ...] = ()
        self.section_ref = ""
        self.section = ""
        self.rows: list[_Row] = []
        self.awaiting_subheader = False

    def feed(self, row: TableRow) -> bool:
        """Take a row; False when it is not part of a task table (the caller keeps it as text)."""
        columns = header_columns(row.cells)
        if columns:
            self.columns, self.header_key = columns, tuple(ocr_fold(c) for c in row.cells)
            self.awaiting_subheader = True
            return True
        if self.columns is None:
            return False
        if self.awaiting_subheader and (_numbers_columns(row) or self._refine_header(row)):
            return True
        self.awaiting_subheader = False
        if not any(c.strip() for c in row.cells):
            return True
        self._add(row)
        return True

    def _refine_header(self, row: TableRow) -> bool:
        """A second header row under a merged cell ("Cơ quan thực hiện" over "Chủ trì" and
        "Phối hợp") says what each column under it holds."""
        named = {i: column_of(cell) for i, cell in enumerate(row.cells) if cell.strip()}
        found_columns = {i: found for i, found in named.items() if found is not None}
        if not named or len(found_columns) < len(named):
            return False
        columns = {i: name for i, name in (self.columns or {}).items() if name not in _SUB_FIELDS}
        columns.update({i: found[0] for i, found in found_columns.items()})
        self.columns = columns  # a row numbering the columns may still follow
        return True

    def _texts(self, row: TableRow) -> dict[str, str]:
        texts: dict[str, str] = {}
        for index, name in (self.columns or {}).items():
            if index < len(row.cells) and row.cells[index].strip() and name not in (REF, NOTE):
                texts[name] = row.cells[index].strip()
        return texts

    def _ref_cell(self, row: TableRow) -> str:
        index = next((i for i, name in (self.columns or {}).items() if name == REF), None)
        if index is None or index >= len(row.cells):
            return ""
        return row.cells[index].strip()

    def _add(self, row: TableRow) -> None:
        group = self._group(row)
        if group is not None:
            self.section_ref, title = group
            self.section = f"{self.section_ref} {title}".strip()
            return
        ref, texts = self._ref_cell(row), self._texts(row)
        if ref and (_NUMBER.match(ref) or parse_marker(ref + " x")):
            number = ref.rstrip(".")
            full_ref = f"{self.section_ref}.{number}" if self.section_ref else number
            self.rows.append(_Row(full_ref, self.section, texts, row.number, row.number))
        elif self.rows and (REF in (self.columns or {}).values() or not texts.get(CONTENT)):
            self.rows[-1].extend(texts, row.number)
        elif texts.get(CONTENT):
            self.rows.append(
                _Row(str(len(self.rows) + 1), self.section, texts, row.number, row.number)
            )

    def _group(self, row: TableRow) -> tuple[str, str] | None:
        """(number, title) of a group row: "I" in the number cell and the title beside it, or the
        whole heading in one cell, merged across the table or written in the number or task column."""
        ref, texts = self._ref_cell(row), self._texts(row)
        if _ROMAN.match(ref) or _PART.match(ref):
            return ref.rstrip("."), texts.get(CONTENT) or next(iter(texts.values()), "")
        filled = [(i, cell.strip()) for i, cell in enumerate(row.cells) if cell.strip()]
        if len(filled) != 1 or (self.columns or {}).get(filled[0][0], REF) not in (REF, CONTENT):
            return None
        return _group_heading(filled[0][1])

    def drafts(self) -> list[TaskDraft]:
        rows = [row for row in self.rows if row.texts.get(CONTENT)]
        return [_draft(row) for index, row in enumerate(rows) if not _heads_group(row, rows[index + 1 :])]


def _numbers_columns(row: TableRow) -> bool:
    """The row "(1) (2) (3) …" or "1 2 3 …" printed under a header to number its columns."""
    cells = [cell.strip().strip("()") for cell in row.cells if cell.strip()]
    return len(cells) >= 3 and cells == [str(n) for n in range(1, len(cells) + 1)]


def _heads_group(row: _Row, following: list[_Row]) -> bool:
    """Row "1 | Lĩnh vực đất đai" over rows "1.1", "1.2": a group title, not a task."""
    has_fields = any(name != CONTENT for name in row.texts)
    return not has_fields and bool(following) and following[0].ref.startswith(f"{row.ref}.")


def _group_heading(text: str) -> tuple[str, str] | None:
    """A lone cell as a group heading: "II. CÔNG TÁC KIỂM TRA" or "II. Công tác kiểm tra" (its
    number and title), or an unnumbered upper-case title; anything else is task text."""
    numbered = _GROUP_NUMBER.match(text)
    title = text[numbered.end() :].strip() if numbered else text
    if numbered and (_ROMAN.match(numbered.group(1)) or title.isupper()):
        return numbered.group(1), title
    letters = sum(ch.isalpha() for ch in text)  # not an "X" ticked in a month column
    return ("", text) if text.isupper() and letters >= 4 else None


def _draft(row: _Row) -> TaskDraft:
    content = row.texts.get(CONTENT, "")
    fields = {name: text for name, text in row.texts.items() if name != CONTENT}
    return TaskDraft(
        ref=row.ref,
        section=row.section,
        title="",
        content=content,
        fields=fields,
        lines=(row.first_line, row.last_line),
    )
