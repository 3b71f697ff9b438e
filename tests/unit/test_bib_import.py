"""Bringing a .bib library in: the file's machinery, JabRef's fields and groups, names.

Real files come from tests/data/bib (see its MANIFEST); the generated variants beside them
exercise one feature each, and are read back by real consumers (pybtex, bibtexparser).
"""

from __future__ import annotations

import json
import re
import shutil
import sqlite3
from pathlib import Path

import bibtexparser
import pybtex.database
import pytest
from bibtexparser import model
from bibtexparser.splitter import Splitter
from hypothesis import example, given, settings
from hypothesis import strategies as st

from papershelf.core.latex import unescape
from papershelf.core.names import (
    display,
    editable,
    parse_bibtex_name,
    parse_typed,
    split_names,
)
from papershelf.importers import bibfile, bibscan
from papershelf.importers.bibdecode import decode
from papershelf.importers.decode import read_listing
from papershelf.library import Library
from papershelf.store.connection import schema_version
from papershelf.store.schema import LATEST

DATA = Path(__file__).resolve().parent.parent / "data"
BIB = DATA / "bib"


def imported(tmp_path: Path, text: str, name: str = "lib.bib") -> Library:
    source = tmp_path / name
    source.write_text(text, encoding="utf-8")
    library = Library(tmp_path / "lib.db")
    library.import_path(source)
    return library


def by_key(library: Library) -> dict[str, dict[str, object]]:
    return {p["citation_key"]: p for p in library.papers(library.query_ids())}


def test_jabref_groups_become_tags(tmp_path: Path) -> None:
    """JabRef 3.8's `groups` field (and its explicit-group tree) become tags."""
    with Library(tmp_path / "lib.db") as library:
        library.import_path(BIB / "jabref38_groups.bib")
        papers = by_key(library)
    assert papers["Doe-2017"]["tags"] == ["my-subgroup-3"]
    assert papers["Unkonw-"]["tags"] == ["my-other-subgroup-3", "my-subgroup-3"]


def test_jabref_explicit_group_members_listed_in_the_comment(tmp_path: Path) -> None:
    with Library(tmp_path / "lib.db") as library:
        library.import_path(BIB / "jabref_complex.bib")
        tagged = {p["citation_key"] for p in library.papers(library.query_ids()) if p["tags"]}
    assert {"1137631", "1233448", "1314293"} <= tagged


def test_jabref_special_field_tokens_become_rating_not_tags(tmp_path: Path) -> None:
    with Library(tmp_path / "lib.db") as library:
        library.import_path(BIB / "jabref_jabref-authors.bib")
        paper = by_key(library)["JohanssonGustafsson2015"]
    assert paper["rating"] == 4 and "rank4" not in paper["tags"]


@pytest.mark.parametrize(
    ("fields", "rating", "status", "tags"),
    [
        ("keywords = {vision, rank4, read}", 4, "read", ["vision"]),
        ("keywords = {skimmed; rank2}", 2, "skimmed", []),
        ("ranking = {rank5}, readstatus = {read}, keywords = {a}", 5, "read", ["a"]),
        ("ranking = {rank3}, readstatus = {skimmed}", 3, "skimmed", []),
    ],
)
def test_jabref_special_fields(
    tmp_path: Path, fields: str, rating: int, status: str, tags: list[str]
) -> None:
    with imported(tmp_path, f"@article{{k, title = {{T}}, {fields}}}\n") as library:
        paper = by_key(library)["k"]
    assert (paper["rating"], paper["status"], paper["tags"]) == (rating, status, tags)


def test_string_macros_and_month_macros_expanded(tmp_path: Path) -> None:
    text = (
        "@string{jmlr = {Journal of Machine Learning Research}}\n"
        "@article{a, title = {T}, journal = jmlr # { (Special Issue)}, year = 2019, month = apr}\n"
    )
    with imported(tmp_path, text) as library:
        paper = by_key(library)["a"]
        exported = library.export(library.query_ids(), "bibtex")
    assert paper["venue"] == "Journal of Machine Learning Research (Special Issue)"
    assert paper["date"] == "2019-04"
    entry = bibtexparser.parse_string(exported).entries[0]
    assert entry["journal"] == "Journal of Machine Learning Research (Special Issue)"
    assert "month = apr," in exported  # the macro, as the file had it


