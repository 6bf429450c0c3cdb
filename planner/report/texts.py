"""The words of the PDF workshop report, in English and German: every pair is (English,
German). The planner speaks both itself, so the command line writes the same report as the
window."""

from __future__ import annotations

CHAPTERS = {  # the five steps of the method, then the figures they rest on; the Report section's names too
    "personas": ("1 Know expectations: our customers", "1 Erwartungen kennen: unsere Kunden"),
    "goals": ("2 Retention as a goal: the goal table", "2 Kundenbindung als Ziel: Zieltabelle"),
    "measures": ("3 Measures with owners", "3 Maßnahmen mit Verantwortlichen"),
    "journey": ("4 Measures in the customer journey", "4 Maßnahmen in der Customer Journey"),
    "effect": ("5 Analyse success: does it work?", "5 Erfolg analysieren: wirkt es?"),
    "kpis": ("Figures from our sales data", "Kennzahlen aus unseren Verkaufsdaten"),
    "winback": ("Figures: customers to win back", "Kennzahlen: Kunden zurückgewinnen"),
    "ideas": ("Ideas from the workshop", "Ideen aus dem Workshop"),
}
CHAPTER_ORDER = ("personas", "goals", "measures", "journey", "effect", "kpis", "winback", "ideas")

WORDS = {
    "report": ("Retention plan", "Kundenbindungsplan"),
    "workshop": ("Workshop report", "Workshop-Bericht"),
    "as_of": ("As of %1", "Stand: %1"),
    "contents": ("Contents", "Inhalt"),
    "stage": ("Stage", "Phase"),
    "lanes": ("lanes", "Bahnen"),
    "lanes_intro": (
        "What the customer does, thinks and feels in each stage, and what happens backstage.",
        "Was der Kunde in jeder Phase tut, denkt und fühlt, und was hinter den Kulissen geschieht.",
    ),
    "ideas_count": ("%1 notes on the ideas board: %2.", "%1 Notizen auf der Ideen-Pinnwand: %2."),
    "ideas_ranking": ("Most dots: %1.", "Die meisten Punkte: %1."),
    "no_ideas": ("No notes on the ideas board yet.", "Noch keine Notizen auf der Ideen-Pinnwand."),
    "page": ("Page %1 of %2", "Seite %1 von %2"),
    "summary": (
        "%1 personas · %2 touchpoints · %3 goals · %4 measures",
        "%1 Personas · %2 Touchpoints · %3 Ziele · %4 Maßnahmen",
    ),
    "customers": ("Sales data: %1 customers from %2 to %3", "Verkaufsdaten: %1 Kunden von %2 bis %3"),
    "no_sales": ("No sales data imported yet.", "Noch keine Verkaufsdaten importiert."),
    "segment": ("Segment / role", "Segment / Rolle"),  # as the persona form names the fields
    "persona_goals": ("Goals", "Ziele"),
    "expectations": ("Expectations", "Erwartungen"),
    "pains": ("Pains", "Probleme"),
    "channels": ("Preferred channels", "Bevorzugte Kanäle"),
    "notes": ("Notes", "Notizen"),
    "no_personas": ("No personas yet.", "Noch keine Personas."),
    "no_goals": ("No goals yet.", "Noch keine Ziele."),
    "no_measures": ("No measures yet.", "Noch keine Maßnahmen."),
    "no_journey": ("No touchpoints yet.", "Noch keine Touchpoints."),
    "left_out": ("Not in this report: %1", "Nicht in diesem Bericht: %1"),
    "continued": ("continued", "Fortsetzung"),
    "no_effect": (
        "No measure can be judged yet: it needs a start date and sales data after it.",
        "Noch keine Maßnahme lässt sich beurteilen: Dafür braucht sie ein Startdatum und Verkaufsdaten danach.",
    ),
    "goal": ("Goal", "Ziel"),
    "metric": ("Metric", "Kennzahl"),
    "baseline": ("Baseline", "Ausgangswert"),
    "target": ("Target", "Zielwert"),
    "current": ("Current", "Aktuell"),
    "worth": ("Worth a year", "Wert pro Jahr"),
    "reached": ("reached", "erreicht"),
    "deadline": ("Deadline", "Frist"),
    "owner": ("Owner", "Verantwortlich"),
    "progress": ("Progress", "Fortschritt"),
    "measure": ("Measure", "Maßnahme"),
    "status": ("Status", "Status"),
    "dates": ("Start – end", "Beginn – Ende"),
    "measure_status": ("Measure status", "Status der Maßnahme"),
    "cost": ("Cost", "Kosten"),
    "goals": ("Goals", "Ziele"),
    "effort": ("Effort", "Aufwand"),
    "impact": ("Impact", "Wirkung"),
    "effort_axis": ("Effort →", "Aufwand →"),  # the axes and quadrants as the Measures section names them
    "impact_axis": ("Expected impact →", "Erwartete Wirkung →"),
    "verdict": ("Verdict", "Urteil"),
    "decision": ("Decision", "Entscheidung"),
    "finding": ("What the data says", "Was die Daten sagen"),
    "matrix": ("Impact and effort", "Wirkung und Aufwand"),
    "quick_wins": ("Quick wins", "Schnelle Erfolge"),
    "big_bets": ("Big bets", "Große Vorhaben"),
    "fill_ins": ("Fill-ins", "Lückenfüller"),
    "money_pits": ("Money pits", "Geldgräber"),
    "colour_status": ("Colour = status", "Farbe = Status"),
    "measures_here": ("Measures acting here", "Maßnahmen an diesem Touchpoint"),
    "no_measure_here": ("no measure yet", "noch keine Maßnahme"),
    "goals_intro": (
        "Each goal with its measures and who carries them. Progress is measured from the sales data "
        "(periods whose activity window the data covers) or from the check-ins of a manual KPI.",
        "Jedes Ziel mit seinen Maßnahmen und wer sie trägt. Der Fortschritt wird aus den Verkaufsdaten "
        "gemessen (Perioden, deren Aktivitätsfenster die Daten abdecken) oder aus den Messwerten einer "
        "manuellen Kennzahl.",
    ),
    "worth_intro": (
        "Worth a year: the extra gross margin a year once the target holds, from the last year of the "
        "data (customers kept more × revenue per customer × gross margin; the workbook shows the revenue too).",
        "Wert pro Jahr: die zusätzliche Marge pro Jahr, sobald der Zielwert erreicht ist, aus dem letzten "
        "Datenjahr (mehr gehaltene Kunden × Umsatz je Kunde × Bruttomarge; die Arbeitsmappe zeigt auch den Umsatz).",
    ),
    "effect_intro": (
        "Each measure against the strongest comparison the data allows: a random holdout, else the other "
        "customers matched on their buying before the start, else the trend and season of the goal's KPI "
        "(not causal). 95 % intervals by bootstrap over customers; placebo starts repeat the comparison "
        "where nothing had started, near 0 is good; the money is the extra gross margin over the horizon "
        "against the cost. ⚠ marks a warning.",
        "Jede Maßnahme gegen den stärksten Vergleich, den die Daten erlauben: einen zufällig "
        "zurückgehaltenen Teil, sonst die übrigen Kunden, abgeglichen nach ihrem Kaufverhalten vor dem "
        "Start, sonst Trend und Saison der Kennzahl des Ziels (keine Wirkungsmessung). 95-%-Intervalle per "
        "Bootstrap über Kunden; Placebo-Starts wiederholen den Vergleich, als noch nichts begonnen hatte, "
        "nahe 0 ist gut; das Geld ist der zusätzliche Rohertrag im Horizont gegenüber den Kosten. ⚠ "
        "markiert eine Warnung.",
    ),
    "retention_intro": (
        "Share of the customers active at the start of a period who bought again within it; grey "
        "periods: the data does not cover the activity window yet, the rate is understated.",
        "Anteil der zu Periodenbeginn aktiven Kunden, die in der Periode wieder gekauft haben; graue "
        "Perioden: Die Daten decken das Aktivitätsfenster noch nicht ab, die Quote ist zu niedrig.",
    ),
    "buyers_intro": ("New and returning buyers per period.", "Neue und wiederkehrende Käufer je Periode."),
    "cohort_intro": (
        "Customers grouped by the period of their first purchase: the share buying again in later periods.",
        "Kunden nach der Periode ihres Erstkaufs gruppiert: der Anteil, der in späteren Perioden wieder kauft.",
    ),
    "journey_title": ("Customer journey", "Customer Journey"),
    "winback_more": (
        "The %1 customers with the most value at risk; the workbook's At-risk sheet lists all %2.",
        "Die %1 Kunden mit dem meisten gefährdeten Wert; das Blatt „Gefährdet“ der Arbeitsmappe listet alle %2.",
    ),
    "winback_none": ("No customer is on the win-back list.", "Kein Kunde steht auf der Rückgewinnungsliste."),
}

