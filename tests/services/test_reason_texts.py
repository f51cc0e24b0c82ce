"""Reasons are codes and words from the domain, worded in the language active when shown."""

from __future__ import annotations

import dataclasses
from pathlib import Path

from xa_planner import localization
from xa_planner.domain.derivation import RelevanceCode, suggest_relevance
from xa_planner.domain.offices import standard_offices
from xa_planner.domain.plans import TemplateTask
from xa_planner.domain.reasons import Reason
from xa_planner.domain.unit_mapping import MappingCode, default_mapping
from xa_planner.services.reason_texts import reason_text
from xa_planner.services.workspace_service import create_empty

SEED_003 = next((Path(__file__).parents[1] / "data" / "plans").glob("003_*.txt"))


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


def test_the_wizard_draft_carries_reasons_that_follow_a_language_switch(vietnamese, tmp_path):
    # Given the derivation wizard's draft of seed 003, made while the app speaks Vietnamese
    workspace = create_empty(tmp_path / "reasons.xaplan", "Vĩnh Thủy", "Quảng Trị")
    try:
        template_id = workspace.templates.import_file(SEED_003).template_id
        draft = workspace.derivation.draft(template_id, 2026)
        units = workspace.derivation.unit_choices(template_id, [c.position for c in draft.candidates])
    finally:
        workspace.close()
    before = [reason_text(c.reason) for c in draft.candidates] + [reason_text(u.reason) for u in units]

    # When the language switches to English after the draft was made
    localization.set_language("en")
    after = [reason_text(c.reason) for c in draft.candidates] + [reason_text(u.reason) for u in units]

    # Then every reason is shown in English, none left in Vietnamese
    assert all(vi != en for vi, en in zip(before, after, strict=True))
    assert any(text.startswith("Led at commune level") for text in after)
