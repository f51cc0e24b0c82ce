"""What a person sees cut off in a window: text wider than its widget, buttons outside, toolbar overflow."""

from __future__ import annotations

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QFontMetrics, QTextDocument
from PySide6.QtGui import Qt as GuiQt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QCheckBox,
    QComboBox,
    QGroupBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QRadioButton,
    QStyle,
    QStyleOptionButton,
    QStyleOptionComboBox,
    QTabBar,
    QToolBar,
    QToolButton,
    QWidget,
)

# A pixel of rounding between the metrics and the painted text is not a cut.
SLACK = 1


def name_of(widget: QWidget) -> str:
    """The object name, else the class and the nearest named ancestor, so an offender can be found."""
    if widget.objectName():
        return widget.objectName()
    parent = widget.parentWidget()
    while parent is not None and not parent.objectName():
        parent = parent.parentWidget()
    owner = parent.objectName() if parent is not None else "?"
    return f"{type(widget).__name__} in {owner}"


def offenders(window: QWidget, frame: QRect, screen: QRect) -> list[str]:
    """Every visible fault of *window*, whose *frame* is shown on *screen*, one line each."""
    found = _frame_faults(window, frame, screen)
    for widget in window.findChildren(QWidget):
        if widget.isVisible():
            found.extend(_widget_faults(window, widget))
    return found


def _frame_faults(window: QWidget, frame: QRect, screen: QRect) -> list[str]:
    if screen.contains(frame):
        return []
    return [f"window {name_of(window)} {frame.width()}×{frame.height()} at ({frame.x()},{frame.y()}) "
            f"is outside the screen {screen.width()}×{screen.height()}"]


def _widget_faults(window: QWidget, widget: QWidget) -> list[str]:
    faults = []
    if isinstance(widget, QLabel):
        faults.append(_label_fault(widget))
    if isinstance(widget, QAbstractButton):
        faults.extend((_button_fault(widget), _outside_fault(window, widget)))
    if isinstance(widget, QComboBox):
        faults.append(_combo_fault(widget))
    if isinstance(widget, QGroupBox):
        faults.append(_group_fault(widget))
    if isinstance(widget, QTabBar):
        faults.extend(_tab_faults(widget))
    if isinstance(widget, QHeaderView) and widget.orientation() == Qt.Orientation.Horizontal:
        faults.extend(_header_faults(widget))
    if isinstance(widget, QToolBar):
        faults.append(_toolbar_fault(widget))
    return [fault for fault in faults if fault]


def _too_narrow(widget: QWidget, text: str, needed: int, given: int) -> str:
    if needed <= given + SLACK:
        return ""
    return f"{name_of(widget)} “{text}” needs {needed} px, has {given}"


def text_width(metrics: QFontMetrics, text: str) -> int:
    """The widest line of *text* as painted (a mnemonic's & is not drawn)."""
    lines = text.replace("&&", "\0").replace("&", "").replace("\0", "&").splitlines() or [""]
    return max(metrics.horizontalAdvance(line) for line in lines)


def _label_fault(label: QLabel) -> str:
    text = label.text()
    if not text or label.pixmap() is not None and not label.pixmap().isNull():
        return ""
    if label.wordWrap():
        return _wrapped_label_fault(label)
    if label.textFormat() == Qt.TextFormat.RichText or (
            label.textFormat() == Qt.TextFormat.AutoText and GuiQt.mightBeRichText(text)):
        document = QTextDocument()
        document.setDefaultFont(label.font())
        document.setDocumentMargin(0)
        document.setHtml(text)
        needed = int(document.idealWidth() + 0.999)
    else:
        needed = text_width(label.fontMetrics(), text)
    given = label.contentsRect().width() - 2 * label.margin() - max(label.indent(), 0)
    return _too_narrow(label, text, needed, given)


def _wrapped_label_fault(label: QLabel) -> str:
    """A word-wrapped label cut at the bottom: its lines need more height than it was given."""
    needed, given = label.heightForWidth(label.width()), label.height()
    if needed <= given + SLACK:
        return ""
    return f"{name_of(label)} “{label.text()[:60]}” wraps to {needed} px high, has {given}"


