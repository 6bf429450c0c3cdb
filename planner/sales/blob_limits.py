"""What a stored sales blob would cost to decode, read from its metadata alone.

A checksum only proves that the bytes are the ones written, not who wrote them: a crafted
plan can carry a 0.3 MB blob with a correct checksum whose Arrow metadata declares
gigabytes (zstd turns 5 GB of zeros into a few hundred KB), and decoding it would allocate
all of that in the app's own process (issue 29, item 2). The blob is walked here message
by message, reading only the small flatbuffer headers and the 8-byte length in front of
each compressed buffer, and refused when what it declares does not fit the stored row
count, the blob's own length, or a hard cap. This takes microseconds, so it runs on every
plan open instead of a child process (about a second each time).

Only the Arrow IPC stream inside the file is walked and decoded (`stream_part`), so the
reader cannot be sent elsewhere by a footer that points at other bytes.
"""

from __future__ import annotations

import struct

# What decoding may cost at most, in bytes: Arrow's buffers plus pandas' column arrays.
# The real Online Retail import (397,924 rows) needs about 40 MB; a million-row sheet with
# ten attribute columns stays well under 1 GB.
MAX_DECODED_BYTES = 1024**3
# Real blobs inflate 3-30x (a sequence of row numbers alone keeps them above ~2 bytes per
# row); 1,000x leaves a wide margin and still stops zstd bombs, which inflate ~30,000x.
MAX_INFLATION = 1000
SMALL_BYTES = 64 * 1024**2  # below this any ratio is harmless
PANDAS_BYTES_PER_CELL = 8  # one int64, float64, datetime64 or object pointer per cell

_SCHEMA, _DICTIONARY_BATCH, _RECORD_BATCH = 1, 2, 3
_MAGIC = b"ARROW1"


class BlobLimitError(ValueError):
    """The blob declares more than it can honestly hold; it is not decoded."""


def stream_part(blob: bytes) -> memoryview:
    """The Arrow IPC stream inside an Arrow IPC file (after the 8-byte magic)."""
    if len(blob) < 16 or blob[:6] != _MAGIC:
        raise BlobLimitError("not an Arrow file")
    return memoryview(blob)[8:]


def check_declared_sizes(blob: bytes, row_count: int) -> None:
    """Raise `BlobLimitError` unless the blob's declared rows and buffer sizes are what a
    table of `row_count` rows, stored in `len(blob)` bytes, can hold."""
    stream = stream_part(blob)
    rows = columns = declared = 0
    for header_type, header, body_length in _messages(stream):
        if header_type == _SCHEMA:
            columns = _schema_field_count(header)
        elif header_type in (_RECORD_BATCH, _DICTIONARY_BATCH):
            batch = header if header_type == _RECORD_BATCH else _table_field(header, 1)
            if batch is None:
                raise BlobLimitError("dictionary without data")
            length, sizes = _batch_sizes(batch, body_length)
            declared += sum(sizes)
            if header_type == _RECORD_BATCH:
                rows += length
        if declared > MAX_DECODED_BYTES:
            break
    if rows != row_count:
        raise BlobLimitError(f"declares {rows} rows instead of {row_count}")
    total = declared + rows * columns * PANDAS_BYTES_PER_CELL
    allowed = min(MAX_DECODED_BYTES, max(SMALL_BYTES, MAX_INFLATION * len(blob)))
    if total > allowed:
        raise BlobLimitError(
            f"declares {total / 1024**2:.0f} MB of data in {len(blob) / 1024**2:.1f} MB "
            f"(at most {allowed / 1024**2:.0f} MB are plausible)"
        )


# -- the IPC stream: 0xFFFFFFFF, metadata length, flatbuffer Message, body -----------------


