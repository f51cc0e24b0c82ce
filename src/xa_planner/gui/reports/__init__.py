"""The monthly report and the province's consolidation of communes' reports."""
