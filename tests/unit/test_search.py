"""The search language, compiled to SQL and run against the seed library."""

from __future__ import annotations

import contextlib

import pytest

from papershelf.core.query import FIELDS, NUMERIC, QueryError, Term, parse_query
from papershelf.library import Library
from papershelf.store.search import (
    Filter,
    Probes,
    SearchError,
    _fts_word,
    compile_filter,
    order_by,
)


def titles(library: Library, query: str) -> set[str]:
    return {p["title"] for p in library.papers(library.query_ids(Filter(search=query)))}


def test_parse_forms() -> None:
    assert parse_query('clip "few shot" -tag:read author:hu year:>=2022 rating:4') == [
        Term(None, "clip"),
        Term(None, "few shot", phrase=True),
        Term("tag", "read", negated=True),
        Term("author", "hu"),
        Term("year", "2022", op=">="),
        Term("rating", "4"),
    ]


@pytest.mark.parametrize(
    ("query", "message", "position"),
    [
        ('"unclosed', "not closed", 0),
        ("foo bogus:1", "unknown field 'bogus'", 4),
        ("year:twenty", "whole number", 0),
        ("tag:>=3", "does not compare", 0),
        ("rating:", "needs a value", 0),
    ],
)
def test_errors_point_at_the_problem(query: str, message: str, position: int) -> None:
    with pytest.raises(QueryError, match=message) as raised:
        parse_query(query)
    assert raised.value.position == position


def test_words_are_prefixes_and_ignore_accents(seeded: Library) -> None:
    assert "Online Zero-Shot Classification with CLIP" in titles(seeded, "onlin zero")
    assert len(titles(seeded, "stuhmer")) == 1  # Stühmer, found without the umlaut


def test_phrase_is_exact(seeded: Library) -> None:
    assert titles(seeded, '"noisy labels"') >= {
        "Compressing Features for Learning with Noisy Labels",
        "Early-Learning Regularization Prevents Memorization of Noisy Labels",
    }
    assert "Boosting Co-teaching with Compression Regularization for Label Noise" not in titles(
        seeded, '"noisy labels"'
    )


def test_author_field_and_negation(seeded: Library) -> None:
    qian = titles(seeded, "author:qian")
    assert len(qian) == 14  # grep -c Qian in the Authors: blocks of seed 003
    assert titles(seeded, "author:qian -clip") == {
        t for t in qian if t not in titles(seeded, "clip")
    }


def test_year_ranges(seeded: Library) -> None:
    counts = {
        q: seeded.count(Filter(search=q))
        for q in ("year:2023", "year:>=2023", "year:<2023", "year:>2022")
    }
    assert counts["year:>=2023"] == counts["year:>2022"]
    dated = seeded.count(Filter(search="has:date"))
    assert counts["year:>=2023"] + counts["year:<2023"] == dated
    assert counts["year:2023"] == 11 + 6  # 000+004 dates, 003 "Submitted … 2023"


def test_tags_ratings_status_queue_after_changes(seeded: Library) -> None:
    ids = seeded.query_ids(Filter(search="author:qian"))
    seeded.tag(ids[:3], add=["clustering"])
    seeded.rate(ids[:2], 4)
    seeded.set_status(ids[:1], "read")
    seeded.create_queue("thesis")
    seeded.enqueue("thesis", ids[2:5])
    assert seeded.count(Filter(search="tag:clustering")) == 3
    assert seeded.count(Filter(search="tag:Clustering rating:>=4")) == 2
    assert seeded.count(Filter(search="status:read")) == 1
    assert seeded.count(Filter(search="status:unread")) == 146
    assert seeded.count(Filter(search="queue:thesis")) == 3
    assert seeded.count(Filter(search="author:qian -tag:clustering")) == len(ids) - 3
    assert seeded.count(Filter(search="clustering")) >= 3  # tags are in the full-text index


def test_category_needs_and_has(seeded: Library) -> None:
    assert seeded.count(Filter(search="category:cv")) == 8
    assert seeded.count(Filter(search="needs:title")) == 10
    assert (
        seeded.count(Filter(search="needs:review")) == seeded.count(Filter(needs_review=True)) == 17
    )
    assert seeded.count(Filter(search="has:code")) == 7  # "Code" badges in seed 000


@pytest.mark.parametrize("name", sorted(FIELDS))
def test_every_field_the_parser_accepts_compiles(seeded: Library, name: str) -> None:
    value = {"status": "read", "has": "notes", "needs": "title"}.get(
        name, "1" if name in NUMERIC else "x"
    )
    seeded.count(Filter(search=f"{name}:{value} -{name}:{value}"))  # raises if it cannot


