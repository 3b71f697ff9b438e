"""Author lists as pastes print them, split into names a careful reader would copy."""

from __future__ import annotations

import re
from functools import lru_cache
from importlib.resources import files

from papershelf.core.records import PaperRecord

_ET_AL = re.compile(
    # `等 6 位` (and six more), `等。`: Chinese lists end as English ones do with `et al.`
    r"[,;]?\s*(?:et\.?\s*al\.?|and others|等(?:\s*\d+\s*(?:位|名|人)(?:作者)?)?|외|ほか|他)"
    r"\s*[.…。]*\s*$",
    re.IGNORECASE,
)
# `A, B, C et al. (4 authors)`, `et al. (31 additional authors not shown)`, `(+12 more)`.
_COUNT = re.compile(
    r"\s*[(（]\s*\+?\d+\s+(?:more|additional|other)?\s*(?:authors?)?(?:\s+not shown)?\s*[)）]\s*$"
    r"|,?\s*\+\s*\d+\s*(?:more|others?)\s*$"  # `…, Nikolaos Kalliatakis, +2 more`
    r"|\s*[(（][^()（）]*?\d+\s*(?:位|名)\s*作者[^()（）]*[)）][。.]?\s*$",  # `（共 13 位作者）`
    re.IGNORECASE,
)
_MARKS = re.compile(r"(?<=[^\W\d]|,)\d+(?:\s*,\s*\d+)*(?!\w)|[*∗†‡§¶✉¹²³⁴⁵⁶⁷⁸⁹⁰ᵃᵇᶜᵈ]|\(\s*\d+\s*\)")
# Marks printed apart (`Alice Smith 1 , Bob Jones 2`) and affiliations in brackets.
_SPACED_MARKS = re.compile(r"(?<=[^\W\d_])\s+\d{1,2}(?:\s*,\s*\d{1,2})*(?=\s*(?:,|;|$))")
# A bracket glued to the name's next part is in the name: `Xuegang (Jeff)Ban`'s nickname.
_AFFILIATION = re.compile(r"\s*[(（](?!\s*\d+\s*[)）])[^()（）]{1,60}[)）](?![^\W\d_])")
_TRAILING_AFFILIATION = re.compile(r"\s*[(（](?!\s*\d+\s*[)）])[^()（）]{1,60}[)）]\s*$")
# arXiv's own notation, copied with its byline: `A Name (1), B Name (1 and 2) ((1) Univ A, (2)
# Lab B)`: the key at the end, a number or two in brackets after each name.
_ARXIV_KEY = re.compile(r"\s*\(\s*\(\s*\d+\s*\).*\)\s*$")
_ARXIV_MARK = re.compile(r"\s*\(\s*\d+(?:\s*(?:,|and|&)\s*\d+)+\s*\)")
_SYMBOL_AFTER_NAME = re.compile(r"(?<=[^\W\d_])[*∗†‡§¶]+(?=\s+\S)")
# A PDF's first page: names with no commas, each closed by its affiliation marks.
_MARKED_NAME = r"[^\W\d_][\w'’\-.]*(?: [^\W\d_][\w'’\-.]*){1,3}\d+(?:,\d+)*[*†‡]?"
_MARKED_RUN = re.compile(rf"{_MARKED_NAME}(?:\s+{_MARKED_NAME})+")
_MARK_AFTER_NAME = re.compile(r"(?<=[^\W\d_])\d+(?:,\d+)*[*†‡]?(?=\s|$)")
# Affiliation letters printed apart after each name (`Martin Ito a, Lisa M. Koch b`): every
# name of two names or more carries one.
_LETTER_MARK = re.compile(r"(?<=[^\W\d_]{2}) [a-h](?=,|$)")
_LETTER_MARKED = re.compile(
    r"(?:[^\W\d_][\w'’.\-]* ){1,3}[a-h](?:, (?:[^\W\d_][\w'’.\-]* ){1,3}[a-h])+"
)
_SEPARATORS = re.compile(r"\s*(?:,|;|，|、|\band\b|&)\s*|\s+[·|•/]\s+")
# A page read in the wrong encoding keeps its names as `SimÃ£o` (UTF-8 bytes read as Latin-1):
# the second character of such a pair is no letter, and the name is a name all the same.
_NAME = re.compile(r"^[^\W\d_](?:[\w.,'’\-\u2010\u2011 ]|(?<=[ÃÂ])[\u0080-\u00bf])*$")
_PARTICLES = {"de", "van", "von", "der", "den", "la", "di", "da", "le", "das", "dos", "do", "del",
              "du", "ten", "ter", "bin", "al", "el", "zu", "im", "zur", "vom", "des", "della",
              "dei", "degli", "af", "av", "y"}  # fmt: skip  # Schulte im Walde, zur Hausen
