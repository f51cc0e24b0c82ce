"""The monthly report as the report service hands it out, and its status table as the documents show it."""

# Named here so that the GUI depends on services alone (the import contracts in pyproject.toml).
from xa_planner.domain.monthly_report import IndicatorLine, MonthlyReport
from xa_planner.exporting.report_tables import StatusRow, status_rows

__all__ = ["IndicatorLine", "MonthlyReport", "StatusRow", "status_rows"]
