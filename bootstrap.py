#!/usr/bin/env python3
"""Set up everything Retention Planner needs, then run the app or the tests.

    python3 bootstrap.py run [APP ARGS...]    # start the app on the demo project
    python3 bootstrap.py test [PYTEST ARGS...] # linters (ruff, mypy, import-linter), then the tests

Needs only Python 3.11+ (with pip). It creates `.venv` beside this file, installs the
project with its test tools into it (again only when pyproject.toml changed), installs
the few system libraries Qt needs on a bare Debian/Ubuntu machine when they are missing
(via apt-get, as root or with sudo), builds the translation files, and then runs.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import sys
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent
VENV = ROOT / ".venv"
BIN = VENV / ("Scripts" if os.name == "nt" else "bin")
PYTHON = BIN / ("python.exe" if os.name == "nt" else "python")
STAMP = VENV / ".installed"

# Run before the tests; their settings are in pyproject.toml.
LINTERS = [
    ("ruff check", ["ruff", "check", "."]),
    ("ruff format", ["ruff", "format", "--check", "."]),
    ("mypy (planner)", ["mypy"]),
    ("import-linter", ["lint-imports"]),
]

# What PySide6's Qt libraries load on Linux (offscreen and xcb platforms).
DEBIAN_QT_PACKAGES = [
    "libegl1",
    "libgl1",
    "libglib2.0-0",
    "libfontconfig1",
    "libfreetype6",
    "libdbus-1-3",
    "libxkbcommon0",
    "libxkbcommon-x11-0",
    "libxcb-cursor0",
    "libxcb-icccm4",
    "libxcb-keysyms1",
    "libxcb-shape0",
    "libxcb-randr0",
    "libxcb-render-util0",
    "libxcb-image0",
    "libxcb-xinerama0",
    "libxcb-xkb1",
    "libx11-xcb1",
    "fonts-dejavu-core",
]


def say(text: str) -> None:
    print(f"[bootstrap] {text}", flush=True)


def run(cmd: list[str | os.PathLike[str]], **kwargs: object) -> None:
    subprocess.run([str(c) for c in cmd], check=True, **kwargs)  # type: ignore[arg-type]


def apt_install(packages: list[str]) -> bool:
    if sys.platform != "linux" or not shutil.which("apt-get"):
        return False
    prefix = [] if os.geteuid() == 0 else (["sudo"] if shutil.which("sudo") else None)
    if prefix is None:
        say("system packages are missing and neither root nor sudo is available: " + " ".join(packages))
        return False
    say("installing system packages: " + " ".join(packages))
    env = dict(os.environ, DEBIAN_FRONTEND="noninteractive")
    run([*prefix, "apt-get", "update", "-qq"], env=env)
    run([*prefix, "apt-get", "install", "-y", "-qq", "--no-install-recommends", *packages], env=env)
    return True


def ensure_venv() -> None:
    if PYTHON.exists():
        return
    say(f"creating virtual environment in {VENV}")
    try:
        venv.create(VENV, with_pip=True)
    except Exception:  # Debian without python3-venv: ensurepip is missing
        shutil.rmtree(VENV, ignore_errors=True)
        version = f"python{sys.version_info.major}.{sys.version_info.minor}"
        if not apt_install([f"{version}-venv"]):
            raise SystemExit("Cannot create a virtual environment: install the python3-venv package.") from None
        venv.create(VENV, with_pip=True)


def ensure_packages() -> None:
    wanted = hashlib.sha256((ROOT / "pyproject.toml").read_bytes()).hexdigest()
    if STAMP.exists() and STAMP.read_text() == wanted:
        return
    say("installing Python packages (first run takes a minute)")
    run([PYTHON, "-m", "pip", "install", "--quiet", "--disable-pip-version-check", "--upgrade", "pip"])
    run([PYTHON, "-m", "pip", "install", "--quiet", "--disable-pip-version-check", "-e", f"{ROOT}[test]"])
    STAMP.write_text(wanted)


def ensure_qt_libraries() -> None:
    probe = [PYTHON, "-c", "from PySide6 import QtWidgets, QtGui"]
    result = subprocess.run([str(c) for c in probe], check=False, capture_output=True, text=True)
    if result.returncode == 0:
        return
    say("Qt cannot load its system libraries: " + (result.stderr.strip().splitlines() or ["?"])[-1])
    if not apt_install(DEBIAN_QT_PACKAGES):
        raise SystemExit("Install Qt's system libraries (see DEBIAN_QT_PACKAGES in bootstrap.py) and retry.")
    run(probe)


def build_translations() -> None:
    run([PYTHON, ROOT / "tools" / "translations.py", "release"], cwd=ROOT)


def main(argv: list[str]) -> int:
    if sys.version_info < (3, 11):  # noqa: UP036 - bootstrap runs on any python3 to say this
        raise SystemExit("Retention Planner needs Python 3.11 or newer.")
    command, rest = (argv[0], argv[1:]) if argv else ("run", [])
    if rest[:1] == ["--"]:
        rest = rest[1:]
    if command not in ("run", "test", "setup"):
        raise SystemExit(__doc__)
    ensure_venv()
    ensure_packages()
    ensure_qt_libraries()
    build_translations()
    env = dict(os.environ)
    if command == "test":
        env.setdefault("QT_QPA_PLATFORM", "offscreen")
        failed = [
            name for name, (tool, *args) in LINTERS if subprocess.call([str(BIN / tool), *args], cwd=ROOT, env=env)
        ]
        status = subprocess.call([str(PYTHON), "-m", "pytest", *rest], cwd=ROOT, env=env)
        if failed:
            say("failed: " + ", ".join(failed))
        return status or (1 if failed else 0)
    if command == "run":
        headless = sys.platform == "linux" and not (env.get("DISPLAY") or env.get("WAYLAND_DISPLAY"))
        if headless and "QT_QPA_PLATFORM" not in env and "--screenshot" not in rest:
            say(
                "no display found: start it on a desktop, or render a picture with "
                "`python3 bootstrap.py run --screenshot demo.png`"
            )
            return 1
        if headless:
            env.setdefault("QT_QPA_PLATFORM", "offscreen")
        args = rest if any(a.endswith(".rplan") for a in rest) else ["--demo", *rest]
        return subprocess.call([str(PYTHON), "-m", "retention_planner", *args], cwd=ROOT, env=env)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
