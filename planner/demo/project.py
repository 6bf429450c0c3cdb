"""The bundled demo project: "Radhaus Lindner", a fictional bicycle shop in Freiburg.

`--demo` always builds a fresh copy in a temporary folder, so a user's own file is never
touched. The demo speaks the language the app runs in: a German user meets German
personas, an English user English ones. Later features (journey, goals, sales data)
extend `build_demo`.
"""

from __future__ import annotations

import tempfile
from pathlib import Path

import pandas as pd

from planner.model import Period, Persona, ProjectSettings
from planner.store import PROJECT_SUFFIX, ProjectStore

_SETTINGS = {
    "de": ProjectSettings(
        name="Kundenbindung 2026",
        company="Radhaus Lindner GmbH, Freiburg",
        currency="EUR",
        language="de",
        period=Period.QUARTER,
        activity_window_months=12,
        gross_margin_pct=32.0,
    ),
    "en": ProjectSettings(
        name="Customer retention 2026",
        company="Radhaus Lindner GmbH, Freiburg",
        currency="EUR",
        language="en",
        period=Period.QUARTER,
        activity_window_months=12,
        gross_margin_pct=32.0,
    ),
}

_PERSONAS = {
    "de": [
        Persona(
            name="Pendlerin Petra",
            segment="Berufspendlerin, 34, E-Bike",
            goals="Jeden Tag zuverlässig und trocken ins Büro (14 km); Auto abschaffen.",
            expectations="Reparatur innerhalb von 24 Stunden, Leihrad während der Werkstattzeit, "
            "Termine online buchbar.",
            pains="Werkstatt im Frühjahr drei Wochen ausgebucht; Akku-Probleme im Winter; niemand ruft zurück.",
            channels="Online-Terminbuchung, WhatsApp, E-Mail",
            notes="Kauft Zubehör (Regenkleidung, Schlösser) spontan, wenn sie ohnehin im Laden ist.",
            quote="Wenn mein Rad in der Werkstatt steht, komme ich nicht zur Arbeit.",
        ),
        Persona(
            name="Familie Özdemir",
            segment="Familie mit zwei Kindern (6 und 9)",
            goals="Sichere Räder, die mitwachsen; gemeinsame Wochenendtouren.",
            expectations="Ehrliche Beratung statt Upselling, faire Inzahlungnahme der zu klein gewordenen Kinderräder.",
            pains="Alle zwei Jahre ein neues Kinderrad; Preise für Lastenräder.",
            channels="Laden vor Ort, Instagram, Newsletter",
            notes="Reagiert auf Aktionen zum Schulanfang und auf Familien-Events.",
            quote="Die Kinder wachsen schneller, als wir Räder kaufen können.",
        ),
        Persona(
            name="Sportler Sebastian",
            segment="Ambitionierter Rennradfahrer, 45",
            goals="Bestzeiten, Alpenpässe, Teilnahme an Jedermann-Rennen.",
            expectations="Fachgespräch auf Augenhöhe, Bike-Fitting, Teile in 48 Stunden.",
            pains="Online-Händler sind billiger; lokale Auswahl an High-End-Teilen klein.",
            channels="Strava-Club, Events, persönlicher Kontakt zum Werkstattleiter",
            notes="Hoher Kundenwert, wandert aber bei schlechter Erfahrung sofort ab.",
            quote="Ich will mit jemandem reden, der selbst fährt.",
        ),
        Persona(
            name="Rentner Rolf",
            segment="Genussradler, 68, Tourenrad mit Motor",
            goals="Mobil und gesund bleiben, Ausflüge mit dem Seniorenverein.",
            expectations="Geduld, Erklärungen, feste Ansprechperson, Inspektion mit Abholservice.",
            pains="Bedienung des Displays; Angst vor Diebstahl; schlecht lesbare Rechnungen.",
            channels="Telefon, Laden vor Ort, Kundenmagazin",
            notes="Sehr treu und empfiehlt den Laden im Verein weiter.",
            quote="Erklären Sie es mir lieber zweimal, dann fahre ich sicher.",
        ),
    ],
    "en": [
        Persona(
            name="Commuter Petra",
            segment="Commuter, 34, e-bike",
            goals="Get to the office (14 km) reliably and dry every day; give up the car.",
            expectations="Repairs within 24 hours, a loan bike while hers is in the workshop, "
            "appointments bookable online.",
            pains="Workshop booked out for three weeks in spring; battery trouble in winter; nobody calls back.",
            channels="Online booking, WhatsApp, e-mail",
            notes="Buys accessories (rain gear, locks) on impulse when she is in the shop anyway.",
            quote="When my bike is in the workshop, I can't get to work.",
        ),
        Persona(
            name="The Özdemir family",
            segment="Family with two children (6 and 9)",
            goals="Safe bikes that grow with the kids; weekend rides together.",
            expectations="Honest advice instead of upselling, a fair trade-in for outgrown children's bikes.",
            pains="A new children's bike every two years; cargo bike prices.",
            channels="Shop on site, Instagram, newsletter",
            notes="Responds to back-to-school offers and family events.",
            quote="The kids grow faster than we can buy bikes.",
        ),
        Persona(
            name="Racer Sebastian",
            segment="Ambitious road cyclist, 45",
            goals="Personal bests, Alpine passes, amateur races.",
            expectations="Expert talk at eye level, bike fitting, parts within 48 hours.",
            pains="Online shops are cheaper; little high-end choice locally.",
            channels="Strava club, events, personal contact with the workshop manager",
            notes="High customer value, but leaves at once after one bad experience.",
            quote="I want to talk to someone who rides himself.",
        ),
        Persona(
            name="Retiree Rolf",
            segment="Leisure rider, 68, touring e-bike",
            goals="Stay mobile and healthy; trips with his seniors' club.",
            expectations="Patience, explanations, one fixed contact, service with pick-up.",
            pains="Operating the display; fear of theft; hard-to-read invoices.",
            channels="Phone, shop on site, customer magazine",
            notes="Very loyal and recommends the shop to his club.",
            quote="Explain it to me twice rather than once, then I ride safely.",
        ),
    ],
}


