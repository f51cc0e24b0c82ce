"""xa_planner: Đề án 06 planning, tracking and reporting for the commune police office."""

__version__ = "0.1.0"
