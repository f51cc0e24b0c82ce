# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'tracking_page.ui'
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
from PySide6.QtWidgets import (QApplication, QCheckBox, QComboBox, QFrame,
    QHBoxLayout, QHeaderView, QLabel, QLineEdit,
    QPushButton, QSizePolicy, QSpacerItem, QSplitter,
    QStackedWidget, QTabWidget, QTableView, QVBoxLayout,
    QWidget)

from xa_planner.gui.indicators.indicator_panel import IndicatorPanel
from xa_planner.gui.tracking.tracking_notes_panel import TrackingNotesPanel

class Ui_TrackingPage(object):
    def setupUi(self, tracking_page):
        if not tracking_page.objectName():
            tracking_page.setObjectName(u"tracking_page")
        self.tracking_layout = QVBoxLayout(tracking_page)
        self.tracking_layout.setObjectName(u"tracking_layout")
        self.month_layout = QHBoxLayout()
        self.month_layout.setObjectName(u"month_layout")
        self.period_caption_label = QLabel(tracking_page)
        self.period_caption_label.setObjectName(u"period_caption_label")

        self.month_layout.addWidget(self.period_caption_label)

        self.period_combo = QComboBox(tracking_page)
        self.period_combo.setObjectName(u"period_combo")
        self.period_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)

        self.month_layout.addWidget(self.period_combo)

        self.month_state_label = QLabel(tracking_page)
        self.month_state_label.setObjectName(u"month_state_label")
        self.month_state_label.setText(u"")

        self.month_layout.addWidget(self.month_state_label)

        self.month_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.month_layout.addItem(self.month_spacer)

        self.lock_button = QPushButton(tracking_page)
        self.lock_button.setObjectName(u"lock_button")

        self.month_layout.addWidget(self.lock_button)


        self.tracking_layout.addLayout(self.month_layout)

        self.lock_banner = QFrame(tracking_page)
        self.lock_banner.setObjectName(u"lock_banner")
        self.lock_banner.setStyleSheet(u"QFrame#lock_banner { background: #fff4d6; border: 1px solid #e0b44c; border-radius: 4px; } QLabel { color: #4a3800; }")
        self.lock_banner_layout = QHBoxLayout(self.lock_banner)
        self.lock_banner_layout.setObjectName(u"lock_banner_layout")
        self.lock_banner_label = QLabel(self.lock_banner)
        self.lock_banner_label.setObjectName(u"lock_banner_label")
        self.lock_banner_label.setText(u"")
        self.lock_banner_label.setWordWrap(True)
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        sizePolicy.setHorizontalStretch(1)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.lock_banner_label.sizePolicy().hasHeightForWidth())
        self.lock_banner_label.setSizePolicy(sizePolicy)

        self.lock_banner_layout.addWidget(self.lock_banner_label)

        self.reopen_button = QPushButton(self.lock_banner)
        self.reopen_button.setObjectName(u"reopen_button")

        self.lock_banner_layout.addWidget(self.reopen_button)


        self.tracking_layout.addWidget(self.lock_banner)

        self.tracking_tabs = QTabWidget(tracking_page)
        self.tracking_tabs.setObjectName(u"tracking_tabs")
        self.tasks_tab = QWidget()
        self.tasks_tab.setObjectName(u"tasks_tab")
        self.tasks_layout = QVBoxLayout(self.tasks_tab)
        self.tasks_layout.setObjectName(u"tasks_layout")
        self.filters_layout = QHBoxLayout()
        self.filters_layout.setObjectName(u"filters_layout")
        self.office_caption_label = QLabel(self.tasks_tab)
        self.office_caption_label.setObjectName(u"office_caption_label")

        self.filters_layout.addWidget(self.office_caption_label)

        self.office_combo = QComboBox(self.tasks_tab)
        self.office_combo.setObjectName(u"office_combo")
        self.office_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)

        self.filters_layout.addWidget(self.office_combo)

        self.status_caption_label = QLabel(self.tasks_tab)
        self.status_caption_label.setObjectName(u"status_caption_label")

        self.filters_layout.addWidget(self.status_caption_label)

        self.status_combo = QComboBox(self.tasks_tab)
        self.status_combo.setObjectName(u"status_combo")
        self.status_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)

        self.filters_layout.addWidget(self.status_combo)

        self.overdue_check = QCheckBox(self.tasks_tab)
        self.overdue_check.setObjectName(u"overdue_check")

        self.filters_layout.addWidget(self.overdue_check)

        self.search_edit = QLineEdit(self.tasks_tab)
        self.search_edit.setObjectName(u"search_edit")
        self.search_edit.setClearButtonEnabled(True)

        self.filters_layout.addWidget(self.search_edit)

        self.count_label = QLabel(self.tasks_tab)
        self.count_label.setObjectName(u"count_label")
        self.count_label.setText(u"")

        self.filters_layout.addWidget(self.count_label)


        self.tasks_layout.addLayout(self.filters_layout)

        self.tasks_splitter = QSplitter(self.tasks_tab)
        self.tasks_splitter.setObjectName(u"tasks_splitter")
        self.tasks_splitter.setOrientation(Qt.Orientation.Horizontal)
        self.tasks_splitter.setChildrenCollapsible(False)
        self.content_stack = QStackedWidget(self.tasks_splitter)
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
        self.tasks_splitter.addWidget(self.content_stack)
        self.notes_panel = TrackingNotesPanel(self.tasks_splitter)
        self.notes_panel.setObjectName(u"notes_panel")
        self.tasks_splitter.addWidget(self.notes_panel)

        self.tasks_layout.addWidget(self.tasks_splitter)

        self.tracking_tabs.addTab(self.tasks_tab, "")
        self.indicators_tab = QWidget()
        self.indicators_tab.setObjectName(u"indicators_tab")
        self.indicators_layout = QVBoxLayout(self.indicators_tab)
        self.indicators_layout.setObjectName(u"indicators_layout")
        self.indicators_layout.setContentsMargins(0, 0, 0, 0)
        self.indicator_panel = IndicatorPanel(self.indicators_tab)
        self.indicator_panel.setObjectName(u"indicator_panel")

        self.indicators_layout.addWidget(self.indicator_panel)

        self.tracking_tabs.addTab(self.indicators_tab, "")

        self.tracking_layout.addWidget(self.tracking_tabs)

