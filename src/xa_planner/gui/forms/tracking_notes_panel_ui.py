# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'tracking_notes_panel.ui'
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
from PySide6.QtWidgets import (QApplication, QHBoxLayout, QLabel, QPlainTextEdit,
    QPushButton, QSizePolicy, QVBoxLayout, QWidget)

class Ui_TrackingNotesPanel(object):
    def setupUi(self, tracking_notes_panel):
        if not tracking_notes_panel.objectName():
            tracking_notes_panel.setObjectName(u"tracking_notes_panel")
        tracking_notes_panel.setMinimumSize(QSize(300, 0))
        self.notes_layout = QVBoxLayout(tracking_notes_panel)
        self.notes_layout.setObjectName(u"notes_layout")
        self.notes_layout.setContentsMargins(6, -1, 0, -1)
        self.task_label = QLabel(tracking_notes_panel)
        self.task_label.setObjectName(u"task_label")
        self.task_label.setText(u"")
        self.task_label.setWordWrap(True)
        self.task_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.task_label.setStyleSheet(u"font-weight: bold;")

        self.notes_layout.addWidget(self.task_label)

        self.previous_label = QLabel(tracking_notes_panel)
        self.previous_label.setObjectName(u"previous_label")
        self.previous_label.setText(u"")
        self.previous_label.setWordWrap(True)
        self.previous_label.setStyleSheet(u"color: #4a5560;")

        self.notes_layout.addWidget(self.previous_label)

        self.result_label = QLabel(tracking_notes_panel)
        self.result_label.setObjectName(u"result_label")

        self.notes_layout.addWidget(self.result_label)

        self.result_edit = QPlainTextEdit(tracking_notes_panel)
        self.result_edit.setObjectName(u"result_edit")
        self.result_edit.setTabChangesFocus(True)

        self.notes_layout.addWidget(self.result_edit)

        self.difficulties_label = QLabel(tracking_notes_panel)
        self.difficulties_label.setObjectName(u"difficulties_label")

        self.notes_layout.addWidget(self.difficulties_label)

        self.difficulties_edit = QPlainTextEdit(tracking_notes_panel)
        self.difficulties_edit.setObjectName(u"difficulties_edit")
        self.difficulties_edit.setTabChangesFocus(True)

        self.notes_layout.addWidget(self.difficulties_edit)

        self.proposals_label = QLabel(tracking_notes_panel)
        self.proposals_label.setObjectName(u"proposals_label")

        self.notes_layout.addWidget(self.proposals_label)

        self.proposals_edit = QPlainTextEdit(tracking_notes_panel)
        self.proposals_edit.setObjectName(u"proposals_edit")
        self.proposals_edit.setTabChangesFocus(True)

        self.notes_layout.addWidget(self.proposals_edit)

        self.save_layout = QHBoxLayout()
        self.save_layout.setObjectName(u"save_layout")
        self.hint_label = QLabel(tracking_notes_panel)
        self.hint_label.setObjectName(u"hint_label")
        self.hint_label.setStyleSheet(u"color: #5a6570;")

        self.save_layout.addWidget(self.hint_label)

        self.save_button = QPushButton(tracking_notes_panel)
        self.save_button.setObjectName(u"save_button")

        self.save_layout.addWidget(self.save_button)


        self.notes_layout.addLayout(self.save_layout)

#if QT_CONFIG(shortcut)
        self.result_label.setBuddy(self.result_edit)
        self.difficulties_label.setBuddy(self.difficulties_edit)
        self.proposals_label.setBuddy(self.proposals_edit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(tracking_notes_panel)

        QMetaObject.connectSlotsByName(tracking_notes_panel)
    # setupUi

    def retranslateUi(self, tracking_notes_panel):
        self.result_label.setText(QCoreApplication.translate("TrackingNotesPanel", u"K\u1ebft qu\u1ea3 th\u1ef1c hi\u1ec7n:", None))
        self.difficulties_label.setText(QCoreApplication.translate("TrackingNotesPanel", u"Kh\u00f3 kh\u0103n, v\u01b0\u1edbng m\u1eafc:", None))
        self.proposals_label.setText(QCoreApplication.translate("TrackingNotesPanel", u"\u0110\u1ec1 xu\u1ea5t, ki\u1ebfn ngh\u1ecb:", None))
        self.hint_label.setText(QCoreApplication.translate("TrackingNotesPanel", u"Ctrl+Enter \u0111\u1ec3 l\u01b0u", None))
        self.save_button.setText(QCoreApplication.translate("TrackingNotesPanel", u"L\u01b0u ghi ch\u00fa", None))
        pass
    # retranslateUi