def _button_fault(button: QAbstractButton) -> str:
    text = button.text()
    if not text or (isinstance(button, QToolButton)
                    and button.toolButtonStyle() == Qt.ToolButtonStyle.ToolButtonIconOnly):
        return ""
    if isinstance(button, QPushButton):
        return _push_button_fault(button)
    if isinstance(button, (QToolButton, QCheckBox, QRadioButton)):
        return _too_narrow(button, text, button.sizeHint().width(), button.width())
    return ""


def _push_button_fault(button: QPushButton) -> str:
    option = QStyleOptionButton()
    button.initStyleOption(option)
    contents = button.style().subElementRect(QStyle.SubElement.SE_PushButtonContents, option, button)
    needed = text_width(button.fontMetrics(), button.text())
    if not button.icon().isNull():
        needed += button.iconSize().width() + 4
    if button.menu() is not None:
        needed += button.style().pixelMetric(QStyle.PixelMetric.PM_MenuButtonIndicator, option, button)
    return _too_narrow(button, button.text(), needed, contents.width())


def _outside_fault(window: QWidget, button: QAbstractButton) -> str:
    """A button outside the window, or cut by an ancestor that is not a scrolling viewport."""
    rect = button.rect()
    widget: QWidget = button
    while widget is not window and widget.parentWidget() is not None:
        parent = widget.parentWidget()
        rect = rect.translated(widget.pos())
        scrolls = isinstance(parent.parentWidget(), QAbstractScrollArea)
        if not scrolls and not parent.rect().contains(rect):
            return f"button {name_of(button)} “{button.text()}” lies outside {name_of(parent)}"
        widget = parent
    return ""


def _combo_fault(combo: QComboBox) -> str:
    text = combo.currentText()
    if not text:
        return ""
    if combo.isEditable() and combo.lineEdit() is not None:
        given = combo.lineEdit().width() - 4
    else:
        option = QStyleOptionComboBox()
        combo.initStyleOption(option)
        given = combo.style().subControlRect(QStyle.ComplexControl.CC_ComboBox, option,
                                             QStyle.SubControl.SC_ComboBoxEditField, combo).width()
    needed = text_width(combo.fontMetrics(), text)
    if not combo.itemIcon(combo.currentIndex()).isNull():
        needed += combo.iconSize().width() + 4
    return _too_narrow(combo, text, needed, given)


def _group_fault(group: QGroupBox) -> str:
    title = group.title()
    if not title:
        return ""
    return _too_narrow(group, title, text_width(group.fontMetrics(), title) + 8, group.width())


def _tab_faults(bar: QTabBar) -> list[str]:
    faults = []
    for index in range(bar.count()):
        if not bar.isTabVisible(index):
            continue
        rect, hint = bar.tabRect(index), bar.tabSizeHint(index)
        text = bar.tabText(index)
        if not bar.rect().contains(rect):
            faults.append(f"{name_of(bar)} tab “{text}” is scrolled out of the tab bar")
        else:
            faults.append(_too_narrow(bar, text, hint.width(), rect.width()))
    return faults


def _header_faults(header: QHeaderView) -> list[str]:
    """Each column header narrower than Qt's own size for its text (bold, padding, sort arrow)."""
    model = header.model()
    if model is None:
        return []
    faults = []
    for section in range(header.count()):
        if header.isSectionHidden(section) or header.sectionSize(section) == 0:
            continue
        text = str(model.headerData(section, header.orientation(), Qt.ItemDataRole.DisplayRole) or "")
        if text:
            needed = header.sectionSizeFromContents(section).width()
            faults.append(_too_narrow(header, text, needed, header.sectionSize(section)))
    return faults


def _toolbar_fault(toolbar: QToolBar) -> str:
    extension = toolbar.findChild(QToolButton, "qt_toolbar_ext_button")
    if extension is None or not extension.isVisible():
        return ""
    hidden = [action.text() for action in toolbar.actions()
              if action.isVisible() and not action.isSeparator()
              and (toolbar.widgetForAction(action) is None or not toolbar.widgetForAction(action).isVisible())]
    return f"toolbar {name_of(toolbar)} hides {hidden} behind »"
