"""Issue 27, participant lists, in the German window: a loyalty-card export
(E-Mail;Beitritt;Kartennummer, German dates) imported into a measure of a shop whose
customers are e-mails typed in any letter case. The e-mails are matched without case, the
card numbers are not taken, the header is no customer, and the panel says in German how many
participants are not in the data and why, with the whole list a click away."""

from __future__ import annotations

import os
from datetime import date, timedelta
from pathlib import Path
from random import Random

import pytest
from PySide6.QtGui import QGuiApplication

from planner.goals import goal_table as g
from planner.model import Measure
from planner.sales.file_import import import_file
from planner.sales.storage import append_import
from planner.store import ProjectStore

# 100 shop customers from October 2023 to September 2025, each buying every 3 to 10 weeks
# until a seeded day on which some stop; the e-mail written as the customer typed it (upper,
# title or lower case by turns)
CUSTOMERS = [f"kunde{i:03d}@beispiel.de" for i in range(100)]


def _typed(mail: str, i: int) -> str:
    return mail.upper() if i % 3 == 0 else mail.title() if i % 3 == 1 else mail


@pytest.fixture
def shop_project(tmp_path: Path) -> Path:
    random = Random(27)
    sales = tmp_path / "shop.csv"
    lines = ["E-Mail;Bestelldatum;Betrag"]
    for n, mail in enumerate(CUSTOMERS):
        day = date(2023, 10, 1) + timedelta(days=random.randrange(60))
        stop = date(2025, 9, 28) - timedelta(days=random.choice([0, 0, 0, 90, 200, 400]))
        while day < stop:
            lines.append(f"{_typed(mail, n + day.month)};{day:%d.%m.%Y};{random.randrange(15, 90)},90")
            day += timedelta(days=random.randrange(21, 70))
    sales.write_text("\n".join(lines) + "\n", encoding="utf-8")
    _raw, _mapping, table, report = import_file(sales)
    path = tmp_path / "laden.rplan"
    store = ProjectStore.create(path)
    append_import(store, table, report)
    g.MEASURES.insert(store, Measure(title="Kundenkarte", start="2025-04-01", status="active"))
    store.close()
    return path


def _members(path: Path) -> Path:
    """The loyalty system's export: 41 members. 36 are shop customers (their e-mails in
    other letter cases and with blanks around them), 1 of them with a join date nobody can
    read (31 February); 3 have never bought; 1 row has the card number in the e-mail column
    (the member gave no address), a customer number where the shop knows e-mails; 1 row has
    no e-mail at all (and is no participant)."""
    rows = ["E-Mail;Beitritt;Kartennummer"]
    for i in range(36):
        rows.append(f" {CUSTOMERS[i].upper() if i % 2 else CUSTOMERS[i]} ;{1 + i % 28:02d}.04.2025;{700100 + i}")
    rows.append(f"{CUSTOMERS[36]};31.02.2025;700136")
    rows += [f"neu{i}@example.org;05.04.2025;{700200 + i}" for i in range(3)]
    rows.append("700300;06.04.2025;700300")
    rows.append(";07.04.2025;700301")  # no e-mail at all: no participant, but said
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")
    return path


def _judged(qtbot, panel) -> None:
    qtbot.waitUntil(lambda: panel._task is not None and not panel.busy(), timeout=60_000)


