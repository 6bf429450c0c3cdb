"""The guide (F1): the five-step method, each section and every KPI's definition, in the
user's language, opened at the place that fits what the user is looking at.

The texts are HTML files beside the translations (resources/help/guide_<lang>.html), so a
writer can edit them without touching code; anchors are the section keys and `kpi-<key>`.
"""

from __future__ import annotations

from importlib import resources

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from ui.texts.dates import is_german


def guide_html(language: str) -> str:
    name = f"guide_{'de' if language == 'de' else 'en'}.html"
    return (resources.files("resources") / "help" / name).read_text(encoding="utf-8")


class GuideWindow(QDialog):
    """Not modal: the guide stays open beside the window while the user works."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("guide")
        self.setWindowFlag(Qt.WindowType.WindowContextHelpButtonHint, False)
        self.browser = QTextBrowser()
        self.browser.setOpenExternalLinks(False)
        self.browser.setOpenLinks(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser, 1)
        layout.addWidget(buttons)
        self.resize(640, 720)
        self._anchor = ""
        self._load()

    def _load(self) -> None:
        self.browser.setHtml(guide_html("de" if is_german() else "en"))
        self.setWindowTitle(self.tr("Retention Planner guide"))

    def show_at(self, anchor: str = "") -> None:
        self._anchor = anchor
        if anchor:
            self.browser.scrollToAnchor(anchor)
        else:
            self.browser.verticalScrollBar().setValue(0)
        self.show()
        self.raise_()
        self.activateWindow()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._load()
            if self._anchor:
                self.browser.scrollToAnchor(self._anchor)
        super().changeEvent(event)


def show_guide(parent: QWidget, anchor: str = "") -> GuideWindow:
    """The guide of `parent`'s window (one per window), scrolled to `anchor`."""
    window = parent.window()
    guide = window.findChild(GuideWindow, "guide")
    if guide is None:
        guide = GuideWindow(window)
    guide.show_at(anchor)
    return guide
