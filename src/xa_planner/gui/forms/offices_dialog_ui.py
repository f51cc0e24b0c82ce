# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'offices_dialog.ui'
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
    QSizePolicy, QSpacerItem, QTableView, QVBoxLayout,
    QWidget)

class Ui_OfficesDialog(object):
    def setupUi(self, offices_dialog):
        if not offices_dialog.objectName():
            offices_dialog.setObjectName(u"offices_dialog")
        offices_dialog.setMinimumSize(QSize(1060, 520))
        self.dialog_layout = QVBoxLayout(offices_dialog)
        self.dialog_layout.setObjectName(u"dialog_layout")
        self.intro_label = QLabel(offices_dialog)
        self.intro_label.setObjectName(u"intro_label")
        self.intro_label.setWordWrap(True)

        self.dialog_layout.addWidget(self.intro_label)

        self.content_layout = QHBoxLayout()
        self.content_layout.setObjectName(u"content_layout")
        self.offices_table = QTableView(offices_dialog)
        self.offices_table.setObjectName(u"offices_table")

        self.content_layout.addWidget(self.offices_table)

        self.buttons_layout = QVBoxLayout()
        self.buttons_layout.setObjectName(u"buttons_layout")
        self.add_button = QPushButton(offices_dialog)
        self.add_button.setObjectName(u"add_button")

        self.buttons_layout.addWidget(self.add_button)

        self.edit_button = QPushButton(offices_dialog)
        self.edit_button.setObjectName(u"edit_button")

        self.buttons_layout.addWidget(self.edit_button)

        self.move_up_button = QPushButton(offices_dialog)
        self.move_up_button.setObjectName(u"move_up_button")

        self.buttons_layout.addWidget(self.move_up_button)

        self.move_down_button = QPushButton(offices_dialog)
        self.move_down_button.setObjectName(u"move_down_button")

        self.buttons_layout.addWidget(self.move_down_button)

        self.retire_button = QPushButton(offices_dialog)
        self.retire_button.setObjectName(u"retire_button")

        self.buttons_layout.addWidget(self.retire_button)

        self.buttons_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.buttons_layout.addItem(self.buttons_spacer)


        self.content_layout.addLayout(self.buttons_layout)


        self.dialog_layout.addLayout(self.content_layout)

        self.button_box = QDialogButtonBox(offices_dialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.dialog_layout.addWidget(self.button_box)


        self.retranslateUi(offices_dialog)

        QMetaObject.connectSlotsByName(offices_dialog)
    # setupUi

    def retranslateUi(self, offices_dialog):
        offices_dialog.setWindowTitle(QCoreApplication.translate("OfficesDialog", u"Danh s\u00e1ch \u0111\u01a1n v\u1ecb", None))
        self.intro_label.setText(QCoreApplication.translate("OfficesDialog", u"C\u00e1c \u0111\u01a1n v\u1ecb c\u1ee7a x\u00e3 \u0111\u01b0\u1ee3c giao ch\u1ee7 tr\u00ec ho\u1eb7c ph\u1ed1i h\u1ee3p th\u1ef1c hi\u1ec7n nhi\u1ec7m v\u1ee5. \u0110\u01a1n v\u1ecb \u0111\u00e3 ng\u1eebng ho\u1ea1t \u0111\u1ed9ng v\u1eabn gi\u1eef l\u1ecbch s\u1eed nh\u01b0ng kh\u00f4ng nh\u1eadn nhi\u1ec7m v\u1ee5 m\u1edbi.", None))
        self.add_button.setText(QCoreApplication.translate("OfficesDialog", u"&Th\u00eam\u2026", None))
        self.edit_button.setText(QCoreApplication.translate("OfficesDialog", u"&S\u1eeda\u2026", None))
        self.move_up_button.setText(QCoreApplication.translate("OfficesDialog", u"Chuy\u1ec3n &l\u00ean", None))
        self.move_down_button.setText(QCoreApplication.translate("OfficesDialog", u"Chuy\u1ec3n &xu\u1ed1ng", None))
        self.retire_button.setText(QCoreApplication.translate("OfficesDialog", u"&Ng\u1eebng ho\u1ea1t \u0111\u1ed9ng", None))
    # retranslateUi

