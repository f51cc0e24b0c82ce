"""CommuneProfileDialog: edit the commune's names, signers, report recipient and deadline; saves via the service."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from PySide6.QtWidgets import QDialogButtonBox, QWidget

from xa_planner.domain.commune import CommuneProfile
from xa_planner.domain.periods import Period
from xa_planner.gui.forms.commune_profile_dialog_ui import Ui_CommuneProfileDialog
from xa_planner.gui.widgets.translated_dialog import TranslatedDialog
from xa_planner.localization import N_, _, format_date
from xa_planner.services.errors import ServiceError

_UNIT_KINDS = (("xã", N_("Xã")), ("phường", N_("Phường")))
def default_issuing_body(unit_kind: str, commune_name: str) -> str:
    """"ỦY BAN NHÂN DÂN XÃ VĨNH THỦY" from the kind and name, as CommuneProfile.with_defaults does."""
    return CommuneProfile(unit_kind=unit_kind, commune_name=commune_name.strip()).with_defaults().issuing_body


def default_police_chief_title(unit_kind: str) -> str:
    """"TRƯỞNG CÔNG AN XÃ" or "… PHƯỜNG", as CommuneProfile.with_defaults writes it."""
    return CommuneProfile(unit_kind=unit_kind).with_defaults().police_chief_title


def data_window_hint(today: dt.date, deadline_day: int, start_day: int) -> str:
    """One sentence showing what the two day numbers mean for this month's report."""
    period = Period.containing(today)
    start, end = period.data_window(start_day)
    return _("Ví dụ: báo cáo tháng {month} tính số liệu từ {start} đến {end}, gửi trước ngày {deadline}.").format(
        month=f"{period.month:02d}/{period.year}",
        start=format_date(start),
        end=format_date(end),
        deadline=format_date(period.deadline(deadline_day, start_day)),
    )


