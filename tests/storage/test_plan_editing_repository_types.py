"""The plan editing repository hands the services typed values and takes ids and values back."""

from __future__ import annotations

import dataclasses
import inspect
import typing
from collections.abc import Callable, Mapping
from types import SimpleNamespace

import pytest

from xa_planner.domain.stored import PlanSectionInPlan, PlanTaskInPlan, SectionPlace, TaskPlace
from xa_planner.services.demo_service import create_demo
from xa_planner.storage.models import Base
from xa_planner.storage.plan_editing_repository import PlanEditingRepository
from xa_planner.storage.repositories import OfficeRepository, PlanRepository

PUBLIC_METHODS = sorted(
    name
    for name, _member in inspect.getmembers(PlanEditingRepository, inspect.isfunction)
    if not name.startswith("_")
)

Call = Callable[[PlanEditingRepository, SimpleNamespace], object]
# Every public method called once on a demo plan, in an order where each still finds its rows:
# c.plan, c.task, c.last_task, c.section, c.office and c.template name stored rows of that plan.
CALLS: list[tuple[str, Call]] = [
    ("task", lambda r, c: r.task(c.task)),
    ("section", lambda r, c: r.section(c.section)),
    ("office_exists", lambda r, c: r.office_exists(c.office)),
    ("task_places", lambda r, c: r.task_places(c.plan)),
    ("section_task_ids", lambda r, c: r.section_task_ids(c.section)),
    ("sections", lambda r, c: r.sections(c.plan)),
    ("tasks_by_source", lambda r, c: r.tasks_by_source(c.plan)),
    ("has_progress", lambda r, c: r.has_progress(c.task)),
    ("update_task", lambda r, c: r.update_task(c.task, 0, {"products": "Sổ", "support_office_ids": [c.office]})),
    ("add_task", lambda r, c: r.add_task(c.plan, c.section, "Việc mới của xã", 0)),
    ("renumber", lambda r, c: r.renumber(c.plan, [t.id for t in r.task_places(c.plan)])),
    ("place", lambda r, c: r.place([SectionPlace(c.section, "I", 0)], r.task_places(c.plan))),
    ("move_to_section", lambda r, c: r.move_to_section([c.last_task], c.section)),
    ("add_section", lambda r, c: r.add_section(c.plan, "IX", "Nhóm mới")),
    ("insert_section", lambda r, c: r.insert_section(c.plan, "X", "Nhóm trở lại")),
    ("rename_section", lambda r, c: r.rename_section(c.section, "Tên mới của nhóm")),
    ("set_plan_template", lambda r, c: r.set_plan_template(c.plan, c.template)),
    ("delete_task", lambda r, c: r.delete_task(c.last_task)),
    ("delete_section", lambda r, c: r.delete_section(r.insert_section(c.plan, "XI", "Tạm"))),
]


def _named_types(hint: object) -> list[object]:
    """*hint* and every type inside it (list[tuple[TaskPlace, int]] → list, tuple, TaskPlace, int)."""
    return [hint, *(inner for arg in typing.get_args(hint) for inner in _named_types(arg))]


def _records_in(value: object) -> list[object]:
    """Every ORM record *value* holds, however deep in containers or dataclasses."""
    if isinstance(value, Base):
        return [value]
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        inner: list[object] = [getattr(value, f.name) for f in dataclasses.fields(value)]
    elif isinstance(value, Mapping):
        inner = [*value.keys(), *value.values()]
    elif isinstance(value, list | tuple | set | frozenset):
        inner = list(value)
    else:
        return []
    return [record for item in inner for record in _records_in(item)]


@pytest.mark.parametrize("name", PUBLIC_METHODS)
def test_a_plan_editing_method_names_no_record_in_what_it_takes_or_gives(name):
    # Given a public method of the plan editing repository
    hints = typing.get_type_hints(getattr(PlanEditingRepository, name))
    # Then it declares its result
    assert "return" in hints, f"{name} has no return annotation"
    result = hints.pop("return")
    assert result is not typing.Any and typing.get_args(result)[:1] != (typing.Any,), name
    assert all(found not in (list, dict, tuple, set, object) for found in _named_types(result)), name
    # And neither its result nor any of its parameters is, or holds, an ORM record
    for hint in (result, *hints.values()):
        for found in _named_types(hint):
            assert not (isinstance(found, type) and issubclass(found, Base)), (name, found)


def test_every_public_method_is_called_below():
    assert sorted(name for name, _call in CALLS) == PUBLIC_METHODS


def test_what_each_plan_editing_method_returns_holds_no_orm_record(tmp_path):
    # Given a demo workspace's plan, its first group and its first and last tasks
    with (
        create_demo(tmp_path / "e.xaplan", tasks=12, months=0) as workspace,
        workspace.database.session_scope() as session,
    ):
        repository = PlanEditingRepository(session)
        plan_id = PlanRepository(session).current_id()
        assert plan_id is not None
        places = repository.task_places(plan_id)
        plan = PlanRepository(session).get(plan_id)
        assert plan is not None and plan.template_id is not None
        context = SimpleNamespace(
            plan=plan_id,
            task=places[0].id,
            last_task=places[-1].id,
            section=repository.sections(plan_id)[0].id,
            office=OfficeRepository(session).all()[0].id,
            template=plan.template_id,
        )
        # When every public method is called
        results = {name: call(repository, context) for name, call in CALLS}
    # Then none of them hands back an ORM record, however deep
    assert {name: _records_in(result) for name, result in results.items() if _records_in(result)} == {}
    # And a task, a group and the plan's order come back as the domain's stored values
    assert isinstance(results["task"], PlanTaskInPlan) and results["task"].plan_id == plan_id
    assert isinstance(results["section"], PlanSectionInPlan) and results["section"].plan_id == plan_id
    assert all(isinstance(place, TaskPlace) for place in results["task_places"])
    assert results["update_task"]["products"][1] == "Sổ" and isinstance(results["add_task"], int)
