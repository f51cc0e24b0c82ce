"""Reasons are codes and words from the domain, worded in the language active when shown."""

from __future__ import annotations

import dataclasses

import pytest

from xa_planner import localization
from xa_planner.domain.derivation import RelevanceCode, suggest_relevance
from xa_planner.domain.offices import standard_offices
from xa_planner.domain.plans import TemplateTask
from xa_planner.domain.reasons import Reason
from xa_planner.domain.unit_mapping import MappingCode, default_mapping
from xa_planner.services.reason_texts import reason_text


@pytest.fixture
def vietnamese():
    before = localization.current_language()
    localization.set_language("vi")
    yield
    localization.set_language(before)


def _task(lead: str, content: str) -> TemplateTask:
    return TemplateTask(ref="1", content=content, section="II", lead=(lead,))


def test_a_reason_made_in_vietnamese_is_shown_in_english_after_the_switch(vietnamese):
    # Given reasons made while the application speaks Vietnamese
    relevance = suggest_relevance(_task("UBND cấp xã", "Rà soát dữ liệu dân cư"))
    offices = [dataclasses.replace(o, id=i + 1) for i, o in enumerate(standard_offices())]
    mapping = default_mapping("Sở Tài chính", offices=offices)
    assert reason_text(relevance.reason) == "Cấp xã chủ trì: UBND cấp xã"

    # When the officer switches to English, then shows them
    localization.set_language("en")

    # Then they read in English, their words filled in
    assert reason_text(relevance.reason) == "Led at commune level: UBND cấp xã"
    assert reason_text(mapping.reason) == "Default table: Sở Tài chính → Phòng Kinh tế"


def test_every_reason_code_has_its_own_sentence():
    codes = [*RelevanceCode, *MappingCode]
    assert len({code.value for code in codes}) == len(codes)  # no two families share a value
    for code in codes:
        assert reason_text(_reason_with_every_word(code))


def _reason_with_every_word(code: RelevanceCode | MappingCode) -> Reason:
    return Reason.of(code, unit="Sở Y tế", office="Phòng Văn hóa - Xã hội", words="cấp xã")

