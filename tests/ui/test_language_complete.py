"""Every visible text follows a language switch at run time (issue 31): after DE→EN the
goal form still said "SMART-Prüfung" and German bond types, after EN→DE the data section
"Suggested: 5 months" and English row counts. The test visits every section and tab of a
window started in one language and of a window switched to it, on the same demo plan, and
compares what the user can read; and no German screen shows an English catalogue text."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QAbstractButton, QAbstractItemView, QComboBox, QGroupBox, QLabel, QLineEdit, QTabWidget

from planner.demo.project import fresh_demo_copy
from ui.parts.tasks import wait_until_idle
from ui.undo.document import ProjectDocument

CATALOGUE = Path(__file__).resolve().parents[2] / "resources" / "translations" / "retention_planner_de.ts"
# a clock time differs between two windows made a minute apart, in any language
CLOCK = re.compile(r"\d{1,2}[./]\d{1,2}[./]\d{2,4},? \d{1,2}:\d{2}|\d{4}-\d{2}-\d{2}[ T]\d{2}:\d{2}")


def visible_texts(window) -> set[str]:
    out: set[str] = set()

    def add(text: str) -> None:
        if text and not CLOCK.search(text):
            out.add(text)

    for label in window.findChildren(QLabel):
        if label.isVisibleTo(window):
            add(label.text())
    for button in window.findChildren(QAbstractButton):
        if button.isVisibleTo(window):
            add(button.text())
    for box in window.findChildren(QGroupBox):
        if box.isVisibleTo(window):
            add(box.title())
    for tabs in window.findChildren(QTabWidget):
        if tabs.isVisibleTo(window):
            for i in range(tabs.count()):
                add(tabs.tabText(i))
    for combo in window.findChildren(QComboBox):
        if combo.isVisibleTo(window):
            for i in range(combo.count()):
                add(combo.itemText(i))
    for edit in window.findChildren(QLineEdit):
        if edit.isVisibleTo(window):
            add(edit.placeholderText())
    for view in window.findChildren(QAbstractItemView):
        model = view.model()
        if model is None or not view.isVisibleTo(window):
            continue
        try:
            columns = model.columnCount(QModelIndex())
        except TypeError:  # a list model hides columnCount
            columns = 1
        for column in range(columns):
            add(str(model.headerData(column, Qt.Orientation.Horizontal) or ""))
        for row in range(min(model.rowCount(QModelIndex()), 30)):
            for column in range(columns):
                value = model.index(row, column).data()
                if isinstance(value, str):
                    add(value)
    for row in range(window.nav.count()):
        add(window.nav.item(row).text())
    return out


def every_section(window, qapp) -> dict[str, set[str]]:
    seen: dict[str, set[str]] = {}
    for key in list(window.panels):
        window.show_section(key)
        panel = window.panels[key]
        for tabs in panel.findChildren(QTabWidget):  # the same walk in every window
            tabs.setCurrentIndex(0)
        wait_until_idle(panel)
        qapp.processEvents()
        texts = visible_texts(window)
        for tabs in panel.findChildren(QTabWidget):
            for i in range(tabs.count()):
                if tabs.isTabEnabled(i):
                    tabs.setCurrentIndex(i)
                    wait_until_idle(panel)
                    qapp.processEvents()
                    texts |= visible_texts(window)
        seen[key] = texts
    return seen


def window_in(qtbot, qapp, make_app, start: str, shown: str) -> dict[str, set[str]]:
    """Every section's texts of a window started in `start` and then switched to `shown`
    (the demo plan is in `shown`'s language in both cases, so its contents match)."""
    window = make_app(language=start).window  # the fixture puts English back afterwards
    window.set_document(ProjectDocument(fresh_demo_copy(shown)), remember=False)
    window.resize(1400, 900)
    window.show()
    every_section(window, qapp)  # every view built and filled (in the first language)
    if start != shown:
        window.menus.language_actions[shown].trigger()
        qtbot.waitUntil(lambda: window.nav.item(0).text() == ("Übersicht" if shown == "de" else "Overview"))
    texts = every_section(window, qapp)
    window.close()
    return texts


def english_sources() -> set[str]:
    """The catalogue's English texts whose German differs."""
    root = ET.parse(CATALOGUE).getroot()
    return {
        m.findtext("source") or ""
        for m in root.iter("message")
        if (m.findtext("translation") or "") and m.findtext("translation") != m.findtext("source")
    }


@pytest.mark.parametrize("shown", ["de", "en"])
def test_every_visible_text_follows_a_switch(qtbot, qapp, make_app, shown: str) -> None:
    fresh = window_in(qtbot, qapp, make_app, shown, shown)
    switched = window_in(qtbot, qapp, make_app, "en" if shown == "de" else "de", shown)
    stale = {key: sorted(switched[key] - fresh[key]) for key in switched if switched[key] - fresh[key]}
    assert stale == {}
    if shown == "de":
        english = english_sources()
        left_english = {key: sorted(texts & english) for key, texts in fresh.items() if texts & english}
        assert left_english == {}
        # dates as German writes them: the RFM list showed ISO dates
        iso = re.compile(r"\b\d{4}-\d{2}-\d{2}\b")
        iso_dates = {key: sorted(t for t in texts if iso.search(t))[:5] for key, texts in fresh.items()}
        assert {key: found for key, found in iso_dates.items() if found} == {}
