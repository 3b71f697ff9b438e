"""Related papers on the seed library: found offline, explained, never the paper itself."""

from __future__ import annotations

from pathlib import Path

import pytest
from stop_words import get_stop_words

from papershelf.core.errors import NotFound
from papershelf.library import Library
from papershelf.store.related import distinctive_terms
from tests.conftest import DATA, by_title


def test_a_paper_is_related_to_its_authors_other_papers(seeded: Library) -> None:
    paper = by_title(seeded, "Online Zero-Shot Classification with CLIP")
    found = seeded.related([paper["id"]])
    assert len(found) == 5 and paper["id"] not in [r["id"] for r in found]
    for related in found:  # every one of Qi Qian's other papers, and it says so
        assert "Qi Qian" in related["authors"]
        assert "shared authors: " in related["reason"]
    scores = [r["score"] for r in found]
    assert scores == sorted(scores, reverse=True)


def test_distinctive_terms_come_from_the_library_statistics(seeded: Library) -> None:
    paper = by_title(seeded, "Online Zero-Shot Classification with CLIP")
    terms = distinctive_terms(seeded.conn, [paper["id"]])
    assert terms and all(len(t) >= 4 for t in terms)
    # "learning" is in most seed papers: never distinctive.
    assert "learning" not in terms and "online" in terms


def test_shared_tags_and_trash(seeded: Library) -> None:
    a = by_title(seeded, "Online Zero-Shot Classification with CLIP")["id"]
    others = [r["id"] for r in seeded.related([a], limit=10)]
    seeded.tag([a, 15], add=["to-compare"])
    found = {r["id"]: r for r in seeded.related([a], limit=10)}
    assert found[15]["tags"] == ["to-compare"]
    seeded.trash([others[0]])
    assert others[0] not in [r["id"] for r in seeded.related([a], limit=10)]


def test_more_like_a_selection(seeded: Library) -> None:
    ids = [r[0] for r in seeded.conn.execute("SELECT id FROM papers ORDER BY id LIMIT 3")]
    found = seeded.related(ids, limit=8)
    assert found and not set(ids) & {r["id"] for r in found}
    with pytest.raises(NotFound):
        seeded.related([999999])


def test_cli_related(capsys: pytest.CaptureFixture[str], seeded_path: Path) -> None:
    from tests.unit.test_cli import run, run_json

    found = run_json(capsys, seeded_path, "related", "104")
    assert isinstance(found, list) and len(found) == 5
    assert set(found[0]) == {"id", "title", "score", "reason", "terms", "authors", "tags"}
    code, out, _err = run(capsys, seeded_path, "related", "104", "--limit", "2")
    assert code == 0 and out.count("shared") >= 2


def test_shared_terms_are_never_function_words(seeded: Library) -> None:
    """The trial saw "under" and the like as shared terms: the `stop-words` package's English
    list (an outside list, not ours) never shows up in a reason, on any seed paper."""
    english = set(get_stop_words("en"))
    seeded.import_path(DATA / "listings" / "001_arxiv-search-mirror-musco.md")
    shown = {
        term
        for paper_id in seeded.query_ids()
        for r in seeded.related([paper_id])
        for term in r["terms"]
    }
    assert shown  # terms are shown at all
    assert shown & english == set()
