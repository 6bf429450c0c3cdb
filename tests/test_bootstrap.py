"""bootstrap.py's check of Qt's system libraries (issue 31): what ldd reports missing is
mapped to the Debian packages to install, and what could not be installed is said in one line."""

from __future__ import annotations

import importlib.util
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
_spec = importlib.util.spec_from_file_location("bootstrap", ROOT / "bootstrap.py")
assert _spec and _spec.loader
bootstrap = importlib.util.module_from_spec(_spec)
sys.modules.setdefault("bootstrap", bootstrap)
_spec.loader.exec_module(bootstrap)

# `ldd .venv/lib/python3.11/site-packages/PySide6/Qt/plugins/platforms/libqxcb.so` on a
# Debian 12 machine without libxcb-icccm4 and libxcb-keysyms1 (PySide6 6.12.0), shortened
LDD_QXCB = """\
\tlinux-vdso.so.1 (0x00007f043c189000)
\tlibQt6XcbQpa.so.6 => /work/main/.venv/lib/python3.11/site-packages/PySide6/Qt/plugins/platforms/../../lib/libQt6XcbQpa.so.6 (0x00007f043c0bb000)
\tlibQt6Gui.so.6 => /work/main/.venv/lib/python3.11/site-packages/PySide6/Qt/plugins/platforms/../../lib/libQt6Gui.so.6 (0x00007f043b400000)
\tlibGL.so.1 => /lib/x86_64-linux-gnu/libGL.so.1 (0x00007f043c02a000)
\tlibxkbcommon-x11.so.0 => /lib/x86_64-linux-gnu/libxkbcommon-x11.so.0 (0x00007f043bfd7000)
\tlibxcb-cursor.so.0 => /lib/x86_64-linux-gnu/libxcb-cursor.so.0 (0x00007f043bfd0000)
\tlibxcb-icccm.so.4 => not found
\tlibxcb-util.so.1 => /lib/x86_64-linux-gnu/libxcb-util.so.1 (0x00007f043bfc8000)
\tlibxcb-image.so.0 => /lib/x86_64-linux-gnu/libxcb-image.so.0 (0x00007f043bfc2000)
\tlibxcb-keysyms.so.1 => not found
\tlibxcb-randr.so.0 => /lib/x86_64-linux-gnu/libxcb-randr.so.0 (0x00007f043bfaf000)
\tlibX11-xcb.so.1 => /lib/x86_64-linux-gnu/libX11-xcb.so.1 (0x00007f043bf38000)
\tlibc.so.6 => /lib/x86_64-linux-gnu/libc.so.6 (0x00007f043a21e000)
\tlibxcb-icccm.so.4 => not found
\tlibxcb-keysyms.so.1 => not found
\tlibQt6DBus.so.6 => /work/main/.venv/lib/python3.11/site-packages/PySide6/Qt/plugins/platforms/../../lib/libQt6DBus.so.6 (0x00007f043a645000)
\t/lib64/ld-linux-x86-64.so.2 (0x00007f043c18b000)
"""

# the same plugin on a machine without any X11 library at all (a minimal Debian root)
LDD_BARE = """\
\tlinux-vdso.so.1 (0x00007ffd5a5e2000)
\tlibQt6XcbQpa.so.6 => /opt/venv/PySide6/Qt/lib/libQt6XcbQpa.so.6 (0x00007f1b8c0bb000)
\tlibGL.so.1 => not found
\tlibxkbcommon.so.0 => not found
\tlibxkbcommon-x11.so.0 => not found
\tlibxcb-cursor.so.0 => not found
\tlibxcb-icccm.so.4 => not found
\tlibxcb-xinerama.so.0 => not found
\tlibX11-xcb.so.1 => not found
\tlibxcb.so.1 => not found
\tlibfontconfig.so.1 => not found
\tlibglib-2.0.so.0 => not found
\tlibgthread-2.0.so.0 => not found
\tlibEGL.so.1 => not found
\tlibQt6Pdf.so.6 => not found
"""


def test_the_libraries_ldd_cannot_find_are_read_once_each_in_order() -> None:
    assert bootstrap.missing_in_ldd(LDD_QXCB) == ["libxcb-icccm.so.4", "libxcb-keysyms.so.1"]
    assert bootstrap.missing_in_ldd("\tlinux-vdso.so.1 (0x1)\n\tlibc.so.6 => /lib/libc.so.6 (0x2)\n") == []
    assert bootstrap.missing_in_ldd("") == []