#if QT_CONFIG(shortcut)
        self.period_caption_label.setBuddy(self.period_combo)
        self.office_caption_label.setBuddy(self.office_combo)
        self.status_caption_label.setBuddy(self.status_combo)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(tracking_page)

        self.tracking_tabs.setCurrentIndex(0)


        QMetaObject.connectSlotsByName(tracking_page)
    # setupUi

    def retranslateUi(self, tracking_page):
        self.period_caption_label.setText(QCoreApplication.translate("TrackingPage", u"Th\u00e1ng b\u00e1o c\u00e1o:", None))
        self.lock_button.setText(QCoreApplication.translate("TrackingPage", u"Ch\u1ed1t th\u00e1ng\u2026", None))
#if QT_CONFIG(tooltip)
        self.lock_button.setToolTip(QCoreApplication.translate("TrackingPage", u"Ch\u1ed1t s\u1ed1 li\u1ec7u c\u1ee7a th\u00e1ng sau khi \u0111\u00e3 g\u1eedi b\u00e1o c\u00e1o: s\u1ed1 li\u1ec7u th\u00e1ng n\u00e0y s\u1ebd ch\u1ec9 xem, kh\u00f4ng s\u1eeda \u0111\u01b0\u1ee3c.", None))
#endif // QT_CONFIG(tooltip)
        self.reopen_button.setText(QCoreApplication.translate("TrackingPage", u"M\u1edf l\u1ea1i th\u00e1ng\u2026", None))
        self.office_caption_label.setText(QCoreApplication.translate("TrackingPage", u"\u0110\u01a1n v\u1ecb:", None))
        self.status_caption_label.setText(QCoreApplication.translate("TrackingPage", u"Ph\u00e2n lo\u1ea1i:", None))
        self.overdue_check.setText(QCoreApplication.translate("TrackingPage", u"Ch\u1ec9 vi\u1ec7c qu\u00e1 h\u1ea1n", None))
        self.search_edit.setPlaceholderText(QCoreApplication.translate("TrackingPage", u"T\u00ecm nhi\u1ec7m v\u1ee5, \u0111\u01a1n v\u1ecb (g\u00f5 kh\u00f4ng d\u1ea5u c\u0169ng \u0111\u01b0\u1ee3c)", None))
        self.tracking_tabs.setTabText(self.tracking_tabs.indexOf(self.tasks_tab), QCoreApplication.translate("TrackingPage", u"Nhi\u1ec7m v\u1ee5", None))
        self.tracking_tabs.setTabText(self.tracking_tabs.indexOf(self.indicators_tab), QCoreApplication.translate("TrackingPage", u"Ch\u1ec9 ti\u00eau", None))
        pass
    # retranslateUi

