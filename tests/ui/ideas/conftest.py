"""The ideas board's tests start a workshop on a clean board: the demo plan without the
notes its own workshop left (planner.demo.ideas), so every note a test sees is its own."""

from __future__ import annotations

from pathlib import Path

import pytest

from planner.ideas import delete_note, notes
from planner.store import ProjectStore


@pytest.fixture
def project_path(project_path: Path) -> Path:
    store = ProjectStore.open(project_path)
    try:
        for note in notes(store):
            delete_note(store, note.id)
    finally:
        store.close()
    return project_path
