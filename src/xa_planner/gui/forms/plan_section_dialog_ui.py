# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'plan_section_dialog.ui'
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

class Ui_PlanSectionDialog(object):
    def setupUi(self, plan_section_dialog):
        if not plan_section_dialog.objectName():
            plan_section_dialog.setObjectName(u"plan_section_dialog")
        plan_section_dialog.setMinimumSize(QSize(520, 0))
        self.dialog_layout = QVBoxLayout(plan_section_dialog)
        self.dialog_layout.setObjectName(u"dialog_layout")
        self.form_layout = QFormLayout()
        self.form_layout.setObjectName(u"form_layout")
        self.form_layout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.ref_label = QLabel(plan_section_dialog)
        self.ref_label.setObjectName(u"ref_label")

        self.form_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.ref_label)

        self.ref_edit = QLineEdit(plan_section_dialog)
        self.ref_edit.setObjectName(u"ref_edit")

        self.form_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.ref_edit)

        self.title_label = QLabel(plan_section_dialog)
        self.title_label.setObjectName(u"title_label")

        self.form_layout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.title_label)

        self.title_edit = QLineEdit(plan_section_dialog)
        self.title_edit.setObjectName(u"title_edit")

        self.form_layout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.title_edit)

        self.first_task_label = QLabel(plan_section_dialog)
        self.first_task_label.setObjectName(u"first_task_label")

        self.form_layout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.first_task_label)

        self.first_task_edit = QLineEdit(plan_section_dialog)
        self.first_task_edit.setObjectName(u"first_task_edit")

        self.form_layout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.first_task_edit)


        self.dialog_layout.addLayout(self.form_layout)

        self.error_label = QLabel(plan_section_dialog)
        self.error_label.setObjectName(u"error_label")
        self.error_label.setText(u"")
        self.error_label.setStyleSheet(u"color: #b3261e;")
        self.error_label.setWordWrap(True)

        self.dialog_layout.addWidget(self.error_label)

        self.button_box = QDialogButtonBox(plan_section_dialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.dialog_layout.addWidget(self.button_box)

#if QT_CONFIG(shortcut)
        self.ref_label.setBuddy(self.ref_edit)
        self.title_label.setBuddy(self.title_edit)
        self.first_task_label.setBuddy(self.first_task_edit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(plan_section_dialog)

        QMetaObject.connectSlotsByName(plan_section_dialog)
    # setupUi

    def retranslateUi(self, plan_section_dialog):
        plan_section_dialog.setWindowTitle(QCoreApplication.translate("PlanSectionDialog", u"Th\u00eam nh\u00f3m nhi\u1ec7m v\u1ee5", None))
        self.ref_label.setText(QCoreApplication.translate("PlanSectionDialog", u"&S\u1ed1 th\u1ee9 t\u1ef1 nh\u00f3m:", None))
        self.ref_edit.setPlaceholderText(QCoreApplication.translate("PlanSectionDialog", u"v\u00ed d\u1ee5: IV", None))
        self.title_label.setText(QCoreApplication.translate("PlanSectionDialog", u"&T\u00ean nh\u00f3m:", None))
        self.first_task_label.setText(QCoreApplication.translate("PlanSectionDialog", u"Nhi\u1ec7m v\u1ee5 &\u0111\u1ea7u ti\u00ean:", None))
    # retranslateUi

