# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'plan_page.ui'
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

class Ui_PlanPage(object):
    def setupUi(self, plan_page):
        if not plan_page.objectName():
            plan_page.setObjectName(u"plan_page")
        self.plan_layout = QVBoxLayout(plan_page)
        self.plan_layout.setObjectName(u"plan_layout")
        self.toolbar_layout = QHBoxLayout()
        self.toolbar_layout.setObjectName(u"toolbar_layout")
        self.plan_caption_label = QLabel(plan_page)
        self.plan_caption_label.setObjectName(u"plan_caption_label")

        self.toolbar_layout.addWidget(self.plan_caption_label)

        self.plan_combo = QComboBox(plan_page)
        self.plan_combo.setObjectName(u"plan_combo")
        self.plan_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)

        self.toolbar_layout.addWidget(self.plan_combo)

        self.search_edit = QLineEdit(plan_page)
        self.search_edit.setObjectName(u"search_edit")
        self.search_edit.setClearButtonEnabled(True)

        self.toolbar_layout.addWidget(self.search_edit)

        self.count_label = QLabel(plan_page)
        self.count_label.setObjectName(u"count_label")
        self.count_label.setText(u"")

        self.toolbar_layout.addWidget(self.count_label)


        self.plan_layout.addLayout(self.toolbar_layout)

        self.content_stack = QStackedWidget(plan_page)
        self.content_stack.setObjectName(u"content_stack")
        self.plan_table = QTableView()
        self.plan_table.setObjectName(u"plan_table")
        self.content_stack.addWidget(self.plan_table)
        self.empty_label = QLabel()
        self.empty_label.setObjectName(u"empty_label")
        self.empty_label.setText(u"")
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setWordWrap(True)
        self.content_stack.addWidget(self.empty_label)

        self.plan_layout.addWidget(self.content_stack)


        self.retranslateUi(plan_page)

        QMetaObject.connectSlotsByName(plan_page)
    # setupUi

    def retranslateUi(self, plan_page):
        self.plan_caption_label.setText(QCoreApplication.translate("PlanPage", u"K\u1ebf ho\u1ea1ch:", None))
        self.search_edit.setPlaceholderText(QCoreApplication.translate("PlanPage", u"T\u00ecm nhi\u1ec7m v\u1ee5, \u0111\u01a1n v\u1ecb, ng\u01b0\u1eddi ph\u1ee5 tr\u00e1ch (g\u00f5 kh\u00f4ng d\u1ea5u c\u0169ng \u0111\u01b0\u1ee3c)", None))
        pass
    # retranslateUi

