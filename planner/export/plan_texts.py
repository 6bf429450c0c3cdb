"""The words of the plan workbook, in English and German (sheet names, headers, status and
metric names). The planner speaks both itself: the command line writes the same workbook as
the window. Every pair is (English, German)."""

from __future__ import annotations

from planner.effect.texts import KPI_NAMES

SHEETS = {
    "overview": ("Overview", "Übersicht"),
    "goals": ("Goals", "Ziele"),
    "measures": ("Measures", "Maßnahmen"),
    "journey": ("Journey", "Journey"),
    "personas": ("Personas", "Personas"),
    "kpis": ("KPIs", "Kennzahlen"),
    "cohorts": ("Cohorts", "Kohorten"),
    "at_risk": ("At risk", "Gefährdet"),
    "effect": ("Effectiveness", "Wirksamkeit"),
    "checkins": ("Check-ins", "Check-ins"),
    "ideas": ("Ideas", "Ideen"),
    "lanes": ("Journey lanes", "Journey-Bahnen"),
    "baseline": ("As exported", "Stand beim Export"),
    "lists": ("Lists", "Listen"),
}

HEADERS = {
    "id": ("id", "id"),
    "kind": ("Row", "Zeile"),
    "title": ("Title", "Titel"),
    "metric": ("Metric", "Kennzahl"),
    "baseline": ("Baseline", "Ausgangswert"),
    "target": ("Target", "Zielwert"),
    "deadline": ("Deadline", "Frist"),
    "owner": ("Owner", "Verantwortlich"),
    "progress": ("Progress", "Fortschritt"),
    "progress_status": ("On track?", "Im Plan?"),
    "worth_margin": ("Worth a year (margin)", "Wert pro Jahr (Marge)"),
    "worth_revenue": ("Worth a year (revenue)", "Wert pro Jahr (Umsatz)"),
    "status": ("Status", "Status"),
    "start": ("Start", "Start"),
    "end": ("End", "Ende"),
    "cost": ("Cost", "Kosten"),
    "verdict": ("Verdict", "Urteil"),
    "measured_on": ("Measured on", "Gemessen an"),
    "decision": ("Decision", "Entscheidung"),
    "note": ("Note", "Notiz"),
    "description": ("Description", "Beschreibung"),
    "goals": ("Goals", "Ziele"),
    "measures": ("Measures", "Maßnahmen"),
    "touchpoints": ("Touchpoints", "Kontaktpunkte"),
    "bond_type": ("Bond type", "Bindungsart"),
    "effort": ("Effort (1–5)", "Aufwand (1–5)"),
    "impact": ("Impact (1–5)", "Wirkung (1–5)"),
    "participants": ("Participants", "Teilnehmer"),
    "stage": ("Stage", "Phase"),
    "channel": ("Channel", "Kanal"),
    "touchpoint": ("Touchpoint", "Kontaktpunkt"),
    "emotion": ("Emotion (−2…+2)", "Emotion (−2…+2)"),
    "pains": ("Pain points", "Schmerzpunkte"),
    "ideas": ("Ideas", "Ideen"),
    "personas": ("Personas", "Personas"),
    "name": ("Name", "Name"),
    "segment": ("Segment", "Segment"),
    "persona_goals": ("Goals", "Ziele"),
    "age": ("Age", "Alter"),
    "situation": ("Situation", "Situation"),
    "quote": ("Quote", "Zitat"),
    "expectations": ("Expectations", "Erwartungen"),
    "channels": ("Channels", "Kanäle"),
    "notes": ("Notes", "Notizen"),
    "sentence": ("What it means", "Was es bedeutet"),
    "did": ("Difference (points)", "Unterschied (Punkte)"),
    "ci_low": ("95 % from", "95 % von"),
    "ci_high": ("95 % to", "95 % bis"),
    "warnings": ("Warnings", "Warnungen"),
    "customer": ("Customer", "Kunde"),
    "value_at_risk": ("Value at risk per year", "Gefährdeter Wert pro Jahr"),
    "last_purchase": ("Last purchase", "Letzter Kauf"),
    "days_since": ("Days since last purchase", "Tage seit letztem Kauf"),
    "usual_interval": ("Usual interval (days)", "Üblicher Abstand (Tage)"),
    "purchases": ("Purchases", "Käufe"),
    "revenue": ("Net revenue", "Nettoumsatz"),
    "cohort": ("Cohort", "Kohorte"),
    "size": ("Customers", "Kunden"),
    "unit": ("Unit", "Einheit"),
    "goal": ("Goal", "Ziel"),
    "date": ("Date", "Datum"),
    "value": ("Value", "Wert"),
}

