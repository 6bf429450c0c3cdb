"""The bundle's entry point (PyInstaller runs this script as `__main__`).

In a frozen bundle `sys.executable` is the bundle's own executable, not a Python
interpreter. The app reads sales files in a limited child process started as
`sys.executable -m planner.limited MEMORY CPU module args...` (planner.sandbox), so here the
executable also understands `-m MODULE args...` for the app's own `planner` modules and runs
that module as `__main__` instead of the app, as `python -m` would.
"""

from __future__ import annotations

import multiprocessing
import runpy
import sys

# only the app's own child entry points: the bundle is no general Python interpreter
CHILD_MODULE_PREFIX = "planner."


def run_child(argv: list[str]) -> int | None:
    """Run `-m MODULE args...` like `python -m`; None when argv is no such call."""
    if len(argv) < 2 or argv[0] != "-m" or not argv[1].startswith(CHILD_MODULE_PREFIX):
        return None
    module, args = argv[1], argv[2:]
    sys.argv = [module, *args]
    try:
        runpy.run_module(module, run_name="__main__", alter_sys=True)
    except SystemExit as stop:
        code = stop.code
        if code is None or isinstance(code, int):
            return code or 0
        print(code, file=sys.stderr)
        return 1
    return 0


def main() -> int:
    multiprocessing.freeze_support()  # a multiprocessing child re-enters here and runs its task
    child = run_child(sys.argv[1:])
    if child is not None:
        return child
    from retention_planner.__main__ import main as app_main

    return app_main(sys.argv[1:])


if __name__ == "__main__":
    sys.exit(main())
