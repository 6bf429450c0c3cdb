"""Where a sheet's XML stands inside an .xlsx archive, and how many rows each sheet says it
has: the workbook reader counts its rows, the huge-sheet reader copies its cells and the
limited child picks the sheet to parse ahead, so all need it, from here (free of pandas)."""

from __future__ import annotations

import re
import zipfile
from pathlib import Path


def sheet_xml_path(archive: zipfile.ZipFile, sheet: str, index: int) -> str | None:
    """The archive member of the sheet at `index` (workbook order), via its relationship id."""
    workbook = archive.read("xl/workbook.xml").decode("utf-8", "replace")
    rels = archive.read("xl/_rels/workbook.xml.rels").decode("utf-8", "replace")
    sheets = re.findall(r"<(?:\w+:)?sheet\b[^>]*>", workbook)
    if index >= len(sheets):
        return None
    rid = re.search(r'\br:id="([^"]+)"|\bid="([^"]+)"', sheets[index])
    if not rid:
        return None
    rid_value = rid.group(1) or rid.group(2)
    for rel in re.findall(r"<Relationship\b[^>]*>", rels):
        if f'Id="{rid_value}"' in rel:
            target = re.search(r'Target="([^"]+)"', rel)
            if target:
                name = target.group(1).lstrip("/")
                return name if name.startswith("xl/") else f"xl/{name}"
    return None


_DIMENSION = re.compile(rb'<(?:\w+:)?dimension\b[^>]*\bref="([A-Z]*)(\d+)(?::[A-Z]*(\d+))?"')


def dimension_rows(path: Path, count: int) -> list[int] | None:
    """Rows per sheet from each sheet's <dimension> element: a few bytes per sheet instead
    of parsing every sheet (a 500,000-row sheet takes seconds). None if any is missing."""
    try:
        with zipfile.ZipFile(path) as archive:
            rows = []
            for index in range(count):
                target = sheet_xml_path(archive, "", index)
                if target is None:
                    return None
                with archive.open(target) as fh:
                    match = _DIMENSION.search(fh.read(4096))
                if match is None:
                    return None
                first, last = int(match.group(2)), int(match.group(3) or match.group(2))
                rows.append(last - first + 1)
            return rows
    except (zipfile.BadZipFile, KeyError, OSError, ValueError):
        return None
