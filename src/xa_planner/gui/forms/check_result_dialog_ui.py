# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'check_result_dialog.ui'
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
    QFormLayout, QLabel, QListWidget, QListWidgetItem,
    QSizePolicy, QVBoxLayout, QWidget)

class Ui_CheckResultDialog(object):
    def setupUi(self, check_result_dialog):
        if not check_result_dialog.objectName():
            check_result_dialog.setObjectName(u"check_result_dialog")
        check_result_dialog.setMinimumSize(QSize(520, 0))
        self.dialog_layout = QVBoxLayout(check_result_dialog)
        self.dialog_layout.setObjectName(u"dialog_layout")
        self.verdict_label = QLabel(check_result_dialog)
        self.verdict_label.setObjectName(u"verdict_label")
        self.verdict_label.setText(u"")
        self.verdict_label.setWordWrap(True)

        self.dialog_layout.addWidget(self.verdict_label)

        self.details_layout = QFormLayout()
        self.details_layout.setObjectName(u"details_layout")
        self.integrity_caption_label = QLabel(check_result_dialog)
        self.integrity_caption_label.setObjectName(u"integrity_caption_label")

        self.details_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.integrity_caption_label)

        self.integrity_label = QLabel(check_result_dialog)
        self.integrity_label.setObjectName(u"integrity_label")
        self.integrity_label.setText(u"")

        self.details_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.integrity_label)

        self.links_caption_label = QLabel(check_result_dialog)
        self.links_caption_label.setObjectName(u"links_caption_label")

        self.details_layout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.links_caption_label)

        self.links_label = QLabel(check_result_dialog)
        self.links_label.setObjectName(u"links_label")
        self.links_label.setText(u"")

        self.details_layout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.links_label)

        self.revision_caption_label = QLabel(check_result_dialog)
        self.revision_caption_label.setObjectName(u"revision_caption_label")

        self.details_layout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.revision_caption_label)

        self.revision_label = QLabel(check_result_dialog)
        self.revision_label.setObjectName(u"revision_label")
        self.revision_label.setText(u"")

        self.details_layout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.revision_label)


        self.dialog_layout.addLayout(self.details_layout)

        self.messages_list = QListWidget(check_result_dialog)
        self.messages_list.setObjectName(u"messages_list")

        self.dialog_layout.addWidget(self.messages_list)

        self.button_box = QDialogButtonBox(check_result_dialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.dialog_layout.addWidget(self.button_box)


        self.retranslateUi(check_result_dialog)

        QMetaObject.connectSlotsByName(check_result_dialog)
    # setupUi

    def retranslateUi(self, check_result_dialog):
        check_result_dialog.setWindowTitle(QCoreApplication.translate("CheckResultDialog", u"Ki\u1ec3m tra d\u1eef li\u1ec7u", None))
        self.integrity_caption_label.setText(QCoreApplication.translate("CheckResultDialog", u"T\u00ednh to\u00e0n v\u1eb9n c\u1ee7a t\u1ec7p:", None))
        self.links_caption_label.setText(QCoreApplication.translate("CheckResultDialog", u"Li\u00ean k\u1ebft d\u1eef li\u1ec7u h\u1ecfng:", None))
        self.revision_caption_label.setText(QCoreApplication.translate("CheckResultDialog", u"Phi\u00ean b\u1ea3n c\u1ea5u tr\u00fac d\u1eef li\u1ec7u:", None))
    # retranslateUi

