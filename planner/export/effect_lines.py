"""A judged measure as the lines a document shows (DESIGN section 7): the comparison made,
the matched DiD with the plain one beside it, participants left out, placebo starts, the
money, the power, each warning on a line of its own (what would make a measure judgeable is
in its sentence).

One list for the workbook's Effectiveness sheet and the PDF's effectiveness chapter, so the
two say the same; the sentences and names come from planner.effect.texts, the words the
window uses, not copies of them."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from planner.effect import texts as et
from planner.effect.evaluate import HORIZON_MONTHS, Evaluation

LABELS = {  # (English, German)
    "comparison": ("Comparison", "Vergleich"),
    "no_comparison": ("none made yet", "noch keiner"),
    "did_holdout": ("Difference in coming back (points)", "Unterschied beim Wiederkommen (Punkte)"),
    "did_matched": ("Difference, matched (points)", "Unterschied, abgeglichen (Punkte)"),
    "unmatched": ("Plain difference, unmatched (points)", "Einfacher Unterschied, nicht abgeglichen (Punkte)"),
    "unmatched_note": (
        "all other customers, unweighted: context only",
        "alle übrigen Kunden, ungewichtet: nur zur Einordnung",
    ),
    "groups": ("Participants / comparison group active at the start", "Teilnehmer / Vergleichsgruppe aktiv beim Start"),
    "left_out": ("Participants left out (no comparable others)", "Ausgelassene Teilnehmer (keine vergleichbaren)"),
    "left_out_note": (
        "in {n} groups of buying behaviour no other customer shares",
        "in {n} Gruppen von Kaufverhalten, die kein anderer Kunde teilt",
    ),
    "left_out_note_one": (
        "in 1 group of buying behaviour no other customer shares",
        "in 1 Gruppe von Kaufverhalten, die kein anderer Kunde teilt",
    ),
    "placebo": ("Placebo start {day} (points)", "Placebo-Start {day} (Punkte)"),
    "placebo_ok": ("nothing had started: near 0 is good", "noch nichts begonnen: nahe 0 ist gut"),
    "placebo_drift": (
        "the interval excludes 0: the groups were drifting apart",
        "Das Intervall schließt 0 aus: Die Gruppen liefen auseinander",
    ),
    "series": ("Difference from trend and season", "Abweichung von Trend und Saison"),
    "series_points": ("Difference from trend and season (points)", "Abweichung von Trend und Saison (Punkte)"),
    "series_note": (
        "actual minus predicted over {after} periods, fitted on {before} periods before the start",
        "tatsächlich minus vorhergesagt über {after} Perioden, angepasst an {before} Perioden vor dem Start",
    ),
    "purchases": ("Extra purchases per participant", "Zusätzliche Käufe je Teilnehmer"),
    "purchases_pct": ("Extra purchases (%)", "Zusätzliche Käufe (%)"),
    "purchases_pct_note": (
        "of the comparison group's purchases per customer after the start",
        "der Käufe je Kunde der Vergleichsgruppe nach dem Start",
    ),
    "margin": ("Extra gross margin in {months} months", "Zusätzlicher Rohertrag in {months} Monaten"),
    "revenue": ("Extra revenue in {months} months", "Zusätzlicher Umsatz in {months} Monaten"),
    "money_note": (
        "from {n} participants active at the start",
        "von {n} beim Start aktiven Teilnehmern",
    ),
    "cost": ("Cost", "Kosten"),
    "return": ("Return on the cost", "Rendite auf die Kosten"),
    "return_note": ("(extra margin − cost) ÷ cost", "(zusätzlicher Rohertrag − Kosten) ÷ Kosten"),
    "pays_off": ("Pays off", "Lohnt sich"),
    "mde": ("Smallest detectable effect (points)", "Kleinste erkennbare Wirkung (Punkte)"),
    "mde_note": (
        "80 % power; in money: {money} revenue per participant",
        "80 % Teststärke; in Geld: {money} Umsatz je Teilnehmer",
    ),
    "mde_note_plain": ("80 % power", "80 % Teststärke"),
    "judgeable_from": ("Can be judged from", "Beurteilbar ab"),
    "worth": ("Worth having from (points)", "Lohnend ab (Punkte)"),
    "warning": ("Warning", "Warnung"),
    "decision": ("Decision", "Entscheidung"),
    "figure": ("Measure / figure", "Maßnahme / Kennzahl"),
    "value": ("Value", "Wert"),
    "ci": ("95 % interval", "95-%-Intervall"),
    "note": ("What it means", "Was es bedeutet"),
}
PAYS_OFF_WORDS = {"yes": ("yes", "ja"), "no": ("no", "nein"), "unclear": ("unclear", "offen")}
PAYS_OFF_NOTES = {
    "yes": ("the whole margin interval lies above the cost", "das ganze Rohertrags-Intervall liegt über den Kosten"),
    "no": ("the whole margin interval lies below the cost", "das ganze Rohertrags-Intervall liegt unter den Kosten"),
    "unclear": ("the margin interval includes the cost", "das Rohertrags-Intervall schließt die Kosten ein"),
}


def word(key: str, language: str) -> str:
    return et.pick(LABELS[key], language)


@dataclass(frozen=True)
class Line:
    """One figure of a judged measure: `kind` says how `value` is written ("points",
    "purchases", "percent", "money", "count", "date", "text"); `ci` its 95 % interval."""

    key: str
    label: str
    value: object
    kind: str
    ci: tuple[float, float] | None = None
    note: str = ""
    warning: bool = False


def effect_lines(evaluation: Evaluation, language: str, currency: str = "") -> list[Line]:
    """Every block of section 7 that the judgement has, in the order a reader asks for them:
    how it was compared, the effect, whether the comparison holds, what it earned, what it
    could detect, and what is wrong with it."""
    e, lang = evaluation, language
    out: list[Line] = [
        Line(
            "comparison",
            word("comparison", lang),
            et.pick(et.COMPARISON_NAMES[e.kind], lang)
            if e.kind in et.COMPARISON_NAMES
            else word("no_comparison", lang),
            "text",
        )
    ]
    c = e.comparison
    if c is not None:
        key = "did_holdout" if e.kind == "holdout" else "did_matched"
        out.append(Line("did", word(key, lang), c.retention.did, "points", c.retention.ci))
        if c.matched:
            out.append(
                Line(
                    "unmatched",
                    word("unmatched", lang),
                    c.unmatched.did,
                    "points",
                    c.unmatched.ci,
                    word("unmatched_note", lang),
                )
            )
        out.append(Line("groups", word("groups", lang), f"{c.n_p_after} / {c.n_o_after}", "text"))
        if c.matched:
            one = c.dropped_strata == 1
            note = word("left_out_note_one" if one else "left_out_note", lang).format(n=c.dropped_strata)
            note = note if c.dropped_participants else ""
            out.append(Line("left_out", word("left_out", lang), c.dropped_participants, "count", note=note))
    for p in e.placebo:
        out.append(
            Line(
                "placebo",
                word("placebo", lang).format(day=et.day(p.start, lang)),
                p.did,
                "points",
                p.ci,
                word("placebo_drift" if p.drifting else "placebo_ok", lang),
                warning=p.drifting,
            )
        )
    series = e.time_series
    if series is not None and series.effect is not None:
        percent = series.kpi in et.PERCENT_KPIS
        out.append(
            Line(
                "series",
                word("series_points" if percent else "series", lang),
                series.effect,
                "points",
                series.ci,
                word("series_note", lang).format(after=len(series.periods_after), before=len(series.periods_before)),
            )
        )
    out += _money_lines(e, lang, currency)
    power = e.power
    if power is not None and power.mde_points is not None:
        note = (
            word("mde_note", lang).format(money=et.money_text(power.mde_money, currency, lang))
            if power.mde_money is not None
            else word("mde_note_plain", lang)
        )
        out.append(Line("mde", word("mde", lang), power.mde_points, "points", note=note))
    ready = power.judgeable_from if power is not None else e.ready_on
    if ready is not None:
        out.append(Line("judgeable_from", word("judgeable_from", lang), ready, "date"))
    if e.worth_having is not None:
        note = et.worth_sentence(e.worth, e.worth_having, lang) if e.worth else ""
        out.append(Line("worth", word("worth", lang), e.worth_having, "points", note=note))
    for code, text in e.warnings:
        if code == "selection" and e.verdict == "not_judgeable":
            continue  # the sentence says it already, with what avoids it
        out.append(Line("warning", word("warning", lang), text, "text", warning=True))
    return out


def _money_lines(e: Evaluation, lang: str, currency: str) -> list[Line]:
    m = e.money
    if m is None:
        return []
    out = []
    if m.extra_purchases is not None:
        out.append(Line("purchases", word("purchases", lang), m.extra_purchases, "purchases", m.ci_purchases))
    if m.percent is not None:
        out.append(
            Line(
                "purchases_pct",
                word("purchases_pct", lang),
                m.percent,
                "percent",
                note=word("purchases_pct_note", lang),
            )
        )
    months = HORIZON_MONTHS
    if m.extra_margin is not None:
        out.append(
            Line(
                "margin",
                word("margin", lang).format(months=months),
                m.extra_margin,
                "money",
                m.ci_margin,
                word("money_note", lang).format(n=m.participants),
            )
        )
    elif m.extra_revenue is not None:
        out.append(
            Line(
                "revenue",
                word("revenue", lang).format(months=months),
                m.extra_revenue,
                "money",
                m.ci_revenue,
                word("money_note", lang).format(n=m.participants),
            )
        )
    if m.cost is not None:
        out.append(Line("cost", word("cost", lang), m.cost, "money"))
    if m.return_percent is not None:
        out.append(Line("return", word("return", lang), m.return_percent, "percent", note=word("return_note", lang)))
    if m.pays_off is not None:
        out.append(
            Line(
                "pays_off",
                word("pays_off", lang),
                et.pick(PAYS_OFF_WORDS[m.pays_off], lang),
                "text",
                note=et.pick(PAYS_OFF_NOTES[m.pays_off], lang),
            )
        )
    return out


DECIMALS = {"points": 1, "purchases": 2, "percent": 0, "money": 0, "count": 0}


def show(value: object, kind: str, language: str, currency: str = "") -> str:
    """A line's value as text (the PDF; the workbook writes typed cells)."""
    if value is None:
        return "–"
    if isinstance(value, date):
        return et.day(value, language)
    if isinstance(value, (int, float)) and kind in DECIMALS:
        text = et.number(float(value), language, DECIMALS[kind])
        if kind == "money":
            return f"{text}\u00a0{currency}".strip()
        if kind == "percent":
            return f"{text}\u00a0%"
        return text
    return str(value)


def show_ci(ci: tuple[float, float] | None, kind: str, language: str, currency: str = "") -> str:
    if ci is None:
        return ""
    lo, hi = (show(v, kind, language, currency) for v in ci)
    return f"{lo} {'bis' if language == 'de' else 'to'} {hi}"
