"""Reference strings read by a trained sequence model: each word of one reference gets its field.

A reference (`Saad ED, Buyse M. Overall survival… J Clin Oncol. 2012;30(15):1750-4.`, `[15] J.
N. Al-Karaki and A. E. Kamal, "Routing techniques…," IEEE Wireless Communications, vol. 11, …`)
is split at whitespace, punctuation kept on its word, as AnyStyle does; a linear-chain CRF gives
each word one of twelve fields from the word's shape alone (no dictionaries: nothing here knows a
journal's or a person's name). The model (resources/ref_fields.crfsuite) is trained by
scripts/train_refs.py on AnyStyle's annotated reference strings (resources/refstrings, BSD-2).

`parse_reference` turns the labelled words into a title, names, a year, a container and a DOI,
with the model's own confidence in the title: the marginal probability of each title word's
field, averaged. The model is loaded once, on first use.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

import pycrfsuite

from papershelf.importers.paste.crf_models import PackagedModel
from papershelf.importers.paste.names import alternating_inverted

MODEL = "ref_fields.crfsuite"
AUTHOR = "author"
EDITOR = "editor"
TITLE = "title"
DATE = "date"
CONTAINER = "container"
VOLUME = "volume"
PAGES = "pages"
PUBLISHER = "publisher"
LOCATION = "location"
DOI = "doi"
URL = "url"
OTHER = "other"
LABELS = (AUTHOR, EDITOR, TITLE, DATE, CONTAINER, VOLUME, PAGES, PUBLISHER, LOCATION, DOI, URL)

_QUOTES = "\"'“”„‘’«»‹›`´"
_EDGE = _QUOTES + ".,;:!?()[]{}*_"
_YEAR = re.compile(r"(?<!\d)(1[5-9]\d\d|20\d\d)(?!\d)")
_INITIALS = re.compile(r"^(?:[^\W\d_]\.?-?){1,3}[.,;:]?$")  # `J.`, `J.-P.`, `JM`, `И.Д.`
_DOTTED = re.compile(r"^(?:[^\W\d_]\.-?){1,4}[,;:]?$")
_PAGES = re.compile(r"^\(?(?:pp?\.)?[A-Za-z]?\d+\s*[-–—‑]\s*[A-Za-z]?\d+[.,;:)]*$")
_VOLUME_ISSUE = re.compile(r"\d+\s*\(\s*[\d\-–/ ]+\s*\)")
_DOI = re.compile(r"\b10\.\d{4,9}/[^\s\"<>]+")
_LEAD = re.compile(
    r"^\s*(?:\[\d{1,4}\]|\(\d{1,4}\)|\d{1,4}[.):]|\d{1,3}(?:\.\d{1,3}){1,5}\.|\d{1,3}(?:\.\d{1,3}){2,5}|[-*•·▪■●+.])\s+"
    r"|^\s*(?:citation|reference|ref|cite|source|topic|paper|article)s?\s*:\s+"
    r"|^\+(?=\w)",  # `+ABRAMSON, J.`: a list of notes marks its references with a plus
    re.IGNORECASE,
)
_CONTAINER_LEAD = re.compile(r"^(?:in|em|en|dans|in:|em:|en:)\s+", re.IGNORECASE)


@dataclass(frozen=True)
class ParsedReference:
    """What the model read in one reference string."""

    title: str
    authors: list[str] = field(default_factory=list)
    year: str | None = None
    container: str | None = None
    doi: str | None = None
    confidence: float = 0.0  # the title words' mean marginal probability
    authors_truncated: bool = False  # `…, Zahirovic, S., et al.`: more authors than named
    # The title stands between punctuation (or the line's ends), as a reference's fields do; a
    # sentence's words the model called a title do not (`Ada Quill wrote about … in 2011`).
    delimited: bool = False


# --- features (shared with scripts/train_refs.py: the model was trained on exactly these) ------


_GLUED_AFTER_QUOTE = re.compile(r"([”»])(?=\w)")


def tokenise(text: str) -> list[str]:
    """Whitespace-separated words, punctuation kept on them (`"Routing`, `2004.`, `30(15):`);
    a closing quote glued to the next word (`identity,”ACM Computing`) parts them."""
    return _GLUED_AFTER_QUOTE.sub(r"\1 ", unicodedata.normalize("NFC", text)).split()


def _shape(word: str) -> str:
    """`Al-Karaki,` -> `Xx-Xx,`: letter case and digits as classes, runs of a class once."""
    out: list[str] = []
    for ch in word[:24]:
        if ch.isupper():
            c = "X"
        elif ch.isalpha():
            c = "x"
        elif ch.isdigit():
            c = "d"
        else:
            c = ch
        if not out or out[-1] != c:
            out.append(c)
    return "".join(out)


def _core(word: str) -> str:
    return word.strip(_EDGE)


def _word_features(word: str) -> list[str]:
    core = _core(word)
    low = core.lower()
    digits = sum(ch.isdigit() for ch in core)
    found = [
        f"w={low[:20]}",
        f"shape={_shape(word)}",
        f"first={word[0] if not word[0].isalnum() else 'a'}",
        f"last={word[-1] if not word[-1].isalnum() else 'a'}",
        f"digits={min(digits, 5)}",
        f"len={min(len(core), 12) // 3}",
    ]
    if core[:1].isupper():
        found.append("cap")
    if core.isupper() and sum(ch.isalpha() for ch in core) > 1:
        found.append("allcaps")
    if core and not core.isascii() and any(ch.isalpha() for ch in core):
        found.append("nonlatin" if not any("a" <= ch.lower() <= "z" for ch in core) else "accent")
    if _YEAR.search(word):
        found.append("year")
    if _INITIALS.match(word) and core[:1].isupper():
        found.append("initials")
    if _DOTTED.match(word):
        found.append("dotted")
    if _PAGES.match(word):
        found.append("range")
    if _VOLUME_ISSUE.search(word):
        found.append("vol(issue)")
    if word[0] in _QUOTES:
        found.append("quote_open")
    if word.rstrip(".,;:")[-1:] in _QUOTES:
        found.append("quote_close")
    if "(" in word:
        found.append("paren_open")
    if ")" in word:
        found.append("paren_close")
    if "[" in word or "]" in word:
        found.append("bracket")
    if low.startswith(("http", "www.")) or "://" in low:
        found.append("link")
    if low.startswith("doi") or _DOI.search(word):
        found.append("doi")
    return found


def sequence_features(words: list[str]) -> list[list[str]]:
    """Each word's features, its neighbours' and where it stands in the reference."""
    own = [_word_features(w) for w in words]
    n = len(words)
    out: list[list[str]] = []
    years_before = 0
    stops_before = 0
    quotes_closed = 0
    out_next_stop: set[int] = set()  # the words after a full stop (not an initial's dot)
    for at, word in enumerate(words):
        found = list(own[at])
        if at in out_next_stop:
            found.append("after_stop")
        found.append(f"pos={10 * at // max(n, 1)}")
        if at == 0:
            found.append("start")
        if at == n - 1:
            found.append("end")
        found.append(f"years_before={min(years_before, 2)}")
        found.append(f"stops_before={min(stops_before, 4)}")
        found.append(f"quotes_closed={min(quotes_closed, 1)}")
        for step in (-2, -1, 1, 2):
            other = at + step
            if 0 <= other < n:
                near = own[other]
                found.append(f"{step}:{near[0]}")
                found.append(f"{step}:{near[1]}")
                if abs(step) == 1:
                    found.append(f"{step}:{near[3]}")
                    found.extend(f"{step}:{f}" for f in near[6:] if "=" not in f)
            else:
                found.append(f"{step}:none")
        out.append(found)
        if "year" in own[at]:
            years_before += 1
        stop = word.endswith((".", "?", "!")) and not ({"initials", "dotted"} & set(own[at]))
        if stop and len(_core(word)) > 1:
            stops_before += 1
            if at + 1 < n:
                out_next_stop.add(at + 1)
        if "quote_close" in own[at]:
            quotes_closed += 1
    return out


# --- reading -----------------------------------------------------------------------------------


_MODEL = PackagedModel(MODEL)


def use_model(path: Path | None) -> None:
    """Read with another model file (a checkout's fresh model, an evaluation's); None: the
    shipped one."""
    _MODEL.use(path)


def _tagger() -> pycrfsuite.Tagger | None:
    return _MODEL.tagger()


def label_words(words: list[str]) -> list[tuple[str, float]]:
    """Each word's field and the model's marginal probability of it."""
    tagger = _tagger()
    if tagger is None or not words:
        return [(OTHER, 0.0)] * len(words)
    tagger.set(sequence_features(words))
    fields: list[str] = tagger.tag()
    return [(f, tagger.marginal(f, at)) for at, f in enumerate(fields)]


def strip_lead(text: str) -> str:
    """`[15] `, `3. `, `1.2.3. `, `- `, `Citation: `: a list's marker, number or label is no part
    of the reference."""
    for _ in range(2):  # `2. Citation: …`
        text = _LEAD.sub("", text, count=1)
    return text


def parse_reference(text: str) -> ParsedReference | None:
    """The title, names, year, container and DOI of one reference string; None without a title."""
    words = tokenise(strip_lead(text))
    labelled = label_words(words)
    fields = [f for f, _ in labelled]
    span = title_span(words, fields)
    if span is None:
        return None
    start, end = span
    title = clean_title(" ".join(words[start:end]))
    if not title:
        return None
    confidence = sum(p for _, p in labelled[start:end]) / (end - start)
    return ParsedReference(
        title=title,
        authors=_authors(words, fields),
        year=_year(words, fields),
        container=_container(words, fields),
        doi=_doi(text),
        confidence=round(confidence, 4),
        delimited=_delimited(words, start, end),
        authors_truncated=bool(_TRUNCATION.search(_first_run(words, fields, AUTHOR))),
    )


def longest_run(fields: list[str], wanted: str) -> tuple[int, int] | None:
    """[start, end) of the longest run of one field (the first, of equal runs)."""
    best: tuple[int, int] | None = None
    at = 0
    while at < len(fields):
        if fields[at] != wanted:
            at += 1
            continue
        end = at
        while end < len(fields) and fields[end] == wanted:
            end += 1
        if best is None or end - at > best[1] - best[0]:
            best = (at, end)
        at = end
    return best


_NEXT_FIELD = re.compile(r"\d|^[-–—]\S|\w:$")  # a volume, pages, a year; `-Journal`; `London:`


def title_span(words: list[str], fields: list[str]) -> tuple[int, int] | None:
    """[start, end) of the title: the longest run of title words, cut at its first full stop
    when what follows holds a number, a dash-led word or a place's colon (`Linking propositions.
    Vision Res 24:1233–1246.`): the next field, which the model ran on into."""
    span = longest_run(fields, TITLE)
    if span is None:
        return None
    start, end = _quoted(words, *span)
    for at in range(start, end - 1):
        word = words[at]
        if not word.endswith((".", "?", "!")) or len(_core(word)) < 2:
            continue
        if _INITIALS.match(word) or _DOTTED.match(word):
            continue
        rest = words[at + 1 : end]
        if any(_NEXT_FIELD.search(w) for w in rest) or _a_source_before_numbers(words, rest, end):
            return start, at + 1
    return start, _without_journal_start(words, start, end)


_ABBREVIATION = re.compile(r"^[A-Z][a-z]{1,9}\.$")


def _without_journal_start(words: list[str], start: int, end: int) -> int:
    """`… by Profiling Biogeochemical Floats, Glob. Biogeochem. Cycles, 35(6)`: the run took
    the journal's first abbreviated word after the comma that ends the title; it goes back."""
    if end - start < 3 or end >= len(words):
        return end
    last, before, after = words[end - 1], words[end - 2], words[end]
    abbreviated_after = bool(_ABBREVIATION.match(after)) or any(ch.isdigit() for ch in after)
    if before.endswith(",") and _ABBREVIATION.match(last) and abbreviated_after:
        return end - 1
    return end


def _a_source_before_numbers(words: list[str], rest: list[str], end: int) -> bool:
    """`… remember rain. Fict Soil Biol. 2016;51:77-90.`: after the title's full stop, a few
    capitalised words (a journal's abbreviated name) and then the numbers of its volume."""
    if not 0 < len(rest) <= 8:
        return False
    after = words[end] if end < len(words) else ""
    if any(ch.isdigit() for ch in after):
        return all(w[:1].isupper() or len(_core(w)) <= 3 for w in rest)
    if not all(_ABBREVIATION.match(w) for w in rest):
        return False
    # an abbreviated journal's name may go on past the run (`proteins. Nat. Struct. Biol. 8`)
    for at, word in enumerate(rest + words[end : end + JOURNAL_WORDS_AFTER]):
        if any(ch.isdigit() for ch in word):
            return at >= len(rest)
        if not (word[:1].isupper() or len(_core(word)) <= 3):
            return False
    return False


JOURNAL_WORDS_AFTER = 6  # `Journal of Geophysical Research: Oceans, 124`


_QUOTE_OPEN = tuple("\"“„«‘'`")
_QUOTE_CLOSE = tuple("\"”»’'")
QUOTED_WORDS = 60  # a quoted title is shorter than this