CURVE_LABELS = {
    "average": ("Average of all touchpoints", "Durchschnitt aller Touchpoints"),  # as the Journey section says
    "pain": ("Pain points", "Schmerzpunkte"),
    "lowest": ("Lowest point: retention is lost here", "Tiefpunkt: hier geht Kundenbindung verloren"),
    "no_data": ("No touchpoints yet", "Noch keine Touchpoints"),
    "emotion": ("Emotion", "Emotion"),
}

CHART_LABELS = {  # planner.charts.sales labels
    "retention": ("Retention rate %", "Kundenbindungsrate %"),  # named as the Data section's charts
    "churn": ("Churn rate %", "Abwanderungsrate %"),
    "percent": ("%", "%"),
    "new": ("New buyers", "Neue Käufer"),
    "returning": ("Returning buyers", "Wiederkehrende Käufer"),
    "buyers": ("Buyers", "Käufer"),
    "cohort": ("Cohort (customers)", "Kohorte (Kunden)"),
    "offset": ("Periods after the first purchase", "Perioden nach dem Erstkauf"),
    "no_data": ("No sales data yet", "Noch keine Verkaufsdaten"),
    "not_covered": ("grey: window not covered by the data", "grau: Fenster nicht durch Daten abgedeckt"),
    "cohort_scale": ("Bought again, % of the cohort", "Wieder gekauft, % der Kohorte"),
    "small_cohorts": (
        "grey: cohorts under %1 customers (too few to compare)",
        "grau: Kohorten unter %1 Kunden (zu wenige für einen Vergleich)",
    ),
    "decimal": (".", ","),
    "group": (",", "."),
}


def pick(pair: tuple[str, str], language: str) -> str:
    return pair[1] if language == "de" else pair[0]


def labels(table: dict[str, tuple[str, str]], language: str) -> dict[str, str]:
    return {key: pick(pair, language) for key, pair in table.items()}
