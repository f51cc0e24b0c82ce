"""One file-name convention for every exported document: KIND_DA06_YEAR_Commune[_PERIOD].ext."""

from __future__ import annotations

from xa_planner.domain.text import slug

PLAN = "KH"
APPENDIX = "PL"
REPORT = "BC"
PROGRAMME = "DA06"


def plan_file_name(commune: str, year: int, extension: str) -> str:
    """ "KH_DA06_2026_Xa-Vinh-Thuy.pdf" for the plan of "Xã Vĩnh Thủy" in 2026."""
    return _name(PLAN, str(year), commune, extension)


def appendix_file_name(commune: str, year: int, extension: str) -> str:
    """ "PL_DA06_2026_Xa-Vinh-Thuy.xlsx" for the plan's appendix table."""
    return _name(APPENDIX, str(year), commune, extension)


def report_file_name(commune: str, year: int, month: int, extension: str) -> str:
    """ "BC_DA06_2026-06_Xa-Vinh-Thuy.docx" for the monthly report of June 2026."""
    return _name(REPORT, f"{year:04d}-{month:02d}", commune, extension)


def _name(kind: str, period: str, commune: str, extension: str) -> str:
    commune_part = slug(commune) or "Xa"
    return f"{kind}_{PROGRAMME}_{period}_{commune_part}.{extension.lstrip('.').lower()}"
