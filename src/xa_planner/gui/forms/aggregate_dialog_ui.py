# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'aggregate_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QDialog, QFormLayout,
    QGroupBox, QHBoxLayout, QHeaderView, QLabel,
    QLineEdit, QListWidget, QListWidgetItem, QPushButton,
    QSizePolicy, QSpacerItem, QTabWidget, QTableView,
    QVBoxLayout, QWidget)

class Ui_AggregateDialog(object):
    def setupUi(self, aggregate_dialog):
        if not aggregate_dialog.objectName():
            aggregate_dialog.setObjectName(u"aggregate_dialog")
        aggregate_dialog.setMinimumSize(QSize(860, 640))
        self.dialog_layout = QVBoxLayout(aggregate_dialog)
        self.dialog_layout.setObjectName(u"dialog_layout")
        self.inputs_group = QGroupBox(aggregate_dialog)
        self.inputs_group.setObjectName(u"inputs_group")
        self.inputs_layout = QHBoxLayout(self.inputs_group)
        self.inputs_layout.setObjectName(u"inputs_layout")
        self.inputs_list = QListWidget(self.inputs_group)
        self.inputs_list.setObjectName(u"inputs_list")
        self.inputs_list.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)

        self.inputs_layout.addWidget(self.inputs_list)

        self.inputs_buttons_layout = QVBoxLayout()
        self.inputs_buttons_layout.setObjectName(u"inputs_buttons_layout")
        self.add_files_button = QPushButton(self.inputs_group)
        self.add_files_button.setObjectName(u"add_files_button")

        self.inputs_buttons_layout.addWidget(self.add_files_button)

        self.add_folder_button = QPushButton(self.inputs_group)
        self.add_folder_button.setObjectName(u"add_folder_button")

        self.inputs_buttons_layout.addWidget(self.add_folder_button)

        self.remove_button = QPushButton(self.inputs_group)
        self.remove_button.setObjectName(u"remove_button")

        self.inputs_buttons_layout.addWidget(self.remove_button)

        self.inputs_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.inputs_buttons_layout.addItem(self.inputs_spacer)


        self.inputs_layout.addLayout(self.inputs_buttons_layout)


        self.dialog_layout.addWidget(self.inputs_group)

        self.options_layout = QFormLayout()
        self.options_layout.setObjectName(u"options_layout")
        self.options_layout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.month_label = QLabel(aggregate_dialog)
        self.month_label.setObjectName(u"month_label")

        self.options_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.month_label)

        self.month_edit = QLineEdit(aggregate_dialog)
        self.month_edit.setObjectName(u"month_edit")

        self.options_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.month_edit)

        self.expected_label = QLabel(aggregate_dialog)
        self.expected_label.setObjectName(u"expected_label")

        self.options_layout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.expected_label)

        self.expected_layout = QHBoxLayout()
        self.expected_layout.setObjectName(u"expected_layout")
        self.expected_edit = QLineEdit(aggregate_dialog)
        self.expected_edit.setObjectName(u"expected_edit")

        self.expected_layout.addWidget(self.expected_edit)

        self.expected_button = QPushButton(aggregate_dialog)
        self.expected_button.setObjectName(u"expected_button")

        self.expected_layout.addWidget(self.expected_button)


        self.options_layout.setLayout(1, QFormLayout.ItemRole.FieldRole, self.expected_layout)

        self.output_label = QLabel(aggregate_dialog)
        self.output_label.setObjectName(u"output_label")

        self.options_layout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.output_label)

        self.output_layout = QHBoxLayout()
        self.output_layout.setObjectName(u"output_layout")
        self.output_edit = QLineEdit(aggregate_dialog)
        self.output_edit.setObjectName(u"output_edit")

        self.output_layout.addWidget(self.output_edit)

        self.output_button = QPushButton(aggregate_dialog)
        self.output_button.setObjectName(u"output_button")

        self.output_layout.addWidget(self.output_button)


        self.options_layout.setLayout(2, QFormLayout.ItemRole.FieldRole, self.output_layout)


        self.dialog_layout.addLayout(self.options_layout)

        self.status_label = QLabel(aggregate_dialog)
        self.status_label.setObjectName(u"status_label")
        self.status_label.setText(u"")
        self.status_label.setWordWrap(True)

        self.dialog_layout.addWidget(self.status_label)

        self.result_tabs = QTabWidget(aggregate_dialog)
        self.result_tabs.setObjectName(u"result_tabs")
        self.submissions_tab = QWidget()
        self.submissions_tab.setObjectName(u"submissions_tab")
        self.submissions_layout = QVBoxLayout(self.submissions_tab)
        self.submissions_layout.setObjectName(u"submissions_layout")
        self.submissions_view = QTableView(self.submissions_tab)
        self.submissions_view.setObjectName(u"submissions_view")
        self.submissions_view.horizontalHeader().setStretchLastSection(True)
        self.submissions_view.verticalHeader().setVisible(False)

        self.submissions_layout.addWidget(self.submissions_view)

        self.result_tabs.addTab(self.submissions_tab, "")
        self.missing_tab = QWidget()
        self.missing_tab.setObjectName(u"missing_tab")
        self.missing_layout = QVBoxLayout(self.missing_tab)
        self.missing_layout.setObjectName(u"missing_layout")
        self.missing_list = QListWidget(self.missing_tab)
        self.missing_list.setObjectName(u"missing_list")

        self.missing_layout.addWidget(self.missing_list)

        self.result_tabs.addTab(self.missing_tab, "")
        self.problems_tab = QWidget()
        self.problems_tab.setObjectName(u"problems_tab")
        self.problems_layout = QVBoxLayout(self.problems_tab)
        self.problems_layout.setObjectName(u"problems_layout")
        self.problems_view = QTableView(self.problems_tab)
        self.problems_view.setObjectName(u"problems_view")
        self.problems_view.setWordWrap(True)
        self.problems_view.horizontalHeader().setStretchLastSection(True)
        self.problems_view.verticalHeader().setVisible(False)

        self.problems_layout.addWidget(self.problems_view)

        self.result_tabs.addTab(self.problems_tab, "")

        self.dialog_layout.addWidget(self.result_tabs)

        self.buttons_layout = QHBoxLayout()
        self.buttons_layout.setObjectName(u"buttons_layout")
        self.open_button = QPushButton(aggregate_dialog)
        self.open_button.setObjectName(u"open_button")

        self.buttons_layout.addWidget(self.open_button)

        self.buttons_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttons_layout.addItem(self.buttons_spacer)

        self.run_button = QPushButton(aggregate_dialog)
        self.run_button.setObjectName(u"run_button")

        self.buttons_layout.addWidget(self.run_button)

        self.close_button = QPushButton(aggregate_dialog)
        self.close_button.setObjectName(u"close_button")

        self.buttons_layout.addWidget(self.close_button)


        self.dialog_layout.addLayout(self.buttons_layout)

        self.dialog_layout.setStretch(0, 1)
        self.dialog_layout.setStretch(3, 2)
