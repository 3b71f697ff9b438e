"""Possible duplicates: the comparison keys of one paper, the verdict on two, and groups.

Pure functions. The store blocks candidates on the keys (`BLOCK_KEYS`, indexed columns), so only
papers that share one are ever compared; `judge` then says whether two papers look like the
same work, with a score in [0, 1] and the reasons a reader can check.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import lru_cache

from rapidfuzz import fuzz

from papershelf.core.names import initials_after
from papershelf.core.text import fold

# Titles at least this alike (rapidfuzz `ratio`, 0-100) are one work when something else
# agrees (an author or the year).
TITLE_SIMILARITY = 90
# A title found this closely inside a longer one (`partial_ratio`) is the same title with
# words around it (a scraped "and J. Yu. Client-server paradise"), when an author is shared
# and the shorter title is at least SHORTEST_PART of the longer.
PART_SIMILARITY = 92
SHORTEST_PART = 0.5
# The family names compared (enough for the authors lists of real records; a name list in
# another order, as ACM and Scholar give it, still shares them).
COMPARED_AUTHORS = 5
# Titles less alike than this (token_set_ratio) make a shared identifier suspect.
UNRELATED_TITLES = 60
# Pairs below this score are not listed at all.
LISTED_SCORE = 0.8
# Key columns the store indexes and joins on; `head` and `author` blocks larger than
# `BIG_BLOCK` are left out (a surname shared by hundreds of papers tells nothing).
BLOCK_KEYS = ("arxiv", "doi", "main", "head", "tail", "author")
CAPPED_KEYS = frozenset({"head", "tail", "author"})
# Blocks where only titles at least TITLE_SIMILARITY alike can be one work: a subtitle or a
# prefix puts two papers in one `main` or `head` block, where every pair is judged.
SIMILAR_ONLY = frozenset({"tail", "author"})
BIG_BLOCK = 200

_WORD = re.compile(r"[a-z0-9]+")
_NUMBER = re.compile(r"\d+")
# A year in a title is usually a citation's date pasted into it, not part of the name.
_YEAR = re.compile(r"^(?:19|20)\d\d$")
# "Part I" and "Part II" are two papers: their roman numbers count as numbers.
_PART = re.compile(r"\bpart (i|ii|iii|iv|v|vi)\b")
# So are the numbers of a series written as a sentence of their own: "Celestial mechanics of
# binary systems. I. The post-Newtonian motion" and "... II. The post-Newtonian timing formula"
# (trial 16: "titles 92% alike", one merge away from losing one of them). Capitals, between
# full stops or before a colon: the pronoun "I" is neither.
_SERIES = re.compile(r"(?:^|[.:;]\s+)(I{1,3}|IV|VI{0,3}|IX|X)[.:](?=\s|$)")
_ARXIV_VERSION = re.compile(r"v(\d+)$")
_ARXIV_DOI = re.compile(r"^10\.48550/arxiv\.", re.IGNORECASE)
_DOI_PREFIX = re.compile(r"^(?:https?://(?:dx\.)?doi\.org/|doi:)", re.IGNORECASE)
# Where a subtitle starts: "CLIP: Learning ...", "Title - a subtitle", "Title — subtitle".
_SUBTITLE = re.compile(r"(?::|\s[-–—]\s|\?\s)")
_STOPWORDS = frozenset(
    "a an the of for and in on to with via by from towards toward is are at as its".split()
)
HEAD_WORDS = 4
SAME_AUTHOR = "same first author"
_WHOLE = "\x00"
SHARED_AUTHOR = "an author in common"
SAME_YEAR = "same year"
# A reading list's citation before the title: "Hayek (1945) The Use of Knowledge in Society".
# Up to three words of surname ("van der Berg"), the year's bracket, then the title.
_CITED_AS = re.compile(r"^\s*(\S+(?:\s+\S+){0,2}?),?\s*\((\d{4})[a-z]?\)[.:,]?\s+(?=\S)")
_CO_AUTHORS = re.compile(r"\s+(?:and|&)\s+")


@dataclass(slots=True)  # (not frozen: made 100,000 times in a whole-library look, 2x faster)
class Keys:
    """What one paper is compared by (never changed once made)."""

    paper_id: int
    title: str  # normalised: lower-case ASCII words joined by single spaces
    main: str  # the normalised title before any subtitle
    head: str | None  # the first HEAD_WORDS words that are not stop words
    tail: str | None  # the last ones: a typo cannot change both ends of a long title
    arxiv: str | None  # without its version
    arxiv_version: int | None
    doi: str | None
    author: str | None  # the first author's family name, normalised
    year: str | None
    numbers: tuple[str, ...] = field(default=())
    authors: frozenset[str] = field(default=frozenset())  # the first COMPARED_AUTHORS families

    def block(self, key: str) -> str | None:
        return getattr(self, key)  # type: ignore[no-any-return]


@dataclass(frozen=True, slots=True)
class Verdict:
    score: float
    reasons: tuple[str, ...]


def words(text: str) -> list[str]:
    """Lower-case ASCII words: accents, case and punctuation do not tell titles apart."""
    if not text.isascii():
        text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return _WORD.findall(text.lower())


def family_name(name: str | Mapping[str, str]) -> str | None:
    """The normalised family name of a stored author (plain text or structured)."""
    if type(name) is str:  # (most are: and the check against Mapping is slow)
        return _family(name)
    if isinstance(name, Mapping):
        return _family(_WHOLE + (name.get("family") or name.get("literal") or ""))
    return _family(name)


@lru_cache(maxsize=1 << 18)
def _family(name: str) -> str | None:
    # Names repeat across a library: each is normalised once.
    if name.startswith(_WHOLE):  # a structured name's family part, taken whole
        text = name[1:]
    elif "," in name:
        text = name.split(",", 1)[0]
    elif (inverted := initials_after(name)) is not None:
        text = inverted[0]  # `Wang F`: PubMed's family name first
    else:
        last = name.rsplit(None, 1)
        text = last[-1] if last else ""
    return fold(text) or None  # (its words run together: what words() would give, joined)


def arxiv_base(arxiv_id: str | None, doi: str | None) -> tuple[str | None, int | None]:
    """The arXiv id without its version (also read from an arXiv DOI), and the version."""
    text = (arxiv_id or "").strip().lower().removeprefix("arxiv:")
    if not text and doi and _ARXIV_DOI.match(doi.strip()):
        text = _ARXIV_DOI.sub("", doi.strip()).lower()
    if not text:
        return None, None
    version = _ARXIV_VERSION.search(text)
    if version:
        return text[: version.start()], int(version[1])
    return text, None


def clean_doi(doi: str | None) -> str | None:
    """A DOI compared without case or resolver prefix; arXiv's own DOIs count as arXiv ids."""
    text = _DOI_PREFIX.sub("", (doi or "").strip()).lower()
    if not text or _ARXIV_DOI.match(text):
        return None
    return text


