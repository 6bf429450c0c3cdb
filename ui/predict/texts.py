"""Words of the Win-back & value section: the model's limits, the holdout sentence, the
reason a customer is on the list. Numbers come from planner.predict; only words here."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QLocale

if TYPE_CHECKING:
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
    if reason.code == "short_calibration":
        text = QCoreApplication.translate(
            "Prediction", "The data covers %1 days, less than three typical purchase cycles of %2 days."
        )
        return text.replace("%1", _n(p["span"])).replace("%2", _n(p["cycle"]))
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