def test_tagtext_finds_words_inside_tag_names(seeded: Library) -> None:
    ids = seeded.query_ids(Filter(search="author:qian"))
    seeded.tag(ids[:2], add=["label-noise"])
    seeded.tag(ids[2:3], add=["noisy"])
    assert set(seeded.query_ids(Filter(search="tagtext:noise"))) == set(ids[:2])
    assert set(seeded.query_ids(Filter(search="tagtext:nois"))) == set(ids[:3])
    assert seeded.count(Filter(search="author:qian -tagtext:nois")) == len(ids) - 3
    assert seeded.count(Filter(search="tagtext:label")) == 2  # no title word counts


def test_bad_values_raise_search_error(seeded: Library) -> None:
    with pytest.raises(SearchError, match="status"):
        seeded.count(Filter(search="status:someday"))


@pytest.mark.parametrize("query", ['"', "-", "***", "a AND", 'x" OR "y', "NEAR(", "^", "'"])
def test_odd_input_never_reaches_fts_as_syntax(seeded: Library, query: str) -> None:
    with contextlib.suppress(QueryError):
        seeded.count(Filter(search=query))


@pytest.mark.parametrize(
    "sort", ["title", "authors", "date", "rating", "status", "category", "added"]
)
@pytest.mark.parametrize("descending", [False, True])
def test_sorts_walk_an_index_without_sorting(seeded: Library, sort: str, descending: bool) -> None:
    seeded.rate([1, 2, 3], 4)  # ties to break
    sql = (
        "SELECT p.id FROM papers p WHERE p.deleted IS NULL "
        f"ORDER BY {order_by(sort, descending=descending)}"
    )
    plan = " ".join(row[3] for row in seeded.conn.execute(f"EXPLAIN QUERY PLAN {sql}"))
    assert "INDEX papers_live_" in plan
    assert "TEMP B-TREE" not in plan  # ties follow the index's own columns: nothing is sorted
    rows = [row[0] for row in seeded.conn.execute(sql)]
    assert seeded.query_ids(Filter(), sort=sort, descending=descending) == rows
    assert (
        seeded.query_ids(Filter(), sort=sort, descending=descending, limit=5, offset=3)
        == (rows[3:8])
    )
    assert sorted(rows) == sorted(seeded.query_ids(Filter()))


def unmerged_ids(library: Library, query: str) -> set[int]:
    """Each word its own match set in both indexes: the plain reading of the query."""
    where, params = compile_filter(Filter(search=query))
    return {r[0] for r in library.conn.execute(f"SELECT p.id FROM papers p WHERE {where}", params)}


@pytest.mark.parametrize(
    "query",
    [
        "segmentation",
        "segmentation cut",
        "segmentation zebra",
        "zebra",
        "zebra -segmentation",
        "segmentation -zebra",
        "cut -zebra -quantization",
        "-zebra",
        "author:wang segmentation zebra",
        "title:tokencut -zebra",
        '"normalized cut" zebra',
        "stripes segmentation",
    ],
)
def test_words_folded_into_one_match_find_the_same_papers(seeded: Library, query: str) -> None:
    """Words the reader's tags and notes never use are matched together; others stay apart."""
    seeded.tag([1, 2], add=["zebra"])
    seeded.add_note(3, "Stripes everywhere: a zebra dataset would break this segmentation.")
    found = set(seeded.query_ids(Filter(search=query)))
    assert found == unmerged_ids(seeded, query)
    assert seeded.count(Filter(search=query)) == len(found)


def test_a_word_in_a_note_and_one_in_a_title_both_count(seeded: Library) -> None:
    seeded.add_note(3, "Compare with the zebra baseline.")
    assert seeded.query_ids(Filter(search="zebra tokencut")) == []
    tokencut = titles(seeded, "tokencut")
    assert len(tokencut) == 1
    seeded.add_note(1, "zebra")
    assert titles(seeded, "zebra tokencut") == tokencut


@pytest.mark.parametrize("sort", ["title", "authors", "date", "added"])
@pytest.mark.parametrize(
    "query",
    [
        "segmentation",
        "learning -transformer",
        '"normalized cut"',
        "author:wang vision",
        "zebra",  # in a note and a tag as well as in an abstract
        "zebra -segmentation",
    ],
)
def test_driving_from_a_few_matches_or_walking_the_index_agree(
    seeded: Library, monkeypatch: pytest.MonkeyPatch, query: str, sort: str
) -> None:
    """Few matches are fetched and sorted; many are tested along the sort index. Same rows."""
    seeded.tag([1, 2], add=["zebra"])
    seeded.add_note(3, "Stripes everywhere: a zebra dataset would break this segmentation.")
    seeded.update_paper(4, abstract="Zebra crossings, segmented.")
    found = {}
    for cap in (0, 10_000):
        monkeypatch.setattr("papershelf.store.search.SELECTIVE_MATCHES", cap)
        found[cap] = seeded.query_ids(Filter(search=query), sort=sort)
        where, params = compile_filter(Filter(search=query), seeded._probes)
        plan = " ".join(
            row[3]
            for row in seeded.conn.execute(
                f"EXPLAIN QUERY PLAN SELECT p.id FROM papers p WHERE {where} "
                f"ORDER BY {order_by(sort)}",
                params,
            )
        )
        walks = f"papers_live_{sort}" in plan and "TEMP B-TREE" not in plan
        assert walks == (cap == 0), plan
    assert found[0] == found[10_000] and found[0]


