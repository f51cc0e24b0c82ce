# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'import_review_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QCheckBox, QDateEdit,
    QDialog, QDialogButtonBox, QFormLayout, QGridLayout,
    QGroupBox, QHBoxLayout, QHeaderView, QLabel,
    QLineEdit, QPlainTextEdit, QPushButton, QSizePolicy,
    QSplitter, QTabWidget, QTreeView, QVBoxLayout,
    QWidget)

from xa_planner.gui.templates.source_page_view import SourcePageView

class Ui_ImportReviewDialog(object):
    def setupUi(self, import_review_dialog):
        if not import_review_dialog.objectName():
            import_review_dialog.setObjectName(u"import_review_dialog")
        import_review_dialog.resize(1240, 660)
        import_review_dialog.setMinimumSize(QSize(900, 540))
        self.dialog_layout = QVBoxLayout(import_review_dialog)
        self.dialog_layout.setObjectName(u"dialog_layout")
        self.document_group = QGroupBox(import_review_dialog)
        self.document_group.setObjectName(u"document_group")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.document_group.sizePolicy().hasHeightForWidth())
        self.document_group.setSizePolicy(sizePolicy)
        self.document_layout = QGridLayout(self.document_group)
        self.document_layout.setObjectName(u"document_layout")
        self.number_label = QLabel(self.document_group)
        self.number_label.setObjectName(u"number_label")

        self.document_layout.addWidget(self.number_label, 0, 0, 1, 1)

        self.number_edit = QLineEdit(self.document_group)
        self.number_edit.setObjectName(u"number_edit")

        self.document_layout.addWidget(self.number_edit, 0, 1, 1, 1)

        self.date_label = QLabel(self.document_group)
        self.date_label.setObjectName(u"date_label")

        self.document_layout.addWidget(self.date_label, 0, 2, 1, 1)

        self.date_edit = QDateEdit(self.document_group)
        self.date_edit.setObjectName(u"date_edit")
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat(u"dd/MM/yyyy")
        self.date_edit.setMinimumDate(QDate(1999, 12, 31))

        self.document_layout.addWidget(self.date_edit, 0, 3, 1, 1)

        self.issuer_label = QLabel(self.document_group)
        self.issuer_label.setObjectName(u"issuer_label")

        self.document_layout.addWidget(self.issuer_label, 0, 4, 1, 1)

        self.issuer_edit = QLineEdit(self.document_group)
        self.issuer_edit.setObjectName(u"issuer_edit")

        self.document_layout.addWidget(self.issuer_edit, 0, 5, 1, 1)

        self.title_label = QLabel(self.document_group)
        self.title_label.setObjectName(u"title_label")

        self.document_layout.addWidget(self.title_label, 1, 0, 1, 1)

        self.title_edit = QLineEdit(self.document_group)
        self.title_edit.setObjectName(u"title_edit")

        self.document_layout.addWidget(self.title_edit, 1, 1, 1, 5)


        self.dialog_layout.addWidget(self.document_group)

        self.warnings_label = QLabel(import_review_dialog)
        self.warnings_label.setObjectName(u"warnings_label")
        self.warnings_label.setVisible(False)
        self.warnings_label.setText(u"")
        self.warnings_label.setWordWrap(True)
        self.warnings_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.dialog_layout.addWidget(self.warnings_label)

        self.main_splitter = QSplitter(import_review_dialog)
        self.main_splitter.setObjectName(u"main_splitter")
        sizePolicy1 = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        sizePolicy1.setHorizontalStretch(0)
        sizePolicy1.setVerticalStretch(1)
        sizePolicy1.setHeightForWidth(self.main_splitter.sizePolicy().hasHeightForWidth())
        self.main_splitter.setSizePolicy(sizePolicy1)
        self.main_splitter.setOrientation(Qt.Orientation.Horizontal)
        self.main_splitter.setChildrenCollapsible(False)
        self.tasks_panel = QWidget(self.main_splitter)
        self.tasks_panel.setObjectName(u"tasks_panel")
        self.tasks_layout = QVBoxLayout(self.tasks_panel)
        self.tasks_layout.setObjectName(u"tasks_layout")
        self.tasks_layout.setContentsMargins(0, 0, 0, 0)
        self.only_doubtful_check = QCheckBox(self.tasks_panel)
        self.only_doubtful_check.setObjectName(u"only_doubtful_check")

        self.tasks_layout.addWidget(self.only_doubtful_check)

        self.task_tree = QTreeView(self.tasks_panel)
        self.task_tree.setObjectName(u"task_tree")
        self.task_tree.setMinimumSize(QSize(300, 0))
        self.task_tree.setHeaderHidden(True)
        self.task_tree.setUniformRowHeights(True)
        self.task_tree.setTextElideMode(Qt.TextElideMode.ElideRight)

        self.tasks_layout.addWidget(self.task_tree)

        self.count_label = QLabel(self.tasks_panel)
        self.count_label.setObjectName(u"count_label")
        self.count_label.setText(u"")

        self.tasks_layout.addWidget(self.count_label)

        self.operations_layout = QGridLayout()
        self.operations_layout.setObjectName(u"operations_layout")
        self.split_button = QPushButton(self.tasks_panel)
        self.split_button.setObjectName(u"split_button")
