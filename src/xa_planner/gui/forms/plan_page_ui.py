# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'plan_page.ui'
##
## Created by: Qt User Interface Compiler
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QAction, QBrush, QColor, QConicalGradient,
    QCursor, QFont, QFontDatabase, QGradient,
    QIcon, QImage, QKeySequence, QLinearGradient,
    QPainter, QPalette, QPixmap, QRadialGradient,
    QTransform)
from PySide6.QtWidgets import (QApplication, QCheckBox, QComboBox, QHBoxLayout,
    QHeaderView, QLabel, QLineEdit, QListWidget,
    QListWidgetItem, QPushButton, QSizePolicy, QSpacerItem,
    QSpinBox, QSplitter, QStackedWidget, QTableView,
    QToolBar, QVBoxLayout, QWidget)

class Ui_PlanPage(object):
    def setupUi(self, plan_page):
        if not plan_page.objectName():
            plan_page.setObjectName(u"plan_page")
        self.add_task_action = QAction(plan_page)
        self.add_task_action.setObjectName(u"add_task_action")
#if QT_CONFIG(shortcut)
        self.add_task_action.setShortcut(u"Ins")
#endif // QT_CONFIG(shortcut)
        self.add_section_action = QAction(plan_page)
        self.add_section_action.setObjectName(u"add_section_action")
#if QT_CONFIG(shortcut)
        self.add_section_action.setShortcut(u"Ctrl+Shift+N")
#endif // QT_CONFIG(shortcut)
        self.remove_task_action = QAction(plan_page)
        self.remove_task_action.setObjectName(u"remove_task_action")
#if QT_CONFIG(shortcut)
        self.remove_task_action.setShortcut(u"Del")
#endif // QT_CONFIG(shortcut)
        self.move_up_action = QAction(plan_page)
        self.move_up_action.setObjectName(u"move_up_action")
#if QT_CONFIG(shortcut)
        self.move_up_action.setShortcut(u"Ctrl+Up")
#endif // QT_CONFIG(shortcut)
        self.move_down_action = QAction(plan_page)
        self.move_down_action.setObjectName(u"move_down_action")
#if QT_CONFIG(shortcut)
        self.move_down_action.setShortcut(u"Ctrl+Down")
#endif // QT_CONFIG(shortcut)
        self.bulk_assign_action = QAction(plan_page)
        self.bulk_assign_action.setObjectName(u"bulk_assign_action")
#if QT_CONFIG(shortcut)
        self.bulk_assign_action.setShortcut(u"Ctrl+G")
#endif // QT_CONFIG(shortcut)
        self.copy_action = QAction(plan_page)
        self.copy_action.setObjectName(u"copy_action")
#if QT_CONFIG(shortcut)
        self.copy_action.setShortcut(u"Ctrl+C")
#endif // QT_CONFIG(shortcut)
        self.undo_action = QAction(plan_page)
        self.undo_action.setObjectName(u"undo_action")
#if QT_CONFIG(shortcut)
        self.undo_action.setShortcut(u"Ctrl+Z")
#endif // QT_CONFIG(shortcut)
        self.redo_action = QAction(plan_page)
        self.redo_action.setObjectName(u"redo_action")
#if QT_CONFIG(shortcut)
        self.redo_action.setShortcut(u"Ctrl+Y")
#endif // QT_CONFIG(shortcut)
        self.completeness_action = QAction(plan_page)
        self.completeness_action.setObjectName(u"completeness_action")
        self.completeness_action.setCheckable(True)
#if QT_CONFIG(shortcut)
        self.completeness_action.setShortcut(u"Ctrl+K")
#endif // QT_CONFIG(shortcut)
        self.find_action = QAction(plan_page)
        self.find_action.setObjectName(u"find_action")
#if QT_CONFIG(shortcut)
        self.find_action.setShortcut(u"Ctrl+F")