def paper_keys(
    paper_id: int,
    *,
    title: str,
    authors: Sequence[str | Mapping[str, str]],
    arxiv_id: str | None,
    doi: str | None,
    date: str | None,
    placeholder: bool = False,
) -> Keys:
    families = [family_name(name) for name in authors[:COMPARED_AUTHORS]]
    year = date[:4] if date and date[:4].isdigit() else None
    cited = None if families else citation_as_names(title)
    if cited is not None:
        family, year, title = cited
        families = [family]
    else:
        title = without_own_citation(title, families[0] if families else None, year)
    normal = " ".join(words(title))
    subtitle = _SUBTITLE.search(title)
    main = (" ".join(words(title[: subtitle.start()])) if subtitle else normal) or normal
    content = [word for word in normal.split() if word not in _STOPWORDS]
    arxiv, version = arxiv_base(arxiv_id, doi) if arxiv_id or doi else (None, None)
    if placeholder:  # a title made up from the abstract says nothing about the paper
        normal = main = ""
    return Keys(
        paper_id=paper_id,
        title=normal,
        main=main,
        head=" ".join(content[:HEAD_WORDS]) if len(content) >= HEAD_WORDS else None,
        tail=" ".join(content[-HEAD_WORDS:]) if len(content) >= HEAD_WORDS else None,
        arxiv=arxiv,
        arxiv_version=version,
        doi=clean_doi(doi) if doi else None,
        author=families[0] if families else None,
        year=year,
        numbers=title_numbers(normal, title),
        authors=frozenset(name for name in families if name),
    )


