"""Text helpers shared by importers and the store: links, keys, placeholder titles."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator

from ftfy.badness import is_bad

_URL_WRAPPERS = re.compile(r"\\url\{([^{}]*)\}")
# `(?<=\w)(https?://)`, written to start with its letter: the pattern then looks for an `h`
# (a fast scan) instead of trying the look-behind at every letter of an abstract.
_GLUED_LINK = re.compile(r"(h(?<=\wh)ttps?://)")
_URL = re.compile(
    r"(?:https?://|(?<![\w./])(?:www\.|github\.com/|huggingface\.co/))[^\s<>\"'{}\\]*(?:\\_[^\s<>\"'{}\\]*)*",
    re.IGNORECASE,
)
_TRAILING = ".,;:!?)]}'\""


def _clean_url(url: str) -> str:
    url = url.replace("\\_", "_")
    if url.endswith("{here"):  # "https://x{here}" – a LaTeX link label glued on
        url = url[: -len("{here")]
    while url and url[-1] in _TRAILING:
        if url[-1] == ")" and url.count("(") >= url.count(")"):
            break
        url = url[:-1]
    if not re.match(r"https?://", url, re.IGNORECASE):
        url = "https://" + url
    return url


# Letters that a case-blind pattern matches to ASCII ones (`İ` and `ı` to `i`, `ſ` to `s`, the
# Kelvin sign to `k`) where lower() does not give that ASCII letter.
_CASELESS_LETTERS = "\u0130\u0131\u017f\u212a"
_CASELESS = str.maketrans(dict(zip(_CASELESS_LETTERS, "iisk", strict=True)))


def caseless(text: str) -> str:
    """The text in lower case, such that a word a case-blind pattern finds in the text is found
    in it by `in`: a cheap test before the pattern is tried at every letter."""
    if not text.isascii() and any(letter in text for letter in _CASELESS_LETTERS):
        text = text.translate(_CASELESS)  # rare; translate() is slow on other non-ASCII text
    return text.lower()


def extract_urls(text: str) -> list[str]:
    """Links in an abstract, cleaned of LaTeX wrappers and trailing punctuation."""
    lowered = text.lower()
    if not (
        "http" in lowered or "www." in lowered or "github.com" in lowered
        or "huggingface.co" in lowered
    ):  # fmt: skip
        return []
    unwrapped = _URL_WRAPPERS.sub(r" \1 ", text) if "\\url{" in text else text
    # "categorieshttps://…": a link glued to the previous word still starts at "http".
    if "http" in unwrapped:
        unwrapped = _GLUED_LINK.sub(r" \1", unwrapped)
    found: list[str] = []
    for match in url_matches(unwrapped):
        url = _clean_url(match.group(0))
        host = url.split("://", 1)[1]
        if "." in host.split("/", 1)[0] and url not in found:
            found.append(url)
    return found


_URL_STARTS = ("http", "www.", "github.com/", "huggingface.co/")


def url_matches(text: str) -> Iterator[re.Match[str]]:
    """`_URL.finditer(text)`, tried only where a link can start: the pattern's case-blind
    alternatives and look-behind leave it no fast scan, and tried at every letter it cost an
    abstract ten times what the rest of reading its links did."""
    folded = caseless(text)  # as long as the text, each letter where it stands
    starts = sorted({at for word in _URL_STARTS for at in _all_at(folded, word)})
    end = 0
    for start in starts:
        if start >= end and (match := _URL.match(text, start)):
            end = match.end()
            yield match


def _all_at(text: str, word: str) -> Iterator[int]:
    at = text.find(word)
    while at >= 0:
        yield at
        at = text.find(word, at + 1)


_NOT_ALNUM = bytes(code for code in range(128) if not chr(code).isalnum())


def fold(text: str) -> str:
    """Lower-case ASCII letters and digits only: the comparison form of a title."""
    if not text.isascii():
        text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    # bytes.translate() deletes from a table of 256 in one C loop: ~4x str.translate() with a
    # dict (itself ~5x a regex sub), and every paste record's title is folded (drop_repeats).
    return text.lower().encode("ascii").translate(None, _NOT_ALNUM).decode("ascii")


def title_key(title: str) -> str | None:
    key = fold(title)
    return key or None


def abstract_key(abstract: str) -> str | None:
    """The first 160 folded characters: enough to tell abstracts apart, short of truncation."""
    key = fold(abstract[:400])  # folding never lengthens, so 400 characters give 160 keys
    return key[:160] if len(key) >= 80 else None


def counted(count: int, noun: str, plural: str | None = None) -> str:
    """`1 paper`, `2 papers`, `0 papers`: a number with its noun in the right number."""
    return f"{count} {noun if count == 1 else plural or noun + 's'}"


def line_span(first: int, last: int) -> str:
    """`line 5`, `lines 5–9`."""
    return f"line {first}" if first == last else f"lines {first}–{last}"


def placeholder_title(abstract: str, *, limit: int = 80) -> str:
    """A readable stand-in title: the abstract's first sentence, cut at a word."""
    text = " ".join(abstract.split())
    sentence = re.split(r"(?<=[.!?])\s", text, maxsplit=1)[0].rstrip(".")
    if len(sentence) <= limit:
        return sentence or "Untitled"
    cut = sentence[:limit].rsplit(" ", 1)[0].rstrip(",;:")
    return cut + "…"


