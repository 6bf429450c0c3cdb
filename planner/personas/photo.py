"""A persona's photo: chosen from a file, scaled down once, kept in the plan.

The plan is one file that is mailed around, so a 12-megapixel phone picture is scaled to
what a persona card needs (at most 800 pixels a side, JPEG) before it is stored. A file
from anywhere is opened with Pillow's pixel limit, so a crafted image cannot make the
app allocate without bound; a file that is not a picture gets a plain message.
"""

from __future__ import annotations

import io
import warnings
from pathlib import Path

from planner.errors import PlannerError
from planner.store import ProjectStore

MAX_FILE_BYTES = 40 * 1024**2
MAX_PIXELS = 60_000_000  # a 60-megapixel picture is the largest a camera gives
SIDE = 800


def photo_error(path: Path, reason: str) -> PlannerError:
    return PlannerError(
        f"{path.name} cannot be used as a photo: {reason}",
        hint="Choose a JPEG or PNG picture.",
        code="photo_unreadable",
        path=str(path),
        reason=reason,
    )


def prepare_photo(path: Path) -> bytes:
    """The picture at `path` as JPEG bytes of at most SIDE pixels a side."""
    from PIL import Image, ImageOps, UnidentifiedImageError

    try:
        size = path.stat().st_size
    except OSError as exc:
        raise photo_error(path, exc.strerror or "it cannot be read") from None
    if size > MAX_FILE_BYTES:
        raise photo_error(path, f"the file is larger than {MAX_FILE_BYTES // 1024**2} MB")
    Image.MAX_IMAGE_PIXELS = MAX_PIXELS
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            with Image.open(path) as image:
                if image.width * image.height > MAX_PIXELS:
                    raise photo_error(path, "the picture has too many pixels")
                picture = ImageOps.exif_transpose(image).convert("RGB")
    except (UnidentifiedImageError, Image.DecompressionBombError, Image.DecompressionBombWarning) as exc:
        reason = "it is not a picture" if isinstance(exc, UnidentifiedImageError) else "the picture has too many pixels"
        raise photo_error(path, reason) from None
    except (OSError, ValueError, SyntaxError):
        raise photo_error(path, "the picture is damaged") from None
    picture.thumbnail((SIDE, SIDE))
    out = io.BytesIO()
    picture.save(out, format="JPEG", quality=85)
    return out.getvalue()


def photo(store: ProjectStore, persona_id: int) -> bytes:
    """The persona's photo, b"" when it has none."""
    row = store.connection.execute("SELECT image FROM persona_photo WHERE persona_id = ?", (persona_id,)).fetchone()
    return bytes(row[0]) if row else b""


def set_photo(store: ProjectStore, persona_id: int, image: bytes) -> bytes:
    """Give the persona `image` (b"": no photo); returns the one it had, for an undo."""
    with store.transaction() as conn:
        old = photo(store, persona_id)
        conn.execute("DELETE FROM persona_photo WHERE persona_id = ?", (persona_id,))
        if image:
            conn.execute("INSERT INTO persona_photo(persona_id, image) VALUES (?, ?)", (persona_id, image))
    return old


def with_photos(store: ProjectStore, personas: list) -> list:
    """The personas with their photos, for the report."""
    rows = dict(store.connection.execute("SELECT persona_id, image FROM persona_photo").fetchall())
    return [p.with_changes(photo=bytes(rows[p.id])) if p.id in rows else p for p in personas]
