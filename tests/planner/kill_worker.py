"""Edits a project as fast as it can and reports each confirmed edit on stdout.

Run by test_kill_safety, which kills this process with SIGKILL at random moments.
"""

import sys

from planner.model import Persona
from planner.store import ProjectStore

store = ProjectStore.open(sys.argv[1])
start = int(sys.argv[2])
i = start
while True:
    p = store.insert_persona(Persona(name=f"P{i}", notes="n" * (i % 700)))
    print(f"insert {p.id} P{i}", flush=True)
    if i % 3 == 0:
        store.update_persona(p.id, segment=f"S{i}")
        print(f"update {p.id} S{i}", flush=True)
    if i % 5 == 0:
        store.update_settings(company=f"C{i}")
        print(f"settings C{i}", flush=True)
    if i % 7 == 0:
        store.delete_persona(p.id)
        print(f"delete {p.id}", flush=True)
    i += 1
