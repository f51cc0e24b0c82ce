"""Pure domain types and rules: no I/O, no Qt, no SQLAlchemy."""
