# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'derivation_tasks_page.ui'
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
    QPushButton, QSizePolicy, QSpacerItem, QTableView,
    QVBoxLayout, QWidget, QWizardPage)

class Ui_DerivationTasksPage(object):
    def setupUi(self, derivation_tasks_page):
        if not derivation_tasks_page.objectName():
            derivation_tasks_page.setObjectName(u"derivation_tasks_page")
        self.tasks_layout = QVBoxLayout(derivation_tasks_page)
        self.tasks_layout.setObjectName(u"tasks_layout")
        self.candidates_table = QTableView(derivation_tasks_page)
        self.candidates_table.setObjectName(u"candidates_table")

        self.tasks_layout.addWidget(self.candidates_table)

        self.buttons_layout = QHBoxLayout()
        self.buttons_layout.setObjectName(u"buttons_layout")
        self.check_section_button = QPushButton(derivation_tasks_page)
        self.check_section_button.setObjectName(u"check_section_button")

        self.buttons_layout.addWidget(self.check_section_button)

        self.uncheck_section_button = QPushButton(derivation_tasks_page)
        self.uncheck_section_button.setObjectName(u"uncheck_section_button")

        self.buttons_layout.addWidget(self.uncheck_section_button)

        self.suggested_button = QPushButton(derivation_tasks_page)
        self.suggested_button.setObjectName(u"suggested_button")

        self.buttons_layout.addWidget(self.suggested_button)

        self.buttons_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttons_layout.addItem(self.buttons_spacer)

        self.count_label = QLabel(derivation_tasks_page)
        self.count_label.setObjectName(u"count_label")
        self.count_label.setText(u"")

        self.buttons_layout.addWidget(self.count_label)


        self.tasks_layout.addLayout(self.buttons_layout)


        self.retranslateUi(derivation_tasks_page)

        QMetaObject.connectSlotsByName(derivation_tasks_page)
    # setupUi

    def retranslateUi(self, derivation_tasks_page):
        derivation_tasks_page.setTitle(QCoreApplication.translate("DerivationTasksPage", u"Nhi\u1ec7m v\u1ee5 li\u00ean quan \u0111\u1ebfn x\u00e3", None))
        derivation_tasks_page.setSubTitle(QCoreApplication.translate("DerivationTasksPage", u"C\u00e1c nhi\u1ec7m v\u1ee5 \u0111\u01b0\u1ee3c \u0111\u00e1nh d\u1ea5u s\u1eb5n theo g\u1ee3i \u00fd (xem c\u1ed9t L\u00fd do). \u0110\u00e1nh d\u1ea5u ho\u1eb7c b\u1ecf \u0111\u00e1nh d\u1ea5u t\u1eebng nhi\u1ec7m v\u1ee5, ho\u1eb7c c\u1ea3 m\u1ed9t m\u1ee5c.", None))
        self.check_section_button.setText(QCoreApplication.translate("DerivationTasksPage", u"&Ch\u1ecdn c\u1ea3 m\u1ee5c", None))
        self.uncheck_section_button.setText(QCoreApplication.translate("DerivationTasksPage", u"&B\u1ecf ch\u1ecdn c\u1ea3 m\u1ee5c", None))
        self.suggested_button.setText(QCoreApplication.translate("DerivationTasksPage", u"Tr\u1edf v\u1ec1 &g\u1ee3i \u00fd", None))
    # retranslateUi