def _quoted(words: list[str], start: int, end: int) -> tuple[int, int]:
    """A title the reference quotes is the quoted words: the model's run starts at its opening
    quote (`G and .... "Deep-learning-based …"`) and ends at its closing one, even where the run
    stopped short (`“A survey of …: Methods for detecting presence, count, …, and identity,”`)."""
    opening = next((at for at in range(start, end) if words[at].startswith(_QUOTE_OPEN)), None)
    if opening is None or (opening > start and words[start].startswith(_QUOTE_OPEN)):
        return start, end
    for at in range(opening, min(len(words), opening + QUOTED_WORDS)):
        if words[at].rstrip(".,;:").endswith(_QUOTE_CLOSE) and (at > opening or len(words[at]) > 2):
            return opening, at + 1
    return opening, end


def clean_title(text: str) -> str:
    """`"Routing techniques…: a survey,"` -> `Routing techniques…: a survey`."""
    text = text.strip()
    for _ in range(3):  # `“Title.”,` closes a quote after its full stop, then a comma
        stripped = text.strip(" ,;:").strip(_QUOTES + "*_").strip()
        if stripped.endswith(".") and not stripped.endswith(("..", " al.")):
            stripped = stripped[:-1].rstrip()
        if stripped == text:
            break
        text = stripped
    return text


