"""What reading a file gives the GUI: a provincial plan as parsed, and the refusal of a file that cannot be read."""

# Named here so that the GUI depends on services alone (the import contracts in pyproject.toml).
from xa_planner.importing.errors import ImportRejected
from xa_planner.importing.parsed_plan import ParsedPlan

__all__ = ["ImportRejected", "ParsedPlan"]