PERIOD_HEADERS = {  # as the Data section's period table names its columns
    "period": ("Period", "Zeitraum"),
    "customers_start": ("Active at start", "Aktiv zu Beginn"),
    "customers_end": ("Active at end", "Aktiv am Ende"),
    "retained": ("Retained", "Gehalten"),
    "lost": ("Lost", "Verloren"),
    "new": ("New", "Neu"),
    "reactivated": ("Reactivated", "Reaktiviert"),
    "retention_rate": ("Retention rate", "Kundenbindungsrate"),
    "churn_rate": ("Churn rate", "Abwanderungsrate"),
    "repeat_purchase_rate": ("Repeat purchase rate", "Wiederkaufrate"),
    "buyers": ("Buyers", "Käufer"),
    "orders": ("Purchases", "Käufe"),
    "revenue": ("Net revenue", "Nettoumsatz"),
    "aov": ("Average order value", "Durchschnittlicher Bonwert"),
}

KINDS = {"goal": ("Goal", "Ziel"), "measure": ("Measure", "Maßnahme")}

READ_ONLY = {  # the marks on cells shown for reading only (planner.export.plan_fields)
    "computed": (
        "Filled in by Retention Planner: shown for reading, not read back.",
        "Von Retention Planner ausgefüllt: nur zum Lesen, wird nicht eingelesen.",
    ),
    "measure_row": (
        "Shown for reading: edit this measure in the Measures sheet. Changes here are not read back.",
        "Nur zum Lesen: Diese Maßnahme bearbeiten Sie im Blatt „Maßnahmen“. Änderungen hier werden nicht eingelesen.",
    ),
    "unit": (
        "The goal's unit, shown for reading: edit it in the Goals sheet.",
        "Die Einheit des Ziels, nur zum Lesen: Sie wird im Blatt „Ziele“ bearbeitet.",
    ),
    "checkin_goal": (
        "One row per value entered by hand for a goal, named by its title. Add a row for a new value.",
        "Eine Zeile je von Hand erfasstem Wert eines Ziels, das Ziel mit seinem Titel genannt. Für einen neuen "
        "Wert eine Zeile ergänzen.",
    ),
}

GOAL_STATUS = {
    "draft": ("draft", "Entwurf"),
    "active": ("active", "aktiv"),
    "achieved": ("achieved", "erreicht"),
    "missed": ("missed", "verfehlt"),
    "dropped": ("dropped", "verworfen"),
}
MEASURE_STATUS = {
    "idea": ("idea", "Idee"),
    "planned": ("planned", "geplant"),
    "active": ("active", "aktiv"),
    "done": ("done", "erledigt"),
    "stopped": ("stopped", "gestoppt"),
}
PROGRESS_STATUS = {
    "on_track": ("on track", "im Plan"),
    "at_risk": ("at risk", "gefährdet"),
    "off_track": ("off track", "nicht im Plan"),
    "achieved": ("reached", "erreicht"),
    "no_data": ("no data", "keine Daten"),
}
DECISIONS = {"keep": ("keep", "beibehalten"), "adjust": ("adjust", "anpassen"), "stop": ("stop", "beenden")}
GROUP_COLUMNS = {  # mapped fields a goal's segment may be set on; other columns keep their header
    "product": ("Product", "Produkt"),
    "channel": ("Channel", "Kanal"),
    "region": ("Region", "Region"),
    "segment": ("Segment", "Segment"),
    "sheet": ("Sheet", "Blatt"),
}


ALL_DATA = ("All data", "Alle Daten")


def segment_text(goal: object, language: str) -> str:
    """' (Channel = Online)' for a goal set on a segment, '' for a goal on all data."""
    column, value = getattr(goal, "segment_column", ""), getattr(goal, "segment_value", "")
    if not (column and value):
        return ""
    return f" ({pick(GROUP_COLUMNS.get(column, (column, column)), language)} = {value})"


METRICS = {  # the goal metrics, named as the goal form in the window names them
    **KPI_NAMES,
    "revenue": ("Net revenue", "Nettoumsatz"),
    "aov": ("Average order value", "Durchschnittlicher Bonwert"),
    "purchase_frequency": ("Purchases per buyer", "Käufe je Käufer"),
    "nps": ("Net Promoter Score (NPS)", "Net Promoter Score (NPS)"),
    "manual": ("Manual KPI", "Manuelle Kennzahl"),
}
METRIC_ALIASES = {  # names earlier workbooks wrote, still read back
    "entered by hand": "manual",
    "von hand erfasst": "manual",
    "net promoter score": "nps",
    "umsatz": "revenue",
    "durchschnittlicher bestellwert": "aov",
    "purchase frequency": "purchase_frequency",
    "kaufhäufigkeit": "purchase_frequency",
}
METRIC_KINDS = {  # how a goal's values are written: whole counts, shares, money, ratios
    "retention_rate": "percent",
    "churn_rate": "percent",
    "repeat_purchase_rate": "percent",
    "customers_end": "count",
    "new": "count",
    "reactivated": "count",
    "revenue": "money",
    "aov": "money",
    "purchase_frequency": "ratio",
    "nps": "score",
}
BOND_TYPES = {
    "situational": ("situational", "situativ"),
    "market": ("market", "marktbedingt"),
    "contractual": ("contractual", "vertraglich"),
    "technical": ("technical", "technisch-funktional"),
    "economic": ("economic", "ökonomisch"),
    "emotional": ("emotional", "emotional"),
}