def test_a_broad_whole_word_spares_the_prefix_probe(
    seeded: Library, monkeypatch: pytest.MonkeyPatch
) -> None:
    """FTS5 collects every word a prefix covers before it can count; the whole word is one
    seek. When even the whole word is broad, the prefix is not probed, and the plan walks."""
    monkeypatch.setattr("papershelf.store.search.SELECTIVE_MATCHES", 2)
    asked: list[str] = []
    probes = seeded._probes
    recording = Probes(
        in_meta=probes.in_meta,
        selective=lambda match, index: asked.append(match) or probes.selective(match, index),
    )
    learning = len(seeded.query_ids(Filter(search="learning")))
    whole = seeded.conn.execute(
        "SELECT count(*) FROM papers_fts WHERE papers_fts MATCH '\"learning\"'"
    ).fetchone()[0]
    assert whole > 2 and learning >= whole

    where, _ = compile_filter(Filter(search="learning -zebra"), recording)
    # each word with its other spellings (test_search_spellings.py): `learn ing`, `ze bra`
    learning, zebra = _fts_word("learning", prefix=False), _fts_word("zebra", prefix=True)
    assert asked == [f"({learning}) NOT {zebra}"] and where.startswith("+p.id IN")

    asked.clear()  # a rare whole word proves nothing: the prefix itself is counted
    where, _ = compile_filter(Filter(search="segmentat"), recording)
    whole, prefix = _fts_word("segmentat", prefix=False), _fts_word("segmentat", prefix=True)
    assert asked == [f"({whole})", f"({prefix})"]
    assert prefix.startswith('("segmentat"*')


def test_whole_word_probe_keeps_the_rows(seeded: Library, monkeypatch: pytest.MonkeyPatch) -> None:
    for cap in (0, 2, 5, 10_000):
        monkeypatch.setattr("papershelf.store.search.SELECTIVE_MATCHES", cap)
        found = seeded.query_ids(Filter(search="learn segment -zebra"), sort="title")
        where, params = compile_filter(Filter(search="learn segment -zebra"))
        unprobed = [
            row[0]
            for row in seeded.conn.execute(
                f"SELECT p.id FROM papers p WHERE {where} ORDER BY {order_by('title')}", params
            )
        ]
        assert found == unprobed and found


def column_values(library: Library, ids: list[int], column: str) -> list[str | None]:
    rows = dict(library.conn.execute(f"SELECT id, {column} FROM papers"))
    return [rows[i] for i in ids]


def nocase(text: str) -> str:
    """SQLite's NOCASE: ASCII letters folded, nothing else."""
    return "".join(c.lower() if c.isascii() else c for c in text)


@pytest.mark.parametrize("descending", [False, True])
def test_papers_without_authors_sort_last_both_ways(seeded: Library, descending: bool) -> None:
    """As in Zotero, empty values sort last whichever way the column is sorted: ascending put
    the seeds' 106 papers without names above every named one."""
    ids = seeded.query_ids(Filter(), sort="authors", descending=descending)
    names = [nocase(str(text)) for text in column_values(seeded, ids, "authors_text")]
    blanks = [not text for text in names]
    assert any(blanks) and not all(blanks)
    assert blanks == sorted(blanks), "a paper without authors above a named one"
    named = names[: blanks.index(True)]
    assert named == sorted(named, reverse=descending)
    assert (
        seeded.query_ids(Filter(), sort="authors", descending=descending, limit=7, offset=35)
        == (ids[35:42])
    )


@pytest.mark.parametrize("sort", ["date", "year"])
@pytest.mark.parametrize("descending", [False, True])
def test_undated_papers_sort_last_both_ways(seeded: Library, sort: str, descending: bool) -> None:
    """Oldest first put the undated papers on top; like papers without authors, they come last."""
    ids = seeded.query_ids(Filter(), sort=sort, descending=descending)
    dates = column_values(seeded, ids, "date")
    blanks = [value is None for value in dates]
    assert any(blanks) and not all(blanks)
    assert blanks == sorted(blanks), "an undated paper above a dated one"
    dated = [str(value) for value in dates[: blanks.index(True)]]
    assert dated == sorted(dated, reverse=descending)
    assert (
        seeded.query_ids(Filter(), sort=sort, descending=descending, limit=9, offset=60)
        == (ids[60:69])
    )
