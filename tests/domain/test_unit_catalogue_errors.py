"""A defect in the unit catalogue fails loudly instead of quietly changing who gets a task."""

from __future__ import annotations

import dataclasses

import pytest

from xa_planner.domain import unit_mapping
from xa_planner.domain.offices import standard_offices


def test_a_catalogue_failure_surfaces_from_the_mapping(monkeypatch):
    # Given a unit catalogue whose lookup has a defect
    def broken_lookup(text: str):
        raise IndexError("a defect in the catalogue")

    monkeypatch.setattr(unit_mapping, "find_unit", broken_lookup)
    unit_mapping.role_of.cache_clear()
    offices = [dataclasses.replace(o, id=i + 1) for i, o in enumerate(standard_offices())]

    # When a unit is mapped, then the defect reaches the caller (and its test), not a guess
    try:
        with pytest.raises(IndexError):
            unit_mapping.default_mapping("Sở Tài chính", offices=offices)
    finally:
        unit_mapping.role_of.cache_clear()
