# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'tracking_page.ui'
##
## Created by: Qt User Interface Compiler version 6.12.0
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
from PySide6.QtWidgets import (QApplication, QComboBox, QHBoxLayout, QHeaderView,
    QLabel, QLineEdit, QSizePolicy, QStackedWidget,
    QTableView, QVBoxLayout, QWidget)

class Ui_TrackingPage(object):
    def setupUi(self, tracking_page):
        if not tracking_page.objectName():
            tracking_page.setObjectName(u"tracking_page")
        self.tracking_layout = QVBoxLayout(tracking_page)
        self.tracking_layout.setObjectName(u"tracking_layout")
        self.toolbar_layout = QHBoxLayout()
        self.toolbar_layout.setObjectName(u"toolbar_layout")
        self.period_caption_label = QLabel(tracking_page)
        self.period_caption_label.setObjectName(u"period_caption_label")

        self.toolbar_layout.addWidget(self.period_caption_label)

        self.period_combo = QComboBox(tracking_page)
        self.period_combo.setObjectName(u"period_combo")
        self.period_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)

        self.toolbar_layout.addWidget(self.period_combo)

        self.status_caption_label = QLabel(tracking_page)
        self.status_caption_label.setObjectName(u"status_caption_label")

        self.toolbar_layout.addWidget(self.status_caption_label)

        self.status_combo = QComboBox(tracking_page)
        self.status_combo.setObjectName(u"status_combo")
        self.status_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)

        self.toolbar_layout.addWidget(self.status_combo)

        self.search_edit = QLineEdit(tracking_page)
        self.search_edit.setObjectName(u"search_edit")
        self.search_edit.setClearButtonEnabled(True)

        self.toolbar_layout.addWidget(self.search_edit)

        self.count_label = QLabel(tracking_page)
        self.count_label.setObjectName(u"count_label")
        self.count_label.setText(u"")

        self.toolbar_layout.addWidget(self.count_label)


        self.tracking_layout.addLayout(self.toolbar_layout)

        self.content_stack = QStackedWidget(tracking_page)
        self.content_stack.setObjectName(u"content_stack")
        self.tracking_table = QTableView()
        self.tracking_table.setObjectName(u"tracking_table")
        self.content_stack.addWidget(self.tracking_table)
        self.empty_label = QLabel()
        self.empty_label.setObjectName(u"empty_label")
        self.empty_label.setText(u"")
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setWordWrap(True)
        self.content_stack.addWidget(self.empty_label)

        self.tracking_layout.addWidget(self.content_stack)


        self.retranslateUi(tracking_page)

        QMetaObject.connectSlotsByName(tracking_page)
    # setupUi

    def retranslateUi(self, tracking_page):
        self.period_caption_label.setText(QCoreApplication.translate("TrackingPage", u"Th\u00e1ng b\u00e1o c\u00e1o:", None))
        self.status_caption_label.setText(QCoreApplication.translate("TrackingPage", u"T\u00ecnh tr\u1ea1ng:", None))
        self.search_edit.setPlaceholderText(QCoreApplication.translate("TrackingPage", u"T\u00ecm nhi\u1ec7m v\u1ee5, \u0111\u01a1n v\u1ecb (g\u00f5 kh\u00f4ng d\u1ea5u c\u0169ng \u0111\u01b0\u1ee3c)", None))
        pass
    # retranslateUi

