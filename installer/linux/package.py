"""Pack the Linux bundle with its menu entry and icons into a tar.gz.

    python installer/linux/package.py [DIST]   # default: dist

reads DIST/retention-planner (PyInstaller's one-folder bundle) and build/icons (rendered by
installer/icons.py), writes DIST/retention-planner-VERSION-linux-ARCH.tar.gz holding one
folder with the bundle, the .desktop entry, the icons and install.sh (installs for the
current user, no root needed). Unpacked, `retention-planner/retention-planner` also runs
in place.
"""

from __future__ import annotations

import platform
import re
import shutil
import sys
import tarfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
HERE = Path(__file__).resolve().parent


def version() -> str:
    text = (ROOT / "planner" / "__init__.py").read_text(encoding="utf-8")
    found = re.search(r'__version__\s*=\s*"([^"]+)"', text)
    return found.group(1) if found else "0"


def main(argv: list[str]) -> int:
    dist = Path(argv[0]) if argv else ROOT / "dist"
    bundle = dist / "retention-planner"
    icons = ROOT / "build" / "icons"
    if not (bundle / "retention-planner").exists():
        raise SystemExit(f"no bundle in {bundle}: build it with `python3 bootstrap.py bundle`")
    name = f"retention-planner-{version()}-linux-{platform.machine()}"
    staging = ROOT / "build" / "linux" / name
    shutil.rmtree(staging, ignore_errors=True)
    (staging / "icons").mkdir(parents=True)
    for png in sorted(icons.glob("retention-planner-*.png")):
        shutil.copy2(png, staging / "icons" / png.name)
    shutil.copy2(ROOT / "installer" / "icons" / "retention-planner.svg", staging / "icons")
    shutil.copy2(HERE / "retention-planner.desktop", staging)
    shutil.copy2(HERE / "install.sh", staging)
    (staging / "install.sh").chmod(0o755)
    archive = dist / f"{name}.tar.gz"
    with tarfile.open(archive, "w:gz", compresslevel=6) as tar:
        tar.add(staging, arcname=name)
        tar.add(bundle, arcname=f"{name}/retention-planner")
    print(f"{archive} ({archive.stat().st_size / 1e6:.0f} MB)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
