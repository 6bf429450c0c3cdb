"""Renders every section of the window at the sizes and languages we promise, so a
person can look at them before a change lands (clipped labels show only in pictures).

    QT_QPA_PLATFORM=offscreen .venv/bin/python tools/screenshots.py OUTDIR [--project P.rplan]
        [--lang de en] [--size 900x600 1280x800] [--section journey goals] [--present]

Writes OUTDIR/<lang>-<size>-<section>.png. With --present every picture is taken in
presentation mode (F11, at the given size rather than full screen), the sizes default to the
projector sizes of issue 34 and the names end in -present.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

from planner.demo.project import fresh_demo_copy
from planner.segments.subset import Segment
from planner.store import ProjectStore
from tools.clipping import clipped_texts
from ui.app import Application
from ui.data.panel import CHARTS as DATA_CHARTS
from ui.main_window import SECTIONS
from ui.parts.tasks import wait_until_idle
from ui.texts import errors
from ui.undo.document import ProjectDocument

SIZES = ("900x600", "1280x800", "1366x768", "1920x1080")
PROJECTOR_SIZES = ("1280x720", "1366x768", "1920x1080")


def dark_palette() -> QPalette:
    """A dark palette as desktops set it (window, base, text and their disabled forms)."""
    palette = QPalette()
    roles = {
        QPalette.ColorRole.Window: "#2b2b2b",
        QPalette.ColorRole.WindowText: "#e8e8e8",
        QPalette.ColorRole.Base: "#1f1f1f",
        QPalette.ColorRole.AlternateBase: "#2f2f2f",
        QPalette.ColorRole.Text: "#e8e8e8",
        QPalette.ColorRole.Button: "#353535",
        QPalette.ColorRole.ButtonText: "#e8e8e8",
        QPalette.ColorRole.Highlight: "#2f65ca",
        QPalette.ColorRole.HighlightedText: "#ffffff",
        QPalette.ColorRole.PlaceholderText: "#9a9a9a",
        QPalette.ColorRole.ToolTipBase: "#3a3a3a",
        QPalette.ColorRole.ToolTipText: "#e8e8e8",
        QPalette.ColorRole.Link: "#6ea8fe",
    }
    for role, colour in roles.items():
        palette.setColor(role, QColor(colour))
    return palette


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("outdir", type=Path)
    parser.add_argument("--project", type=Path)
    parser.add_argument("--lang", nargs="+", default=["en", "de"])
    parser.add_argument("--size", nargs="+")
    parser.add_argument(
        "--section", nargs="+", default=[key for key, _ in SECTIONS] + ["review", "predict-value", "predict-check"]
    )
    parser.add_argument("--dark", action="store_true", help="a dark system palette (Fusion's colours inverted)")
    parser.add_argument("--present", action="store_true", help="in presentation mode (F11)")
    args = parser.parse_args()
    args.size = args.size or list(PROJECTOR_SIZES if args.present else SIZES)
    args.outdir.mkdir(parents=True, exist_ok=True)
    qapp = QApplication.instance() or QApplication(sys.argv[:1])
    if args.dark:
        qapp.setStyle("Fusion")
        qapp.setPalette(dark_palette())
    errors.INTERACTIVE = False
    for language in args.lang:
        app = Application(qapp, language=language)
        window = app.window
        store = ProjectStore.open(args.project) if args.project else fresh_demo_copy(language)
        window.set_document(ProjectDocument(store), remember=False)
        window.show()
        if args.present:
            window.presentation.full_screen = False  # the picture has the size asked for
            window.presentation.enter()
        for size in args.size:
            width, height = (int(part) for part in size.split("x"))
            window.resize(width, height)
            for name in args.section:
                # the review is a tab of Effectiveness; value and check are tabs of Win-back & value
                section = "effectiveness" if name == "review" else name.split("-")[0]
                window.show_section(section)
                panel = window.panels[section]
                if section in ("effectiveness", "predict"):
                    tab = {"review": 1, "predict-value": 1, "predict-check": 2}.get(name, 0)
                    wait_until_idle(panel)
                    panel.tabs.setCurrentIndex(tab)
                elif name.startswith("data-"):  # data-customers, or a chart: data-retention, data-rfm, ...
                    page = name.removeprefix("data-")
                    tab = {"customers": 2, "compare": 3, "segment": 0, "survey": 4}.get(page, 1)
                    panel.tabs.setCurrentIndex(tab)
                    if page == "segment":  # the period table of one segment: the first column's second value
                        analysis = window.doc.sales_analysis()
                        column = analysis.group_columns[0]
                        value = analysis.group_sizes(column)["value"].iloc[1]
                        panel.show_segment(Segment(column, str(value)))
                    elif tab == 1:
                        panel.chart_tabs.setCurrentIndex(DATA_CHARTS.index(page))
                for _ in range(5):
                    QApplication.processEvents()
                wait_until_idle(panel)
                QApplication.processEvents()
                suffix = "-present" if args.present else ""
                target = args.outdir / f"{language}-{size}-{name}{suffix}.png"
                window.grab().save(str(target))
                print(target)
                for cut in clipped_texts(window):
                    print(f"  cut: {cut}")
        window.presentation.leave()
        window.close()
        window.deleteLater()
        app.translations.remove()
        QApplication.processEvents()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
