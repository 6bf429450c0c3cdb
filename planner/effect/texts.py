"""What the evaluation says, in German and English. The planner speaks both itself because
the command line prints the same sentences the window shows."""

from __future__ import annotations

from datetime import date

KPI_NAMES = {
    "retention_rate": ("Retention rate", "Kundenbindungsrate"),
    "churn_rate": ("Churn rate", "Abwanderungsrate"),
    "repeat_purchase_rate": ("Repeat purchase rate", "Wiederkaufrate"),
    "customers_end": ("Active customers", "Aktive Kunden"),
    "new": ("New customers", "Neukunden"),
    "reactivated": ("Reactivated customers", "Reaktivierte Kunden"),
    "revenue": ("Revenue", "Umsatz"),
    "aov": ("Average order value", "Durchschnittlicher Bestellwert"),
    "purchase_frequency": ("Purchase frequency", "Kaufhäufigkeit"),
}
PERCENT_KPIS = {"retention_rate", "churn_rate", "repeat_purchase_rate"}
PERIOD_PLURAL = {"month": ("months", "Monate"), "quarter": ("quarters", "Quartale"), "year": ("years", "Jahre")}
# dative, after "in den"
PERIOD_WORDS = {"month": ("months", "Monaten"), "quarter": ("quarters", "Quartalen"), "year": ("years", "Jahren")}

VERDICT_NAMES = {
    "works": ("works", "wirkt"),
    "harmful": ("harmful", "schadet"),
    "no_clear_effect": ("no clear effect", "keine klare Wirkung"),
    "not_enough_data": ("not enough data", "zu wenig Daten"),
}

REASONS = {
    "no_start": ("Set the measure's start date.", "Tragen Sie das Startdatum der Maßnahme ein."),
    "no_data": ("Import sales data.", "Importieren Sie Verkaufsdaten."),
    "no_participants": (
        "Define the participants (a data column value or a customer list) to compare them with the other customers.",
        "Legen Sie die Teilnehmer fest (Wert einer Datenspalte oder Kundenliste), um sie mit den übrigen Kunden "
        "zu vergleichen.",
    ),
    "unknown_column": (
        "The sales data has no column '{column}' to find the participants by: choose them again "
        "(columns in the data: {columns}).",
        "Die Verkaufsdaten haben keine Spalte „{column}“, an der die Teilnehmer zu erkennen sind: Teilnehmer neu "
        "festlegen (Spalten in den Daten: {columns}).",
    ),
    "none_found": (
        "None of the {listed} listed customers is in the sales data: check the customer numbers.",
        "Keiner der {listed} aufgeführten Kunden kommt in den Verkaufsdaten vor: Kundennummern prüfen.",
    ),
    "needs_time": (
        "Needs {months} months of data after the start: ready on {ready}.",
        "Braucht {months} Monate Daten nach dem Start: bereit am {ready}.",
    ),
    "small_group": (
        "Too few customers to judge: {group} has {n} (at least {minimum} needed).",
        "Zu wenige Kunden für ein Urteil: {group} hat {n} (mindestens {minimum} nötig).",
    ),
    "few_periods": (
        "Needs {n} complete {periods} before and after the start (has {before} before, {after} after).",
        "Braucht je {n} vollständige {periods} vor und nach dem Start (hat {before} davor, {after} danach).",
    ),
    "manual_kpi": (
        "The goal's KPI is entered by hand: its check-ins are shown against the target.",
        "Die Kennzahl des Ziels wird von Hand erfasst: ihre Messungen stehen gegen den Zielwert.",
    ),
}
GROUPS = {
    "n_p_after": ("participants active at the start", "Teilnehmer aktiv beim Start"),
    "n_o_after": ("others active at the start", "übrige Kunden aktiv beim Start"),
    "n_p_before": ("participants active one horizon earlier", "Teilnehmer aktiv einen Horizont früher"),
    "n_o_before": ("others active one horizon earlier", "übrige Kunden aktiv einen Horizont früher"),
}

WARNINGS = {
    "selection": (
        "The participants were chosen by what they did after the start ({detail}), so only customers who came "
        "back could be among them: the comparison overstates the effect. A participants list with join dates "
        "avoids this: each participant is then judged from the day they joined.",
        "Die Teilnehmer wurden nach ihrem Verhalten nach dem Start bestimmt ({detail}), also konnten nur "
        "wiederkehrende Kunden dazugehören: Der Vergleich überschätzt die Wirkung. Eine Teilnehmerliste mit "
        "Beitrittsdatum vermeidet das: Jeder Teilnehmer wird dann ab seinem Beitritt beurteilt.",
    ),
    "pre_trend": (
        "Before the start the groups were already drifting apart ({did} points between {early} and {late}, "
        "95 %: {lo} to {hi}): part of the difference may not be the measure's.",
        "Schon vor dem Start liefen die Gruppen auseinander ({did} Punkte zwischen {early} und {late}, "
        "95 %: {lo} bis {hi}): Ein Teil des Unterschieds stammt womöglich nicht von der Maßnahme.",
    ),
    "joined_too_late": (
        "{n} participants joined too late to see {months} months after joining; they are left out.",
        "{n} Teilnehmer sind zu spät beigetreten, um {months} Monate danach zu sehen; sie bleiben außen vor.",
    ),
    "not_found": (
        "{missing} of {listed} listed customers are not in the sales data ({reasons}).",
        "{missing} von {listed} aufgeführten Kunden kommen in den Verkaufsdaten nicht vor ({reasons}).",
    ),
    "short_history": (
        "The data starts after {needed}, so the activity window one horizon before the start is not fully "
        "covered: both groups' earlier shares are understated.",
        "Die Daten beginnen nach dem {needed}; das Aktivitätsfenster einen Horizont vor dem Start ist nicht ganz "
        "abgedeckt: Die früheren Anteile beider Gruppen sind unterschätzt.",
    ),
    "not_causal": (
        "Before/after is not a causal estimate: other things changed too.",
        "Vorher/nachher ist keine Wirkungsmessung: Es hat sich auch anderes geändert.",
    ),
}