class CommuneProfileDialog(TranslatedDialog):
    _ui: Ui_CommuneProfileDialog

    def __init__(self, commune_service, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._commune = commune_service
        self._saved: CommuneProfile | None = None
        self._ui = Ui_CommuneProfileDialog()
        self._ui.setupUi(self)
        self._fill_unit_kinds()
        self._original = commune_service.profile()
        self._show(self._original.with_defaults())
        self._ui.commune_name_edit.textEdited.connect(self._on_name_edited)
        self._ui.unit_kind_combo.currentIndexChanged.connect(self._on_name_edited)
        self._ui.police_chief_title_edit.textEdited.connect(self._on_chief_title_edited)
        self._ui.report_deadline_day_spin.valueChanged.connect(self._update_window_hint)
        self._ui.data_window_start_day_spin.valueChanged.connect(self._update_window_hint)
        self._ui.button_box.accepted.connect(self._on_button_box_accepted)
        self._ui.button_box.rejected.connect(self.reject)
        self._update_window_hint()
        self.remember_input()

    @classmethod
    def ask(cls, parent: QWidget | None, commune_service) -> CommuneProfile | None:
        """Show the dialog; the saved profile, or None when the officer cancelled."""
        dialog = cls(commune_service, parent)
        dialog.exec()
        return dialog.saved_profile()

    def saved_profile(self) -> CommuneProfile | None:
        return self._saved

    def _fill_unit_kinds(self) -> None:
        combo = self._ui.unit_kind_combo
        chosen = max(0, combo.currentIndex())
        combo.blockSignals(True)
        combo.clear()
        for value, label in _UNIT_KINDS:
            combo.addItem(_(label), value)
        combo.setCurrentIndex(chosen)
        combo.blockSignals(False)

    def _show(self, profile: CommuneProfile) -> None:
        ui = self._ui
        ui.unit_kind_combo.setCurrentIndex(max(0, ui.unit_kind_combo.findData(profile.unit_kind)))
        ui.commune_name_edit.setText(profile.commune_name)
        ui.province_name_edit.setText(profile.province_name)
        ui.issuing_body_edit.setText(profile.issuing_body)
        ui.place_name_edit.setText(profile.place_name)
        ui.signing_authority_edit.setText(profile.signing_authority)
        ui.chair_title_edit.setText(profile.chair_title)
        ui.chair_name_edit.setText(profile.chair_name)
        ui.report_deadline_day_spin.setValue(profile.report_deadline_day)
        ui.data_window_start_day_spin.setValue(profile.data_window_start_day)
        ui.report_recipient_email_edit.setText(profile.report_recipient_email)
        ui.police_chief_title_edit.setText(profile.police_chief_title)
        ui.police_chief_name_edit.setText(profile.police_chief_name)
        ui.report_recipient_unit_edit.setText(profile.report_recipient_unit)
        ui.report_recipient_code_edit.setText(profile.report_recipient_code)
        self._auto_chief = profile.police_chief_title == default_police_chief_title(profile.unit_kind)
        self._auto_body = profile.issuing_body == default_issuing_body(profile.unit_kind, profile.commune_name)
        self._auto_place = profile.place_name in ("", profile.commune_name)

    def _on_name_edited(self, *_args) -> None:
        """Keep the issuing body, place and chief's title in step until the officer edits them."""
        ui = self._ui
        name = ui.commune_name_edit.text().strip()
        if self._auto_body or not ui.issuing_body_edit.text().strip():
            ui.issuing_body_edit.setText(default_issuing_body(ui.unit_kind_combo.currentData(), name))
            self._auto_body = True
        if self._auto_chief or not ui.police_chief_title_edit.text().strip():
            ui.police_chief_title_edit.setText(default_police_chief_title(ui.unit_kind_combo.currentData()))
            self._auto_chief = True
        if self._auto_place or not ui.place_name_edit.text().strip():
            ui.place_name_edit.setText(name)
            self._auto_place = True

    def _on_chief_title_edited(self, _text: str) -> None:
        self._auto_chief = False  # the officer's own wording stays when the unit kind changes

    def _update_window_hint(self, *_args) -> None:
        self._ui.data_window_hint_label.setText(
            data_window_hint(
                dt.date.today(), self._ui.report_deadline_day_spin.value(), self._ui.data_window_start_day_spin.value()
            )
        )

    def edited_profile(self) -> CommuneProfile:
        """The profile as the form shows it now (not yet saved)."""
        ui = self._ui
        return replace(
            self._original,
            commune_name=ui.commune_name_edit.text().strip(),
            province_name=ui.province_name_edit.text().strip(),
            unit_kind=ui.unit_kind_combo.currentData(),
            issuing_body=ui.issuing_body_edit.text().strip(),
            place_name=ui.place_name_edit.text().strip(),
            signing_authority=ui.signing_authority_edit.text().strip(),
            chair_title=ui.chair_title_edit.text().strip(),
            chair_name=ui.chair_name_edit.text().strip(),
            report_deadline_day=ui.report_deadline_day_spin.value(),
            data_window_start_day=ui.data_window_start_day_spin.value(),
            report_recipient_email=ui.report_recipient_email_edit.text().strip(),
            police_chief_title=ui.police_chief_title_edit.text().strip(),
            police_chief_name=ui.police_chief_name_edit.text().strip(),
            report_recipient_unit=ui.report_recipient_unit_edit.text().strip(),
            report_recipient_code=ui.report_recipient_code_edit.text().strip(),
        )

    def _on_button_box_accepted(self) -> None:
        profile = self.edited_profile()
        try:  # the service checks the profile and says what is wrong in one sentence
            self._saved = self._commune.save_profile(profile)
        except ServiceError as err:
            self._ui.error_label.setText(str(err))
            return
        self.accept()

    def save_button(self):
        return self._ui.button_box.button(QDialogButtonBox.StandardButton.Save)

    def retranslate(self) -> None:
        super().retranslate()
        self._fill_unit_kinds()
        self._update_window_hint()
