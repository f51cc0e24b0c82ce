# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'templates_page.ui'
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
from PySide6.QtWidgets import (QApplication, QHBoxLayout, QHeaderView, QLabel,
    QPushButton, QSizePolicy, QSpacerItem, QStackedWidget,
    QTableView, QVBoxLayout, QWidget)

class Ui_TemplatesPage(object):
    def setupUi(self, templates_page):
        if not templates_page.objectName():
            templates_page.setObjectName(u"templates_page")
        self.templates_layout = QVBoxLayout(templates_page)
        self.templates_layout.setObjectName(u"templates_layout")
        self.intro_label = QLabel(templates_page)
        self.intro_label.setObjectName(u"intro_label")
        self.intro_label.setWordWrap(True)

        self.templates_layout.addWidget(self.intro_label)

        self.buttons_layout = QHBoxLayout()
        self.buttons_layout.setObjectName(u"buttons_layout")
        self.import_button = QPushButton(templates_page)
        self.import_button.setObjectName(u"import_button")

        self.buttons_layout.addWidget(self.import_button)

        self.derive_button = QPushButton(templates_page)
        self.derive_button.setObjectName(u"derive_button")

        self.buttons_layout.addWidget(self.derive_button)

        self.compare_button = QPushButton(templates_page)
        self.compare_button.setObjectName(u"compare_button")

        self.buttons_layout.addWidget(self.compare_button)

        self.buttons_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttons_layout.addItem(self.buttons_spacer)


        self.templates_layout.addLayout(self.buttons_layout)

        self.content_stack = QStackedWidget(templates_page)
        self.content_stack.setObjectName(u"content_stack")
        self.templates_table = QTableView()
        self.templates_table.setObjectName(u"templates_table")
        self.content_stack.addWidget(self.templates_table)
        self.empty_label = QLabel()
        self.empty_label.setObjectName(u"empty_label")
        self.empty_label.setText(u"")
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setWordWrap(True)
        self.content_stack.addWidget(self.empty_label)

        self.templates_layout.addWidget(self.content_stack)


        self.retranslateUi(templates_page)

        QMetaObject.connectSlotsByName(templates_page)
    # setupUi

    def retranslateUi(self, templates_page):
        self.intro_label.setText(QCoreApplication.translate("TemplatesPage", u"C\u00e1c k\u1ebf ho\u1ea1ch c\u1ee7a t\u1ec9nh \u0111\u00e3 nh\u1eadp v\u00e0o t\u1ec7p d\u1eef li\u1ec7u. K\u1ebf ho\u1ea1ch c\u1ee7a x\u00e3 \u0111\u01b0\u1ee3c x\u00e2y d\u1ef1ng t\u1eeb m\u1ed9t trong c\u00e1c k\u1ebf ho\u1ea1ch n\u00e0y.", None))
        self.import_button.setText(QCoreApplication.translate("TemplatesPage", u"&Nh\u1eadp k\u1ebf ho\u1ea1ch c\u1ee7a t\u1ec9nh\u2026", None))
        self.derive_button.setText(QCoreApplication.translate("TemplatesPage", u"&X\u00e2y d\u1ef1ng k\u1ebf ho\u1ea1ch c\u1ee7a x\u00e3 t\u1eeb k\u1ebf ho\u1ea1ch \u0111ang ch\u1ecdn\u2026", None))
        self.compare_button.setText(QCoreApplication.translate("TemplatesPage", u"&So s\u00e1nh v\u1edbi k\u1ebf ho\u1ea1ch \u0111ang d\u00f9ng\u2026", None))
#if QT_CONFIG(tooltip)
        self.compare_button.setToolTip(QCoreApplication.translate("TemplatesPage", u"Xem k\u1ebf ho\u1ea1ch c\u1ee7a t\u1ec9nh \u0111ang ch\u1ecdn (v\u00ed d\u1ee5 b\u1ea3n s\u1eeda \u0111\u1ed5i) kh\u00e1c g\u00ec k\u1ebf ho\u1ea1ch m\u00e0 k\u1ebf ho\u1ea1ch c\u1ee7a x\u00e3 \u0111ang d\u00f9ng, v\u00e0 ch\u1ecdn thay \u0111\u1ed5i \u0111\u1ec3 c\u1eadp nh\u1eadt", None))
#endif // QT_CONFIG(tooltip)
        pass
    # retranslateUi

