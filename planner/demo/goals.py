"""The demo shop's goals and measures, owned by its team and placed on its journey."""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from planner import journey as j
from planner.demo.sales import demo_card_members, demo_follow_up_sales, demo_mailing_lists, demo_sales_raw_table
from planner.goals import goal_table as g
from planner.goals.catalog import catalog
from planner.model import CheckIn, Goal, Measure
from planner.store import ProjectStore

# (title en, title de, description en, description de, metric, unit, baseline, baseline date, target,
#  deadline, owner index, relevance en, relevance de, bond types, persona indexes, status)
GOALS = [
    (
        "Keep our customers",
        "Kunden halten",
        "Raise the quarterly retention rate of all customers with a purchase in the last 12 months",
        "Die quartalsweise Kundenbindungsrate aller Kunden mit Kauf in den letzten 12 Monaten steigern",
        "retention_rate",
        "%",
        88.6,
        "2026-04-01",
        90.0,  # +0.35 points a quarter: the best 4-quarter stretch in the data made +0.42
        "2027-03-31",
        0,
        "Keeping a customer costs a fraction of winning a new one; service customers come back every year.",
        "Einen Kunden zu halten kostet einen Bruchteil der Neukundengewinnung; Servicekunden kommen jedes Jahr wieder.",
        ("emotional", "economic"),
        (0, 1, 2, 3),
        "active",
    ),
    (
        "Workshop without waiting",
        "Werkstatt ohne Warten",
        "Commuters and seniors get a workshop appointment within 3 days, also in spring",
        "Pendler und Senioren bekommen auch im Frühjahr binnen 3 Tagen einen Werkstatttermin",
        "manual",
        "days",
        21.0,
        "2026-03-01",
        3.0,
        "2027-04-30",
        1,
        "Waiting for the workshop is the lowest point of the journey and the first reason to leave.",
        "Das Warten auf die Werkstatt ist der Tiefpunkt der Journey und der erste Grund zu gehen.",
        ("emotional",),
        (0, 3),
        "active",
    ),
    (
        "More repeat buyers",
        "Mehr Wiederkäufer",
        "Raise the share of customers with a second purchase among families and commuters",
        "Den Anteil der Kunden mit einem zweiten Kauf bei Familien und Pendlern erhöhen",
        "repeat_purchase_rate",
        "%",
        66.0,
        "2026-04-01",
        72.0,
        "2027-12-31",
        2,
        "Accessories and service after the bike purchase carry our margin.",
        "Zubehör und Service nach dem Radkauf tragen unsere Marge.",
        ("economic", "emotional"),
        (0, 1),
        "active",
    ),
    (
        "Win back lapsed customers",
        "Verlorene Kunden zurückgewinnen",
        "Reactivate customers who have not bought for longer than their usual interval",
        "Kunden reaktivieren, die länger als üblich nicht gekauft haben",
        "reactivated",
        "",
        10.0,
        "2026-07-01",
        20.0,  # +2.5 a quarter: the best 4-quarter stretch in the data made +3.0
        "2027-06-30",
        0,
        "The win-back list holds about two hundred lapsed customers we can still reach.",
        "Die Rückgewinnungsliste enthält rund zweihundert abgesprungene Kunden, die wir noch erreichen.",
        ("emotional",),
        (),
        "draft",
    ),
]

