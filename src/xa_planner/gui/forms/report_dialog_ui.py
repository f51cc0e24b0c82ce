# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'report_dialog.ui'
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
from PySide6.QtWidgets import (QApplication, QCheckBox, QComboBox, QDialog,
    QFormLayout, QGroupBox, QHBoxLayout, QHeaderView,
    QLabel, QLineEdit, QPlainTextEdit, QPushButton,
    QSizePolicy, QSpacerItem, QSplitter, QTableView,
    QToolBox, QVBoxLayout, QWidget)

class Ui_ReportDialog(object):
    def setupUi(self, report_dialog):
        if not report_dialog.objectName():
            report_dialog.setObjectName(u"report_dialog")
        report_dialog.resize(1220, 660)
        report_dialog.setMinimumSize(QSize(960, 600))
        self.dialog_layout = QVBoxLayout(report_dialog)
        self.dialog_layout.setObjectName(u"dialog_layout")
        self.period_layout = QHBoxLayout()
        self.period_layout.setObjectName(u"period_layout")
        self.period_label = QLabel(report_dialog)
        self.period_label.setObjectName(u"period_label")

        self.period_layout.addWidget(self.period_label)

        self.period_combo = QComboBox(report_dialog)
        self.period_combo.setObjectName(u"period_combo")
        self.period_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)

        self.period_layout.addWidget(self.period_combo)

        self.state_label = QLabel(report_dialog)
        self.state_label.setObjectName(u"state_label")
        self.state_label.setText(u"")
        self.state_label.setWordWrap(True)
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        sizePolicy.setHorizontalStretch(1)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.state_label.sizePolicy().hasHeightForWidth())
        self.state_label.setSizePolicy(sizePolicy)

        self.period_layout.addWidget(self.state_label)


        self.dialog_layout.addLayout(self.period_layout)

        self.body_splitter = QSplitter(report_dialog)
        self.body_splitter.setObjectName(u"body_splitter")
        self.body_splitter.setOrientation(Qt.Orientation.Horizontal)
        self.body_splitter.setChildrenCollapsible(False)
        self.text_group = QGroupBox(self.body_splitter)
        self.text_group.setObjectName(u"text_group")
        self.text_layout = QVBoxLayout(self.text_group)
        self.text_layout.setObjectName(u"text_layout")
        self.sections_box = QToolBox(self.text_group)
        self.sections_box.setObjectName(u"sections_box")
        self.direction_page = QWidget()
        self.direction_page.setObjectName(u"direction_page")
        self.direction_layout = QVBoxLayout(self.direction_page)
        self.direction_layout.setObjectName(u"direction_layout")
        self.direction_layout.setContentsMargins(0, -1, 0, -1)
        self.direction_edit = QPlainTextEdit(self.direction_page)
        self.direction_edit.setObjectName(u"direction_edit")

        self.direction_layout.addWidget(self.direction_edit)

        self.sections_box.addItem(self.direction_page, u"I. C\u00f4ng t\u00e1c ch\u1ec9 \u0111\u1ea1o, tri\u1ec3n khai")
        self.results_page = QWidget()
        self.results_page.setObjectName(u"results_page")
        self.results_layout = QVBoxLayout(self.results_page)
        self.results_layout.setObjectName(u"results_layout")
        self.results_layout.setContentsMargins(0, -1, 0, -1)
        self.results_edit = QPlainTextEdit(self.results_page)
        self.results_edit.setObjectName(u"results_edit")

        self.results_layout.addWidget(self.results_edit)

        self.sections_box.addItem(self.results_page, u"II. K\u1ebft qu\u1ea3 th\u1ef1c hi\u1ec7n")
        self.shortcomings_page = QWidget()
        self.shortcomings_page.setObjectName(u"shortcomings_page")
        self.shortcomings_layout = QVBoxLayout(self.shortcomings_page)
        self.shortcomings_layout.setObjectName(u"shortcomings_layout")
        self.shortcomings_layout.setContentsMargins(0, -1, 0, -1)
        self.shortcomings_edit = QPlainTextEdit(self.shortcomings_page)
        self.shortcomings_edit.setObjectName(u"shortcomings_edit")

        self.shortcomings_layout.addWidget(self.shortcomings_edit)

        self.sections_box.addItem(self.shortcomings_page, u"III. T\u1ed3n t\u1ea1i, v\u01b0\u1edbng m\u1eafc")
        self.next_focus_page = QWidget()
        self.next_focus_page.setObjectName(u"next_focus_page")
        self.next_focus_layout = QVBoxLayout(self.next_focus_page)
        self.next_focus_layout.setObjectName(u"next_focus_layout")
        self.next_focus_layout.setContentsMargins(0, -1, 0, -1)
        self.next_focus_edit = QPlainTextEdit(self.next_focus_page)
        self.next_focus_edit.setObjectName(u"next_focus_edit")

        self.next_focus_layout.addWidget(self.next_focus_edit)

        self.sections_box.addItem(self.next_focus_page, u"IV. Nhi\u1ec7m v\u1ee5 tr\u1ecdng t\u00e2m th\u00e1ng t\u1edbi")
        self.proposals_page = QWidget()
        self.proposals_page.setObjectName(u"proposals_page")
        self.proposals_layout = QVBoxLayout(self.proposals_page)
        self.proposals_layout.setObjectName(u"proposals_layout")
        self.proposals_layout.setContentsMargins(0, -1, 0, -1)
        self.proposals_edit = QPlainTextEdit(self.proposals_page)
        self.proposals_edit.setObjectName(u"proposals_edit")

        self.proposals_layout.addWidget(self.proposals_edit)

        self.sections_box.addItem(self.proposals_page, u"V. \u0110\u1ec1 xu\u1ea5t, ki\u1ebfn ngh\u1ecb")
        self.head_page = QWidget()
        self.head_page.setObjectName(u"head_page")
        self.head_layout = QVBoxLayout(self.head_page)
        self.head_layout.setObjectName(u"head_layout")
        self.head_layout.setContentsMargins(0, -1, 0, -1)
        self.head_form = QFormLayout()
        self.head_form.setObjectName(u"head_form")
        self.head_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.number_label = QLabel(self.head_page)
        self.number_label.setObjectName(u"number_label")

        self.head_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.number_label)

        self.number_edit = QLineEdit(self.head_page)
        self.number_edit.setObjectName(u"number_edit")

        self.head_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.number_edit)

        self.signer_label = QLabel(self.head_page)
        self.signer_label.setObjectName(u"signer_label")

        self.head_form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.signer_label)

        self.signer_edit = QLineEdit(self.head_page)
        self.signer_edit.setObjectName(u"signer_edit")

        self.head_form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.signer_edit)

        self.recipients_label = QLabel(self.head_page)
        self.recipients_label.setObjectName(u"recipients_label")

        self.head_form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.recipients_label)

        self.recipients_edit = QPlainTextEdit(self.head_page)
        self.recipients_edit.setObjectName(u"recipients_edit")

        self.head_form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.recipients_edit)


        self.head_layout.addLayout(self.head_form)

        self.sections_box.addItem(self.head_page, u"S\u1ed1 hi\u1ec7u, ng\u01b0\u1eddi k\u00fd, n\u01a1i nh\u1eadn")

        self.text_layout.addWidget(self.sections_box)

        self.body_splitter.addWidget(self.text_group)
        self.summary_group = QGroupBox(self.body_splitter)
        self.summary_group.setObjectName(u"summary_group")
        self.summary_layout = QVBoxLayout(self.summary_group)
        self.summary_layout.setObjectName(u"summary_layout")
        self.counts_view = QTableView(self.summary_group)
        self.counts_view.setObjectName(u"counts_view")
        self.counts_view.horizontalHeader().setStretchLastSection(False)
        self.counts_view.verticalHeader().setVisible(False)

        self.summary_layout.addWidget(self.counts_view)

        self.indicators_view = QTableView(self.summary_group)
        self.indicators_view.setObjectName(u"indicators_view")
        self.indicators_view.setWordWrap(True)
        self.indicators_view.horizontalHeader().setMinimumSectionSize(80)
        self.indicators_view.verticalHeader().setVisible(False)

        self.summary_layout.addWidget(self.indicators_view)

        self.summary_layout.setStretch(1, 1)
        self.body_splitter.addWidget(self.summary_group)

        self.dialog_layout.addWidget(self.body_splitter)

        self.formats_layout = QHBoxLayout()
        self.formats_layout.setObjectName(u"formats_layout")
        self.formats_label = QLabel(report_dialog)
        self.formats_label.setObjectName(u"formats_label")

        self.formats_layout.addWidget(self.formats_label)

        self.docx_check = QCheckBox(report_dialog)
        self.docx_check.setObjectName(u"docx_check")
        self.docx_check.setChecked(True)

        self.formats_layout.addWidget(self.docx_check)

        self.pdf_check = QCheckBox(report_dialog)
        self.pdf_check.setObjectName(u"pdf_check")
        self.pdf_check.setChecked(True)

        self.formats_layout.addWidget(self.pdf_check)

        self.xlsx_check = QCheckBox(report_dialog)
        self.xlsx_check.setObjectName(u"xlsx_check")
        self.xlsx_check.setChecked(True)

        self.formats_layout.addWidget(self.xlsx_check)

        self.formats_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.formats_layout.addItem(self.formats_spacer)


        self.dialog_layout.addLayout(self.formats_layout)

        self.status_label = QLabel(report_dialog)
        self.status_label.setObjectName(u"status_label")
        self.status_label.setText(u"")
        self.status_label.setWordWrap(True)

        self.dialog_layout.addWidget(self.status_label)

        self.buttons_layout = QHBoxLayout()
        self.buttons_layout.setObjectName(u"buttons_layout")
        self.save_button = QPushButton(report_dialog)
        self.save_button.setObjectName(u"save_button")

        self.buttons_layout.addWidget(self.save_button)

        self.preview_button = QPushButton(report_dialog)
        self.preview_button.setObjectName(u"preview_button")

        self.buttons_layout.addWidget(self.preview_button)

        self.export_button = QPushButton(report_dialog)
        self.export_button.setObjectName(u"export_button")

        self.buttons_layout.addWidget(self.export_button)

        self.email_button = QPushButton(report_dialog)
        self.email_button.setObjectName(u"email_button")

        self.buttons_layout.addWidget(self.email_button)

        self.sent_button = QPushButton(report_dialog)
        self.sent_button.setObjectName(u"sent_button")

        self.buttons_layout.addWidget(self.sent_button)

        self.buttons_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttons_layout.addItem(self.buttons_spacer)

        self.close_button = QPushButton(report_dialog)
        self.close_button.setObjectName(u"close_button")

        self.buttons_layout.addWidget(self.close_button)


        self.dialog_layout.addLayout(self.buttons_layout)

        self.dialog_layout.setStretch(1, 1)