_COUNT_HINT = re.compile(r"[(（+]")
_MARK_HINT = re.compile(r"[\d(（*∗†‡§¶✉¹²³⁴⁵⁶⁷⁸⁹⁰ᵃᵇᶜᵈ]")
# An inverted name's initials close the list: `…, & Bengio, Y.` keeps its dot.
# One name inverted with a middle initial keeps it too: `Beth, Richard A.`
# Initials in any Latin or Cyrillic capital, and the two-letter ones (`Stefan Th.`, `Ch.`); a
# surname and its initials without a comma (`Котов А.`, `Lee J.K.`) keep the dot as well.
_INITIAL = r"[A-ZÀ-ÖØ-ÞА-ЯЁ]h?\."
_INVERTED_INITIALS = re.compile(
    rf",\s*(?:{_INITIAL}\s*){{1,3}}$"
    rf"|^[^,\s]+,\s*[A-ZÀ-ÖØ-ÞА-ЯЁ][a-zß-ÿа-яё]+\s+(?:{_INITIAL}\s*){{1,2}}$"
)
_SURNAME_INITIALS = re.compile(rf"(?:^|[,;]\s*)[^\W\d_][\w'’\-]+\s+(?:{_INITIAL}\s*){{1,3}}$")
_DOTTED_BEFORE = re.compile(rf"{_INITIAL}\s*[,;]")


def _ends_in_initial(text: str) -> bool:
    """Whether a list's last full stop is an initial's: `…, & Bengio, Y.`, `Котов А.`, or
    `Lee J.K.` after names written alike; `Quill M, Fenn T, Lutz A.` ends the list instead."""
    if _INVERTED_INITIALS.search(text):
        return True
    found = _SURNAME_INITIALS.search(text)
    if found is None:
        return False
    return not text[: found.start()].strip() or _DOTTED_BEFORE.search(text) is not None


_INITIALS_ONLY = re.compile(r"^(?:[A-ZÀ-ÖØ-ÞА-ЯЁ]\.?\s*){1,3}$")


_BY_LABEL = re.compile(r"^\s*(?:by|By|BY)\s*:\s*")  # ADS's alerts: `by: Naito, Aiko et al.`


def split_names(text: str) -> tuple[list[str], bool]:
    """`A. Name, B. Name et al.` -> (["A. Name", "B. Name"], truncated)."""
    if text[:2] in ("by", "By", "BY"):
        text = _BY_LABEL.sub("", text, count=1)
    names, truncated = _split_names(text)
    return list(names), truncated  # a list of its own: callers keep it on their records


# A byline is split three times on its way to a record (is it names? several? the record's
# authors), by several readers: splitting it once is a sixth of a clipped page's reading.
_HAN = re.compile(r"[\u3400-\u9fff]")
_HAN_CLAUSE = re.compile(r"[\u3400-\u9fff]{3}")


@lru_cache(maxsize=1 << 14)
def _split_names(text: str) -> tuple[tuple[str, ...], bool]:
    if ("Jr" in text or "Sr" in text) and _SUFFIX.search(text):
        return _suffixed(text)
    return _split_plain(text)


