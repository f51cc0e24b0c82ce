# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'restore_backup_dialog.ui'
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
    QHBoxLayout, QHeaderView, QLabel, QPushButton,
    QSizePolicy, QSpacerItem, QStackedWidget, QTableView,
    QVBoxLayout, QWidget)

class Ui_RestoreBackupDialog(object):
    def setupUi(self, restore_backup_dialog):
        if not restore_backup_dialog.objectName():
            restore_backup_dialog.setObjectName(u"restore_backup_dialog")
        restore_backup_dialog.setMinimumSize(QSize(640, 380))
        self.dialog_layout = QVBoxLayout(restore_backup_dialog)
        self.dialog_layout.setObjectName(u"dialog_layout")
        self.intro_label = QLabel(restore_backup_dialog)
        self.intro_label.setObjectName(u"intro_label")
        self.intro_label.setWordWrap(True)

        self.dialog_layout.addWidget(self.intro_label)

        self.content_stack = QStackedWidget(restore_backup_dialog)
        self.content_stack.setObjectName(u"content_stack")
        self.backups_table = QTableView()
        self.backups_table.setObjectName(u"backups_table")
        self.content_stack.addWidget(self.backups_table)
        self.empty_label = QLabel()
        self.empty_label.setObjectName(u"empty_label")
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setWordWrap(True)
        self.content_stack.addWidget(self.empty_label)

        self.dialog_layout.addWidget(self.content_stack)

        self.buttons_layout = QHBoxLayout()
        self.buttons_layout.setObjectName(u"buttons_layout")
        self.buttons_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttons_layout.addItem(self.buttons_spacer)

        self.restore_button = QPushButton(restore_backup_dialog)
        self.restore_button.setObjectName(u"restore_button")

        self.buttons_layout.addWidget(self.restore_button)

        self.button_box = QDialogButtonBox(restore_backup_dialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Cancel)

        self.buttons_layout.addWidget(self.button_box)


        self.dialog_layout.addLayout(self.buttons_layout)


        self.retranslateUi(restore_backup_dialog)

        QMetaObject.connectSlotsByName(restore_backup_dialog)
    # setupUi

    def retranslateUi(self, restore_backup_dialog):
        restore_backup_dialog.setWindowTitle(QCoreApplication.translate("RestoreBackupDialog", u"Kh\u00f4i ph\u1ee5c t\u1eeb b\u1ea3n sao l\u01b0u", None))
        self.intro_label.setText(QCoreApplication.translate("RestoreBackupDialog", u"Ch\u1ecdn b\u1ea3n sao l\u01b0u c\u1ea7n kh\u00f4i ph\u1ee5c. D\u1eef li\u1ec7u hi\u1ec7n t\u1ea1i \u0111\u01b0\u1ee3c sao l\u01b0u tr\u01b0\u1edbc khi kh\u00f4i ph\u1ee5c, c\u00e1c b\u1ea3n sao l\u01b0u c\u0169 \u0111\u01b0\u1ee3c gi\u1eef nguy\u00ean.", None))
        self.empty_label.setText(QCoreApplication.translate("RestoreBackupDialog", u"Ch\u01b0a c\u00f3 b\u1ea3n sao l\u01b0u n\u00e0o. D\u00f9ng T\u1ec7p \u2192 Sao l\u01b0u ngay \u0111\u1ec3 t\u1ea1o b\u1ea3n \u0111\u1ea7u ti\u00ean.", None))
        self.restore_button.setText(QCoreApplication.translate("RestoreBackupDialog", u"&Kh\u00f4i ph\u1ee5c b\u1ea3n \u0111\u00e3 ch\u1ecdn\u2026", None))
    # retranslateUi

