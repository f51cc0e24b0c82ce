"""Untrusted plan files in (.txt, .docx, .xlsx, .pdf), a reviewed-ready ParsedPlan out."""

from xa_planner.importing.errors import ImportRejected
from xa_planner.importing.limits import ImportLimits
from xa_planner.importing.parsed_plan import DocumentInfo, ParsedPlan, ParsedTask
from xa_planner.importing.plan_parser import parse_plan_bytes, parse_plan_file

__all__ = [
    "DocumentInfo",
    "ImportLimits",
    "ImportRejected",
    "ParsedPlan",
    "ParsedTask",
    "parse_plan_bytes",
    "parse_plan_file",
]