# `Fryer, Roland G., Jr., and Steven D. Levitt`: a generational suffix after a comma is the name's
# before it, no name of its own.
_SUFFIX = re.compile(r",\s*(?P<suffix>[JS]r\.?)(?=\s*(?:,|;|&|\band\b|$))")


def _suffixed(text: str) -> tuple[tuple[str, ...], bool]:
    marks = [(text[: m.start()].split()[-1:], m["suffix"]) for m in _SUFFIX.finditer(text)]
    names, truncated = _split_plain(_SUFFIX.sub("", text))
    out = list(names)
    for before, suffix in marks:
        at = next((i for i, n in enumerate(out) if before and n.endswith(before[0])), None)
        if at is not None:
            out[at] = f"{out[at]}, {suffix}"
    return tuple(out), truncated


def _split_plain(text: str) -> tuple[tuple[str, ...], bool]:
    text = " ".join(text.replace("\u00a0", " ").split()).strip().rstrip("。．")  # a CJK full stop
    if not _ends_in_initial(text):  # `…, & Bengio, Y.`: the dot of an initial is the name's
        text = text.rstrip(".")
    # The regexes below look at the end or at marks only: each runs only where it can match
    # (the readers ask about every short line of a paste).
    counted = _COUNT.search(text, max(0, len(text) - 60)) if _COUNT_HINT.search(text) else None
    if counted is not None:
        text = text[: counted.start()].rstrip(" ,;")
    if "((" in text or "( (" in text:
        text = _ARXIV_MARK.sub("", _ARXIV_KEY.sub("", text))
    if text.endswith((")", "）")):  # `Chaoyue He 等 6 位（南洋理工大學）`: before `等` is seen
        text = _TRAILING_AFFILIATION.sub("", text)
    tail = max(0, len(text) - 40)
    et_al = _ET_AL.search(text, tail)
    truncated = et_al is not None or text.endswith(("…", "..."))
    text = text[: et_al.start()] if et_al else text
    text = text.rstrip("…" if _ends_in_initial(text) else "….").strip()
    if (
        "," not in text and _MARK_AFTER_NAME.search(text) and _MARKED_RUN.fullmatch(text)
    ):  # `Levent Sagun1 Caglar Gulcehre2`: the marks part the names
        text = _MARK_AFTER_NAME.sub(", ", text).strip(" ,")
    if "," not in text and _SYMBOL_AFTER_NAME.search(text):  # `A Name∗ B Name† C Name‡`
        text = _SYMBOL_AFTER_NAME.sub(",", text)
    if " " in text and _LETTER_MARKED.fullmatch(text):  # `A Name a, B Name b`: letters apart
        text = _LETTER_MARK.sub("", text)
    if _MARK_HINT.search(text):
        text = _AFFILIATION.sub("", _SPACED_MARKS.sub("", text))
        text = _MARKS.sub("", text)
    if bibtex := _bibtex_names(text) or _ampersand_inverted(text) or _apa_given_names(text):
        return tuple(bibtex), truncated
    parts = [
        p.strip().strip(".").strip() if p.strip().endswith(". ") else p.strip()
        for p in _SEPARATORS.split(text)
    ]
    parts = [p.rstrip(",").strip() for p in parts if p and p.strip(" ,.")]
    if " " in text and _OTHER_AND.search(text):
        parts = [name for part in parts for name in _two_by_other_and(part)]
    first_separator = _SEPARATORS.search(text)
    # `Gu & Dao`, `Hausknecht and Stone`: two people; only a comma inverts one (`Graves, Alex`).
    by_comma = first_separator is not None and first_separator[0].strip() in (",", "，")
    names = _join_inverted(parts) if by_comma else parts
    last = names[-1] if len(names) > 1 else ""
    if len(last) > 6 and _HAN_CLAUSE.search(last) and not _HAN.search(" ".join(names[:-1])):
        names = names[:-1]  # `A, B、C，均隶属于 RWTH Aachen 大学`: a remark after Latin names
    if counted is not None and int(re.sub(r"\D", "", counted[0])) > len(names):
        truncated = True  # `(4 authors)` under three names; `(31 additional authors not shown)`
    return tuple(names), truncated


