"""The choice a new plan starts from. It only says what was chosen; the window asks for
the file name afterwards and fills the plan (`planner.templates.start_plan`).

A template file that cannot be read is not silently missing from the list: the dialog
names it, so whoever added it learns why it is not offered."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from planner.templates import Template, TemplateError, available_templates
from ui.parts.widgets import HintLabel

EMPTY = "empty"


@dataclass(frozen=True)
class PlanStart:
    template: Template | None  # None: an empty plan with the seven buying-cycle stages


class TemplateDialog(QDialog):
    def __init__(
        self,
        language: str,
        templates: list[Template] | None = None,
        problems: list[TemplateError] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("new_plan_choice")
        self.setWindowTitle(self.tr("New plan"))
        if templates is None:
            templates, problems = available_templates()
        self.language = language
        self.templates = {t.key: t for t in templates}
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "Start from an empty plan or from a template for your kind of business. "
                "Everything it brings can be renamed, changed or deleted afterwards."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.group = QButtonGroup(self)
        self.buttons: dict[str, QRadioButton] = {}
        self._option(
            layout, EMPTY, self.tr("Empty plan"), self.tr("The seven stages of the buying cycle, nothing else.")
        )
        for template in templates:
            self._option(layout, template.key, template.name(language), template.summary(language))
        self.buttons[EMPTY].setChecked(True)
        self.preview = HintLabel()
        self.preview.setObjectName("template_preview")
        layout.addSpacing(6)
        layout.addWidget(self.preview)
        if problems:
            damaged = QLabel(
                self.tr("Not offered because the file is damaged: %1").replace(
                    "%1", ", ".join(str(p.params.get("file", "")) for p in problems)
                )
            )
            damaged.setObjectName("damaged_templates")
            damaged.setWordWrap(True)
            damaged.setToolTip("\n\n".join(str(p) for p in problems))
            layout.addWidget(damaged)
        box = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        box.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Continue…"))
        box.accepted.connect(self.accept)
        box.rejected.connect(self.reject)
        layout.addWidget(box)
        self.group.buttonToggled.connect(lambda *_: self._show_preview())
        self._show_preview()
        self.setMinimumWidth(680)  # each line on one line at 1366 x 768

    def _option(self, layout: QVBoxLayout, key: str, name: str, summary: str) -> None:
        button = QRadioButton(name)
        button.setObjectName(f"template_{key}")
        font = button.font()
        font.setBold(True)
        button.setFont(font)
        self.group.addButton(button)
        self.buttons[key] = button
        detail = _Detail(button)
        detail.setText(summary)
        detail.setContentsMargins(24, 0, 0, 4)
        layout.addWidget(button)
        layout.addWidget(detail)

    def chosen(self) -> PlanStart:
        for key, button in self.buttons.items():
            if button.isChecked():
                return PlanStart(self.templates.get(key))
        return PlanStart(None)

    def choose(self, key: str) -> None:
        self.buttons[key].setChecked(True)

    def _show_preview(self) -> None:
        template = self.chosen().template
        if template is None:
            self.preview.setText(self.tr("An empty plan: you add personas, touchpoints, goals and measures yourself."))
            return
        self.preview.setText(
            self.tr("Stages: %1\nTouchpoints: %2 · Personas: %3 · Goals: %4 · Measures: %5")
            .replace("%1", " → ".join(template.stage_names(self.language)))
            .replace("%2", str(len(template.touchpoints)))
            .replace("%3", str(len(template.personas)))
            .replace("%4", str(len(template.goals)))
            .replace("%5", str(len(template.measures)))
        )


class _Detail(HintLabel):
    """The line under an option: clicking it chooses the option, as clicking its name does."""

    def __init__(self, button: QRadioButton) -> None:
        super().__init__()
        self._button = button

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self._button.setChecked(True)
        super().mouseReleaseEvent(event)


def choose_start(parent: QWidget | None, language: str) -> PlanStart | None:
    """What a new plan starts from, or None when the user cancelled."""
    dialog = TemplateDialog(language, parent=parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return dialog.chosen()
