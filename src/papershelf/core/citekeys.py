"""Citation keys in Better BibTeX's default pattern: auth.lower + shorttitle(3,3) + year."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from typing import Any

from papershelf.core.names import initials_after, is_organisation

# Better BibTeX's default skip words (function words that never make a short title).
SKIP_WORDS = frozenset(
    """
a ab aboard about above across after against al along amid among an and anti around as at
before behind below beneath beside besides between beyond but by d da das de del dell dello
dei degli della delle dem den der des despite die do down du during ein eine einem einen
einer eines el en et except for from gli i il in inside into is l la las le les like lo los
near nor of off on onto or over past per plus round save since so some sur than the through
to toward towards un una unas under underneath une unlike uno unos until up upon versus via
von while with within without yet zu zum
""".split()
)
PARTICLES = frozenset(
    {"van", "von", "der", "den", "de", "del", "della", "di", "da", "du", "le", "la"}
)
_GENERATIONS = frozenset({"jr", "sr", "jnr", "snr", "ii", "iii", "iv"})
KEY_CHARS = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_:.\-+]*$")


def ascii_fold(text: str) -> str:
    special = {
        "ß": "ss",
        "Ł": "L",
        "ł": "l",
        "Ø": "O",
        "ø": "o",
        "Æ": "AE",
        "æ": "ae",
        "Œ": "OE",
        "œ": "oe",
        "Đ": "D",
        "đ": "d",
        "Þ": "Th",
        "þ": "th",
        "ı": "i",
    }
    text = "".join(special.get(ch, ch) for ch in text)
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()


def family_name(name: str) -> str:
    """The surname of `First Middle Last`, `Last, First`, `Last AB` or `van der Berg`-style names."""
    if "," in name:
        return name.split(",", 1)[0].strip()
    if (inverted := initials_after(name)) is not None:
        return inverted[0]  # `Wang F`: PubMed's family name first
    words = name.split()
    if len(words) > 1 and words[-1].lower().rstrip(".") in _GENERATIONS:
        words = words[:-1]  # `John Smith III`, `Martin Luther King Jr.`
    if not words:
        return ""
    tail = [words[-1]]
    for word in reversed(words[:-1]):
        if word.lower() in PARTICLES:
            tail.insert(0, word)
        else:
            break
    return " ".join(tail)


def short_title(title: str, words: int = 3) -> str:
    tokens = re.findall(r"[A-Za-z0-9]+", ascii_fold(title))
    kept = [t for t in tokens if t.lower() not in SKIP_WORDS][:words]
    return "".join(t[:1].upper() + t[1:] for t in kept)


def _family_of(name: str | dict[str, str]) -> str:
    """A structured name's particle and family name (or its organisation); a plain one's
    surname as `family_name` finds it."""
    if isinstance(name, str):
        return name if is_organisation(name) else family_name(name)
    words = [
        name.get("von", ""),
        name.get("family") or name.get("literal") or name.get("given", ""),
    ]
    return " ".join(word for word in words if word)


def base_key(paper: dict[str, Any]) -> str:
    authors: list[str | dict[str, str]] = paper.get("names") or paper.get("authors") or []
    author = re.sub(r"[^a-z0-9]", "", ascii_fold(_family_of(authors[0])).lower()) if authors else ""
    title = "" if paper.get("title_is_placeholder") else short_title(paper.get("title") or "")
    year = (paper.get("date") or "")[:4] if (paper.get("date") or "")[:4].isdigit() else ""
    key = f"{author}{title}{year}"
    if not key:
        key = short_title(paper.get("title") or "") or "untitled"
    if not key[0].isalpha():
        key = "p" + key
    return key


def suffix(n: int) -> str:
    """a, b, …, z, aa, ab, …: Better BibTeX's disambiguation suffixes."""
    letters = ""
    n += 1
    while n:
        n, rest = divmod(n - 1, 26)
        letters = chr(ord("a") + rest) + letters
    return letters


def unique_key(base: str, taken: Callable[[str], bool]) -> str:
    """`base` itself if free, else base+a, base+b…; `taken` compares case-insensitively."""
    if not taken(base):
        return base
    n = 0
    while taken(base + suffix(n)):
        n += 1
    return base + suffix(n)


def valid_key(key: str) -> bool:
    return bool(KEY_CHARS.match(key))