def _first_run(words: list[str], fields: list[str], wanted: str) -> str:
    span = longest_run(fields, wanted)
    return " ".join(words[span[0] : span[1]]) if span else ""


_NAME_SEPARATOR = re.compile(r"\s*([,;&]|\band\b|\bet\b(?!\s*al)|\bund\b|\by\b|\be\b)\s*")
_PARTICLE = re.compile(r"\s+(?:de|da|do|dos|das|del|van|von|der|den|le|la|di)\.?$")
_GIVEN = re.compile(r"^[^\W\d_][\w'’-]*(?:\s+[^\W\d_]\.?)*\.?$")
_TRUNCATION = re.compile(r"(?:,?\s*(?:et\.?\s*al\.?|\.\.\.|…|\[\.\.\.\])\s*)+$", re.IGNORECASE)
_LAST_WORD_DOT = re.compile(r"(?<=[^\W\d_]{2})\.$")
_NAME_SUFFIX = re.compile(r"^(?:Jr|Sr)\.?$|^(?:II|III|IV|2nd|3rd)$")
_SUFFIXED = re.compile(r", (?:Jr|Sr)\.$")
_TRAILING_CONNECTOR = re.compile(r"\s+(?:in|en|em|dans|in:)$")
_DOTLESS_INVERTED = re.compile(r"^[^,.]+, [^\W\d_a-z]{1,3}$")
_VANCOUVER_END = re.compile(r"^[^,]*\w\s+[^\W\d_a-z]{1,3}\.$")


