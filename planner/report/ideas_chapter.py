"""The report's last chapter: what the workshop collected on the ideas board
(planner.ideas.export). The intro counts the notes by kind and names the ranking's top notes
with their dots; the table lists every note by stage, with its votes and what it became."""

from __future__ import annotations

from planner.export.plan_sheet import PlanContent
from planner.ideas.export import COLUMNS, WORDS, IdeaRow
from planner.report import texts as rt
from planner.report.layout import Column, Draw, Row, table_pages

TOP = 5  # notes of the ranking named in the intro


def ideas(content: PlanContent) -> list[Draw]:
    rows: list[IdeaRow] = content.ideas
    if not rows:
        return []
    lang = content.language
    w = WORDS["de" if lang == "de" else "en"]
    kinds = [w[k] for k in ("idea", "pain", "question")]
    counts = ", ".join(f"{sum(1 for r in rows if r.kind == kind)} × {kind}" for kind in kinds)
    intro = [rt.pick(rt.WORDS["ideas_count"], lang).replace("%1", str(len(rows))).replace("%2", counts)]
    voted = sorted((r for r in rows if r.votes > 0), key=lambda r: -r.votes)[:TOP]  # stable: board order in a tie
    if voted:
        rank = {id(r): 1 + sum(other.votes > r.votes for other in rows) for r in voted}  # a tie shares its rank
        named = "; ".join(f"{rank[id(r)]}. {r.text} ({r.votes})" for r in voted)
        intro.append(rt.pick(rt.WORDS["ideas_ranking"], lang).replace("%1", named))
    columns = [Column(w[key], align="right" if key == "votes" else "left") for key in COLUMNS]
    table = [Row([str(getattr(r, key)) if key != "votes" else str(r.votes or "") for key in COLUMNS]) for r in rows]
    return table_pages(rt.pick(rt.CHAPTERS["ideas"], lang), "\n".join(intro), columns, table)