#if QT_CONFIG(shortcut)
        self.split_button.setShortcut(u"Ctrl+T")
#endif // QT_CONFIG(shortcut)

        self.operations_layout.addWidget(self.split_button, 0, 0, 1, 1)

        self.merge_button = QPushButton(self.tasks_panel)
        self.merge_button.setObjectName(u"merge_button")
#if QT_CONFIG(shortcut)
        self.merge_button.setShortcut(u"Ctrl+G")
#endif // QT_CONFIG(shortcut)

        self.operations_layout.addWidget(self.merge_button, 0, 1, 1, 1)

        self.add_button = QPushButton(self.tasks_panel)
        self.add_button.setObjectName(u"add_button")
#if QT_CONFIG(shortcut)
        self.add_button.setShortcut(u"Ctrl+N")
#endif // QT_CONFIG(shortcut)

        self.operations_layout.addWidget(self.add_button, 1, 0, 1, 1)

        self.drop_button = QPushButton(self.tasks_panel)
        self.drop_button.setObjectName(u"drop_button")
#if QT_CONFIG(shortcut)
        self.drop_button.setShortcut(u"Ctrl+D")
#endif // QT_CONFIG(shortcut)

        self.operations_layout.addWidget(self.drop_button, 1, 1, 1, 1)

        self.move_up_button = QPushButton(self.tasks_panel)
        self.move_up_button.setObjectName(u"move_up_button")
#if QT_CONFIG(shortcut)
        self.move_up_button.setShortcut(u"Alt+Up")
#endif // QT_CONFIG(shortcut)

        self.operations_layout.addWidget(self.move_up_button, 2, 0, 1, 1)

        self.move_down_button = QPushButton(self.tasks_panel)
        self.move_down_button.setObjectName(u"move_down_button")
#if QT_CONFIG(shortcut)
        self.move_down_button.setShortcut(u"Alt+Down")