def without_own_citation(title: str, author: str | None, year: str | None) -> str:
    """The title without a citation of its own paper before it ("Hayek (1945) The Use of
    Knowledge in Society" is "The Use of Knowledge in Society", trial 10): only the paper's
    own first author and year, so another name or year before a title stays part of it."""
    cited = _CITED_AS.match(title) if author and year and "(" in title else None
    if cited is None or cited[2] != year or fold(cited[1]) != author:
        return title
    return title[cited.end() :]


def citation_as_names(title: str) -> tuple[str, str, str] | None:
    """A title led by a citation, of a paper with no names: the citation's first surname,
    its year and the bare title. A reading group's line read whole as the title ("Hayek
    (1945) The Use of Knowledge in Society", no author, dated by the meeting) is the paper
    the same list's other reading names Hayek, 1945; without authors, trial 10's rule (its
    own first author and year) had nothing to match, and no duplicate was listed (trial 11)."""
    cited = _CITED_AS.match(title) if "(" in title else None
    if cited is None:
        return None
    first = _CO_AUTHORS.split(cited[1], maxsplit=1)[0]  # "Card and Krueger": Card
    return fold(first), cited[2], title[cited.end() :]


def title_numbers(title: str, written: str = "") -> tuple[str, ...]:
    """The numbers that tell one title from the next (GPT-3, GPT-4; Part I, Part II; a
    series' "II." in the title as `written`)."""
    found = [n for n in _NUMBER.findall(title) if not _YEAR.match(n)]
    parts = _PART.findall(title) if "part " in title else []
    parts += [n.lower() for n in _SERIES.findall(written)]
    return (*found, *parts)


def judge(a: Keys, b: Keys) -> Verdict | None:
    """Whether two papers look like one work: a score and its reasons, or None."""
    if a.arxiv and a.arxiv == b.arxiv:
        return _same_identifier(a, b, _arxiv_reason(a, b))
    if a.doi and a.doi == b.doi:
        return _same_identifier(a, b, "same DOI")
    if (a.arxiv and b.arxiv) or (a.doi and b.doi) or not (a.title and b.title):
        return None  # two different identifiers of the same kind: two works
    support = _support(a, b)
    if support is None:
        return _same_long_title(a, b)
    if a.title == b.title:
        return Verdict(0.97, ("same title (up to case and punctuation)", *support))
    if not {SAME_AUTHOR, SHARED_AUTHOR, SAME_YEAR} & set(support) or _numbers_clash(a, b):
        return None  # (and "GPT-3" and "GPT-4" are different papers)
    shorter, longer = sorted((a, b), key=lambda keys: len(keys.title))
    short, long = shorter.title, longer.title
    if short == longer.main:
        return Verdict(0.9, ("same title without its subtitle", *support))
    if long.startswith(short + " ") and len(short.split()) >= HEAD_WORDS:
        return Verdict(0.85, ("one title is a prefix of the other", *support))
    weight = 1.0 if SAME_AUTHOR in support else 0.95
    similarity = fuzz.ratio(a.title, b.title)
    if similarity >= TITLE_SIMILARITY:
        return Verdict(
            round(similarity / 100 * weight, 3), (f"titles {similarity:.0f}% alike", *support)
        )
    inside = _title_inside(short, long) if _padded_alike(a, b, support) else 0
    if inside:
        return Verdict(
            round(inside / 100 * weight * 0.95, 3),
            (f"one title {inside:.0f}% inside the other", *support),
        )
    return None


def _numbers_clash(a: Keys, b: Keys) -> bool:
    """Different numbers in the titles; a part counts only when both titles name one (a
    "(Part I)" added to the published title is still the same paper)."""
    digits = [tuple(n for n in k.numbers if n.isdigit()) for k in (a, b)]
    parts = [tuple(n for n in k.numbers if not n.isdigit()) for k in (a, b)]
    return digits[0] != digits[1] or (all(parts) and parts[0] != parts[1])


def _padded_alike(a: Keys, b: Keys, support: tuple[str, ...]) -> bool:
    """Whether one title may be the other with words around it: an author in common, and one
    record without a year (a scraped record padded with words rarely has a year of its own;
    the same author's "Towards end-to-end speech recognition with recurrent neural networks"
    a year after "Speech recognition with deep recurrent neural networks" is another paper)."""
    return may_be_padded(a, b) and bool({SAME_AUTHOR, SHARED_AUTHOR} & set(support))


