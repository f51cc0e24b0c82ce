"""What the importer warns about a plan it read: a code and its data, worded where shown."""

from __future__ import annotations

import enum
from dataclasses import dataclass

WarningValue = str | int


class PlanWarning(enum.StrEnum):
    """What the officer should check in a plan read; services.plan_warning_texts words each one."""

    # the plan as a whole
    NO_TASKS = "no_tasks"
    REPEATED_NUMBERS = "repeated_numbers"  # refs: the repeated numbers, comma-separated
    TASKS_WITHOUT_LEAD = "tasks_without_lead"  # count
    REPEATED_TASK_MERGED = "repeated_task_merged"  # ref (kept), other (merged into it)
    # how the file was read
    PLAIN_TEXT_EXTENSION = "plain_text_extension"  # ext: what the file's name claims
    LINES_TRUNCATED = "lines_truncated"  # limit (lines)
    PDF_PAGES_LIMITED = "pdf_pages_limited"  # limit (pages)
    PDF_TABLES_LIMITED = "pdf_tables_limited"  # count: pages searched for tables
    PDF_PAGE_TOO_BUSY = "pdf_page_too_busy"  # page
    SCAN_PAGES_LIMITED = "scan_pages_limited"  # limit (pages)
    SCAN_PAGE_SKIPPED = "scan_page_skipped"  # page


@dataclass(frozen=True)
class ParsedWarning:
    """A warning as data: *code* names the sentence, *params* the data it quotes.

    The importer never holds the sentence: services.plan_warning_texts words it in the
    language of the moment it is shown, so a language switch reaches warnings made before it.
    """

    code: PlanWarning
    params: tuple[tuple[str, WarningValue], ...] = ()

    @classmethod
    def of(cls, code: PlanWarning, **params: WarningValue) -> ParsedWarning:
        return cls(code, tuple(sorted(params.items())))
