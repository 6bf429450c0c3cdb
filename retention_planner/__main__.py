"""Entry point. Headless sub-commands (`kpis`, `predict`, ...) run without importing Qt;
everything else starts the desktop app. This module is the only place that knows both
`planner` and `ui`, which keeps `planner` free of Qt."""

from __future__ import annotations

import sys


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    from planner.cli.main import SUBCOMMANDS, run_subcommand

    if argv and argv[0] in SUBCOMMANDS:
        return run_subcommand(argv)
    from ui.app import run_gui

    return run_gui(argv)


if __name__ == "__main__":
    sys.exit(main())
