# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'export_dialog.ui'
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
from PySide6.QtWidgets import (QApplication, QCheckBox, QDialog, QFormLayout,
    QGroupBox, QHBoxLayout, QLabel, QLineEdit,
    QPushButton, QRadioButton, QSizePolicy, QSpacerItem,
    QVBoxLayout, QWidget)

class Ui_ExportDialog(object):
    def setupUi(self, export_dialog):
        if not export_dialog.objectName():
            export_dialog.setObjectName(u"export_dialog")
        export_dialog.setMinimumSize(QSize(620, 0))
        self.dialog_layout = QVBoxLayout(export_dialog)
        self.dialog_layout.setObjectName(u"dialog_layout")
        self.choices_layout = QHBoxLayout()
        self.choices_layout.setObjectName(u"choices_layout")
        self.kind_group = QGroupBox(export_dialog)
        self.kind_group.setObjectName(u"kind_group")
        self.kind_layout = QVBoxLayout(self.kind_group)
        self.kind_layout.setObjectName(u"kind_layout")
        self.plan_radio = QRadioButton(self.kind_group)
        self.plan_radio.setObjectName(u"plan_radio")
        self.plan_radio.setChecked(True)

        self.kind_layout.addWidget(self.plan_radio)

        self.appendix_radio = QRadioButton(self.kind_group)
        self.appendix_radio.setObjectName(u"appendix_radio")

        self.kind_layout.addWidget(self.appendix_radio)

        self.kind_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.kind_layout.addItem(self.kind_spacer)


        self.choices_layout.addWidget(self.kind_group)

        self.format_group = QGroupBox(export_dialog)
        self.format_group.setObjectName(u"format_group")
        self.format_layout = QVBoxLayout(self.format_group)
        self.format_layout.setObjectName(u"format_layout")
        self.pdf_check = QCheckBox(self.format_group)
        self.pdf_check.setObjectName(u"pdf_check")
        self.pdf_check.setChecked(True)

        self.format_layout.addWidget(self.pdf_check)

        self.docx_check = QCheckBox(self.format_group)
        self.docx_check.setObjectName(u"docx_check")
        self.docx_check.setChecked(True)

        self.format_layout.addWidget(self.docx_check)

        self.xlsx_check = QCheckBox(self.format_group)
        self.xlsx_check.setObjectName(u"xlsx_check")

        self.format_layout.addWidget(self.xlsx_check)


        self.choices_layout.addWidget(self.format_group)


        self.dialog_layout.addLayout(self.choices_layout)

        self.target_layout = QFormLayout()
        self.target_layout.setObjectName(u"target_layout")
        self.target_layout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.folder_label = QLabel(export_dialog)
        self.folder_label.setObjectName(u"folder_label")

        self.target_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.folder_label)

        self.folder_layout = QHBoxLayout()
        self.folder_layout.setObjectName(u"folder_layout")
        self.folder_edit = QLineEdit(export_dialog)
        self.folder_edit.setObjectName(u"folder_edit")

        self.folder_layout.addWidget(self.folder_edit)

        self.browse_button = QPushButton(export_dialog)
        self.browse_button.setObjectName(u"browse_button")

        self.folder_layout.addWidget(self.browse_button)


        self.target_layout.setLayout(0, QFormLayout.ItemRole.FieldRole, self.folder_layout)

        self.file_name_label = QLabel(export_dialog)
        self.file_name_label.setObjectName(u"file_name_label")

        self.target_layout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.file_name_label)

        self.file_name_edit = QLineEdit(export_dialog)
        self.file_name_edit.setObjectName(u"file_name_edit")

        self.target_layout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.file_name_edit)

        self.file_names_hint_label = QLabel(export_dialog)
        self.file_names_hint_label.setObjectName(u"file_names_hint_label")
        self.file_names_hint_label.setText(u"")
        self.file_names_hint_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.target_layout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.file_names_hint_label)


        self.dialog_layout.addLayout(self.target_layout)

        self.error_label = QLabel(export_dialog)
        self.error_label.setObjectName(u"error_label")
        self.error_label.setText(u"")
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet(u"color: #b00020;")

        self.dialog_layout.addWidget(self.error_label)

        self.buttons_layout = QHBoxLayout()
        self.buttons_layout.setObjectName(u"buttons_layout")
        self.preview_button = QPushButton(export_dialog)
        self.preview_button.setObjectName(u"preview_button")

        self.buttons_layout.addWidget(self.preview_button)

        self.buttons_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttons_layout.addItem(self.buttons_spacer)

        self.export_button = QPushButton(export_dialog)
        self.export_button.setObjectName(u"export_button")

        self.buttons_layout.addWidget(self.export_button)

        self.cancel_button = QPushButton(export_dialog)
        self.cancel_button.setObjectName(u"cancel_button")

        self.buttons_layout.addWidget(self.cancel_button)


        self.dialog_layout.addLayout(self.buttons_layout)

