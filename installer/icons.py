"""Render the app icon in every size the installers need, from installer/icons/retention-planner.svg.

    python installer/icons.py OUT_FOLDER

writes OUT_FOLDER/retention-planner-{16..1024}.png (Linux hicolor theme, the .desktop
entry, the macOS .icns), retention-planner.ico (Windows: 16-256 px in one file) and
retention-planner.icns (macOS). Qt renders the SVG (QtSvg ships with PySide6-Essentials),
Pillow (a matplotlib dependency) writes .ico and .icns. Run at build time by the
PyInstaller spec, so nothing generated is committed.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

SVG = Path(__file__).resolve().parent / "icons" / "retention-planner.svg"
PNG_SIZES = (16, 24, 32, 48, 64, 128, 256, 512, 1024)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)


def render_pngs(out: Path) -> dict[int, Path]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    app = QGuiApplication.instance() or QGuiApplication([])  # noqa: F841 - QImage painting needs it
    renderer = QSvgRenderer(str(SVG))
    if not renderer.isValid():
        raise SystemExit(f"cannot read {SVG}")
    written: dict[int, Path] = {}
    for size in PNG_SIZES:
        image = QImage(size, size, QImage.Format.Format_ARGB32)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        renderer.render(painter)
        painter.end()
        path = out / f"retention-planner-{size}.png"
        if not image.save(str(path)):
            raise SystemExit(f"cannot write {path}")
        written[size] = path
    return written


def main(argv: list[str]) -> int:
    out = Path(argv[0] if argv else "build/icons")
    out.mkdir(parents=True, exist_ok=True)
    pngs = render_pngs(out)
    from PIL import Image

    biggest = Image.open(pngs[max(ICO_SIZES)])
    biggest.save(out / "retention-planner.ico", sizes=[(s, s) for s in ICO_SIZES])
    Image.open(pngs[1024]).save(out / "retention-planner.icns")
    print(f"icons written to {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
