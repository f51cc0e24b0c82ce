# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'indicator_panel.ui'
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
from PySide6.QtWidgets import (QApplication, QHBoxLayout, QHeaderView, QLabel,
    QPushButton, QSizePolicy, QStackedWidget, QTableView,
    QVBoxLayout, QWidget)

class Ui_IndicatorPanel(object):
    def setupUi(self, indicator_panel):
        if not indicator_panel.objectName():
            indicator_panel.setObjectName(u"indicator_panel")
        self.indicator_layout = QVBoxLayout(indicator_panel)
        self.indicator_layout.setObjectName(u"indicator_layout")
        self.toolbar_layout = QHBoxLayout()
        self.toolbar_layout.setObjectName(u"toolbar_layout")
        self.hint_label = QLabel(indicator_panel)
        self.hint_label.setObjectName(u"hint_label")
        self.hint_label.setWordWrap(True)
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        sizePolicy.setHorizontalStretch(1)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.hint_label.sizePolicy().hasHeightForWidth())
        self.hint_label.setSizePolicy(sizePolicy)

        self.toolbar_layout.addWidget(self.hint_label)

        self.summary_label = QLabel(indicator_panel)
        self.summary_label.setObjectName(u"summary_label")
        self.summary_label.setText(u"")

        self.toolbar_layout.addWidget(self.summary_label)

        self.workbook_button = QPushButton(indicator_panel)
        self.workbook_button.setObjectName(u"workbook_button")

        self.toolbar_layout.addWidget(self.workbook_button)

        self.add_button = QPushButton(indicator_panel)
        self.add_button.setObjectName(u"add_button")

        self.toolbar_layout.addWidget(self.add_button)


        self.indicator_layout.addLayout(self.toolbar_layout)

        self.content_stack = QStackedWidget(indicator_panel)
        self.content_stack.setObjectName(u"content_stack")
        self.indicator_table = QTableView()
        self.indicator_table.setObjectName(u"indicator_table")
        self.content_stack.addWidget(self.indicator_table)
        self.empty_label = QLabel()
        self.empty_label.setObjectName(u"empty_label")
        self.empty_label.setText(u"")
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setWordWrap(True)
        self.content_stack.addWidget(self.empty_label)

        self.indicator_layout.addWidget(self.content_stack)


        self.retranslateUi(indicator_panel)

        QMetaObject.connectSlotsByName(indicator_panel)
    # setupUi

    def retranslateUi(self, indicator_panel):
        self.hint_label.setText(QCoreApplication.translate("IndicatorPanel", u"Nh\u1ea5p \u0111\u00fap ho\u1eb7c b\u1ea5m F2 v\u00e0o \u00f4 T\u1eed s\u1ed1, M\u1eabu s\u1ed1 / Gi\u00e1 tr\u1ecb \u0111\u1ec3 nh\u1eadp s\u1ed1 li\u1ec7u c\u1ee7a th\u00e1ng.", None))
        self.workbook_button.setText(QCoreApplication.translate("IndicatorPanel", u"L\u1ea5y s\u1ed1 li\u1ec7u t\u1eeb b\u1ea3ng ch\u1ec9 ti\u00eau c\u1ee7a t\u1ec9nh\u2026", None))
        self.add_button.setText(QCoreApplication.translate("IndicatorPanel", u"Th\u00eam ch\u1ec9 ti\u00eau\u2026", None))
        pass
    # retranslateUi