def test_missing_xcb_libraries_map_to_their_debian_packages() -> None:
    packages, unknown = bootstrap.packages_for(bootstrap.missing_in_ldd(LDD_QXCB))
    assert packages == ["libxcb-icccm4", "libxcb-keysyms1"]
    assert unknown == []


def test_a_bare_machine_gets_every_package_once_and_qt_own_libraries_are_not_looked_up() -> None:
    packages, unknown = bootstrap.packages_for(bootstrap.missing_in_ldd(LDD_BARE))
    assert packages == [
        "libgl1",
        "libxkbcommon0",
        "libxkbcommon-x11-0",
        "libxcb-cursor0",
        "libxcb-icccm4",
        "libxcb-xinerama0",
        "libx11-xcb1",
        "libxcb1",
        "libfontconfig1",
        "libglib2.0-0",  # libglib and libgthread: one package
        "libegl1",
    ]
    assert unknown == ["libQt6Pdf.so.6"]  # comes with PySide6, no Debian package replaces it


@pytest.mark.parametrize(
    ("soname", "package"),
    [
        ("libxcb-ewmh.so.2", "libxcb-ewmh2"),  # not in the table: Debian's naming rule
        ("libxkbfile.so.1", "libxkbfile1"),
        ("libfoo-x11.so.0", "libfoo-x11-0"),  # a name ending in a digit gets a hyphen
        ("libFoo_bar.so.3.1.4", "libfoo-bar3"),
        ("libgcc_s.so.1", "libgcc-s1"),
        ("libQt6Network.so.6", None),
        ("libicuuc.so.73", None),
        ("not-a-library", None),
    ],
)
def test_a_library_not_in_the_table_follows_debian_naming(soname: str, package: str | None) -> None:
    assert bootstrap.debian_package(soname) == package


def test_the_table_names_the_packages_the_issue_found_missing() -> None:
    table = bootstrap.DEBIAN_LIBRARY_PACKAGES
    assert table["libxcb-icccm.so.4"] == "libxcb-icccm4"
    assert table["libxcb-keysyms.so.1"] == "libxcb-keysyms1"
    assert table["libxcb-xinerama.so.0"] == "libxcb-xinerama0"


@pytest.mark.skipif(not (shutil.which("ldconfig") and shutil.which("dpkg")), reason="needs a Debian system")
def test_the_table_agrees_with_dpkg_for_the_libraries_on_this_machine() -> None:
    """Every table entry whose library is installed here is owned by the package the table names."""
    cache = subprocess.run(["ldconfig", "-p"], check=True, capture_output=True, text=True).stdout
    paths: dict[str, str] = {}
    for line in cache.splitlines()[1:]:
        name, _, path = line.strip().partition(" => ")
        if "x86-64" in name or "x86_64" in path or "aarch64" in path:
            paths.setdefault(name.split(" ")[0], path.strip())
    wanted = {soname: paths[soname] for soname in bootstrap.DEBIAN_LIBRARY_PACKAGES if soname in paths}
    # usr-merge: dpkg may know a file under /lib or under /usr/lib; one call for all (dpkg -S is slow)
    queries = sorted(
        {
            v
            for path in wanted.values()
            for v in (path, path.replace("/usr/lib/", "/lib/", 1), path.replace("/lib/", "/usr/lib/", 1))
        }
    )
    found = subprocess.run(["dpkg", "-S", *queries], check=False, capture_output=True, text=True).stdout
    owners: dict[str, set[str]] = {}
    for line in found.splitlines():
        packages, _, path = line.partition(": ")
        name = Path(path.strip()).name
        owners.setdefault(name, set()).update(entry.split(":")[0].strip() for entry in packages.split(","))
    checked = 0
    for soname, path in wanted.items():
        if Path(path).name not in owners:
            continue
        assert bootstrap.DEBIAN_LIBRARY_PACKAGES[soname] in owners[Path(path).name], (soname, owners[Path(path).name])
        checked += 1
    assert checked >= 10


