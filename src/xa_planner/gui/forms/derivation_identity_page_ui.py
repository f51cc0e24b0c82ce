# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'derivation_identity_page.ui'
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
from PySide6.QtWidgets import (QApplication, QComboBox, QDateEdit, QFormLayout,
    QLabel, QLineEdit, QSizePolicy, QSpinBox,
    QWidget, QWizardPage)

class Ui_DerivationIdentityPage(object):
    def setupUi(self, derivation_identity_page):
        if not derivation_identity_page.objectName():
            derivation_identity_page.setObjectName(u"derivation_identity_page")
        self.identity_layout = QFormLayout(derivation_identity_page)
        self.identity_layout.setObjectName(u"identity_layout")
        self.identity_layout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.template_label = QLabel(derivation_identity_page)
        self.template_label.setObjectName(u"template_label")

        self.identity_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.template_label)

        self.template_combo = QComboBox(derivation_identity_page)
        self.template_combo.setObjectName(u"template_combo")
        self.template_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.template_combo.setMinimumContentsLength(40)

        self.identity_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.template_combo)

        self.year_label = QLabel(derivation_identity_page)
        self.year_label.setObjectName(u"year_label")

        self.identity_layout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.year_label)

        self.year_spin = QSpinBox(derivation_identity_page)
        self.year_spin.setObjectName(u"year_spin")
        self.year_spin.setMinimum(2000)
        self.year_spin.setMaximum(2100)
        self.year_spin.setValue(2026)
        self.year_spin.setMaximumSize(QSize(120, 16777215))

        self.identity_layout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.year_spin)

        self.number_label = QLabel(derivation_identity_page)
        self.number_label.setObjectName(u"number_label")

        self.identity_layout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.number_label)

        self.number_edit = QLineEdit(derivation_identity_page)
        self.number_edit.setObjectName(u"number_edit")

        self.identity_layout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.number_edit)

        self.issued_label = QLabel(derivation_identity_page)
        self.issued_label.setObjectName(u"issued_label")

        self.identity_layout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.issued_label)

        self.issued_date_edit = QDateEdit(derivation_identity_page)
        self.issued_date_edit.setObjectName(u"issued_date_edit")
        self.issued_date_edit.setCalendarPopup(True)
        self.issued_date_edit.setDisplayFormat(u"dd/MM/yyyy")
        self.issued_date_edit.setMinimumDate(QDate(1999, 12, 31))
        self.issued_date_edit.setMaximumSize(QSize(180, 16777215))

        self.identity_layout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.issued_date_edit)

        self.title_label = QLabel(derivation_identity_page)
        self.title_label.setObjectName(u"title_label")

        self.identity_layout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.title_label)

        self.title_edit = QLineEdit(derivation_identity_page)
        self.title_edit.setObjectName(u"title_edit")

        self.identity_layout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.title_edit)

        self.title_warning_label = QLabel(derivation_identity_page)
        self.title_warning_label.setObjectName(u"title_warning_label")
        self.title_warning_label.setText(u"")
        self.title_warning_label.setWordWrap(True)
        self.title_warning_label.setStyleSheet(u"color: #b00020;")

        self.identity_layout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.title_warning_label)

        self.directing_doc_label = QLabel(derivation_identity_page)
        self.directing_doc_label.setObjectName(u"directing_doc_label")

        self.identity_layout.setWidget(6, QFormLayout.ItemRole.LabelRole, self.directing_doc_label)

        self.directing_doc_edit = QLineEdit(derivation_identity_page)
        self.directing_doc_edit.setObjectName(u"directing_doc_edit")

        self.identity_layout.setWidget(6, QFormLayout.ItemRole.FieldRole, self.directing_doc_edit)

#if QT_CONFIG(shortcut)
        self.template_label.setBuddy(self.template_combo)
        self.year_label.setBuddy(self.year_spin)
        self.number_label.setBuddy(self.number_edit)
        self.issued_label.setBuddy(self.issued_date_edit)
        self.title_label.setBuddy(self.title_edit)
        self.directing_doc_label.setBuddy(self.directing_doc_edit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(derivation_identity_page)

        QMetaObject.connectSlotsByName(derivation_identity_page)
    # setupUi

    def retranslateUi(self, derivation_identity_page):
        derivation_identity_page.setTitle(QCoreApplication.translate("DerivationIdentityPage", u"Th\u00f4ng tin k\u1ebf ho\u1ea1ch c\u1ee7a x\u00e3", None))
        derivation_identity_page.setSubTitle(QCoreApplication.translate("DerivationIdentityPage", u"Ch\u1ecdn k\u1ebf ho\u1ea1ch c\u1ee7a t\u1ec9nh l\u00e0m c\u0103n c\u1ee9, r\u1ed3i ghi n\u0103m, s\u1ed1 hi\u1ec7u, ng\u00e0y ban h\u00e0nh v\u00e0 tr\u00edch y\u1ebfu c\u1ee7a k\u1ebf ho\u1ea1ch c\u1ee7a x\u00e3.", None))
        self.template_label.setText(QCoreApplication.translate("DerivationIdentityPage", u"&K\u1ebf ho\u1ea1ch c\u1ee7a t\u1ec9nh:", None))
        self.year_label.setText(QCoreApplication.translate("DerivationIdentityPage", u"&N\u0103m k\u1ebf ho\u1ea1ch:", None))
        self.number_label.setText(QCoreApplication.translate("DerivationIdentityPage", u"&S\u1ed1, k\u00fd hi\u1ec7u:", None))
        self.number_edit.setPlaceholderText(QCoreApplication.translate("DerivationIdentityPage", u"V\u00ed d\u1ee5: 15/KH-UBND (c\u00f3 th\u1ec3 ghi sau)", None))
        self.issued_label.setText(QCoreApplication.translate("DerivationIdentityPage", u"Ng\u00e0y &ban h\u00e0nh:", None))
        self.issued_date_edit.setSpecialValueText(QCoreApplication.translate("DerivationIdentityPage", u"(ch\u01b0a ban h\u00e0nh)", None))
        self.title_label.setText(QCoreApplication.translate("DerivationIdentityPage", u"&Tr\u00edch y\u1ebfu:", None))
        self.directing_doc_label.setText(QCoreApplication.translate("DerivationIdentityPage", u"V\u0103n b\u1ea3n &ch\u1ec9 \u0111\u1ea1o:", None))
    # retranslateUi