# `Sonia Valle de Frutos y Dora Armonía Bonardo`, `Anna Rossi e Marco Bianchi`, `Jean Dupont et
# Marie Curie`, `Hans Weber und Eva Roth`: `and` in the writer's language between two people. In
# `José Ortega y Gasset` or `Maria da Silva e Souza` it joins two family names of one person: a
# side of one word is such a name, and nothing is split.
_OTHER_AND = re.compile(r"\s(?:y|e|et|und)\s")


def _two_by_other_and(part: str) -> list[str]:
    sides = _OTHER_AND.split(part)
    if len(sides) == 2 and all(len(side.split()) >= 2 and side[:1].isupper() for side in sides):
        return sides
    return [part]


def bibtex_names(text: str) -> bool:
    """`Guo, Chuan and Zou, Shihao`: a list only BibTeX (and lists copied from it) prints."""
    return len(_bibtex_names(text.strip(" .,"))) >= 2


def _bibtex_names(text: str) -> list[str]:
    """`Guo, Chuan and Zou, Shihao and Cheng, Li`: BibTeX's names, each `Family, Given`."""
    if " and " not in text:
        return []
    parts = [p.strip() for p in re.split(r"\s+and\s+", text)]
    return parts if all(p.count(",") == 1 and ", " in p for p in parts) else []


def _ampersand_inverted(text: str) -> list[str]:
    """`Moldovanu, Benny & Sela, Aner`: RePEc's (and economists') names, each `Family, Given`,
    joined by `&`; the World Bank's `Celiku, Bledi; Kraay, Aart`, joined by `;`."""
    joins = [join for join in (" & ", "; ") if join in text]
    if len(joins) != 1:
        return []
    parts = [p.strip() for p in text.split(joins[0])]
    return parts if all(p.count(",") == 1 and ", " in p for p in parts) else []


# APA with given names in full: `Chen, Gina Masullo, Curry, Alex, & Whipple, Kelsey`; the last
# `& Family, Given` shows every name is inverted.
_APA_LAST = re.compile(r",?\s(?:&|and)\s[A-ZÀ-Þ][\w'’\-]+,\s[A-ZÀ-Þ][\w.'’\- ]+$")
_INVERTED_GIVEN = re.compile(r"^[A-ZÀ-Þ][\w.'’\-]*(?:\s[A-ZÀ-Þ][\w.'’\-]*){0,2}$")


def _apa_given_names(text: str) -> list[str]:
    if "," not in text or (last := _APA_LAST.search(text)) is None:
        return []
    head = text[: last.start()]
    tail = re.sub(r"^,?\s(?:&|and)\s", "", text[last.start() :])
    parts = [p.strip() for p in head.split(",")] + [p.strip() for p in tail.split(",")]
    if len(parts) < 4 or len(parts) % 2:
        return []
    pairs = list(zip(parts[::2], parts[1::2], strict=True))
    if not all(" " not in family and _INVERTED_GIVEN.match(given) for family, given in pairs):
        return []
    return [f"{family}, {given}" for family, given in pairs]