#endif // QT_CONFIG(shortcut)
        self.plan_layout = QVBoxLayout(plan_page)
        self.plan_layout.setObjectName(u"plan_layout")
        self.toolbar_layout = QHBoxLayout()
        self.toolbar_layout.setObjectName(u"toolbar_layout")
        self.plan_caption_label = QLabel(plan_page)
        self.plan_caption_label.setObjectName(u"plan_caption_label")

        self.toolbar_layout.addWidget(self.plan_caption_label)

        self.plan_combo = QComboBox(plan_page)
        self.plan_combo.setObjectName(u"plan_combo")
        self.plan_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.plan_combo.setMinimumContentsLength(24)

        self.toolbar_layout.addWidget(self.plan_combo)

        self.search_edit = QLineEdit(plan_page)
        self.search_edit.setObjectName(u"search_edit")
        self.search_edit.setMinimumSize(QSize(160, 0))
        self.search_edit.setClearButtonEnabled(True)

        self.toolbar_layout.addWidget(self.search_edit)

        self.due_within_check = QCheckBox(plan_page)
        self.due_within_check.setObjectName(u"due_within_check")

        self.toolbar_layout.addWidget(self.due_within_check)

        self.due_within_spin = QSpinBox(plan_page)
        self.due_within_spin.setObjectName(u"due_within_spin")
        self.due_within_spin.setMinimum(1)
        self.due_within_spin.setMaximum(366)
        self.due_within_spin.setValue(30)

        self.toolbar_layout.addWidget(self.due_within_spin)

        self.overdue_check = QCheckBox(plan_page)
        self.overdue_check.setObjectName(u"overdue_check")

        self.toolbar_layout.addWidget(self.overdue_check)

        self.no_lead_check = QCheckBox(plan_page)
        self.no_lead_check.setObjectName(u"no_lead_check")

        self.toolbar_layout.addWidget(self.no_lead_check)

        self.count_label = QLabel(plan_page)
        self.count_label.setObjectName(u"count_label")
        self.count_label.setText(u"")

        self.toolbar_layout.addWidget(self.count_label)


        self.plan_layout.addLayout(self.toolbar_layout)

        self.filter_layout = QHBoxLayout()
        self.filter_layout.setObjectName(u"filter_layout")
        self.office_label = QLabel(plan_page)
        self.office_label.setObjectName(u"office_label")

        self.filter_layout.addWidget(self.office_label)

        self.office_combo = QComboBox(plan_page)
        self.office_combo.setObjectName(u"office_combo")
        self.office_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)

        self.filter_layout.addWidget(self.office_combo)

        self.role_combo = QComboBox(plan_page)
        self.role_combo.addItem("")
        self.role_combo.addItem("")
        self.role_combo.addItem("")
        self.role_combo.setObjectName(u"role_combo")
        self.role_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)

        self.filter_layout.addWidget(self.role_combo)

        self.section_label = QLabel(plan_page)
        self.section_label.setObjectName(u"section_label")

        self.filter_layout.addWidget(self.section_label)

        self.section_combo = QComboBox(plan_page)
        self.section_combo.setObjectName(u"section_combo")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        sizePolicy.setHorizontalStretch(1)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.section_combo.sizePolicy().hasHeightForWidth())
        self.section_combo.setSizePolicy(sizePolicy)
        self.section_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.section_combo.setMinimumContentsLength(24)

        self.filter_layout.addWidget(self.section_combo)

        self.clear_filters_button = QPushButton(plan_page)
        self.clear_filters_button.setObjectName(u"clear_filters_button")

        self.filter_layout.addWidget(self.clear_filters_button)

        self.filter_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.filter_layout.addItem(self.filter_spacer)


        self.plan_layout.addLayout(self.filter_layout)

        self.office_summary_label = QLabel(plan_page)
        self.office_summary_label.setObjectName(u"office_summary_label")
        self.office_summary_label.setText(u"")
        self.office_summary_label.setStyleSheet(u"font-weight: bold;")

        self.plan_layout.addWidget(self.office_summary_label)

        self.actions_toolbar = QToolBar(plan_page)
        self.actions_toolbar.setObjectName(u"actions_toolbar")
        self.actions_toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)

        self.plan_layout.addWidget(self.actions_toolbar)

        self.content_stack = QStackedWidget(plan_page)
        self.content_stack.setObjectName(u"content_stack")
        self.table_splitter = QSplitter()
        self.table_splitter.setObjectName(u"table_splitter")
        self.table_splitter.setOrientation(Qt.Orientation.Horizontal)
        self.table_splitter.setChildrenCollapsible(False)
        self.plan_table = QTableView(self.table_splitter)
        self.plan_table.setObjectName(u"plan_table")
        self.table_splitter.addWidget(self.plan_table)
        self.completeness_panel = QWidget(self.table_splitter)
        self.completeness_panel.setObjectName(u"completeness_panel")
        self.completeness_layout = QVBoxLayout(self.completeness_panel)
        self.completeness_layout.setObjectName(u"completeness_layout")
        self.completeness_layout.setContentsMargins(0, 0, 0, 0)
        self.completeness_label = QLabel(self.completeness_panel)
        self.completeness_label.setObjectName(u"completeness_label")
        self.completeness_label.setText(u"")
        self.completeness_label.setWordWrap(True)

        self.completeness_layout.addWidget(self.completeness_label)

        self.completeness_list = QListWidget(self.completeness_panel)
        self.completeness_list.setObjectName(u"completeness_list")
        self.completeness_list.setWordWrap(True)

        self.completeness_layout.addWidget(self.completeness_list)

        self.table_splitter.addWidget(self.completeness_panel)
        self.content_stack.addWidget(self.table_splitter)
        self.empty_page = QWidget()
        self.empty_page.setObjectName(u"empty_page")
        self.empty_layout = QVBoxLayout(self.empty_page)
        self.empty_layout.setObjectName(u"empty_layout")
        self.empty_top_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.empty_layout.addItem(self.empty_top_spacer)

        self.empty_label = QLabel(self.empty_page)
        self.empty_label.setObjectName(u"empty_label")
        self.empty_label.setText(u"")
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setWordWrap(True)

        self.empty_layout.addWidget(self.empty_label)

        self.derive_button = QPushButton(self.empty_page)
        self.derive_button.setObjectName(u"derive_button")

        self.empty_layout.addWidget(self.derive_button, 0, Qt.AlignmentFlag.AlignHCenter)

        self.empty_bottom_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.empty_layout.addItem(self.empty_bottom_spacer)

        self.content_stack.addWidget(self.empty_page)

        self.plan_layout.addWidget(self.content_stack)