def test_xdata_resolved_and_kept(tmp_path: Path) -> None:
    text = (
        "@xdata{pub, publisher = {Addison-Wesley}, location = {Reading}}\n"
        "@book{b, title = {Book}, author = {Ann Author}, xdata = {pub}}\n"
    )
    with imported(tmp_path, text) as library:
        papers = by_key(library)
        exported = library.export(library.query_ids(), "biblatex")
    assert papers["b"]["bib_fields"]["fields"]["publisher"] == "{Addison-Wesley}"
    assert papers["pub"]["entry_type"] == "xdata"  # the parent stays an entry
    entries = {e.key: e for e in bibtexparser.parse_string(exported).entries}
    assert entries["b"]["publisher"] == "Addison-Wesley" and entries["b"]["xdata"] == "pub"


def test_comment_fields_and_extras_kept(tmp_path: Path) -> None:
    with Library(tmp_path / "lib.db") as library:
        library.import_path(BIB / "mendeley_urban-climate.bib")
        exported = library.export(library.query_ids(), "bibtex")
    entries = {e.key: e for e in bibtexparser.parse_string(exported).entries}
    assert "mendeley-tags" in entries["Noel"].fields_dict


def test_tex_logos_math_and_protecting_braces_go_out_as_they_came(tmp_path: Path) -> None:
    text = '@article{t, title = {The {\\TeX}book: $k$-means for {CLIP} {\\"u}ber}, year = 2001}\n'
    with imported(tmp_path, text) as library:
        paper = by_key(library)["t"]
        exported = library.export(library.query_ids(), "bibtex")
    assert paper["title"] == "The TeXbook: $k$-means for CLIP über"
    assert 'title = {The {\\TeX}book: $k$-means for {CLIP} {\\"u}ber},' in exported
    library = Library(tmp_path / "lib.db")
    library.update_paper(library.query_ids()[0], title="Edited Title")
    edited = library.export(library.query_ids(), "bibtex")
    library.close()
    assert "title = {Edited Title}," in edited and "TeX" not in edited


def test_nested_braces_are_a_clear_message_not_a_crash(tmp_path: Path) -> None:
    title = "{" * 1000 + 'd{\\"u}p' + "}" * 1000  # LaTeX inside: the parser would recurse
    plain = "{" * 1000 + "deep" + "}" * 1000
    text = (
        f"@article{{ok, title = {{Fine}}}}\n\n@article{{deep, title = {{{title}}}}}\n"
        f"@article{{plain, title = {{{plain}}}}}\n"
    )
    source = tmp_path / "deep.bib"
    source.write_text(text, encoding="utf-8")
    with Library(tmp_path / "lib.db") as library:
        report = library.import_path(source)
        papers = by_key(library)
    assert papers["deep"]["title"] == 'd\\"up' and papers["plain"]["title"] == "deep"
    (warning,) = [w for w in report.warnings if "nested" in w.message]
    assert warning.line == 3
    assert warning.message.startswith("title of 'deep': braces nested 1001 deep")


def test_every_entry_with_a_key_is_kept(tmp_path: Path) -> None:
    text = (
        "@misc{notitle, author = {Ann Author}}\n"
        "@article{twin1, title = {Same Title}}\n"
        "@article{twin2, title = {Same Title}}\n"
        "@article{twin1, title = {Key used twice}}\n"
    )
    source = tmp_path / "keys.bib"
    source.write_text(text, encoding="utf-8")
    with Library(tmp_path / "lib.db") as library:
        report = library.import_path(source)
        papers = library.papers(library.query_ids())
    assert report.new == 4 and len(papers) == 4
    flags = {p["citation_key"]: p["needs_review"] for p in papers}
    assert flags["notitle"] == ["title"]
    assert "duplicate" in flags["twin1"] and "duplicate" in flags["twin2"]
    assert any("used twice" in w.message and w.line == 4 for w in report.warnings)
    (listed,) = [w for w in report.warnings if "may be the same paper" in w.message]
    assert listed.line == 3 and "'twin2'" in listed.message
    assert "'twin1' (#" in listed.message  # the other entry by its key, as the reader knows it


def test_reimporting_the_same_keys_merges_and_never_across_keys(tmp_path: Path) -> None:
    first = "@article{a, title = {A Study}, author = {Ann Author}}\n"
    with imported(tmp_path, first) as library:
        (tmp_path / "again.bib").write_text(
            first.replace("A Study", "A Study, revised") + "@article{b, title = {A Study}}\n",
            encoding="utf-8",
        )
        report = library.import_path(tmp_path / "again.bib")
        assert (report.new, report.merged + report.unchanged) == (1, 1)
        assert sorted(by_key(library)) == ["a", "b"]


