"""The gettext catalogues: complete in English, Qt's own strings in Vietnamese, compiled and consistent."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest
from babel.messages.pofile import read_po

from xa_planner import localization

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def pipeline():
    spec = importlib.util.spec_from_file_location("xa_i18n_pipeline", ROOT / "packaging" / "i18n.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _ids(path: Path) -> set:
    with path.open("rb") as handle:
        return {(m.context, m.id if isinstance(m.id, str) else m.id[0]) for m in read_po(handle) if m.id}


@pytest.mark.parametrize("language", ["vi", "en"])
def test_every_message_that_needs_a_translation_has_one(pipeline, language):
    assert pipeline.untranslated(language) == []


@pytest.mark.parametrize("language", ["vi", "en"])
def test_each_catalogue_holds_every_message_of_the_template(pipeline, language):
    missing = _ids(pipeline.POT_FILE) - _ids(pipeline.po_path(language))
    assert not missing, f"run `python packaging/i18n.py`; missing: {sorted(missing, key=str)[:10]}"


@pytest.mark.parametrize("language", ["vi", "en"])
def test_compiled_catalogues_are_not_stale(pipeline, language):
    assert pipeline.mo_is_current(language), "run `python packaging/i18n.py`"


def test_a_catalogue_compiled_by_another_babel_version_is_still_current(pipeline, tmp_path, monkeypatch):
    """Only the messages count: the Generated-By header changes with every Babel release."""
    import babel.messages.catalog

    monkeypatch.setattr(babel.messages.catalog, "VERSION", "0.0")
    older = pipeline.compiled_mo("en")
    monkeypatch.undo()
    monkeypatch.setattr(pipeline, "mo_path", lambda language: tmp_path / f"{language}.mo")
    (tmp_path / "en.mo").write_bytes(older)
    assert older != pipeline.compiled_mo("en")
    assert pipeline.mo_is_current("en")


@pytest.mark.parametrize("language", ["vi", "en"])
def test_placeholders_match_between_source_and_translation(pipeline, language):
    assert pipeline.placeholder_mismatches(language) == []


def test_qt_standard_buttons_read_vietnamese(pipeline):
    localization.set_language("vi")
    assert localization.pgettext("QPlatformTheme", "Cancel") == "Hủy"
    assert localization.pgettext("QPlatformTheme", "&Yes") == "&Có"


def test_the_template_is_current_with_the_sources(pipeline, tmp_path, monkeypatch):
    """Extracting again finds no message that the template lacks (code or .ui changed without the pipeline)."""
    monkeypatch.setattr(pipeline, "POT_FILE", tmp_path / "fresh.pot")
    pipeline.extract()
    new = _ids(tmp_path / "fresh.pot") - _ids(ROOT / "i18n" / "xa_planner.pot")
    assert not new, f"run `python packaging/i18n.py` and translate: {sorted(new, key=str)[:10]}"
