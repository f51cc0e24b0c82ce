"""Every doubt the importer can raise has words on the review screen (no code reaches the officer)."""

from __future__ import annotations

import importlib
import pkgutil

import pytest

import xa_planner.importing
from xa_planner.gui.widgets.task_labels import doubt_label


def _doubt_codes() -> set[str]:
    codes = set()
    for info in pkgutil.iter_modules(xa_planner.importing.__path__):
        module = importlib.import_module(f"xa_planner.importing.{info.name}")
        codes |= {v for k, v in vars(module).items() if k.startswith("DOUBT_") and isinstance(v, str)}
    return codes


@pytest.mark.parametrize("code", sorted(_doubt_codes()))
def test_each_doubt_is_named_in_words(code):
    assert doubt_label(code) != code