# -- names -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "parts"),
    [
        ("King, Jr., Martin Luther", {"given": "Martin Luther", "family": "King", "jr": "Jr."}),
        ("Martin Luther King, Jr.", {"given": "Martin Luther", "family": "King", "jr": "Jr."}),
        ("{Google DeepMind}", {"literal": "Google DeepMind"}),
        ("{Simon and Garfunkel Institute}", {"literal": "Simon and Garfunkel Institute"}),
        ("Ludwig van Beethoven", {"given": "Ludwig", "von": "van", "family": "Beethoven"}),
        ("de la Fuente, Juan", {"given": "Juan", "von": "de la", "family": "Fuente"}),
    ],
)
def test_name_forms(text: str, parts: dict[str, str]) -> None:
    assert parse_bibtex_name(text) == parts
    assert parse_bibtex_name(editable(parts)) == parts


NAMES_BIB = (
    "@article{n, title = {Names}, year = 2020, author = {King, Jr., Martin Luther and "
    "{Google DeepMind} and {Simon and Garfunkel Institute} and "
    "{National Aeronautics and Space Administration} and van Beethoven, Ludwig}}\n"
)


def test_names_written_correctly_in_every_format(tmp_path: Path) -> None:
    with imported(tmp_path, NAMES_BIB) as library:
        library.update_paper(library.query_ids()[0], title="Names, edited")  # typed export
        ids = library.query_ids()
        bib = library.export(ids, "bibtex")
        csl = json.loads(library.export(ids, "csl-json"))[0]["author"]
        ris = library.export(ids, "ris")
        assert library.paper(ids[0])["authors"][:2] == [
            "Martin Luther King, Jr.",
            "Google DeepMind",
        ]
    assert (
        "author = {King, Jr., Martin Luther and {Google DeepMind} and "
        "{Simon and Garfunkel Institute} and {National Aeronautics and Space Administration} "
        "and van Beethoven, Ludwig}," in bib
    )
    people = pybtex.database.parse_string(bib, "bibtex").entries["n"].persons["author"]
    assert str(people[0]) == "King, Jr., Martin Luther"
    assert len(people) == 5
    assert csl == [
        {"family": "King", "given": "Martin Luther", "suffix": "Jr."},
        {"literal": "Google DeepMind"},
        {"literal": "Simon and Garfunkel Institute"},
        {"literal": "National Aeronautics and Space Administration"},
        {"given": "Ludwig", "non-dropping-particle": "van", "family": "Beethoven"},
    ]
    assert "AU  - King, Martin Luther, Jr.\n" in ris
    assert "AU  - Google DeepMind\n" in ris


def test_typed_names_accept_bibtex_forms() -> None:
    names, truncated = parse_typed(
        "King, Jr., Martin Luther; {Google DeepMind}; Ada Lovelace; et al."
    )
    assert truncated
    assert [display(n) for n in names] == [
        "Martin Luther King, Jr.",
        "Google DeepMind",
        "Ada Lovelace",
    ]


# -- the schema step -----------------------------------------------------------------------


def test_old_library_file_takes_the_kept_fields_step(tmp_path: Path) -> None:
    """A real schema-4 library (tests/data) migrates, keeps its papers, and takes a .bib."""
    path = tmp_path / "old.db"
    shutil.copy(DATA / "library-v4.db", path)
    with Library(path) as library:
        assert schema_version(library.conn) == LATEST
        before = library.count()
        library.import_path(BIB / "xampl.bib")
        assert library.count() == before + 36
        exported = library.export(library.query_ids(), "bibtex")
    assert "crossref = {whole-proceedings}," in exported
    columns = {row[1] for row in sqlite3.connect(path).execute("PRAGMA table_info(papers)")}
    assert "bib_fields" in columns


# -- the fast splitter ----------------------------------------------------------------------


