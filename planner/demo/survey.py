"""The demo's survey answers: a short NPS question sent a few days after some purchases from
January 2025 on. Workshop customers are less happy while waiting times are long; the
service reminder from March 2026 on makes them a little happier. Deterministic (seeded), so
every copy of the demo is the same plan."""

from __future__ import annotations

import random
from datetime import timedelta

import pandas as pd

from planner.store import ProjectStore

SURVEY_FROM = pd.Timestamp("2025-01-01")
SURVEY_TO = pd.Timestamp("2026-09-30")
SHARE = 0.12  # of the purchases in that time get an answer

COMMENTS = {
    "promoter": (
        ("Great advice, no hard sell.", "Tolle Beratung, kein Verkaufsdruck."),
        ("Bike was ready when promised.", "Rad war pünktlich fertig."),
        ("The loyalty card pays off.", "Die Kundenkarte lohnt sich."),
        ("Friendly team, I'll be back.", "Freundliches Team, ich komme wieder."),
    ),
    "passive": (
        ("Good, but a bit pricey.", "Gut, aber etwas teuer."),
        ("Okay. Parking is difficult.", "In Ordnung. Parken ist schwierig."),
        ("Web shop delivery took a while.", "Lieferung aus dem Online-Shop dauerte."),
    ),
    "detractor": (
        ("Waited two weeks for a workshop slot.", "Zwei Wochen auf einen Werkstatttermin gewartet."),
        ("Repair was not finished on time.", "Reparatur war nicht rechtzeitig fertig."),
        ("Nobody called back.", "Niemand hat zurückgerufen."),
    ),
}


def demo_answers(sales: pd.DataFrame, language: str) -> pd.DataFrame:
    """Answers (row, date, score, customer_id, comment) to some of the demo's purchases."""
    rng = random.Random(4711)
    bought = sales[(sales["amount"] > 0) & sales["date"].between(SURVEY_FROM, SURVEY_TO)]
    rows: list[tuple[int, pd.Timestamp, int, str, str | None]] = []
    products = bought["product"].tolist() if "product" in bought else [""] * len(bought)
    dates: list[pd.Timestamp] = bought["date"].tolist()
    for when, customer, product in zip(dates, bought["customer_id"].tolist(), products, strict=True):
        if rng.random() >= SHARE:
            continue
        workshop = product == "Werkstatt"
        unhappy = 0.36 if workshop and when < pd.Timestamp("2026-03-01") else 0.2
        draw = rng.random()
        if draw < unhappy:
            score, group = rng.choice((2, 4, 5, 6, 6)), "detractor"
        elif draw < unhappy + 0.3:
            score, group = rng.choice((7, 8, 8)), "passive"
        else:
            score, group = rng.choice((9, 10, 10)), "promoter"
        comment = None
        if rng.random() < 0.45:
            pair = rng.choice(COMMENTS[group])
            comment = pair[1] if language == "de" else pair[0]
        day = (when + timedelta(days=rng.randint(2, 9))).normalize()
        rows.append((len(rows) + 2, day, score, str(customer), comment))
    frame = pd.DataFrame(rows, columns=["row", "date", "score", "customer_id", "comment"])
    frame = frame[frame["date"] <= SURVEY_TO].reset_index(drop=True)
    frame["date"] = frame["date"].astype("datetime64[ms]")
    for column in ("customer_id", "comment"):
        frame[column] = frame[column].astype("string")
    return frame


def add_demo_survey(store: ProjectStore, sales: pd.DataFrame, language: str) -> None:
    from planner.survey.answers import SurveyReport
    from planner.survey.storage import append_answers

    answers = demo_answers(sales, language)
    report = SurveyReport(
        source="Kundenumfrage.xlsx" if language == "de" else "Customer survey.xlsx",
        rows_read=len(answers),
        rows_used=len(answers),
        with_customer=len(answers),
        with_comment=int(answers["comment"].notna().sum()),
        mapping={"date": "Datum", "score": "Empfehlung", "customer_id": "Kundennummer", "comment": "Kommentar"},
    )
    append_answers(store, answers, report)