#if QT_CONFIG(shortcut)
        self.month_label.setBuddy(self.month_edit)
        self.expected_label.setBuddy(self.expected_edit)
        self.output_label.setBuddy(self.output_edit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(aggregate_dialog)

        QMetaObject.connectSlotsByName(aggregate_dialog)
    # setupUi

    def retranslateUi(self, aggregate_dialog):
        aggregate_dialog.setWindowTitle(QCoreApplication.translate("AggregateDialog", u"T\u1ed5ng h\u1ee3p b\u00e1o c\u00e1o c\u00e1c x\u00e3", None))
        self.inputs_group.setTitle(QCoreApplication.translate("AggregateDialog", u"B\u00e1o c\u00e1o th\u00e1ng (.xlsx) c\u1ee7a c\u00e1c x\u00e3", None))
        self.add_files_button.setText(QCoreApplication.translate("AggregateDialog", u"Th\u00eam &t\u1ec7p\u2026", None))
        self.add_folder_button.setText(QCoreApplication.translate("AggregateDialog", u"Th\u00eam th\u01b0 &m\u1ee5c\u2026", None))
        self.remove_button.setText(QCoreApplication.translate("AggregateDialog", u"&B\u1ecf kh\u1ecfi danh s\u00e1ch", None))
        self.month_label.setText(QCoreApplication.translate("AggregateDialog", u"T&h\u00e1ng (kh\u00f4ng b\u1eaft bu\u1ed9c):", None))
        self.month_edit.setPlaceholderText(QCoreApplication.translate("AggregateDialog", u"YYYY-MM, v\u00ed d\u1ee5 2026-06", None))
        self.expected_label.setText(QCoreApplication.translate("AggregateDialog", u"&Danh s\u00e1ch x\u00e3 ph\u1ea3i b\u00e1o c\u00e1o:", None))
        self.expected_button.setText(QCoreApplication.translate("AggregateDialog", u"Ch\u1ecdn\u2026", None))
        self.output_label.setText(QCoreApplication.translate("AggregateDialog", u"T\u1ec7p t\u1ed5ng h\u1ee3&p:", None))
        self.output_button.setText(QCoreApplication.translate("AggregateDialog", u"Ch\u1ecdn\u2026", None))
        self.result_tabs.setTabText(self.result_tabs.indexOf(self.submissions_tab), QCoreApplication.translate("AggregateDialog", u"\u0110\u00e3 b\u00e1o c\u00e1o", None))
        self.result_tabs.setTabText(self.result_tabs.indexOf(self.missing_tab), QCoreApplication.translate("AggregateDialog", u"Ch\u01b0a b\u00e1o c\u00e1o", None))
        self.result_tabs.setTabText(self.result_tabs.indexOf(self.problems_tab), QCoreApplication.translate("AggregateDialog", u"T\u1ec7p c\u00f3 v\u1ea5n \u0111\u1ec1", None))
        self.open_button.setText(QCoreApplication.translate("AggregateDialog", u"&M\u1edf t\u1ec7p", None))
        self.run_button.setText(QCoreApplication.translate("AggregateDialog", u"T\u1ed5n&g h\u1ee3p", None))
        self.close_button.setText(QCoreApplication.translate("AggregateDialog", u"\u0110\u00f3ng", None))
    # retranslateUi