def _authors(words: list[str], fields: list[str]) -> list[str]:
    text = _first_run(words, fields, AUTHOR)
    return reference_names(text)


def reference_names(text: str) -> list[str]:
    """A reference's author list as names, inverted ones kept whole: `Boag, P. T., and P. R.
    Grant` -> [`Boag, P. T.`, `P. R. Grant`]; `Igarashi, K. M. & Moser, M.-B.`; `Saad ED,
    Buyse M`; `Романов И.Д., Васильев В.А.`."""
    text = " ".join(text.replace(" ,", ",").split()).strip(" :;,")
    text = _TRUNCATION.sub("", text).strip(" :;,")
    if not text:
        return []
    pieces = _NAME_SEPARATOR.split(text)
    parts = [p.strip() for p in pieces[::2]]
    joins = [j.strip() for j in pieces[1::2]]  # the separator after each part
    names: list[str] = []
    at = 0
    if alternating_inverted(parts, joins):  # `KARCHER, Sebastian and ZELLE, Rintze`
        pairs = zip(parts[::2], parts[1::2], strict=True)
        names = [f"{family}, {given}" for family, given in pairs]
        at = len(parts)
    while at < len(parts):
        part = parts[at]
        after = parts[at + 1] if at + 1 < len(parts) else None
        if after and joins[at] == "," and _inverted(part, after, at, parts):
            names.append(f"{part}, {after}")
            at += 2
            continue
        if names and _NAME_SUFFIX.match(part):
            names[-1] = f"{names[-1]}, {part}"  # `G.L. Hunt, Jr., J.M. Napp`: the name's suffix
        elif part.strip(" ."):
            names.append(part)
        at += 1
    names = [_TRAILING_CONNECTOR.sub("", n) for n in names]  # `H. Zhao in “Title”`
    names = [n if _SUFFIXED.search(n) else _LAST_WORD_DOT.sub("", n) for n in names]
    if len(names) > 1 and all(_DOTLESS_INVERTED.match(n) for n in names[:-1]):
        names[-1] = names[-1].rstrip(".")  # `Xu, J, Zeng, Y and Zhang, R.`: the list's full stop
    # `Saad ED, Buyse M.`: Vancouver's initials take no dots; the one at the end closes the list
    # (where the others carry theirs, `Aghion P., Hoxby C.`, it is the last name's own)
    if names and _VANCOUVER_END.search(names[-1]) and "." not in "".join(names[:-1]):
        names[-1] = names[-1][:-1]
    return [n for n in names if not _initials(n) or len(names) == 1]