def _signature(block: model.Block) -> tuple[object, ...]:
    if isinstance(block, model.ImplicitComment):  # the text between entries, trimmed
        return (type(block).__name__, block.comment.strip())
    inner = block.ignore_error_block if isinstance(block, model.ParsingFailedBlock) else block
    found: tuple[object, ...] = (type(block).__name__, block.start_line)
    if isinstance(inner, model.Entry):
        found += (inner.entry_type, inner.key, tuple((f.key, f.value) for f in inner.fields))
    elif isinstance(inner, model.String):
        found += (inner.key, inner.value)
    elif isinstance(inner, model.Preamble):
        found += (inner.value,)
    elif isinstance(inner, model.ExplicitComment):
        found += (inner.comment,)
    return found


GENERATED = (
    "Text before any entry (BibTeX skips it)\n"
    '@article{a, title = "Quoted {B}races", author = {A and B}, year = 1999,}\n'
    "text between entries, mail me@example.org\n"
    "@article{b, title = {x} # { y}, note = {{{{{deep}}}}}}\n"
    "@string{s = {S}}\n@comment{jabref-meta: x;}\n@preamble{ {\\def\\x{}} }\n"
    "@article{a, title = {twice}}\n@article{c, title = {t}, title = {again}}\n"
    "@misc(paren, title = {Parentheses})\n"
)


@pytest.mark.parametrize("path", sorted(BIB.glob("*.bib")), ids=lambda p: p.name)
def test_fast_splitter_gives_bibtexparsers_blocks(path: Path) -> None:
    text = read_listing(path)
    theirs = [
        _signature(b)
        for b in Splitter(text).split().blocks
        if not isinstance(b, model.ImplicitComment) or b.comment.strip()
    ]
    assert [_signature(b) for b in bibscan.blocks(text)] == theirs


def test_fast_splitter_on_unusual_entries() -> None:
    theirs = [
        _signature(b)
        for b in Splitter(GENERATED).split().blocks
        if not isinstance(b, model.ImplicitComment) or b.comment.strip()
    ]
    assert [_signature(b) for b in bibscan.blocks(GENERATED)] == theirs


# The whole entry in one pattern: what `bibscan._plain_entry` must read, and where it must not.
ENTRY_PATTERN = re.compile(
    r"@[ \t]*([A-Za-z_][\w\-]*)[ \t]*\{\s*([^\s,{}\"#()=%]+)\s*,"
    rf"((?:{bibscan._FIELD},)*+(?:{bibscan._FIELD})?)\s*\}}"
)
FIELDS_PATTERN = re.compile(bibscan._FIELD + r"(?:,|$)")


def _one_pattern_entry(text: str) -> tuple[str, str, list[tuple[str, str]], int] | None:
    entry = ENTRY_PATTERN.match(text)
    if entry is None:
        return None
    pairs = [(name, value.strip()) for name, value in FIELDS_PATTERN.findall(entry[3].strip())]
    return entry[1], entry[2], pairs, entry.end()


FIELD_PIECES = st.tuples(
    st.sampled_from(["title", "a-b", "", " note"]),
    st.sampled_from([" = ", "=", " ", "\n= "]),
    st.sampled_from(
        [
            "{x}",
            "{a {b} c}",
            "{{{{{d}}}}}",
            "{}",
            '"q"',
            '"q{"',
            '"q}"',
            '""',
            "1999",
            "apr",
            "{open",
            '"open',
            "x # y",
            "{a}}",
            "{a}{b}",
            "",
            "@",
        ]
    ),
    st.sampled_from([",", " ,", "", "\n,", ",,"]),
).map("".join)
ENTRY_TEXTS = st.tuples(
    st.sampled_from(["@article{k,", "@misc{ k ,", "@a{", "@b{k", "@ t {k,"]),
    st.lists(FIELD_PIECES, max_size=5).map("".join),
    st.sampled_from(["}", " }", "", "\n}", ")", "}\n@b{k, x={y}}"]),
).map("".join)


@settings(max_examples=500)
@given(ENTRY_TEXTS)
@example('@article{k, title = "q{",}')
@example('@a{k, t = "q}"}')
@example("@a{k, t = {a {b} c}, u = {open}")
def test_field_by_field_reading_agrees_with_the_one_pattern(text: str) -> None:
    assert bibscan._plain_entry(text, 0) == _one_pattern_entry(text)


@pytest.mark.parametrize("path", sorted(BIB.glob("*.bib")), ids=lambda p: p.name)
def test_field_by_field_reading_agrees_on_real_entries(path: Path) -> None:
    text = read_listing(path)
    read = 0
    for at in re.finditer("@", text):
        theirs = _one_pattern_entry(text[at.start() :])
        if theirs is not None:
            theirs = (*theirs[:3], theirs[3] + at.start())
            read += 1
        assert bibscan._plain_entry(text, at.start()) == theirs
    assert read or "@" not in text


