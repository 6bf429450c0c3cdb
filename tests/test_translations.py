"""Every German UI string is translated, and the shipped .qm files match the .ts sources."""

from __future__ import annotations

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tools"))

import translations  # noqa: E402


def test_german_catalogue_is_complete() -> None:
    tree = ET.parse(ROOT / "resources/translations/retention_planner_de.ts")
    unfinished = [
        m.findtext("source")
        for m in tree.iter("message")
        if m.find("translation").get("type") == "unfinished" or not m.findtext("translation")
    ]
    assert unfinished == []


def lupdate_on_a_copy(tmp_path: Path) -> str:
    """What lupdate says when it updates a copy of the German catalogue from ui/."""
    copy = tmp_path / "de.ts"
    shutil.copy(ROOT / "resources/translations/retention_planner_de.ts", copy)
    sources = sorted(str(p) for p in (ROOT / "ui").rglob("*.py"))
    return subprocess.run(
        [translations._tool("lupdate"), *sources, "-no-obsolete", "-locations", "none", "-ts", str(copy)],
        check=True,
        capture_output=True,
        text=True,
    ).stdout


def test_catalogue_covers_every_tr_call(tmp_path: Path) -> None:
    """Running lupdate on the sources must not find new strings."""
    out = lupdate_on_a_copy(tmp_path)
    assert "(0 new and" in out, out


def test_qm_files_are_fresh(tmp_path: Path) -> None:
    for built in translations.release(tmp_path):
        shipped = ROOT / "resources/translations" / built.name
        assert shipped.read_bytes() == built.read_bytes(), "run: python tools/translations.py release"


def test_catalogue_has_no_obsolete_entries(tmp_path: Path) -> None:
    """A text no longer in the code must leave the catalogue (and its stale German)."""
    tree = ET.parse(ROOT / "resources/translations/retention_planner_de.ts")
    kept = [
        m.findtext("source")
        for m in tree.iter("message")
        if m.find("translation").get("type") in ("obsolete", "vanished")
    ]
    assert kept == []
    out = lupdate_on_a_copy(tmp_path)
    assert "obsolete entries" not in out, out  # lupdate says "Removed N obsolete entries"


# Calls that put a text in front of the user; a literal with words passed straight to one
# of them bypasses translation.
_SHOWS_TEXT = {
    "setText", "setToolTip", "setWindowTitle", "setPlaceholderText", "setTitle", "addItem", "addTab",
    "setTabText", "setStatusTip", "setWhatsThis", "showMessage", "setLabelText", "setItemText", "QLabel",
    "QPushButton", "QCheckBox", "QRadioButton", "QGroupBox", "QAction", "setHorizontalHeaderLabels",
    "information", "warning", "question", "critical", "show_text", "setSuffix", "setPrefix",
    "setSpecialValueText",
}  # fmt: skip
# names shown as they are in every language: the product, the languages in their own words
_SAME_IN_EVERY_LANGUAGE = ("Retention Planner", "Deutsch", "English", "Ctrl")


def test_no_user_visible_literal_bypasses_translation() -> None:
    import ast
    import re

    words = re.compile(r"[A-Za-zÄÖÜäöüß]{2,}")

    def text_of(node: ast.AST) -> str:
        if isinstance(node, ast.Constant) and isinstance(node.value, str):
            text = node.value
        elif isinstance(node, ast.JoinedStr):
            text = "".join(v.value for v in node.values if isinstance(v, ast.Constant) and isinstance(v.value, str))
        else:
            return ""
        text = re.sub(r"<[^>]*>", " ", text)  # markup around translated parts
        for name in _SAME_IN_EVERY_LANGUAGE:
            text = text.replace(name, " ")
        return text

    found = []
    for path in sorted((ROOT / "ui").rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call):
                continue
            func = node.func
            name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
            if name not in _SHOWS_TEXT:
                continue
            for arg in node.args:
                for part in [arg, *(arg.elts if isinstance(arg, ast.List | ast.Tuple) else [])]:
                    text = text_of(part)
                    if words.search(text) and text.strip() not in ("de", "en"):
                        found.append(f"{path.relative_to(ROOT)}:{node.lineno}: {text.strip()!r}")
    assert found == []
