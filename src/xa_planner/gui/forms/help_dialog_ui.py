# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'help_dialog.ui'
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
    QSizePolicy, QTextBrowser, QVBoxLayout, QWidget)

class Ui_HelpDialog(object):
    def setupUi(self, help_dialog):
        if not help_dialog.objectName():
            help_dialog.setObjectName(u"help_dialog")
        help_dialog.resize(1040, 660)
        help_dialog.setMinimumSize(QSize(640, 420))
        self.dialog_layout = QVBoxLayout(help_dialog)
        self.dialog_layout.setObjectName(u"dialog_layout")
        self.guide_browser = QTextBrowser(help_dialog)
        self.guide_browser.setObjectName(u"guide_browser")
        self.guide_browser.setOpenLinks(True)
        self.guide_browser.setOpenExternalLinks(False)

        self.dialog_layout.addWidget(self.guide_browser)

        self.button_box = QDialogButtonBox(help_dialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.dialog_layout.addWidget(self.button_box)


        self.retranslateUi(help_dialog)

        QMetaObject.connectSlotsByName(help_dialog)
    # setupUi

    def retranslateUi(self, help_dialog):
        help_dialog.setWindowTitle(QCoreApplication.translate("HelpDialog", u"H\u01b0\u1edbng d\u1eabn s\u1eed d\u1ee5ng", None))
    # retranslateUi

