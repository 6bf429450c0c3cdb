"""Entry point of a limited child: `python -m planner.limited MEMORY CPU module args...`
sets its own limits first and then runs `module` as `__main__`.

The limits are set here, inside the fresh interpreter, rather than in a `preexec_fn`
between fork and exec: the parent is a GUI with worker threads, and code run after a fork
of a threaded process can deadlock on a lock another thread held.
"""

from __future__ import annotations

import os
import runpy
import sys


def main(argv: list[str]) -> None:
    memory, cpu, module, *args = argv
    if os.name == "posix":
        import resource

        resource.setrlimit(resource.RLIMIT_AS, (int(memory), int(memory)))
        resource.setrlimit(resource.RLIMIT_CPU, (int(cpu), int(cpu)))
    sys.argv = [module, *args]
    runpy.run_module(module, run_name="__main__", alter_sys=True)


if __name__ == "__main__":
    main(sys.argv[1:])
