# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'sheets_export_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QComboBox, QDialog,
    QFormLayout, QHBoxLayout, QLabel, QLineEdit,
    QListWidget, QListWidgetItem, QPushButton, QSizePolicy,
    QSpacerItem, QVBoxLayout, QWidget)

class Ui_SheetsExportDialog(object):
    def setupUi(self, sheets_export_dialog):
        if not sheets_export_dialog.objectName():
            sheets_export_dialog.setObjectName(u"sheets_export_dialog")
        sheets_export_dialog.setMinimumSize(QSize(640, 460))
        self.dialog_layout = QVBoxLayout(sheets_export_dialog)
        self.dialog_layout.setObjectName(u"dialog_layout")
        self.intro_label = QLabel(sheets_export_dialog)
        self.intro_label.setObjectName(u"intro_label")
        self.intro_label.setWordWrap(True)

        self.dialog_layout.addWidget(self.intro_label)

        self.choices_layout = QFormLayout()
        self.choices_layout.setObjectName(u"choices_layout")
        self.choices_layout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.period_label = QLabel(sheets_export_dialog)
        self.period_label.setObjectName(u"period_label")

        self.choices_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.period_label)

        self.period_combo = QComboBox(sheets_export_dialog)
        self.period_combo.setObjectName(u"period_combo")
        self.period_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)

        self.choices_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.period_combo)

        self.folder_label = QLabel(sheets_export_dialog)
        self.folder_label.setObjectName(u"folder_label")

        self.choices_layout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.folder_label)

        self.folder_layout = QHBoxLayout()
        self.folder_layout.setObjectName(u"folder_layout")
        self.folder_edit = QLineEdit(sheets_export_dialog)
        self.folder_edit.setObjectName(u"folder_edit")

        self.folder_layout.addWidget(self.folder_edit)

        self.browse_button = QPushButton(sheets_export_dialog)
        self.browse_button.setObjectName(u"browse_button")

        self.folder_layout.addWidget(self.browse_button)


        self.choices_layout.setLayout(1, QFormLayout.ItemRole.FieldRole, self.folder_layout)


        self.dialog_layout.addLayout(self.choices_layout)

        self.list_label = QLabel(sheets_export_dialog)
        self.list_label.setObjectName(u"list_label")
        self.list_label.setText(u"")
        self.list_label.setWordWrap(True)

        self.dialog_layout.addWidget(self.list_label)

        self.items_list = QListWidget(sheets_export_dialog)
        self.items_list.setObjectName(u"items_list")
        self.items_list.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)

        self.dialog_layout.addWidget(self.items_list)

        self.status_label = QLabel(sheets_export_dialog)
        self.status_label.setObjectName(u"status_label")
        self.status_label.setText(u"")
        self.status_label.setWordWrap(True)

        self.dialog_layout.addWidget(self.status_label)

        self.buttons_layout = QHBoxLayout()
        self.buttons_layout.setObjectName(u"buttons_layout")
        self.open_folder_button = QPushButton(sheets_export_dialog)
        self.open_folder_button.setObjectName(u"open_folder_button")

        self.buttons_layout.addWidget(self.open_folder_button)

        self.buttons_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttons_layout.addItem(self.buttons_spacer)

        self.export_button = QPushButton(sheets_export_dialog)
        self.export_button.setObjectName(u"export_button")

        self.buttons_layout.addWidget(self.export_button)

        self.close_button = QPushButton(sheets_export_dialog)
        self.close_button.setObjectName(u"close_button")

        self.buttons_layout.addWidget(self.close_button)


        self.dialog_layout.addLayout(self.buttons_layout)

#if QT_CONFIG(shortcut)
        self.period_label.setBuddy(self.period_combo)
        self.folder_label.setBuddy(self.folder_edit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.period_combo, self.folder_edit)
        QWidget.setTabOrder(self.folder_edit, self.browse_button)
        QWidget.setTabOrder(self.browse_button, self.items_list)
        QWidget.setTabOrder(self.items_list, self.export_button)
        QWidget.setTabOrder(self.export_button, self.close_button)
        QWidget.setTabOrder(self.close_button, self.open_folder_button)

        self.retranslateUi(sheets_export_dialog)

        self.export_button.setDefault(True)


        QMetaObject.connectSlotsByName(sheets_export_dialog)
    # setupUi

    def retranslateUi(self, sheets_export_dialog):
        sheets_export_dialog.setWindowTitle(QCoreApplication.translate("SheetsExportDialog", u"G\u1eedi phi\u1ebfu cho c\u00e1c \u0111\u01a1n v\u1ecb", None))
        self.intro_label.setText(QCoreApplication.translate("SheetsExportDialog", u"M\u1ed7i \u0111\u01a1n v\u1ecb c\u00f3 nhi\u1ec7m v\u1ee5 trong k\u1ebf ho\u1ea1ch nh\u1eadn m\u1ed9t phi\u1ebfu Excel c\u1ee7a th\u00e1ng. G\u1eedi c\u00e1c t\u1ec7p n\u00e0y qua th\u01b0 \u0111i\u1ec7n t\u1eed; khi \u0111\u01a1n v\u1ecb g\u1eedi l\u1ea1i, d\u00f9ng B\u00e1o c\u00e1o \u2192 Nh\u1eadp phi\u1ebfu c\u1ee7a c\u00e1c \u0111\u01a1n v\u1ecb.", None))
        self.period_label.setText(QCoreApplication.translate("SheetsExportDialog", u"T&h\u00e1ng:", None))
        self.folder_label.setText(QCoreApplication.translate("SheetsExportDialog", u"Th&\u01b0 m\u1ee5c:", None))
        self.browse_button.setText(QCoreApplication.translate("SheetsExportDialog", u"&Ch\u1ecdn\u2026", None))
        self.open_folder_button.setText(QCoreApplication.translate("SheetsExportDialog", u"&M\u1edf th\u01b0 m\u1ee5c", None))
        self.export_button.setText(QCoreApplication.translate("SheetsExportDialog", u"&Xu\u1ea5t phi\u1ebfu", None))
        self.close_button.setText(QCoreApplication.translate("SheetsExportDialog", u"\u0110\u00f3ng", None))
    # retranslateUi

