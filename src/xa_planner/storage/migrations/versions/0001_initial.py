"""Initial schema: commune profile, offices, templates, plans and the audit log.

Revision ID: 0001_initial
Revises: None
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001_initial"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "audit_log",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("user", sa.String(length=200), nullable=False),
        sa.Column("action", sa.String(length=100), nullable=False),
        sa.Column("entity", sa.String(length=100), nullable=False),
        sa.Column("entity_id", sa.Integer(), nullable=True),
        sa.Column("detail", sa.JSON(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_audit_log")),
    )
    with op.batch_alter_table("audit_log", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_audit_log_at"), ["at"], unique=False)

    op.create_table(
        "commune_profile",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("commune_name", sa.String(length=200), nullable=False),
        sa.Column("province_name", sa.String(length=200), nullable=False),
        sa.Column("unit_kind", sa.String(length=20), nullable=False),
        sa.Column("issuing_body", sa.String(length=300), nullable=False),
        sa.Column("chair_name", sa.String(length=200), nullable=False),
        sa.Column("chair_title", sa.String(length=100), nullable=False),
        sa.Column("signing_authority", sa.String(length=200), nullable=False),
        sa.Column("report_deadline_day", sa.Integer(), nullable=False),
        sa.Column("data_window_start_day", sa.Integer(), nullable=False),
        sa.Column("report_recipient_email", sa.String(length=300), nullable=False),
        sa.Column("place_name", sa.String(length=200), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_commune_profile")),
    )

    op.create_table(
        "offices",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("short_name", sa.String(length=100), nullable=False),
        sa.Column("full_name", sa.String(length=300), nullable=False),
        sa.Column("head", sa.String(length=200), nullable=False),
        sa.Column("phone", sa.String(length=50), nullable=False),
        sa.Column("email", sa.String(length=300), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("retired", sa.Boolean(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_offices")),
    )

    op.create_table(
        "templates",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("title", sa.Text(), nullable=False),
        sa.Column("doc_number", sa.String(length=100), nullable=False),
        sa.Column("doc_date", sa.Date(), nullable=True),
        sa.Column("issuer", sa.String(length=300), nullable=False),
        sa.Column("source_name", sa.String(length=500), nullable=False),
        sa.Column("source_sha256", sa.String(length=64), nullable=False),
        sa.Column("source_text", sa.Text(), nullable=False),
        sa.Column("imported_at", sa.DateTime(), nullable=False),
        sa.Column("replaces_id", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(
            ["replaces_id"],
            ["templates.id"],
            name=op.f("fk_templates_replaces_id_templates"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_templates")),
    )
    with op.batch_alter_table("templates", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_templates_source_sha256"), ["source_sha256"], unique=False
        )

    op.create_table(
        "workspace_meta",
        sa.Column("key", sa.String(length=64), nullable=False),
        sa.Column("value", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("key", name=op.f("pk_workspace_meta")),
    )

    op.create_table(
        "plans",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("template_id", sa.Integer(), nullable=True),
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("title", sa.Text(), nullable=False),
        sa.Column("number", sa.String(length=100), nullable=False),
        sa.Column("issued_on", sa.Date(), nullable=True),
        sa.Column("directing_doc", sa.Text(), nullable=False),
        sa.Column("is_current", sa.Boolean(), nullable=False),
        sa.Column("body", sa.JSON(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["template_id"],
            ["templates.id"],
            name=op.f("fk_plans_template_id_templates"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_plans")),
    )

    op.create_table(
        "template_tasks",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("template_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("ref", sa.String(length=100), nullable=False),
        sa.Column("section", sa.Text(), nullable=False),
        sa.Column("title", sa.Text(), nullable=False),
        sa.Column("content", sa.Text(), nullable=False),
        sa.Column("lead", sa.JSON(), nullable=False),
        sa.Column("support", sa.JSON(), nullable=False),
        sa.Column("timeframe", sa.Text(), nullable=False),
        sa.Column("due", sa.Date(), nullable=True),
        sa.Column("recurrence", sa.String(length=30), nullable=True),
        sa.Column("products", sa.Text(), nullable=False),
        sa.Column("directing_docs", sa.Text(), nullable=False),
        sa.Column("targets", sa.JSON(), nullable=False),
        sa.Column("line_start", sa.Integer(), nullable=True),
        sa.Column("line_end", sa.Integer(), nullable=True),
        sa.Column("doubts", sa.JSON(), nullable=False),
        sa.ForeignKeyConstraint(
            ["template_id"],
            ["templates.id"],
            name=op.f("fk_template_tasks_template_id_templates"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_template_tasks")),
    )
    with op.batch_alter_table("template_tasks", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_template_tasks_template_id"), ["template_id"], unique=False
        )

    op.create_table(
        "plan_sections",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("plan_id", sa.Integer(), nullable=False),
        sa.Column("ref", sa.String(length=30), nullable=False),
        sa.Column("title", sa.Text(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["plan_id"],
            ["plans.id"],
            name=op.f("fk_plan_sections_plan_id_plans"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_plan_sections")),
    )
    with op.batch_alter_table("plan_sections", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_plan_sections_plan_id"), ["plan_id"], unique=False)

    op.create_table(
        "plan_tasks",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("plan_id", sa.Integer(), nullable=False),
        sa.Column("section_id", sa.Integer(), nullable=True),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("ref", sa.String(length=100), nullable=False),
        sa.Column("content", sa.Text(), nullable=False),
        sa.Column("directing_docs", sa.Text(), nullable=False),
        sa.Column("lead_office_id", sa.Integer(), nullable=True),
        sa.Column("responsible_person", sa.String(length=200), nullable=False),
        sa.Column("due", sa.Date(), nullable=True),
        sa.Column("recurrence", sa.String(length=30), nullable=True),
        sa.Column("timeframe", sa.Text(), nullable=False),
        sa.Column("products", sa.Text(), nullable=False),
        sa.Column("targets", sa.JSON(), nullable=False),
        sa.Column("source_task_id", sa.Integer(), nullable=True),
        sa.Column("source_ref", sa.String(length=200), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["lead_office_id"],
            ["offices.id"],
            name=op.f("fk_plan_tasks_lead_office_id_offices"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["plan_id"], ["plans.id"], name=op.f("fk_plan_tasks_plan_id_plans"), ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(
            ["section_id"],
            ["plan_sections.id"],
            name=op.f("fk_plan_tasks_section_id_plan_sections"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["source_task_id"],
            ["template_tasks.id"],
            name=op.f("fk_plan_tasks_source_task_id_template_tasks"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_plan_tasks")),
    )
    with op.batch_alter_table("plan_tasks", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_plan_tasks_lead_office_id"), ["lead_office_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_plan_tasks_plan_id"), ["plan_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_plan_tasks_section_id"), ["section_id"], unique=False)

    op.create_table(
        "plan_task_support",
        sa.Column("task_id", sa.Integer(), nullable=False),
        sa.Column("office_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["office_id"],
            ["offices.id"],
            name=op.f("fk_plan_task_support_office_id_offices"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["task_id"],
            ["plan_tasks.id"],
            name=op.f("fk_plan_task_support_task_id_plan_tasks"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("task_id", "office_id", name=op.f("pk_plan_task_support")),
    )
    with op.batch_alter_table("plan_task_support", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_plan_task_support_office_id"), ["office_id"], unique=False
        )


def downgrade() -> None:
    op.drop_table("plan_task_support")
    op.drop_table("plan_tasks")
    op.drop_table("plan_sections")
    op.drop_table("template_tasks")
    op.drop_table("plans")
    op.drop_table("workspace_meta")
    op.drop_table("templates")
    op.drop_table("offices")
    op.drop_table("commune_profile")
    op.drop_table("audit_log")
