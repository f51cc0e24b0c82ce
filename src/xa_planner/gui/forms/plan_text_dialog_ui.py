# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'plan_text_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QComboBox, QDialog,
    QDialogButtonBox, QFormLayout, QHBoxLayout, QLabel,
    QLineEdit, QListWidget, QListWidgetItem, QPlainTextEdit,
    QPushButton, QSizePolicy, QTabWidget, QToolButton,
    QVBoxLayout, QWidget)

class Ui_PlanTextDialog(object):
    def setupUi(self, plan_text_dialog):
        if not plan_text_dialog.objectName():
            plan_text_dialog.setObjectName(u"plan_text_dialog")
        plan_text_dialog.setMinimumSize(QSize(820, 600))
        self.dialog_layout = QVBoxLayout(plan_text_dialog)
        self.dialog_layout.setObjectName(u"dialog_layout")
        self.intro_label = QLabel(plan_text_dialog)
        self.intro_label.setObjectName(u"intro_label")
        self.intro_label.setWordWrap(True)

        self.dialog_layout.addWidget(self.intro_label)

        self.tabs = QTabWidget(plan_text_dialog)
        self.tabs.setObjectName(u"tabs")
        self.body_tab = QWidget()
        self.body_tab.setObjectName(u"body_tab")
        self.body_layout = QVBoxLayout(self.body_tab)
        self.body_layout.setObjectName(u"body_layout")
        self.preamble_label = QLabel(self.body_tab)
        self.preamble_label.setObjectName(u"preamble_label")

        self.body_layout.addWidget(self.preamble_label)

        self.preamble_edit = QPlainTextEdit(self.body_tab)
        self.preamble_edit.setObjectName(u"preamble_edit")
        self.preamble_edit.setMaximumSize(QSize(16777215, 90))

        self.body_layout.addWidget(self.preamble_edit)

        self.blocks_layout = QHBoxLayout()
        self.blocks_layout.setObjectName(u"blocks_layout")
        self.block_list_layout = QVBoxLayout()
        self.block_list_layout.setObjectName(u"block_list_layout")
        self.block_list_label = QLabel(self.body_tab)
        self.block_list_label.setObjectName(u"block_list_label")

        self.block_list_layout.addWidget(self.block_list_label)

        self.block_list = QListWidget(self.body_tab)
        self.block_list.setObjectName(u"block_list")
        self.block_list.setMinimumSize(QSize(260, 0))
        self.block_list.setSpacing(3)

        self.block_list_layout.addWidget(self.block_list)

        self.block_buttons_layout = QHBoxLayout()
        self.block_buttons_layout.setObjectName(u"block_buttons_layout")
        self.add_block_button = QPushButton(self.body_tab)
        self.add_block_button.setObjectName(u"add_block_button")

        self.block_buttons_layout.addWidget(self.add_block_button)

        self.remove_block_button = QPushButton(self.body_tab)
        self.remove_block_button.setObjectName(u"remove_block_button")

        self.block_buttons_layout.addWidget(self.remove_block_button)

        self.move_up_button = QToolButton(self.body_tab)
        self.move_up_button.setObjectName(u"move_up_button")
        self.move_up_button.setText(u"\u25b2")

        self.block_buttons_layout.addWidget(self.move_up_button)

        self.move_down_button = QToolButton(self.body_tab)
        self.move_down_button.setObjectName(u"move_down_button")
        self.move_down_button.setText(u"\u25bc")

        self.block_buttons_layout.addWidget(self.move_down_button)


        self.block_list_layout.addLayout(self.block_buttons_layout)


        self.blocks_layout.addLayout(self.block_list_layout)

        self.block_form_layout = QFormLayout()
        self.block_form_layout.setObjectName(u"block_form_layout")
        self.block_form_layout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.heading_label = QLabel(self.body_tab)
        self.heading_label.setObjectName(u"heading_label")

        self.block_form_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.heading_label)

        self.heading_edit = QLineEdit(self.body_tab)
        self.heading_edit.setObjectName(u"heading_edit")

        self.block_form_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.heading_edit)

        self.level_label = QLabel(self.body_tab)
        self.level_label.setObjectName(u"level_label")

        self.block_form_layout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.level_label)

        self.level_combo = QComboBox(self.body_tab)
        self.level_combo.setObjectName(u"level_combo")

        self.block_form_layout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.level_combo)

        self.paragraphs_label = QLabel(self.body_tab)
        self.paragraphs_label.setObjectName(u"paragraphs_label")

        self.block_form_layout.setWidget(2, QFormLayout.ItemRole.SpanningRole, self.paragraphs_label)

        self.paragraphs_edit = QPlainTextEdit(self.body_tab)
        self.paragraphs_edit.setObjectName(u"paragraphs_edit")

        self.block_form_layout.setWidget(3, QFormLayout.ItemRole.SpanningRole, self.paragraphs_edit)


        self.blocks_layout.addLayout(self.block_form_layout)


        self.body_layout.addLayout(self.blocks_layout)

        self.tabs.addTab(self.body_tab, "")
        self.recipients_tab = QWidget()
        self.recipients_tab.setObjectName(u"recipients_tab")
        self.recipients_layout = QVBoxLayout(self.recipients_tab)
        self.recipients_layout.setObjectName(u"recipients_layout")
        self.recipients_label = QLabel(self.recipients_tab)
        self.recipients_label.setObjectName(u"recipients_label")
        self.recipients_label.setWordWrap(True)

        self.recipients_layout.addWidget(self.recipients_label)

        self.recipients_edit = QPlainTextEdit(self.recipients_tab)
        self.recipients_edit.setObjectName(u"recipients_edit")

        self.recipients_layout.addWidget(self.recipients_edit)

        self.tabs.addTab(self.recipients_tab, "")

        self.dialog_layout.addWidget(self.tabs)

        self.error_label = QLabel(plan_text_dialog)
        self.error_label.setObjectName(u"error_label")
        self.error_label.setText(u"")
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet(u"color: #b00020;")

        self.dialog_layout.addWidget(self.error_label)

        self.buttons_layout = QHBoxLayout()
        self.buttons_layout.setObjectName(u"buttons_layout")
        self.restore_defaults_button = QPushButton(plan_text_dialog)
        self.restore_defaults_button.setObjectName(u"restore_defaults_button")

        self.buttons_layout.addWidget(self.restore_defaults_button)

        self.button_box = QDialogButtonBox(plan_text_dialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.buttons_layout.addWidget(self.button_box)


        self.dialog_layout.addLayout(self.buttons_layout)

#if QT_CONFIG(shortcut)
        self.preamble_label.setBuddy(self.preamble_edit)
        self.block_list_label.setBuddy(self.block_list)
        self.heading_label.setBuddy(self.heading_edit)
        self.level_label.setBuddy(self.level_combo)
        self.paragraphs_label.setBuddy(self.paragraphs_edit)
        self.recipients_label.setBuddy(self.recipients_edit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(plan_text_dialog)

        self.tabs.setCurrentIndex(0)


        QMetaObject.connectSlotsByName(plan_text_dialog)
    # setupUi

    def retranslateUi(self, plan_text_dialog):
        plan_text_dialog.setWindowTitle(QCoreApplication.translate("PlanTextDialog", u"So\u1ea1n n\u1ed9i dung k\u1ebf ho\u1ea1ch", None))
        self.intro_label.setText(QCoreApplication.translate("PlanTextDialog", u"Ph\u1ea7n ch\u1eef c\u1ee7a v\u0103n b\u1ea3n k\u1ebf ho\u1ea1ch. Danh s\u00e1ch nhi\u1ec7m v\u1ee5 \u0111\u01b0\u1ee3c l\u1ea5y t\u1eeb b\u1ea3ng k\u1ebf ho\u1ea1ch v\u00e0 in trong ph\u1ee5 l\u1ee5c.", None))
        self.preamble_label.setText(QCoreApplication.translate("PlanTextDialog", u"L\u1eddi &m\u1edf \u0111\u1ea7u (c\u0103n c\u1ee9 ban h\u00e0nh):", None))
        self.block_list_label.setText(QCoreApplication.translate("PlanTextDialog", u"&C\u00e1c ph\u1ea7n:", None))
        self.add_block_button.setText(QCoreApplication.translate("PlanTextDialog", u"&Th\u00eam", None))
        self.remove_block_button.setText(QCoreApplication.translate("PlanTextDialog", u"&X\u00f3a", None))
#if QT_CONFIG(tooltip)
        self.move_up_button.setToolTip(QCoreApplication.translate("PlanTextDialog", u"Chuy\u1ec3n l\u00ean", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(tooltip)
        self.move_down_button.setToolTip(QCoreApplication.translate("PlanTextDialog", u"Chuy\u1ec3n xu\u1ed1ng", None))
#endif // QT_CONFIG(tooltip)
        self.heading_label.setText(QCoreApplication.translate("PlanTextDialog", u"Ti\u00eau \u0111\u1ec1 &ph\u1ea7n:", None))
        self.heading_edit.setPlaceholderText(QCoreApplication.translate("PlanTextDialog", u"V\u00ed d\u1ee5: III. KINH PH\u00cd TH\u1ef0C HI\u1ec6N", None))
        self.level_label.setText(QCoreApplication.translate("PlanTextDialog", u"&C\u1ea5p:", None))
        self.paragraphs_label.setText(QCoreApplication.translate("PlanTextDialog", u"N\u1ed9i &dung (m\u1ed7i d\u00f2ng l\u00e0 m\u1ed9t \u0111o\u1ea1n v\u0103n; d\u00f2ng tr\u1ed1ng \u0111\u01b0\u1ee3c b\u1ecf qua):", None))
        self.tabs.setTabText(self.tabs.indexOf(self.body_tab), QCoreApplication.translate("PlanTextDialog", u"&N\u1ed9i dung", None))
        self.recipients_label.setText(QCoreApplication.translate("PlanTextDialog", u"N\u01a1i nh\u1eadn (m\u1ed7i d\u00f2ng m\u1ed9t n\u01a1i; d\u00f2ng cu\u1ed1i th\u01b0\u1eddng l\u00e0 \u201cL\u01b0u: VT\u201d):", None))
        self.tabs.setTabText(self.tabs.indexOf(self.recipients_tab), QCoreApplication.translate("PlanTextDialog", u"N\u01a1i &nh\u1eadn", None))
        self.restore_defaults_button.setText(QCoreApplication.translate("PlanTextDialog", u"&Kh\u00f4i ph\u1ee5c m\u1eb7c \u0111\u1ecbnh", None))
    # retranslateUi

