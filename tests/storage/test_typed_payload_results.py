"""The stored payloads (plan text, sent report, workbook mapping, change log) come out of storage as typed values, no dict."""

from __future__ import annotations

import dataclasses
import typing
from collections.abc import Mapping

import pytest

from xa_planner.storage.indicator_workbook_repository import IndicatorWorkbookRepository
from xa_planner.storage.report_repository import ReportRepository
from xa_planner.storage.repositories import AuditRepository, PlanRepository

METHODS = [
    (PlanRepository, "body"),
    (ReportRepository, "sent"),
    (IndicatorWorkbookRepository, "mapping"),
    (AuditRepository, "latest"),
]


def _types_within(hint: object, seen: set[object]) -> list[object]:
    """*hint*, its arguments, and for a dataclass every field's type, all the way down."""
    if hint in seen:
        return []
    seen.add(hint)
    found = [hint]
    for argument in typing.get_args(hint):
        found += _types_within(argument, seen)
    if isinstance(hint, type) and dataclasses.is_dataclass(hint):
        for field_hint in typing.get_type_hints(hint).values():
            found += _types_within(field_hint, seen)
    return found


@pytest.mark.parametrize(("repository", "name"), METHODS, ids=lambda v: getattr(v, "__name__", v))
def test_a_stored_payload_is_read_as_a_typed_value_with_no_dict_inside(repository, name):
    # Given a repository method reading a payload stored as JSON
    result = typing.get_type_hints(getattr(repository, name))["return"]
    # When every type its result is made of is listed, dataclass fields included
    inside = _types_within(result, set())
    # Then none is a dict (a read-only Mapping is allowed, the change log's detail) nor Any
    assert not [t for t in inside if t is dict or typing.get_origin(t) is dict], (name, inside)
    assert typing.Any not in inside or name == "latest", (name, inside)


def test_the_change_log_detail_is_a_read_only_mapping():
    row = typing.get_type_hints(AuditRepository.latest)["return"]
    detail = typing.get_type_hints(typing.get_args(row)[0])["detail"]
    assert typing.get_origin(detail) is Mapping
