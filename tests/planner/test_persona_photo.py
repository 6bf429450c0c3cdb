"""A persona's photo (issue 28: "optional photo" on the persona pages): scaled down when
chosen, kept in the plan, back after an undone deletion, printed on the persona's card;
a file that is not a picture, or a crafted giant one, is refused in plain words."""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from PIL import Image

from planner.errors import PlannerError
from planner.model import Persona, ProjectSettings
from planner.personas.photo import SIDE, photo, prepare_photo, set_photo
from planner.store import ProjectStore


def picture(path: Path, size: tuple[int, int], mode: str = "RGB") -> Path:
    Image.new(mode, size, "#336699" if mode == "RGB" else 0).save(path)
    return path


def test_a_large_picture_is_scaled_to_the_card(tmp_path: Path) -> None:
    data = prepare_photo(picture(tmp_path / "petra.png", (3000, 2000)))
    with Image.open(__import__("io").BytesIO(data)) as stored:
        # 3000 x 2000 keeps its shape: the long side becomes SIDE, the short one 2/3 of it
        assert stored.format == "JPEG" and stored.size == (SIDE, SIDE * 2 // 3)


@pytest.mark.parametrize(
    ("content", "reason"),
    [(b"not a picture at all", "not a picture"), (b"\x89PNG\r\n\x1a\n" + b"\0" * 40, "damaged")],
)
def test_what_is_not_a_picture_is_refused(tmp_path: Path, content: bytes, reason: str) -> None:
    path = tmp_path / "foto.png"
    path.write_bytes(content)
    with pytest.raises(PlannerError) as caught:
        prepare_photo(path)
    assert caught.value.code == "photo_unreadable"
    assert reason in str(caught.value) or "not a picture" in str(caught.value)


def test_a_crafted_giant_picture_is_refused_without_decoding_it(tmp_path: Path) -> None:
    """20,000 x 20,000 one-bit pixels compress to a few KB but would be 400 million pixels
    (1.2 GB as RGB): refused from the header, at once."""
    path = picture(tmp_path / "bomb.png", (20_000, 20_000), mode="1")
    assert path.stat().st_size < 200_000
    started = time.perf_counter()
    with pytest.raises(PlannerError, match="too many pixels"):
        prepare_photo(path)
    assert time.perf_counter() - started < 5


def test_the_photo_is_kept_and_comes_back_with_an_undone_deletion(tmp_path: Path) -> None:
    store = ProjectStore.create(tmp_path / "p.rplan", ProjectSettings(name="P"))
    petra = store.insert_persona(Persona(name="Petra"))
    data = prepare_photo(picture(tmp_path / "petra.png", (400, 300)))
    assert set_photo(store, petra.id, data) == b""
    assert photo(store, petra.id) == data
    removed, position = store.delete_persona(petra.id)
    assert photo(store, petra.id) == b""  # gone with the persona
    store.insert_persona(removed, position)  # the undo
    assert photo(store, petra.id) == data
    assert set_photo(store, petra.id, b"") == data and photo(store, petra.id) == b""
    store.close()


def test_the_report_prints_the_photo_on_the_card(tmp_path: Path) -> None:
    from pypdf import PdfReader

    from planner.export.plan_workbook import collect_plan
    from planner.report.document import Report, write_report_pdf

    store = ProjectStore.create(tmp_path / "p.rplan", ProjectSettings(name="P"))
    petra = store.insert_persona(Persona(name="Petra", goals="Commute by bike"))
    pdf = tmp_path / "without.pdf"
    write_report_pdf(Report(collect_plan(store, "en")), pdf)
    before = sum(len(page.images) for page in PdfReader(pdf).pages)
    set_photo(store, petra.id, prepare_photo(picture(tmp_path / "petra.png", (400, 300))))
    write_report_pdf(Report(collect_plan(store, "en")), pdf)
    after = sum(len(page.images) for page in PdfReader(pdf).pages)
    store.close()
    assert after > before
