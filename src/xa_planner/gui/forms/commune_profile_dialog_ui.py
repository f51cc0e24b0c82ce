# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'commune_profile_dialog.ui'
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
    QDialogButtonBox, QFormLayout, QHBoxLayout, QLabel,
    QLineEdit, QSizePolicy, QSpinBox, QVBoxLayout,
    QWidget)

class Ui_CommuneProfileDialog(object):
    def setupUi(self, commune_profile_dialog):
        if not commune_profile_dialog.objectName():
            commune_profile_dialog.setObjectName(u"commune_profile_dialog")
        commune_profile_dialog.setMinimumSize(QSize(560, 0))
        self.dialog_layout = QVBoxLayout(commune_profile_dialog)
        self.dialog_layout.setObjectName(u"dialog_layout")
        self.intro_label = QLabel(commune_profile_dialog)
        self.intro_label.setObjectName(u"intro_label")
        self.intro_label.setWordWrap(True)

        self.dialog_layout.addWidget(self.intro_label)

        self.form_layout = QFormLayout()
        self.form_layout.setObjectName(u"form_layout")
        self.form_layout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.unit_kind_label = QLabel(commune_profile_dialog)
        self.unit_kind_label.setObjectName(u"unit_kind_label")

        self.form_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.unit_kind_label)

        self.unit_kind_combo = QComboBox(commune_profile_dialog)
        self.unit_kind_combo.setObjectName(u"unit_kind_combo")

        self.form_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.unit_kind_combo)

        self.commune_name_label = QLabel(commune_profile_dialog)
        self.commune_name_label.setObjectName(u"commune_name_label")

        self.form_layout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.commune_name_label)

        self.commune_name_edit = QLineEdit(commune_profile_dialog)
        self.commune_name_edit.setObjectName(u"commune_name_edit")

        self.form_layout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.commune_name_edit)

        self.province_name_label = QLabel(commune_profile_dialog)
        self.province_name_label.setObjectName(u"province_name_label")

        self.form_layout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.province_name_label)

        self.province_name_edit = QLineEdit(commune_profile_dialog)
        self.province_name_edit.setObjectName(u"province_name_edit")

        self.form_layout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.province_name_edit)

        self.issuing_body_label = QLabel(commune_profile_dialog)
        self.issuing_body_label.setObjectName(u"issuing_body_label")

        self.form_layout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.issuing_body_label)

        self.issuing_body_edit = QLineEdit(commune_profile_dialog)
        self.issuing_body_edit.setObjectName(u"issuing_body_edit")

        self.form_layout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.issuing_body_edit)

        self.place_name_label = QLabel(commune_profile_dialog)
        self.place_name_label.setObjectName(u"place_name_label")

        self.form_layout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.place_name_label)

        self.place_name_edit = QLineEdit(commune_profile_dialog)
        self.place_name_edit.setObjectName(u"place_name_edit")

        self.form_layout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.place_name_edit)

        self.signing_authority_label = QLabel(commune_profile_dialog)
        self.signing_authority_label.setObjectName(u"signing_authority_label")

        self.form_layout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.signing_authority_label)

        self.signing_authority_edit = QLineEdit(commune_profile_dialog)
        self.signing_authority_edit.setObjectName(u"signing_authority_edit")

        self.form_layout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.signing_authority_edit)

        self.chair_title_label = QLabel(commune_profile_dialog)
        self.chair_title_label.setObjectName(u"chair_title_label")

        self.form_layout.setWidget(6, QFormLayout.ItemRole.LabelRole, self.chair_title_label)

        self.chair_title_edit = QLineEdit(commune_profile_dialog)
        self.chair_title_edit.setObjectName(u"chair_title_edit")

        self.form_layout.setWidget(6, QFormLayout.ItemRole.FieldRole, self.chair_title_edit)

        self.chair_name_label = QLabel(commune_profile_dialog)
        self.chair_name_label.setObjectName(u"chair_name_label")

        self.form_layout.setWidget(7, QFormLayout.ItemRole.LabelRole, self.chair_name_label)

        self.chair_name_edit = QLineEdit(commune_profile_dialog)
        self.chair_name_edit.setObjectName(u"chair_name_edit")

        self.form_layout.setWidget(7, QFormLayout.ItemRole.FieldRole, self.chair_name_edit)

        self.police_chief_title_label = QLabel(commune_profile_dialog)
        self.police_chief_title_label.setObjectName(u"police_chief_title_label")

        self.form_layout.setWidget(8, QFormLayout.ItemRole.LabelRole, self.police_chief_title_label)

        self.police_chief_title_edit = QLineEdit(commune_profile_dialog)
        self.police_chief_title_edit.setObjectName(u"police_chief_title_edit")

        self.form_layout.setWidget(8, QFormLayout.ItemRole.FieldRole, self.police_chief_title_edit)

        self.police_chief_name_label = QLabel(commune_profile_dialog)
        self.police_chief_name_label.setObjectName(u"police_chief_name_label")

        self.form_layout.setWidget(9, QFormLayout.ItemRole.LabelRole, self.police_chief_name_label)

        self.police_chief_name_edit = QLineEdit(commune_profile_dialog)
        self.police_chief_name_edit.setObjectName(u"police_chief_name_edit")

        self.form_layout.setWidget(9, QFormLayout.ItemRole.FieldRole, self.police_chief_name_edit)

        self.report_deadline_day_label = QLabel(commune_profile_dialog)
        self.report_deadline_day_label.setObjectName(u"report_deadline_day_label")

        self.form_layout.setWidget(11, QFormLayout.ItemRole.LabelRole, self.report_deadline_day_label)

        self.report_deadline_day_spin = QSpinBox(commune_profile_dialog)
        self.report_deadline_day_spin.setObjectName(u"report_deadline_day_spin")
        self.report_deadline_day_spin.setMinimum(1)
        self.report_deadline_day_spin.setMaximum(28)
        self.report_deadline_day_spin.setValue(12)

        self.form_layout.setWidget(11, QFormLayout.ItemRole.FieldRole, self.report_deadline_day_spin)

        self.data_window_start_day_label = QLabel(commune_profile_dialog)
        self.data_window_start_day_label.setObjectName(u"data_window_start_day_label")

        self.form_layout.setWidget(12, QFormLayout.ItemRole.LabelRole, self.data_window_start_day_label)

        self.data_window_start_day_spin = QSpinBox(commune_profile_dialog)
        self.data_window_start_day_spin.setObjectName(u"data_window_start_day_spin")
        self.data_window_start_day_spin.setMinimum(1)
        self.data_window_start_day_spin.setMaximum(28)
        self.data_window_start_day_spin.setValue(15)

        self.form_layout.setWidget(12, QFormLayout.ItemRole.FieldRole, self.data_window_start_day_spin)

        self.data_window_hint_label = QLabel(commune_profile_dialog)
        self.data_window_hint_label.setObjectName(u"data_window_hint_label")
        self.data_window_hint_label.setText(u"")
        self.data_window_hint_label.setWordWrap(True)

        self.form_layout.setWidget(13, QFormLayout.ItemRole.FieldRole, self.data_window_hint_label)

        self.report_recipient_unit_label = QLabel(commune_profile_dialog)
        self.report_recipient_unit_label.setObjectName(u"report_recipient_unit_label")

        self.form_layout.setWidget(14, QFormLayout.ItemRole.LabelRole, self.report_recipient_unit_label)

        self.report_recipient_layout = QHBoxLayout()
        self.report_recipient_layout.setObjectName(u"report_recipient_layout")
        self.report_recipient_unit_edit = QLineEdit(commune_profile_dialog)
        self.report_recipient_unit_edit.setObjectName(u"report_recipient_unit_edit")

        self.report_recipient_layout.addWidget(self.report_recipient_unit_edit)

        self.report_recipient_code_label = QLabel(commune_profile_dialog)
        self.report_recipient_code_label.setObjectName(u"report_recipient_code_label")

        self.report_recipient_layout.addWidget(self.report_recipient_code_label)

        self.report_recipient_code_edit = QLineEdit(commune_profile_dialog)
        self.report_recipient_code_edit.setObjectName(u"report_recipient_code_edit")
        self.report_recipient_code_edit.setMaximumSize(QSize(90, 16777215))
        self.report_recipient_code_edit.setPlaceholderText(u"PC06")

        self.report_recipient_layout.addWidget(self.report_recipient_code_edit)


        self.form_layout.setLayout(14, QFormLayout.ItemRole.FieldRole, self.report_recipient_layout)

        self.report_recipient_email_label = QLabel(commune_profile_dialog)
        self.report_recipient_email_label.setObjectName(u"report_recipient_email_label")

        self.form_layout.setWidget(15, QFormLayout.ItemRole.LabelRole, self.report_recipient_email_label)

        self.report_recipient_email_edit = QLineEdit(commune_profile_dialog)
        self.report_recipient_email_edit.setObjectName(u"report_recipient_email_edit")

        self.form_layout.setWidget(15, QFormLayout.ItemRole.FieldRole, self.report_recipient_email_edit)


        self.dialog_layout.addLayout(self.form_layout)

        self.error_label = QLabel(commune_profile_dialog)
        self.error_label.setObjectName(u"error_label")
        self.error_label.setText(u"")
        self.error_label.setWordWrap(True)

        self.dialog_layout.addWidget(self.error_label)

        self.button_box = QDialogButtonBox(commune_profile_dialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.dialog_layout.addWidget(self.button_box)

#if QT_CONFIG(shortcut)
        self.unit_kind_label.setBuddy(self.unit_kind_combo)
        self.commune_name_label.setBuddy(self.commune_name_edit)
        self.province_name_label.setBuddy(self.province_name_edit)
        self.issuing_body_label.setBuddy(self.issuing_body_edit)
        self.place_name_label.setBuddy(self.place_name_edit)
        self.signing_authority_label.setBuddy(self.signing_authority_edit)
        self.chair_title_label.setBuddy(self.chair_title_edit)
        self.chair_name_label.setBuddy(self.chair_name_edit)
        self.police_chief_title_label.setBuddy(self.police_chief_title_edit)
        self.police_chief_name_label.setBuddy(self.police_chief_name_edit)
        self.report_deadline_day_label.setBuddy(self.report_deadline_day_spin)
        self.data_window_start_day_label.setBuddy(self.data_window_start_day_spin)
        self.report_recipient_unit_label.setBuddy(self.report_recipient_unit_edit)
        self.report_recipient_code_label.setBuddy(self.report_recipient_code_edit)
        self.report_recipient_email_label.setBuddy(self.report_recipient_email_edit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.unit_kind_combo, self.commune_name_edit)
        QWidget.setTabOrder(self.commune_name_edit, self.province_name_edit)
        QWidget.setTabOrder(self.province_name_edit, self.issuing_body_edit)
        QWidget.setTabOrder(self.issuing_body_edit, self.place_name_edit)
        QWidget.setTabOrder(self.place_name_edit, self.signing_authority_edit)
        QWidget.setTabOrder(self.signing_authority_edit, self.chair_title_edit)
        QWidget.setTabOrder(self.chair_title_edit, self.chair_name_edit)
        QWidget.setTabOrder(self.chair_name_edit, self.police_chief_title_edit)
        QWidget.setTabOrder(self.police_chief_title_edit, self.police_chief_name_edit)
        QWidget.setTabOrder(self.police_chief_name_edit, self.report_deadline_day_spin)
        QWidget.setTabOrder(self.report_deadline_day_spin, self.data_window_start_day_spin)
        QWidget.setTabOrder(self.data_window_start_day_spin, self.report_recipient_unit_edit)
        QWidget.setTabOrder(self.report_recipient_unit_edit, self.report_recipient_code_edit)
        QWidget.setTabOrder(self.report_recipient_code_edit, self.report_recipient_email_edit)

        self.retranslateUi(commune_profile_dialog)

        QMetaObject.connectSlotsByName(commune_profile_dialog)
    # setupUi

    def retranslateUi(self, commune_profile_dialog):
        commune_profile_dialog.setWindowTitle(QCoreApplication.translate("CommuneProfileDialog", u"Th\u00f4ng tin x\u00e3", None))
        self.intro_label.setText(QCoreApplication.translate("CommuneProfileDialog", u"C\u00e1c th\u00f4ng tin n\u00e0y \u0111\u01b0\u1ee3c d\u00f9ng cho ph\u1ea7n \u0111\u1ea7u v\u0103n b\u1ea3n, kh\u1ed1i ch\u1eef k\u00fd v\u00e0 h\u1ea1n b\u00e1o c\u00e1o h\u1eb1ng th\u00e1ng.", None))
        self.unit_kind_label.setText(QCoreApplication.translate("CommuneProfileDialog", u"&C\u1ea5p:", None))
        self.commune_name_label.setText(QCoreApplication.translate("CommuneProfileDialog", u"&T\u00ean x\u00e3/ph\u01b0\u1eddng:", None))
        self.commune_name_edit.setPlaceholderText(QCoreApplication.translate("CommuneProfileDialog", u"V\u00ed d\u1ee5: V\u0129nh Th\u1ee7y", None))
        self.province_name_label.setText(QCoreApplication.translate("CommuneProfileDialog", u"T\u1ec9nh/&th\u00e0nh ph\u1ed1:", None))
        self.province_name_edit.setPlaceholderText(QCoreApplication.translate("CommuneProfileDialog", u"V\u00ed d\u1ee5: Qu\u1ea3ng Tr\u1ecb", None))
        self.issuing_body_label.setText(QCoreApplication.translate("CommuneProfileDialog", u"C\u01a1 quan &ban h\u00e0nh:", None))
        self.place_name_label.setText(QCoreApplication.translate("CommuneProfileDialog", u"\u0110\u1ecba danh ghi &ng\u00e0y th\u00e1ng:", None))
        self.signing_authority_label.setText(QCoreApplication.translate("CommuneProfileDialog", u"Th\u1ea9m quy\u1ec1n &k\u00fd:", None))
        self.chair_title_label.setText(QCoreApplication.translate("CommuneProfileDialog", u"Ch\u1ee9c &v\u1ee5 ng\u01b0\u1eddi k\u00fd k\u1ebf ho\u1ea1ch:", None))
        self.chair_name_label.setText(QCoreApplication.translate("CommuneProfileDialog", u"&H\u1ecd t\u00ean ng\u01b0\u1eddi k\u00fd k\u1ebf ho\u1ea1ch:", None))
        self.chair_name_edit.setPlaceholderText(QCoreApplication.translate("CommuneProfileDialog", u"\u0110\u1ec3 tr\u1ed1ng: v\u0103n b\u1ea3n in d\u00f2ng ch\u1ea5m \u0111\u1ec3 k\u00fd t\u00ean b\u1eb1ng tay", None))
        self.police_chief_title_label.setText(QCoreApplication.translate("CommuneProfileDialog", u"Ch\u1ee9c v\u1ee5 ng\u01b0\u1edd&i k\u00fd b\u00e1o c\u00e1o:", None))
        self.police_chief_name_label.setText(QCoreApplication.translate("CommuneProfileDialog", u"H\u1ecd t\u00ean n&g\u01b0\u1eddi k\u00fd b\u00e1o c\u00e1o:", None))
        self.police_chief_name_edit.setPlaceholderText(QCoreApplication.translate("CommuneProfileDialog", u"\u0110\u1ec3 tr\u1ed1ng: v\u0103n b\u1ea3n in d\u00f2ng ch\u1ea5m \u0111\u1ec3 k\u00fd t\u00ean b\u1eb1ng tay", None))
        self.report_deadline_day_label.setText(QCoreApplication.translate("CommuneProfileDialog", u"&H\u1ea1n g\u1eedi b\u00e1o c\u00e1o:", None))
        self.report_deadline_day_spin.setPrefix(QCoreApplication.translate("CommuneProfileDialog", u"tr\u01b0\u1edbc ng\u00e0y ", None))
        self.report_deadline_day_spin.setSuffix(QCoreApplication.translate("CommuneProfileDialog", u" h\u1eb1ng th\u00e1ng", None))
        self.data_window_start_day_label.setText(QCoreApplication.translate("CommuneProfileDialog", u"K\u1ef3 s\u1ed1 li\u1ec7u b\u1eaft \u0111\u1ea7u &t\u1eeb:", None))
        self.data_window_start_day_spin.setPrefix(QCoreApplication.translate("CommuneProfileDialog", u"ng\u00e0y ", None))
        self.report_recipient_unit_label.setText(QCoreApplication.translate("CommuneProfileDialog", u"\u0110\u01a1n v\u1ecb nh\u1eadn b\u00e1o c\u00e1&o:", None))
        self.report_recipient_unit_edit.setPlaceholderText(QCoreApplication.translate("CommuneProfileDialog", u"V\u00ed d\u1ee5: Ph\u00f2ng C\u1ea3nh s\u00e1t QLHC v\u1ec1 TTXH", None))
        self.report_recipient_code_label.setText(QCoreApplication.translate("CommuneProfileDialog", u"&M\u00e3:", None))
        self.report_recipient_email_label.setText(QCoreApplication.translate("CommuneProfileDialog", u"&Email nh\u1eadn b\u00e1o c\u00e1o:", None))
        self.report_recipient_email_edit.setPlaceholderText(QCoreApplication.translate("CommuneProfileDialog", u"\u0110\u1ecba ch\u1ec9 email c\u1ee7a C\u00f4ng an t\u1ec9nh", None))
    # retranslateUi

