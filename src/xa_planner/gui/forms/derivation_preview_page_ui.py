# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'derivation_preview_page.ui'
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
from PySide6.QtWidgets import (QApplication, QHeaderView, QLabel, QSizePolicy,
    QTableView, QVBoxLayout, QWidget, QWizardPage)

class Ui_DerivationPreviewPage(object):
    def setupUi(self, derivation_preview_page):
        if not derivation_preview_page.objectName():
            derivation_preview_page.setObjectName(u"derivation_preview_page")
        self.preview_layout = QVBoxLayout(derivation_preview_page)
        self.preview_layout.setObjectName(u"preview_layout")
        self.summary_label = QLabel(derivation_preview_page)
        self.summary_label.setObjectName(u"summary_label")
        self.summary_label.setText(u"")
        self.summary_label.setWordWrap(True)

        self.preview_layout.addWidget(self.summary_label)

        self.preview_table = QTableView(derivation_preview_page)
        self.preview_table.setObjectName(u"preview_table")

        self.preview_layout.addWidget(self.preview_table)

        self.unmapped_label = QLabel(derivation_preview_page)
        self.unmapped_label.setObjectName(u"unmapped_label")
        self.unmapped_label.setText(u"")
        self.unmapped_label.setWordWrap(True)
        self.unmapped_label.setStyleSheet(u"color: #b00020;")

        self.preview_layout.addWidget(self.unmapped_label)

        self.status_label = QLabel(derivation_preview_page)
        self.status_label.setObjectName(u"status_label")
        self.status_label.setText(u"")

        self.preview_layout.addWidget(self.status_label)


        self.retranslateUi(derivation_preview_page)

        QMetaObject.connectSlotsByName(derivation_preview_page)
    # setupUi

    def retranslateUi(self, derivation_preview_page):
        derivation_preview_page.setTitle(QCoreApplication.translate("DerivationPreviewPage", u"Xem tr\u01b0\u1edbc k\u1ebf ho\u1ea1ch c\u1ee7a x\u00e3", None))
        derivation_preview_page.setSubTitle(QCoreApplication.translate("DerivationPreviewPage", u"Ki\u1ec3m tra c\u00e1c nhi\u1ec7m v\u1ee5 s\u1ebd \u0111\u01b0\u1ee3c t\u1ea1o. D\u00f2ng t\u00f4 m\u00e0u c\u1ea7n xem l\u1ea1i; c\u00f3 th\u1ec3 s\u1eeda ti\u1ebfp tr\u00ean trang K\u1ebf ho\u1ea1ch sau khi t\u1ea1o.", None))
    # retranslateUi

