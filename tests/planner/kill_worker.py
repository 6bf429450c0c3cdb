"""Edits a project as fast as it can and reports each edit on stdout.

Run by test_kill_safety, which kills this process with SIGKILL at random moments.
"begin ..." is printed before an edit starts and "done" once its commit returned: a
"done" edit must survive the kill, a begun-but-not-done one may or may not.
"""

import sys

from planner.model import Persona
from planner.store import ProjectStore


def report(line: str) -> None:
    print(line, flush=True)


store = ProjectStore.open(sys.argv[1])
i = int(sys.argv[2])
while True:
    report(f"begin insert P{i}")
    p = store.insert_persona(Persona(name=f"P{i}", notes="n" * (i % 700)))
    report(f"done {p.id}")
    if i % 3 == 0:
        report(f"begin update {p.id} S{i}")
        store.update_persona(p.id, segment=f"S{i}")
        report("done")
    if i % 5 == 0:
        report(f"begin settings C{i}")
        store.update_settings(company=f"C{i}")
        report("done")
    if i % 7 == 0:
        report(f"begin delete {p.id}")
        store.delete_persona(p.id)
        report("done")
    i += 1
