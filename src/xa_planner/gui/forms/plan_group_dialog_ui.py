# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'plan_group_dialog.ui'
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
    QSizePolicy, QVBoxLayout, QWidget)

class Ui_PlanGroupDialog(object):
    def setupUi(self, plan_group_dialog):
        if not plan_group_dialog.objectName():
            plan_group_dialog.setObjectName(u"plan_group_dialog")
        plan_group_dialog.setMinimumSize(QSize(480, 0))
        self.dialog_layout = QVBoxLayout(plan_group_dialog)
        self.dialog_layout.setObjectName(u"dialog_layout")
        self.question_label = QLabel(plan_group_dialog)
        self.question_label.setObjectName(u"question_label")
        self.question_label.setText(u"")
        self.question_label.setWordWrap(True)

        self.dialog_layout.addWidget(self.question_label)

        self.form_layout = QFormLayout()
        self.form_layout.setObjectName(u"form_layout")
        self.form_layout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.name_label = QLabel(plan_group_dialog)
        self.name_label.setObjectName(u"name_label")

        self.form_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.name_label)

        self.name_edit = QLineEdit(plan_group_dialog)
        self.name_edit.setObjectName(u"name_edit")

        self.form_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.name_edit)

        self.target_label = QLabel(plan_group_dialog)
        self.target_label.setObjectName(u"target_label")

        self.form_layout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.target_label)

        self.target_combo = QComboBox(plan_group_dialog)
        self.target_combo.setObjectName(u"target_combo")
        self.target_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.target_combo.setMinimumContentsLength(30)

        self.form_layout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.target_combo)


        self.dialog_layout.addLayout(self.form_layout)

        self.error_label = QLabel(plan_group_dialog)
        self.error_label.setObjectName(u"error_label")
        self.error_label.setText(u"")
        self.error_label.setStyleSheet(u"color: #b3261e;")
        self.error_label.setWordWrap(True)

        self.dialog_layout.addWidget(self.error_label)

        self.button_box = QDialogButtonBox(plan_group_dialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.dialog_layout.addWidget(self.button_box)

#if QT_CONFIG(shortcut)
        self.name_label.setBuddy(self.name_edit)
        self.target_label.setBuddy(self.target_combo)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(plan_group_dialog)

        QMetaObject.connectSlotsByName(plan_group_dialog)
    # setupUi

    def retranslateUi(self, plan_group_dialog):
        plan_group_dialog.setWindowTitle(QCoreApplication.translate("PlanGroupDialog", u"Nh\u00f3m nhi\u1ec7m v\u1ee5", None))
        self.name_label.setText(QCoreApplication.translate("PlanGroupDialog", u"&T\u00ean nh\u00f3m:", None))
        self.target_label.setText(QCoreApplication.translate("PlanGroupDialog", u"&Chuy\u1ec3n v\u00e0o nh\u00f3m:", None))
    # retranslateUi

