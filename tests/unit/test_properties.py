"""Property-based: importers and the BibTeX writer on arbitrary input (hypothesis)."""

from __future__ import annotations

import os
import re
import shutil
import tempfile
import unicodedata
from pathlib import Path
from typing import Any

import bibtexparser
import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from papershelf.core.errors import ImportFailed
from papershelf.core.latex import readable, safe_math, unescape
from papershelf.core.names import parse_bibtex_name, split_names, structured
from papershelf.export.bibtex import BibOptions, render
from papershelf.importers import parse_bytes
from papershelf.library import Library

EXAMPLES = int(os.environ.get("HYPOTHESIS_EXAMPLES", "300"))
TEXT = st.characters(blacklist_categories=("Cs", "Cc", "Zl", "Zp"))
FIELD = st.text(TEXT, min_size=1, max_size=60).filter(lambda s: s.strip())
NAME = FIELD.filter(
    lambda s: " and " not in f" {s.lower()} " and "," not in s and s.strip().lower() != "others"
)
LINES = st.lists(
    st.one_of(
        st.text(TEXT, max_size=300),
        st.sampled_from(
            [
                "-",
                "Authors:",
                "Abstract:",
                "▽ More",
                "△ Less",
                "·",
                "  • 3 authors",
                "Submitted 3 May, 2021;",
                "CVSep 1, 2022Code",
                "Mar 4",
                "new",
                "Subscribe",
            ]
        ),
    ),
    max_size=40,
)


@settings(max_examples=EXAMPLES, deadline=None)
@given(st.binary(max_size=3000))
def test_importers_take_any_bytes(data: bytes) -> None:
    try:
        parsed = parse_bytes(data, "fuzz.txt")
    except ImportFailed as error:
        assert error.file == "fuzz.txt" and error.reason
        return
    assert parsed.result.records


@pytest.fixture(scope="module")
def empty_library(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A new, empty library file: each example imports into a copy of it (making one runs every
    migration, ~0.15 s, which took most of this test's time)."""
    path = tmp_path_factory.mktemp("empty") / "empty.db"
    Library(path).close()
    return path


@settings(
    max_examples=EXAMPLES,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
@given(LINES)
def test_imports_are_whole_or_refused(empty_library: Path, lines: list[str]) -> None:
    text = "\n".join(lines)
    with tempfile.TemporaryDirectory() as folder:
        copy = Path(folder) / "fuzz.db"
        shutil.copyfile(empty_library, copy)
        with Library(copy) as library:
            _import_whole_or_refused(library, text)


def _import_whole_or_refused(library: Library, text: str) -> None:
    try:
        report = library.import_text(text, "fuzz.txt")
    except ImportFailed as error:
        assert "fuzz.txt" in str(error)
        assert library.count() == 0 and library.sources() == []
        return
    assert report.papers >= 1
    assert library.count() == report.new >= 1
    assert {s["file"] for s in library.sources()} == {"fuzz.txt"}


def paper(
    title: str, authors: list[str], tags: list[str], notes: list[str], abstract: str
) -> dict[str, Any]:
    return {
        "id": 1,
        "citation_key": "key1",
        "title": title,
        "authors": authors,
        "authors_truncated": False,
        "date": "2024-05-06",
        "arxiv_id": None,
        "category": None,
        "doi": None,
        "urls": [],
        "abstract": abstract,
        "tags": tags,
        "rating": 3,
        "status": "read",
        "notes": notes,
        "entry_type": None,
        "venue": None,
        "journal_ref": None,
    }


def squash(text: str) -> str:
    """White space folded, and canonically equivalent forms equal (U+0F57 is U+0F56 U+0FB7)."""
    return unicodedata.normalize("NFD", " ".join(text.split()))


def _squashed(name: dict[str, str]) -> str:
    """A name's words in reading order: which part a caseless word lands in (von or first)
    depends on how BibTeX sees its escaped form, but no word may be lost or moved elsewhere."""
    words = [name.get(part, "") for part in ("literal", "given", "von", "family")]
    return squash(" ".join(words)) + (" | " + squash(name["jr"]) if name.get("jr") else "")


def balanced(text: str) -> bool:
    depth = 0
    for ch in text:
        depth += {"{": 1, "}": -1}.get(ch, 0)
        if depth < 0:
            return False
    return depth == 0


def _math_with_symbols(title: str) -> bool:
    return any(not span.isascii() and safe_math(span) for span in re.findall(r"\$([^$]+)\$", title))


@settings(max_examples=EXAMPLES, deadline=None)
@given(
    FIELD,
    st.lists(NAME, min_size=1, max_size=4),
    st.lists(FIELD.filter(lambda s: "," not in s), max_size=3),
    st.lists(FIELD, max_size=2),
    st.text(TEXT, max_size=200),
    st.booleans(),
)
# Found by hypothesis: a lone combining accent after a line break became an accent macro
# over the break, and the note came back cut.
@example("T", ["A B"], [], ["0", "\u0300"], "", False)
# Text characters in math (é, ¡) were written as text macros math refuses; now such a span is
# text. Symbols (α) stay math, as their macros.
@example("$¡$ a $α$", ["A B"], [], [], "", False)
def test_bibtex_writer_round_trips_any_unicode(
    title: str, authors: list[str], tags: list[str], notes: list[str], abstract: str, biblatex: bool
) -> None:
    text = render([paper(title, authors, tags, notes, abstract)], BibOptions(biblatex=biblatex))
    assert balanced(text)
    assert "\\input" not in text and "\\write" not in text
    parsed = bibtexparser.parse_string(text)
    assert parsed.failed_blocks == []
    (entry,) = parsed.entries
    fields = {name: unescape(str(field.value)) for name, field in entry.fields_dict.items()}
    raw = entry.fields_dict
    if _math_with_symbols(title):  # α in math goes out as \ensuremath{\alpha}: it reads the same
        assert squash(readable(fields["title"])) == squash(readable(title))
    else:
        assert squash(fields["title"]) == squash(title)
    # Names go out in BibTeX's forms; read back with bibtexparser's splitter, each is one name
    # with the same words.
    exported = [parse_bibtex_name(name, unescape) for name in split_names(str(raw["author"].value))]
    assert [_squashed(n) for n in exported] == [_squashed(structured(a)) for a in authors]
    # JabRef's special fields are mirrored after the tags (a tag equal to one is not repeated)
    expected = [squash(t) for t in tags if t not in ("rank3", "read")] + ["rank3", "read"]
    assert [squash(t) for t in fields["keywords"].split(", ")] == expected
    if notes:
        assert squash(fields["annote"]) == squash(" ".join(notes))


@given(st.text(alphabet=st.sampled_from(" a\tb\n\u00a0\u2003\r.é"), max_size=40) | st.text())
def test_squash_fast_path_collapses_exactly_like_split_and_join(text: str) -> None:
    from papershelf.core import text as core_text

    assert core_text.squash(text) == " ".join(text.split())
