"""The decompression-bomb check of zip-based workbooks (.xlsx, .xlsm, .xlsb, .ods), free of
pandas so that a limited child can start it before anything heavy is loaded.

Everywhere the check runs to its end before a parser sees the file. Only in a process whose
memory is bounded by the operating system (`planner.sandbox.memory_bounded`: the limited
child) may it run beside the parse (`start_check`; zlib lets other threads run while it
inflates): a workbook that lies about its size then meets the memory limit instead of the
check, and is still only the child's problem. Readers in the app's own process keep it
sequential (issue 30).
"""

from __future__ import annotations

import threading
import zipfile
import zlib
from collections.abc import Callable
from pathlib import Path
from typing import IO

from planner.errors import SalesDataError

MAX_UNZIPPED_BYTES = 6 * 1024**3  # a full 1,048,576-row sheet unpacks to well under this
MAX_ZIP_RATIO = 250  # real sheets compress 5-20x; bombs 1000x and more

_Key = tuple[str, int, int, int]
Inflate = Callable[[Path, zipfile.ZipFile], None]
_PASSED: set[_Key] = set()  # archives that passed, as they were then


class _Running:
    """A check started in a thread; `wait` gives its error, if any."""

    def __init__(self) -> None:
        self.done = threading.Event()
        self.error: BaseException | None = None

    def wait(self) -> None:
        self.done.wait()
        if self.error is not None:
            raise self.error


_RUNNING: dict[_Key, _Running] = {}
_LOCK = threading.Lock()


def _key(path: Path, max_total: int) -> _Key | None:
    try:
        stat = path.stat()
        return (str(path.resolve()), stat.st_size, stat.st_mtime_ns, max_total)
    except OSError:
        return None


def check_zip(path: Path, max_total: int = MAX_UNZIPPED_BYTES, inflate: Inflate | None = None) -> None:
    """Refuse an archive that unpacks to more than `max_total` bytes or claims less than it
    inflates to (a zip bomb), before any parser allocates for it. Raises SalesDataError.

    A file that passed is not inflated again while it is unchanged (same size and
    modification time), and a check already running beside a parse is waited for, not
    repeated: listing the sheets, reading the head and reading the table each checked
    Online Retail's 204 MB of XML, three times 0.4 s (issue 30). `inflate` stands in for
    `check_inflated_sizes` (the reader passes its own name, which tests count)."""
    key = _key(path, max_total)
    if key is not None:
        with _LOCK:
            if key in _PASSED:
                return
            running = _RUNNING.get(key)
        if running is not None:
            running.wait()
            return
    check_members(path, max_total, inflate or check_inflated_sizes)
    if key is not None:
        with _LOCK:
            _PASSED.add(key)


def start_check(path: Path, max_total: int = MAX_UNZIPPED_BYTES) -> bool:
    """Begin the check in a thread of its own; `check_zip` then waits for it. Only for a
    process whose memory the operating system bounds: the caller parses meanwhile.
    Returns whether a check is running or has passed."""
    key = _key(path, max_total)
    if key is None:
        return False
    with _LOCK:
        if key in _PASSED or key in _RUNNING:
            return True
        running = _RUNNING[key] = _Running()

    def work() -> None:
        try:
            check_members(path, max_total, check_inflated_sizes)
            with _LOCK:
                _PASSED.add(key)
        except BaseException as error:  # handed to whoever waits
            running.error = error
        finally:
            running.done.set()

    threading.Thread(target=work, name="zip-check", daemon=True).start()
    return True


def check_members(path: Path, max_total: int, inflate: Inflate) -> None:
    try:
        with zipfile.ZipFile(path) as archive:
            total = 0
            for info in archive.infolist():
                total += info.file_size
                ratio = info.file_size / max(info.compress_size, 1)
                if total > max_total or (info.file_size > 50 * 1024**2 and ratio > MAX_ZIP_RATIO):
                    raise bomb(path, info.filename)
            inflate(path, archive)
    except zipfile.BadZipFile:
        raise damaged(path) from None


def bomb(path: Path, member: str) -> SalesDataError:
    return SalesDataError(
        f"{path.name}: the workbook unpacks to an absurd size ({member}); it was not read to protect your computer.",
        hint="If the file is genuine, save it again from Excel or as CSV.",
        code="zip_bomb",
        path=str(path),
    )


def damaged(path: Path, detail: str = "") -> SalesDataError:
    return SalesDataError(
        f"{path.name}: the file is damaged or not really a {path.suffix.lstrip('.').upper()} file"
        + (f" ({detail})" if detail else "")
        + ".",
        hint="Open it in Excel or LibreOffice and save it again, or export it as CSV.",
        code="damaged_file",
        path=str(path),
    )


_INFLATE_CHUNK = 1 << 20


def check_inflated_sizes(path: Path, archive: zipfile.ZipFile) -> None:
    """Inflate every member once and compare what actually comes out with the size its
    header claims. Parsers stream a member until its compressed data ends, whatever the
    directory says, so a bomb can claim 1 MB and inflate to gigabytes. We stop as soon as
    a member gives more than it claims (the claims are bounded by `check_zip`), so the
    work is bounded too: about 0.4 s per 200 MB of sheet XML."""
    with open(path, "rb") as fh:
        for info in archive.infolist():
            if info.flag_bits & 0x1:
                raise damaged(path, f"{info.filename} is encrypted")
            fh.seek(info.header_offset)
            local = fh.read(30)
            if len(local) < 30 or local[:4] != b"PK\x03\x04":
                raise damaged(path, f"{info.filename}: bad local header")
            name_len, extra_len = int.from_bytes(local[26:28], "little"), int.from_bytes(local[28:30], "little")
            fh.seek(info.header_offset + 30 + name_len + extra_len)
            if info.compress_type == zipfile.ZIP_STORED:
                produced = info.compress_size
            elif info.compress_type == zipfile.ZIP_DEFLATED:
                produced = inflated_size(fh, info.file_size)
                if produced < 0:
                    raise damaged(path, f"{info.filename} does not inflate")
            else:
                raise damaged(path, f"{info.filename} uses an unusual compression")
            if produced != info.file_size:
                raise bomb(path, info.filename)


def inflated_size(fh: IO[bytes], claimed: int) -> int:
    """Bytes a raw deflate stream inflates to, counting at most `claimed` + 1."""
    inflater = zlib.decompressobj(-zlib.MAX_WBITS)
    produced = 0
    while not inflater.eof and produced <= claimed:
        data = inflater.unconsumed_tail or fh.read(_INFLATE_CHUNK)
        if not data:
            break
        try:
            produced += len(inflater.decompress(data, _INFLATE_CHUNK))
        except zlib.error:
            return -1  # not a valid stream: damaged
    return produced
