"""Where a long word may break with a hyphen when it is wider than its line: on the
journey's cards in the window and everywhere in the report (neither has room for a
hyphenation dictionary's worth of words, and neither may cut a name off)."""

from __future__ import annotations

import re
from functools import lru_cache

VOWELS = set("aeiouäöüyAEIOUÄÖÜY")
# consonants that start a syllable together when a word breaks
ONSETS = {"schw", "schl", "schr", "schm", "schn", "sch", "chr", "ch", "ck", "ph", "th", "qu"}


@lru_cache(maxsize=8192)
def syllable_breaks(word: str) -> tuple[int, ...]:
    """Where a word may break with a hyphen, by the plain rule of German (and most English)
    syllables: one consonant between vowels goes to the next line ("Manage-ment"), of several
    the last ("Kun-de", "Beschwer-de"), "ch", "ck", "sch" staying whole; never leaving fewer
    than two letters on a line, nor three at its end. Not a dictionary: a rare word may break
    where a dictionary would not, but never "Beschwerdemanagem-ent"."""
    if not word.isalpha():
        return ()
    breaks = []
    i = 0
    while i < len(word):
        if word[i] not in VOWELS:
            i += 1
            continue
        j = i
        while j < len(word) and word[j] in VOWELS:
            j += 1  # the end of the vowel group
        k = j
        while k < len(word) and word[k] not in VOWELS:
            k += 1  # the next vowel
        if k >= len(word):
            break
        cluster = word[j:k].lower()
        at = j
        if len(cluster) > 1:
            unit = next((n for n in range(len(cluster), 1, -1) if cluster[-n:] in ONSETS), 1)
            at = k - unit
        if 2 <= at <= len(word) - 3:
            breaks.append(at)
        i = k
    return tuple(breaks)


def break_at(word: str, fits: int) -> int:
    """Where to break a word of which `fits` characters fit on the line: at the last syllable
    end within them when it keeps the better part of the line filled ("Tischreservie-rung",
    not "Tischreservieru-ng"), else where the line ends. A leading hyphen or slash (the rest
    of "E-Mail-" or "Rechnung/") counts as part of the line."""
    start = len(word) - len(word.lstrip("-/"))
    letters = re.match(r"[^\W\d_]+", word[start:])
    if letters:
        ends = [start + b for b in syllable_breaks(letters.group()) if start + b <= fits]
        if ends and ends[-1] >= fits * 0.4:
            return ends[-1]
    return fits