def _inverted(family: str, given: str, at: int, parts: list[str]) -> bool:
    """Is `given` the given names of the `family` before it (`Grant, P. R.`, `Washburn, Edward
    W.` as the list's first, MLA's only inverted name)?"""
    words = family.split()
    if not words or len(words) > 3 or _initials(family):
        return False
    if not family[:1].isupper() and words[0] not in ("de", "van", "von", "da", "di", "le"):
        return False
    if len(words) > 1 and _initials(words[-1]):
        return False  # `Saad ED, Buyse M`: Vancouver's names carry their initials after them
    if _initials(given):
        return True
    rest = parts[at + 2 :]
    return at == 0 and bool(_GIVEN.match(given)) and all(" " in p for p in rest if p)


def _initials(text: str) -> bool:
    """`P. T.`, `M.-B.`, `JM`, `И.Д.`, `E. C. P. de`: given names as initials only."""
    letters = _PARTICLE.sub("", text).replace(".", "").replace("-", "").replace(" ", "")
    dotted = "." in text
    return 0 < len(letters) <= 4 and letters.isupper() and (dotted or len(letters) <= 3)


def _delimited(words: list[str], start: int, end: int) -> bool:
    before = words[start - 1] if start > 0 else ""
    opened = not before or before[-1] in _EDGE or words[start][:1] in _QUOTES
    closed = end == len(words) or words[end - 1][-1] in _EDGE or words[end][:1] in _EDGE
    return opened and closed


def _year(words: list[str], fields: list[str]) -> str | None:
    for wanted in (DATE, VOLUME, OTHER, CONTAINER, PAGES, None):
        for word, f in zip(words, fields, strict=True):
            if (f == wanted or (wanted is None and f != TITLE)) and (found := _YEAR.search(word)):
                return found[1]
    return None


def _container(words: list[str], fields: list[str]) -> str | None:
    span = longest_run(fields, CONTAINER)
    if span is None:
        return None
    kept = words[span[0] : span[1]]
    while len(kept) > 1 and any(ch.isdigit() for ch in kept[-1]):
        kept = kept[:-1]  # `Fict Soil Biol 51:77-90`: the volume and pages the run took in
    text = _CONTAINER_LEAD.sub("", " ".join(kept)).strip(" ,;:").strip(_QUOTES + "*_").strip()
    return text.rstrip(".").strip() or None


def _doi(text: str) -> str | None:
    found = _DOI.search(text)
    return found[0].rstrip(".,;)]") if found else None