# (catalog key, goal indexes, owner index, touchpoint indexes (demo journey order), cost, effort, impact,
#  start, end, status, participants)
MEASURES = [
    ("loyalty_programme", (0, 2), 0, (18,), 2500.0, 3, 4, "2025-04-01", "", "active", "Kundenkarte=ja"),
    ("wait_time", (1,), 1, (13, 14), 800.0, 3, 5, "2026-09-01", "2027-04-30", "active", ""),
    ("service_contract", (0, 1), 1, (13, 20), 400.0, 2, 4, "2026-12-01", "", "planned", ""),
    ("post_purchase", (2,), 2, (12, 15), 0.0, 1, 3, "2026-03-01", "", "active", "@reminder"),
    ("personalisation", (2,), 3, (17,), 600.0, 3, 3, "2027-01-15", "2027-06-30", "planned", ""),
    ("events", (0,), 0, (1, 19), 1500.0, 4, 3, "2026-05-01", "2026-10-31", "done", "@invitation"),
    ("complaints", (0,), 2, (14,), 0.0, 2, 4, "2026-02-01", "", "active", ""),
    ("winback_call", (3,), 2, (), 0.0, 2, 4, "2027-01-10", "2027-03-31", "planned", ""),
    ("winback_offer", (3,), 3, (17,), 300.0, 1, 2, "2027-01-10", "2027-03-31", "idea", ""),
    ("knowledge_sharing", (2,), 1, (16, 19), 200.0, 2, 2, "", "", "idea", ""),
]

# the team's review so far (step 5): the invitation was judged and stopped; the other judged
# measures still wait for a decision, which the overview points out
REVIEWS = {
    "events": (
        "stop",
        "2026-11-10",
        "No effect on buying. Keep one open workshop day a year for the community, stop the mailings.",
        "Keine Wirkung auf die Käufe. Einen offenen Werkstatttag im Jahr für die Gemeinschaft behalten, "
        "die Einladungsmailings einstellen.",
    )
}


def add_demo_goals(store: ProjectStore, language: str, persona_ids: list[int]) -> None:
    team = [m.id for m in j.team(store)]
    stages = [s.id for s in j.stages(store)]
    touchpoints = [tp.id for tp in j.touchpoints(store)]
    goal_ids = []
    for (
        ten,
        tde,
        den,
        dde,
        metric,
        unit,
        base,
        base_date,
        target,
        deadline,
        owner,
        ren,
        rde,
        bonds,
        personas,
        status,
    ) in GOALS:
        goal = g.GOALS.insert(
            store,
            Goal(
                title=tde if language == "de" else ten,
                description=dde if language == "de" else den,
                metric=metric,
                unit=("Tage" if unit == "days" and language == "de" else unit),
                baseline_value=base,
                baseline_date=base_date,
                target_value=target,
                deadline=deadline,
                owner_id=team[owner],
                relevance=rde if language == "de" else ren,
                bond_types=bonds,
                personas=tuple(persona_ids[i] for i in personas if i < len(persona_ids)),
                stages=(stages[5],) if metric == "manual" else (),
                status=status,
            ),
        )
        goal_ids.append(goal.id)
    # the manual KPI (days until a workshop appointment) has been checked three times
    for day, value in (("2026-03-01", 21.0), ("2026-06-01", 14.0), ("2026-10-01", 9.0)):
        g.add_checkin(
            store,
            CheckIn(
                kind="goal",
                target_id=goal_ids[1],
                date=day,
                value=value,
                note="Stichprobe" if language == "de" else "sample",
            ),
        )
    entries = {m.key: m for m in catalog(language)}
    mailings = demo_mailing_lists()  # who got the service reminder and the event invitation
    for key, goals_, owner, tps, cost, effort, impact, start, end, status, participants in MEASURES:
        entry = entries[key]
        g.MEASURES.insert(
            store,
            Measure(
                title=entry.title,
                description=entry.description,
                goal_ids=tuple(goal_ids[i] for i in goals_),
                owner_id=team[owner],
                touchpoints=tuple(touchpoints[i] for i in tps if i < len(touchpoints)),
                bond_type=entry.bond_type,
                lock_in=entry.lock_in,
                cost=cost,
                effort=effort,
                impact=impact,
                start=start,
                end=end,
                status=status,
                participants=_participants(participants, mailings),
                catalog_key=key,
            ).with_changes(**_review(key, language)),
        )


# planned with a holdout (DESIGN section 7): the service contract is offered from 2026-12-01 to
# the workshop's customers of the last year, and a random 15 % of them are kept out of the
# offer to judge it against; before the start the plan shows what it can detect
PLANNED_WITH_HOLDOUT = "service_contract"
WORKSHOP_SINCE = "2025-10-01"  # the workshop's customers of the data's last year


