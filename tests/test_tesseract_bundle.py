"""The build puts Tesseract, its libraries and only the vie/eng/osd models into the bundle, or says what is missing."""

from __future__ import annotations

import importlib.util
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).parents[1]
_SPEC = importlib.util.spec_from_file_location("tesseract_bundle", ROOT / "packaging" / "tesseract_bundle.py")
assert _SPEC and _SPEC.loader
tesseract_bundle = importlib.util.module_from_spec(_SPEC)
sys.modules["tesseract_bundle"] = tesseract_bundle  # dataclasses look their module up by name
_SPEC.loader.exec_module(tesseract_bundle)

SCAN = ROOT / "tests" / "data" / "plans" / "scans" / "scanned_plan.tif"


def fake_windows_install(folder: Path, models=("vie", "eng", "osd", "fra", "chi_sim")) -> Path:
    """A UB Mannheim-like folder: the program, its DLLs, training tools, docs and a tessdata folder."""
    install = folder / "Tesseract-OCR"
    (install / "tessdata" / "configs").mkdir(parents=True)
    (install / "doc").mkdir()
    for name in ("tesseract.exe", "libtesseract-5.dll", "libleptonica-6.dll", "zlib1.dll", "text2image.exe",
                 "unicharset_extractor.exe", "tesseract-uninstall.exe", "README.md"):  # fmt: skip
        (install / name).write_bytes(b"MZ" + name.encode())
    (install / "doc" / "LICENSE").write_text("Apache License 2.0")
    (install / "doc" / "ReleaseNotes.md").write_text("notes")
    for model in models:
        (install / "tessdata" / f"{model}.traineddata").write_bytes(model.encode())
    (install / "tessdata" / "configs" / "tsv").write_text("tessedit_create_tsv 1\n")
    (install / "tessdata" / "pdf.ttf").write_bytes(b"font")
    return install


def relative_files(folder: Path) -> set[str]:
    return {path.relative_to(folder).as_posix() for path in folder.rglob("*") if path.is_file()}


def test_a_windows_install_gives_the_program_its_dlls_and_three_models(tmp_path):
    # Given Tesseract installed for all users in Program Files, with extra languages and tools
    install = fake_windows_install(tmp_path / "Program Files")
    env = {"PROGRAMFILES": str(tmp_path / "Program Files"), "LOCALAPPDATA": str(tmp_path / "AppData")}
    # When the build looks for it and copies it into the bundle
    found = tesseract_bundle.find_installation(env=env, windows=True, which=lambda name: None)
    tesseract_bundle.copy_into(found, tmp_path / "bundle")
    # Then the bundle holds the program, its DLLs, the vie/eng/osd models, the tsv config and the licence
    assert found.program == install / "tesseract.exe"
    assert relative_files(tmp_path / "bundle") == {
        "tesseract/tesseract.exe",
        "tesseract/libtesseract-5.dll",
        "tesseract/libleptonica-6.dll",
        "tesseract/zlib1.dll",
        "tesseract/tessdata/vie.traineddata",
        "tesseract/tessdata/eng.traineddata",
        "tesseract/tessdata/osd.traineddata",
        "tesseract/tessdata/configs/tsv",
        "tesseract/licenses/LICENSE",
    }


def test_an_explicit_folder_wins_over_the_standard_places(tmp_path):
    standard = fake_windows_install(tmp_path / "Program Files")
    chosen = fake_windows_install(tmp_path / "unpacked")
    env = {"PROGRAMFILES": str(standard.parent)}
    found = tesseract_bundle.find_installation(chosen, env=env, windows=True, which=lambda name: None)
    assert found.program == chosen / "tesseract.exe"
    assert found.tessdata == chosen / "tessdata"


