"""Errors a user can act on.

Every exception raised on purpose by `planner` derives from `PlannerError` and carries a
message written for the user: what happened, where, and what to do. The UI shows that
message as it is; the CLI prints it as one line on stderr. Anything else that escapes is a
bug and goes to the log and the error dialog.
"""

from __future__ import annotations


class PlannerError(Exception):
    """A problem the user can understand and fix."""

    def __init__(self, message: str, *, hint: str = "", code: str = "", **params: object) -> None:
        super().__init__(message)
        self.message = message
        self.hint = hint
        # `code` and `params` let the UI say the same thing in the user's language
        self.code = code or type(self).__name__
        self.params = params

    def __str__(self) -> str:
        return f"{self.message} {self.hint}".strip()


class ProjectFileError(PlannerError):
    """The project file cannot be opened or written."""


class DiskFullError(ProjectFileError):
    """A change could not be written (the disk is full or the drive went away); SQLite
    rolled it back, so the plan is as it was and the same change can be made again once
    there is space."""


class ProjectNotFoundError(ProjectFileError):
    """No file at the given path."""


class NotAProjectError(ProjectFileError):
    """The file exists but is not a Retention Planner project."""


class DamagedProjectError(ProjectFileError):
    """The file is a project but its content is damaged."""


class NewerVersionError(ProjectFileError):
    """The file was written by a newer version of the app."""


class RecordGoneError(PlannerError):
    """The record was deleted meanwhile (by a colleague with the same plan open)."""


class ConflictError(PlannerError):
    """The record was changed meanwhile (by a colleague), so an undo or redo would
    overwrite their change; nothing was written."""


class ReadOnlyError(PlannerError):
    """The plan is open read-only (someone else is editing it)."""


class DamagedSalesError(PlannerError):
    """A stored import's data failed its checksum or its checks after decoding."""


class SalesDataError(PlannerError):
    """A sales file cannot be read or does not contain usable data."""


class CancelledError(PlannerError):
    """Long work was cancelled by the user; nothing was changed."""

    def __init__(self, message: str = "Cancelled; nothing was changed.") -> None:
        super().__init__(message)


# -- a colleague's change met: the errors the store and the record tables raise --------------


def _same(a: object, b: object) -> bool:
    if isinstance(a, (list, tuple)) and isinstance(b, (list, tuple)):
        return tuple(a) == tuple(b)
    return a == b


_KIND_WORDS = {
    "settings": "setting",
    "goal": "goal",
    "measure": "measure",
    "team_member": "team member",
    "touchpoint": "touchpoint",
    "persona": "persona",
    "stage": "stage",
    "checkin": "check-in",
    "idea_note": "note",
}


def record_gone(table: str, record_id: int) -> RecordGoneError:
    kind = _KIND_WORDS.get(table, table)
    return RecordGoneError(
        f"This {kind} was deleted meanwhile, probably by someone else who has the plan open.",
        hint="The view now shows the plan as it is.",
        code="record_gone",
        kind=table,
        id=record_id,
    )


def check_expected(table: str, current: object, expected: dict[str, object] | None) -> None:
    """Refuse to write over a value someone else has changed since this user saw it."""
    if not expected:
        return
    changed = [name for name, value in expected.items() if not _same(getattr(current, name), value)]
    if changed:
        kind = _KIND_WORDS.get(table, table)
        raise ConflictError(
            f"This {kind} was changed meanwhile by someone else ({', '.join(changed)}); "
            "their change was kept and nothing was overwritten.",
            code="record_changed",
            kind=table,
            fields=", ".join(changed),
        )
