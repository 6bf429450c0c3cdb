"""The win-back chapter: which churn model was chosen and why, the list's value at risk with
its 90 % interval, and the customers most worth winning back with their CLV and its interval
(planner.export.churn_lines, the same as the workbook's At-risk sheet). Without a fit: why
there is none, and the recency rule's list. Dates as the report's language writes them."""

from __future__ import annotations

from typing import Any

import pandas as pd

from planner.effect import texts as et
from planner.export import plan_texts as px
from planner.export.churn_lines import ChurnLine, churn_lines, model_list, word
from planner.export.plan_sheet import PlanContent
from planner.report import texts as rt
from planner.report.layout import Column, Draw, Row, table_pages

SHOWN = 15  # customers in the report, one page; the workbook lists them all


def winback(content: PlanContent) -> list[Draw]:
    lang, currency = content.language, content.settings.currency
    if content.prediction is None and content.at_risk is None:  # no sales data
        return []
    frame = model_list(content.prediction)
    model = frame is not None
    if frame is None:
        frame = content.at_risk if content.at_risk is not None else pd.DataFrame()
        frame = frame.sort_values("value_at_risk", ascending=False, kind="stable") if len(frame) else frame
    intro = [_said(line, lang, currency) for line in churn_lines(content.prediction, lang)]
    if len(frame) > SHOWN:
        intro.append(rt.pick(rt.WORDS["winback_more"], lang).replace("%1", str(SHOWN)).replace("%2", str(len(frame))))
    if not len(frame):
        intro.append(rt.pick(rt.WORDS["winback_none"], lang))
    keys = ["customer", *(["p_alive"] if model else ["segment"]), "value_at_risk", *(["clv_90"] if model else [])]
    keys += ["last_purchase", "days_since", "usual_interval", "purchases", "revenue"]
    right = {"p_alive", "value_at_risk", "clv_90", "days_since", "usual_interval", "purchases", "revenue"}
    names = {key: px.pick(px.HEADERS[key], lang) for key in keys if key in px.HEADERS}
    names |= {"p_alive": word("p_alive", lang), "clv_90": word("clv_90", lang)}
    columns = [Column(names[key], align="right" if key in right else "left") for key in keys]
    rows = []
    for _i, row in frame.head(SHOWN).iterrows():
        cells = {
            "customer": str(row["customer_id"]),
            "segment": _segment(row.get("segment"), lang),
            "p_alive": f"{et.number(row['p_alive_pct'], lang, 0)}\u00a0%" if model else "",
            "value_at_risk": _money(row["value_at_risk"], lang, currency),
            "clv_90": _clv(row, lang, currency) if model else "",
            "last_purchase": et.day(pd.Timestamp(row["last_purchase"]).date(), lang),
            "days_since": _whole(row["days_since"], lang),
            "usual_interval": "" if pd.isna(row["usual_interval"]) else et.number(row["usual_interval"], lang, 0),
            "purchases": _whole(row["purchases"], lang),
            "revenue": _money(row["revenue"], lang, currency),
        }
        rows.append(Row([cells[key] for key in keys]))
    title = rt.pick(rt.CHAPTERS["winback"], lang)
    return table_pages(title, "\n".join(intro), columns, rows)


def _said(line: ChurnLine, lang: str, currency: str) -> str:
    if line.kind == "money" and isinstance(line.value, (int, float)):
        value = _money(line.value, lang, currency)
    else:
        value = str(line.value)
    text = f"{line.label}: {value}" if line.label else value
    if line.ci is not None:
        lo, hi = (_money(v, lang, currency) for v in line.ci)
        text += f" (90 %: {lo} {'bis' if lang == 'de' else 'to'} {hi})"
    if line.note:
        text += f"; {line.note}" if line.ci is not None else f" ({line.note})"
    return text + ("" if text.endswith(".") else ".")


def _segment(value: object, lang: str) -> str:
    if not isinstance(value, str):
        return ""
    return px.pick(px.SEGMENTS.get(value, (value, value)), lang)


def _money(value: Any, lang: str, currency: str) -> str:
    if value is None or pd.isna(value):
        return "–"
    return f"{et.number(float(value), lang, 0)}\u00a0{currency}"


def _whole(value: Any, lang: str) -> str:
    return "" if value is None or pd.isna(value) else et.number(float(value), lang, 0)


def _clv(row: pd.Series, lang: str, currency: str) -> str:
    """The CLV and its 90 % interval in one cell: "175 EUR (152 to 199)" written with a dash."""
    if pd.isna(row["clv"]):
        return "–"
    text = _money(row["clv"], lang, currency)
    if not (pd.isna(row["clv_lo"]) or pd.isna(row["clv_hi"])):
        text += f" ({et.number(row['clv_lo'], lang, 0)}–{et.number(row['clv_hi'], lang, 0)})"
    return text
