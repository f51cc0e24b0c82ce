"""Units kept as the plan writes them still reach the right commune office at derivation."""

from __future__ import annotations

import dataclasses

import pytest

from xa_planner.domain.offices import standard_offices
from xa_planner.domain.unit_mapping import SuggestionKind, default_mapping


@pytest.fixture
def offices():
    return [dataclasses.replace(o, id=i + 1) for i, o in enumerate(standard_offices())]


def test_a_former_name_as_written_maps_like_the_body_that_took_it_over(offices):
    written = default_mapping("Sở Thông tin và Truyền thông", offices=offices)
    current = default_mapping("Sở Khoa học và Công nghệ", offices=offices)
    assert written.kind == SuggestionKind.OFFICE and written.office_id == current.office_id


def test_a_ministry_is_never_given_to_a_commune_office(offices):
    suggestion = default_mapping("Bộ Công Thương", offices=offices)
    assert suggestion.office_id is None and suggestion.code == "no_counterpart"


def test_a_national_collective_is_a_group_not_an_office(offices):
    suggestion = default_mapping("Các bộ, ngành, địa phương", offices=offices)
    assert (suggestion.kind, suggestion.office_id) == (SuggestionKind.COLLECTIVE, None)