#endif // QT_CONFIG(shortcut)

        self.operations_layout.addWidget(self.move_down_button, 2, 1, 1, 1)


        self.tasks_layout.addLayout(self.operations_layout)

        self.main_splitter.addWidget(self.tasks_panel)
        self.task_panel = QWidget(self.main_splitter)
        self.task_panel.setObjectName(u"task_panel")
        self.task_layout = QFormLayout(self.task_panel)
        self.task_layout.setObjectName(u"task_layout")
        self.task_layout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.task_layout.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
        self.task_layout.setContentsMargins(0, 0, 0, 0)
        self.ref_label = QLabel(self.task_panel)
        self.ref_label.setObjectName(u"ref_label")

        self.task_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.ref_label)

        self.ref_edit = QLineEdit(self.task_panel)
        self.ref_edit.setObjectName(u"ref_edit")

        self.task_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.ref_edit)

        self.content_label = QLabel(self.task_panel)
        self.content_label.setObjectName(u"content_label")

        self.task_layout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.content_label)

        self.content_edit = QPlainTextEdit(self.task_panel)
        self.content_edit.setObjectName(u"content_edit")
        self.content_edit.setTabChangesFocus(True)

        self.task_layout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.content_edit)

        self.lead_label = QLabel(self.task_panel)
        self.lead_label.setObjectName(u"lead_label")

        self.task_layout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.lead_label)

        self.lead_edit = QLineEdit(self.task_panel)
        self.lead_edit.setObjectName(u"lead_edit")

        self.task_layout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.lead_edit)

        self.support_label = QLabel(self.task_panel)
        self.support_label.setObjectName(u"support_label")

        self.task_layout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.support_label)

        self.support_edit = QLineEdit(self.task_panel)
        self.support_edit.setObjectName(u"support_edit")

        self.task_layout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.support_edit)

        self.timeframe_label = QLabel(self.task_panel)
        self.timeframe_label.setObjectName(u"timeframe_label")

        self.task_layout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.timeframe_label)

        self.timeframe_layout = QHBoxLayout()
        self.timeframe_layout.setObjectName(u"timeframe_layout")
        self.timeframe_edit = QLineEdit(self.task_panel)
        self.timeframe_edit.setObjectName(u"timeframe_edit")

        self.timeframe_layout.addWidget(self.timeframe_edit)

        self.schedule_label = QLabel(self.task_panel)
        self.schedule_label.setObjectName(u"schedule_label")
        self.schedule_label.setMinimumSize(QSize(150, 0))
        self.schedule_label.setText(u"")

        self.timeframe_layout.addWidget(self.schedule_label)


        self.task_layout.setLayout(4, QFormLayout.ItemRole.FieldRole, self.timeframe_layout)

        self.products_label = QLabel(self.task_panel)
        self.products_label.setObjectName(u"products_label")

        self.task_layout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.products_label)

        self.products_edit = QPlainTextEdit(self.task_panel)
        self.products_edit.setObjectName(u"products_edit")
        self.products_edit.setMaximumSize(QSize(16777215, 80))
        self.products_edit.setTabChangesFocus(True)

        self.task_layout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.products_edit)

        self.directing_docs_label = QLabel(self.task_panel)
        self.directing_docs_label.setObjectName(u"directing_docs_label")

        self.task_layout.setWidget(6, QFormLayout.ItemRole.LabelRole, self.directing_docs_label)

        self.directing_docs_edit = QLineEdit(self.task_panel)
        self.directing_docs_edit.setObjectName(u"directing_docs_edit")

        self.task_layout.setWidget(6, QFormLayout.ItemRole.FieldRole, self.directing_docs_edit)

        self.targets_caption_label = QLabel(self.task_panel)
        self.targets_caption_label.setObjectName(u"targets_caption_label")

        self.task_layout.setWidget(7, QFormLayout.ItemRole.LabelRole, self.targets_caption_label)

        self.targets_label = QLabel(self.task_panel)
        self.targets_label.setObjectName(u"targets_label")
        self.targets_label.setText(u"")
        self.targets_label.setWordWrap(True)
        self.targets_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.task_layout.setWidget(7, QFormLayout.ItemRole.FieldRole, self.targets_label)

        self.doubts_caption_label = QLabel(self.task_panel)
        self.doubts_caption_label.setObjectName(u"doubts_caption_label")

        self.task_layout.setWidget(8, QFormLayout.ItemRole.LabelRole, self.doubts_caption_label)

        self.doubts_label = QLabel(self.task_panel)
        self.doubts_label.setObjectName(u"doubts_label")
        self.doubts_label.setText(u"")
        self.doubts_label.setWordWrap(True)
        self.doubts_label.setStyleSheet(u"color: #b00020;")

        self.task_layout.setWidget(8, QFormLayout.ItemRole.FieldRole, self.doubts_label)

        self.main_splitter.addWidget(self.task_panel)
        self.source_panel = QWidget(self.main_splitter)
        self.source_panel.setObjectName(u"source_panel")
        self.source_layout = QVBoxLayout(self.source_panel)
        self.source_layout.setObjectName(u"source_layout")
        self.source_layout.setContentsMargins(0, 0, 0, 0)
        self.source_tabs = QTabWidget(self.source_panel)
        self.source_tabs.setObjectName(u"source_tabs")
        self.source_tabs.setDocumentMode(True)
        self.source_tabs.setTabBarAutoHide(True)
        self.page_tab = QWidget()
        self.page_tab.setObjectName(u"page_tab")
        self.page_layout = QVBoxLayout(self.page_tab)
        self.page_layout.setObjectName(u"page_layout")
        self.page_layout.setContentsMargins(0, -1, 0, 0)
        self.page_label = QLabel(self.page_tab)
        self.page_label.setObjectName(u"page_label")
        self.page_label.setWordWrap(True)

        self.page_layout.addWidget(self.page_label)

        self.page_view = SourcePageView(self.page_tab)
        self.page_view.setObjectName(u"page_view")
        self.page_view.setMinimumSize(QSize(300, 0))

        self.page_layout.addWidget(self.page_view)

        self.source_tabs.addTab(self.page_tab, "")
        self.text_tab = QWidget()
        self.text_tab.setObjectName(u"text_tab")
        self.text_layout = QVBoxLayout(self.text_tab)
        self.text_layout.setObjectName(u"text_layout")
        self.text_layout.setContentsMargins(0, -1, 0, 0)
        self.source_caption_label = QLabel(self.text_tab)
        self.source_caption_label.setObjectName(u"source_caption_label")
        self.source_caption_label.setWordWrap(True)

        self.text_layout.addWidget(self.source_caption_label)

        self.source_edit = QPlainTextEdit(self.text_tab)
        self.source_edit.setObjectName(u"source_edit")
        self.source_edit.setMinimumSize(QSize(300, 0))
        self.source_edit.setReadOnly(True)
        self.source_edit.setTabChangesFocus(True)

        self.text_layout.addWidget(self.source_edit)

        self.source_tabs.addTab(self.text_tab, "")

        self.source_layout.addWidget(self.source_tabs)

        self.main_splitter.addWidget(self.source_panel)

        self.dialog_layout.addWidget(self.main_splitter)

        self.button_box = QDialogButtonBox(import_review_dialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.dialog_layout.addWidget(self.button_box)

#if QT_CONFIG(shortcut)
        self.number_label.setBuddy(self.number_edit)
        self.date_label.setBuddy(self.date_edit)
        self.issuer_label.setBuddy(self.issuer_edit)
        self.title_label.setBuddy(self.title_edit)
        self.ref_label.setBuddy(self.ref_edit)
        self.content_label.setBuddy(self.content_edit)
        self.lead_label.setBuddy(self.lead_edit)
        self.support_label.setBuddy(self.support_edit)
        self.timeframe_label.setBuddy(self.timeframe_edit)
        self.products_label.setBuddy(self.products_edit)
        self.directing_docs_label.setBuddy(self.directing_docs_edit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.number_edit, self.date_edit)
        QWidget.setTabOrder(self.date_edit, self.issuer_edit)
        QWidget.setTabOrder(self.issuer_edit, self.title_edit)
        QWidget.setTabOrder(self.title_edit, self.only_doubtful_check)
        QWidget.setTabOrder(self.only_doubtful_check, self.task_tree)
        QWidget.setTabOrder(self.task_tree, self.ref_edit)
        QWidget.setTabOrder(self.ref_edit, self.content_edit)
        QWidget.setTabOrder(self.content_edit, self.lead_edit)
        QWidget.setTabOrder(self.lead_edit, self.support_edit)
        QWidget.setTabOrder(self.support_edit, self.timeframe_edit)
        QWidget.setTabOrder(self.timeframe_edit, self.products_edit)
        QWidget.setTabOrder(self.products_edit, self.directing_docs_edit)
        QWidget.setTabOrder(self.directing_docs_edit, self.source_edit)

        self.retranslateUi(import_review_dialog)

        QMetaObject.connectSlotsByName(import_review_dialog)
    # setupUi

    def retranslateUi(self, import_review_dialog):
        import_review_dialog.setWindowTitle(QCoreApplication.translate("ImportReviewDialog", u"Xem l\u1ea1i k\u1ebf ho\u1ea1ch c\u1ee7a t\u1ec9nh tr\u01b0\u1edbc khi l\u01b0u", None))
        self.document_group.setTitle(QCoreApplication.translate("ImportReviewDialog", u"V\u0103n b\u1ea3n c\u1ee7a t\u1ec9nh", None))
        self.number_label.setText(QCoreApplication.translate("ImportReviewDialog", u"&S\u1ed1 hi\u1ec7u:", None))
        self.number_edit.setPlaceholderText(QCoreApplication.translate("ImportReviewDialog", u"V\u00ed d\u1ee5: 113/KH-UBND", None))
        self.date_label.setText(QCoreApplication.translate("ImportReviewDialog", u"&Ng\u00e0y ban h\u00e0nh:", None))
        self.date_edit.setSpecialValueText(QCoreApplication.translate("ImportReviewDialog", u"(ch\u01b0a r\u00f5)", None))
        self.issuer_label.setText(QCoreApplication.translate("ImportReviewDialog", u"&C\u01a1 quan ban h\u00e0nh:", None))
        self.title_label.setText(QCoreApplication.translate("ImportReviewDialog", u"&Tr\u00edch y\u1ebfu:", None))
        self.only_doubtful_check.setText(QCoreApplication.translate("ImportReviewDialog", u"Ch\u1ec9 hi\u1ec7n nhi\u1ec7m v\u1ee5 c\u1ea7n &xem l\u1ea1i", None))
        self.split_button.setText(QCoreApplication.translate("ImportReviewDialog", u"T\u00e1ch t\u1ea1i con tr\u1ecf", None))
#if QT_CONFIG(tooltip)
        self.split_button.setToolTip(QCoreApplication.translate("ImportReviewDialog", u"T\u00e1ch nhi\u1ec7m v\u1ee5 th\u00e0nh hai t\u1ea1i v\u1ecb tr\u00ed con tr\u1ecf trong \u00f4 N\u1ed9i dung (Ctrl+T)", None))
#endif // QT_CONFIG(tooltip)
        self.merge_button.setText(QCoreApplication.translate("ImportReviewDialog", u"G\u1ed9p v\u1edbi nhi\u1ec7m v\u1ee5 sau", None))
#if QT_CONFIG(tooltip)
        self.merge_button.setToolTip(QCoreApplication.translate("ImportReviewDialog", u"G\u1ed9p nhi\u1ec7m v\u1ee5 \u0111ang ch\u1ecdn v\u1edbi nhi\u1ec7m v\u1ee5 ngay sau n\u00f3 (Ctrl+G)", None))
#endif // QT_CONFIG(tooltip)
        self.add_button.setText(QCoreApplication.translate("ImportReviewDialog", u"Th\u00eam nhi\u1ec7m v\u1ee5", None))
#if QT_CONFIG(tooltip)
        self.add_button.setToolTip(QCoreApplication.translate("ImportReviewDialog", u"Th\u00eam m\u1ed9t nhi\u1ec7m v\u1ee5 tr\u1ed1ng ngay sau nhi\u1ec7m v\u1ee5 \u0111ang ch\u1ecdn (Ctrl+N)", None))
#endif // QT_CONFIG(tooltip)
        self.drop_button.setText(QCoreApplication.translate("ImportReviewDialog", u"B\u1ecf nhi\u1ec7m v\u1ee5", None))
#if QT_CONFIG(tooltip)
        self.drop_button.setToolTip(QCoreApplication.translate("ImportReviewDialog", u"B\u1ecf nhi\u1ec7m v\u1ee5 \u0111ang ch\u1ecdn kh\u1ecfi k\u1ebf ho\u1ea1ch (Ctrl+D)", None))
#endif // QT_CONFIG(tooltip)
        self.move_up_button.setText(QCoreApplication.translate("ImportReviewDialog", u"Chuy\u1ec3n l\u00ean", None))
#if QT_CONFIG(tooltip)
        self.move_up_button.setToolTip(QCoreApplication.translate("ImportReviewDialog", u"Chuy\u1ec3n nhi\u1ec7m v\u1ee5 \u0111ang ch\u1ecdn l\u00ean tr\u00ean (Alt+M\u0169i t\u00ean l\u00ean)", None))
#endif // QT_CONFIG(tooltip)
        self.move_down_button.setText(QCoreApplication.translate("ImportReviewDialog", u"Chuy\u1ec3n xu\u1ed1ng", None))
#if QT_CONFIG(tooltip)
        self.move_down_button.setToolTip(QCoreApplication.translate("ImportReviewDialog", u"Chuy\u1ec3n nhi\u1ec7m v\u1ee5 \u0111ang ch\u1ecdn xu\u1ed1ng d\u01b0\u1edbi (Alt+M\u0169i t\u00ean xu\u1ed1ng)", None))
#endif // QT_CONFIG(tooltip)
        self.ref_label.setText(QCoreApplication.translate("ImportReviewDialog", u"S\u1ed1 th\u1ee9 t\u1ef1:", None))
        self.content_label.setText(QCoreApplication.translate("ImportReviewDialog", u"N\u1ed9i dung:", None))
        self.lead_label.setText(QCoreApplication.translate("ImportReviewDialog", u"Ch\u1ee7 tr\u00ec:", None))
        self.lead_edit.setPlaceholderText(QCoreApplication.translate("ImportReviewDialog", u"C\u00e1c \u0111\u01a1n v\u1ecb, c\u00e1ch nhau b\u1eb1ng d\u1ea5u ch\u1ea5m ph\u1ea9y (;)", None))
        self.support_label.setText(QCoreApplication.translate("ImportReviewDialog", u"Ph\u1ed1i h\u1ee3p:", None))
        self.support_edit.setPlaceholderText(QCoreApplication.translate("ImportReviewDialog", u"C\u00e1c \u0111\u01a1n v\u1ecb, c\u00e1ch nhau b\u1eb1ng d\u1ea5u ch\u1ea5m ph\u1ea9y (;)", None))
        self.timeframe_label.setText(QCoreApplication.translate("ImportReviewDialog", u"Th\u1eddi gian:", None))
        self.timeframe_edit.setPlaceholderText(QCoreApplication.translate("ImportReviewDialog", u"V\u00ed d\u1ee5: Th\u01b0\u1eddng xuy\u00ean; Qu\u00fd II/2026; tr\u01b0\u1edbc 30/6/2026", None))
        self.products_label.setText(QCoreApplication.translate("ImportReviewDialog", u"K\u1ebft qu\u1ea3/s\u1ea3n ph\u1ea9m:", None))
        self.directing_docs_label.setText(QCoreApplication.translate("ImportReviewDialog", u"V\u0103n b\u1ea3n ch\u1ec9 \u0111\u1ea1o:", None))
        self.targets_caption_label.setText(QCoreApplication.translate("ImportReviewDialog", u"Ch\u1ec9 ti\u00eau:", None))
        self.doubts_caption_label.setText(QCoreApplication.translate("ImportReviewDialog", u"C\u1ea7n xem l\u1ea1i:", None))
        self.source_tabs.setTabText(self.source_tabs.indexOf(self.page_tab), QCoreApplication.translate("ImportReviewDialog", u"Trang g\u1ed1c", None))
        self.source_caption_label.setText(QCoreApplication.translate("ImportReviewDialog", u"V\u0103n b\u1ea3n g\u1ed1c (c\u00e1c d\u00f2ng c\u1ee7a nhi\u1ec7m v\u1ee5 \u0111ang ch\u1ecdn \u0111\u01b0\u1ee3c t\u00f4 m\u00e0u):", None))
        self.source_tabs.setTabText(self.source_tabs.indexOf(self.text_tab), QCoreApplication.translate("ImportReviewDialog", u"V\u0103n b\u1ea3n", None))
    # retranslateUi

