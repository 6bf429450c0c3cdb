"""Dot voting by hand: three dots each, the budget holds, dots come back, the ranking
shares ranks on equal dots and skips the next (1, 2, 2, 4)."""

from __future__ import annotations

import pytest

from planner.ideas.notes import IdeaNote
from planner.ideas.voting import NoDotsLeftError, VotingSession, parse_participants, ranking


def test_participants_typed_in_one_field() -> None:
    assert parse_participants(" Anna, Ben;Cem ,, Anna ") == ("Anna", "Ben", "Cem")


def test_each_participant_spends_only_their_dots() -> None:
    session = VotingSession(("Anna", "Ben"), dots_each=3)
    session.give("Anna", 1)
    session.give("Anna", 1)  # two dots on one note are allowed
    session.give("Anna", 2)
    assert session.dots_left("Anna") == 0 and session.dots_left("Ben") == 3
    with pytest.raises(NoDotsLeftError):
        session.give("Anna", 3)
    with pytest.raises(ValueError):
        session.give("Zoe", 1)  # not in the session
    session.take_back("Anna", 1)
    assert session.given("Anna", 1) == 1 and session.dots_left("Anna") == 1
    with pytest.raises(ValueError):
        session.take_back("Ben", 1)  # Ben gave none


def test_a_new_list_keeps_the_dots_of_those_who_stay() -> None:
    session = VotingSession(("Anna", "Ben"), dots_each=3)
    session.give("Anna", 1)
    session.give("Ben", 2)
    session.set_participants(("Anna", "Cem"), 5)
    assert session.dots_left("Anna") == 4 and session.dots_left("Cem") == 5
    assert session.given("Ben", 2) == 0


def test_ranking_shares_ranks_on_equal_dots() -> None:
    # votes 2, 5, 0, 2, 1: 5 first; the two 2s share rank 2; 1 is rank 4; 0 is not ranked
    made = [IdeaNote(id=i + 1, text=t, votes=v) for i, (t, v) in enumerate(zip("abcde", (2, 5, 0, 2, 1)))]
    assert [(r.rank, r.note.text) for r in ranking(made)] == [(1, "b"), (2, "a"), (2, "d"), (4, "e")]
