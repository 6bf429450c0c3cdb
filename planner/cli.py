"""Headless command line: the automation surface and test contract (DESIGN section 8).

Errors end with exit code 2 and one line on stderr; never a traceback.
"""

from __future__ import annotations

import argparse
import sys

from planner.errors import PlannerError

SUBCOMMANDS: dict[str, str] = {}


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="retention-planner")
    parser.add_subparsers(dest="command", required=True)
    return parser


def run_subcommand(argv: list[str]) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        return SUBCOMMANDS_IMPL[args.command](args)
    except PlannerError as error:
        print(f"retention-planner {args.command}: {error}", file=sys.stderr)
        return 2


SUBCOMMANDS_IMPL: dict[str, object] = {}
