"""Headless command line: the automation surface and test contract (DESIGN section 8).
One module per sub-command in this package (kpis, effect, export, import_plan, predict,
nps), each with `add_parser` and `run`; this module builds the parser and runs one.

Errors end with exit code 2 and one line on stderr (what, where, how to fix); never a
traceback. Sub-commands that need the GUI live in `ui`; this package never imports Qt.
"""

from __future__ import annotations

import argparse
import importlib
import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import NoReturn

from planner.errors import PlannerError


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:  # one line, exit code 2, like every other error
        self.exit(2, f"{self.prog}: {message} (see --help)\n")


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="retention-planner")
    sub = parser.add_subparsers(dest="command", required=True, parser_class=_Parser)
    from planner.cli import effect, export, import_plan, kpis, nps, predict

    for command in (kpis, effect, export, import_plan, predict, nps):
        command.add_parser(sub)
    return parser


# each sub-command's module, imported only when it runs (so --help and the GUI load no pandas)
_MODULES = {
    "kpis": "kpis",
    "effect": "effect",
    "export": "export",
    "import-plan": "import_plan",
    "predict": "predict",
    "nps": "nps",
}


def _runner(module: str) -> Callable[[argparse.Namespace], int]:
    def run(args: argparse.Namespace) -> int:
        return importlib.import_module(f"planner.cli.{module}").run(args)

    return run


SUBCOMMANDS: dict[str, Callable[[argparse.Namespace], int]] = {name: _runner(m) for name, m in _MODULES.items()}


# set in the limited child that runs a command on a workbook, so that it runs the command itself
CHILD_VARIABLE = "RETENTION_PLANNER_CLI_CHILD"
# the argument that names the file a command reads
_FILE_ARGUMENT = {"kpis": "sales", "nps": "survey", "predict": "sales", "effect": "source", "import-plan": "workbook"}


def _workbook_read(args: argparse.Namespace) -> Path | None:
    """The workbook this command reads, when it is to be read in a limited child: the
    spreadsheet library aborts the whole process on some hostile files (a 2 KB .xlsx with
    one cell at XFD1048576 asks for 512 GB), and the command line must answer with a
    message as the import wizard does (issue 29, item 5)."""
    import os

    name = _FILE_ARGUMENT.get(args.command, "")
    value = getattr(args, name, None) if name else None
    if not value or os.environ.get(CHILD_VARIABLE):
        return None
    from planner.sales.file_kinds import EXCEL_SUFFIXES  # not the reader: it loads pandas (0.4 s)

    path = Path(value)
    return path if path.suffix.lower() in EXCEL_SUFFIXES and path.is_file() else None


def _run_in_limited_child(args: argparse.Namespace, argv: list[str], path: Path) -> int:
    """The whole command in a limited child (`planner.sandbox`): it writes its results to
    this process's output and its one-line error to stderr, passed on as it is; a crash or
    a limit becomes the wizard's message."""
    from planner.sandbox import ended_by_limit, start_limited  # pandas is the child's to load, not ours

    child = start_limited("planner", argv, stdout=None, env={CHILD_VARIABLE: "1"})
    with child:
        try:
            _out, err = child.communicate()
        except KeyboardInterrupt:
            child.kill()
            child.wait()
            return 130
    stderr = err.decode("utf-8", "replace")
    if ended_by_limit(child.returncode, stderr):
        from planner.sales.isolated import stopped_error

        print(f"retention-planner {args.command}: {stopped_error(path)}", file=sys.stderr)
        return 2
    sys.stderr.write(stderr)
    return child.returncode


# the commands that read a sales workbook through `import_file` (its sheet choice)
_SALES_IMPORTS = ("kpis", "predict", "effect")


def _parse_ahead(args: argparse.Namespace) -> None:
    """Start reading the sales file before pandas and the planner are loaded
    (`planner.sales.parse_ahead`): a CSV file here, a workbook in the limited child (and
    only where its memory is bounded)."""
    if args.command not in _SALES_IMPORTS:
        return
    name = _FILE_ARGUMENT[args.command]
    if not getattr(args, name, None):  # effect --demo reads no file
        return
    if not os.environ.get(CHILD_VARIABLE):
        from planner.sales import parse_ahead

        parse_ahead.start_text(getattr(args, name))
        return
    sheets = getattr(args, "sheet", None)
    if isinstance(sheets, list):  # kpis: --sheet given several times is one import of several sheets
        if len(set(sheets)) > 1:
            return
        sheets = sheets[0]
    if getattr(args, "all_sheets", False):
        return
    from planner.sales import parse_ahead

    parse_ahead.start(getattr(args, name), sheets, header_row=getattr(args, "header_row", None), first_sheet=False)


def _end(code: int) -> int:
    parse_ahead = sys.modules.get("planner.sales.parse_ahead")  # only where a parse was started
    return code if parse_ahead is None else parse_ahead.end(code)


def commands_help() -> list[tuple[str, str]]:
    """(name, one line) of every sub-command, for the top-level --help."""
    parser = build_parser()
    sub = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    return [(action.dest, action.help or "") for action in sub._choices_actions]


def run_subcommand(argv: list[str]) -> int:
    from planner.cli.malloc import keep_freed_memory

    keep_freed_memory()  # a command is short: freed memory is kept for reuse (planner.cli.malloc)
    args = build_parser().parse_args(argv)
    return _end(_run(args, argv))


def _run(args: argparse.Namespace, argv: list[str]) -> int:
    try:
        workbook = _workbook_read(args)
        if workbook is not None:
            return _run_in_limited_child(args, argv, workbook)
        _parse_ahead(args)
        return SUBCOMMANDS[args.command](args)
    except PlannerError as error:
        print(f"retention-planner {args.command}: {error}", file=sys.stderr)
        return 2
    except MemoryError:
        print(f"retention-planner {args.command}: not enough memory for this file.", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:  # output piped into `head` and the like
        sys.stderr.close()
        return 0
    except Exception as exc:  # a bug: still one line, never a traceback
        print(
            f"retention-planner {args.command}: internal error ({type(exc).__name__}: {exc}); "
            "please report it with the file that caused it.",
            file=sys.stderr,
        )
        return 3
