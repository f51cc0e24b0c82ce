"""A refused sheet carries why as a kind and data, worded in the language active when shown."""

from __future__ import annotations

import pytest

from xa_planner import localization
from xa_planner.importing.errors import ImportRefusal, ImportRejected
from xa_planner.services.sheet_problem_texts import sheet_refusal_text
from xa_planner.services.sheet_views import SheetRefusal, SheetRefusalKind

from .conftest import JUNE, MAY

WORDS = {"file": "kinh-te.xlsx", "other": "X", "commune": "Vĩnh Thủy", "plan": "3", "month": "06/2026",
         "office": "Phòng Kinh tế", "id": 7, "reason": "Permission denied"}


def _refusal(kind: SheetRefusalKind) -> SheetRefusal:
    rejected = ImportRejected(ImportRefusal.ARCHIVE_CORRUPT) if kind is SheetRefusalKind.REJECTED else None
    return SheetRefusal(kind, WORDS, rejected)


@pytest.mark.parametrize("language", ["vi", "en"])
def test_every_refusal_kind_has_its_own_sentence_naming_the_file(vietnamese, language):
    localization.set_language(language)
    sentences = {kind: sheet_refusal_text(_refusal(kind)) for kind in SheetRefusalKind}
    assert len(set(sentences.values())) == len(SheetRefusalKind)
    assert all("kinh-te.xlsx" in s and "{" not in s and "}" not in s for s in sentences.values())


def test_a_refusal_made_in_vietnamese_reads_in_english_after_a_switch(vietnamese, workspace, exported):
    # Given June's sheet previewed, in Vietnamese, as the import of May
    (sheet,) = workspace.sheets.preview_import([exported[0]], MAY).sheets
    name = exported[0].name
    assert sheet_refusal_text(sheet.refused) == (
        f"Phiếu {name} là của tháng {JUNE.label}, không phải tháng {MAY.label} đang nhập."
    )
    # When the officer switches to English with the preview still open
    localization.set_language("en")
    # Then the same refusal reads in English
    english = sheet_refusal_text(sheet.refused)
    assert english.startswith(f"Sheet {name} ") and JUNE.label in english and MAY.label in english
