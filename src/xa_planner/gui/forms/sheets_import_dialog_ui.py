# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'sheets_import_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QDialog, QHBoxLayout,
    QHeaderView, QLabel, QPushButton, QSizePolicy,
    QSpacerItem, QTableView, QVBoxLayout, QWidget)

class Ui_SheetsImportDialog(object):
    def setupUi(self, sheets_import_dialog):
        if not sheets_import_dialog.objectName():
            sheets_import_dialog.setObjectName(u"sheets_import_dialog")
        sheets_import_dialog.setMinimumSize(QSize(900, 560))
        self.dialog_layout = QVBoxLayout(sheets_import_dialog)
        self.dialog_layout.setObjectName(u"dialog_layout")
        self.summary_label = QLabel(sheets_import_dialog)
        self.summary_label.setObjectName(u"summary_label")
        self.summary_label.setText(u"")
        self.summary_label.setWordWrap(True)

        self.dialog_layout.addWidget(self.summary_label)

        self.changes_view = QTableView(sheets_import_dialog)
        self.changes_view.setObjectName(u"changes_view")
        self.changes_view.setAlternatingRowColors(False)
        self.changes_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.changes_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.changes_view.setWordWrap(True)
        self.changes_view.horizontalHeader().setStretchLastSection(True)
        self.changes_view.verticalHeader().setVisible(False)

        self.dialog_layout.addWidget(self.changes_view)

        self.buttons_layout = QHBoxLayout()
        self.buttons_layout.setObjectName(u"buttons_layout")
        self.check_all_button = QPushButton(sheets_import_dialog)
        self.check_all_button.setObjectName(u"check_all_button")

        self.buttons_layout.addWidget(self.check_all_button)

        self.check_none_button = QPushButton(sheets_import_dialog)
        self.check_none_button.setObjectName(u"check_none_button")

        self.buttons_layout.addWidget(self.check_none_button)

        self.buttons_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttons_layout.addItem(self.buttons_spacer)

        self.apply_button = QPushButton(sheets_import_dialog)
        self.apply_button.setObjectName(u"apply_button")

        self.buttons_layout.addWidget(self.apply_button)

        self.cancel_button = QPushButton(sheets_import_dialog)
        self.cancel_button.setObjectName(u"cancel_button")

        self.buttons_layout.addWidget(self.cancel_button)


        self.dialog_layout.addLayout(self.buttons_layout)


        self.retranslateUi(sheets_import_dialog)

        self.apply_button.setDefault(True)


        QMetaObject.connectSlotsByName(sheets_import_dialog)
    # setupUi

    def retranslateUi(self, sheets_import_dialog):
        sheets_import_dialog.setWindowTitle(QCoreApplication.translate("SheetsImportDialog", u"Nh\u1eadp phi\u1ebfu c\u1ee7a c\u00e1c \u0111\u01a1n v\u1ecb", None))
        self.check_all_button.setText(QCoreApplication.translate("SheetsImportDialog", u"Ch\u1ecdn &t\u1ea5t c\u1ea3", None))
        self.check_none_button.setText(QCoreApplication.translate("SheetsImportDialog", u"&B\u1ecf ch\u1ecdn t\u1ea5t c\u1ea3", None))
        self.apply_button.setText(QCoreApplication.translate("SheetsImportDialog", u"\u00c1&p d\u1ee5ng", None))
        self.cancel_button.setText(QCoreApplication.translate("SheetsImportDialog", u"H\u1ee7y", None))
    # retranslateUi

