# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'about_dialog.ui'
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
    QHBoxLayout, QLabel, QSizePolicy, QVBoxLayout,
    QWidget)

class Ui_AboutDialog(object):
    def setupUi(self, about_dialog):
        if not about_dialog.objectName():
            about_dialog.setObjectName(u"about_dialog")
        about_dialog.setMinimumSize(QSize(460, 0))
        self.dialog_layout = QVBoxLayout(about_dialog)
        self.dialog_layout.setObjectName(u"dialog_layout")
        self.header_layout = QHBoxLayout()
        self.header_layout.setObjectName(u"header_layout")
        self.icon_label = QLabel(about_dialog)
        self.icon_label.setObjectName(u"icon_label")
        self.icon_label.setMinimumSize(QSize(64, 64))
        self.icon_label.setText(u"")

        self.header_layout.addWidget(self.icon_label)

        self.title_label = QLabel(about_dialog)
        self.title_label.setObjectName(u"title_label")
        self.title_label.setText(u"")
        self.title_label.setWordWrap(True)

        self.header_layout.addWidget(self.title_label)


        self.dialog_layout.addLayout(self.header_layout)

        self.description_label = QLabel(about_dialog)
        self.description_label.setObjectName(u"description_label")
        self.description_label.setWordWrap(True)

        self.dialog_layout.addWidget(self.description_label)

        self.details_label = QLabel(about_dialog)
        self.details_label.setObjectName(u"details_label")
        self.details_label.setText(u"")
        self.details_label.setWordWrap(True)
        self.details_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.dialog_layout.addWidget(self.details_label)

        self.button_box = QDialogButtonBox(about_dialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.dialog_layout.addWidget(self.button_box)


        self.retranslateUi(about_dialog)

        QMetaObject.connectSlotsByName(about_dialog)
    # setupUi

    def retranslateUi(self, about_dialog):
        about_dialog.setWindowTitle(QCoreApplication.translate("AboutDialog", u"Gi\u1edbi thi\u1ec7u", None))
        self.description_label.setText(QCoreApplication.translate("AboutDialog", u"L\u1eadp k\u1ebf ho\u1ea1ch th\u1ef1c hi\u1ec7n \u0110\u1ec1 \u00e1n 06 c\u1ee7a x\u00e3 t\u1eeb k\u1ebf ho\u1ea1ch c\u1ee7a t\u1ec9nh, giao nhi\u1ec7m v\u1ee5 cho c\u00e1c \u0111\u01a1n v\u1ecb, theo d\u00f5i ti\u1ebfn \u0111\u1ed9 h\u1eb1ng th\u00e1ng v\u00e0 l\u1eadp b\u00e1o c\u00e1o g\u1eedi C\u00f4ng an t\u1ec9nh. M\u1ecdi d\u1eef li\u1ec7u \u0111\u01b0\u1ee3c l\u01b0u tr\u00ean m\u00e1y n\u00e0y, kh\u00f4ng c\u1ea7n m\u1ea1ng.", None))
    # retranslateUi