class _Table:
    """A flatbuffer table inside `data`, read with bounds checks (bytes may be hostile)."""

    def __init__(self, data: memoryview, position: int) -> None:
        self.data, self.position = data, position
        vtable = position - _unpack("<i", data, position)
        self.vtable_size = _unpack("<H", data, vtable)
        self.vtable = vtable

    def _slot(self, index: int) -> int:
        entry = 4 + 2 * index
        if entry + 2 > self.vtable_size:
            return 0
        return _unpack("<H", self.data, self.vtable + entry)

    def scalar(self, index: int, fmt: str, default: int) -> int:
        slot = self._slot(index)
        return default if not slot else _unpack(fmt, self.data, self.position + slot)

    def target(self, index: int) -> int | None:
        """Where an offset field points (a table or a vector), None when absent."""
        slot = self._slot(index)
        if not slot:
            return None
        at = self.position + slot
        return at + _unpack("<I", self.data, at)


def _unpack(fmt: str, data: memoryview, at: int) -> int:
    size = struct.calcsize(fmt)
    if at < 0 or at + size > len(data):
        raise BlobLimitError("metadata points outside the blob")
    return int(struct.unpack_from(fmt, data, at)[0])


def _table_field(table: _Table, index: int) -> _Table | None:
    at = table.target(index)
    return None if at is None else _Table(table.data, at)


def _struct_vector(table: _Table, index: int, struct_size: int) -> list[tuple[int, int]]:
    """A vector of (int64, int64) structs: FieldNode (length, nulls) or Buffer (offset, length)."""
    at = table.target(index)
    if at is None:
        return []
    count = _unpack("<I", table.data, at)
    if at + 4 + count * struct_size > len(table.data):
        raise BlobLimitError("metadata points outside the blob")
    start = at + 4  # the builder pads before the length, so the structs follow it directly
    return [struct.unpack_from("<qq", table.data, start + i * struct_size) for i in range(count)]


def _messages(stream: memoryview):  # type: ignore[no-untyped-def]
    """(header type, header table, body length) of each message up to end-of-stream, the
    body checked to lie within the blob."""
    at = 0
    while at + 8 <= len(stream):
        marker = _unpack("<I", stream, at)
        if marker == 0xFFFFFFFF:
            length, at = _unpack("<i", stream, at + 4), at + 8
        else:  # the format before Arrow 0.15: no continuation marker
            length, at = int(marker), at + 4
        if length == 0:
            return
        if length < 0 or at + length > len(stream):
            raise BlobLimitError("message metadata outside the blob")
        meta = stream[at : at + length]
        message = _Table(meta, _unpack("<I", meta, 0))
        header_type = message.scalar(1, "<B", 0)
        body_length = message.scalar(3, "<q", 0)
        header = _table_field(message, 2)
        at += length
        if body_length < 0 or at + body_length > len(stream):
            raise BlobLimitError("message body outside the blob")
        if header is None:
            raise BlobLimitError("message without header")
        yield header_type, header, stream[at : at + body_length]
        at += body_length
    raise BlobLimitError("the stream has no end marker")


def _schema_field_count(schema: _Table) -> int:
    at = schema.target(1)  # Schema.fields
    return 0 if at is None else _unpack("<I", schema.data, at)


def _batch_sizes(batch: _Table, body: memoryview) -> tuple[int, list[int]]:
    """The batch's row count and the decoded size of each of its buffers. Every column of
    a sales table is flat, so each node must have the batch's length."""
    length = batch.scalar(0, "<q", 0)
    if length < 0:
        raise BlobLimitError("negative row count")
    nodes = _struct_vector(batch, 1, 16)
    if any(node_length != length or nulls < 0 or nulls > length for node_length, nulls in nodes):
        raise BlobLimitError("a column's length differs from its batch's")
    compressed = batch.target(3) is not None
    sizes = []
    for offset, size in _struct_vector(batch, 2, 16):
        if offset < 0 or size < 0 or offset + size > len(body):
            raise BlobLimitError("a buffer lies outside its message")
        if compressed and size:
            if size < 8:
                raise BlobLimitError("a compressed buffer without its length")
            declared = _unpack("<q", body, offset)
            sizes.append(size - 8 if declared == -1 else declared)
            if declared < -1:
                raise BlobLimitError("a negative buffer length")
        else:
            sizes.append(size)
    return length, sizes
