"""Personal and corporate names with BibTeX's four parts, parsed by bibtexparser's name splitter.

A structured name is a dict: `given`, `family`, `von` ("van der"), `jr` ("Jr.") for a person,
or `literal` alone for an organisation ("Google DeepMind"). A library stores names as these
dicts (or, for papers from listings, as the plain text the listing printed, parsed on demand).
Parts hold Unicode text; turning them into LaTeX is the exporters' work.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable

from bibtexparser.middlewares.names import parse_single_name_into_parts

Name = dict[str, str]
PARTS = ("given", "von", "family", "jr")
# Generational suffixes a listing prints after a comma: "Martin Luther King, Jr.".
SUFFIXES = frozenset({"jr", "jr.", "jnr", "jnr.", "sr", "sr.", "snr.", "ii", "iii", "iv", "v"})
_TRAILING_SUFFIXES = SUFFIXES - {"v"}  # without a comma, a last "V" is an initial
_ONE_GROUP = re.compile(r"^\{([^{}]*)\}$")


# Characters BibTeX's name syntax treats specially, held out of a listing's plain names.
_HOLD = {"{": "\ue010", "}": "\ue011", "\\": "\ue012", "~": "\ue013", "-": "\ue014"}
_FREE = {value: key for key, value in _HOLD.items()}
_HELD = re.compile(r"[{}\\~-]")
_RELEASE = re.compile("[\ue010-\ue014]")
_SPLIT_TOKENS = re.compile(r"[{}]|\sand\s", re.IGNORECASE)
_AND = re.compile(r"\sand\s", re.IGNORECASE)
_BALANCED = re.compile(r"(?:[^{}]|\{(?:[^{}]|\{[^{}]*\})*\})*")  # braces closed, 2 levels deep


def split_names(text: str) -> list[str]:
    """`A and {B and C} and D` -> ["A", "{B and C}", "D"]: BibTeX splits at an `and` outside
    braces. (bibtexparser's splitter keeps `A and \\&` as one name, so it is not used here.)"""
    text = " ".join(text.split())
    if "{" not in text and "}" not in text:  # every `and` is outside braces
        return [name.strip() for name in _AND.split(text) if name.strip()]
    pieces = [name.strip() for name in _AND.split(text)]
    if all(_BALANCED.fullmatch(name) for name in pieces):  # no `and` inside braces either
        return [name for name in pieces if name]
    return _split_outside_braces(text)


def _split_outside_braces(text: str) -> list[str]:
    names: list[str] = []
    depth = start = 0
    for token in _SPLIT_TOKENS.finditer(text):
        if token[0] == "{":
            depth += 1
        elif token[0] == "}":
            depth = max(depth - 1, 0)
        elif depth == 0:
            names.append(text[start : token.start()])
            start = token.end()
    names.append(text[start:])
    return [name.strip() for name in names if name.strip()]


def parse_bibtex_name(
    text: str, decode: Callable[[str], str] = lambda s: s.replace("{", "").replace("}", "")
) -> Name:
    """One BibTeX name (`First von Last`, `von Last, First`, `von Last, Jr, First`, `{Org}`).

    `decode` turns each part's LaTeX into text; the default only drops grouping braces.
    """
    return {part: decode(latex) for part, latex in _latex_parts(" ".join(text.split()))}


@functools.lru_cache(maxsize=1 << 16)  # names repeat across a library
def _latex_parts(text: str) -> tuple[tuple[str, str], ...]:
    """The name's parts, still LaTeX, in the order given, von, family, jr (or literal)."""
    if _ONE_GROUP.match(text):  # a single braced group is an organisation
        return (("literal", text),)
    if text.count(",") == 1 and text.rsplit(",", 1)[1].strip().lower() in SUFFIXES:
        # "First Last, Jr." is how people write it, and BibTeX would read "Jr." as a first name.
        head, _, suffix = text.rpartition(",")
        return _with_suffix(_latex_parts(head.strip()), suffix.strip())
    words = text.split(" ")
    if "," not in text and len(words) > 2 and words[-1].lower() in _TRAILING_SUFFIXES:
        return _with_suffix(_latex_parts(" ".join(words[:-1])), words[-1])
    if _CAPITALISED_NAME.fullmatch(text):  # "Ada Lovelace", "Jean-Paul Sartre", "Plato"
        given, _, family = text.rpartition(" ")
        return (("given", given), ("family", family)) if given else (("family", family),)
    found = _parts_by_shape(text)
    if found is None:
        parts = parse_single_name_into_parts(text, strict=False)
        found = (parts.first, parts.von, parts.last, parts.jr)
    return tuple((part, " ".join(words)) for part, words in zip(PARTS, found, strict=True) if words)


# A word whose case BibTeX reads from its first character (an ASCII letter), with no space,
# comma or tilde inside its braces: the name splitter sees such a word as one opaque token.
_INNER = r"(?:[^\s,~{}\\]|\\[^\s,~{}\\])"  # a character, or an escaped one
_WORD_REST = rf"(?:{_INNER}|\{{(?:{_INNER}|\{{{_INNER}*\}})*\}})*"
_PLAIN_WORD = rf"[A-Za-z]{_WORD_REST}"
_PLAIN_NAME = re.compile(rf"{_PLAIN_WORD}(?:(?:, ?| ){_PLAIN_WORD})*")
# The commonest shape of all: capitalised plain words, no comma. BibTeX reads no "von" part in
# it; the last word is the family name, the others the given names (a property test checks
# this against bibtexparser's splitter).
_CAPITALISED_NAME = re.compile(rf"[A-Z]{_WORD_REST}(?: [A-Z]{_WORD_REST})*")
_SEPARATOR = re.compile(r"(, ?| )")


def _parts_by_shape(text: str) -> tuple[list[str], list[str], list[str], list[str]] | None:
    """BibTeX's split of a name made of plain words, from the split of its shape.

    bibtexparser's splitter decides by the words' order, their case and the commas only; it
    never looks inside a word. A name of plain words is split as its shape (`A0 a1 A2`, the
    words replaced by stand-ins of the same case) is, and the shape's split is cached: a
    library's names share a handful of shapes, and splitting each anew costs ~25 µs.
    None for any other name: the splitter reads it itself.
    """
    if not _PLAIN_NAME.fullmatch(text):
        return None
    pieces = _SEPARATOR.split(text)
    words = pieces[::2]
    shape = "".join(
        piece if index % 2 else ("A" if piece[0].isupper() else "a") + str(index // 2)
        for index, piece in enumerate(pieces)
    )
    split = _shape_split(shape)
    return tuple([words[int(w[1:])] for w in part] for part in split)  # type: ignore[return-value]


@functools.lru_cache(maxsize=1024)
def _shape_split(shape: str) -> tuple[list[str], list[str], list[str], list[str]]:
    parts = parse_single_name_into_parts(shape, strict=False)
    return (parts.first, parts.von, parts.last, parts.jr)


def _with_suffix(parts: tuple[tuple[str, str], ...], suffix: str) -> tuple[tuple[str, str], ...]:
    if parts and parts[0][0] == "literal":
        return parts
    return (*[(part, value) for part, value in parts if part != "jr"], ("jr", suffix))


def parse_bibtex_names(text: str, decode: Callable[[str], str] | None = None) -> list[Name]:
    if decode is None:
        return [parse_bibtex_name(name) for name in split_names(text)]
    return [parse_bibtex_name(name, decode) for name in split_names(text)]


# Words that make a listing's plain name an organisation's (`The GEBCO Compilation Group`,
# `Planck Collaboration`), which BibTeX must get braced whole: else `Group` is a family name.
# Only words that are nobody's surname (`Board`, `Service` and `Union` are some people's).
ORGANISATION_WORDS = frozenset(
    """group consortium collaboration committee association society organization organisation
    institute council team project network initiative agency foundation centre center laboratory
    university ministry department commission federation alliance corporation academy inc. inc
    ltd ltd. gmbh""".split()
)


def is_organisation(name: str) -> bool:
    """A listing's plain name of two words or more, without a comma, naming an organisation."""
    words = name.split()
    return (
        len(words) > 1
        and "," not in name
        and any(word.strip("()[]").lower() in ORGANISATION_WORDS for word in words)
    )


# PubMed's and Vancouver's `Wang F`, `Smith JA`, and `Griffiths P.A.` as Russian and European
# lists print names: the family name first, the initials after it (no comma between).
_INITIALS_AFTER = re.compile(
    r"^(?P<family>[^\W\d_][^\W\d_'’\-]*[a-zà-ÿ][^\W\d_'’\-]*(?:[\s'’\-][^\W\d_'’\-]+)*)\s+"
    r"(?P<initials>[A-ZÀ-Þ]{1,3}|(?:[A-ZÀ-Þ]\.\s?-?){1,3})$"
)
_ROMAN = frozenset({"II", "III", "IV", "VI"})  # `John Smith III`: a generation, no initials


def initials_after(name: str) -> tuple[str, str] | None:
    """`Wang F` -> (`Wang`, `F.`), `Smith JA` -> (`Smith`, `J. A.`): a plain name printed
    family name first, its initials after it; None for any other name."""
    if "," in name or len(name) > 80:
        return None
    found = _INITIALS_AFTER.match(" ".join(name.split()))
    if found is None or found["initials"] in _ROMAN:
        return None
    letters = [ch for ch in found["initials"] if ch.isalpha()]
    return found["family"], " ".join(f"{letter}." for letter in letters)


def structured(name: str | Name) -> Name:
    """A stored name as parts: dicts as they are, a listing's plain text parsed (its braces
    are characters of the name, not BibTeX's grouping; an organisation's name is one literal;
    `Wang F`, family name first, is Wang's)."""
    if isinstance(name, dict):
        return name
    if is_organisation(name):
        return {"literal": name}
    if (inverted := initials_after(name)) is not None:
        name = f"{inverted[0]}, {inverted[1]}"
    if not _HELD.search(name):
        return parse_bibtex_name(name)
    held = _HELD.sub(lambda m: _HOLD[m[0]], name)
    return parse_bibtex_name(held, lambda part: _RELEASE.sub(lambda m: _FREE[m[0]], part))


def display(name: str | Name) -> str:
    """How a name reads on screen: `Martin Luther King, Jr.`, `Ludwig van Beethoven`."""
    if isinstance(name, str):
        return name
    if "literal" in name:
        return name["literal"]
    text = " ".join(name[part] for part in ("given", "von", "family") if name.get(part))
    return f"{text}, {name['jr']}" if name.get("jr") else text


def editable(name: str | Name) -> str:
    """A form that reads back as the same parts through `parse_bibtex_name`: plain when it can
    be, `von Last, Jr, First` or `{Organisation}` when it must."""
    parts = structured(name)
    if "literal" in parts:
        return "{" + parts["literal"] + "}"
    plain = display(parts)
    if parse_bibtex_name(plain) == parts:
        return plain
    return bibtex_order(parts, lambda part: part)


def bibtex_order(name: Name, encode: Callable[[str], str]) -> str:
    """`von Last, Jr, First` with each part passed through `encode` (LaTeX escaping)."""
    if "literal" in name:
        return "{" + encode(name["literal"]) + "}"
    if not name.get("family"):  # a single name ("Plato") kept as a given name
        name = {**name, "family": name.get("given", ""), "given": ""}
    last = _guarded_family(name, encode)
    given = encode(name.get("given", ""))
    if name.get("jr"):
        return f"{last}, {encode(name['jr'])}, {given}".rstrip()
    return f"{last}, {given}" if given else last


def _guarded_family(name: Name, encode: Callable[[str], str]) -> str:
    family = encode(name["family"])
    # A family name BibTeX would split (a lowercase first word, a comma, an "and") is braced.
    first = name["family"].split(" ", 1)[0]
    risky = (first[:1].islower() and not name.get("von")) or "," in family
    risky = risky or " and " in f" {family.lower()} "
    family = "{" + family + "}" if risky else family
    return f"{encode(name['von'])} {family}" if name.get("von") else family


ET_AL = frozenset({"et al.", "et al", "others"})


def parse_typed(text: str) -> tuple[list[Name], bool]:
    """Names typed by the reader, separated by `;`, in any BibTeX form (`Ada Lovelace`,
    `King, Jr., Martin Luther`, `{Google DeepMind}`); a last `et al.` marks the list cut."""
    parts = [part.strip() for part in text.split(";") if part.strip()]
    truncated = bool(parts) and parts[-1].lower() in ET_AL
    return [parse_bibtex_name(part) for part in (parts[:-1] if truncated else parts)], truncated
