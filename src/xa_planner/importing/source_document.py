"""The reader-neutral form of a plan file: numbered text lines and table rows."""

from __future__ import annotations

from dataclasses import dataclass, field

from xa_planner.importing.plan_warning import ParsedWarning


@dataclass(frozen=True)
class TextLine:
    """One line of running text; ``number`` is 1-based in the document's source lines."""

    text: str
    number: int


@dataclass(frozen=True)
class TableRow:
    """One row of a table (a .docx/.xlsx table, or tab-separated text); cells already cleaned."""

    cells: tuple[str, ...]
    number: int


Block = TextLine | TableRow


@dataclass(frozen=True)
class LinePlace:
    """Where a recognised line sits on a scanned page: page from 1, box in fractions of the page
    as stored; and the quarter turns (counter-clockwise) that stand that page upright, as the
    reader found them (a page scanned or photographed on its side)."""

    page: int
    left: float
    top: float
    right: float
    bottom: float
    quarter_turns: int = 0


@dataclass
class SourceDocument:
    """What a reader produced: blocks in reading order and the lines the review screen shows."""

    blocks: list[Block] = field(default_factory=list)
    lines: list[str] = field(default_factory=list)
    warnings: list[ParsedWarning] = field(default_factory=list)
    places: dict[int, LinePlace] = field(default_factory=dict)  # line number → place, for scans

    def add_text(self, text: str, place: LinePlace | None = None) -> None:
        self.lines.append(text)
        self.blocks.append(TextLine(text, len(self.lines)))
        if place is not None:
            self.places[len(self.lines)] = place

    def add_row(self, cells: list[str]) -> None:
        self.lines.append(" | ".join(c.replace("\n", " / ") for c in cells))
        self.blocks.append(TableRow(tuple(cells), len(self.lines)))

    def converted(self, convert) -> SourceDocument:
        """The same document with every line and cell passed through *convert* (legacy-font repair)."""
        result = SourceDocument(warnings=list(self.warnings), places=dict(self.places))
        for block in self.blocks:
            if isinstance(block, TableRow):
                result.add_row([convert(cell) for cell in block.cells])
            else:
                result.add_text(convert(block.text))
        return result
