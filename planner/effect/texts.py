"""What the evaluation says, in German and English. The planner speaks both itself because
the command line prints the same sentences the window shows."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from planner.effect.money import Money

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
    "not_judgeable": ("cannot be judged", "nicht beurteilbar"),
}
# what the participants are compared with (DESIGN section 7, Comparison group)
COMPARISON_NAMES = {
    "holdout": (
        "randomised comparison: a held-out share of the participants",
        "Zufallsvergleich: zurückgehaltener Teil der Teilnehmer",
    ),
    "matched": (
        "matched comparison: other customers with the same buying before the start",
        "Abgeglichener Vergleich: übrige Kunden mit demselben Kaufverhalten vor dem Start",
    ),
    "time_series": (
        "time series: the trend and season before the start carried forward (not causal)",
        "Zeitreihe: Trend und Saison vor dem Start fortgeschrieben (keine Wirkungsmessung)",
    ),
}
PAYS_OFF = {
    "yes": ("it paid off", "sie hat sich gelohnt"),
    "no": ("it did not pay off", "sie hat sich nicht gelohnt"),
    "unclear": ("whether it paid off is unclear", "ob sie sich gelohnt hat, ist offen"),
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
        "Without a comparison group the trend and season before the start are carried forward: that needs "
        "{before_needed} complete {periods} before the start (two full years) and {after_needed} after it "
        "(has {before} before, {after} after).",
        "Ohne Vergleichsgruppe werden Trend und Saison vor dem Start fortgeschrieben: Dafür braucht es "
        "{before_needed} vollständige {periods} vor dem Start (zwei volle Jahre) und {after_needed} danach "
        "(hat {before} davor, {after} danach).",
    ),
    "selection": (
        "Cannot be judged: the participants were chosen by what they did after the start ({detail}), so only "
        "customers who came back could be among them and any comparison overstates the effect. A participants "
        "list with join dates avoids this: each participant is then judged from the day they joined.",
        "Nicht zu beurteilen: Die Teilnehmer wurden nach ihrem Verhalten nach dem Start bestimmt ({detail}), "
        "also konnten nur wiederkehrende Kunden dazugehören, und jeder Vergleich überschätzt die Wirkung. Eine "
        "Teilnehmerliste mit Beitrittsdatum vermeidet das: Jeder Teilnehmer wird dann ab seinem Beitritt beurteilt.",
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
    "placebo": (
        "Before the start the groups were already drifting apart: the same comparison at earlier starts, "
        "where nothing had started, found {placebos}. Part of the difference may not be the measure's.",
        "Schon vor dem Start liefen die Gruppen auseinander: Derselbe Vergleich zu früheren Starts, als noch "
        "nichts begonnen hatte, ergab {placebos}. Ein Teil des Unterschieds stammt womöglich nicht von der Maßnahme.",
    ),
    "placebo_one": ("{did} points from {start} (95 %: {lo} to {hi})", "{did} Punkte ab {start} (95 %: {lo} bis {hi})"),
    "joined_at_purchase": (
        "{share} % of the participants bought on the day they joined (a card handed out at the till): that "
        "purchase counts as their coming back, while the others are judged from the start, so the effect reads "
        "high. Take it as an upper bound, or compare with a random holdout of new members.",
        "{share} % der Teilnehmer kauften am Tag ihres Beitritts (eine an der Kasse ausgegebene Karte): Dieser "
        "Kauf zählt als ihr Wiederkommen, während die übrigen ab dem Start beurteilt werden; die Wirkung fällt "
        "dadurch zu hoch aus. Lesen Sie sie als Obergrenze, oder vergleichen Sie mit einer zufällig "
        "zurückgehaltenen Gruppe neuer Mitglieder.",
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
        "A time series is not a causal estimate: other things changed at the start too.",
        "Eine Zeitreihe ist keine Wirkungsmessung: Zum Start hat sich auch anderes geändert.",
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
    label: str,
    did: float,
    ci: tuple[float, float],
    verdict: str,
    language: str,
    *,
    join_dates: bool,
    kind: str = "matched",
) -> str:
    more = did >= 0
    amount, lo, hi = number(abs(did), language), number(ci[0], language), number(ci[1], language)
    if language == "de":
        since = "verglichen mit vor ihrem Beitritt" if join_dates else "verglichen mit vor dem Start"
        whom = "die zufällig zurückgehaltenen Kunden" if kind == "holdout" else "vergleichbare übrige Kunden"
        text = f"{label} kamen {amount} Punkte {'häufiger' if more else 'seltener'} wieder als {whom} (95 %: {lo} bis {hi}), {since}."
        if verdict == "no_clear_effect":
            text += " Das Intervall schließt null ein: keine klare Wirkung."
        return text
    since = "compared with before they joined" if join_dates else "compared with before the start"
    whom = "the randomly held-out customers" if kind == "holdout" else "comparable other customers"
    text = f"{label} came back {amount} points {'more' if more else 'less'} often than {whom} (95 %: {lo} to {hi}), {since}."
    if verdict == "no_clear_effect":
        text += " The interval includes zero: no clear effect."
    return text


def money_text(value: float, currency: str, language: str) -> str:
    return f"{number(value, language, 0)} {currency}".strip()


def money_sentence(money: Money, horizon_months: int, currency: str, language: str) -> str:
    """What the effect earned in the horizon, against the cost where there is one."""
    de = language == "de"
    parts = []
    if money.extra_purchases is not None and money.percent is not None:
        way = ("mehr" if money.percent >= 0 else "weniger") if de else ("more" if money.percent >= 0 else "fewer")
        pct = number(abs(money.percent), language, 0)
        parts.append(f"{pct} % {way} Käufe je Teilnehmer" if de else f"{pct} % {way} purchases per participant")
    if money.extra_margin is not None and money.ci_margin is not None:
        margin = money_text(money.extra_margin, currency, language)
        lo, hi = (money_text(v, currency, language) for v in money.ci_margin)
        parts.append(
            f"{margin} Rohertrag in {horizon_months} Monaten (95 %: {lo} bis {hi})"
            if de
            else f"{margin} gross margin in {horizon_months} months (95 %: {lo} to {hi})"
        )
    elif money.extra_revenue is not None and money.ci_revenue is not None:
        revenue = money_text(money.extra_revenue, currency, language)
        lo, hi = (money_text(v, currency, language) for v in money.ci_revenue)
        parts.append(
            f"{revenue} Umsatz in {horizon_months} Monaten (95 %: {lo} bis {hi})"
            if de
            else f"{revenue} revenue in {horizon_months} months (95 %: {lo} to {hi})"
        )
    if not parts:
        return ""
    text = ", ".join(parts)
    if money.cost is not None and money.pays_off is not None:
        cost = money_text(money.cost, currency, language)
        verdict = pick(PAYS_OFF[money.pays_off], language)
        text += f" gegenüber {cost} Kosten; {verdict}" if de else f" against {cost} cost; {verdict}"
    return text[0].upper() + text[1:] + "."


WORTH = {
    "above": (
        "The whole interval lies above the {points} points the team named as worth having.",
        "Das ganze Intervall liegt über den {points} Punkten, die das Team als lohnend genannt hat.",
    ),
    "below": (
        "The whole interval lies below the {points} points the team named as worth having.",
        "Das ganze Intervall liegt unter den {points} Punkten, die das Team als lohnend genannt hat.",
    ),
    "unclear": (
        "Whether it reaches the {points} points the team named as worth having is open: the interval includes them.",
        "Ob die Wirkung die {points} Punkte erreicht, die das Team als lohnend genannt hat, ist offen: Das "
        "Intervall schließt sie ein.",
    ),
}


def worth_sentence(worth: str, points: float, language: str) -> str:
    return pick(WORTH[worth], language).format(points=number(points, language))


def time_series_sentence(kpi: str, effect: float, ci: tuple[float, float], n: int, period: str, language: str) -> str:
    name = pick(KPI_NAMES.get(kpi, (kpi, kpi)), language)
    unit = (" Punkte" if language == "de" else " points") if kpi in PERCENT_KPIS else ""
    amount, lo, hi = number(abs(effect), language), number(ci[0], language), number(ci[1], language)
    periods = pick(PERIOD_WORDS.get(period, (period, period)), language)
    if language == "de":
        way = "höher" if effect >= 0 else "niedriger"
        return (
            f"{name}: in den {n} {periods} ab dem Start im Mittel {amount}{unit} {way}, als Trend und Saison der "
            f"Zeit davor erwarten ließen (95 %: {lo} bis {hi}). Keine Wirkungsmessung: Es hat sich auch anderes geändert."
        )
    way = "higher" if effect >= 0 else "lower"
    return (
        f"{name} was on average {amount}{unit} {way} in the {n} {periods} from the start than the trend and "
        f"season before it predicted (95 %: {lo} to {hi}). Not a causal estimate: other things changed too."
    )


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