def _join_inverted(parts: list[str]) -> list[str]:
    """`Graves, Alex, Abdel-rahman Mohamed`: a one-word family name and given name go together."""
    if apa := _apa_with_initials(parts):
        return apa
    pairs = list(zip(parts[::2], parts[1::2], strict=False))
    if len(parts) >= 2 and len(parts) % 2 == 0 and all(_INITIALS_ONLY.match(i) for _, i in pairs):
        return [f"{family}, {given}" for family, given in pairs]  # `Vaswani, A., Shazeer, N.`
    if alternating_inverted(parts):
        return [f"{family}, {given}" for family, given in pairs]
    if len(parts) >= 3 and all(" " not in p or _particle_family(p) for p in parts):
        return parts  # `Wang, Variengien, Conmy`, `…, van Hardenberg`: family names alone
    if len(parts) >= 6 and sum(" " not in p for p in parts) >= 0.75 * len(parts):
        return parts  # `Rasp, Babenko, …, Peled Levi, …`: family names, a few of two words
    if len(parts) == 2 and " " not in parts[0] and _GIVEN_INITIALS.match(parts[1]):
        return [f"{parts[0]}, {parts[1]}"]  # `Washburn, Edward W.`: one person, ADS's way
    if len(parts) == 2 and _DOUBLE_FAMILY.match(parts[0]) and _GIVEN.match(parts[1]):
        return [f"{parts[0]}, {parts[1]}"]  # `Nadal Zaragoza, Albert`: two family names, Spain's
    if len(parts) == 2 and " " not in parts[0] and _GIVEN_NAMES.match(parts[1]):
        return [f"{parts[0]}, {parts[1]}"]  # `Keynes, John Maynard`: one person, two given names
    if _particles_after_given(parts):  # `Brandt, Ahasver von`: German and Dutch indexes
        return [f"{family}, {given}" for family, given in pairs]
    if _inverted_first(parts):  # MLA: `Saharsh, S. B., and Sanoj Viswasom`
        return [f"{parts[0]}, {parts[1]}", *parts[2:]]
    # MLA's `Clebak, Karl T., Ashley Morrison`: the inverted given name may keep its initial
    # … or an initial before it (`Lewis, W Arthur`), and a family name its particle (`de Janvry,
    # Alain, and Elisabeth Sadoulet`)
    one_word = (
        len(parts) >= 2
        and (" " not in parts[0] or _particle_family(parts[0]))
        and (
            " " not in parts[1]
            or _GIVEN_INITIALS.match(parts[1]) is not None
            or (len(parts) == 2 and _INITIAL_GIVEN.match(parts[1]) is not None)
        )
    )
    if one_word and not _INITIALS_ONLY.match(parts[1]) and parts[0].split()[-1][:1].isupper():
        return [f"{parts[0]}, {parts[1]}", *parts[2:]]
    return parts


_INITIALS_PART = re.compile(r"^(?:[A-ZÀ-ÖØ-ÞА-ЯЁ]\.(?:\s?-[A-ZÀ-ÖØ-ÞА-ЯЁ]\.)?\s*){1,4}$")
_SUFFIX_PART = re.compile(r"^(?:Jr\.?|Sr\.?|2nd|3rd|4th|II|III|IV)$")
_FAMILY_PART = re.compile(r"^[A-ZÀ-ÖØ-ÞА-ЯЁ][^\d,]{0,40}$")
APA_PAIRS = 3  # `Family, I.` pairs that make a list APA's


def _apa_with_initials(parts: list[str]) -> list[str]:
    """APA's long lists, every name `Family, I. I.`, with what else they hold: a group among the
    people (`Torres, R. C., HpGP Research Network, Falush, D.`), a suffix after the initials
    (`Pearse, R. V., 2nd`) and the ellipsis before the last name (`…, Regev, A., … De Jager, P.
    L.`). Empty when fewer than APA_PAIRS pairs, or more than one part in four paired with none."""
    names: list[str] = []
    paired = alone = index = 0
    while index < len(parts):
        part = parts[index].lstrip("…. ").strip() or parts[index]
        following = parts[index + 1] if index + 1 < len(parts) else ""
        if _FAMILY_PART.match(part) and _INITIALS_PART.match(following):
            names.append(f"{part}, {following}")
            paired, index = paired + 1, index + 2
        elif _SUFFIX_PART.match(part) and names:
            names[-1] = f"{names[-1]}, {part}"
            index += 1
        else:
            names.append(part)
            alone, index = alone + 1, index + 1
    if paired < APA_PAIRS or 4 * alone > len(names):
        return []
    return names