#if QT_CONFIG(shortcut)
        self.office_label.setBuddy(self.office_combo)
        self.section_label.setBuddy(self.section_combo)
#endif // QT_CONFIG(shortcut)

        self.actions_toolbar.addAction(self.add_task_action)
        self.actions_toolbar.addAction(self.add_section_action)
        self.actions_toolbar.addAction(self.remove_task_action)
        self.actions_toolbar.addSeparator()
        self.actions_toolbar.addAction(self.move_up_action)
        self.actions_toolbar.addAction(self.move_down_action)
        self.actions_toolbar.addSeparator()
        self.actions_toolbar.addAction(self.bulk_assign_action)
        self.actions_toolbar.addAction(self.copy_action)
        self.actions_toolbar.addSeparator()
        self.actions_toolbar.addAction(self.undo_action)
        self.actions_toolbar.addAction(self.redo_action)
        self.actions_toolbar.addSeparator()
        self.actions_toolbar.addAction(self.completeness_action)

        self.retranslateUi(plan_page)

        QMetaObject.connectSlotsByName(plan_page)
    # setupUi

    def retranslateUi(self, plan_page):
        self.add_task_action.setText(QCoreApplication.translate("PlanPage", u"Th\u00eam nhi\u1ec7m v\u1ee5", None))
