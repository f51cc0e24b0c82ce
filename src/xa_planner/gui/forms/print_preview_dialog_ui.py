# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'print_preview_dialog.ui'
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
from PySide6.QtWidgets import (QApplication, QDialog, QHBoxLayout, QLabel,
    QPushButton, QScrollArea, QSizePolicy, QSpacerItem,
    QToolButton, QVBoxLayout, QWidget)

class Ui_PrintPreviewDialog(object):
    def setupUi(self, print_preview_dialog):
        if not print_preview_dialog.objectName():
            print_preview_dialog.setObjectName(u"print_preview_dialog")
        print_preview_dialog.setMinimumSize(QSize(760, 620))
        self.dialog_layout = QVBoxLayout(print_preview_dialog)
        self.dialog_layout.setObjectName(u"dialog_layout")
        self.toolbar_layout = QHBoxLayout()
        self.toolbar_layout.setObjectName(u"toolbar_layout")
        self.zoom_out_button = QToolButton(print_preview_dialog)
        self.zoom_out_button.setObjectName(u"zoom_out_button")
        self.zoom_out_button.setText(u"\u2212")
        self.zoom_out_button.setMinimumSize(QSize(32, 0))

        self.toolbar_layout.addWidget(self.zoom_out_button)

        self.zoom_label = QLabel(print_preview_dialog)
        self.zoom_label.setObjectName(u"zoom_label")
        self.zoom_label.setText(u"100%")
        self.zoom_label.setMinimumSize(QSize(52, 0))
        self.zoom_label.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.toolbar_layout.addWidget(self.zoom_label)

        self.zoom_in_button = QToolButton(print_preview_dialog)
        self.zoom_in_button.setObjectName(u"zoom_in_button")
        self.zoom_in_button.setText(u"+")
        self.zoom_in_button.setMinimumSize(QSize(32, 0))

        self.toolbar_layout.addWidget(self.zoom_in_button)

        self.fit_width_button = QPushButton(print_preview_dialog)
        self.fit_width_button.setObjectName(u"fit_width_button")

        self.toolbar_layout.addWidget(self.fit_width_button)

        self.page_count_label = QLabel(print_preview_dialog)
        self.page_count_label.setObjectName(u"page_count_label")
        self.page_count_label.setText(u"")

        self.toolbar_layout.addWidget(self.page_count_label)

        self.toolbar_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.toolbar_layout.addItem(self.toolbar_spacer)

        self.print_button = QPushButton(print_preview_dialog)
        self.print_button.setObjectName(u"print_button")

        self.toolbar_layout.addWidget(self.print_button)

        self.save_button = QPushButton(print_preview_dialog)
        self.save_button.setObjectName(u"save_button")

        self.toolbar_layout.addWidget(self.save_button)

        self.close_button = QPushButton(print_preview_dialog)
        self.close_button.setObjectName(u"close_button")

        self.toolbar_layout.addWidget(self.close_button)


        self.dialog_layout.addLayout(self.toolbar_layout)

        self.status_label = QLabel(print_preview_dialog)
        self.status_label.setObjectName(u"status_label")
        self.status_label.setText(u"")
        self.status_label.setWordWrap(True)

        self.dialog_layout.addWidget(self.status_label)

        self.page_scroll_area = QScrollArea(print_preview_dialog)
        self.page_scroll_area.setObjectName(u"page_scroll_area")
        self.page_scroll_area.setWidgetResizable(True)
        self.page_scroll_area.setStyleSheet(u"QScrollArea { background: #8a8f96; } #pages_widget { background: #8a8f96; }")
        self.pages_widget = QWidget()
        self.pages_widget.setObjectName(u"pages_widget")
        self.pages_layout = QVBoxLayout(self.pages_widget)
        self.pages_layout.setSpacing(16)
        self.pages_layout.setObjectName(u"pages_layout")
        self.page_scroll_area.setWidget(self.pages_widget)

        self.dialog_layout.addWidget(self.page_scroll_area)


        self.retranslateUi(print_preview_dialog)

        self.print_button.setDefault(True)


        QMetaObject.connectSlotsByName(print_preview_dialog)
    # setupUi

    def retranslateUi(self, print_preview_dialog):
        print_preview_dialog.setWindowTitle(QCoreApplication.translate("PrintPreviewDialog", u"Xem tr\u01b0\u1edbc khi in", None))
#if QT_CONFIG(tooltip)
        self.zoom_out_button.setToolTip(QCoreApplication.translate("PrintPreviewDialog", u"Thu nh\u1ecf", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(tooltip)
        self.zoom_in_button.setToolTip(QCoreApplication.translate("PrintPreviewDialog", u"Ph\u00f3ng to", None))
#endif // QT_CONFIG(tooltip)
        self.fit_width_button.setText(QCoreApplication.translate("PrintPreviewDialog", u"&V\u1eeba chi\u1ec1u ngang", None))
        self.print_button.setText(QCoreApplication.translate("PrintPreviewDialog", u"&In\u2026", None))
        self.save_button.setText(QCoreApplication.translate("PrintPreviewDialog", u"&L\u01b0u\u2026", None))
        self.close_button.setText(QCoreApplication.translate("PrintPreviewDialog", u"\u0110\u00f3n&g", None))
    # retranslateUi

