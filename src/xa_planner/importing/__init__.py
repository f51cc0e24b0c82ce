"""Untrusted plan files in (.txt, .docx, .xlsx, .pdf), a reviewed-ready ParsedPlan out."""

from xa_planner.importing.errors import ImportRejected
from xa_planner.importing.limits import ImportLimits
from xa_planner.importing.parsed_plan import DocumentInfo, ParsedPlan, ParsedTask

__all__ = [
    "DocumentInfo",
    "ImportLimits",
    "ImportRejected",
    "ParsedPlan",
    "ParsedTask",
    "parse_plan_bytes",
    "parse_plan_file",
]


def __getattr__(name: str):
    # The parser (readers, fuzzy matching) loads on first use, so code that only handles
    # parsed plans — the review screen, the services — keeps it out of start-up.
    if name in ("parse_plan_bytes", "parse_plan_file"):
        from xa_planner.importing import plan_parser

        return getattr(plan_parser, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
