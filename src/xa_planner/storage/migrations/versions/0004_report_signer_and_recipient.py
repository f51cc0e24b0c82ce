"""The profile names the report's signer (the police chief) and the unit that receives it.

Existing workspaces get empty values: the report then prints a dotted line for a
handwritten name and routes to the provincial police without a unit, until the officer
fills them in the profile.

Revision ID: 0004_report_signer_and_recipient
Revises: 0003_status_without_lateness
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004_report_signer_and_recipient"
down_revision = "0003_status_without_lateness"
branch_labels = None
depends_on = None

_COLUMNS = (
    ("police_chief_name", 200),
    ("police_chief_title", 200),
    ("report_recipient_unit", 300),
    ("report_recipient_code", 50),
)


def upgrade() -> None:
    # The server default fills the one existing profile row; SQLite needs batch mode.
    with op.batch_alter_table("commune_profile", schema=None) as batch_op:
        for name, length in _COLUMNS:
            batch_op.add_column(
                sa.Column(name, sa.String(length=length), nullable=False, server_default="")
            )


def downgrade() -> None:
    with op.batch_alter_table("commune_profile", schema=None) as batch_op:
        for name, _length in reversed(_COLUMNS):
            batch_op.drop_column(name)