#if QT_CONFIG(tooltip)
        self.add_task_action.setToolTip(QCoreApplication.translate("PlanPage", u"Th\u00eam m\u1ed9t nhi\u1ec7m v\u1ee5 sau d\u00f2ng \u0111ang ch\u1ecdn (Insert)", None))
#endif // QT_CONFIG(tooltip)
        self.add_section_action.setText(QCoreApplication.translate("PlanPage", u"Th\u00eam nh\u00f3m\u2026", None))
#if QT_CONFIG(tooltip)
        self.add_section_action.setToolTip(QCoreApplication.translate("PlanPage", u"Th\u00eam m\u1ed9t nh\u00f3m nhi\u1ec7m v\u1ee5 m\u1edbi (Ctrl+Shift+N)", None))
#endif // QT_CONFIG(tooltip)
        self.remove_task_action.setText(QCoreApplication.translate("PlanPage", u"X\u00f3a", None))
#if QT_CONFIG(tooltip)
        self.remove_task_action.setToolTip(QCoreApplication.translate("PlanPage", u"X\u00f3a c\u00e1c nhi\u1ec7m v\u1ee5 \u0111ang ch\u1ecdn (Delete)", None))
#endif // QT_CONFIG(tooltip)
        self.move_up_action.setText(QCoreApplication.translate("PlanPage", u"Chuy\u1ec3n l\u00ean", None))
#if QT_CONFIG(tooltip)
        self.move_up_action.setToolTip(QCoreApplication.translate("PlanPage", u"Chuy\u1ec3n nhi\u1ec7m v\u1ee5 l\u00ean m\u1ed9t d\u00f2ng (Ctrl+M\u0169i t\u00ean l\u00ean)", None))
#endif // QT_CONFIG(tooltip)
        self.move_down_action.setText(QCoreApplication.translate("PlanPage", u"Chuy\u1ec3n xu\u1ed1ng", None))
#if QT_CONFIG(tooltip)
        self.move_down_action.setToolTip(QCoreApplication.translate("PlanPage", u"Chuy\u1ec3n nhi\u1ec7m v\u1ee5 xu\u1ed1ng m\u1ed9t d\u00f2ng (Ctrl+M\u0169i t\u00ean xu\u1ed1ng)", None))
#endif // QT_CONFIG(tooltip)
        self.bulk_assign_action.setText(QCoreApplication.translate("PlanPage", u"Giao h\u00e0ng lo\u1ea1t\u2026", None))
#if QT_CONFIG(tooltip)
        self.bulk_assign_action.setToolTip(QCoreApplication.translate("PlanPage", u"Giao \u0111\u01a1n v\u1ecb, ng\u01b0\u1eddi ph\u1ee5 tr\u00e1ch, th\u1eddi h\u1ea1n cho c\u00e1c nhi\u1ec7m v\u1ee5 \u0111ang ch\u1ecdn (Ctrl+G)", None))
#endif // QT_CONFIG(tooltip)
        self.copy_action.setText(QCoreApplication.translate("PlanPage", u"Sao ch\u00e9p", None))
#if QT_CONFIG(tooltip)
        self.copy_action.setToolTip(QCoreApplication.translate("PlanPage", u"Sao ch\u00e9p c\u00e1c d\u00f2ng \u0111ang ch\u1ecdn th\u00e0nh b\u1ea3ng \u0111\u1ec3 d\u00e1n v\u00e0o Word, Excel (Ctrl+C)", None))
#endif // QT_CONFIG(tooltip)
        self.undo_action.setText(QCoreApplication.translate("PlanPage", u"Ho\u00e0n t\u00e1c", None))
#if QT_CONFIG(tooltip)
        self.undo_action.setToolTip(QCoreApplication.translate("PlanPage", u"Ho\u00e0n t\u00e1c thay \u0111\u1ed5i v\u1eeba l\u00e0m (Ctrl+Z)", None))
#endif // QT_CONFIG(tooltip)
        self.redo_action.setText(QCoreApplication.translate("PlanPage", u"L\u00e0m l\u1ea1i", None))
