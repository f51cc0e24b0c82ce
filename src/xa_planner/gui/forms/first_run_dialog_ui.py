# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'first_run_dialog.ui'
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
    QFormLayout, QLabel, QLineEdit, QRadioButton,
    QSizePolicy, QVBoxLayout, QWidget)

class Ui_FirstRunDialog(object):
    def setupUi(self, first_run_dialog):
        if not first_run_dialog.objectName():
            first_run_dialog.setObjectName(u"first_run_dialog")
        first_run_dialog.setMinimumSize(QSize(560, 0))
        self.dialog_layout = QVBoxLayout(first_run_dialog)
        self.dialog_layout.setObjectName(u"dialog_layout")
        self.welcome_label = QLabel(first_run_dialog)
        self.welcome_label.setObjectName(u"welcome_label")
        self.welcome_label.setWordWrap(True)

        self.dialog_layout.addWidget(self.welcome_label)

        self.demo_radio = QRadioButton(first_run_dialog)
        self.demo_radio.setObjectName(u"demo_radio")
        self.demo_radio.setChecked(True)

        self.dialog_layout.addWidget(self.demo_radio)

        self.empty_radio = QRadioButton(first_run_dialog)
        self.empty_radio.setObjectName(u"empty_radio")

        self.dialog_layout.addWidget(self.empty_radio)

        self.commune_widget = QWidget(first_run_dialog)
        self.commune_widget.setObjectName(u"commune_widget")
        self.commune_layout = QFormLayout(self.commune_widget)
        self.commune_layout.setObjectName(u"commune_layout")
        self.commune_layout.setContentsMargins(24, 0, 0, 0)
        self.commune_name_label = QLabel(self.commune_widget)
        self.commune_name_label.setObjectName(u"commune_name_label")

        self.commune_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.commune_name_label)

        self.commune_name_edit = QLineEdit(self.commune_widget)
        self.commune_name_edit.setObjectName(u"commune_name_edit")

        self.commune_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.commune_name_edit)

        self.province_name_label = QLabel(self.commune_widget)
        self.province_name_label.setObjectName(u"province_name_label")

        self.commune_layout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.province_name_label)

        self.province_name_edit = QLineEdit(self.commune_widget)
        self.province_name_edit.setObjectName(u"province_name_edit")

        self.commune_layout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.province_name_edit)


        self.dialog_layout.addWidget(self.commune_widget)

        self.location_label = QLabel(first_run_dialog)
        self.location_label.setObjectName(u"location_label")
        self.location_label.setText(u"")
        self.location_label.setWordWrap(True)

        self.dialog_layout.addWidget(self.location_label)

        self.button_box = QDialogButtonBox(first_run_dialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.dialog_layout.addWidget(self.button_box)

#if QT_CONFIG(shortcut)
        self.commune_name_label.setBuddy(self.commune_name_edit)
        self.province_name_label.setBuddy(self.province_name_edit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(first_run_dialog)

        QMetaObject.connectSlotsByName(first_run_dialog)
    # setupUi

    def retranslateUi(self, first_run_dialog):
        first_run_dialog.setWindowTitle(QCoreApplication.translate("FirstRunDialog", u"B\u1eaft \u0111\u1ea7u s\u1eed d\u1ee5ng", None))
        self.welcome_label.setText(QCoreApplication.translate("FirstRunDialog", u"Ch\u00e0o m\u1eebng! Ch\u01b0a c\u00f3 t\u1ec7p d\u1eef li\u1ec7u n\u00e0o tr\u00ean m\u00e1y n\u00e0y. Ch\u1ecdn c\u00e1ch b\u1eaft \u0111\u1ea7u:", None))
        self.demo_radio.setText(QCoreApplication.translate("FirstRunDialog", u"D\u00f9ng th\u1eed v\u1edbi d\u1eef li\u1ec7u &m\u1eabu (m\u1ed9t x\u00e3 c\u00f3 s\u1eb5n k\u1ebf ho\u1ea1ch, \u0111\u01a1n v\u1ecb v\u00e0 ti\u1ebfn \u0111\u1ed9 3 th\u00e1ng)", None))
        self.empty_radio.setText(QCoreApplication.translate("FirstRunDialog", u"B\u1eaft \u0111\u1ea7u v\u1edbi x\u00e3 &c\u1ee7a t\u00f4i (t\u1ec7p d\u1eef li\u1ec7u tr\u1ed1ng, c\u00f3 s\u1eb5n danh s\u00e1ch \u0111\u01a1n v\u1ecb chu\u1ea9n)", None))
        self.commune_name_label.setText(QCoreApplication.translate("FirstRunDialog", u"&T\u00ean x\u00e3/ph\u01b0\u1eddng:", None))
        self.commune_name_edit.setPlaceholderText(QCoreApplication.translate("FirstRunDialog", u"V\u00ed d\u1ee5: V\u0129nh Th\u1ee7y", None))
        self.province_name_label.setText(QCoreApplication.translate("FirstRunDialog", u"T\u1ec9nh/&th\u00e0nh ph\u1ed1:", None))
        self.province_name_edit.setPlaceholderText(QCoreApplication.translate("FirstRunDialog", u"V\u00ed d\u1ee5: Qu\u1ea3ng Tr\u1ecb", None))
    # retranslateUi

