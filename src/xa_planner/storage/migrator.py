"""Run Alembic upgrades on an open database; imported only when a migration is due."""

from __future__ import annotations

from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory

from xa_planner.storage.database import Database

MIGRATIONS_DIR = Path(__file__).parent / "migrations"


def alembic_config(connection=None) -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    if connection is not None:
        config.attributes["connection"] = connection
    return config


def head_revision() -> str:
    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    if head is None:
        raise RuntimeError(f"no schema revisions in {MIGRATIONS_DIR}")
    return head


def all_revisions() -> list[str]:
    """Every revision, oldest first."""
    script = ScriptDirectory.from_config(alembic_config())
    return [rev.revision for rev in reversed(list(script.walk_revisions()))]


def upgrade(database: Database, target: str = "head") -> None:
    """Bring the schema to *target* in one transaction (SQLite DDL is transactional)."""
    with database.engine.begin() as connection:
        command.upgrade(alembic_config(connection), target)


def pending_model_changes(database: Database) -> list:
    """Differences between the models and the migrated schema (what `alembic check` reports)."""
    from alembic.autogenerate import compare_metadata

    from xa_planner.storage.models import Base

    with database.engine.connect() as connection:
        context = MigrationContext.configure(connection, opts={"compare_type": True})
        return compare_metadata(context, Base.metadata)