def test_a_loyalty_export_in_the_german_window(qtbot, make_app, shop_project: Path, tmp_path: Path) -> None:
    window = make_app(shop_project, language="de").window
    window.resize(1280, 800)
    window.show_section("effectiveness")
    panel = window.panels["effectiveness"]
    _judged(qtbot, panel)
    measure_id = panel.selected_id()
    panel.participant_actions.import_participants_from(_members(tmp_path / "kundenkarte.csv"))
    _judged(qtbot, panel)
    detail = panel.detail

    # the list, and what was read from where
    assert detail.participants.text() == (
        "Teilnehmer: eine Liste mit 41 Kunden, jeder ab seinem Beitrittsdatum beurteilt.\n"
        "41 Teilnehmer aus der Spalte „E-Mail“ gelesen, Beitrittsdaten aus der Spalte „Beitritt“; "
        "37 davon sind in den Verkaufsdaten; ausgelassene Zeilen (in dieser Spalte leer): 1."
    )
    box = detail.not_found
    assert box.isVisible()
    assert box.text.text() == (
        "<b>4 von 41 Teilnehmern sind nicht in den Daten:</b><br>"
        "• eine Kundennummer, aber die Verkaufsdaten führen Kunden nach E-Mail-Adresse: 1<br>"
        "• kein Kauf in den Verkaufsdaten: 3<br>"
        "<b>1 Teilnehmer ist in den Daten, bleibt aber außen vor: Das Beitrittsdatum ist nicht lesbar.</b>"
    )
    assert box.show_button.text() == "Liste anzeigen…"
    assert "aufgeführten Kunden" not in detail.warnings.text()  # said once, in the box

    # the whole list, grouped by reason
    box.show_button.click()
    dialog = box.dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.windowTitle() == "Nicht beurteilte Teilnehmer"
    table = dialog.table
    headers = [table.horizontalHeaderItem(c).text() for c in range(3)]
    assert headers == ["Teilnehmer wie aufgeführt", "Grund", "Hinweis"]
    rows = [tuple(table.item(r, c).text() for c in range(3)) for r in range(table.rowCount())]
    assert rows == [
        ("700300", "eine Kundennummer, aber die Verkaufsdaten führen Kunden nach E-Mail-Adresse", ""),
        ("neu0@example.org", "kein Kauf in den Verkaufsdaten", ""),
        ("neu1@example.org", "kein Kauf in den Verkaufsdaten", ""),
        ("neu2@example.org", "kein Kauf in den Verkaufsdaten", ""),
        (CUSTOMERS[36], "Beitrittsdatum nicht lesbar", "Beitrittsdatum laut Liste: 31.02.2025"),
    ]
    shots = Path(os.environ.get("RP_SHOT_DIR", tmp_path))  # set it to keep the screenshots
    assert dialog.grab().save(str(shots / "participants_not_found_dialog_de.png"))
    dialog.copy_list()
    copied = QGuiApplication.clipboard().text().splitlines()
    assert copied[0] == "Teilnehmer wie aufgeführt\tGrund\tHinweis" and len(copied) == 6
    dialog.close()

    # saved in the project: e-mails lower case and trimmed, ISO join dates, the unreadable one as written
    store = ProjectStore.open(shop_project)
    try:
        saved = g.MEASURES.get(store, measure_id).participants.splitlines()
    finally:
        store.close()
    assert len(saved) == 41
    assert saved[0] == f"{CUSTOMERS[0]};2025-04-01"
    assert saved[1] == f"{CUSTOMERS[1]};2025-04-02"  # was upper case in the list
    assert saved[36] == f"{CUSTOMERS[36]};31.02.2025"
    assert saved[-1] == "700300;2025-04-06"
    assert not any("kartennummer" in line.lower() or line.startswith("e-mail") for line in saved)

    # the panel in German at a small and a large window: nothing clipped, no English words
    for width, height in ((900, 600), (1600, 900)):
        window.resize(width, height)
        qtbot.waitUntil(lambda w=width, h=height: (window.width(), window.height()) == (w, h))
        _judged(qtbot, panel)
        assert box.text.width() > 200 and box.show_button.isVisible()
        hint = box.show_button.sizeHint()
        assert box.show_button.width() >= hint.width() and box.show_button.height() >= hint.height() - 2
        assert window.grab().save(str(shots / f"participants_de_{width}x{height}.png"))
    for text in (box.text.text(), detail.participants.text(), detail.sentence.text(), detail.missing.text()):
        for english in ("participants", "customers", "not in the", "purchase", "join date"):
            assert english not in text, text


def test_an_unreadable_list_says_so_in_german(qtbot, make_app, shop_project: Path, tmp_path: Path, monkeypatch) -> None:
    window = make_app(shop_project, language="de").window
    window.show_section("effectiveness")
    panel = window.panels["effectiveness"]
    _judged(qtbot, panel)
    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(
        "ui.texts.errors.show_error", lambda _parent, title, message, details="": shown.append((title, message))
    )
    broken = tmp_path / "kundenkarte.xlsx"
    broken.write_bytes(b"kein Excel")
    names = tmp_path / "namen.csv"
    names.write_text("Name;Ort\nAnna Meier;Berlin Mitte\nBen Bauer;Köln Süd\n", encoding="utf-8")
    before = g.MEASURES.get(window.doc.store, panel.selected_id()).participants
    panel.participant_actions.import_participants_from(broken)
    panel.participant_actions.import_participants_from(names)
    assert shown == [
        (
            "Die Teilnehmerliste kann nicht gelesen werden",
            "kundenkarte.xlsx ist beschädigt oder nicht wirklich vom Dateityp, den der Name angibt.\n\n"
            "Öffnen Sie sie in Excel oder LibreOffice und speichern Sie sie neu, oder exportieren Sie sie als CSV.",
        ),
        (
            "Die Teilnehmerliste kann nicht gelesen werden",
            "namen.csv: Keine Spalte enthält Kundennummern oder E-Mail-Adressen (eine je Zeile). Spalten: Name, Ort. "
            "Exportieren Sie die Liste mit der Kundennummer oder der E-Mail-Adresse jedes Teilnehmers.",
        ),
    ]
    assert g.MEASURES.get(window.doc.store, panel.selected_id()).participants == before  # nothing changed


def test_the_same_list_in_english(qtbot, make_app, shop_project: Path, tmp_path: Path) -> None:
    window = make_app(shop_project, language="en").window
    window.show_section("effectiveness")
    panel = window.panels["effectiveness"]
    _judged(qtbot, panel)
    panel.participant_actions.import_participants_from(_members(tmp_path / "members.csv"))
    _judged(qtbot, panel)
    assert panel.detail.not_found.text.text() == (
        "<b>4 of 41 participants are not in the data:</b><br>"
        "• a customer number, but the sales data knows customers by e-mail: 1<br>"
        "• no purchase in the sales data: 3<br>"
        "<b>1 participant is in the data but left out: the join date cannot be read.</b>"
    )
    assert panel.detail.participants.text().endswith(
        "41 participants read from the column “E-Mail”, join dates from the column “Beitritt”; "
        "37 of them are in the sales data; rows left out, empty in that column: 1."
    )
    panel.detail.clear_button.click()  # no list: no box
    _judged(qtbot, panel)
    assert panel.detail.not_found.isHidden()
