"""What the repositories hand to the services is typed values, never ORM records or bare rows."""

from __future__ import annotations

import inspect
import typing

import pytest

from xa_planner.domain.plans import Target
from xa_planner.domain.stored import StoredPlanTask
from xa_planner.services.demo_service import create_demo
from xa_planner.storage import (
    indicator_workbook_repository,
    plan_editing_repository,
    report_repository,
    repositories,
    sheet_repository,
    tracking_repository,
    unit_mapping_repository,
)
from xa_planner.storage.models import Base

# Every repository the services use; the plan editing one is held to the same rule, with its
# write methods called on a workspace, in test_plan_editing_repository_types.py.
REPOSITORIES = [
    repositories.ProfileRepository,
    repositories.OfficeRepository,
    repositories.TemplateRepository,
    repositories.PlanRepository,
    repositories.AuditRepository,
    tracking_repository.TrackingRepository,
    report_repository.ReportRepository,
    sheet_repository.SheetRepository,
    unit_mapping_repository.UnitMappingRepository,
    indicator_workbook_repository.IndicatorWorkbookRepository,
    plan_editing_repository.PlanEditingRepository,
]
PUBLIC_METHODS = [
    (repository, name)
    for repository in REPOSITORIES
    for name, member in inspect.getmembers(repository, inspect.isfunction)
    if not name.startswith("_")
]


def _named_types(hint: object) -> list[object]:
    """*hint* and every type inside it (list[tuple[StoredPlan, int]] → list, tuple, StoredPlan, int)."""
    return [hint, *(inner for arg in typing.get_args(hint) for inner in _named_types(arg))]


@pytest.mark.parametrize(("repository", "name"), PUBLIC_METHODS, ids=lambda v: getattr(v, "__name__", v))
def test_a_repository_method_says_what_it_returns_and_it_is_no_record(repository, name):
    # Given a public method of a repository the services read through
    hints = typing.get_type_hints(getattr(repository, name))
    # Then it declares its result
    assert "return" in hints, f"{repository.__name__}.{name} has no return annotation"
    # And nothing in that result is an ORM record, a bare row or a container of who knows what
    result = hints["return"]
    assert result is not typing.Any and typing.get_args(result)[:1] != (typing.Any,), (repository, name)
    for found in _named_types(result):
        assert not (isinstance(found, type) and issubclass(found, Base)), (repository, name, found)
        assert found not in (list, dict, tuple, set, object), (repository, name, found)


def test_the_plan_tasks_come_back_as_domain_tasks_with_their_targets(tmp_path):
    # Given a demo workspace whose plan has numeric targets
    with (
        create_demo(tmp_path / "d.xaplan", tasks=12, months=1) as workspace,
        workspace.database.session_scope() as session,
    ):
        plans = repositories.PlanRepository(session)
        # When its tasks are read
        tasks = plans.tasks(plans.current_id())
    # Then each is a stored domain task and every target a Target, never a JSON dict
    assert tasks and all(isinstance(t, StoredPlanTask) for t in tasks)
    assert all(isinstance(g, Target) for t in tasks for g in t.targets)
