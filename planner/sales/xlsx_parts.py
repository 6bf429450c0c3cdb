"""Where a sheet's XML stands inside an .xlsx archive: the workbook reader counts its rows
and the huge-sheet reader copies its cells, so both need it, from here."""

from __future__ import annotations

import re
import zipfile


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
