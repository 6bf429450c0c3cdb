#!/usr/bin/env python3
"""Set up everything Retention Planner needs, then run the app or the tests.

    python3 bootstrap.py run [APP ARGS...]    # start the app on the demo project
    python3 bootstrap.py test [PYTEST ARGS...] # linters (ruff, mypy, import-linter), then the tests
    python3 bootstrap.py bundle                # the one-folder app in dist/retention-planner (PyInstaller)

Needs only Python 3.11+ (with pip). It creates `.venv` beside this file, installs the
project with its test tools into it (again only when pyproject.toml changed), checks with
ldd which system libraries Qt's platform plugin (xcb with a display, else offscreen) cannot
find and installs their Debian/Ubuntu packages (via apt-get, as root or with sudo), starts
a tiny Qt program on that platform to be sure, builds the translation files, and then
runs. `bundle` builds in its own `.venv-bundle` (the app's dependencies and PyInstaller,
no test tools) from installer/retention-planner.spec, then packs
dist/retention-planner-VERSION-linux-ARCH.tar.gz (see installer/README.md).
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
BUNDLE_VENV = ROOT / ".venv-bundle"
BUNDLE_PYTHON = BUNDLE_VENV / PYTHON.relative_to(VENV)
PYINSTALLER = "pyinstaller>=6.10"

# Run before the tests; their settings are in pyproject.toml.
LINTERS = [
    ("ruff check", ["ruff", "check", "."]),
    ("ruff format", ["ruff", "format", "--check", "."]),
    ("mypy (planner)", ["mypy"]),
    ("import-linter", ["lint-imports"]),
]

# What PySide6's Qt libraries load on Linux (offscreen and xcb platforms): installed when
# the check below cannot tell what is missing (no ldd) and the probe still fails.
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

# The files Qt loads for each platform, relative to PySide6/Qt: the platform plugin, the
# libraries it links and the plugins it loads at start. `ldd` on them names every system
# library they need, also the ones `import PySide6.QtWidgets` alone never loads.
QT_PLATFORM_FILES = {
    "offscreen": ["plugins/platforms/libqoffscreen.so"],
    "xcb": [
        "plugins/platforms/libqxcb.so",
        "lib/libQt6XcbQpa.so.6",
        "plugins/xcbglintegrations/libqxcb-glx-integration.so",
        "plugins/xcbglintegrations/libqxcb-egl-integration.so",
    ],
    "wayland": ["plugins/platforms/libqwayland.so", "lib/libQt6WaylandClient.so.6"],
}
# ... and what every platform needs: the Python modules the app imports.
QT_COMMON_FILES = ["../QtCore.abi3.so", "../QtGui.abi3.so", "../QtWidgets.abi3.so", "../QtPrintSupport.abi3.so"]

# Shared library (soname) -> the Debian/Ubuntu package that ships it. Checked against
# Debian 12 (bookworm) with `dpkg -S` and `apt-cache show`; a name not listed falls back
# to Debian's naming rule (`debian_package`).
DEBIAN_LIBRARY_PACKAGES = {
    "libEGL.so.1": "libegl1",
    "libGL.so.1": "libgl1",
    "libGLX.so.0": "libglx0",
    "libGLdispatch.so.0": "libglvnd0",
    "libOpenGL.so.0": "libopengl0",
    "libX11.so.6": "libx11-6",
    "libX11-xcb.so.1": "libx11-xcb1",
    "libXau.so.6": "libxau6",
    "libXdmcp.so.6": "libxdmcp6",
    "libXext.so.6": "libxext6",
    "libXrender.so.1": "libxrender1",
    "libxcb.so.1": "libxcb1",
    "libxcb-cursor.so.0": "libxcb-cursor0",
    "libxcb-glx.so.0": "libxcb-glx0",
    "libxcb-icccm.so.4": "libxcb-icccm4",
    "libxcb-image.so.0": "libxcb-image0",
    "libxcb-keysyms.so.1": "libxcb-keysyms1",
    "libxcb-randr.so.0": "libxcb-randr0",
    "libxcb-render.so.0": "libxcb-render0",
    "libxcb-render-util.so.0": "libxcb-render-util0",
    "libxcb-shape.so.0": "libxcb-shape0",
    "libxcb-shm.so.0": "libxcb-shm0",
    "libxcb-sync.so.1": "libxcb-sync1",
    "libxcb-util.so.1": "libxcb-util1",
    "libxcb-xfixes.so.0": "libxcb-xfixes0",
    "libxcb-xinerama.so.0": "libxcb-xinerama0",
    "libxcb-xinput.so.0": "libxcb-xinput0",
    "libxcb-xkb.so.1": "libxcb-xkb1",
    "libxkbcommon.so.0": "libxkbcommon0",
    "libxkbcommon-x11.so.0": "libxkbcommon-x11-0",
    "libwayland-client.so.0": "libwayland-client0",
    "libwayland-cursor.so.0": "libwayland-cursor0",
    "libwayland-egl.so.1": "libwayland-egl1",
    "libfontconfig.so.1": "libfontconfig1",
    "libfreetype.so.6": "libfreetype6",
    "libharfbuzz.so.0": "libharfbuzz0b",
    "libpng16.so.16": "libpng16-16",
    "libjpeg.so.62": "libjpeg62-turbo",
    "libglib-2.0.so.0": "libglib2.0-0",
    "libgobject-2.0.so.0": "libglib2.0-0",
    "libgio-2.0.so.0": "libglib2.0-0",
    "libgmodule-2.0.so.0": "libglib2.0-0",
    "libgthread-2.0.so.0": "libglib2.0-0",
    "libdbus-1.so.3": "libdbus-1-3",
    "libsystemd.so.0": "libsystemd0",
    "libz.so.1": "zlib1g",
    "libzstd.so.1": "libzstd1",
    "libexpat.so.1": "libexpat1",
    "libbrotlidec.so.1": "libbrotli1",
    "libbrotlicommon.so.1": "libbrotli1",
    "libpcre2-8.so.0": "libpcre2-8-0",
    "libbsd.so.0": "libbsd0",
    "libmd.so.0": "libmd0",
    "libcap.so.2": "libcap2",
    "libgcrypt.so.20": "libgcrypt20",
    "libgpg-error.so.0": "libgpg-error0",
    "liblzma.so.5": "liblzma5",
    "liblz4.so.1": "liblz4-1",
    "libffi.so.8": "libffi8",
    "libselinux.so.1": "libselinux1",
    "libmount.so.1": "libmount1",
    "libblkid.so.1": "libblkid1",
    "libstdc++.so.6": "libstdc++6",
    "libgcc_s.so.1": "libgcc-s1",
    "libc.so.6": "libc6",
    "libm.so.6": "libc6",
    "libdl.so.2": "libc6",
    "libpthread.so.0": "libc6",
    "librt.so.1": "libc6",
}
# Qt's fonts come from fontconfig; a machine without any font shows empty boxes.
FONT_PACKAGE = "fonts-dejavu-core"
# A tiny Qt program for one platform: it shows a window, lets the event loop run, and
# says how many font families Qt found.
QT_PROBE = (
    "import sys\n"
    "from PySide6.QtCore import QTimer\n"
    "from PySide6.QtGui import QFontDatabase\n"
    "from PySide6.QtWidgets import QApplication, QLabel\n"
    "app = QApplication(['probe', '-platform', sys.argv[1]])\n"
    "label = QLabel('Retention Planner'); label.show()\n"
    "QTimer.singleShot(200, app.quit); app.exec()\n"
    "print('fonts', len(QFontDatabase.families()))\n"
)


def say(text: str) -> None:
    print(f"[bootstrap] {text}", flush=True)


def run(cmd: list[str | os.PathLike[str]], **kwargs: object) -> None:
    subprocess.run([str(c) for c in cmd], check=True, **kwargs)  # type: ignore[arg-type]


def apt_install(packages: list[str]) -> list[str]:
    """Install Debian packages with apt-get (as root, or with sudo); returns the ones that
    could not be installed (all of them where there is no apt-get, root or sudo)."""
    if not packages:
        return []
    if sys.platform != "linux" or not shutil.which("apt-get"):
        return list(packages)
    prefix = [] if os.geteuid() == 0 else (["sudo"] if shutil.which("sudo") else None)
    if prefix is None:
        say("system packages are missing and neither root nor sudo is available: " + " ".join(packages))
        return list(packages)
    say("installing system packages: " + " ".join(packages))
    env = dict(os.environ, DEBIAN_FRONTEND="noninteractive")
    install = [*prefix, "apt-get", "install", "-y", "-qq", "--no-install-recommends"]
    subprocess.call([*prefix, "apt-get", "update", "-qq"], env=env)
    if subprocess.call([*install, *packages], env=env) == 0:
        return []
    # one unknown name makes apt-get refuse them all: install the others one by one
    return [name for name in packages if subprocess.call([*install, name], env=env) != 0]


def make_venv(folder: Path) -> None:
    say(f"creating virtual environment in {folder}")
    try:
        venv.create(folder, with_pip=True)
    except (Exception, SystemExit):  # Debian without python3-venv: ensurepip is missing (Debian's venv exits)
        shutil.rmtree(folder, ignore_errors=True)
        version = f"python{sys.version_info.major}.{sys.version_info.minor}"
        if apt_install([f"{version}-venv"]):
            raise SystemExit("Cannot create a virtual environment: install the python3-venv package.") from None
        venv.create(folder, with_pip=True)


def ensure_venv() -> None:
    if not PYTHON.exists():
        make_venv(VENV)


def ensure_packages() -> None:
    wanted = hashlib.sha256((ROOT / "pyproject.toml").read_bytes()).hexdigest()
    if STAMP.exists() and STAMP.read_text() == wanted:
        return
    say("installing Python packages (first run takes a minute)")
    run([PYTHON, "-m", "pip", "install", "--quiet", "--disable-pip-version-check", "--upgrade", "pip"])
    run([PYTHON, "-m", "pip", "install", "--quiet", "--disable-pip-version-check", "-e", f"{ROOT}[test]"])
    STAMP.write_text(wanted)


def missing_in_ldd(output: str) -> list[str]:
    """The libraries `ldd` could not find, in its order, each once."""
    found: list[str] = []
    for line in output.splitlines():
        name, arrow, target = line.strip().partition("=>")
        if arrow and target.strip() == "not found" and name.strip() not in found:
            found.append(name.strip())
    return found


def debian_package(soname: str) -> str | None:
    """The Debian package that ships a shared library: the table, else Debian's naming rule
    (libfoo.so.1 -> libfoo1, libfoo-x11.so.0 -> libfoo-x11-0). None for Qt's own libraries,
    which come with PySide6 and no system package replaces."""
    if soname in DEBIAN_LIBRARY_PACKAGES:
        return DEBIAN_LIBRARY_PACKAGES[soname]
    if soname.startswith(("libQt6", "libicu", "libpyside6", "libshiboken6")):
        return None
    base, dot_so, version = soname.partition(".so")
    major = version.lstrip(".").split(".")[0]
    if not dot_so or not major.isdigit():
        return None
    base = base.lower().replace("_", "-")
    return f"{base}-{major}" if base[-1:].isdigit() else f"{base}{major}"


def packages_for(sonames: list[str]) -> tuple[list[str], list[str]]:
    """The packages that ship these libraries (each once), and the libraries no package is known for."""
    packages: list[str] = []
    unknown: list[str] = []
    for soname in sonames:
        package = debian_package(soname)
        if package is None:
            unknown.append(soname)
        elif package not in packages:
            packages.append(package)
    return packages, unknown


def qt_platforms(env: dict[str, str]) -> tuple[str, list[str]]:
    """The platform the app will start on, and every platform whose libraries to check.
    A display means xcb (Qt's choice with DISPLAY; Wayland sessions have XWayland and Qt
    falls back to xcb), no display means offscreen, which --screenshot and the tests use."""
    explicit = env.get("QT_QPA_PLATFORM", "").split(";")[0].split(":")[0].strip()
    if explicit:
        return explicit, [explicit]
    if env.get("DISPLAY") or env.get("WAYLAND_DISPLAY"):
        checked = ["xcb", "offscreen"]
        if env.get("WAYLAND_DISPLAY"):
            checked.insert(0, "wayland")
        return ("xcb" if env.get("DISPLAY") else "wayland"), checked
    return "offscreen", ["offscreen"]


def qt_directory(venv: Path = VENV) -> Path | None:
    """PySide6/Qt inside a virtual environment."""
    found = sorted(venv.glob("lib/python3*/site-packages/PySide6/Qt"))
    return found[-1] if found else None


def missing_qt_libraries(platforms: list[str], venv: Path = VENV) -> list[str]:
    """The system libraries Qt's files for these platforms need and the linker cannot find
    (empty where there is no ldd, as on Windows and macOS)."""
    qt = qt_directory(venv)
    if sys.platform != "linux" or qt is None or not shutil.which("ldd"):
        return []
    files = [name for platform in platforms for name in QT_PLATFORM_FILES.get(platform, [])] + QT_COMMON_FILES
    missing: list[str] = []
    for name in files:
        path = (qt / name).resolve()
        if not path.exists():
            continue
        result = subprocess.run(["ldd", str(path)], check=False, capture_output=True, text=True)
        missing += [so for so in missing_in_ldd(result.stdout) if so not in missing]
    return missing


def probe_qt(platform: str, python: Path = PYTHON) -> tuple[bool, str, int]:
    """Start the tiny Qt program on `platform`: (started, its last error line, font families)."""
    env = dict(os.environ)
    env.pop("QT_QPA_PLATFORM", None)
    try:
        result = subprocess.run(
            [str(python), "-c", QT_PROBE, platform or ""],
            check=False,
            capture_output=True,
            text=True,
            env=env,
            timeout=120,
        )
    except subprocess.TimeoutExpired:
        return False, f"the Qt test program did not end on the {platform} platform", 0
    fonts = 0
    for line in result.stdout.splitlines():
        if line.startswith("fonts "):
            fonts = int(line.split()[1])
    error = (result.stderr.strip().splitlines() or [""])[-1]
    return result.returncode == 0, error, fonts


def ensure_qt_libraries(env: dict[str, str] | None = None, venv: Path = VENV, also: tuple[str, ...] = ()) -> None:
    """Make sure Qt starts on the platform the app will use: read with ldd which system
    libraries its platform plugin and the Qt modules need and cannot find, install their
    Debian packages, then start a tiny Qt program on that platform. `also`: platforms
    whose libraries must be there as well (the bundle takes them along)."""
    platform, checked = qt_platforms(dict(os.environ) if env is None else env)
    checked += [name for name in also if name not in checked]
    python = venv / PYTHON.relative_to(VENV)
    not_installed: list[str] = []
    missing = missing_qt_libraries(checked, venv)
    if missing:
        packages, unknown = packages_for(missing)
        say(f"Qt ({', '.join(checked)}) cannot find: {' '.join(missing)}")
        not_installed += apt_install(packages) + unknown
    started, error, fonts = probe_qt(platform, python)
    if not started and not missing:  # what ldd cannot see (a library opened at run time)
        say(f"Qt does not start on the {platform} platform: {error}")
        not_installed += apt_install(DEBIAN_QT_PACKAGES)
        started, error, fonts = probe_qt(platform, python)
    if started and fonts == 0:
        not_installed += apt_install([FONT_PACKAGE])
    still = missing_qt_libraries(checked, venv)
    if still or not started or not_installed:
        packages, unknown = packages_for(still)
        names = sorted(set(not_installed) | set(packages) | set(unknown))
        line = f"could not install: {' '.join(names) or '-'}"
        if still:
            line += f" (Qt still misses {' '.join(still)})"
        if not started:
            line += f"; Qt does not start on the {platform} platform: {error}"
        say(line)
    if not started:
        raise SystemExit(1)


def build_translations() -> None:
    run([PYTHON, ROOT / "tools" / "translations.py", "release"], cwd=ROOT)


def ensure_bundle_venv() -> None:
    """`.venv-bundle`: the app's run-time dependencies (from pyproject.toml) and PyInstaller,
    apart from `.venv` so the test set-up stays as it is."""
    import tomllib

    config = (ROOT / "pyproject.toml").read_bytes()
    wanted = hashlib.sha256(config + PYINSTALLER.encode()).hexdigest()
    stamp = BUNDLE_VENV / ".installed"
    if stamp.exists() and stamp.read_text() == wanted:
        return
    if not BUNDLE_PYTHON.exists():
        make_venv(BUNDLE_VENV)
    dependencies = tomllib.loads(config.decode("utf-8"))["project"]["dependencies"]
    say("installing PyInstaller and the app's dependencies into the build environment")
    quiet = ["--quiet", "--disable-pip-version-check"]
    run([BUNDLE_PYTHON, "-m", "pip", "install", *quiet, "--upgrade", "pip"])
    run([BUNDLE_PYTHON, "-m", "pip", "install", *quiet, PYINSTALLER, *dependencies])
    stamp.write_text(wanted)


def build_bundle() -> int:
    """dist/retention-planner (PyInstaller's one folder) and, on Linux, the tar.gz around it."""
    import time

    ensure_bundle_venv()
    # the bundle takes the xcb libraries of this machine along: they must be there
    ensure_qt_libraries({"QT_QPA_PLATFORM": "offscreen"}, BUNDLE_VENV, also=("xcb",) if sys.platform == "linux" else ())
    run([BUNDLE_PYTHON, ROOT / "tools" / "translations.py", "release"], cwd=ROOT)
    started = time.monotonic()
    spec = ROOT / "installer" / "retention-planner.spec"
    work = ROOT / "build" / "pyinstaller"
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    run(
        [BUNDLE_PYTHON, "-m", "PyInstaller", "--noconfirm", "--distpath", ROOT / "dist", "--workpath", work, spec],
        cwd=ROOT,
        env=env,
    )
    say(f"bundle built in {time.monotonic() - started:.0f} s: {ROOT / 'dist' / 'retention-planner'}")
    if sys.platform == "linux":
        run([BUNDLE_PYTHON, ROOT / "installer" / "linux" / "package.py", ROOT / "dist"], cwd=ROOT)
    return 0


def main(argv: list[str]) -> int:
    if sys.version_info < (3, 11):  # noqa: UP036 - bootstrap runs on any python3 to say this
        raise SystemExit("Retention Planner needs Python 3.11 or newer.")
    command, rest = (argv[0], argv[1:]) if argv else ("run", [])
    if rest[:1] == ["--"]:
        rest = rest[1:]
    if command not in ("run", "test", "setup", "bundle"):
        raise SystemExit(__doc__)
    if command == "bundle":
        return build_bundle()
    env = dict(os.environ)
    if command == "test":
        env.setdefault("QT_QPA_PLATFORM", "offscreen")
    ensure_venv()
    ensure_packages()
    ensure_qt_libraries(env)
    build_translations()
    if command == "test":
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
