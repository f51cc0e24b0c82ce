"""Trợ giúp → Hướng dẫn sử dụng (F1): the guide opens in the interface's language, its pictures load,
and every menu or button it names in bold is one the officer can find."""

from __future__ import annotations

import html
import importlib.util
import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, Qt, QUrl
from PySide6.QtGui import QImage, QKeySequence, QTextDocument
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDialogButtonBox

from xa_planner import diagnostics
from xa_planner.gui.main.main_window import MainWindow
from xa_planner.gui.widgets.translator import install_language
from xa_planner.gui.workspace.help_dialog import GUIDE_PAGE, HelpDialog, guide_folder, guide_html
from xa_planner.localization import LANGUAGES

ROOT = Path(__file__).resolve().parents[3]
UI_DIR = ROOT / "ui"
PICTURE_WIDTH_LIMIT = 1000  # the guide window is 1040 wide
PICTURES_BUDGET = 900 * 1024  # per language: the guide ships inside the installer
_STANDARD_BUTTONS = (
    QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Ok
    | QDialogButtonBox.StandardButton.Cancel | QDialogButtonBox.StandardButton.Close
)


def _guide_screens():
    """packaging/guide_screens.py, the script that takes the guide's pictures."""
    spec = importlib.util.spec_from_file_location("guide_screens", ROOT / "packaging" / "guide_screens.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _page(language: str) -> str:
    return (guide_folder(language) / GUIDE_PAGE).read_text(encoding="utf-8")


def _pictures(language: str) -> list[str]:
    return re.findall(r'<img\s+src="([^"]+)"', _page(language))


def _bold_names(language: str) -> set[str]:
    return {_plain(html.unescape(name)) for name in re.findall(r"<b>(.*?)</b>", _page(language), re.S)}


def _plain(label: str) -> str:
    """A label as the officer reads it: no mnemonic '&', no trailing '…' or ':'."""
    return " ".join(label.replace("&", "").split()).rstrip("…:. ").strip()


def _interface_names() -> set[str]:
    """Every text of every .ui form as the active language shows it, and the standard buttons."""
    names = set()
    for form in UI_DIR.glob("*.ui"):
        root = ET.parse(form).getroot()
        context = root.findtext("class")
        for string in root.iter("string"):
            if string.text and string.get("notr") != "true":
                names.add(_plain(QCoreApplication.translate(context, string.text)))
    box = QDialogButtonBox(_STANDARD_BUTTONS)
    names.update(_plain(button.text()) for button in box.buttons())
    return names


@pytest.fixture
def window(qtbot, translator, demo_workspace, today):
    widget = MainWindow(demo_workspace, "vi", today=lambda: today)
    qtbot.addWidget(widget)
    widget.show()
    return widget


def _open_guide(qtbot, window) -> HelpDialog:
    window._ui.help_guide_action.trigger()
    dialog = window.findChild(HelpDialog)
    assert dialog is not None
    qtbot.waitUntil(dialog.isVisible)
    return dialog


def test_pressing_f1_opens_the_guide_in_vietnamese(qtbot, window):
    # Given the main window in Vietnamese, the guide listed in the Trợ giúp menu with F1
    action = window._ui.help_guide_action
    assert action in window._ui.help_menu.actions()
    assert action.text().replace("&", "") == "Hướng dẫn sử dụng"
    assert action.shortcut() == QKeySequence(Qt.Key.Key_F1)
    with qtbot.waitActive(window):
        window.activateWindow()

    # When the officer presses F1
    QTest.keyClick(window, Qt.Key.Key_F1)

    # Then the Vietnamese guide opens
    qtbot.waitUntil(lambda: window.findChild(HelpDialog) is not None)
    dialog = window.findChild(HelpDialog)
    qtbot.waitUntil(dialog.isVisible)

    # showing the yearly plan and the monthly cycle
    assert dialog.language() == "vi"
    text = dialog.browser().toPlainText()
    assert text.startswith("Hướng dẫn sử dụng")
    assert "Kế hoạch năm" in text and "Hằng tháng" in text
    # and choosing it again from the menu brings the same window forward instead of a second one
    assert _open_guide(qtbot, window) is dialog
    assert len(window.findChildren(HelpDialog)) == 1


def test_after_switching_to_english_the_guide_is_in_english(qtbot, qapp, translator, window):
    # Given the guide open in Vietnamese
    dialog = _open_guide(qtbot, window)

    # When the officer switches the interface to English
    install_language(qapp, translator, "en")

    # Then the open guide turns English
    assert dialog.language() == "en"
    assert dialog.browser().toPlainText().startswith("User guide")
    assert "Every month" in dialog.browser().toPlainText()
    assert "Hướng dẫn" not in dialog.browser().toPlainText()


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_picture_of_the_guide_exists_and_loads_in_the_guide_window(qtbot, translator, qapp, language):
    install_language(qapp, translator, language)
    dialog = HelpDialog()
    qtbot.addWidget(dialog)
    pictures = _pictures(language)
    assert len(pictures) >= 10
    for src in pictures:
        path = guide_folder(language) / src
        assert path.is_file(), f"{language}: {src} is missing"
        # Resolved the way the guide window resolves it: offline, through its search path
        data = dialog.browser().loadResource(QTextDocument.ResourceType.ImageResource.value, QUrl(src))
        assert data is not None, f"{language}: the guide window cannot find {src}"
        picture = QImage.fromData(data)
        assert not picture.isNull(), f"{language}: {src} is not a picture"
        assert picture.width() <= PICTURE_WIDTH_LIMIT


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_pictures_are_small_palette_images(language):
    pictures = [guide_folder(language) / src for src in _pictures(language)]
    assert sum(p.stat().st_size for p in pictures) < PICTURES_BUDGET
    for path in pictures:
        # An 8-bit palette PNG: colour type 3 in the header
        assert path.read_bytes()[25] == 3, f"{path.name} is not a palette PNG"


def test_both_guides_show_the_same_pictures_and_sections():
    vi, en = _page("vi"), _page("en")
    assert _pictures("vi") == _pictures("en")
    assert re.findall(r'<h2 id="(\w+)"', vi) == re.findall(r'<h2 id="(\w+)"', en)
    assert re.findall(r'href="#(\w+)"', vi) == re.findall(r'<h2 id="(\w+)"', vi)


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_name_the_guide_sets_in_bold_is_a_real_menu_page_or_button(qapp, translator, language):
    # Given the interface in the guide's language
    install_language(qapp, translator, language)
    # Then every menu, page, field or button the guide names in bold is on a screen, word for word
    unknown = sorted(_bold_names(language) - _interface_names())
    assert unknown == [], f"{language}: the guide names what no screen shows: {unknown}"


def test_the_guide_names_this_computers_log_file():
    for language in LANGUAGES:
        text = guide_html(language)
        assert html.escape(str(diagnostics.log_file())) in text
        assert "%LOG_FILE%" not in text


def test_a_contents_link_scrolls_to_its_section(qtbot, translator):
    dialog = HelpDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    bar = dialog.browser().verticalScrollBar()
    assert bar.value() == 0

    dialog.browser().setSource(QUrl("#monthly"))

    qtbot.waitUntil(lambda: bar.value() > 0)



def test_the_picture_script_takes_exactly_the_pictures_the_guides_show():
    taken = {f"screens/{name}.png" for name in _guide_screens().SCREENS}
    for language in LANGUAGES:
        assert set(_pictures(language)) == taken
        shipped = {f"screens/{p.name}" for p in (guide_folder(language) / "screens").glob("*.png")}
        assert shipped == taken, f"{language}: pictures nobody shows or nobody takes"


@pytest.mark.slow
def test_the_picture_script_still_opens_every_screen_the_guide_shows(qapp, translator, tmp_path):
    # Given the script that retakes the pictures after a screen changes
    script = _guide_screens()
    (tmp_path / "work").mkdir()

    # When it runs on a demo commune in Vietnamese
    saved = script.take_pictures(qapp, translator, "vi", tmp_path / "work", guide_dir=tmp_path / "guide")

    # Then every picture is written, small and no wider than the guide window shows
    assert [p.name for p in saved] == [f"{name}.png" for name in script.SCREENS]
    for path in saved:
        picture = QImage(str(path))
        assert not picture.isNull() and picture.width() <= PICTURE_WIDTH_LIMIT
        assert path.read_bytes()[25] == 3
