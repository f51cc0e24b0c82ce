"""The generated form modules match ui/*.ui and resources/ (run packaging/build_forms.py after an edit)."""

from __future__ import annotations

import importlib.util
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]


def _build_forms():
    spec = importlib.util.spec_from_file_location("build_forms", ROOT / "packaging" / "build_forms.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_every_generated_form_is_up_to_date():
    stale = _build_forms().stale_outputs()
    assert not stale, f"run `python packaging/build_forms.py`; stale: {[p.name for p in stale]}"


def test_every_form_has_a_generated_module():
    build_forms = _build_forms()
    for ui_file in (ROOT / "ui").glob("*.ui"):
        assert (build_forms.FORMS_DIR / build_forms.module_name(ui_file)).exists()
