"""The verdicts' names and colours, shared by the list, the detail, the curve over time and
the review."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

VERDICT_COLOURS = {
    "works": ("#1E7B45", "white"),
    "harmful": ("#B03A2E", "white"),
    "no_clear_effect": ("#7B8794", "white"),
    "not_enough_data": ("#E4E7EB", "#3E4C59"),
    "not_judgeable": ("#E8B04B", "#1F2933"),
}


def verdict_name(verdict: str) -> str:
    return {
        "works": QCoreApplication.translate("EffectPanel", "works"),
        "harmful": QCoreApplication.translate("EffectPanel", "harmful"),
        "no_clear_effect": QCoreApplication.translate("EffectPanel", "no clear effect"),
        "not_enough_data": QCoreApplication.translate("EffectPanel", "not enough data"),
        "not_judgeable": QCoreApplication.translate("EffectPanel", "cannot be judged"),
    }.get(verdict, "")


def badge_style(verdict: str) -> str:
    back, fore = VERDICT_COLOURS.get(verdict, VERDICT_COLOURS["not_enough_data"])
    return f"QLabel {{ background: {back}; color: {fore}; border-radius: 9px; padding: 3px 12px; font-weight: bold; }}"
