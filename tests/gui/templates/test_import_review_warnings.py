"""The review shows what the importer noticed while reading the file, in the language in use."""

from __future__ import annotations

import os
from pathlib import Path

from xa_planner.gui.templates.import_review_dialog import ImportReviewDialog
from xa_planner.gui.widgets.translator import install_language

from .test_import_review_source_page import PLANS, review_opened_from_the_window, window  # noqa: F401

SEED_004 = next(PLANS.glob("004_*.txt"))  # repeated numbers, 29 tasks with no lead office
SEED_003 = next(PLANS.glob("003_*.txt"))  # read cleanly
SHOTS = os.environ.get("XA_PLANNER_REVIEW_SHOTS")  # a folder to keep the screenshots in, to look at


def _save(dialog: ImportReviewDialog, folder: Path, name: str) -> None:
    target = Path(SHOTS) if SHOTS else folder
    target.mkdir(parents=True, exist_ok=True)
    assert dialog.grab().save(str(target / name))


def test_the_review_shows_the_reading_warnings_and_they_follow_a_language_switch(
    qtbot, qapp, translator, window, monkeypatch, tmp_path  # noqa: F811
):
    seen: dict[str, str] = {}

    def look(dialog: ImportReviewDialog) -> None:
        label = dialog._ui.warnings_label
        # Then, above the tasks, the review says what the reading noticed
        assert label.isVisible()
        seen["vi"] = label.text()
        _save(dialog, tmp_path, "review-warnings-vi.png")
        # When the officer switches to English with the review open
        install_language(qapp, translator, "en")
        seen["en"] = label.text()
        qtbot.wait(50)  # the relaid form, as the officer sees it
        _save(dialog, tmp_path, "review-warnings-en.png")
        install_language(qapp, translator, "vi")

    # Given the officer imports seed 004 from the window, as they do
    review_opened_from_the_window(qtbot, window, monkeypatch, SEED_004, look)

    assert seen["vi"].startswith("Khi đọc tệp:")
    assert "Số thứ tự bị lặp lại trong kế hoạch: IV.11.-1, IV.6.-1, IV.6.-2" in seen["vi"]
    assert "29 nhiệm vụ chưa có cơ quan chủ trì." in seen["vi"]
    # Then the same warnings read in English
    assert seen["en"].startswith("While reading the file:")
    assert "Numbers repeated in the plan: IV.11.-1, IV.6.-1, IV.6.-2" in seen["en"]
    assert "29 tasks have no lead office." in seen["en"]


def test_a_plan_read_cleanly_shows_no_warning_banner(qtbot, window, monkeypatch):  # noqa: F811
    shown: list[bool] = []
    review_opened_from_the_window(
        qtbot, window, monkeypatch, SEED_003,
        lambda dialog: shown.append(dialog._ui.warnings_label.isVisible()),
    )
    assert shown == [False]
