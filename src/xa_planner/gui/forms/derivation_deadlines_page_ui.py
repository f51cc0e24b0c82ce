# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'derivation_deadlines_page.ui'
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
from PySide6.QtWidgets import (QApplication, QHeaderView, QLabel, QRadioButton,
    QSizePolicy, QTableView, QVBoxLayout, QWidget,
    QWizardPage)

class Ui_DerivationDeadlinesPage(object):
    def setupUi(self, derivation_deadlines_page):
        if not derivation_deadlines_page.objectName():
            derivation_deadlines_page.setObjectName(u"derivation_deadlines_page")
        self.deadlines_layout = QVBoxLayout(derivation_deadlines_page)
        self.deadlines_layout.setObjectName(u"deadlines_layout")
        self.summary_label = QLabel(derivation_deadlines_page)
        self.summary_label.setObjectName(u"summary_label")
        self.summary_label.setText(u"")
        self.summary_label.setWordWrap(True)

        self.deadlines_layout.addWidget(self.summary_label)

        self.deadlines_table = QTableView(derivation_deadlines_page)
        self.deadlines_table.setObjectName(u"deadlines_table")

        self.deadlines_layout.addWidget(self.deadlines_table)

        self.shift_radio = QRadioButton(derivation_deadlines_page)
        self.shift_radio.setObjectName(u"shift_radio")
        self.shift_radio.setChecked(True)

        self.deadlines_layout.addWidget(self.shift_radio)

        self.keep_radio = QRadioButton(derivation_deadlines_page)
        self.keep_radio.setObjectName(u"keep_radio")

        self.deadlines_layout.addWidget(self.keep_radio)


        self.retranslateUi(derivation_deadlines_page)

        QMetaObject.connectSlotsByName(derivation_deadlines_page)
    # setupUi

    def retranslateUi(self, derivation_deadlines_page):
        derivation_deadlines_page.setTitle(QCoreApplication.translate("DerivationDeadlinesPage", u"Th\u1eddi h\u1ea1n tr\u01b0\u1edbc n\u0103m k\u1ebf ho\u1ea1ch", None))
        derivation_deadlines_page.setSubTitle(QCoreApplication.translate("DerivationDeadlinesPage", u"K\u1ebf ho\u1ea1ch c\u1ee7a t\u1ec9nh \u0111\u1eb7t c\u00e1c th\u1eddi h\u1ea1n d\u01b0\u1edbi \u0111\u00e2y tr\u01b0\u1edbc n\u0103m k\u1ebf ho\u1ea1ch c\u1ee7a x\u00e3. N\u1ebfu gi\u1eef nguy\u00ean, c\u00e1c nhi\u1ec7m v\u1ee5 n\u00e0y qu\u00e1 h\u1ea1n ngay khi k\u1ebf ho\u1ea1ch \u0111\u01b0\u1ee3c t\u1ea1o.", None))
        self.shift_radio.setText(QCoreApplication.translate("DerivationDeadlinesPage", u"&D\u1eddi sang n\u0103m k\u1ebf ho\u1ea1ch, gi\u1eef nguy\u00ean ng\u00e0y v\u00e0 th\u00e1ng", None))
        self.keep_radio.setText(QCoreApplication.translate("DerivationDeadlinesPage", u"&Gi\u1eef nguy\u00ean th\u1eddi h\u1ea1n nh\u01b0 k\u1ebf ho\u1ea1ch c\u1ee7a t\u1ec9nh", None))
    # retranslateUi

