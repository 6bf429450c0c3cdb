"""Every judgement of a measure kept with the day it was made and the data range it used
(DESIGN section 7, "Over time"; file format 14, table effect_judgement), so the team sees how
a verdict changed with each new import.

A judgement is kept only when the data range is new for that measure: judging again on the same
data (a view opened twice, an undone import followed by the same import again) adds nothing.
The rows stand outside the undo history: they record what was judged when, which an undo of an
edit does not make unsaid, and a measure deleted and brought back by undo keeps its id and so
its history (no foreign key; rows of a measure that stays deleted are ignored).
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime

from planner.effect.evaluate import Evaluation, SalesData
from planner.effect.texts import VERDICT_NAMES, pick
from planner.errors import PlannerError
from planner.model import Measure
from planner.store import ProjectStore

OPEN_STATUSES = ("planned", "active")  # re-judged on a new import; ideas and finished measures are not
MONTHS = (
    ("January", "Januar"),
    ("February", "Februar"),
    ("March", "März"),
    ("April", "April"),
    ("May", "Mai"),
    ("June", "Juni"),
    ("July", "Juli"),
    ("August", "August"),
    ("September", "September"),
    ("October", "Oktober"),
    ("November", "November"),
    ("December", "Dezember"),
)


@dataclass(frozen=True)
class Judgement:
    measure_id: int
    judged: str  # ISO date and time (UTC) the judgement was made
    data_from: str  # ISO dates: the first and last day of the sales data it used
    data_to: str
    verdict: str
    did: float | None
    ci: tuple[float, float] | None
    detail: dict = field(default_factory=dict)  # kind, faded, paid_off, pays_off, extra_margin, cost
    id: int = 0

    @property
    def faded(self) -> bool:
        return bool(self.detail.get("faded"))

    @property
    def paid_off(self) -> str | None:
        """ISO date of the month the measure paid for itself, if it had by then."""
        value = self.detail.get("paid_off")
        return str(value) if value else None


def is_open(measure: Measure) -> bool:
    return bool(measure.start) and measure.status in OPEN_STATUSES and measure.decision != "stop"


def data_range(data: SalesData | None) -> tuple[str, str] | None:
    if data is None or data.empty:
        return None
    first, last = data.purchases.first_day, data.purchases.last_day
    return str(first)[:10], str(last)[:10]


def judgement_of(measure_id: int, evaluation: Evaluation, span: tuple[str, str], judged: str = "") -> Judgement:
    estimate = evaluation.comparison.retention if evaluation.comparison is not None else None
    did, ci = (estimate.did, estimate.ci) if estimate is not None else (None, None)
    if evaluation.basis == "time_series" and evaluation.time_series is not None:
        did, ci = evaluation.time_series.effect, evaluation.time_series.ci
    money, ot = evaluation.money, evaluation.over_time
    detail = {
        "kind": evaluation.kind,
        "faded": bool(ot is not None and ot.faded),
        "paid_off": ot.paid_off.isoformat() if ot is not None and ot.paid_off is not None else None,
        "pays_off": money.pays_off if money is not None else None,
        "extra_margin": money.extra_margin if money is not None else None,
        "cost": money.cost if money is not None else None,
        "months": len(ot.points) if ot is not None else 0,
    }
    return Judgement(
        measure_id=measure_id,
        judged=judged or datetime.now(UTC).replace(microsecond=0).isoformat(),
        data_from=span[0],
        data_to=span[1],
        verdict=evaluation.verdict,
        did=did,
        ci=ci,
        detail=detail,
    )


def _row(row: tuple) -> Judgement:
    jid, measure_id, judged, data_from, data_to, verdict, did, lo, hi, detail = row
    try:
        parsed = json.loads(detail or "{}")
    except ValueError:
        parsed = {}
    return Judgement(
        measure_id=measure_id,
        judged=judged,
        data_from=data_from,
        data_to=data_to,
        verdict=verdict,
        did=did,
        ci=None if lo is None or hi is None else (lo, hi),
        detail=parsed if isinstance(parsed, dict) else {},
        id=jid,
    )


_COLUMNS = "id, measure_id, judged, data_from, data_to, verdict, did, ci_lo, ci_hi, detail"


def judgements(store: ProjectStore, measure_id: int | None = None) -> list[Judgement]:
    """Oldest first; all measures' when `measure_id` is None."""
    where, args = ("WHERE measure_id = ?", (measure_id,)) if measure_id is not None else ("", ())
    rows = store.connection.execute(f"SELECT {_COLUMNS} FROM effect_judgement {where} ORDER BY judged, id", args)
    return [_row(r) for r in rows]