#if QT_CONFIG(tooltip)
        self.redo_action.setToolTip(QCoreApplication.translate("PlanPage", u"L\u00e0m l\u1ea1i thay \u0111\u1ed5i v\u1eeba ho\u00e0n t\u00e1c (Ctrl+Y)", None))
#endif // QT_CONFIG(tooltip)
        self.completeness_action.setText(QCoreApplication.translate("PlanPage", u"Ki\u1ec3m tra \u201c6 r\u00f5\u201d", None))
#if QT_CONFIG(tooltip)
        self.completeness_action.setToolTip(QCoreApplication.translate("PlanPage", u"Li\u1ec7t k\u00ea nhi\u1ec7m v\u1ee5 ch\u01b0a c\u00f3 \u0111\u01a1n v\u1ecb ch\u1ee7 tr\u00ec, th\u1eddi h\u1ea1n ho\u1eb7c s\u1ea3n ph\u1ea9m (Ctrl+K)", None))
#endif // QT_CONFIG(tooltip)
        self.find_action.setText(QCoreApplication.translate("PlanPage", u"T\u00ecm", None))
        self.plan_caption_label.setText(QCoreApplication.translate("PlanPage", u"K\u1ebf ho\u1ea1ch:", None))
        self.search_edit.setPlaceholderText(QCoreApplication.translate("PlanPage", u"T\u00ecm nhi\u1ec7m v\u1ee5, \u0111\u01a1n v\u1ecb, ng\u01b0\u1eddi ph\u1ee5 tr\u00e1ch (g\u00f5 kh\u00f4ng d\u1ea5u c\u0169ng \u0111\u01b0\u1ee3c)", None))
#if QT_CONFIG(tooltip)
        self.search_edit.setToolTip(QCoreApplication.translate("PlanPage", u"T\u00ecm nhi\u1ec7m v\u1ee5, \u0111\u01a1n v\u1ecb, ng\u01b0\u1eddi ph\u1ee5 tr\u00e1ch (g\u00f5 kh\u00f4ng d\u1ea5u c\u0169ng \u0111\u01b0\u1ee3c)", None))
#endif // QT_CONFIG(tooltip)
        self.due_within_check.setText(QCoreApplication.translate("PlanPage", u"\u0110\u1ebfn h\u1ea1n &trong", None))
        self.due_within_spin.setSuffix(QCoreApplication.translate("PlanPage", u" ng\u00e0y", None))
        self.overdue_check.setText(QCoreApplication.translate("PlanPage", u"&Qu\u00e1 h\u1ea1n", None))
        self.no_lead_check.setText(QCoreApplication.translate("PlanPage", u"Ch\u01b0a c\u00f3 &ch\u1ee7 tr\u00ec", None))
        self.office_label.setText(QCoreApplication.translate("PlanPage", u"\u0110\u01a1n &v\u1ecb:", None))
        self.role_combo.setItemText(0, QCoreApplication.translate("PlanPage", u"ch\u1ee7 tr\u00ec ho\u1eb7c ph\u1ed1i h\u1ee3p", None))
        self.role_combo.setItemText(1, QCoreApplication.translate("PlanPage", u"ch\u1ec9 ch\u1ee7 tr\u00ec", None))
        self.role_combo.setItemText(2, QCoreApplication.translate("PlanPage", u"ch\u1ec9 ph\u1ed1i h\u1ee3p", None))

        self.section_label.setText(QCoreApplication.translate("PlanPage", u"&Nh\u00f3m:", None))
        self.clear_filters_button.setText(QCoreApplication.translate("PlanPage", u"&B\u1ecf l\u1ecdc", None))
        self.derive_button.setText(QCoreApplication.translate("PlanPage", u"X\u00e2y d\u1ef1ng k\u1ebf ho\u1ea1ch c\u1ee7a x\u00e3\u2026", None))
        pass
    # retranslateUi