# Every name inverted, family then given (`Vanderburg, Andrew, Rappaport, Saul A.`, `KARCHER,
# Sebastian and ZELLE, Rintze`, `ÁGUILA, A. R. del, BRUQUE, S. y PADILLA, A.`): one word of a
# family name, then given names or initials, perhaps with a particle after them.
_CAPITAL = "A-ZÀ-ÖØ-ÞА-ЯЁ"
_FAMILY_WORD = re.compile(rf"^[{_CAPITAL}][\w'’]*(?:-[{_CAPITAL}][\w'’]*)*$")
_GIVEN_WORD = rf"[{_CAPITAL}][a-zß-ÿа-яё'’]+(?:-[{_CAPITAL}][a-zß-ÿа-яё'’]+)?"
_GIVEN_TOKEN = rf"(?:{_GIVEN_WORD}|(?:[{_CAPITAL}]h?\.[-\s]?)+|[{_CAPITAL}]{{1,3}})"
_GIVEN_PART = re.compile(
    rf"^{_GIVEN_TOKEN}(?:\s+{_GIVEN_TOKEN}){{0,3}}(?:\s+(?:de|del|da|van|von|der|den|di|le|la))?$"
)
_HAS_INITIAL = re.compile(rf"(?:^|[\s.\-])[{_CAPITAL}]h?(?:\.|$|\s)|^[{_CAPITAL}]{{2,3}}$")
# `Lewis, W Arthur`: one person (`Bartelds, A. Capra, S. Hamaza` lists a family name first)
_INITIAL_GIVEN = re.compile(rf"^[{_CAPITAL}]\s[{_CAPITAL}][a-zß-ÿ]+$")


def alternating_inverted(parts: list[str], joins: list[str] | None = None) -> bool:
    """Whether `parts` (split at every comma and `and`) alternate family and given names, every
    name inverted: an initial among the given names shows it, or `and`/`&`/`;` between the pairs
    where commas part each pair (`joins`: the separator after each part, where known)."""
    if len(parts) < 4 or len(parts) % 2:
        return False
    families, givens = parts[::2], parts[1::2]
    if not all(_FAMILY_WORD.match(f) or _particle_family(f) for f in families):
        return False
    if not all(_GIVEN_PART.match(g.strip()) for g in givens):
        return False
    if joins and all(j == "," for j in joins[::2]) and any(j != "," for j in joins[1::2]):
        return True
    return any(_HAS_INITIAL.search(g.strip()) for g in givens)


_DOUBLE_FAMILY = re.compile(r"^[A-ZÀ-Þ][a-zà-ÿ]+[ \-][A-ZÀ-Þ][a-zà-ÿ]+$")
_GIVEN = re.compile(r"^[A-ZÀ-Þ][a-zà-ÿ]+$")
_GIVEN_INITIALS = re.compile(r"^[A-ZÀ-Þ][a-zà-ÿ]+(?:\s[A-ZÀ-ÖØ-ÞА-ЯЁ]h?\.)+$")  # `Stefan Th.`
_GIVEN_NAMES = re.compile(r"^[A-ZÀ-Þ][a-zà-ÿ]+(?:[\s\-][A-ZÀ-Þ][a-zà-ÿ]+){1,2}$")
_GIVEN_PARTICLE = re.compile(
    r"^[A-ZÀ-Þ][a-zà-ÿ]+(?:[\s\-][A-ZÀ-Þ][a-zà-ÿ]+){0,2}(?:\s[A-Z]\.)?"
    r"\s(?:von(?:\sder|\sdem)?|van(?:\sder|\sden|\sde)?|zu|vom|ten|ter)$"
)


