"""What the audit log says was done: one code per action, stored in the log as its string."""

from __future__ import annotations

import enum


class AuditAction(enum.StrEnum):
    """An action of the audit log; the values are stored in every workspace's log: never renamed."""

    WORKSPACE_CREATE = "workspace.create"
    WORKSPACE_DEMO = "workspace.demo"
    WORKSPACE_RESTORE = "workspace.restore"
    PROFILE_SAVE = "profile.save"
    OFFICE_ADD = "office.add"
    OFFICE_UPDATE = "office.update"
    OFFICE_MOVE = "office.move"
    TEMPLATE_IMPORT = "template.import"
    PLAN_DERIVE = "plan.derive"
    PLAN_TEXT = "plan.text"
    SECTION_ADD = "section.add"
    SECTION_RENAME = "section.rename"
    SECTION_MOVE = "section.move"
    SECTION_MERGE = "section.merge"
    SECTION_REMOVE = "section.remove"
    SECTION_RESTORE = "section.restore"
    TASK_ADD = "task.add"
    TASK_UPDATE = "task.update"
    TASK_BULK_UPDATE = "task.bulk_update"
    TASK_MOVE = "task.move"
    TASK_REMOVE = "task.remove"
    PROGRESS_SET = "progress.set"
    PERIOD_LOCK = "period.lock"
    PERIOD_REOPEN = "period.reopen"
    INDICATOR_SET = "indicator.set"
    INDICATOR_ADD = "indicator.add"
    PLAN_FOLLOW_TEMPLATE = "plan.follow_template"
    PLAN_REWORDED = "plan.reworded"
    PLAN_ADDED = "plan.added"
    PLAN_REMOVED = "plan.removed"
    REPORT_TEXT = "report.text"
    REPORT_SENT = "report.sent"
    SHEETS_EXPORT = "sheets.export"
    SHEETS_IMPORT = "sheets.import"
