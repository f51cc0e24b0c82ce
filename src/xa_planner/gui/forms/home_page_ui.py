# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'home_page.ui'
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
from PySide6.QtWidgets import (QApplication, QFrame, QGridLayout, QHeaderView,
    QLabel, QSizePolicy, QSplitter, QTableView,
    QVBoxLayout, QWidget)

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
        self.office_progress_caption_label = QLabel(self.progress_widget)
        self.office_progress_caption_label.setObjectName(u"office_progress_caption_label")

        self.progress_layout.addWidget(self.office_progress_caption_label)

        self.office_progress_table = QTableView(self.progress_widget)
        self.office_progress_table.setObjectName(u"office_progress_table")

        self.progress_layout.addWidget(self.office_progress_table)

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
        self.overdue_caption_label.setText(QCoreApplication.translate("HomePage", u"Nhi\u1ec7m v\u1ee5 qu\u00e1 h\u1ea1n", None))
        self.due_soon_caption_label.setText(QCoreApplication.translate("HomePage", u"S\u1eafp \u0111\u1ebfn h\u1ea1n (7 ng\u00e0y t\u1edbi)", None))
        self.office_progress_caption_label.setText(QCoreApplication.translate("HomePage", u"Ti\u1ebfn \u0111\u1ed9 theo \u0111\u01a1n v\u1ecb", None))
        pass
    # retranslateUi

