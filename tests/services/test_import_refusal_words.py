"""A file's refusal is a code and its data, worded in the language active when it is shown."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from xa_planner import localization
from xa_planner import settings as settings_store
from xa_planner.cli import EXIT_BAD_INPUT, main
from xa_planner.importing.errors import ImportRefusal, ImportRejected
from xa_planner.services.demo_service import create_demo
from xa_planner.services.import_refusal_texts import import_refusal_text

HOSTILE = Path(__file__).resolve().parents[1] / "data" / "hostile"
# Every piece of data any refusal quotes, so that each sentence can be filled in.
SAMPLE = {
    "size": 51.2,
    "limit": 50,
    "name": "ke-hoach.docx",
    "reason": "Permission denied",
    "seconds": 60,
    "count": 2_500_000,
}


@pytest.fixture
def workspace(tmp_path):
    with create_demo(tmp_path / "r.xaplan", tasks=10, months=1, today=dt.date(2026, 6, 20)) as opened:
        yield opened


@pytest.mark.parametrize("language", ["vi", "en"])
@pytest.mark.parametrize("code", list(ImportRefusal))
def test_every_refusal_has_a_sentence_with_its_data_filled_in(vietnamese, code, language):
    # Given a refusal of each kind, carrying the data its sentence may quote
    refusal = ImportRejected(code, **SAMPLE)

    # When it is worded in each language
    localization.set_language(language)
    sentence = import_refusal_text(refusal)

    # Then there is a sentence and no placeholder is left unfilled
    assert sentence.strip()
    assert "{" not in sentence and "}" not in sentence


def test_each_refusal_says_something_of_its_own(vietnamese):
    sentences = {import_refusal_text(ImportRejected(code, **SAMPLE)) for code in ImportRefusal}
    assert len(sentences) == len(ImportRefusal)


def test_a_refusal_names_its_code_and_data_for_the_log_never_a_sentence():
    refusal = ImportRejected(ImportRefusal.WORKBOOK_FOREIGN, name="bang.xlsx")
    assert str(refusal) == "workbook_foreign (name='bang.xlsx')"
    assert str(ImportRejected(ImportRefusal.EMPTY)) == "empty"


def test_a_workbook_refused_in_vietnamese_reads_in_english_after_a_switch(
    vietnamese, workspace, tmp_path
):
    # Given a provincial indicator workbook that is not a workbook, refused while in Vietnamese
    path = tmp_path / "bang.xlsx"
    path.write_text("không phải bảng tính", encoding="utf-8")
    with pytest.raises(ImportRejected) as refused:
        workspace.indicator_workbook.preview(path)
    assert import_refusal_text(refused.value) == (
        "Tệp bang.xlsx không phải bảng tính Excel (.xlsx) đọc được; hãy mở bằng Excel, "
        "lưu dạng .xlsx rồi chọn lại."
    )

    # When the officer switches the application to English before the refusal is shown
    localization.set_language("en")

    # Then the same refusal reads in English, the file still named
    assert import_refusal_text(refused.value) == (
        "bang.xlsx is not a readable Excel workbook (.xlsx); open it in Excel, save it as .xlsx "
        "and choose it again."
    )


def test_the_cli_refuses_a_hostile_plan_in_the_language_of_the_settings(
    vietnamese, tmp_path, monkeypatch, capsys
):
    # Given English chosen in the settings
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    settings_store.save(
        settings_store.Settings(language="en"),
        tmp_path / "config" / "xa_planner" / "settings.json",
    )

    # When the officer asks the command line to read a plan with a dangerous XML entity
    code = main(["parse", str(HOSTILE / "billion_laughs.docx")])

    # Then it is refused in one English line, as bad input
    assert code == EXIT_BAD_INPUT
    assert capsys.readouterr().err == (
        "xa-planner: The file contains dangerous XML (entity declarations or external "
        "references) and was refused.\n"
    )