def keep(store: ProjectStore, judged: Iterable[Judgement]) -> list[Judgement]:
    """Store each judgement whose data range its measure has no judgement for yet, all in one
    transaction; returns those stored (with their ids)."""
    wanted = list(judged)
    if not wanted:
        return []
    stored = []
    with store.transaction() as conn:
        for j in wanted:
            known = conn.execute(
                "SELECT 1 FROM effect_judgement WHERE measure_id = ? AND data_from = ? AND data_to = ?",
                (j.measure_id, j.data_from, j.data_to),
            ).fetchone()
            if known:
                continue
            cursor = conn.execute(
                "INSERT INTO effect_judgement(measure_id, judged, data_from, data_to, verdict, did, ci_lo, ci_hi,"
                " detail) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    j.measure_id,
                    j.judged,
                    j.data_from,
                    j.data_to,
                    j.verdict,
                    j.did,
                    j.ci[0] if j.ci else None,
                    j.ci[1] if j.ci else None,
                    json.dumps(j.detail),
                ),
            )
            stored.append(Judgement(**{**j.__dict__, "id": int(cursor.lastrowid or 0)}))
    return stored


def keep_open(
    store: ProjectStore, judged: Iterable[tuple[Measure, Evaluation]], data: SalesData | None
) -> list[Judgement]:
    """Keep the judgements of the open measures on this data (see `is_open`)."""
    span = data_range(data)
    if span is None:
        return []
    return keep(store, (judgement_of(m.id, e, span) for m, e in judged if is_open(m)))


def keep_if_writable(
    store: ProjectStore, judged: Iterable[tuple[Measure, Evaluation]], data: SalesData | None
) -> list[Judgement]:
    """`keep_open`, where a plan that cannot be written (a read-only file, a full disk) keeps
    nothing and says nothing: the history records what was judged, it is not the user's edit,
    and the judgement itself is shown all the same."""
    try:
        return keep_open(store, judged, data)
    except (sqlite3.Error, PlannerError):
        return []


@dataclass(frozen=True)
class Stretch:
    """Consecutive judgements with the same verdict, by the last day of their data."""

    verdict: str
    first: date  # the data's last day at the first judgement with this verdict
    last: date  # ... and at the last one


def stretches(history: list[Judgement]) -> list[Stretch]:
    """The verdict's course over the data's growing range (judgements in data order)."""
    out: list[Stretch] = []
    for j in sorted(history, key=lambda j: (j.data_to, j.judged)):
        day = date.fromisoformat(j.data_to)
        if out and out[-1].verdict == j.verdict:
            out[-1] = Stretch(j.verdict, out[-1].first, day)
        else:
            out.append(Stretch(j.verdict, day, day))
    return out


def month(day: date, language: str) -> str:
    return f"{pick(MONTHS[day.month - 1], language)} {day.year}"


def course_sentence(history: list[Judgement], language: str) -> str:
    """“no clear effect until June 2026, works since July 2026” (months of the data's last day);
    one verdict throughout: “works since June 2026”; no judgement: ""."""
    parts = stretches(history)
    if not parts:
        return ""
    de = language == "de"
    words = []
    for i, part in enumerate(parts):
        name = pick(VERDICT_NAMES[part.verdict], language) if part.verdict in VERDICT_NAMES else part.verdict
        if i == len(parts) - 1:
            words.append(f"{name} {'seit' if de else 'since'} {month(part.first, language)}")
        else:
            words.append(f"{name} {'bis' if de else 'until'} {month(part.last, language)}")
    return ", ".join(words)


@dataclass(frozen=True)
class News:
    """What the latest import brought: measures whose effect faded, measures that paid for
    themselves, each newly so against the judgement on the data before (or the first time)."""

    faded: list[int]
    paid_off: list[int]


def news(store: ProjectStore, span: tuple[str, str] | None) -> News:
    """On the data range `span` (the current data), against each measure's judgement on the
    latest other range judged before it."""
    if span is None:
        return News([], [])
    faded, paid = [], []
    by_measure: dict[int, list[Judgement]] = {}
    for j in judgements(store):
        by_measure.setdefault(j.measure_id, []).append(j)
    for measure_id, history in by_measure.items():
        now = [j for j in history if (j.data_from, j.data_to) == span]
        if not now:
            continue
        latest = now[-1]
        before = [j for j in history if j.data_to < latest.data_to]
        previous = before[-1] if before else None
        if latest.faded and not (previous is not None and previous.faded):
            faded.append(measure_id)
        if latest.paid_off and not (previous is not None and previous.paid_off):
            paid.append(measure_id)
    return News(faded, paid)
