"""Unexpected errors reach the log file and one dialog with the details; never silence."""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QMessageBox

from ui.texts import errors


def test_unexpected_error_is_logged_and_shown(qtbot, monkeypatch, tmp_path) -> None:
    log = tmp_path / "app.log"
    monkeypatch.setattr(errors, "log_file", lambda: log)
    import logging

    handler = logging.FileHandler(log, encoding="utf-8")
    logging.getLogger().addHandler(handler)
    shown: list[tuple[str, str]] = []

    def fake_exec(box: QMessageBox) -> int:
        shown.append((box.text(), box.detailedText()))
        return 0

    monkeypatch.setattr(QMessageBox, "exec", fake_exec)
    try:
        raise ZeroDivisionError("boom in a slot")
    except ZeroDivisionError:
        errors.show_unexpected(*sys.exc_info())
    handler.flush()
    logging.getLogger().removeHandler(handler)
    assert len(shown) == 1
    text, details = shown[0]
    assert "confirmed changes are saved" in text and str(log) in text
    assert "ZeroDivisionError: boom in a slot" in details
    assert "boom in a slot" in log.read_text(encoding="utf-8")


def test_unattended_run_ends_with_one_line_instead_of_a_dialog(monkeypatch, capsys, tmp_path) -> None:
    # --screenshot once hung forever on an error dialog nobody could click
    monkeypatch.setattr(errors, "INTERACTIVE", False)
    monkeypatch.setattr(errors, "log_file", lambda: tmp_path / "app.log")
    exits: list[int] = []
    monkeypatch.setattr(errors.os, "_exit", exits.append)
    monkeypatch.setattr(QMessageBox, "exec", lambda box: (_ for _ in ()).throw(AssertionError("dialog shown")))
    try:
        raise TypeError("bad argument")
    except TypeError:
        errors.show_unexpected(*sys.exc_info())
    assert exits == [3]
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "TypeError: bad argument" in err


def test_a_planner_error_escaping_a_slot_is_a_plain_message(qtbot, monkeypatch) -> None:
    # a record a colleague deleted a moment ago: the user's words, not "Unexpected error"
    from PySide6.QtWidgets import QApplication

    from planner.records import record_gone

    monkeypatch.setattr(QMessageBox, "exec", lambda box: (_ for _ in ()).throw(AssertionError("blocking dialog")))
    errors.show_expected(record_gone("measure", 7))
    boxes = [w for w in QApplication.topLevelWidgets() if w.objectName() == "expected_error" and w.isVisible()]
    assert len(boxes) == 1
    assert "deleted meanwhile" in boxes[0].text() and "measure" in boxes[0].text()
    assert not boxes[0].detailedText()
    boxes[0].close()
