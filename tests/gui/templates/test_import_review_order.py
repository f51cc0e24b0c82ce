"""The import review's tree lists a plan's sections in document order: a section before its sub-sections."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex

from xa_planner.domain.task_groups import section_ref
from xa_planner.gui.templates.import_review_dialog import ImportReviewDialog
from xa_planner.services.import_draft import ImportDraft
from xa_planner.services.template_service import file_sha256, parse_plan

PLANS = Path(__file__).parents[2] / "data" / "plans"
SEEDS = sorted(PLANS.glob("0*.txt"))
SHAPES = sorted((PLANS / "shapes").glob("*.txt"))


def _review(qtbot, path: Path) -> ImportReviewDialog:
    draft = ImportDraft(parse_plan(path), path.name, file_sha256(path))
    dialog = ImportReviewDialog(None, draft)
    qtbot.addWidget(dialog)
    return dialog


def _walk(model, parent=QModelIndex()):  # noqa: B008
    """(depth, text, task index or None) of every row, top to bottom as the tree shows them."""
    for row in range(model.rowCount(parent)):
        index = model.index(row, 0, parent)
        yield index, model.task_at(index)
        yield from _walk(model, index)


def test_seed_003s_part_ii_comes_before_its_sub_sections(qtbot, translator):
    # Given seed 003 opened for review
    model = _review(qtbot, next(PLANS.glob("003_*.txt"))).model
    # Then its part II heads the tree and holds II.1 first, then task II.2 "Về dữ liệu", then II.3
    top = model.index(0, 0)
    assert model.rowCount() == 1 and top.data() == "II NỘI DUNG VÀ PHÂN CÔNG NHIỆM VỤ"
    children = [model.index(r, 0, top) for r in range(model.rowCount(top))]
    assert children[0].data() == "II.1 Về pháp lý"
    assert children[1].data().startswith("II.2  Về dữ liệu") and model.task_at(children[1]) == 2
    assert children[2].data() == "II.3 Về hạ tầng công nghệ"


@pytest.mark.parametrize("path", SEEDS + SHAPES, ids=lambda p: p.stem)
def test_the_tree_keeps_the_sources_order(qtbot, translator, path):
    # Given any plan opened for review
    dialog = _review(qtbot, path)
    rows = list(_walk(dialog.model))
    # Then the tasks read top to bottom are the draft's tasks in order
    assert [task for _index, task in rows if task is not None] == list(range(len(dialog.draft.tasks)))
    # And no section is listed after one of its own sub-sections
    seen: list[str] = []
    for index, task in rows:
        if task is None and (ref := section_ref(index.data())):
            assert not [s for s in seen if s.startswith(ref + ".")], index.data()
            seen.append(ref)
