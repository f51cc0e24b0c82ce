"""Font choice: only families covering every Vietnamese letter; the shipped copy always works."""

from __future__ import annotations

from pathlib import Path

import reportlab

from xa_planner.exporting import fonts


def test_the_chosen_family_covers_vietnamese():
    chosen = fonts.pdf_fonts()
    assert chosen.family in ("Times New Roman", "Liberation Serif", "Tinos")
    assert all(fonts.covers_vietnamese(path) for path in chosen.source.paths())


def test_the_shipped_liberation_serif_covers_vietnamese_and_carries_its_licence():
    shipped = fonts.candidate_families()[-1]
    assert all(path.is_file() for path in shipped.paths())
    assert all(fonts.covers_vietnamese(path) for path in shipped.paths())
    assert (shipped.regular.parent / "LICENSE-LiberationSerif.txt").is_file()


def test_a_font_without_vietnamese_letters_is_refused():
    vera = Path(reportlab.__file__).parent / "fonts" / "Vera.ttf"
    assert vera.is_file()
    assert not fonts.covers_vietnamese(vera)


def test_a_missing_or_broken_file_is_refused(tmp_path):
    broken = tmp_path / "times.ttf"
    broken.write_bytes(b"not a font")
    assert not fonts.covers_vietnamese(broken)
    assert not fonts.covers_vietnamese(tmp_path / "absent.ttf")