def test_a_tesseract_without_the_vietnamese_model_stops_the_build_with_a_clear_sentence(tmp_path):
    # Given Tesseract installed with its default English model only
    install = fake_windows_install(tmp_path / "Program Files", models=("eng", "osd"))
    # When the build looks for it, Then it stops, naming the missing model and where it belongs
    with pytest.raises(tesseract_bundle.TesseractBundleError, match=r"no Vietnamese model.*vie\.traineddata"):
        tesseract_bundle.find_installation(install, windows=True)


def test_no_tesseract_anywhere_says_what_to_install(tmp_path):
    with pytest.raises(tesseract_bundle.TesseractBundleError, match="Tesseract not found"):
        tesseract_bundle.find_installation(env={"PROGRAMFILES": str(tmp_path)}, windows=True, which=lambda name: None)


DEBIAN_TESSERACT = shutil.which("tesseract")


@pytest.mark.skipif(DEBIAN_TESSERACT is None, reason="needs Debian's tesseract-ocr and tesseract-ocr-vie")
def test_the_debian_tesseract_on_path_is_found_with_the_tessdata_it_reports(tmp_path):
    # Given Debian's tesseract on PATH, its models in /usr/share/tesseract-ocr/<version>/tessdata
    # When the build looks for it and copies it
    found = tesseract_bundle.find_installation(env={}, windows=False)
    written = tesseract_bundle.copy_into(found, tmp_path)
    # Then the program and the three models are copied, and the note says it is the tested model
    assert found.program == Path(DEBIAN_TESSERACT).resolve()
    assert found.tessdata.name == "tessdata" and (found.tessdata / "vie.traineddata").is_file()
    names = {path.relative_to(tmp_path).as_posix() for path in written}
    assert {"tesseract/tesseract", "tesseract/tessdata/vie.traineddata", "tesseract/tessdata/eng.traineddata",
            "tesseract/tessdata/osd.traineddata", "tesseract/tessdata/configs/tsv"} <= names  # fmt: skip
    assert not any(name.endswith(".traineddata") and name.split("/")[-1][:3] not in ("vie", "eng", "osd") for name in names)
    assert not any(name.startswith("tesseract/") and name.count("/") == 1 and name != "tesseract/tesseract" for name in names)
    assert not any("warning" in line for line in tesseract_bundle.notes(found))


@pytest.mark.skipif(DEBIAN_TESSERACT is None, reason="needs Debian's tesseract-ocr and tesseract-ocr-vie")
def test_the_copied_tesseract_reads_a_scan_with_only_its_own_models(tmp_path):
    # Given Debian's Tesseract copied into a bundle folder
    found = tesseract_bundle.find_installation(env={}, windows=False)
    tesseract_bundle.copy_into(found, tmp_path)
    folder = tmp_path / "tesseract"
    # When the copy reads a scanned page the way the app runs a bundled copy (its folder, its tessdata)
    env = {key: value for key, value in os.environ.items() if key != "TESSDATA_PREFIX"}
    done = subprocess.run(
        ["./tesseract", "--tessdata-dir", "tessdata", str(SCAN), "stdout", "-l", "vie", "--psm", "3", "tsv"],
        cwd=folder, env={**env, "OMP_THREAD_LIMIT": "1"}, capture_output=True, timeout=120, check=False,
    )  # fmt: skip
    # Then it recognises the Vietnamese words of the plan
    assert done.returncode == 0, done.stderr
    assert "NHIỆM" in done.stdout.decode("utf-8")


def test_the_command_line_step_fails_clearly_when_vie_is_missing(tmp_path):
    install = fake_windows_install(tmp_path / "unpacked", models=("eng",))
    (install / "tesseract").write_bytes(b"#!")  # the program name on this system
    done = subprocess.run(
        [sys.executable, ROOT / "packaging" / "tesseract_bundle.py", "--tesseract", install, "--into", tmp_path / "out"],
        capture_output=True, text=True, timeout=60, check=False,
    )  # fmt: skip
    assert done.returncode == 1
    assert "has no Vietnamese model" in done.stderr
    assert not (tmp_path / "out").exists()
