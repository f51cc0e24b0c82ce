"""What the indicator workbook service reads from a provincial workbook: its sheets and their columns."""

# Named here so that the GUI depends on services alone (the import contracts in pyproject.toml).
from xa_planner.importing.indicator_workbook_reader import IndicatorWorkbook, WorkbookSheet

__all__ = ["IndicatorWorkbook", "WorkbookSheet"]
