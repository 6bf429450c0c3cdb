"""Issue 28's cosmetics, checked on the drawn pages: a journey whose one stage holds many
cards stays on one page (that stage over two columns) instead of going on to a page with a few
cards; long words break at a syllable ("Beschwerdemanage-ment"), never a letter or three from
their end ("Beschwerdemanagem-ent"); persona cards with photos use the page rather than
leaving a third of two pages empty."""

from __future__ import annotations

import io

from matplotlib.patches import Rectangle
from PIL import Image

from planner.journey.syllables import syllable_breaks
from planner.model import Persona, Stage, Touchpoint
from planner.report import layout as lay
from planner.report.document import Report
from tests.planner.report.test_report_layout import _check, _content, _journey


def test_words_break_at_syllables_not_near_their_end():
    word = "Beschwerdemanagement"
    # by hand: Be-schwer-de-ma-na-ge-ment (one consonant goes to the next syllable, "sch" stays whole)
    assert syllable_breaks(word) == (2, 8, 10, 12, 14, 16)
    assert syllable_breaks("Zucker") == (2,)  # "ck" goes whole to the next line
    width = lay.text_width("Beschwerdemanagem-", 8) + 0.01  # room for all but the last three letters
    lines = lay.wrap(word, width, 8)
    assert lines == ["Beschwerdemanage-", "ment"]
    assert lay.wrap("Kundenbindung", lay.text_width("Kundenbin-", 8) + 0.001, 8) == ["Kundenbin-", "dung"]


def test_a_long_stage_takes_two_columns_and_the_journey_one_page():
    content = _journey(7, 2)
    long_stage = content.stages[5]
    extra = [
        Touchpoint(
            id=900 + k,
            stage_id=long_stage.id,
            channel="store",
            name=f"Extra touchpoint {k} with a long name",
            pain_points="Waiting three weeks for a workshop date in spring; nobody calls back",
            owner_id=1,
        )
        for k in range(4)
    ]
    content.touchpoints = [*content.touchpoints, *extra]
    report = Report(content, chapters=("journey",))
    journey = [i for i, p in enumerate(report.pages) if p.chapter == "journey"]
    assert len(journey) == 1
    fig = report.figure(journey[0])
    _check(fig, "journey")
    assert min(t.get_fontsize() for t in fig.texts if t.get_text().strip()) >= 6
    # the long stage's header spans two columns: it is the widest blue box under the stage row
    stage_boxes = sorted(
        (
            p.get_width()
            for p in _boxes(fig)
            if p.get_facecolor()[:3] != (1.0, 1.0, 1.0)
            and abs((1 - p.get_y() - p.get_height()) * lay.PAGE_H - lay.TOP) < 0.01
        ),
    )
    assert stage_boxes[-1] > 1.9 * stage_boxes[0]


def test_a_journey_too_long_for_one_page_still_goes_on():
    content = _journey(7, 12)
    report = Report(content, chapters=("journey",))
    assert sum(p.chapter == "journey" for p in report.pages) >= 2


def _boxes(fig) -> list[Rectangle]:
    return [a for a in fig.artists if isinstance(a, Rectangle)]


def _photo(colour: str) -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", (200, 200), colour).save(buffer, "JPEG")
    return buffer.getvalue()


def test_four_personas_with_photos_fill_one_page():
    text = "Wants a bike that works every day, in rain and in winter, and a workshop that answers the phone."
    personas = [
        Persona(
            id=k,
            name=name,
            segment="Commuter, 34",
            goals=text,
            expectations=text,
            pains=text,
            channels="Shop, Instagram, Newsletter",
            notes=text,
        ).with_changes(photo=_photo(colour))
        for k, (name, colour) in enumerate(
            (
                ("Commuter Petra", "#c08060"),
                ("Family Özdemir", "#6080c0"),
                ("Racer Sebastian", "#60a080"),
                ("Pensioner Rolf", "#a0a060"),
            ),
            start=1,
        )
    ]
    report = Report(_content("en", personas=personas, stages=[Stage(id=1, name="x")]), chapters=("personas",))
    pages = [i for i, p in enumerate(report.pages) if p.chapter == "personas"]
    assert len(pages) == 1
    fig = report.figure(pages[0])
    _check(fig, "personas")
    # the cards reach down the page: their lowest edge in the last fifth of the room
    bottoms = [(1 - p.get_y()) * lay.PAGE_H for p in _boxes(fig)]
    assert max(bottoms) > lay.TOP + 0.8 * (lay.BOTTOM - lay.TOP)


def test_the_demo_journey_is_one_page_in_both_languages():
    """The demo's "Erfahrungsphase" holds six cards: before, its last ones went on to a page of
    their own with three cards on it."""
    from datetime import date

    from planner.demo.project import fresh_demo_copy
    from planner.export.plan_workbook import collect_plan

    for language in ("de", "en"):
        store = fresh_demo_copy(language)
        try:
            content = collect_plan(store, language, today=date(2026, 11, 23))
        finally:
            store.close()
        report = Report(content, chapters=("journey",))
        journey = [i for i, p in enumerate(report.pages) if p.chapter == "journey"]
        assert len(journey) == 2, language  # the map on one page, then the lanes' table
        _check(report.figure(journey[0]), f"demo journey {language}")


def test_a_block_broken_by_a_page_names_itself_on_the_next():
    from matplotlib.figure import Figure

    columns = [lay.Column("Figure"), lay.Column("Value", align="right")]
    rows = [lay.Row(["Loyalty mailing", "works"], bold=True, keep=True)]
    rows += [lay.Row([f"Line {k}", str(k)], group="Loyalty mailing (continued)") for k in range(60)]
    pages = lay.table_pages("5 Does it work?", "", columns, rows)
    assert len(pages) >= 2
    texts = []
    for page in pages:
        fig = Figure(figsize=(lay.PAGE_W, lay.PAGE_H))
        page(fig)
        _check(fig, "table page")
        texts.append([t.get_text() for t in fig.texts])
    assert "Loyalty mailing (continued)" not in texts[0]
    for later in texts[1:]:
        assert later[later.index("Figure") + 2] == "Loyalty mailing (continued)"  # the first row under the header
