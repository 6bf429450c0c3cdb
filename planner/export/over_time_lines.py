"""A measure's effect over time and the history of its judgements (DESIGN section 7, "Over
time"), as the documents show them: a small table per measure (the effect at each month from
the start with its interval, the extra gross margin so far), whether it paid for itself or has
faded, and each earlier judgement with the data it had. The figures are
planner.effect.over_time's and planner.effect.history's; here only their words."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from planner.effect import texts as et
from planner.effect.evaluate import Evaluation

WORDS = {  # (English, German)
    "over_time": ("Over time, from", "Im Zeitverlauf, ab"),
    "effect": ("Effect (points)", "Wirkung (Punkte)"),
    "margin_so_far": ("Extra gross margin so far", "Zusätzlicher Rohertrag bis dahin"),
    "paid_off": ("Paid for itself in", "Hat sich bezahlt gemacht im"),
    "not_paid_off": ("Not yet paid for itself", "Hat sich noch nicht bezahlt gemacht"),
    "faded": (
        "The effect has faded: the latest interval includes 0 after an earlier one lay above it.",
        "Die Wirkung hat nachgelassen: Das letzte Intervall schließt 0 ein, nachdem ein früheres darüber lag.",
    ),
    "history": ("Judged on, data to", "Beurteilt am, Daten bis"),
    "course": ("Verdict over time", "Urteil im Verlauf"),
    "chart": ("{title} over time", "{title} im Zeitverlauf"),
}
CHART_LABELS = {  # planner.effect.over_time_chart's labels
    "effect": ("Effect on coming back (points)", "Wirkung auf das Wiederkommen (Punkte)"),
    "band": ("95 % interval", "95-%-Intervall"),
    "margin": ("Extra gross margin so far", "Zusätzlicher Rohertrag bis dahin"),
    "cost": ("Cost", "Kosten"),
    "paid_off": ("paid for itself", "bezahlt gemacht"),
    "no_curve": (
        "No curve: the measure has no comparison group yet",
        "Keine Kurve: Die Maßnahme hat noch keine Vergleichsgruppe",
    ),
    "no_margin": ("No gross margin set: no money figure", "Keine Rohertragsmarge eingetragen: kein Geldbetrag"),
    "date_format": ("%Y-%m", "%m/%Y"),
    "decimal": (".", ","),
    "group": (",", "."),
}


def word(key: str, language: str) -> str:
    return et.pick(WORDS[key], language)


def chart_labels(language: str) -> dict[str, str]:
    return {key: et.pick(pair, language) for key, pair in CHART_LABELS.items()}


@dataclass(frozen=True)
class TimeRow:
    """One month of the curve, or one earlier judgement: a date (or text), a DiD with its
    interval, and money (the margin so far) or a verdict."""

    label: object  # date or str
    value: float | None
    ci: tuple[float, float] | None
    extra: object  # float (money) or str (a verdict)
    ci_extra: tuple[float, float] | None = None


def has_curve(evaluation: Evaluation) -> bool:
    """A curve of two months or more that claims something: with participants chosen by what
    they did after the start the gap is no effect and its money no earning (the sentence says why)."""
    over = getattr(evaluation, "over_time", None)
    return over is not None and over.judgeable and len(over.points) >= 2


def curve_rows(evaluation: Evaluation) -> list[TimeRow]:
    over = getattr(evaluation, "over_time", None)
    if over is None or not has_curve(evaluation):
        return []
    return [TimeRow(p.at, p.effect, p.ci, p.cum_margin, p.ci_margin) for p in over.points]


def curve_notes(evaluation: Evaluation, language: str) -> list[tuple[str, object, bool]]:
    """(label, value, warning) lines under the curve: paid for itself when, faded."""
    over = getattr(evaluation, "over_time", None)
    if over is None or not has_curve(evaluation):
        return []
    out: list[tuple[str, object, bool]] = []
    if over.cost is not None and any(p.cum_margin is not None for p in over.points):
        if over.paid_off is not None:
            out.append((word("paid_off", language), over.paid_off, False))
        else:
            out.append((word("not_paid_off", language), "", False))
    if over.faded:
        out.append(("", word("faded", language), True))
    return out


def history_rows(evaluation: Evaluation, language: str) -> list[TimeRow]:
    rows = []
    for j in getattr(evaluation, "history", None) or []:
        judged = _day(j.judged, language)
        label = f"{judged}, {_day(j.data_to, language)}"
        verdict = et.pick(et.VERDICT_NAMES[j.verdict], language) if j.verdict in et.VERDICT_NAMES else j.verdict
        rows.append(TimeRow(label, j.did, j.ci, verdict))
    return rows


def course(evaluation: Evaluation, language: str) -> str:
    history = getattr(evaluation, "history", None) or []
    if not history:
        return ""
    from planner.effect.history import course_sentence

    return course_sentence(history, language)


def _day(text: str, language: str) -> str:
    try:
        value = datetime.fromisoformat(text).date() if "T" in text or " " in text else date.fromisoformat(text)
    except ValueError:
        return text
    return et.day(value, language)
