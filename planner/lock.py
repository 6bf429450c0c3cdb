"""Who has a plan open: a small lock file beside the plan.

Plans live on shared drives, and two people editing the same file at once overwrite each
other's work without knowing. The app that opens a plan for editing writes
`.~lock.NAME#` beside it (the name office suites use, so people recognise it) with the
user, machine, process, when it was opened, and a heartbeat it renews every
`HEARTBEAT_SECONDS`. A second opener learns who has the plan open since when, and can
open it read-only or take over knowingly; the first app then notices at its next
heartbeat that the lock is no longer its own and turns read-only.

A lock whose heartbeat is older than `STALE_SECONDS` (the app crashed or the laptop went
to sleep), or whose process no longer runs on this machine, is stale: it is taken over
without asking.
"""

from __future__ import annotations

import contextlib
import getpass
import json
import os
import socket
import uuid
from dataclasses import asdict, dataclass
from datetime import UTC, datetime
from pathlib import Path

from planner.errors import PlannerError
from planner.sandbox import process_alive

HEARTBEAT_SECONDS = 30
STALE_SECONDS = 120


@dataclass(frozen=True)
class LockInfo:
    user: str
    host: str
    pid: int
    opened_at: str  # ISO, UTC
    heartbeat: str  # ISO, UTC
    token: str

    def age_seconds(self, now: datetime | None = None) -> float:
        now = now or datetime.now(UTC)
        try:
            beat = datetime.fromisoformat(self.heartbeat)
        except ValueError:
            return float("inf")
        return (now - beat).total_seconds()


class PlanInUseError(PlannerError):
    """Someone else has the plan open for editing."""

    def __init__(self, path: Path, holder: LockInfo) -> None:
        super().__init__(
            f"{path.name} is open for editing by {holder.user} on {holder.host} since {holder.opened_at}.",
            hint="Open it read-only, or take over editing if they have finished.",
            code="plan_in_use",
            path=str(path),
            user=holder.user,
            host=holder.host,
            since=holder.opened_at,
        )
        self.holder = holder


def lock_path(project: Path) -> Path:
    return project.with_name(f".~lock.{project.name}#")


def _now() -> datetime:
    return datetime.now(UTC).replace(microsecond=0)


def read_lock(project: Path) -> LockInfo | None:
    """The lock as written, or None when there is none or it cannot be read."""
    try:
        data = json.loads(lock_path(project).read_text(encoding="utf-8"))
        return LockInfo(
            str(data["user"]),
            str(data["host"]),
            int(data["pid"]),
            str(data["opened_at"]),
            str(data["heartbeat"]),
            str(data["token"]),
        )
    except (OSError, ValueError, KeyError, TypeError):
        return None


def is_stale(info: LockInfo, now: datetime | None = None) -> bool:
    if info.age_seconds(now) > STALE_SECONDS:
        return True
    return info.host == socket.gethostname() and not process_alive(info.pid)


def holder(project: Path) -> LockInfo | None:
    """Who has the plan open for editing now (None: nobody, or only a stale lock)."""
    info = read_lock(project)
    return None if info is None or is_stale(info) else info


class PlanLock:
    """This app's lock on one plan. `acquire` it; `renew` it on a timer; `release` it."""

    def __init__(self, project: Path, info: LockInfo) -> None:
        self.project = project
        self.info = info

    @classmethod
    def acquire(cls, project: str | os.PathLike[str], *, take_over: bool = False) -> PlanLock:
        """Lock `project` for editing. Raises `PlanInUseError` when someone else holds a
        live lock and `take_over` is false."""
        project = Path(project)
        now = _now().isoformat()
        info = LockInfo(_user(), socket.gethostname(), os.getpid(), now, now, uuid.uuid4().hex)
        path = lock_path(project)
        try:
            fd = os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o644)
        except FileExistsError:
            current = read_lock(project)
            if current is not None and not is_stale(current) and not take_over:
                raise PlanInUseError(project, current) from None
            _write(path, info)
        except OSError:
            # a read-only folder: nobody can write the plan there either; go on without a lock
            return cls(project, info)
        else:
            with os.fdopen(fd, "w", encoding="utf-8") as fh:
                fh.write(json.dumps(asdict(info)))
        return cls(project, info)

    def still_mine(self) -> bool:
        current = read_lock(self.project)
        return current is None or current.token == self.info.token

    def renew(self) -> LockInfo | None:
        """Renew the heartbeat. Returns None while the lock is ours, or the lock of whoever
        took over (then nothing is written)."""
        current = read_lock(self.project)
        if current is not None and current.token != self.info.token:
            return current
        self.info = LockInfo(
            self.info.user, self.info.host, self.info.pid, self.info.opened_at, _now().isoformat(), self.info.token
        )
        with contextlib.suppress(OSError):  # a drive gone for a moment: the next beat tries again
            _write(lock_path(self.project), self.info)
        return None

    def release(self) -> None:
        if self.still_mine():
            lock_path(self.project).unlink(missing_ok=True)


def _write(path: Path, info: LockInfo) -> None:
    tmp = path.with_name(path.name + f".{os.getpid()}.tmp")
    tmp.write_text(json.dumps(asdict(info)), encoding="utf-8")
    os.replace(tmp, path)


def _user() -> str:
    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return "?"