DEMO_CREATED = "2026-01-12T09:00:00+00:00"


def build_demo(path: str | Path, language: str = "en") -> ProjectStore:
    """Create the demo project at `path` in the given language ("de" or "en")."""
    language = language if language in _SETTINGS else "en"
    from planner.demo.goals import add_demo_goals
    from planner.demo.journey import add_demo_journey

    store = ProjectStore.create(path, _SETTINGS[language])
    with store.transaction() as conn:  # every copy of the demo is the same plan (plan workbooks come back)
        conn.execute("UPDATE meta SET value = ? WHERE key = 'created'", (DEMO_CREATED,))
    persona_ids = [store.insert_persona(persona).id for persona in _PERSONAS[language]]
    add_demo_journey(store, language, persona_ids)
    add_demo_goals(store, language, persona_ids)
    sales = _import_demo_sales(store)
    from planner.demo.goals import add_demo_holdout, write_demo_follow_up, write_demo_members

    offered = add_demo_holdout(store, sales)
    write_demo_members(Path(path).parent)  # files beside the plan for the walk-through of issue 32
    write_demo_follow_up(Path(path).parent, offered)
    from planner.demo.ideas import add_demo_ideas
    from planner.demo.survey import add_demo_survey

    add_demo_survey(store, sales, language)
    add_demo_ideas(store, language)
    return store


def _import_demo_sales(store: ProjectStore) -> pd.DataFrame:
    from planner.demo.sales import demo_sales_raw_table
    from planner.sales.clean import clean_sales
    from planner.sales.mapping import resolve_mapping
    from planner.sales.storage import append_import, remember_mapping

    raw = demo_sales_raw_table()
    mapping = resolve_mapping(raw.frame)
    table, report = clean_sales(raw, mapping)
    append_import(store, table, report)
    remember_mapping(store, raw.columns, raw.sheet, mapping)
    return table


DEMO_FOLDER_PREFIX = "retention-planner-demo-"


def fresh_demo_copy(language: str = "en") -> ProjectStore:
    """A new demo project in its own temporary folder (never a user's file)."""
    folder = Path(tempfile.mkdtemp(prefix=DEMO_FOLDER_PREFIX))
    return build_demo(folder / f"Radhaus-Lindner-Demo{PROJECT_SUFFIX}", language)


def is_demo_copy(path: Path) -> bool:
    """A plan made by `fresh_demo_copy`: temporary, gone with the session unless saved."""
    folder = Path(path).resolve().parent
    return folder.name.startswith(DEMO_FOLDER_PREFIX) and folder.parent == Path(tempfile.gettempdir()).resolve()
