# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'audit_log_dialog.ui'
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
    QHeaderView, QLabel, QSizePolicy, QStackedWidget,
    QTableView, QVBoxLayout, QWidget)

class Ui_AuditLogDialog(object):
    def setupUi(self, audit_log_dialog):
        if not audit_log_dialog.objectName():
            audit_log_dialog.setObjectName(u"audit_log_dialog")
        audit_log_dialog.setMinimumSize(QSize(820, 440))
        self.dialog_layout = QVBoxLayout(audit_log_dialog)
        self.dialog_layout.setObjectName(u"dialog_layout")
        self.intro_label = QLabel(audit_log_dialog)
        self.intro_label.setObjectName(u"intro_label")
        self.intro_label.setWordWrap(True)

        self.dialog_layout.addWidget(self.intro_label)

        self.content_stack = QStackedWidget(audit_log_dialog)
        self.content_stack.setObjectName(u"content_stack")
        self.audit_table = QTableView()
        self.audit_table.setObjectName(u"audit_table")
        self.content_stack.addWidget(self.audit_table)
        self.empty_label = QLabel()
        self.empty_label.setObjectName(u"empty_label")
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setWordWrap(True)
        self.content_stack.addWidget(self.empty_label)

        self.dialog_layout.addWidget(self.content_stack)

        self.button_box = QDialogButtonBox(audit_log_dialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.dialog_layout.addWidget(self.button_box)


        self.retranslateUi(audit_log_dialog)

        QMetaObject.connectSlotsByName(audit_log_dialog)
    # setupUi

    def retranslateUi(self, audit_log_dialog):
        audit_log_dialog.setWindowTitle(QCoreApplication.translate("AuditLogDialog", u"Nh\u1eadt k\u00fd thay \u0111\u1ed5i", None))
        self.intro_label.setText(QCoreApplication.translate("AuditLogDialog", u"Nh\u1eefng thay \u0111\u1ed5i g\u1ea7n \u0111\u00e2y nh\u1ea5t: ai thay \u0111\u1ed5i, l\u00fac n\u00e0o, thay \u0111\u1ed5i g\u00ec.", None))
        self.empty_label.setText(QCoreApplication.translate("AuditLogDialog", u"Ch\u01b0a c\u00f3 thay \u0111\u1ed5i n\u00e0o \u0111\u01b0\u1ee3c ghi l\u1ea1i.", None))
    # retranslateUi

