"""Issue 34's scripted workshop, run through the real window under Xvfb, for looking at it.

    xvfb-run -a -s "-screen 0 1920x1080x24" env QT_QPA_PLATFORM=xcb \
        .venv/bin/python tools/workshop_xvfb.py OUTDIR --lang de

The pytest version (tests/ui/ideas/test_workshop.py) checks the plan file offscreen; this
one exists for the pictures a facilitator's projector would show, at the three sizes the
issue names (and, while the timer runs, of every section in presentation mode), and it
drives the dialogs (template, measure choice) through their widgets
while they are really modal. Settings go to a temporary folder: the user's own settings
and recent files are never touched. Exit code 1 when a check fails, 2 on a crash.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
import traceback
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import (
    QCoreApplication,
    QElapsedTimer,
    QEvent,
    QPoint,
    QPointF,
    QSettings,
    QStandardPaths,
    Qt,
    QTimer,
)
from PySide6.QtGui import QWheelEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractSpinBox, QApplication, QComboBox, QDialog, QDialogButtonBox, QWidget

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))  # the ui and planner packages, imported where used

SIZES = ((1280, 720), (1366, 768), (1920, 1080))
TEMPLATE = "cafe"
NOTES = {  # column -> notes typed there (ten in all)
    "en": {
        0: ["Nobody knows us", "Sign at the bus stop", "Flyers at the station"],
        3: ["Queue at the till", "Card payment fails", "Pay by phone", "Receipt by e-mail"],
        -1: ["Regulars' card", "Birthday voucher", "Who calls after a purchase?"],
    },
    "de": {
        0: ["Keiner kennt uns", "Schild an der Bushaltestelle", "Flyer am Bahnhof"],
        3: ["Schlange an der Kasse", "Kartenzahlung scheitert", "Mit dem Handy zahlen", "Beleg per E-Mail"],
        -1: ["Stammkundenkarte", "Geburtstagsgutschein", "Wer ruft nach dem Kauf an?"],
    },
}
VOTES = ((0, [3, 7]), (1, [3, 3]), (2, [7, 0]))  # participant -> notes (index into the ten) dotted
PARTICIPANTS = ("Anna", "Ben", "Cem")


class Failed(AssertionError):
    pass


failures: list[str] = []


def check(ok: bool, what: str) -> None:
    if not ok:
        failures.append(what)
        print(f"  FAIL: {what}", flush=True)


def wait_for(condition: Callable[[], bool], what: str, limit_ms: int = 20_000) -> None:
    """Run the event loop until `condition` holds; the limit only guards against a hang."""
    clock = QElapsedTimer()
    clock.start()
    while not condition():
        if clock.elapsed() > limit_ms:
            raise Failed(f"timed out waiting for: {what}")
        QApplication.processEvents()
        QTest.qWait(10)  # lets timers and the X server's events arrive; the condition decides
    QApplication.processEvents()


def when_modal(kind: type, act: Callable[[QDialog], None]) -> list[bool]:
    """Polls (by timer, from inside the modal dialog's own event loop) for the dialog of
    `kind` and acts on it through its widgets. The list says whether it was handled."""
    done: list[bool] = []

    def poll() -> None:
        widget = QApplication.activeModalWidget()
        if isinstance(widget, kind) and widget.isVisible():
            done.append(True)
            act(widget)  # type: ignore[arg-type]
        else:
            QTimer.singleShot(20, poll)

    QTimer.singleShot(20, poll)
    return done


def click_ok(dialog: QDialog) -> None:
    box = dialog.findChild(QDialogButtonBox)
    QTest.mouseClick(box.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)


def settle(window, section: str | None = None) -> None:
    from ui.parts.tasks import wait_until_idle

    for _ in range(3):
        QApplication.processEvents()
        # what the window replaced with deleteLater goes, as the app's own event loop would do
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    panel = window.panels.get(section or window.current_section() or "")
    if panel is not None:
        wait_until_idle(panel)
    QApplication.processEvents()


def shoot(window, out: Path, name: str, size: tuple[int, int]) -> Path:
    settle(window, window.current_section())
    from tools.clipping import clipped_texts

    cut = clipped_texts(window)
    check(not cut, f"{name}: text cut off: {'; '.join(cut)}")
    picture = window.grab()
    path = out / name
    check(picture.save(str(path)), f"{name}: saved")
    check(
        (picture.width(), picture.height()) == size,
        f"{name}: picture is {picture.width()}x{picture.height()}, not {size[0]}x{size[1]}",
    )
    return path


def set_size(window, size: tuple[int, int]) -> None:
    """The window at `size`, held there: a geometry the window manager or a restore sends
    late would otherwise land after the resize."""
    held = [0]

    def at_size() -> bool:
        if (window.width(), window.height()) != size:
            held[0] = 0
            window.resize(*size)
            return False
        held[0] += 1
        return held[0] >= 20  # twenty event-loop rounds in a row

    wait_for(at_size, f"window at {size[0]}x{size[1]}")


def new_plan_from_template(window, folder: Path, name: str) -> None:
    from ui.templates.dialog import TemplateDialog

    path = folder / f"{name}.rplan"
    window._ask_new_path = lambda _title: path  # the file dialog only; the rest is File > New

    def choose(dialog: QDialog) -> None:
        button = dialog.findChild(QWidget, f"template_{TEMPLATE}")
        QTest.mouseClick(button, Qt.MouseButton.LeftButton, pos=QPoint(8, button.height() // 2))
        check(dialog.chosen().template is not None and dialog.chosen().template.key == TEMPLATE, "template chosen")
        click_ok(dialog)

    handled = when_modal(TemplateDialog, choose)
    window.menus.new_action.trigger()
    wait_for(lambda: bool(handled), "the template dialog")
    wait_for(lambda: window.doc is not None and Path(window.doc.store.path) == path, "the new plan open")


def type_notes(window, language: str) -> list[int]:
    panel = window.panels["ideas"]
    columns = panel.board.columns
    typed: list[str] = []
    for column, texts in NOTES[language].items():
        window.new_note_action.trigger()  # Ctrl+Shift+N: the window's own action
        wait_for(lambda: window.current_section() == "ideas", "the ideas board shown")
        panel.board.start_entry(columns[column].stage.id)
        entry = panel.board.entry
        wait_for(entry.text.isVisible, "the note entry")
        entry.text.setFocus()
        for text in texts:
            before = sum(len(c.cards) for c in panel.board.columns)
            QTest.keyClicks(entry.text, text)
            QTest.keyClick(entry.text, Qt.Key.Key_Return)
            wait_for(lambda b=before: sum(len(c.cards) for c in panel.board.columns) == b + 1, f"note {text!r}")
            typed.append(text)
        presenting = window.presentation.active
        state = f"entry visible={entry.text.isVisible()} focused={entry.text.hasFocus()}"
        QTest.keyClick(entry.text, Qt.Key.Key_Escape)  # ends the entry; must not end the presentation
        QApplication.processEvents()
        if presenting and not window.presentation.active:
            check(False, f"Esc ending the note entry (column {column}, {state}) also left presentation mode")
            window.menus.fullscreen_action.trigger()  # back in, so the rest of the workshop goes on
            wait_for(lambda: window.presentation.active, "presentation mode again")
            set_size(window, window.size().toTuple())
    by_text = {card.note.text: card.note.id for c in panel.board.columns for card in c.cards}
    check(len(by_text) == 10, f"ten notes on the board, found {len(by_text)}")
    return [by_text[t] for t in typed]


def drag_with_the_mouse(window, note_id: int, to_column: int) -> None:
    """A note dragged to another stage with the real pointer (xdotool on the X server): the
    drag runs Qt's own drag loop, which no synthetic event reaches. Checked on the board, in
    the plan file and as one undo step."""
    from planner.ideas.notes import notes

    board = window.panels["ideas"].board
    card = next(card for column in board.columns for card in column.cards if card.note.id == note_id)
    target = board.columns[to_column]
    board.ensureWidgetVisible(card)
    QApplication.processEvents()
    start = card.mapToGlobal(card.rect().center())
    end = target.mapToGlobal(QPoint(target.width() // 2, target.height() // 2))
    steps = [f"mousemove {start.x() + dx} {start.y() + dy} sleep 0.1" for dx, dy in ((6, 4), (14, 10))]
    middle = f"mousemove {(start.x() + end.x()) // 2} {(start.y() + end.y()) // 2} sleep 0.2"
    script = (
        f"mousemove {start.x()} {start.y()} sleep 0.3 mousedown 1 sleep 0.2 {' '.join(steps)} "
        f"{middle} mousemove {end.x()} {end.y()} sleep 0.4 mouseup 1"
    )
    undo_steps = window.doc.undo_stack.count()
    pointer = subprocess.Popen(["xdotool", *script.split()])
    wait_for(lambda: pointer.poll() is not None, "xdotool's drag")
    stage = target.stage.id
    wait_for(
        lambda: any(card.note.id == note_id for card in board.columns[to_column].cards),
        "the note in its new stage",
        limit_ms=10_000,
    )
    saved = {n.id: n.stage_id for n in notes(window.doc.store)}
    check(saved.get(note_id) == stage, f"the dragged note saved in its new stage ({saved.get(note_id)} != {stage})")
    check(window.doc.undo_stack.count() == undo_steps + 1, "the drag is one undo step")
    print(f"  dragged a note with the mouse to {target.stage.name!r}", flush=True)


def vote(window, ids: list[int]) -> None:
    panel = window.panels["ideas"]
    bar = panel.voting
    bar.participants.clear()
    bar.participants.setFocus()
    QTest.keyClicks(bar.participants, ", ".join(PARTICIPANTS))
    QTest.keyClick(bar.participants, Qt.Key.Key_Return)
    bar.dots.setFocus()
    bar.dots.selectAll()
    QTest.keyClicks(bar.dots, "2")
    QTest.keyClick(bar.dots, Qt.Key.Key_Return)
    wait_for(lambda: bar.voter.count() == 3 and bar.dots.value() == 2, "three participants with two dots")
    for who, notes in VOTES:
        bar.voter.setCurrentIndex(who)
        for index in notes:
            card = panel.board.card(ids[index])
            before = card.note.votes
            panel.board.ensureWidgetVisible(card)
            QTest.mouseClick(card.dot_button, Qt.MouseButton.LeftButton)
            wait_for(lambda i=ids[index], b=before: panel.board.card(i).note.votes == b + 1, "a dot given")
    ranking = [panel.ranking.item(i).text() for i in range(panel.ranking.count())]
    check(len(ranking) >= 3, f"the ranking lists the dotted notes: {ranking}")


def convert(window, ids: list[int]) -> None:
    from ui.ideas.measure_choice import MeasureChoiceDialog

    panel = window.panels["ideas"]
    for index, pick_catalogue in ((3, True), (4, False)):

        def choose(dialog: QDialog, catalogue: bool = pick_catalogue) -> None:
            dialog.list.setCurrentRow(1 if catalogue and dialog.list.count() > 1 else 0)
            click_ok(dialog)

        handled = when_modal(MeasureChoiceDialog, choose)
        check(panel.convert(ids[index], "measure"), f"note {index} turned into a measure")
        check(bool(handled), "the measure choice dialog answered")
    check(panel.convert(ids[7], "goal"), "note 7 turned into a goal")
    wait_for(
        lambda: sum(1 for c in panel.board.columns for card in c.cards if card.note.converted_kind) == 3,
        "three notes converted",
    )


def run_timer(window, out: Path, tag: str, size: tuple[int, int]) -> None:
    """The timer started on the ideas board, then every section presented in turn (Page
    Down): the timer on screen and counting on each, and a picture of each section."""
    from ui.main_window import SECTIONS

    timer = window.panels["ideas"].timer
    timer.minutes.setValue(3)
    QTest.mouseClick(timer.start_button, Qt.MouseButton.LeftButton)
    wait_for(lambda: timer.running and timer.left_ms() < 3 * 60_000, "the timer running down")
    check(timer.isVisible(), "the timer is on screen")
    window.show_section(SECTIONS[0][0])
    for number, (key, _factory) in enumerate(SECTIONS, start=1):
        if number > 1:
            window.presentation.next_action.trigger()  # Page Down
        wait_for(lambda k=key: window.current_section() == k, f"the {key} section")
        shoot(window, out, f"{tag}_s{number:02d}_{key}_presenting.png", size)
        check(timer.isVisible(), f"{key}: the timer on screen while presenting")
        check(timer.running, f"{key}: the timer still running")
    window.show_section("ideas")
    QTest.mouseClick(timer.start_button, Qt.MouseButton.LeftButton)
    wait_for(lambda: not timer.running, "the timer paused")


def wheel_over_goal_form(window, goal_id: int) -> None:
    """A wheel turn over unfocused drop-downs and spin boxes of the goal form: nothing changes."""
    window.show_section("goals")
    settle(window, "goals")
    panel = window.panels["goals"]
    panel.select("goal", goal_id)
    settle(window, "goals")
    form = panel.goal_form
    fields = [w for w in form.findChildren(QWidget) if isinstance(w, (QComboBox, QAbstractSpinBox)) and w.isVisible()]
    check(bool(fields), "the goal form shows drop-downs or spin boxes")
    window.activateWindow()
    panel.tree.setFocus()

    def unfocused() -> bool:
        focused = QApplication.focusWidget()
        return focused is None or not any(f is focused or f.isAncestorOf(focused) for f in fields)

    wait_for(unfocused, "the focus away from the form's fields")
    stack = window.doc.undo_stack

    def values() -> list[object]:
        return [w.currentText() if isinstance(w, QComboBox) else w.text() for w in fields]

    before, steps = values(), stack.count()
    for field in fields:
        centre = QPointF(field.width() / 2, field.height() / 2)
        for delta in (-120, -120, 120):
            event = QWheelEvent(
                centre,
                QPointF(field.mapToGlobal(centre.toPoint())),
                QPoint(0, 0),
                QPoint(0, delta),
                Qt.MouseButton.NoButton,
                Qt.KeyboardModifier.NoModifier,
                Qt.ScrollPhase.NoScrollPhase,
                False,
            )
            QApplication.sendEvent(field, event)
        QApplication.processEvents()
    check(values() == before, f"no value changed by the wheel ({len(fields)} fields): {before} -> {values()}")
    check(stack.count() == steps, f"no undo step added by the wheel ({steps} -> {stack.count()})")
    print(f"  wheel over {len(fields)} goal form fields: values and undo steps unchanged", flush=True)


def workshop(window, out: Path, folder: Path, language: str, size: tuple[int, int]) -> None:
    tag = f"{language}_{size[0]}x{size[1]}"
    print(f"[{tag}] new plan from the '{TEMPLATE}' template", flush=True)
    new_plan_from_template(window, folder, tag)
    set_size(window, size)
    window.raise_()
    window.activateWindow()  # as at a workshop: the window has the keyboard (shortcuts only work then)
    wait_for(window.isActiveWindow, "the window active")
    window.presentation.full_screen = False  # the picture has the size under test
    window.menus.fullscreen_action.trigger()  # F11
    wait_for(lambda: window.presentation.active, "presentation mode")
    set_size(window, size)
    ids = type_notes(window, language)
    shoot(window, out, f"{tag}_1_ideas_notes_presenting.png", size)
    drag_with_the_mouse(window, ids[1], 2)  # "Sign at the bus stop" from Discover to Reserve
    vote(window, ids)
    shoot(window, out, f"{tag}_2_ideas_vote_presenting.png", size)
    convert(window, ids)
    shoot(window, out, f"{tag}_3_ideas_converted_presenting.png", size)
    run_timer(window, out, tag, size)
    window.show_section("journey")
    shoot(window, out, f"{tag}_4_journey_presenting.png", size)
    window.show_section("goals")
    shoot(window, out, f"{tag}_5_goals_presenting.png", size)
    window.menus.fullscreen_action.trigger()  # F11 again
    wait_for(lambda: not window.presentation.active, "presentation mode left")
    set_size(window, size)
    window.show_section("ideas")
    shoot(window, out, f"{tag}_6_ideas_after_presenting.png", size)
    goal = next(
        card.note
        for c in window.panels["ideas"].board.columns
        for card in c.cards
        if card.note.converted_kind == "goal"
    )
    wheel_over_goal_form(window, goal.converted_id)


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path, help="folder for the screenshots")
    parser.add_argument("--lang", choices=("de", "en"), default="de")
    args = parser.parse_args(argv)
    args.out.mkdir(parents=True, exist_ok=True)
    work = Path(tempfile.mkdtemp(prefix="workshop_xvfb_"))
    qapp = QApplication.instance() or QApplication(sys.argv[:1])
    QStandardPaths.setTestModeEnabled(True)
    QCoreApplication.setOrganizationName("RetentionPlannerWorkshopScript")
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(work / "settings"))
    from ui.app import Application
    from ui.texts import errors

    errors.INTERACTIVE = False
    app = Application(qapp, language=args.lang)
    window = app.window
    window.show()
    wait_for(
        lambda: window.isVisible() and window.windowHandle() is not None and window.windowHandle().isExposed(),
        "the window on screen",
    )
    done: list[str] = []
    try:
        for size in SIZES:
            workshop(window, args.out, work, args.lang, size)
            done.append(f"{size[0]}x{size[1]}")
    except Exception:  # a crash is reported with what went through before it
        traceback.print_exc()
        failures.append("crashed")
    window.close()
    from ui.parts.tasks import _pool

    _pool().waitForDone(30_000)
    pictures = sorted(p.name for p in args.out.glob(f"{args.lang}_*.png"))
    print(f"language {args.lang}: sizes through {', '.join(done) or 'none'}; {len(pictures)} screenshots in {args.out}")
    if failures:
        print(f"{len(failures)} check(s) failed:")
        for failure in failures:
            print(f"  - {failure}")
        return 1
    print("all checks passed")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