# What str.split() cuts at besides the plain space, in ASCII and beyond (str.isspace()).
_ASCII_BREAKS = "\t\n\x0b\x0c\r\x1c\x1d\x1e\x1f"
_OTHER_BREAKS = "".join(c for c in map(chr, range(128, 0x3001)) if c.isspace())


def squash(text: str) -> str:
    """Collapse runs of white space to one space."""
    # Most abstracts are clean already: a few scans for one character (each far faster than a
    # pattern's, or than splitting 250 words and rejoining them) tell.
    clean = (
        "  " not in text
        and not text.startswith(" ")
        and not text.endswith(" ")
        # ASCII text (known without a scan) breaks only at `_ASCII_BREAKS`: a search for each
        # is far cheaper than isprintable()'s look-up per letter (~7 us an abstract). No white
        # space but the plain space is printable: one scan of any other text rules them out.
        and (
            not _ascii_break_in(text)
            if text.isascii()
            else text.isprintable()
            or (not _ascii_break_in(text) and not any(c in text for c in _OTHER_BREAKS))
        )
    )
    return text if clean else " ".join(text.split())


def _ascii_break_in(text: str) -> bool:
    """`any(c in text for c in _ASCII_BREAKS)`, spelt out: the generator's steps cost more than
    the nine scans (squash() is run on every abstract, title and date a paste gives)."""
    return (
        "\t" in text or "\n" in text or "\x0b" in text or "\x0c" in text or "\r" in text
        or "\x1c" in text or "\x1d" in text or "\x1e" in text or "\x1f" in text
    )  # fmt: skip


def looks_garbled(text: str) -> bool:
    """Replacement characters, or mojibake (UTF-8 read as Windows-1252: `â€¦`, `Ã¼`)."""
    if "\ufffd" in text:
        return True
    return not text.isascii() and (is_bad(text) or _utf8_read_as_cp1252(text))


# A lead byte of UTF-8 seen as Windows-1252 (Â..ô), then continuation bytes seen the same way.
_CP1252_CONTINUATION = (
    "\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc"
    "\u2013\u2014\u2018-\u201a\u201c-\u201e\u2020-\u2022\u2026\u2030\u2039\u203a"
    "\u20ac\u2122"
)
_SUSPECT = re.compile(f"[\u00c2-\u00f4][{_CP1252_CONTINUATION}]+")


def _utf8_read_as_cp1252(text: str) -> bool:
    """ftfy leaves some sequences alone (`â–½` for `▽`); one that turns back into a UTF-8
    character when its Windows-1252 bytes are read as UTF-8 is mojibake all the same."""
    for found in _SUSPECT.finditer(text):
        run = found.group()
        lead = ord(run[0])
        length = 2 if lead < 0xE0 else 3 if lead < 0xF0 else 4
        try:
            run[:length].encode("cp1252").decode("utf-8")
        except UnicodeError:
            continue
        if len(run) >= length:
            return True
    return False


def cleaner_text_wins(new: str, old: str) -> bool | None:
    """True/False when one of two texts is garbled and the other is not, else None.

    Garbled text is often the longer one (`â€¦` for `…`), so length alone must not decide.
    """
    if not new:
        return False
    new_bad, old_bad = looks_garbled(new), looks_garbled(old) if old else False
    if new_bad == old_bad:
        return None
    return old_bad
