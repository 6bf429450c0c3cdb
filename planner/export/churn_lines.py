"""The churn model's part of the documents (DESIGN section 6, issue 33): which model was
chosen and why, the win-back list's value at risk with its 90 % interval, and each listed
customer's CLV with its interval; without a fit, why there is none and that the list then
follows the recency rule. One source for the workbook's At-risk sheet and the PDF's win-back
chapter.

The sentence of the choice is planner.predict's own (`Choice.sentence`, English); the German
one is built from the same percentages (`Choice.better_pct`), as the window builds its own."""

from __future__ import annotations

from dataclasses import dataclass

import pandas as pd

from planner.effect import texts as et
from planner.predict.choice import NAIVE, Choice
from planner.predict.forecast import NoForecast
from planner.predict.models import MODELS
from planner.predict.pipeline import Prediction

WORDS = {  # (English, German)
    "model": ("Churn model", "Abwanderungsmodell"),
    "why": ("Why this model", "Warum dieses Modell"),
    "listed": ("Customers on the win-back list", "Kunden auf der Rückgewinnungsliste"),
    "listed_note": (
        "P(alive) below {threshold} % and the last purchase within the activity window; {one_time} of them bought once",
        "P(aktiv) unter {threshold} % und der letzte Kauf im Aktivitätsfenster; {one_time} davon haben einmal gekauft",
    ),
    "value_at_risk": ("Value at risk a year (the whole list)", "Gefährdeter Wert pro Jahr (ganze Liste)"),
    "interval_note": (
        "90 % interval from 200 draws of the model's parameters",
        "90-%-Intervall aus 200 Ziehungen der Modellparameter",
    ),
    "no_interval": (
        "no interval: the fit's uncertainty cannot be estimated here (its Hessian is not definite)",
        "kein Intervall: Die Unsicherheit der Anpassung lässt sich hier nicht schätzen (Hesse-Matrix nicht definit)",
    ),
    "no_model": ("No churn model", "Kein Abwanderungsmodell"),
    "recency": (
        "The list follows the recency rule: repeat customers silent for longer than their own usual gaps "
        "between purchases, still within the activity window.",
        "Die Liste folgt der Regel nach letztem Kauf: Wiederkäufer, die länger schweigen als ihre üblichen "
        "Abstände zwischen Käufen, noch im Aktivitätsfenster.",
    ),
    "spend_warning": (
        "Spend and frequency are correlated (Spearman {rho}): Gamma-Gamma assumes they are not, so the "
        "value per purchase is less certain than the interval says.",
        "Ausgaben und Kaufhäufigkeit hängen zusammen (Spearman {rho}): Gamma-Gamma setzt voraus, dass sie "
        "es nicht tun; der Wert je Kauf ist unsicherer, als das Intervall sagt.",
    ),
    "p_alive": ("P(alive)", "P(aktiv)"),
    "clv": ("CLV a year", "CLV pro Jahr"),
    "clv_lo": ("CLV 90 % from", "CLV 90 % von"),
    "clv_hi": ("CLV 90 % to", "CLV 90 % bis"),
    "clv_90": ("CLV a year (90 %)", "CLV pro Jahr (90 %)"),
}
NO_FIT = {  # planner.predict.forecast.NoForecast codes
    "too_few_repeat": (
        "Only {repeaters} customers bought on two or more days; the model needs at least {needed}.",
        "Nur {repeaters} Kunden haben an zwei oder mehr Tagen gekauft; das Modell braucht mindestens {needed}.",
    ),
    "short_history": (
        "The data covers {weeks} weeks; the model needs at least {needed} weeks of history.",
        "Die Daten umfassen {weeks} Wochen; das Modell braucht mindestens {needed} Wochen Verlauf.",
    ),
    "not_converged": (
        "The model could not be fitted to this data.",
        "Das Modell ließ sich an diese Daten nicht anpassen.",
    ),
}
UNITS = {"week": ("weeks", "Wochen"), "day": ("days", "Tage")}


def word(key: str, language: str) -> str:
    return et.pick(WORDS[key], language)


def choice_sentence(choice: Choice, language: str) -> str:
    """Which model and why, in words."""
    if language != "de":
        return choice.sentence()
    span = f"{choice.length:.0f} {et.pick(UNITS.get(choice.unit, (choice.unit, choice.unit)), language)}"
    if not choice.made:
        return f"Vor den letzten {span} ließ sich kein Modell anpassen; BG/NBD wird ungeprüft verwendet."
    parts = []
    for other in [c.model for c in choice.candidates if c.model != choice.chosen and c.mae is not None] + [NAIVE]:
        pct = choice.better_pct(other)
        if pct is None:
            continue
        name = "die bisherige Rate jedes Kunden" if other == NAIVE else MODELS[other].name
        parts.append(f"{et.number(abs(pct), language, 0)} % {'besser' if pct >= 0 else 'schlechter'} als {name}")
    said = ", ".join(parts[:-1]) + (" und " if len(parts) > 1 else "") + (parts[-1] if parts else "")
    return f"{MODELS[choice.chosen].name} hat die letzten {span} Ihrer Daten {said} vorhergesagt."


def no_fit_sentence(reason: NoForecast, language: str) -> str:
    pair = NO_FIT.get(reason.code or "")
    if pair is None:
        return str(reason.message)
    params = {
        key: et.number(float(value), language, 0)
        for key, value in reason.params.items()
        if isinstance(value, (int, float))
    }
    return et.pick(pair, language).format_map(params)


@dataclass(frozen=True)
class ChurnLine:
    key: str
    label: str
    value: object  # str, int or float
    kind: str  # "text", "count", "money"
    ci: tuple[float, float] | None = None
    note: str = ""


def churn_lines(prediction: Prediction | None, language: str) -> list[ChurnLine]:
    """The lines above the at-risk list; empty without sales data."""
    lang = language
    if prediction is None:
        return []
    if prediction.fit is None:
        why = no_fit_sentence(prediction.no_fit, lang) if prediction.no_fit is not None else ""
        return [
            ChurnLine("model", word("model", lang), word("no_model", lang), "text", note=why),
            ChurnLine("recency", "", word("recency", lang), "text"),
        ]
    fit = prediction.fit
    out = [ChurnLine("model", word("model", lang), MODELS[fit.model].name, "text")]
    if fit.choice is not None:
        out.append(ChurnLine("why", word("why", lang), choice_sentence(fit.choice, lang), "text"))
    summary = prediction.win_back_summary
    if summary is not None:
        note = word("listed_note", lang).format(
            threshold=et.number(summary.threshold * 100, lang, 0), one_time=summary.listed_one_time
        )
        out.append(ChurnLine("listed", word("listed", lang), summary.listed, "count", note=note))
        if summary.value_at_risk is not None:
            out.append(
                ChurnLine(
                    "value_at_risk",
                    word("value_at_risk", lang),
                    summary.value_at_risk,
                    "money",
                    summary.value_at_risk_90,
                    word("interval_note" if summary.value_at_risk_90 is not None else "no_interval", lang),
                )
            )
    if fit.spend_warning and fit.spend_correlation is not None:
        rho = et.number(fit.spend_correlation, lang, 2)
        out.append(ChurnLine("spend_warning", "", word("spend_warning", lang).format(rho=rho), "text"))
    return out


def model_list(prediction: Prediction | None) -> pd.DataFrame | None:
    """The model's win-back list, highest value at risk first (None without a fit)."""
    if prediction is None or prediction.fit is None or prediction.win_back is None:
        return None
    return prediction.win_back.sort_values("value_at_risk", ascending=False, kind="stable")
