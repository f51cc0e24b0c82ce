"""Lateness is timing, not a status: stored "late" progress becomes in progress.

Status and timing are two axes. A month once recorded as "chậm tiến độ / quá hạn" (late)
now reads "đang thực hiện", and its timing is worked out from the task's due date as for
every other task. The change cannot be undone row by row: downgrading leaves the rows as
they are, all of them valid statuses of the older version too.

Revision ID: 0003_status_without_lateness
Revises: 0002_add_tracking_tables
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003_status_without_lateness"
down_revision = "0002_add_tracking_tables"
branch_labels = None
depends_on = None

_PROGRESS = sa.table("task_progress", sa.column("status", sa.String(30)))


def upgrade() -> None:
    op.execute(
        _PROGRESS.update().where(_PROGRESS.c.status == "late").values(status="in_progress")
    )


def downgrade() -> None:
    # "in_progress" is a status the older version knows: nothing to turn back.
    pass
