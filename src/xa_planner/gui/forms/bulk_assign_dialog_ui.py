# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'bulk_assign_dialog.ui'
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
    QDialogButtonBox, QFormLayout, QLabel, QLineEdit,
    QListWidget, QListWidgetItem, QSizePolicy, QVBoxLayout,
    QWidget)

from xa_planner.gui.plan.plan_cell_editors import DueEditor

class Ui_BulkAssignDialog(object):
    def setupUi(self, bulk_assign_dialog):
        if not bulk_assign_dialog.objectName():
            bulk_assign_dialog.setObjectName(u"bulk_assign_dialog")
        bulk_assign_dialog.setMinimumSize(QSize(520, 0))
        self.dialog_layout = QVBoxLayout(bulk_assign_dialog)
        self.dialog_layout.setObjectName(u"dialog_layout")
        self.summary_label = QLabel(bulk_assign_dialog)
        self.summary_label.setObjectName(u"summary_label")
        self.summary_label.setText(u"")
        self.summary_label.setWordWrap(True)

        self.dialog_layout.addWidget(self.summary_label)

        self.form_layout = QFormLayout()
        self.form_layout.setObjectName(u"form_layout")
        self.form_layout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.lead_label = QLabel(bulk_assign_dialog)
        self.lead_label.setObjectName(u"lead_label")

        self.form_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.lead_label)

        self.lead_combo = QComboBox(bulk_assign_dialog)
        self.lead_combo.setObjectName(u"lead_combo")

        self.form_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.lead_combo)

        self.support_mode_label = QLabel(bulk_assign_dialog)
        self.support_mode_label.setObjectName(u"support_mode_label")

        self.form_layout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.support_mode_label)

        self.support_mode_combo = QComboBox(bulk_assign_dialog)
        self.support_mode_combo.addItem("")
        self.support_mode_combo.addItem("")
        self.support_mode_combo.addItem("")
        self.support_mode_combo.setObjectName(u"support_mode_combo")

        self.form_layout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.support_mode_combo)

        self.support_list = QListWidget(bulk_assign_dialog)
        self.support_list.setObjectName(u"support_list")
        self.support_list.setMinimumSize(QSize(0, 180))

        self.form_layout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.support_list)

        self.person_label = QLabel(bulk_assign_dialog)
        self.person_label.setObjectName(u"person_label")

        self.form_layout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.person_label)

        self.person_edit = QLineEdit(bulk_assign_dialog)
        self.person_edit.setObjectName(u"person_edit")

        self.form_layout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.person_edit)

        self.due_label = QLabel(bulk_assign_dialog)
        self.due_label.setObjectName(u"due_label")

        self.form_layout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.due_label)

        self.due_edit = DueEditor(bulk_assign_dialog)
        self.due_edit.setObjectName(u"due_edit")

        self.form_layout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.due_edit)


        self.dialog_layout.addLayout(self.form_layout)

        self.hint_label = QLabel(bulk_assign_dialog)
        self.hint_label.setObjectName(u"hint_label")
        self.hint_label.setWordWrap(True)

        self.dialog_layout.addWidget(self.hint_label)

        self.error_label = QLabel(bulk_assign_dialog)
        self.error_label.setObjectName(u"error_label")
        self.error_label.setText(u"")
        self.error_label.setStyleSheet(u"color: #b3261e;")
        self.error_label.setWordWrap(True)

        self.dialog_layout.addWidget(self.error_label)

        self.button_box = QDialogButtonBox(bulk_assign_dialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.dialog_layout.addWidget(self.button_box)

#if QT_CONFIG(shortcut)
        self.lead_label.setBuddy(self.lead_combo)
        self.support_mode_label.setBuddy(self.support_mode_combo)
        self.person_label.setBuddy(self.person_edit)
        self.due_label.setBuddy(self.due_edit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(bulk_assign_dialog)

        QMetaObject.connectSlotsByName(bulk_assign_dialog)
    # setupUi

    def retranslateUi(self, bulk_assign_dialog):
        bulk_assign_dialog.setWindowTitle(QCoreApplication.translate("BulkAssignDialog", u"Giao h\u00e0ng lo\u1ea1t", None))
        self.lead_label.setText(QCoreApplication.translate("BulkAssignDialog", u"\u0110\u01a1n v\u1ecb &ch\u1ee7 tr\u00ec:", None))
        self.support_mode_label.setText(QCoreApplication.translate("BulkAssignDialog", u"\u0110\u01a1n v\u1ecb &ph\u1ed1i h\u1ee3p:", None))
        self.support_mode_combo.setItemText(0, QCoreApplication.translate("BulkAssignDialog", u"gi\u1eef nguy\u00ean", None))
        self.support_mode_combo.setItemText(1, QCoreApplication.translate("BulkAssignDialog", u"th\u00eam c\u00e1c \u0111\u01a1n v\u1ecb \u0111\u00e1nh d\u1ea5u d\u01b0\u1edbi \u0111\u00e2y", None))
        self.support_mode_combo.setItemText(2, QCoreApplication.translate("BulkAssignDialog", u"thay b\u1eb1ng c\u00e1c \u0111\u01a1n v\u1ecb \u0111\u00e1nh d\u1ea5u d\u01b0\u1edbi \u0111\u00e2y", None))

        self.person_label.setText(QCoreApplication.translate("BulkAssignDialog", u"&Ng\u01b0\u1eddi ph\u1ee5 tr\u00e1ch:", None))
        self.person_edit.setPlaceholderText(QCoreApplication.translate("BulkAssignDialog", u"\u0111\u1ec3 tr\u1ed1ng: gi\u1eef nguy\u00ean", None))
        self.due_label.setText(QCoreApplication.translate("BulkAssignDialog", u"&Th\u1eddi h\u1ea1n:", None))
        self.hint_label.setText(QCoreApplication.translate("BulkAssignDialog", u"\u00d4 \u0111\u1ec3 tr\u1ed1ng v\u00e0 \u201cgi\u1eef nguy\u00ean\u201d kh\u00f4ng thay \u0111\u1ed5i g\u00ec \u1edf c\u00e1c nhi\u1ec7m v\u1ee5 \u0111\u00e3 ch\u1ecdn.", None))
    # retranslateUi

