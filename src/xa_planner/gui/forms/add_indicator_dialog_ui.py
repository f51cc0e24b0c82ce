# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'add_indicator_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QCheckBox, QComboBox,
    QDialog, QDialogButtonBox, QFormLayout, QLabel,
    QLineEdit, QSizePolicy, QVBoxLayout, QWidget)

class Ui_AddIndicatorDialog(object):
    def setupUi(self, add_indicator_dialog):
        if not add_indicator_dialog.objectName():
            add_indicator_dialog.setObjectName(u"add_indicator_dialog")
        add_indicator_dialog.setMinimumSize(QSize(520, 0))
        self.dialog_layout = QVBoxLayout(add_indicator_dialog)
        self.dialog_layout.setObjectName(u"dialog_layout")
        self.form_layout = QFormLayout()
        self.form_layout.setObjectName(u"form_layout")
        self.form_layout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.name_label = QLabel(add_indicator_dialog)
        self.name_label.setObjectName(u"name_label")

        self.form_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.name_label)

        self.name_edit = QLineEdit(add_indicator_dialog)
        self.name_edit.setObjectName(u"name_edit")

        self.form_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.name_edit)

        self.kind_label = QLabel(add_indicator_dialog)
        self.kind_label.setObjectName(u"kind_label")

        self.form_layout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.kind_label)

        self.kind_combo = QComboBox(add_indicator_dialog)
        self.kind_combo.setObjectName(u"kind_combo")

        self.form_layout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.kind_combo)

        self.unit_label = QLabel(add_indicator_dialog)
        self.unit_label.setObjectName(u"unit_label")

        self.form_layout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.unit_label)

        self.unit_edit = QLineEdit(add_indicator_dialog)
        self.unit_edit.setObjectName(u"unit_edit")

        self.form_layout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.unit_edit)

        self.direction_label = QLabel(add_indicator_dialog)
        self.direction_label.setObjectName(u"direction_label")

        self.form_layout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.direction_label)

        self.direction_combo = QComboBox(add_indicator_dialog)
        self.direction_combo.setObjectName(u"direction_combo")

        self.form_layout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.direction_combo)

        self.level_label = QLabel(add_indicator_dialog)
        self.level_label.setObjectName(u"level_label")

        self.form_layout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.level_label)

        self.level_edit = QLineEdit(add_indicator_dialog)
        self.level_edit.setObjectName(u"level_edit")

        self.form_layout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.level_edit)

        self.cumulative_check = QCheckBox(add_indicator_dialog)
        self.cumulative_check.setObjectName(u"cumulative_check")
        self.cumulative_check.setChecked(True)

        self.form_layout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.cumulative_check)


        self.dialog_layout.addLayout(self.form_layout)

        self.error_label = QLabel(add_indicator_dialog)
        self.error_label.setObjectName(u"error_label")
        self.error_label.setText(u"")
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet(u"color: #b00020;")

        self.dialog_layout.addWidget(self.error_label)

        self.button_box = QDialogButtonBox(add_indicator_dialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.dialog_layout.addWidget(self.button_box)

#if QT_CONFIG(shortcut)
        self.name_label.setBuddy(self.name_edit)
        self.kind_label.setBuddy(self.kind_combo)
        self.unit_label.setBuddy(self.unit_edit)
        self.direction_label.setBuddy(self.direction_combo)
        self.level_label.setBuddy(self.level_edit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(add_indicator_dialog)

        QMetaObject.connectSlotsByName(add_indicator_dialog)
    # setupUi

    def retranslateUi(self, add_indicator_dialog):
        add_indicator_dialog.setWindowTitle(QCoreApplication.translate("AddIndicatorDialog", u"Th\u00eam ch\u1ec9 ti\u00eau", None))
        self.name_label.setText(QCoreApplication.translate("AddIndicatorDialog", u"T\u00ean ch\u1ec9 ti\u00eau:", None))
        self.name_edit.setPlaceholderText(QCoreApplication.translate("AddIndicatorDialog", u"V\u00ed d\u1ee5: T\u1ef7 l\u1ec7 h\u1ed3 s\u01a1 d\u1ecbch v\u1ee5 c\u00f4ng tr\u1ef1c tuy\u1ebfn to\u00e0n tr\u00ecnh", None))
        self.kind_label.setText(QCoreApplication.translate("AddIndicatorDialog", u"Lo\u1ea1i:", None))
        self.unit_label.setText(QCoreApplication.translate("AddIndicatorDialog", u"\u0110\u01a1n v\u1ecb t\u00ednh:", None))
        self.unit_edit.setPlaceholderText(QCoreApplication.translate("AddIndicatorDialog", u"V\u00ed d\u1ee5: %, h\u1ed3 s\u01a1, t\u00e0i kho\u1ea3n", None))
        self.direction_label.setText(QCoreApplication.translate("AddIndicatorDialog", u"\u0110\u1ea1t khi k\u1ebft qu\u1ea3:", None))
        self.level_label.setText(QCoreApplication.translate("AddIndicatorDialog", u"M\u1ee9c giao:", None))
        self.level_edit.setPlaceholderText(QCoreApplication.translate("AddIndicatorDialog", u"\u0110\u1ec3 tr\u1ed1ng n\u1ebfu ch\u01b0a giao m\u1ee9c", None))
        self.cumulative_check.setText(QCoreApplication.translate("AddIndicatorDialog", u"C\u1ed9ng d\u1ed3n t\u1eeb \u0111\u1ea7u n\u0103m", None))
    # retranslateUi

