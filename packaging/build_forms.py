"""Compile ui/*.ui and resources/xa_planner.qrc into src/xa_planner/gui/forms/ (run after editing a form)."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
UI_DIR = ROOT / "ui"
RESOURCES_DIR = ROOT / "resources"
QRC_FILE = RESOURCES_DIR / "xa_planner.qrc"
FORMS_DIR = ROOT / "src" / "xa_planner" / "gui" / "forms"
RESOURCES_MODULE = "resources_rc.py"
_TOOL_VERSION = re.compile(r"^(#+ Created by: .*?) version \S+$", re.MULTILINE)
INIT_TEXT = '"""Python modules generated from ui/*.ui and resources/ by packaging/build_forms.py; never edit."""\n'


def _tool(name: str) -> str:
    """The PySide6 tool *name* installed beside this interpreter, else the one on PATH."""
    beside = Path(sys.executable).with_name(name)
    return str(beside) if beside.exists() else (shutil.which(name) or name)


def module_name(ui_file: Path) -> str:
    """ui/main_window.ui → main_window_ui.py."""
    return f"{ui_file.stem}_ui.py"


def compile_form(ui_file: Path) -> str:
    """The Python source pyside6-uic generates for *ui_file* (run from ui/ so it is path-stable)."""
    result = subprocess.run(
        [_tool("pyside6-uic"), ui_file.name],
        cwd=ui_file.parent,
        check=True,
        capture_output=True,
        text=True,
        encoding="utf-8",
    )
    # The tool's version in the banner changes with every Qt patch release, the code does not.
    return _TOOL_VERSION.sub(r"\1", result.stdout)


def compile_resources() -> str:
    """The Python source pyside6-rcc generates for the icons and style sheet (no timestamps)."""
    result = subprocess.run(
        [_tool("pyside6-rcc"), "--format-version", "1", "--no-compress", QRC_FILE.name],
        cwd=QRC_FILE.parent,
        check=True,
        capture_output=True,
        text=True,
        encoding="utf-8",
    )
    return _TOOL_VERSION.sub(r"\1", result.stdout)


def expected_outputs() -> dict[Path, str]:
    """Every generated file with the content it must have."""
    outputs = {FORMS_DIR / module_name(ui): compile_form(ui) for ui in sorted(UI_DIR.glob("*.ui"))}
    outputs[FORMS_DIR / RESOURCES_MODULE] = compile_resources()
    outputs[FORMS_DIR / "__init__.py"] = INIT_TEXT
    return outputs


def stale_outputs() -> list[Path]:
    """Generated files that are missing or differ from what the sources produce now."""
    stale = []
    for path, text in expected_outputs().items():
        if not path.exists() or path.read_text(encoding="utf-8") != text:
            stale.append(path)
    return stale


def main() -> int:
    FORMS_DIR.mkdir(parents=True, exist_ok=True)
    for path, text in expected_outputs().items():
        if not path.exists() or path.read_text(encoding="utf-8") != text:
            path.write_text(text, encoding="utf-8", newline="\n")
            print(f"wrote {path.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
