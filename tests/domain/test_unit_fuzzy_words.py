"""A unit name is recognised through OCR damage to its letters, never through another word in its place."""

from __future__ import annotations

import pytest

from xa_planner.domain.units import find_unit


@pytest.mark.parametrize("written", ["Trưởng thôn", "trưởng thôn", "Bí thư chi bộ"])
def test_a_name_with_another_word_in_it_is_no_catalogue_unit(written):
    # Given an office holder's title one word away from a catalogue name ("Trường học")
    # When it is looked up
    found = find_unit(written)

    # Then it is not taken for that unit
    assert found is None


@pytest.mark.parametrize(
    ("damaged", "unit"),
    [("Công an xd", "Công an xã"), ("Hoi Nong dam", "Hội Nông dân xã"), ("Tram Y tc", "Trạm Y tế xã")],
)
def test_a_name_with_a_misread_letter_is_still_its_unit(damaged, unit):
    # Given a catalogue name with a letter misread by OCR
    # When it is looked up
    found = find_unit(damaged)

    # Then the unit is recognised
    assert found is not None and found.unit.name == unit
