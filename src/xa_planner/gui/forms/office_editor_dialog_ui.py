# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'office_editor_dialog.ui'
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
    QFormLayout, QLabel, QLineEdit, QSizePolicy,
    QVBoxLayout, QWidget)

class Ui_OfficeEditorDialog(object):
    def setupUi(self, office_editor_dialog):
        if not office_editor_dialog.objectName():
            office_editor_dialog.setObjectName(u"office_editor_dialog")
        office_editor_dialog.setMinimumSize(QSize(480, 0))
        self.dialog_layout = QVBoxLayout(office_editor_dialog)
        self.dialog_layout.setObjectName(u"dialog_layout")
        self.form_layout = QFormLayout()
        self.form_layout.setObjectName(u"form_layout")
        self.form_layout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.short_name_label = QLabel(office_editor_dialog)
        self.short_name_label.setObjectName(u"short_name_label")

        self.form_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.short_name_label)

        self.short_name_edit = QLineEdit(office_editor_dialog)
        self.short_name_edit.setObjectName(u"short_name_edit")

        self.form_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.short_name_edit)

        self.full_name_label = QLabel(office_editor_dialog)
        self.full_name_label.setObjectName(u"full_name_label")

        self.form_layout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.full_name_label)

        self.full_name_edit = QLineEdit(office_editor_dialog)
        self.full_name_edit.setObjectName(u"full_name_edit")

        self.form_layout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.full_name_edit)

        self.head_label = QLabel(office_editor_dialog)
        self.head_label.setObjectName(u"head_label")

        self.form_layout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.head_label)

        self.head_edit = QLineEdit(office_editor_dialog)
        self.head_edit.setObjectName(u"head_edit")

        self.form_layout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.head_edit)

        self.phone_label = QLabel(office_editor_dialog)
        self.phone_label.setObjectName(u"phone_label")

        self.form_layout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.phone_label)

        self.phone_edit = QLineEdit(office_editor_dialog)
        self.phone_edit.setObjectName(u"phone_edit")

        self.form_layout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.phone_edit)

        self.email_label = QLabel(office_editor_dialog)
        self.email_label.setObjectName(u"email_label")

        self.form_layout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.email_label)

        self.email_edit = QLineEdit(office_editor_dialog)
        self.email_edit.setObjectName(u"email_edit")

        self.form_layout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.email_edit)


        self.dialog_layout.addLayout(self.form_layout)

        self.error_label = QLabel(office_editor_dialog)
        self.error_label.setObjectName(u"error_label")
        self.error_label.setText(u"")
        self.error_label.setWordWrap(True)

        self.dialog_layout.addWidget(self.error_label)

        self.button_box = QDialogButtonBox(office_editor_dialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.dialog_layout.addWidget(self.button_box)

#if QT_CONFIG(shortcut)
        self.short_name_label.setBuddy(self.short_name_edit)
        self.full_name_label.setBuddy(self.full_name_edit)
        self.head_label.setBuddy(self.head_edit)
        self.phone_label.setBuddy(self.phone_edit)
        self.email_label.setBuddy(self.email_edit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(office_editor_dialog)

        QMetaObject.connectSlotsByName(office_editor_dialog)
    # setupUi

    def retranslateUi(self, office_editor_dialog):
        office_editor_dialog.setWindowTitle(QCoreApplication.translate("OfficeEditorDialog", u"\u0110\u01a1n v\u1ecb", None))
        self.short_name_label.setText(QCoreApplication.translate("OfficeEditorDialog", u"T\u00ean &vi\u1ebft t\u1eaft:", None))
        self.short_name_edit.setPlaceholderText(QCoreApplication.translate("OfficeEditorDialog", u"V\u00ed d\u1ee5: Ph\u00f2ng VH-XH", None))
        self.full_name_label.setText(QCoreApplication.translate("OfficeEditorDialog", u"T\u00ean \u0111\u1ea7y &\u0111\u1ee7:", None))
        self.full_name_edit.setPlaceholderText(QCoreApplication.translate("OfficeEditorDialog", u"V\u00ed d\u1ee5: Ph\u00f2ng V\u0103n h\u00f3a - X\u00e3 h\u1ed9i", None))
        self.head_label.setText(QCoreApplication.translate("OfficeEditorDialog", u"&Th\u1ee7 tr\u01b0\u1edfng:", None))
        self.phone_label.setText(QCoreApplication.translate("OfficeEditorDialog", u"\u0110i\u1ec7n t&ho\u1ea1i:", None))
        self.email_label.setText(QCoreApplication.translate("OfficeEditorDialog", u"&Email:", None))
    # retranslateUi

