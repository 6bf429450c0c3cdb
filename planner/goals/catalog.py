"""The measure catalogue: retention measures written from DOMAIN.md section 4, in German
and English, each with its bond type, attachment or lock-in, typical stages (indexes of
the 7 default stages), channels and a typical KPI. Win-back tactics are marked."""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources


@dataclass(frozen=True)
class CatalogMeasure:
    key: str
    title: str
    description: str
    bond_type: str
    lock_in: bool
    stages: tuple[int, ...]
    channels: tuple[str, ...]
    kpi: str
    winback: bool


@lru_cache(maxsize=2)
def catalog(language: str = "en") -> tuple[CatalogMeasure, ...]:
    raw = json.loads((resources.files("resources") / "catalog" / "measures.json").read_text(encoding="utf-8"))
    language = language if language in ("de", "en") else "en"
    return tuple(
        CatalogMeasure(
            item["key"],
            item[language]["title"],
            item[language]["description"],
            item["bond_type"],
            item["lock_in"],
            tuple(item["stages"]),
            tuple(item["channels"]),
            item["kpi"],
            item["winback"],
        )
        for item in raw
    )
