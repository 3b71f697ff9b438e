"""Which lines a cheap pattern matches, found with the loop in C.

Several readers first look for the few lines that can start what they read (an entry's number,
a page's dateline, a card's author count) with a short pattern tried on every line. Over a 10 MB
paste's ~120,000 lines, a comprehension's step per line cost as much as the pattern itself.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from itertools import compress, count, repeat
from operator import attrgetter, contains, not_

from papershelf.importers.paste.lines import Line

_TEXT = attrgetter("text")
_KIND = attrgetter("kind")


def matching(lines: Sequence[Line], pattern: re.Pattern[str]) -> list[int]:
    """`[i for i, line in enumerate(lines) if pattern.match(line.text)]`, each step in C."""
    return list(compress(count(), map(pattern.match, map(_TEXT, lines))))


def containing(lines: Sequence[Line], word: str) -> list[int]:
    """`[i for i, line in enumerate(lines) if word in line.text]`, each step in C."""
    return list(compress(count(), map(contains, map(_TEXT, lines), repeat(word))))


def kinds_not_in(lines: Sequence[Line], kinds: frozenset[str]) -> list[int]:
    """`[i for i, line in enumerate(lines) if line.kind not in kinds]`, each step in C."""
    return list(compress(count(), map(not_, map(kinds.__contains__, map(_KIND, lines)))))


def kinds_in(lines: Sequence[Line], kinds: frozenset[str]) -> list[int]:
    """`[i for i, line in enumerate(lines) if line.kind in kinds]`, each step in C."""
    return list(compress(count(), map(kinds.__contains__, map(_KIND, lines))))
