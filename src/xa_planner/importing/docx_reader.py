"""Read a .docx (paragraphs with their automatic numbering, and tables) into a SourceDocument."""

from __future__ import annotations

from xml.etree.ElementTree import Element

from xa_planner.importing.docx_numbering import NumberingResolver, W, style_numbering
from xa_planner.importing.errors import ImportRefusal, ImportRejected
from xa_planner.importing.limits import Deadline, ImportLimits
from xa_planner.importing.line_cleaner import clean_cell, clean_line
from xa_planner.importing.ooxml_archive import SafeArchive
from xa_planner.importing.source_document import SourceDocument

DOCUMENT = "word/document.xml"


def _run_text(paragraph: Element) -> str:
    parts: list[str] = []
    for element in paragraph.iter():
        tag = element.tag
        if tag == f"{W}t" and element.text:
            parts.append(element.text)
        elif tag == f"{W}tab":
            parts.append(" ")
        elif tag in (f"{W}br", f"{W}cr"):
            parts.append("\n")
    return "".join(parts)


def _numbering_marker(
    paragraph: Element, numbering: NumberingResolver, styles: dict[str, tuple[str, int]]
) -> str:
    """The number Word shows before a paragraph, from its own list settings or its style's."""
    num_pr = paragraph.find(f"{W}pPr/{W}numPr")
    num_id = num_pr.find(f"{W}numId") if num_pr is not None else None
    if num_pr is None or num_id is None:
        style = paragraph.find(f"{W}pPr/{W}pStyle")
        found = styles.get(style.get(f"{W}val", "")) if style is not None else None
        return numbering.marker(*found) if found else ""
    ilvl = num_pr.find(f"{W}ilvl")
    level = ilvl.get(f"{W}val", "0") if ilvl is not None else "0"
    return numbering.marker(num_id.get(f"{W}val", ""), int(level) if level.isdigit() else 0)


def _cell_text(cell: Element) -> str:
    paragraphs = [_run_text(p) for p in cell.iter(f"{W}p")]
    return clean_cell("\n".join(paragraphs))


def _row_cells(row: Element, limits: ImportLimits) -> list[str]:
    cells: list[str] = []
    for cell in row.findall(f"{W}tc"):
        merge = cell.find(f"{W}tcPr/{W}vMerge")
        continued = merge is not None and merge.get(f"{W}val", "continue") == "continue"
        cells.append("" if continued else _cell_text(cell))
        span = cell.find(f"{W}tcPr/{W}gridSpan")
        extra = (
            int(span.get(f"{W}val", "1")) - 1
            if span is not None and span.get(f"{W}val", "1").isdigit()
            else 0
        )
        cells.extend([""] * min(extra, limits.max_cells_per_row))
    return cells[: limits.max_cells_per_row]


class _DocxWalker:
    """Walks the body in order, counting rows against the limits."""

    def __init__(
        self, numbering: NumberingResolver, styles: dict, limits: ImportLimits, deadline: Deadline
    ) -> None:
        self.document = SourceDocument()
        self.numbering, self.styles, self.limits, self.deadline = (
            numbering,
            styles,
            limits,
            deadline,
        )
        self.rows = 0

    def walk(self, body: Element) -> None:
        for element in body:
            if element.tag == f"{W}p":
                self._paragraph(element)
            elif element.tag == f"{W}tbl":
                self._table(element)
            elif element.tag == f"{W}sdt":
                content = element.find(f"{W}sdtContent")
                if content is not None:
                    self.walk(content)

    def _paragraph(self, paragraph: Element) -> None:
        marker = _numbering_marker(paragraph, self.numbering, self.styles)
        lines = _run_text(paragraph).split("\n")
        if marker and lines:
            lines[0] = f"{marker} {lines[0]}"
        for line in lines:
            self.document.add_text(clean_line(line))

    def _table(self, table: Element) -> None:
        for row in table.iter(f"{W}tr"):
            self.rows += 1
            if self.rows > self.limits.max_rows:
                raise ImportRejected(ImportRefusal.TOO_MANY_TABLE_ROWS, limit=self.limits.max_rows)
            if self.rows % 256 == 0:
                self.deadline.check()
            self.document.add_row(_row_cells(row, self.limits))


def read_docx(archive: SafeArchive, limits: ImportLimits, deadline: Deadline) -> SourceDocument:
    """Paragraphs and table rows of the main document, in reading order."""
    root = archive.xml(DOCUMENT)
    numbering = NumberingResolver(
        archive.xml("word/numbering.xml") if archive.has("word/numbering.xml") else None
    )
    styles = style_numbering(
        archive.xml("word/styles.xml") if archive.has("word/styles.xml") else None
    )
    body = root.find(f"{W}body")
    walker = _DocxWalker(numbering, styles, limits, deadline)
    if body is not None:
        walker.walk(body)
    return walker.document
