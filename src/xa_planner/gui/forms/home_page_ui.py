# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'home_page.ui'
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
from PySide6.QtWidgets import (QApplication, QFrame, QGridLayout, QHeaderView,
    QLabel, QScrollArea, QSizePolicy, QSplitter,
    QTabWidget, QTableView, QVBoxLayout, QWidget)

from xa_planner.gui.widgets.bar_chart_widget import BarChartWidget

class Ui_HomePage(object):
    def setupUi(self, home_page):
        if not home_page.objectName():
            home_page.setObjectName(u"home_page")
        self.home_layout = QVBoxLayout(home_page)
        self.home_layout.setSpacing(10)
        self.home_layout.setObjectName(u"home_layout")
        self.commune_label = QLabel(home_page)
        self.commune_label.setObjectName(u"commune_label")
        self.commune_label.setText(u"")
        self.commune_label.setWordWrap(True)

        self.home_layout.addWidget(self.commune_label)

        self.plan_label = QLabel(home_page)
        self.plan_label.setObjectName(u"plan_label")
        self.plan_label.setText(u"")
        self.plan_label.setWordWrap(True)

        self.home_layout.addWidget(self.plan_label)

        self.deadline_frame = QFrame(home_page)
        self.deadline_frame.setObjectName(u"deadline_frame")
        self.deadline_frame.setFrameShape(QFrame.Shape.StyledPanel)
        self.deadline_layout = QGridLayout(self.deadline_frame)
        self.deadline_layout.setObjectName(u"deadline_layout")
        self.deadline_caption_label = QLabel(self.deadline_frame)
        self.deadline_caption_label.setObjectName(u"deadline_caption_label")

        self.deadline_layout.addWidget(self.deadline_caption_label, 0, 0, 1, 1)

        self.deadline_label = QLabel(self.deadline_frame)
        self.deadline_label.setObjectName(u"deadline_label")
        self.deadline_label.setText(u"")

        self.deadline_layout.addWidget(self.deadline_label, 0, 1, 1, 1)

        self.days_left_label = QLabel(self.deadline_frame)
        self.days_left_label.setObjectName(u"days_left_label")
        self.days_left_label.setText(u"")

        self.deadline_layout.addWidget(self.days_left_label, 0, 2, 1, 1)

        self.last_report_caption_label = QLabel(self.deadline_frame)
        self.last_report_caption_label.setObjectName(u"last_report_caption_label")

        self.deadline_layout.addWidget(self.last_report_caption_label, 1, 0, 1, 1)

        self.last_report_label = QLabel(self.deadline_frame)
        self.last_report_label.setObjectName(u"last_report_label")
        self.last_report_label.setText(u"")

        self.deadline_layout.addWidget(self.last_report_label, 1, 1, 1, 2)

        self.counts_caption_label = QLabel(self.deadline_frame)
        self.counts_caption_label.setObjectName(u"counts_caption_label")

        self.deadline_layout.addWidget(self.counts_caption_label, 2, 0, 1, 1)

        self.counts_label = QLabel(self.deadline_frame)
        self.counts_label.setObjectName(u"counts_label")
        self.counts_label.setText(u"")
        self.counts_label.setWordWrap(True)

        self.deadline_layout.addWidget(self.counts_label, 2, 1, 1, 2)

        self.sheets_caption_label = QLabel(self.deadline_frame)
        self.sheets_caption_label.setObjectName(u"sheets_caption_label")

        self.deadline_layout.addWidget(self.sheets_caption_label, 3, 0, 1, 1)

        self.sheets_label = QLabel(self.deadline_frame)
        self.sheets_label.setObjectName(u"sheets_label")
        self.sheets_label.setText(u"")
        self.sheets_label.setWordWrap(True)

        self.deadline_layout.addWidget(self.sheets_label, 3, 1, 1, 2)

        self.deadline_layout.setColumnStretch(2, 1)

        self.home_layout.addWidget(self.deadline_frame)

        self.lists_splitter = QSplitter(home_page)
        self.lists_splitter.setObjectName(u"lists_splitter")
        self.lists_splitter.setOrientation(Qt.Orientation.Horizontal)
        self.lists_splitter.setChildrenCollapsible(False)
        self.attention_widget = QWidget(self.lists_splitter)
        self.attention_widget.setObjectName(u"attention_widget")
        self.attention_layout = QVBoxLayout(self.attention_widget)
        self.attention_layout.setObjectName(u"attention_layout")
        self.attention_layout.setContentsMargins(0, 0, 0, 0)
        self.overdue_caption_label = QLabel(self.attention_widget)
        self.overdue_caption_label.setObjectName(u"overdue_caption_label")

        self.attention_layout.addWidget(self.overdue_caption_label)

        self.overdue_table = QTableView(self.attention_widget)
        self.overdue_table.setObjectName(u"overdue_table")

        self.attention_layout.addWidget(self.overdue_table)

        self.due_soon_caption_label = QLabel(self.attention_widget)
        self.due_soon_caption_label.setObjectName(u"due_soon_caption_label")

        self.attention_layout.addWidget(self.due_soon_caption_label)

        self.due_soon_table = QTableView(self.attention_widget)
        self.due_soon_table.setObjectName(u"due_soon_table")

        self.attention_layout.addWidget(self.due_soon_table)

        self.lists_splitter.addWidget(self.attention_widget)
        self.progress_widget = QWidget(self.lists_splitter)
        self.progress_widget.setObjectName(u"progress_widget")
        self.progress_layout = QVBoxLayout(self.progress_widget)
        self.progress_layout.setObjectName(u"progress_layout")
        self.progress_layout.setContentsMargins(0, 0, 0, 0)
        self.progress_tabs = QTabWidget(self.progress_widget)
        self.progress_tabs.setObjectName(u"progress_tabs")
        self.progress_tabs.setUsesScrollButtons(False)
        self.office_chart_tab = QWidget()
        self.office_chart_tab.setObjectName(u"office_chart_tab")
        self.office_chart_tab_layout = QVBoxLayout(self.office_chart_tab)
        self.office_chart_tab_layout.setObjectName(u"office_chart_tab_layout")
        self.office_chart_scroll = QScrollArea(self.office_chart_tab)
        self.office_chart_scroll.setObjectName(u"office_chart_scroll")
        self.office_chart_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.office_chart_scroll.setWidgetResizable(True)
        self.office_chart = BarChartWidget()
        self.office_chart.setObjectName(u"office_chart")
        self.office_chart_scroll.setWidget(self.office_chart)

        self.office_chart_tab_layout.addWidget(self.office_chart_scroll)

        self.progress_tabs.addTab(self.office_chart_tab, "")
        self.indicator_chart_tab = QWidget()
        self.indicator_chart_tab.setObjectName(u"indicator_chart_tab")
        self.indicator_chart_tab_layout = QVBoxLayout(self.indicator_chart_tab)
        self.indicator_chart_tab_layout.setObjectName(u"indicator_chart_tab_layout")
        self.indicator_chart_scroll = QScrollArea(self.indicator_chart_tab)
        self.indicator_chart_scroll.setObjectName(u"indicator_chart_scroll")
        self.indicator_chart_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.indicator_chart_scroll.setWidgetResizable(True)
        self.indicator_chart = BarChartWidget()
        self.indicator_chart.setObjectName(u"indicator_chart")
        self.indicator_chart_scroll.setWidget(self.indicator_chart)

        self.indicator_chart_tab_layout.addWidget(self.indicator_chart_scroll)

        self.progress_tabs.addTab(self.indicator_chart_tab, "")
        self.awaited_sheets_tab = QWidget()
        self.awaited_sheets_tab.setObjectName(u"awaited_sheets_tab")
        self.awaited_sheets_tab_layout = QVBoxLayout(self.awaited_sheets_tab)
        self.awaited_sheets_tab_layout.setObjectName(u"awaited_sheets_tab_layout")
        self.awaited_sheets_label = QLabel(self.awaited_sheets_tab)
        self.awaited_sheets_label.setObjectName(u"awaited_sheets_label")
        self.awaited_sheets_label.setText(u"")
        self.awaited_sheets_label.setWordWrap(True)

        self.awaited_sheets_tab_layout.addWidget(self.awaited_sheets_label)

        self.awaited_sheets_table = QTableView(self.awaited_sheets_tab)
        self.awaited_sheets_table.setObjectName(u"awaited_sheets_table")

        self.awaited_sheets_tab_layout.addWidget(self.awaited_sheets_table)

        self.progress_tabs.addTab(self.awaited_sheets_tab, "")
        self.office_table_tab = QWidget()
        self.office_table_tab.setObjectName(u"office_table_tab")
        self.office_table_tab_layout = QVBoxLayout(self.office_table_tab)
        self.office_table_tab_layout.setObjectName(u"office_table_tab_layout")
        self.office_progress_table = QTableView(self.office_table_tab)
        self.office_progress_table.setObjectName(u"office_progress_table")

        self.office_table_tab_layout.addWidget(self.office_progress_table)

        self.progress_tabs.addTab(self.office_table_tab, "")

        self.progress_layout.addWidget(self.progress_tabs)

        self.lists_splitter.addWidget(self.progress_widget)

        self.home_layout.addWidget(self.lists_splitter)

        self.home_layout.setStretch(3, 1)

        self.retranslateUi(home_page)

        QMetaObject.connectSlotsByName(home_page)
    # setupUi

    def retranslateUi(self, home_page):
        self.deadline_caption_label.setText(QCoreApplication.translate("HomePage", u"H\u1ea1n g\u1eedi b\u00e1o c\u00e1o th\u00e1ng t\u1edbi:", None))
        self.last_report_caption_label.setText(QCoreApplication.translate("HomePage", u"B\u00e1o c\u00e1o g\u1eedi g\u1ea7n nh\u1ea5t:", None))
        self.counts_caption_label.setText(QCoreApplication.translate("HomePage", u"T\u00ecnh h\u00ecnh nhi\u1ec7m v\u1ee5:", None))
        self.sheets_caption_label.setText(QCoreApplication.translate("HomePage", u"Phi\u1ebfu c\u1ee7a c\u00e1c \u0111\u01a1n v\u1ecb:", None))
        self.overdue_caption_label.setText(QCoreApplication.translate("HomePage", u"Nhi\u1ec7m v\u1ee5 qu\u00e1 h\u1ea1n", None))
        self.due_soon_caption_label.setText(QCoreApplication.translate("HomePage", u"S\u1eafp \u0111\u1ebfn h\u1ea1n (7 ng\u00e0y t\u1edbi)", None))
        self.progress_tabs.setTabText(self.progress_tabs.indexOf(self.office_chart_tab), QCoreApplication.translate("HomePage", u"Ti\u1ebfn \u0111\u1ed9 theo \u0111\u01a1n v\u1ecb", None))
        self.progress_tabs.setTabText(self.progress_tabs.indexOf(self.indicator_chart_tab), QCoreApplication.translate("HomePage", u"Ch\u1ec9 ti\u00eau", None))
        self.progress_tabs.setTabText(self.progress_tabs.indexOf(self.awaited_sheets_tab), QCoreApplication.translate("HomePage", u"Phi\u1ebfu ch\u01b0a nh\u1eadn l\u1ea1i", None))
        self.progress_tabs.setTabText(self.progress_tabs.indexOf(self.office_table_tab), QCoreApplication.translate("HomePage", u"B\u1ea3ng s\u1ed1 li\u1ec7u", None))
        pass
    # retranslateUi

