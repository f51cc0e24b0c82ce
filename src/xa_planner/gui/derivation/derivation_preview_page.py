"""The derivation wizard's last page: the plan that Finish will create, with what needs a look."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QHeaderView, QWizardPage

from xa_planner.gui.derivation.derivation_choices import DerivationChoices
from xa_planner.gui.derivation.derivation_preview_model import DerivationPreviewModel
from xa_planner.gui.derivation.derivation_units_model import office_name
from xa_planner.gui.forms.derivation_preview_page_ui import Ui_DerivationPreviewPage
from xa_planner.gui.widgets.table_views import configure_table
from xa_planner.localization import _, format_number, ngettext

_WIDTHS = {0: 60, 1: 380, 2: 170, 3: 170, 4: 120, 5: 90, 6: 180, 7: 180}

if TYPE_CHECKING:  # the derivation service loads with the wizard, not with this module
    from xa_planner.services.derivation_service import DerivationResult


class DerivationPreviewPage(QWizardPage):
    _ui: Ui_DerivationPreviewPage

    def __init__(self, derivation, commune, state: DerivationChoices, parent=None) -> None:
        super().__init__(parent)
        self._derivation = derivation
        self._commune = commune
        self._state = state
        self._result: DerivationResult | None = None
        self._ui = Ui_DerivationPreviewPage()
        self._ui.setupUi(self)
        self._model = DerivationPreviewModel(self)
        configure_table(self._ui.preview_table, self._model, widths=_WIDTHS)
        self._ui.preview_table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self._model.dataChanged.connect(self._on_wording_choice_changed)

    @property
    def model(self) -> DerivationPreviewModel:
        return self._model

    @property
    def result(self):
        return self._result

    def initializePage(self) -> None:  # noqa: N802
        state = self._state
        result = self._result = self._derivation.preview(state.request())
        names = {o.id: office_name(o) for o in self._commune.offices(include_retired=True)}
        self._model.set_preview(
            result.plan.tasks, names, result.flags, result.wordings, state.commune_wording_for, result.misread
        )
        self.set_busy(False)
        self._update_texts()

    def _on_wording_choice_changed(self, *_args) -> None:
        self._state.commune_wording_for = self._model.accepted_wordings()
        self._update_texts()

    def set_busy(self, busy: bool) -> None:
        self._ui.status_label.setText(_("Đang tạo kế hoạch…") if busy else "")

    def _update_texts(self) -> None:
        result = self._result
        if result is None:
            return
        no_lead = sum(1 for codes in result.flags.values() if "no_lead" in codes)
        self._ui.summary_label.setText(
            _("«{title}»: {tasks} nhiệm vụ trong {sections} mục; {no_lead} nhiệm vụ chưa có đơn vị chủ trì.").format(
                title=result.plan.title,
                tasks=format_number(len(result.plan.tasks)),
                sections=format_number(len(result.plan.sections)),
                no_lead=format_number(no_lead),
            )
            + _past_deadlines_text(result, self._state.year)
            + _province_voice_text(self._model.in_province_voice())
            + _misread_text(len(result.misread))
        )
        unmapped = "; ".join(result.unmapped)
        self._ui.unmapped_label.setText(
            _("Cơ quan của tỉnh không giao cho đơn vị nào của xã: {units}").format(units=unmapped) if unmapped else ""
        )
        self._ui.unmapped_label.setVisible(bool(unmapped))

    def retranslate(self) -> None:
        self._ui.retranslateUi(self)
        self._model.retranslate()
        self._update_texts()


def _past_deadlines_text(result, year: int) -> str:
    """" 9 thời hạn trước năm 2026 đã dời sang năm 2026.", or that they were kept, or nothing."""
    count = len(result.past_deadlines)
    if not count:
        return ""
    if result.deadlines_shifted:
        text = ngettext(
            "{n} thời hạn trước năm {year} được dời sang năm {year}.",
            "{n} thời hạn trước năm {year} được dời sang năm {year}.",
            count,
        )
    else:
        text = ngettext(
            "{n} thời hạn trước năm {year} được giữ nguyên: các nhiệm vụ đó quá hạn ngay khi tạo.",
            "{n} thời hạn trước năm {year} được giữ nguyên: các nhiệm vụ đó quá hạn ngay khi tạo.",
            count,
        )
    return " " + text.format(n=format_number(count), year=year)


def _province_voice_text(count: int) -> str:
    if not count:
        return ""
    text = ngettext(
        "{n} nhiệm vụ còn lời văn của tỉnh: đánh dấu ở cột “Lời văn cho xã” để dùng lời văn gợi ý.",
        "{n} nhiệm vụ còn lời văn của tỉnh: đánh dấu ở cột “Lời văn cho xã” để dùng lời văn gợi ý.",
        count,
    )
    return " " + text.format(n=format_number(count))


def _misread_text(count: int) -> str:
    if not count:
        return ""
    text = ngettext(
        "{n} mục hoặc nhiệm vụ có chữ có vẻ bị nhận dạng sai (mất dấu): hãy sửa trên trang Kế hoạch trước khi in.",
        "{n} mục hoặc nhiệm vụ có chữ có vẻ bị nhận dạng sai (mất dấu): hãy sửa trên trang Kế hoạch trước khi in.",
        count,
    )
    return " " + text.format(n=format_number(count))