def may_be_padded(a: Keys, b: Keys) -> bool:
    """Only a record without a year is looked at as a padded title (and looked for: the store
    compares padded titles in a block only where this holds)."""
    return not (a.year and b.year)


def _title_inside(short: str, long: str) -> float:
    """How closely the shorter title stands inside the longer (0 when it is too short)."""
    if len(short.split()) < 3 or len(short) < SHORTEST_PART * len(long):
        return 0.0
    found = fuzz.partial_ratio(short, long)
    return found if found >= PART_SIMILARITY else 0.0


def _same_long_title(a: Keys, b: Keys) -> Verdict | None:
    """The same long title in the same year is one paper even when the author lists have
    nothing in common (a scraped record's authors are often a site name or cut short)."""
    if a.title != b.title or not a.year or a.year != b.year or a.head is None:
        return None
    return Verdict(0.85, ("same title (up to case and punctuation)", SAME_YEAR, "authors differ"))


def _same_identifier(a: Keys, b: Keys, reason: str) -> Verdict:
    """One identifier, but titles with little in common: an identifier copied by mistake
    (real .bib files have them) is listed below the score a bulk merge would take."""
    if a.title and b.title and fuzz.token_set_ratio(a.title, b.title) < UNRELATED_TITLES:
        return Verdict(0.8, (reason, "but the titles differ"))
    return Verdict(1.0, (reason,))


def _arxiv_reason(a: Keys, b: Keys) -> str:
    versions = sorted({v for v in (a.arxiv_version, b.arxiv_version) if v is not None})
    if len(versions) == 2:
        return f"same arXiv id {a.arxiv} in another version (v{versions[0]}, v{versions[1]})"
    return f"same arXiv id {a.arxiv}"


def _support(a: Keys, b: Keys) -> tuple[str, ...] | None:
    """What besides the title says two papers are one (authors, year); None when something
    says they are two: no author in common, or years far apart without a shared author."""
    found: list[str] = []
    if a.author and b.author:
        if a.author == b.author:
            found.append(SAME_AUTHOR)
        elif a.authors & b.authors:  # lists in another order, or one cut short
            found.append(SHARED_AUTHOR)
        else:
            return None
    elif a.author or b.author:
        found.append("one without authors")
    if a.year and b.year:
        if a.year == b.year:
            found.append(SAME_YEAR)
        elif abs(int(a.year) - int(b.year)) > 2 and not {SAME_AUTHOR, SHARED_AUTHOR} & set(found):
            return None
    return tuple(found)


@dataclass(frozen=True, slots=True)
class Pair:
    a: int
    b: int
    score: float
    reasons: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Group:
    """Papers that look like one work; `score` is the weakest link that joins them."""

    ids: tuple[int, ...]
    score: float
    pairs: tuple[Pair, ...]


def groups(
    pairs: Iterable[Pair], not_duplicates: Iterable[tuple[int, int]], *, min_score: float
) -> list[Group]:
    """Pairs at or above `min_score` joined into groups, strongest links first; a link that
    would put two papers marked "not a duplicate" in one group is left out."""
    apart = {(min(a, b), max(a, b)) for a, b in not_duplicates}
    owner: dict[int, int] = {}
    members: dict[int, set[int]] = {}
    links: dict[int, list[Pair]] = {}
    for pair in sorted(pairs, key=lambda p: (-p.score, p.a, p.b)):
        if pair.score < min_score or (min(pair.a, pair.b), max(pair.a, pair.b)) in apart:
            continue
        left, right = (owner.setdefault(i, i) for i in (pair.a, pair.b))
        for root in (left, right):
            members.setdefault(root, {root})
            links.setdefault(root, [])
        if left == right:
            links[left].append(pair)
            continue
        if any((min(x, y), max(x, y)) in apart for x in members[left] for y in members[right]):
            continue
        for paper in members[right]:
            owner[paper] = left
        members[left] |= members.pop(right)
        links[left] += [pair, *links.pop(right)]
    found = [
        Group(tuple(sorted(members[root])), min(p.score for p in links[root]), tuple(links[root]))
        for root in members
    ]
    return sorted(found, key=lambda g: (-g.score, g.ids))
