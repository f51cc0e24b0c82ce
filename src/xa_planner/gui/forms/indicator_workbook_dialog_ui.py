# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'indicator_workbook_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QComboBox, QDialog,
    QDialogButtonBox, QFormLayout, QHeaderView, QLabel,
    QSizePolicy, QTableWidget, QTableWidgetItem, QVBoxLayout,
    QWidget)

class Ui_IndicatorWorkbookDialog(object):
    def setupUi(self, indicator_workbook_dialog):
        if not indicator_workbook_dialog.objectName():
            indicator_workbook_dialog.setObjectName(u"indicator_workbook_dialog")
        indicator_workbook_dialog.resize(1140, 560)
        indicator_workbook_dialog.setMinimumSize(QSize(900, 520))
        self.dialog_layout = QVBoxLayout(indicator_workbook_dialog)
        self.dialog_layout.setObjectName(u"dialog_layout")
        self.intro_label = QLabel(indicator_workbook_dialog)
        self.intro_label.setObjectName(u"intro_label")
        self.intro_label.setText(u"")
        self.intro_label.setWordWrap(True)

        self.dialog_layout.addWidget(self.intro_label)

        self.choice_layout = QFormLayout()
        self.choice_layout.setObjectName(u"choice_layout")
        self.sheet_label = QLabel(indicator_workbook_dialog)
        self.sheet_label.setObjectName(u"sheet_label")

        self.choice_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.sheet_label)

        self.sheet_combo = QComboBox(indicator_workbook_dialog)
        self.sheet_combo.setObjectName(u"sheet_combo")

        self.choice_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.sheet_combo)

        self.commune_column_label = QLabel(indicator_workbook_dialog)
        self.commune_column_label.setObjectName(u"commune_column_label")

        self.choice_layout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.commune_column_label)

        self.commune_column_combo = QComboBox(indicator_workbook_dialog)
        self.commune_column_combo.setObjectName(u"commune_column_combo")

        self.choice_layout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.commune_column_combo)


        self.dialog_layout.addLayout(self.choice_layout)

        self.commune_row_label = QLabel(indicator_workbook_dialog)
        self.commune_row_label.setObjectName(u"commune_row_label")
        self.commune_row_label.setText(u"")
        self.commune_row_label.setWordWrap(True)

        self.dialog_layout.addWidget(self.commune_row_label)

        self.column_table = QTableWidget(indicator_workbook_dialog)
        if (self.column_table.columnCount() < 5):
            self.column_table.setColumnCount(5)
        __qtablewidgetitem = QTableWidgetItem()
        self.column_table.setHorizontalHeaderItem(0, __qtablewidgetitem)
        __qtablewidgetitem1 = QTableWidgetItem()
        self.column_table.setHorizontalHeaderItem(1, __qtablewidgetitem1)
        __qtablewidgetitem2 = QTableWidgetItem()
        self.column_table.setHorizontalHeaderItem(2, __qtablewidgetitem2)
        __qtablewidgetitem3 = QTableWidgetItem()
        self.column_table.setHorizontalHeaderItem(3, __qtablewidgetitem3)
        __qtablewidgetitem4 = QTableWidgetItem()
        self.column_table.setHorizontalHeaderItem(4, __qtablewidgetitem4)
        self.column_table.setObjectName(u"column_table")
        self.column_table.setColumnCount(5)

        self.dialog_layout.addWidget(self.column_table)

        self.error_label = QLabel(indicator_workbook_dialog)
        self.error_label.setObjectName(u"error_label")
        self.error_label.setText(u"")
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet(u"color: #b00020;")

        self.dialog_layout.addWidget(self.error_label)

        self.button_box = QDialogButtonBox(indicator_workbook_dialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.dialog_layout.addWidget(self.button_box)

#if QT_CONFIG(shortcut)
        self.sheet_label.setBuddy(self.sheet_combo)
        self.commune_column_label.setBuddy(self.commune_column_combo)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(indicator_workbook_dialog)

        QMetaObject.connectSlotsByName(indicator_workbook_dialog)
    # setupUi

    def retranslateUi(self, indicator_workbook_dialog):
        indicator_workbook_dialog.setWindowTitle(QCoreApplication.translate("IndicatorWorkbookDialog", u"L\u1ea5y s\u1ed1 li\u1ec7u t\u1eeb b\u1ea3ng ch\u1ec9 ti\u00eau c\u1ee7a t\u1ec9nh", None))
        self.sheet_label.setText(QCoreApplication.translate("IndicatorWorkbookDialog", u"Trang t\u00ednh:", None))
        self.commune_column_label.setText(QCoreApplication.translate("IndicatorWorkbookDialog", u"C\u1ed9t t\u00ean x\u00e3:", None))
        ___qtablewidgetitem = self.column_table.horizontalHeaderItem(0)
        ___qtablewidgetitem.setText(QCoreApplication.translate("IndicatorWorkbookDialog", u"Ch\u1ec9 ti\u00eau", None))
        ___qtablewidgetitem1 = self.column_table.horizontalHeaderItem(1)
        ___qtablewidgetitem1.setText(QCoreApplication.translate("IndicatorWorkbookDialog", u"C\u1ed9t t\u1eed s\u1ed1", None))
        ___qtablewidgetitem2 = self.column_table.horizontalHeaderItem(2)
        ___qtablewidgetitem2.setText(QCoreApplication.translate("IndicatorWorkbookDialog", u"C\u1ed9t m\u1eabu s\u1ed1", None))
        ___qtablewidgetitem3 = self.column_table.horizontalHeaderItem(3)
        ___qtablewidgetitem3.setText(QCoreApplication.translate("IndicatorWorkbookDialog", u"C\u1ed9t gi\u00e1 tr\u1ecb", None))
        ___qtablewidgetitem4 = self.column_table.horizontalHeaderItem(4)
        ___qtablewidgetitem4.setText(QCoreApplication.translate("IndicatorWorkbookDialog", u"S\u1ed1 li\u1ec7u c\u1ee7a x\u00e3", None))
    # retranslateUi

