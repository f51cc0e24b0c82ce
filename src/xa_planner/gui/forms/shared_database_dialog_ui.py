# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'shared_database_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QCheckBox, QDialog,
    QDialogButtonBox, QFormLayout, QHBoxLayout, QLabel,
    QLineEdit, QPushButton, QSizePolicy, QSpinBox,
    QVBoxLayout, QWidget)

class Ui_SharedDatabaseDialog(object):
    def setupUi(self, shared_database_dialog):
        if not shared_database_dialog.objectName():
            shared_database_dialog.setObjectName(u"shared_database_dialog")
        shared_database_dialog.setMinimumSize(QSize(520, 0))
        self.dialog_layout = QVBoxLayout(shared_database_dialog)
        self.dialog_layout.setObjectName(u"dialog_layout")
        self.intro_label = QLabel(shared_database_dialog)
        self.intro_label.setObjectName(u"intro_label")
        self.intro_label.setWordWrap(True)

        self.dialog_layout.addWidget(self.intro_label)

        self.use_shared_check = QCheckBox(shared_database_dialog)
        self.use_shared_check.setObjectName(u"use_shared_check")

        self.dialog_layout.addWidget(self.use_shared_check)

        self.form_layout = QFormLayout()
        self.form_layout.setObjectName(u"form_layout")
        self.form_layout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.host_label = QLabel(shared_database_dialog)
        self.host_label.setObjectName(u"host_label")

        self.form_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.host_label)

        self.host_edit = QLineEdit(shared_database_dialog)
        self.host_edit.setObjectName(u"host_edit")

        self.form_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.host_edit)

        self.port_label = QLabel(shared_database_dialog)
        self.port_label.setObjectName(u"port_label")

        self.form_layout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.port_label)

        self.port_spin = QSpinBox(shared_database_dialog)
        self.port_spin.setObjectName(u"port_spin")
        self.port_spin.setMinimum(1)
        self.port_spin.setMaximum(65535)
        self.port_spin.setValue(5432)

        self.form_layout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.port_spin)

        self.database_label = QLabel(shared_database_dialog)
        self.database_label.setObjectName(u"database_label")

        self.form_layout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.database_label)

        self.database_edit = QLineEdit(shared_database_dialog)
        self.database_edit.setObjectName(u"database_edit")

        self.form_layout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.database_edit)

        self.user_label = QLabel(shared_database_dialog)
        self.user_label.setObjectName(u"user_label")

        self.form_layout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.user_label)

        self.user_edit = QLineEdit(shared_database_dialog)
        self.user_edit.setObjectName(u"user_edit")

        self.form_layout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.user_edit)

        self.password_label = QLabel(shared_database_dialog)
        self.password_label.setObjectName(u"password_label")

        self.form_layout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.password_label)

        self.password_edit = QLineEdit(shared_database_dialog)
        self.password_edit.setObjectName(u"password_edit")
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)

        self.form_layout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.password_edit)


        self.dialog_layout.addLayout(self.form_layout)

        self.password_note_label = QLabel(shared_database_dialog)
        self.password_note_label.setObjectName(u"password_note_label")
        self.password_note_label.setWordWrap(True)

        self.dialog_layout.addWidget(self.password_note_label)

        self.try_layout = QHBoxLayout()
        self.try_layout.setObjectName(u"try_layout")
        self.try_button = QPushButton(shared_database_dialog)
        self.try_button.setObjectName(u"try_button")

        self.try_layout.addWidget(self.try_button)

        self.result_label = QLabel(shared_database_dialog)
        self.result_label.setObjectName(u"result_label")
        self.result_label.setText(u"")
        self.result_label.setWordWrap(True)
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        sizePolicy.setHorizontalStretch(1)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.result_label.sizePolicy().hasHeightForWidth())
        self.result_label.setSizePolicy(sizePolicy)

        self.try_layout.addWidget(self.result_label)


        self.dialog_layout.addLayout(self.try_layout)

        self.button_box = QDialogButtonBox(shared_database_dialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.dialog_layout.addWidget(self.button_box)

#if QT_CONFIG(shortcut)
        self.host_label.setBuddy(self.host_edit)
        self.port_label.setBuddy(self.port_spin)
        self.database_label.setBuddy(self.database_edit)
        self.user_label.setBuddy(self.user_edit)
        self.password_label.setBuddy(self.password_edit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(shared_database_dialog)

        QMetaObject.connectSlotsByName(shared_database_dialog)
    # setupUi

    def retranslateUi(self, shared_database_dialog):
        shared_database_dialog.setWindowTitle(QCoreApplication.translate("SharedDatabaseDialog", u"C\u01a1 s\u1edf d\u1eef li\u1ec7u d\u00f9ng chung", None))
        self.intro_label.setText(QCoreApplication.translate("SharedDatabaseDialog", u"Nhi\u1ec1u m\u00e1y trong c\u00f9ng c\u01a1 quan c\u00f3 th\u1ec3 l\u00e0m chung tr\u00ean m\u1ed9t c\u01a1 s\u1edf d\u1eef li\u1ec7u PostgreSQL thay cho t\u1ec7p d\u1eef li\u1ec7u tr\u00ean t\u1eebng m\u00e1y. H\u1ecfi ng\u01b0\u1eddi qu\u1ea3n tr\u1ecb m\u00e1y ch\u1ee7 c\u00e1c th\u00f4ng tin d\u01b0\u1edbi \u0111\u00e2y.", None))
        self.use_shared_check.setText(QCoreApplication.translate("SharedDatabaseDialog", u"&D\u00f9ng c\u01a1 s\u1edf d\u1eef li\u1ec7u d\u00f9ng chung", None))
        self.host_label.setText(QCoreApplication.translate("SharedDatabaseDialog", u"&M\u00e1y ch\u1ee7:", None))
        self.host_edit.setPlaceholderText(QCoreApplication.translate("SharedDatabaseDialog", u"V\u00ed d\u1ee5: 192.168.1.10", None))
        self.port_label.setText(QCoreApplication.translate("SharedDatabaseDialog", u"&C\u1ed5ng:", None))
        self.database_label.setText(QCoreApplication.translate("SharedDatabaseDialog", u"&T\u00ean c\u01a1 s\u1edf d\u1eef li\u1ec7u:", None))
        self.database_edit.setPlaceholderText(QCoreApplication.translate("SharedDatabaseDialog", u"V\u00ed d\u1ee5: de_an_06", None))
        self.user_label.setText(QCoreApplication.translate("SharedDatabaseDialog", u"T\u00ean \u0111\u0103ng &nh\u1eadp:", None))
        self.password_label.setText(QCoreApplication.translate("SharedDatabaseDialog", u"M\u1eadt &kh\u1ea9u (\u0111\u1ec3 th\u1eed):", None))
        self.password_note_label.setText(QCoreApplication.translate("SharedDatabaseDialog", u"M\u1eadt kh\u1ea9u kh\u00f4ng \u0111\u01b0\u1ee3c l\u01b0u tr\u00ean m\u00e1y: \u1ee9ng d\u1ee5ng h\u1ecfi m\u1eadt kh\u1ea9u m\u1ed7i l\u1ea7n m\u1edf.", None))
        self.try_button.setText(QCoreApplication.translate("SharedDatabaseDialog", u"&Th\u1eed k\u1ebft n\u1ed1i", None))
    # retranslateUi