def add_demo_holdout(store: ProjectStore, sales: pd.DataFrame) -> set[int]:
    """After the sales import: the planned measure's participants and its holdout, drawn as
    the window draws one (15 %, seeded by the measure, from the participants in the data).
    Returns the customers the contract is offered to (the participants outside the holdout)."""
    from planner.effect.contact_list import participant_ids
    from planner.effect.holdout import draw_holdout, holdout_text
    from planner.effect.participants import list_spec, parse_participants, spec_text
    from planner.metrics.periods import prepare

    measure = next(m for m in g.measures(store) if m.catalog_key == PLANNED_WITH_HOLDOUT)
    raw = demo_sales_raw_table().frame
    workshop = raw[(raw["Artikelgruppe"] == "Werkstatt") & (raw["Datum"] >= pd.Timestamp(WORKSHOP_SINCE))]
    customers = sorted({int(c) for c in workshop["Kundennummer"].dropna()})
    participants = spec_text(list_spec(customers))
    ids = participant_ids(parse_participants(participants), sales, prepare(sales).customer_ids)
    drawn = draw_holdout(ids, seed=measure.id)
    g.MEASURES.update(store, measure.id, participants=participants, holdout=holdout_text(drawn.customers))
    return {int(c) for c in ids} - {int(c) for c in drawn.customers}


FOLLOW_UP_FILE = "Radhaus-Lindner-Kasse-2026-10-bis-2027-05.csv"


def write_demo_follow_up(folder: Path, offered: set[int]) -> Path:
    """The shop's next cash-register export (October 2026 to May 2027) beside the demo plan, in
    the layout of the first, as a German CSV: imported, the service contract (offered to the
    participants outside its holdout from 2026-12-01) gets its randomised verdict."""
    frame = demo_follow_up_sales(offered)
    out = pd.DataFrame(
        {
            "Rechnungsnummer": frame["Rechnungsnummer"],
            "Datum": frame["Datum"].dt.strftime("%d.%m.%Y %H:%M"),
            "Kundennummer": frame["Kundennummer"].astype(str),
            "Artikelgruppe": frame["Artikelgruppe"],
            "Kanal": frame["Kanal"],
            "Betrag": frame["Betrag"].map(lambda v: f"{v:.2f}".replace(".", ",")),
            "Kundenkarte": frame["Kundenkarte"],
        }
    )
    path = folder / FOLLOW_UP_FILE
    out.to_csv(path, sep=";", index=False, encoding="utf-8")
    return path


MEMBERS_FILE = "Kundenkarte-Mitglieder.csv"


def write_demo_members(folder: Path) -> Path:
    """The loyalty card's members with their join dates, as the card system exports them,
    beside the demo plan: imported as the card's participants ("Import list…" in
    Effectiveness), each member is judged from joining instead of by the Kundenkarte column
    (which is known only at the end of the data and so cannot be judged)."""
    path = folder / MEMBERS_FILE
    lines = ["Kundennummer;Mitglied seit"] + [f"{number};{day:%d.%m.%Y}" for number, day in demo_card_members()]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def _participants(definition: str, mailings: dict[str, list[int]]) -> str:
    """A measure's participants text: "@reminder"/"@invitation" the mailing's recipients,
    "@card_members" the card's members with their join dates, else the definition as written."""
    if definition == "@card_members":
        return "\n".join(f"{number};{day.isoformat()}" for number, day in demo_card_members())
    if definition.startswith("@"):
        return "\n".join(map(str, mailings[definition[1:]]))
    return definition


def _review(key: str, language: str) -> dict[str, str]:
    if key not in REVIEWS:
        return {}
    decision, day, note_en, note_de = REVIEWS[key]
    return {"decision": decision, "decided": day, "evaluation_note": note_de if language == "de" else note_en}
