"""What the ideas board tells its views, and the session's vote, per open plan.

The document announces journey, goal and persona changes; the notes are announced here,
on a small object the document owns (found again by type), so the board refreshes only
for what concerns it and the document needs no knowledge of the board.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from planner.ideas.voting import VotingSession
from ui.undo.document import ProjectDocument


class IdeasEvents(QObject):
    notes_changed = Signal()
    session_changed = Signal()  # participants, dots per participant, dots given

    def __init__(self, doc: ProjectDocument) -> None:
        super().__init__(doc)
        # who gave which dot: this session's only (planner.ideas.voting)
        self.session = VotingSession()


def ideas_events(doc: ProjectDocument) -> IdeasEvents:
    found = doc.findChild(IdeasEvents)
    return found if found is not None else IdeasEvents(doc)


def change_ideas(doc: ProjectDocument, fn, *args, **kwargs):
    """Run one planner.ideas mutator on the plan and announce it."""
    result = fn(doc.store, *args, **kwargs)
    ideas_events(doc).notes_changed.emit()
    return result
