# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'derivation_units_page.ui'
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
from PySide6.QtWidgets import (QApplication, QHeaderView, QLabel, QSizePolicy,
    QTableView, QVBoxLayout, QWidget, QWizardPage)

class Ui_DerivationUnitsPage(object):
    def setupUi(self, derivation_units_page):
        if not derivation_units_page.objectName():
            derivation_units_page.setObjectName(u"derivation_units_page")
        self.units_layout = QVBoxLayout(derivation_units_page)
        self.units_layout.setObjectName(u"units_layout")
        self.units_table = QTableView(derivation_units_page)
        self.units_table.setObjectName(u"units_table")

        self.units_layout.addWidget(self.units_table)

        self.count_label = QLabel(derivation_units_page)
        self.count_label.setObjectName(u"count_label")
        self.count_label.setText(u"")
        self.count_label.setWordWrap(True)

        self.units_layout.addWidget(self.count_label)


        self.retranslateUi(derivation_units_page)

        QMetaObject.connectSlotsByName(derivation_units_page)
    # setupUi

    def retranslateUi(self, derivation_units_page):
        derivation_units_page.setTitle(QCoreApplication.translate("DerivationUnitsPage", u"Giao cho c\u00e1c \u0111\u01a1n v\u1ecb c\u1ee7a x\u00e3", None))
        derivation_units_page.setSubTitle(QCoreApplication.translate("DerivationUnitsPage", u"M\u1ed7i c\u01a1 quan c\u1ee7a t\u1ec9nh \u0111\u01b0\u1ee3c giao cho m\u1ed9t \u0111\u01a1n v\u1ecb c\u1ee7a x\u00e3. D\u00f2ng t\u00f4 m\u00e0u l\u00e0 c\u01a1 quan ch\u01b0a c\u00f3 \u0111\u01a1n v\u1ecb t\u01b0\u01a1ng \u1ee9ng; l\u1ef1a ch\u1ecdn c\u1ee7a b\u1ea1n \u0111\u01b0\u1ee3c ghi nh\u1edb cho l\u1ea7n sau.", None))
    # retranslateUi