# why a listed customer is not judged (planner.effect.matching.REASONS), after "n: "
NOT_FOUND_REASONS = {
    "letter_case": ("differ only in letter case or blanks", "unterscheiden sich nur in Groß-/Kleinschreibung"),
    "leading_zeros": ("differ only in leading zeros", "unterscheiden sich nur in führenden Nullen"),
    "email_not_number": (
        "e-mail addresses, but the sales data has customer numbers",
        "E-Mail-Adressen, aber die Verkaufsdaten haben Kundennummern",
    ),
    "number_not_email": (
        "customer numbers, but the sales data identifies customers by e-mail",
        "Kundennummern, aber die Verkaufsdaten führen Kunden nach E-Mail-Adresse",
    ),
    "no_purchase": ("no purchase in the sales data", "kein Kauf in den Verkaufsdaten"),
    "bad_join_date": ("join date unreadable", "Beitrittsdatum nicht lesbar"),
}


def pick(pair: tuple[str, str], language: str) -> str:
    return pair[1] if language == "de" else pair[0]


def number(value: float, language: str, decimals: int = 1) -> str:
    text = f"{value:,.{decimals}f}"
    if language == "de":
        text = text.replace(",", "\u0001").replace(".", ",").replace("\u0001", ".")
    return text.replace("-", "−") if value < 0 else text


def day(value: date, language: str) -> str:
    return value.strftime("%d.%m.%Y") if language == "de" else value.isoformat()


def reason_text(code: str, language: str, **params: object) -> str:
    return pick(REASONS[code], language).format(**params)


def warning_text(code: str, language: str, **params: object) -> str:
    return pick(WARNINGS[code], language).format(**params)


def not_found_text(listed: int, counts: list[tuple[str, int]], language: str) -> str:
    """The `not_found` warning: how many listed customers are left out, and why."""
    reasons = "; ".join(f"{pick(NOT_FOUND_REASONS[code], language)}: {n}" for code, n in counts)
    return warning_text("not_found", language, missing=sum(n for _c, n in counts), listed=listed, reasons=reasons)


def did_sentence(
    label: str, did: float, ci: tuple[float, float], verdict: str, language: str, *, join_dates: bool
) -> str:
    more = did >= 0
    amount, lo, hi = number(abs(did), language), number(ci[0], language), number(ci[1], language)
    if language == "de":
        since = "verglichen mit vor ihrem Beitritt" if join_dates else "verglichen mit vor dem Start"
        text = f"{label} kamen {amount} Punkte {'häufiger' if more else 'seltener'} wieder als die übrigen Kunden (95 %: {lo} bis {hi}), {since}."
        if verdict == "no_clear_effect":
            text += " Das Intervall schließt null ein: keine klare Wirkung."
        return text
    since = "compared with before they joined" if join_dates else "compared with before the start"
    text = f"{label} came back {amount} points {'more' if more else 'less'} often than the others (95 %: {lo} to {hi}), {since}."
    if verdict == "no_clear_effect":
        text += " The interval includes zero: no clear effect."
    return text


def before_after_sentence(
    kpi: str, difference: float, ci: tuple[float, float], n: int, period: str, language: str
) -> str:
    name = pick(KPI_NAMES.get(kpi, (kpi, kpi)), language)
    unit = (" Punkte" if language == "de" else " points") if kpi in PERCENT_KPIS else ""
    amount, lo, hi = number(abs(difference), language), number(ci[0], language), number(ci[1], language)
    periods = pick(PERIOD_WORDS.get(period, (period, period)), language)
    if language == "de":
        way = "höher" if difference >= 0 else "niedriger"
        return (
            f"{name}: in den {n} {periods} ab dem Start {amount}{unit} {way} als in den {n} davor "
            f"(95 %: {lo} bis {hi}). Keine Wirkungsmessung: Es hat sich auch anderes geändert."
        )
    way = "higher" if difference >= 0 else "lower"
    return (
        f"{name} was {amount}{unit} {way} in the {n} {periods} from the start than in the {n} before "
        f"(95 %: {lo} to {hi}). Not a causal estimate: other things changed too."
    )
