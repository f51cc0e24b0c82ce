"""Typed, immutable inputs of the document writers: the commune plan and its appendix table."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Protocol

# The signature block is part of the monthly report the storage keeps frozen: it lives in the domain.
from xa_planner.domain.signature_block import SignatureBlock

APPENDIX_COLUMN_TITLES: tuple[str, ...] = (
    "TT",
    "Nhiệm vụ",
    "Văn bản chỉ đạo",
    "Cơ quan chủ trì",
    "Cơ quan phối hợp",
    "Thời gian thực hiện",
    "Kết quả/sản phẩm",
)


@dataclass(frozen=True)
class TextBlock:
    """A titled part of the plan body; level 1 is "I. MỤC ĐÍCH…", level 2 is "1. Mục đích"."""

    heading: str
    paragraphs: tuple[str, ...] = ()
    level: int = 1


@dataclass(frozen=True)
class AppendixRow:
    """One task row; a field may hold several paragraphs separated by "\\n"."""

    number: str
    task: str
    directing_docs: str = ""
    lead: str = ""
    support: str = ""
    timeframe: str = ""
    products: str = ""

    def cells(self) -> tuple[str, ...]:
        return (
            self.number,
            self.task,
            self.directing_docs,
            self.lead,
            self.support,
            self.timeframe,
            self.products,
        )


@dataclass(frozen=True)
class AppendixSection:
    """A Roman-numeral group of rows: "I" + "CÔNG TÁC THAM MƯU CHỈ ĐẠO…"."""

    numeral: str
    title: str
    rows: tuple[AppendixRow, ...] = ()


@dataclass(frozen=True)
class AppendixDocument:
    """The Phụ lục: heading, title, reference line and the task table grouped by section."""

    title: str
    reference_line: str
    sections: tuple[AppendixSection, ...]
    heading: str = "Phụ lục"
    column_titles: tuple[str, ...] = APPENDIX_COLUMN_TITLES

    def row_count(self) -> int:
        return sum(len(section.rows) for section in self.sections)


@dataclass(frozen=True)
class PlanDocument:
    """A "văn bản có tên loại" (ND 30 model 1.4): the commune plan ready to lay out."""

    issuing_body: str
    number: str
    place: str
    issued_on: dt.date | None
    summary: str
    body: tuple[TextBlock, ...]
    recipients: tuple[str, ...]
    signature: SignatureBlock
    title: str = "KẾ HOẠCH"
    superior_body: str = ""
    appendix: AppendixDocument | None = field(default=None)
    issue_year: int | None = None  # printed in the date line while the day is left blank


class Nd30Head(Protocol):
    """What the ND 30 header, title block and signature need: a plan or a report (read only)."""

    @property
    def issuing_body(self) -> str: ...

    @property
    def superior_body(self) -> str: ...

    @property
    def number(self) -> str: ...

    @property
    def place(self) -> str: ...

    @property
    def issued_on(self) -> dt.date | None: ...

    @property
    def title(self) -> str: ...

    @property
    def summary(self) -> str: ...

    @property
    def recipients(self) -> tuple[str, ...]: ...

    @property
    def signature(self) -> SignatureBlock: ...
