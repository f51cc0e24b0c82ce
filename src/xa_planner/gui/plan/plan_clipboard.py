"""Selected plan rows as a table for the clipboard: tab-separated text and an HTML table (Word, Excel)."""

from __future__ import annotations

import html
from collections.abc import Sequence


def _tsv_cell(text: str) -> str:
    # Excel reads a quoted cell as one cell even when it holds tabs or line breaks.
    if any(ch in text for ch in '\t\n"'):
        return '"' + text.replace('"', '""') + '"'
    return text


def table_as_tsv(headers: Sequence[str], rows: Sequence[Sequence[str]]) -> str:
    lines = ["\t".join(_tsv_cell(c) for c in line) for line in [headers, *rows]]
    return "\r\n".join(lines) + "\r\n"


def table_as_html(headers: Sequence[str], rows: Sequence[Sequence[str]]) -> str:
    def cells(tag: str, line: Sequence[str]) -> str:
        inner = "".join(f"<{tag}>{html.escape(c).replace(chr(10), '<br>')}</{tag}>" for c in line)
        return f"<tr>{inner}</tr>"

    body = "".join(cells("td", line) for line in rows)
    return (
        '<html><head><meta charset="utf-8"></head><body>'
        f'<table border="1" cellspacing="0">{cells("th", headers)}{body}</table></body></html>'
    )
