"""Dot voting: each participant of the session has the same number of dots and gives them
to notes (several to one note if they like); the ranking follows the dots.

The plan keeps each note's total (`idea_note.votes`). Who gave which dot is kept only for
the session (`VotingSession`, in memory): it is what stops a participant from spending
more dots than they have, and it is gone when the plan is closed, like the dots on a
paper wall once the workshop is over.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from planner.ideas.notes import IdeaNote


class NoDotsLeftError(ValueError):
    """The participant has spent every dot."""


def parse_participants(text: str) -> tuple[str, ...]:
    """Names typed in one field, separated by commas or semicolons; blanks and repeats dropped."""
    names: list[str] = []
    for part in text.replace(";", ",").split(","):
        name = part.strip()
        if name and name not in names:
            names.append(name)
    return tuple(names)


@dataclass
class VotingSession:
    participants: tuple[str, ...] = ()
    dots_each: int = 3
    spent: dict[str, dict[int, int]] = field(default_factory=dict)  # participant -> note id -> dots

    def dots_left(self, participant: str) -> int:
        return self.dots_each - sum(self.spent.get(participant, {}).values())

    def given(self, participant: str, note_id: int) -> int:
        return self.spent.get(participant, {}).get(note_id, 0)

    def give(self, participant: str, note_id: int) -> None:
        if participant not in self.participants:
            raise ValueError(f"{participant!r} does not take part in this vote")
        if self.dots_left(participant) <= 0:
            raise NoDotsLeftError(participant)
        mine = self.spent.setdefault(participant, {})
        mine[note_id] = mine.get(note_id, 0) + 1

    def take_back(self, participant: str, note_id: int) -> None:
        mine = self.spent.get(participant, {})
        if mine.get(note_id, 0) <= 0:
            raise ValueError(f"{participant!r} gave no dot to note {note_id}")
        mine[note_id] -= 1
        if not mine[note_id]:
            del mine[note_id]

    def set_participants(self, names: Iterable[str], dots_each: int) -> None:
        """A new list or a new number of dots starts the counting of who gave what afresh
        for those who left; the totals on the notes stay as they are."""
        self.participants = tuple(names)
        self.dots_each = max(1, int(dots_each))
        self.spent = {name: dots for name, dots in self.spent.items() if name in self.participants}


@dataclass(frozen=True)
class Ranked:
    rank: int
    note: IdeaNote


def ranking(all_notes: Sequence[IdeaNote]) -> list[Ranked]:
    """Notes with at least one dot, most dots first; equal dots share a rank and the next
    rank skips (1, 2, 2, 4), as a sports table does. Equal notes keep the board's order."""
    voted = sorted((n for n in all_notes if n.votes > 0), key=lambda n: -n.votes)
    out: list[Ranked] = []
    for index, item in enumerate(voted):
        rank = out[-1].rank if out and out[-1].note.votes == item.votes else index + 1
        out.append(Ranked(rank, item))
    return out
