"""Alembic environment: always runs on a connection handed in by the migrator."""

from __future__ import annotations

from alembic import context

from xa_planner.storage.models import Base

config = context.config
connection = config.attributes.get("connection")
if connection is None:
    raise RuntimeError("xa_planner migrations run only through xa_planner.storage.migrator")

context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=True,
    compare_type=True,
)
with context.begin_transaction():
    context.run_migrations()