#if QT_CONFIG(shortcut)
        self.period_label.setBuddy(self.period_combo)
        self.number_label.setBuddy(self.number_edit)
        self.signer_label.setBuddy(self.signer_edit)
        self.recipients_label.setBuddy(self.recipients_edit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(report_dialog)

        QMetaObject.connectSlotsByName(report_dialog)
    # setupUi

    def retranslateUi(self, report_dialog):
        report_dialog.setWindowTitle(QCoreApplication.translate("ReportDialog", u"B\u00e1o c\u00e1o th\u00e1ng", None))
        self.period_label.setText(QCoreApplication.translate("ReportDialog", u"T&h\u00e1ng:", None))
        self.text_group.setTitle(QCoreApplication.translate("ReportDialog", u"N\u1ed9i dung b\u00e1o c\u00e1o", None))
        self.sections_box.setItemText(self.sections_box.indexOf(self.direction_page), QCoreApplication.translate("ReportDialog", u"I. C\u00f4ng t\u00e1c ch\u1ec9 \u0111\u1ea1o, tri\u1ec3n khai", None))
        self.sections_box.setItemText(self.sections_box.indexOf(self.results_page), QCoreApplication.translate("ReportDialog", u"II. K\u1ebft qu\u1ea3 th\u1ef1c hi\u1ec7n", None))
        self.sections_box.setItemText(self.sections_box.indexOf(self.shortcomings_page), QCoreApplication.translate("ReportDialog", u"III. T\u1ed3n t\u1ea1i, v\u01b0\u1edbng m\u1eafc", None))
        self.sections_box.setItemText(self.sections_box.indexOf(self.next_focus_page), QCoreApplication.translate("ReportDialog", u"IV. Nhi\u1ec7m v\u1ee5 tr\u1ecdng t\u00e2m th\u00e1ng t\u1edbi", None))
        self.sections_box.setItemText(self.sections_box.indexOf(self.proposals_page), QCoreApplication.translate("ReportDialog", u"V. \u0110\u1ec1 xu\u1ea5t, ki\u1ebfn ngh\u1ecb", None))
        self.number_label.setText(QCoreApplication.translate("ReportDialog", u"S\u1ed1 &hi\u1ec7u:", None))
        self.signer_label.setText(QCoreApplication.translate("ReportDialog", u"Ng\u01b0\u1eddi &k\u00fd:", None))
        self.recipients_label.setText(QCoreApplication.translate("ReportDialog", u"&N\u01a1i nh\u1eadn\n"
"(m\u1ed7i d\u00f2ng m\u1ed9t n\u01a1i):", None))
        self.sections_box.setItemText(self.sections_box.indexOf(self.head_page), QCoreApplication.translate("ReportDialog", u"S\u1ed1 hi\u1ec7u, ng\u01b0\u1eddi k\u00fd, n\u01a1i nh\u1eadn", None))
        self.summary_group.setTitle(QCoreApplication.translate("ReportDialog", u"S\u1ed1 li\u1ec7u c\u1ee7a th\u00e1ng", None))
        self.formats_label.setText(QCoreApplication.translate("ReportDialog", u"\u0110\u1ecbnh d\u1ea1ng khi xu\u1ea5t:", None))
        self.docx_check.setText(QCoreApplication.translate("ReportDialog", u".docx (Word)", None))
        self.pdf_check.setText(QCoreApplication.translate("ReportDialog", u".pdf", None))
        self.xlsx_check.setText(QCoreApplication.translate("ReportDialog", u".xlsx (s\u1ed1 li\u1ec7u)", None))
        self.save_button.setText(QCoreApplication.translate("ReportDialog", u"&L\u01b0u n\u1ed9i dung", None))
        self.preview_button.setText(QCoreApplication.translate("ReportDialog", u"Xem t&r\u01b0\u1edbc", None))
        self.export_button.setText(QCoreApplication.translate("ReportDialog", u"&Xu\u1ea5t\u2026", None))
        self.email_button.setText(QCoreApplication.translate("ReportDialog", u"T\u1ea1o th\u01b0 \u0111&i\u1ec7n t\u1eed", None))
        self.sent_button.setText(QCoreApplication.translate("ReportDialog", u"\u0110\u00e1nh d\u1ea5u \u0111\u00e3 &g\u1eedi", None))
        self.close_button.setText(QCoreApplication.translate("ReportDialog", u"\u0110\u00f3ng", None))
    # retranslateUi

