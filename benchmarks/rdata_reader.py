"""Just enough of R's serialisation format (XDR, versions 2 and 3) to read a data frame
from an .rda file, for the grocery benchmark: pyreadr is not installed, and BTYDplus ships
its grocery event log only as data/groceryElog.rda.

Handles what a saved data frame holds: pairlists with tags, symbols, character, logical,
integer and real vectors, generic vectors (lists), attributes (names, class, levels,
row.names) and references to symbols already read, plus ALTREP compact integer sequences
and wrappers (R >= 3.5 writes row names that way). Anything else raises.
"""

from __future__ import annotations

import bz2
import gzip
import lzma
import struct
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

NIL, SYM, LIST, CHAR, LGL, INT, REAL, STR, VEC = 254, 1, 2, 9, 10, 13, 14, 16, 19
REF, ALTREP, GLOBALENV, EMPTYENV, BASEENV, MISSING = 255, 238, 253, 242, 241, 251
NA_INT = -(2**31)


@dataclass
class RObject:
    value: object
    attributes: dict[str, object] = field(default_factory=dict)


class Reader:
    def __init__(self, data: bytes) -> None:
        self.data, self.pos, self.refs = data, 0, []

    def int(self) -> int:
        (value,) = struct.unpack_from(">i", self.data, self.pos)
        self.pos += 4
        return int(value)

    def array(self, dtype: str, n: int) -> np.ndarray:
        size = np.dtype(dtype).itemsize * n
        out = np.frombuffer(self.data, dtype=dtype, count=n, offset=self.pos).astype(dtype[1:])
        self.pos += size
        return out

    def length(self) -> int:
        n = self.int()
        if n == -1:  # long vector: two more ints
            n = (self.int() << 32) + self.int()
        return n

    def item(self) -> object:
        flags = self.int()
        kind, has_attr, has_tag = flags & 0xFF, bool(flags & (1 << 9)), bool(flags & (1 << 10))
        if kind in (NIL, GLOBALENV, EMPTYENV, BASEENV, MISSING):
            return None
        if kind == REF:
            index = flags >> 8 or self.int()
            return self.refs[index - 1]
        if kind == SYM:
            name = self.item()
            self.refs.append(name)
            return name
        if kind == CHAR:
            n = self.int()
            if n == -1:
                return None
            text = self.data[self.pos : self.pos + n].decode("utf-8", "replace")
            self.pos += n
            return text
        if kind == LIST:
            pairs: dict[str, object] = {}
            while kind == LIST:
                attrs = self.attributes() if has_attr else {}
                tag = self.item() if has_tag else None
                pairs[str(tag) if tag is not None else f"#{len(pairs)}"] = self._with(self.item(), attrs)
                flags = self.int()
                kind, has_attr, has_tag = flags & 0xFF, bool(flags & (1 << 9)), bool(flags & (1 << 10))
            if kind != NIL:
                raise ValueError(f"pairlist ends in type {kind}")
            return pairs
        if kind == ALTREP:
            info = self.item()
            state = self.item()
            attrs = self.item()
            name = next(iter(info.values())) if isinstance(info, dict) else None
            if name == "compact_intseq":
                n, start, step = (int(v) for v in np.asarray(state.value if isinstance(state, RObject) else state))
                value: object = start + step * np.arange(n)
            elif isinstance(name, str) and name.startswith("wrap_"):
                value = state["#0"] if isinstance(state, dict) else state.value[0]  # type: ignore[union-attr,index]
            else:
                raise ValueError(f"ALTREP class {name} not supported")
            return self._with(value, attrs if isinstance(attrs, dict) else {})
        if kind in (LGL, INT):
            value = self.array(">i4", self.length())
        elif kind == REAL:
            value = self.array(">f8", self.length())
        elif kind in (STR, VEC):
            value = [self.item() for _ in range(self.length())]
        else:
            raise ValueError(f"R type {kind} not supported at byte {self.pos}")
        return self._with(value, self.attributes() if has_attr else {})

    def attributes(self) -> dict[str, object]:
        attrs = self.item()
        return attrs if isinstance(attrs, dict) else {}

    @staticmethod
    def _with(value: object, attrs: dict[str, object]) -> object:
        if isinstance(value, RObject):
            value.attributes.update(attrs)
            return value
        return RObject(value, attrs) if attrs or isinstance(value, np.ndarray | list) else value


def _plain(value: object) -> object:
    return value.value if isinstance(value, RObject) else value


def read_rda(path: Path) -> dict[str, object]:
    """{name: object} of the file's saved objects."""
    raw = path.read_bytes()
    for opener in (bz2.decompress, gzip.decompress, lzma.decompress):
        try:
            raw = opener(raw)
            break
        except (OSError, ValueError, lzma.LZMAError):
            continue
    if not raw.startswith((b"RDX2\n", b"RDX3\n")) or raw[5:7] != b"X\n":
        raise ValueError("not an XDR .rda file")
    reader = Reader(raw)
    reader.pos = 7
    version = reader.int()
    reader.int(), reader.int()  # writer's and minimal reader's R version
    if version == 3:
        n = reader.int()
        reader.pos += n  # native encoding
    top = reader.item()
    return top if isinstance(top, dict) else {"object": top}


def data_frame_columns(frame: object) -> dict[str, np.ndarray]:
    """The columns of an R data frame: factors as their labels, Dates as datetime64[D]."""
    if not isinstance(frame, RObject):
        raise ValueError("not a data frame")
    names = _plain(frame.attributes["names"])
    columns: dict[str, np.ndarray] = {}
    for name, column in zip(names, frame.value, strict=True):  # type: ignore[arg-type]
        values = _plain(column)
        attrs = column.attributes if isinstance(column, RObject) else {}
        classes = _plain(attrs.get("class")) or []
        if "factor" in classes:
            levels = np.array(_plain(attrs["levels"]), dtype=object)
            codes = np.asarray(values)
            columns[name] = np.where(codes == NA_INT, None, levels[np.maximum(codes - 1, 0)])
        elif "Date" in classes:
            columns[name] = np.asarray(values).astype(np.int64).astype("datetime64[D]")
        else:
            columns[name] = np.asarray(values)
    return columns