OVERVIEW = {
    "title": ("Retention plan", "Kundenbindungsplan"),
    "company": ("Company", "Unternehmen"),
    "plan": ("Plan", "Plan"),
    "exported": ("Exported on", "Exportiert am"),
    "currency": ("Currency", "Währung"),
    "period": ("Period", "Periode"),
    "window": ("Activity window (months)", "Aktivitätsfenster (Monate)"),
    "margin": ("Gross margin", "Rohertragsmarge"),
    "counts": ("What the plan holds", "Was der Plan enthält"),
    "latest": ("Latest complete period", "Letzte vollständige Periode"),
    "no_sales": ("No sales data in the plan yet.", "Noch keine Verkaufsdaten im Plan."),
    "goals_reached": ("Goals reached", "Erreichte Ziele"),
    "goals_off_track": ("Goals off track", "Ziele nicht im Plan"),
    "page": ("Page &P of &N", "Seite &P von &N"),
    "id_note": (
        "Column A (hidden) holds each row's id: keep it when you edit, so the workbook can come back into the plan. "
        "Each value is edited in one sheet; grey cells show it for reading and are not read back.",
        "Spalte A (ausgeblendet) enthält die id jeder Zeile: beim Bearbeiten stehen lassen, damit die Mappe "
        "wieder in den Plan eingelesen werden kann. Jeder Wert wird in einem Blatt bearbeitet; graue Zellen "
        "zeigen ihn nur zum Lesen und werden nicht eingelesen.",
    ),
    "chart": ("Retention and churn per period", "Bindung und Abwanderung je Periode"),
    "not_covered": (
        "Grey, italic: the activity window is not covered by the data; the figure is understated.",
        "Grau, kursiv: Das Aktivitätsfenster ist von den Daten nicht abgedeckt; der Wert ist zu niedrig.",
    ),
    "cohort_note": (
        "Share of each cohort buying again n periods after its first purchase, in %.",
        "Anteil jeder Kohorte, der n Perioden nach dem Erstkauf wieder kauft, in %.",
    ),
}
WORTH = {  # the computation behind a goal's "worth a year" cells (planner.predict.goal_value)
    "reached": (
        "The target is reached already: reaching it adds nothing more a year.",
        "Der Zielwert ist schon erreicht: Er bringt pro Jahr nichts zusätzlich.",
    ),
    "head": (
        "Worth {margin} margin a year ({revenue} revenue) once the target holds:",
        "Wert {margin} Marge pro Jahr ({revenue} Umsatz), sobald der Zielwert gehalten wird:",
    ),
    "kept": (
        "{base} customers at the start of {period} × {gap} points × {per_year} periods a year "
        "= {extra} more customers kept a year;",
        "{base} Kunden zu Beginn von {period} × {gap} Punkte × {per_year} Perioden pro Jahr "
        "= {extra} mehr gehaltene Kunden pro Jahr;",
    ),
    "kept_each": (
        "each is worth {each} a year (what the {buyers} customers active on {start} brought from {start} to "
        "{end}: {revenue});",
        "jeder ist {each} pro Jahr wert (was die {buyers} am {start} aktiven Kunden vom {start} bis {end} "
        "gebracht haben: {revenue});",
    ),
    "repeat": (
        "{base} customers with a purchase by the end of {period} × {gap} points more who come back "
        "= {extra} more repeat customers;",
        "{base} Kunden mit einem Kauf bis Ende {period} × {gap} Punkte mehr, die wiederkommen "
        "= {extra} mehr Wiederkäufer;",
    ),
    "repeat_each": (
        "each brings {each} in the year after the first purchase (repeat purchases {revenue} ÷ {buyers} "
        "repeat customers, first purchase from {start} to {end});",
        "jeder bringt {each} im Jahr nach dem ersten Kauf (Wiederkäufe {revenue} ÷ {buyers} Wiederkäufer, "
        "erster Kauf vom {start} bis {end});",
    ),
    "margin": ("margin: the project's gross margin of {pct} %.", "Marge: die Bruttomarge des Projekts von {pct} %."),
}
SEGMENTS = {  # RFM segments (planner.metrics.rfm), named as the window names them
    "Champions": ("Champions", "Champions"),
    "Loyal": ("Loyal", "Treue Kunden"),
    "Potential loyalists": ("Potential loyalists", "Potenzielle Stammkunden"),
    "New": ("New", "Neu"),
    "Promising": ("Promising", "Vielversprechend"),
    "Need attention": ("Need attention", "Brauchen Aufmerksamkeit"),
    "About to sleep": ("About to sleep", "Schlafen bald ein"),
    "At risk": ("At risk", "Gefährdet"),
    "Can't lose them": ("Can't lose them", "Nicht verlieren!"),
    "Hibernating": ("Hibernating", "Im Winterschlaf"),
    "Lost": ("Lost", "Verloren"),
}
PERIODS = {"month": ("month", "Monat"), "quarter": ("quarter", "Quartal"), "year": ("year", "Jahr")}


def pick(pair: tuple[str, str], language: str) -> str:
    return pair[1] if language == "de" else pair[0]
