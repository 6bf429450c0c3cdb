"""The report as numbered pages: cover, contents, then the chosen chapters; written as one
PDF, or any page rendered as an image (the window's preview and its printing)."""

from __future__ import annotations

import io
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

import matplotlib
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.backends.backend_pdf import PdfPages
from matplotlib.figure import Figure

from planner.errors import PlannerError
from planner.export.plan_sheet import PlanContent
from planner.report import layout as lay
from planner.report import texts as rt
from planner.report.chapters import CHAPTER_PAGES, EMPTY, day, number
from planner.report.layout import Draw


@dataclass(frozen=True)
class Page:
    chapter: str  # "cover", "contents" or a chapter key
    draw: Draw


class Report:
    """The pages of one report; `pages` lists them, drawing happens only on demand. A chosen
    chapter with nothing in it has no pages: the contents name it and say why (`left_out`)."""

    def __init__(self, content: PlanContent, chapters: Sequence[str] = rt.CHAPTER_ORDER) -> None:
        self.content = content
        self.language = content.language
        chosen = [key for key in rt.CHAPTER_ORDER if key in chapters]
        body: list[Page] = []
        self.starts: dict[str, int] = {}
        self.left_out: dict[str, str] = {}  # chapter -> why it is not in the report
        for key in chosen:
            drawn = CHAPTER_PAGES[key](content)
            if not drawn:
                self.left_out[key] = rt.pick(rt.WORDS[EMPTY[key]], self.language)
                continue
            self.starts[key] = len(body) + 3  # 1-based, after cover and contents
            body.extend(Page(key, draw) for draw in drawn)
        self.chosen = chosen
        self.pages = [Page("cover", self._cover), Page("contents", self._contents), *body]

    def __len__(self) -> int:
        return len(self.pages)

    def figure(self, index: int) -> Figure:
        fig = Figure(figsize=(lay.PAGE_W, lay.PAGE_H))
        self.pages[index].draw(fig)
        if index:
            settings = self.content.settings
            left = " · ".join(x for x in (settings.company, settings.name) if x)
            page = rt.pick(rt.WORDS["page"], self.language).replace("%1", str(index + 1))
            lay.footer(fig, left, page.replace("%2", str(len(self.pages))))
        return fig

    def _cover(self, fig: Figure) -> None:
        c, lang = self.content, self.language
        lay.box(fig, 0, 0, lay.PAGE_W, 3.3, lay.HEADER_BLUE)
        lay.put(fig, 0.9, 0.9, rt.pick(rt.WORDS["workshop"], lang).upper(), 11, color="#BFD3E6")
        room = lay.PAGE_W - 1.8
        name = c.settings.name or rt.pick(rt.WORDS["report"], lang)
        lay.put(fig, 0.9, 1.35, lay.wrap(name, room, 30, max_lines=1)[0], 30, color="white")
        lay.put(fig, 0.9, 2.2, lay.wrap(c.settings.company, room, 16, max_lines=1)[0], 16, color="white")
        when = rt.pick(rt.WORDS["as_of"], lang).replace("%1", day(c.exported.isoformat(), lang))
        lay.put(fig, 0.9, 3.8, when, 12)
        summary = rt.pick(rt.WORDS["summary"], lang)
        counts = (len(c.personas), len(c.touchpoints), len(c.goals), len(c.measures))
        for k, n in enumerate(counts, start=1):
            summary = summary.replace(f"%{k}", str(n))
        lay.put(fig, 0.9, 4.3, summary, 12, color="#55606B")
        if c.periods:
            first, last = c.periods[0]["start"], c.periods[-1]["end"]
            text = rt.pick(rt.WORDS["customers"], lang)
            customers = sum(p.get("new") or 0 for p in c.periods)  # every customer is new once
            text = text.replace("%1", number(customers, lang, 0)).replace("%2", day(str(first)[:10], lang))
            lay.put(fig, 0.9, 4.75, text.replace("%3", day(str(last)[:10], lang)), 12, color="#55606B")
        else:
            lay.put(fig, 0.9, 4.75, rt.pick(rt.WORDS["no_sales"], lang), 12, color="#55606B")

    def _contents(self, fig: Figure) -> None:
        """The chapters in the order of the method, each with its first page; one left out
        for having nothing in it stands in grey, with the reason."""
        lang = self.language
        lay.heading(fig, rt.pick(rt.WORDS["contents"], lang))
        y = 1.4
        width = lay.PAGE_W - 2.0 - 0.8
        for key in self.chosen:
            title = rt.pick(rt.CHAPTERS[key], lang)
            if key in self.starts:
                lay.put(fig, 1.0, y, lay.wrap(title, width, 13, max_lines=1)[0], 13)
                lay.put(fig, lay.PAGE_W - 1.0, y, str(self.starts[key]), 13, ha="right")
                y += 0.5
                continue
            lay.put(fig, 1.0, y, lay.wrap(title, width, 13, max_lines=1)[0], 13, color="#8A949E")
            y += lay.line_height(13)
            why = rt.pick(rt.WORDS["left_out"], lang).replace("%1", self.left_out[key])
            y = lay.lines(fig, 1.0, y, lay.wrap(why, width, 9.5, max_lines=2), 9.5, color="#8A949E", style="italic")
            y += 0.5 - lay.line_height(13)


def write_report_pdf(
    report: Report, path: Path, *, progress: Callable[[float, str], None] = lambda _f, _t: None
) -> int:
    """Write every page; returns the number of pages. Fonts are embedded as TrueType, so
    the text can be selected and searched."""
    try:
        with matplotlib.rc_context({"pdf.fonttype": 42}), PdfPages(path) as pdf:
            info = pdf.infodict()
            info["Title"] = report.content.settings.name or rt.pick(rt.WORDS["report"], report.language)
            info["Subject"] = rt.pick(rt.WORDS["workshop"], report.language)
            for index in range(len(report)):
                progress(index / len(report), report.pages[index].chapter)
                pdf.savefig(report.figure(index))
    except OSError as exc:
        raise PlannerError(
            f"Cannot write {path.name}: {exc.strerror or exc}.",
            hint="Close the file if it is open in a PDF viewer, or choose another folder.",
        ) from None
    progress(1.0, "done")
    return len(report)


def render_page_png(report: Report, index: int, dpi: float) -> bytes:
    """One page as a PNG (preview and printing)."""
    fig = report.figure(index)
    FigureCanvasAgg(fig)
    buffer = io.BytesIO()
    fig.savefig(buffer, format="png", dpi=dpi)
    return buffer.getvalue()
