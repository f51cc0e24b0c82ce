"""Persistence: SQLAlchemy models, repositories, migrations, backups and checks; no Qt."""
