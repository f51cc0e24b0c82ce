# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'reopen_month_dialog.ui'
##
## Created by: Qt User Interface Compiler
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractButton, QApplication, QDialog, QDialogButtonBox,
    QLabel, QPlainTextEdit, QSizePolicy, QVBoxLayout,
    QWidget)

class Ui_ReopenMonthDialog(object):
    def setupUi(self, reopen_month_dialog):
        if not reopen_month_dialog.objectName():
            reopen_month_dialog.setObjectName(u"reopen_month_dialog")
        reopen_month_dialog.setMinimumSize(QSize(460, 240))
        self.dialog_layout = QVBoxLayout(reopen_month_dialog)
        self.dialog_layout.setObjectName(u"dialog_layout")
        self.intro_label = QLabel(reopen_month_dialog)
        self.intro_label.setObjectName(u"intro_label")
        self.intro_label.setText(u"")
        self.intro_label.setWordWrap(True)

        self.dialog_layout.addWidget(self.intro_label)

        self.reason_label = QLabel(reopen_month_dialog)
        self.reason_label.setObjectName(u"reason_label")

        self.dialog_layout.addWidget(self.reason_label)

        self.reason_edit = QPlainTextEdit(reopen_month_dialog)
        self.reason_edit.setObjectName(u"reason_edit")
        self.reason_edit.setTabChangesFocus(True)

        self.dialog_layout.addWidget(self.reason_edit)

        self.error_label = QLabel(reopen_month_dialog)
        self.error_label.setObjectName(u"error_label")
        self.error_label.setText(u"")
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet(u"color: #b00020;")

        self.dialog_layout.addWidget(self.error_label)

        self.button_box = QDialogButtonBox(reopen_month_dialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.dialog_layout.addWidget(self.button_box)

#if QT_CONFIG(shortcut)
        self.reason_label.setBuddy(self.reason_edit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(reopen_month_dialog)

        QMetaObject.connectSlotsByName(reopen_month_dialog)
    # setupUi

    def retranslateUi(self, reopen_month_dialog):
        reopen_month_dialog.setWindowTitle(QCoreApplication.translate("ReopenMonthDialog", u"M\u1edf l\u1ea1i th\u00e1ng \u0111\u00e3 ch\u1ed1t", None))
        self.reason_label.setText(QCoreApplication.translate("ReopenMonthDialog", u"L\u00fd do m\u1edf l\u1ea1i:", None))
        self.reason_edit.setPlaceholderText(QCoreApplication.translate("ReopenMonthDialog", u"V\u00ed d\u1ee5: \u0111\u01a1n v\u1ecb g\u1eedi b\u1ed5 sung k\u1ebft qu\u1ea3 sau khi \u0111\u00e3 b\u00e1o c\u00e1o", None))
    # retranslateUi

