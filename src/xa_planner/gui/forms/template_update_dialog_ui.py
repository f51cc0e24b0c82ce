# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'template_update_dialog.ui'
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
from PySide6.QtWidgets import (QApplication, QDialog, QGridLayout, QHBoxLayout,
    QHeaderView, QLabel, QPushButton, QSizePolicy,
    QSpacerItem, QSplitter, QStackedWidget, QTableView,
    QTextBrowser, QVBoxLayout, QWidget)

class Ui_TemplateUpdateDialog(object):
    def setupUi(self, template_update_dialog):
        if not template_update_dialog.objectName():
            template_update_dialog.setObjectName(u"template_update_dialog")
        template_update_dialog.resize(980, 640)
        self.dialog_layout = QVBoxLayout(template_update_dialog)
        self.dialog_layout.setObjectName(u"dialog_layout")
        self.intro_label = QLabel(template_update_dialog)
        self.intro_label.setObjectName(u"intro_label")
        self.intro_label.setText(u"")
        self.intro_label.setWordWrap(True)

        self.dialog_layout.addWidget(self.intro_label)

        self.content_stack = QStackedWidget(template_update_dialog)
        self.content_stack.setObjectName(u"content_stack")
        self.changes_splitter = QSplitter()
        self.changes_splitter.setObjectName(u"changes_splitter")
        self.changes_splitter.setOrientation(Qt.Orientation.Vertical)
        self.changes_splitter.setChildrenCollapsible(False)
        self.changes_table = QTableView(self.changes_splitter)
        self.changes_table.setObjectName(u"changes_table")
        self.changes_splitter.addWidget(self.changes_table)
        self.difference_widget = QWidget(self.changes_splitter)
        self.difference_widget.setObjectName(u"difference_widget")
        self.difference_layout = QGridLayout(self.difference_widget)
        self.difference_layout.setObjectName(u"difference_layout")
        self.difference_layout.setContentsMargins(0, 0, 0, 0)
        self.old_caption_label = QLabel(self.difference_widget)
        self.old_caption_label.setObjectName(u"old_caption_label")

        self.difference_layout.addWidget(self.old_caption_label, 0, 0, 1, 1)

        self.new_caption_label = QLabel(self.difference_widget)
        self.new_caption_label.setObjectName(u"new_caption_label")

        self.difference_layout.addWidget(self.new_caption_label, 0, 1, 1, 1)

        self.old_text_browser = QTextBrowser(self.difference_widget)
        self.old_text_browser.setObjectName(u"old_text_browser")

        self.difference_layout.addWidget(self.old_text_browser, 1, 0, 1, 1)

        self.new_text_browser = QTextBrowser(self.difference_widget)
        self.new_text_browser.setObjectName(u"new_text_browser")

        self.difference_layout.addWidget(self.new_text_browser, 1, 1, 1, 1)

        self.changes_splitter.addWidget(self.difference_widget)
        self.content_stack.addWidget(self.changes_splitter)
        self.no_changes_label = QLabel()
        self.no_changes_label.setObjectName(u"no_changes_label")
        self.no_changes_label.setText(u"")
        self.no_changes_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.no_changes_label.setWordWrap(True)
        self.content_stack.addWidget(self.no_changes_label)

        self.dialog_layout.addWidget(self.content_stack)

        self.buttons_layout = QHBoxLayout()
        self.buttons_layout.setObjectName(u"buttons_layout")
        self.check_all_button = QPushButton(template_update_dialog)
        self.check_all_button.setObjectName(u"check_all_button")

        self.buttons_layout.addWidget(self.check_all_button)

        self.check_none_button = QPushButton(template_update_dialog)
        self.check_none_button.setObjectName(u"check_none_button")

        self.buttons_layout.addWidget(self.check_none_button)

        self.buttons_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttons_layout.addItem(self.buttons_spacer)

        self.apply_button = QPushButton(template_update_dialog)
        self.apply_button.setObjectName(u"apply_button")

        self.buttons_layout.addWidget(self.apply_button)

        self.close_button = QPushButton(template_update_dialog)
        self.close_button.setObjectName(u"close_button")

        self.buttons_layout.addWidget(self.close_button)


        self.dialog_layout.addLayout(self.buttons_layout)


        self.retranslateUi(template_update_dialog)

        self.apply_button.setDefault(True)


        QMetaObject.connectSlotsByName(template_update_dialog)
    # setupUi

    def retranslateUi(self, template_update_dialog):
        template_update_dialog.setWindowTitle(QCoreApplication.translate("TemplateUpdateDialog", u"So s\u00e1nh v\u1edbi k\u1ebf ho\u1ea1ch \u0111ang d\u00f9ng", None))
        self.old_caption_label.setText(QCoreApplication.translate("TemplateUpdateDialog", u"N\u1ed9i dung trong k\u1ebf ho\u1ea1ch \u0111ang d\u00f9ng", None))
        self.new_caption_label.setText(QCoreApplication.translate("TemplateUpdateDialog", u"N\u1ed9i dung trong k\u1ebf ho\u1ea1ch s\u1eeda \u0111\u1ed5i", None))
        self.check_all_button.setText(QCoreApplication.translate("TemplateUpdateDialog", u"Ch\u1ecdn t\u1ea5t c\u1ea3", None))
        self.check_none_button.setText(QCoreApplication.translate("TemplateUpdateDialog", u"B\u1ecf ch\u1ecdn t\u1ea5t c\u1ea3", None))
        self.apply_button.setText(QCoreApplication.translate("TemplateUpdateDialog", u"\u00c1p d\u1ee5ng c\u00e1c thay \u0111\u1ed5i \u0111\u00e3 ch\u1ecdn", None))
        self.close_button.setText(QCoreApplication.translate("TemplateUpdateDialog", u"\u0110\u00f3ng", None))
    # retranslateUi