@pytest.mark.parametrize(
    ("env", "platform", "checked"),
    [
        ({}, "offscreen", ["offscreen"]),
        ({"DISPLAY": ":0"}, "xcb", ["xcb", "offscreen"]),
        ({"WAYLAND_DISPLAY": "wayland-0", "DISPLAY": ":0"}, "xcb", ["wayland", "xcb", "offscreen"]),
        ({"WAYLAND_DISPLAY": "wayland-0"}, "wayland", ["wayland", "xcb", "offscreen"]),
        ({"DISPLAY": ":0", "QT_QPA_PLATFORM": "offscreen"}, "offscreen", ["offscreen"]),
        ({"QT_QPA_PLATFORM": "xcb:foo=1;offscreen"}, "xcb", ["xcb"]),
    ],
)
def test_the_platform_follows_the_display(env: dict[str, str], platform: str, checked: list[str]) -> None:
    assert bootstrap.qt_platforms(env) == (platform, checked)


def test_missing_libraries_are_installed_then_qt_is_started(monkeypatch, capsys) -> None:
    missing = [["libxcb-icccm.so.4", "libxcb-keysyms.so.1"], []]
    installed: list[list[str]] = []
    monkeypatch.setattr(bootstrap, "missing_qt_libraries", lambda platforms, venv: missing.pop(0))
    monkeypatch.setattr(bootstrap, "apt_install", lambda packages: installed.append(packages) or [])
    monkeypatch.setattr(bootstrap, "probe_qt", lambda platform, python: (True, "", 40))
    bootstrap.ensure_qt_libraries({"DISPLAY": ":0"})
    assert installed == [["libxcb-icccm4", "libxcb-keysyms1"]]
    assert "could not install" not in capsys.readouterr().out


def test_what_could_not_be_installed_is_said_in_one_line(monkeypatch, capsys) -> None:
    monkeypatch.setattr(bootstrap, "missing_qt_libraries", lambda platforms, venv: ["libxcb-icccm.so.4"])
    monkeypatch.setattr(bootstrap, "apt_install", lambda packages: list(packages))  # no root, no sudo
    monkeypatch.setattr(
        bootstrap,
        "probe_qt",
        lambda platform, python: (False, "qt.qpa.plugin: Could not load the Qt platform plugin", 0),
    )
    with pytest.raises(SystemExit):
        bootstrap.ensure_qt_libraries({"DISPLAY": ":0"})
    lines = [line for line in capsys.readouterr().out.splitlines() if "could not install" in line]
    assert len(lines) == 1
    assert "libxcb-icccm4" in lines[0] and "xcb" in lines[0]


def test_a_probe_failure_ldd_cannot_explain_installs_the_known_qt_packages(monkeypatch) -> None:
    installed: list[list[str]] = []
    probes = [(False, "could not load", 0), (True, "", 12)]
    monkeypatch.setattr(bootstrap, "missing_qt_libraries", lambda platforms, venv: [])
    monkeypatch.setattr(bootstrap, "apt_install", lambda packages: installed.append(packages) or [])
    monkeypatch.setattr(bootstrap, "probe_qt", lambda platform, python: probes.pop(0))
    bootstrap.ensure_qt_libraries({})
    assert installed == [bootstrap.DEBIAN_QT_PACKAGES]


def test_no_fonts_installs_a_font(monkeypatch) -> None:
    installed: list[list[str]] = []
    monkeypatch.setattr(bootstrap, "missing_qt_libraries", lambda platforms, venv: [])
    monkeypatch.setattr(bootstrap, "apt_install", lambda packages: installed.append(packages) or [])
    monkeypatch.setattr(bootstrap, "probe_qt", lambda platform, python: (True, "", 0))
    bootstrap.ensure_qt_libraries({})
    assert installed == [[bootstrap.FONT_PACKAGE]]


@pytest.mark.skipif(not sys.platform.startswith("linux") or not shutil.which("ldd"), reason="needs ldd")
def test_ldd_runs_on_the_real_plugins_of_this_venv() -> None:
    """The real files exist where the table says, and ldd reads them (what is missing depends on the machine)."""
    import PySide6

    qt = Path(PySide6.__file__).parent / "Qt"
    for platform in ("offscreen", "xcb"):
        assert (qt / bootstrap.QT_PLATFORM_FILES[platform][0]).exists()
    venv = Path(sys.prefix)
    missing = bootstrap.missing_qt_libraries(["offscreen", "xcb"], venv)
    assert all(".so" in name for name in missing)
