"""The house a newcomer reads (issue 30): the roots hold the entry points and the shared
core, everything else lives in a package named for what it is for. import-linter keeps the
imports in order; this keeps the rooms tidy."""

from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def modules(folder: str) -> set[str]:
    return {p.stem for p in (ROOT / folder).glob("*.py")}


def test_ui_root_holds_the_entry_points_and_packages_only() -> None:
    root = modules("ui")
    assert root == {"__init__", "app", "main_window"}, root - {"__init__", "app", "main_window"}
    assert len(root) <= 10


def test_planner_root_keeps_only_the_core() -> None:
    core = {"__init__", "__main__", "model", "store", "records", "schema", "errors", "lock", "sandbox"}
    # limited: the sandbox's child entry (what the limited child interpreter runs)
    assert modules("planner") <= core | {"limited"}, modules("planner") - core


def test_every_sub_command_has_its_module() -> None:
    from planner.cli.main import SUBCOMMANDS

    assert {name.replace("-", "_") for name in SUBCOMMANDS} <= modules("planner/cli")