#if QT_CONFIG(shortcut)
        self.folder_label.setBuddy(self.folder_edit)
        self.file_name_label.setBuddy(self.file_name_edit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.plan_radio, self.appendix_radio)
        QWidget.setTabOrder(self.appendix_radio, self.pdf_check)
        QWidget.setTabOrder(self.pdf_check, self.docx_check)
        QWidget.setTabOrder(self.docx_check, self.xlsx_check)
        QWidget.setTabOrder(self.xlsx_check, self.folder_edit)
        QWidget.setTabOrder(self.folder_edit, self.browse_button)
        QWidget.setTabOrder(self.browse_button, self.file_name_edit)
        QWidget.setTabOrder(self.file_name_edit, self.preview_button)
        QWidget.setTabOrder(self.preview_button, self.export_button)
        QWidget.setTabOrder(self.export_button, self.cancel_button)

        self.retranslateUi(export_dialog)

        self.export_button.setDefault(True)


        QMetaObject.connectSlotsByName(export_dialog)
    # setupUi

    def retranslateUi(self, export_dialog):
        export_dialog.setWindowTitle(QCoreApplication.translate("ExportDialog", u"Xu\u1ea5t k\u1ebf ho\u1ea1ch", None))
        self.kind_group.setTitle(QCoreApplication.translate("ExportDialog", u"N\u1ed9i dung", None))
        self.plan_radio.setText(QCoreApplication.translate("ExportDialog", u"&K\u1ebf ho\u1ea1ch (k\u00e8m ph\u1ee5 l\u1ee5c)", None))
        self.appendix_radio.setText(QCoreApplication.translate("ExportDialog", u"Ch\u1ec9 &ph\u1ee5 l\u1ee5c", None))
        self.format_group.setTitle(QCoreApplication.translate("ExportDialog", u"\u0110\u1ecbnh d\u1ea1ng", None))
        self.pdf_check.setText(QCoreApplication.translate("ExportDialog", u".pdf \u2014 \u0111\u1ec3 in v\u00e0 g\u1eedi", None))
        self.docx_check.setText(QCoreApplication.translate("ExportDialog", u".docx \u2014 Word, s\u1eeda \u0111\u01b0\u1ee3c tr\u01b0\u1edbc khi k\u00fd", None))
        self.xlsx_check.setText(QCoreApplication.translate("ExportDialog", u".xlsx \u2014 Excel (ch\u1ec9 ph\u1ee5 l\u1ee5c)", None))
        self.folder_label.setText(QCoreApplication.translate("ExportDialog", u"&Th\u01b0 m\u1ee5c:", None))
        self.browse_button.setText(QCoreApplication.translate("ExportDialog", u"&Ch\u1ecdn\u2026", None))
        self.file_name_label.setText(QCoreApplication.translate("ExportDialog", u"T\u00ean &t\u1ec7p:", None))
        self.preview_button.setText(QCoreApplication.translate("ExportDialog", u"Xem t&r\u01b0\u1edbc", None))
        self.export_button.setText(QCoreApplication.translate("ExportDialog", u"&Xu\u1ea5t", None))
        self.cancel_button.setText(QCoreApplication.translate("ExportDialog", u"H\u1ee7y", None))
    # retranslateUi