def test_merging_two_papers_keeps_structured_names_and_kept_fields(tmp_path: Path) -> None:
    text = (
        "@article{a, title = {Alpha}, author = {King, Jr., Martin Luther}, pages = {1--2}}\n"
        "@article{b, title = {Beta}}\n"
    )
    with imported(tmp_path, text) as library:
        papers = by_key(library)
        library.merge(papers["b"]["id"], papers["a"]["id"])  # a folds into b
        kept = library.paper(papers["b"]["id"])
    assert kept["names"] == [{"given": "Martin Luther", "family": "King", "jr": "Jr."}]
    assert kept["bib_fields"]["fields"]["pages"] == "{1--2}"


def test_fast_decoding_agrees_with_pylatexenc_on_real_values() -> None:
    """The shortcut around pylatexenc gives its result for every value of the real files
    (logos such as \\TeX, which pylatexenc drops, aside)."""
    checked = 0
    for path in sorted(BIB.glob("*.bib")):
        for entry in bibfile.read(read_listing(path)).entries:
            for value in entry.fields.values():
                text = value[1:-1] if value[:1] == "{" else value
                if "TeX" in text:
                    continue
                assert decode(text, 0, []) == unescape(text), (path.name, entry.key, text)
                checked += 1
    assert checked > 1500


@given(
    st.text(alphabet=st.sampled_from(" aAnNdD\t\nxé.-"), max_size=40)
    | st.text(alphabet=st.sampled_from(" aAnNdD{}x"), max_size=40)
    | st.text(max_size=40)
)
def test_names_split_by_the_shortcuts_as_brace_by_brace(text: str) -> None:
    """Name lists whose `and`s all stand outside braces (every piece closes its braces) take
    shortcuts; the long way counts braces one by one."""
    from papershelf.core.names import _split_outside_braces

    assert split_names(text) == _split_outside_braces(" ".join(text.split()))


def test_a_plain_abstract_is_stored_once_and_written_back_as_it_came(tmp_path: Path) -> None:
    """A plain abstract lives in its column only; one with LaTeX keeps its source beside it.
    Both come back on export as the file had them (bibtexparser reads the export)."""
    plain = "We count  quokkas on  Rottnest Island."  # spaces as typed
    latex = r"Saves $50\%$ of compute with {CLIP}."
    text = (
        f"@article{{plain, title = {{Quokkas}}, author = {{Ann Lee}}, year = 2020,\n"
        f"  abstract = {{{' '.join(plain.split())}}}}}\n"
        f"@article{{latex, title = {{Clip}}, author = {{Bo Ng}}, year = 2021,\n"
        f"  abstract = {{{latex}}}}}\n"
    )
    with imported(tmp_path, text) as library:
        stored = dict(library.conn.execute("SELECT citation_key, bib_fields FROM papers"))
        exported = library.export(library.query_ids(), "bibtex")
    assert json.loads(stored["plain"])["fields"]["abstract"] is None
    assert "Rottnest" not in stored["plain"]  # the column holds the text
    assert json.loads(stored["latex"])["fields"]["abstract"] == "{" + latex + "}"
    back = {e.key: e for e in bibtexparser.parse_string(exported).entries}
    assert back["plain"]["abstract"] == " ".join(plain.split())
    assert back["latex"]["abstract"] == latex


_NAME_PIECES = st.sampled_from(
    [
        "Ann",
        "van",
        "der",
        "Lee",
        "Jr.",
        "d'",
        "E.",
        "{\\'e}",
        "\\'e",
        '{\\"u}',
        "{Ab}",
        "{a b}",
        "a",
        "Z",
        "-",
        "~",
        "\\",
        "{",
        "}",
        "3M",
        "{\\'{e}}",
        "O'Neil",
        "de",
        "la",
        "Mc",
        "\\,",
        "\\{",
        "{\\{}}",
    ]
)
_NAME_GLUE = st.sampled_from(["", " ", ", ", ",", " , ", "  "])


