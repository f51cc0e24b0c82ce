"""Schema revisions this version knows, readable without importing Alembic at start-up."""

from __future__ import annotations

# Oldest first; the last one is the head.  A test checks this against Alembic's history.
KNOWN_REVISIONS: tuple[str, ...] = (
    "0001_initial",
    "0002_add_tracking_tables",
    "0003_status_without_lateness",
    "0004_report_signer_and_recipient",
)
HEAD_REVISION = KNOWN_REVISIONS[-1]

# "XAP1": lets a file be recognised as a workspace before anything else is read.
APPLICATION_ID = 0x58415031
SQLITE_MAGIC = b"SQLite format 3\x00"
