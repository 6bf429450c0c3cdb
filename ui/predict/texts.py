"""Words of the Win-back & value section: the model's limits, the holdout sentence, the
reason a customer is on the list. Numbers come from planner.predict; only words here."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QLocale

if TYPE_CHECKING:
    from planner.predict.choice import Choice
    from planner.predict.forecast import NoForecast
    from planner.predict.holdout import Holdout


def _n(value: float, decimals: int = 0) -> str:
    return QLocale().toString(float(value), "f", decimals)


def recency_reason_text(interval: float, days_since: int) -> str:
    return (
        QCoreApplication.translate("Prediction", "usually buys every %1 days; last purchase %2 days ago")
        .replace("%1", _n(interval))
        .replace("%2", _n(days_since))
    )


def no_fit_text(reason: NoForecast) -> str:
    p = reason.params
    if reason.code == "too_few_repeat":
        text = QCoreApplication.translate(
            "Prediction",
            "Only %1 customers bought on two or more days; the model needs at least %2 to say anything stable.",
        )
        return text.replace("%1", _n(p["repeaters"])).replace("%2", _n(p["needed"]))
    if reason.code == "short_history":
        text = QCoreApplication.translate(
            "Prediction", "The data covers %1 weeks; the model needs at least %2 weeks of history."
        )
        return text.replace("%1", _n(p["weeks"])).replace("%2", _n(p["needed"]))
    if reason.code == "not_converged":
        return QCoreApplication.translate("Prediction", "The model could not be fitted to this data.")
    if reason.code == "short_span":
        return QCoreApplication.translate("Prediction", "The data spans too few days to keep some back for a check.")
    return reason.message


def holdout_sentence(check: Holdout) -> str:
    unit = (
        QCoreApplication.translate("Prediction", "weeks")
        if check.unit == "week"
        else QCoreApplication.translate("Prediction", "days")
    )
    text = QCoreApplication.translate(
        "Prediction",
        "Checked on the past: fitted on the data up to %1, the model predicted %2 repeat purchases for the %3 %4 after it; %5 happened",
    )
    text = (
        text.replace("%1", QLocale().toString(check.calibration_end.date(), QLocale.FormatType.ShortFormat))
        .replace("%2", _n(check.predicted))
        .replace("%3", _n(check.length))
        .replace("%4", unit)
        .replace("%5", _n(check.actual))
    )
    error = check.error_pct
    if error is None:
        return text + "."
    if abs(error) < 5:
        verdict = QCoreApplication.translate("Prediction", "close: within %1 %.").replace("%1", _n(abs(error)))
    elif error < 0:
        verdict = QCoreApplication.translate("Prediction", "it underestimates by %1 %.").replace("%1", _n(-error))
    else:
        verdict = QCoreApplication.translate("Prediction", "it overestimates by %1 %.").replace("%1", _n(error))
    mae = QCoreApplication.translate("Prediction", "Per customer it is off by %1 purchases on average.").replace(
        "%1", _n(check.mae, 2)
    )
    return f"{text}: {verdict} {mae}"


def reason_text(interval: float, days_since: int, p_alive_pct: float) -> str:
    return (
        QCoreApplication.translate(
            "Prediction", "usually buys every %1 days; last purchase %2 days ago; %3 % likely still a customer"
        )
        .replace("%1", _n(interval))
        .replace("%2", _n(days_since))
        .replace("%3", _n(p_alive_pct))
    )


def one_time_reason_text(days_since: int, p_alive_pct: float) -> str:
    return (
        QCoreApplication.translate("Prediction", "bought once, %1 days ago; %2 % likely still a customer")
        .replace("%1", _n(days_since))
        .replace("%2", _n(p_alive_pct))
    )


def model_name(key: str) -> str:
    if key == "naive":
        return QCoreApplication.translate("Prediction", "each customer's past rate")
    from planner.predict.models import MODELS

    return MODELS[key].name


def choice_sentence(choice: Choice) -> str:
    """Which model and why, in words; the percentages come from planner.predict.choice."""
    unit = _unit(choice.unit)
    if not choice.made:
        return (
            QCoreApplication.translate(
                "Prediction", "No model could be fitted on the data before the last %1 %2; BG/NBD is used unchecked."
            )
            .replace("%1", _n(choice.length))
            .replace("%2", unit)
        )
    parts = []
    others = [c.model for c in choice.candidates if c.model != choice.chosen and c.mae is not None] + ["naive"]
    for other in others:
        pct = choice.better_pct(other)
        if pct is None:
            continue
        text = (
            QCoreApplication.translate("Prediction", "%1 % better than %2")
            if pct >= 0
            else QCoreApplication.translate("Prediction", "%1 % worse than %2")
        )
        parts.append(text.replace("%1", _n(abs(pct))).replace("%2", model_name(other)))
    said = parts[-1] if parts else ""
    if len(parts) > 1:
        said = (
            QCoreApplication.translate("Prediction", "%1 and %2")
            .replace("%1", ", ".join(parts[:-1]))
            .replace("%2", parts[-1])
        )
    return (
        QCoreApplication.translate("Prediction", "%1 predicted the last %2 %3 of your data %4.")
        .replace("%1", model_name(choice.chosen))
        .replace("%2", _n(choice.length))
        .replace("%3", unit)
        .replace("%4", said)
    )


def _unit(unit: str) -> str:
    if unit == "week":
        return QCoreApplication.translate("Prediction", "weeks")
    return QCoreApplication.translate("Prediction", "days")


def candidates_table(choice: Choice) -> str:
    """The candidates side by side (rich text): error per customer and predicted total."""
    head = (
        "<table cellspacing='0' cellpadding='3'><tr><th align='left'>"
        + QCoreApplication.translate("Prediction", "Model")
        + "</th><th align='right'>"
        + QCoreApplication.translate("Prediction", "Error per customer")
        + "</th><th align='right'>"
        + QCoreApplication.translate("Prediction", "Repeat purchases predicted")
        + "</th></tr>"
    )
    rows = []
    for c in choice.candidates:
        name = model_name(c.model)
        if c.model == choice.chosen:
            name = "<b>" + name + "</b>"
        error = _n(c.mae, 3) if c.mae is not None else QCoreApplication.translate("Prediction", "no fit")
        predicted = _n(c.predicted) if c.predicted is not None else "–"
        rows.append(f"<tr><td>{name}</td><td align='right'>{error}</td><td align='right'>{predicted}</td></tr>")
    rows.append(
        f"<tr><td>{model_name('naive')}</td><td align='right'>{_n(choice.naive_mae, 3)}</td>"
        f"<td align='right'>{_n(choice.naive_predicted)}</td></tr>"
    )
    happened = (
        "<tr><td><i>"
        + QCoreApplication.translate("Prediction", "happened")
        + f"</i></td><td></td><td align='right'><i>{_n(choice.actual)}</i></td></tr>"
    )
    return head + "".join(rows) + happened + "</table>"


def interval_text(lo: float | str, hi: float | str, decimals: int = 0) -> str:
    """Numbers are formatted here; money comes formatted (with its currency)."""
    return (
        QCoreApplication.translate("Prediction", "90 % interval %1 to %2")
        .replace("%1", lo if isinstance(lo, str) else _n(lo, decimals))
        .replace("%2", hi if isinstance(hi, str) else _n(hi, decimals))
    )