@given(st.lists(st.tuples(_NAME_PIECES, _NAME_GLUE), min_size=1, max_size=7))
def test_names_split_by_their_shape_are_split_as_bibtexparser_splits_them(
    pieces: list[tuple[str, str]],
) -> None:
    """The cached split by shape (core.names) agrees with bibtexparser on every name it takes."""
    from bibtexparser.middlewares.names import parse_single_name_into_parts

    from papershelf.core.names import _parts_by_shape

    text = " ".join("".join(piece + glue for piece, glue in pieces).split())
    found = _parts_by_shape(text)
    if found is not None:
        parts = parse_single_name_into_parts(text, strict=False)
        assert found == (parts.first, parts.von, parts.last, parts.jr)


@given(st.lists(st.tuples(_NAME_PIECES, _NAME_GLUE), min_size=1, max_size=7))
def test_capitalised_names_are_split_as_bibtexparser_splits_them(
    pieces: list[tuple[str, str]],
) -> None:
    """The shortcut for capitalised words without a comma (core.names) gives bibtexparser's
    split of every name it takes."""
    from bibtexparser.middlewares.names import parse_single_name_into_parts

    from papershelf.core.names import _CAPITALISED_NAME

    text = " ".join("".join(piece + glue for piece, glue in pieces).split())
    if _CAPITALISED_NAME.fullmatch(text):
        parts = parse_single_name_into_parts(text, strict=False)
        given, _, family = text.rpartition(" ")
        assert (parts.first, parts.von, parts.last, parts.jr) == (
            given.split(" ") if given else [],
            [],
            [family],
            [],
        )


@given(
    st.lists(
        st.sampled_from(["Ada", "J.", "Jean-Paul", "O'Neil", 'St{\\"u}hmer', "M{\\'e}lanie"]),
        min_size=1,
        max_size=5,
    )
)
def test_capitalised_names_take_the_shortcut(words: list[str]) -> None:
    from bibtexparser.middlewares.names import parse_single_name_into_parts

    from papershelf.core.names import _CAPITALISED_NAME, _latex_parts

    text = " ".join(words)
    assert _CAPITALISED_NAME.fullmatch(text)
    parts = parse_single_name_into_parts(text, strict=False)
    found = {"given": " ".join(parts.first), "family": " ".join(parts.last)}
    assert _latex_parts(text) == tuple((part, value) for part, value in found.items() if value)


def test_the_bench_names_take_the_split_by_shape() -> None:
    from papershelf.core.names import _parts_by_shape

    for name in ("Jos{\\'e} Anlizo", 'Vinitura St{\\"u}hmer', "Ludwig van Beethoven"):
        assert _parts_by_shape(name) is not None


def test_an_eprint_that_is_no_arxiv_identifier_names_no_arxiv_paper() -> None:
    """Mendeley writes an ISSN into `eprint` beside `archivePrefix = {arXiv}` (entry Ashburner2000
    of the public mendeley_neuro.bib): the paper got `arXiv:10614036`. No arXiv id is made of it;
    one written with `arXiv:` before it is the id without it."""
    from papershelf.importers import parse_bytes

    records = parse_bytes((BIB / "mendeley_neuro.bib").read_bytes(), "neuro.bib").result.records
    (ashburner,) = [r for r in records if r.title.startswith("Gene Ontology: Tool")]
    assert ashburner.arxiv_id is None
    text = (
        "@article{B, title={Pretend widgets}, author={Nadir, Ben}, year={2021},"
        " archivePrefix={arXiv}, eprint={arXiv:2107.03374v2}}\n"
        "@article{C, title={Old widgets}, author={Tansy, Cleo}, year={1999},"
        " archivePrefix={arXiv}, eprint={hep-th/9901001}}\n"
    )
    records = parse_bytes(text.encode(), "x.bib").result.records
    assert [r.arxiv_id for r in records] == ["2107.03374v2", "hep-th/9901001"]


def test_entries_in_round_brackets_are_a_bib_file_not_a_page() -> None:
    """BibTeX allows `@article( … )`: such a file is no page with entries in it (the check for
    BibTeX boxes inside notes pages counted braces only, and took its lines for a page's)."""
    from papershelf.importers.pipeline import _entries_in_a_page
    from papershelf.importers.pipeline import read_listing as read_paste

    entry = ["@article(key,", "  title = {A pretend widget},", "  author = {Quill, Ada},", ")"]
    assert not _entries_in_a_page(entry * 30)
    assert _entries_in_a_page(["A notes page line"] * 30 + entry)
    preview = read_paste("\n".join(entry * 3), "papers.bib")
    assert preview.layout == "bibtex"