def _particles_after_given(parts: list[str]) -> bool:
    """`Brandt, Ahasver von, Fuchs, Peter`: family names each followed by given names, the
    family name's particle put after them in one at least (an index's order)."""
    if len(parts) % 2 or not parts:
        return False
    families, givens = parts[::2], parts[1::2]
    if not all(" " not in family and family[:1].isupper() for family in families):
        return False
    particled = [bool(_GIVEN_PARTICLE.match(given)) for given in givens]
    return any(particled) and all(
        had or _GIVEN.match(given) or _GIVEN_NAMES.match(given) or _GIVEN_INITIALS.match(given)
        for had, given in zip(particled, givens, strict=True)
    )


def _inverted_first(parts: list[str]) -> bool:
    """The first of the names inverted as MLA and the author-date styles do, the others not: a
    one-word family name, then its initials alone, then full names."""
    if len(parts) < 3 or " " in parts[0] or not parts[0][:1].isupper():
        return False
    return _INITIALS_ONLY.match(parts[1]) is not None and all(" " in p for p in parts[2:])


def _particle_family(part: str) -> bool:
    """`van Hardenberg`, `de la Torre`: a family name with its particles, one person's."""
    words = part.split()
    return len(words) >= 2 and all(w in _PARTICLES for w in words[:-1]) and words[-1][:1].isupper()


LONG_LIST = 8000  # characters: a consortium's paper lists some 300 names


def _long_list(text: str) -> bool:
    """A line longer than prose's lines with names (`A Name, B Name, …` of a hundred authors): a
    comma every few words, as no sentence has them."""
    commas = text.count(",")
    return len(text) <= LONG_LIST and commas >= 20 and text.count(" ") <= 3 * commas + 3


@lru_cache(maxsize=1 << 14)  # the readers ask about the same lines again and again
def looks_like_names(text: str) -> bool:
    """A line that is a list of people: short comma/and-separated capitalised names."""
    if (len(text) > 400 or text.count(" ") > 60) and not _long_list(text):
        return False
    names, _ = _split_names(text)
    if not names:
        return False
    good = 0
    for name in names:
        words = name.replace(",", " ").split()
        if not (1 <= len(words) <= 5) or not _NAME.match(name):
            return False
        if all(w[:1].isupper() or w.lower() in _PARTICLES for w in words):
            good += 1
    return good == len(names) and (len(names) > 1 or len(names[0].split()) >= 2)


_WORD = re.compile(r"[^\W\d_][\w'’\-]*")


def reads_as_title(text: str) -> bool:
    """`Trust Region Policy Optimization`, `Hindsight Experience Replay`: capitalised as names
    are, but most of its words are words of titles that no name in the development corpora uses
    (resources/title_words.txt)."""
    found = [word.casefold() for word in _WORD.findall(text)]
    found = [word for word in found if word not in _PARTICLES and word != "and"]
    known = _title_words()
    return bool(found) and sum(word in known for word in found) > len(found) / 2


def has_title_word(text: str) -> bool:
    """A word that the development corpora's titles use and their names never (`Platform`,
    `Codewords`): whatever its case, no name."""
    known = _title_words()
    found = (word.casefold() for word in _WORD.findall(text))
    return any(word in known for word in found if word not in _PARTICLES and word != "and")


@lru_cache(maxsize=1)
def _title_words() -> frozenset[str]:
    try:
        text = files("papershelf.resources").joinpath("title_words.txt").read_text("utf-8")
    except OSError:
        return frozenset()  # a broken install reads as before the words were counted
    return frozenset(line for line in text.splitlines() if line and not line.startswith("#"))


_CLOSING_STOP = re.compile(
    r"(?<!\bJr)(?<!\bSr)(?<!\bJnr)(?<!\bSnr)(?<=[^\W\d_][a-z\u00df-\u00ff])\.$"
)


def without_closing_stops(records: list[PaperRecord]) -> None:
    """A reference's full stop after its names belongs to the reference, not to the last name
    (`Chomsky, Noam.`, `Ada Quill.`); an initial keeps its own (`Quill, A.`)."""
    for record in records:
        if any(name.endswith(".") for name in record.authors):
            record.authors = [_CLOSING_STOP.sub("", name) for name in record.authors]
