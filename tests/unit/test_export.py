"""Exports checked by the programs that consume them: bibtexparser 2, pybtex, bibtex, biber."""

from __future__ import annotations

import csv
import io
import json
import shutil
import subprocess
from pathlib import Path

import bibtexparser
import pybtex.database
import pytest

from papershelf.core.citekeys import base_key, suffix
from papershelf.library import Library
from papershelf.store.search import Filter
from tests.conftest import by_title

needs_bibtex = pytest.mark.skipif(
    shutil.which("bibtex") is None, reason=".ci/system-deps installs bibtex"
)
needs_biber = pytest.mark.skipif(
    shutil.which("biber") is None, reason=".ci/system-deps installs biber"
)


def export_all(library: Library, fmt: str = "bibtex") -> str:
    return library.export(library.query_ids(Filter()), fmt)


@pytest.fixture
def annotated(seeded: Library) -> Library:
    """The seed library after a reader has used it: tags, ratings, statuses, notes."""
    mmtok = by_title(
        seeded, "MMTok: Multimodal Coverage Maximization for Efficient Inference of VLMs"
    )["id"]
    seeded.tag([1, 2, 3, mmtok], add=["vision", "to cite"])
    seeded.rate([1], 4)
    seeded.rate([2], 5)
    seeded.set_status([1], "read")
    seeded.set_status([2], "skimmed")
    seeded.set_status([3], "reading")
    seeded.add_note(1, "Key idea: normalized cut on ViT features & 50% fewer $\\sim$ params.")
    return seeded


def test_bibtexparser_reads_every_entry(annotated: Library) -> None:
    text = export_all(annotated)
    parsed = bibtexparser.parse_string(text)
    assert parsed.failed_blocks == []
    assert len(parsed.entries) == 147
    assert len({entry.key for entry in parsed.entries}) == 147


def test_pybtex_reads_every_entry(annotated: Library) -> None:
    data = pybtex.database.parse_string(export_all(annotated), "bibtex")
    assert len(data.entries) == 147
    tokencut = next(e for e in data.entries.values() if "TokenCut" in e.fields["title"])
    assert [str(p) for p in tokencut.persons["author"]][-1] == "others"


@needs_bibtex
def test_bibtex_plain_style_runs_clean(annotated: Library, tmp_path: Path) -> None:
    (tmp_path / "lib.bib").write_text(export_all(annotated), encoding="utf-8")
    (tmp_path / "doc.aux").write_text("\\citation{*}\n\\bibdata{lib}\n\\bibstyle{plain}\n")
    run = subprocess.run(
        ["bibtex", "doc"], cwd=tmp_path, capture_output=True, text=True, check=False
    )
    log = (tmp_path / "doc.blg").read_text()
    assert run.returncode == 0, run.stdout
    assert "error message" not in log and "Warning--" not in log, log
    assert (tmp_path / "doc.bbl").read_text().count("\\bibitem") == 147


@needs_biber
def test_biber_validates_biblatex_export(annotated: Library, tmp_path: Path) -> None:
    (tmp_path / "lib.bib").write_text(export_all(annotated, "biblatex"), encoding="utf-8")
    run = subprocess.run(
        ["biber", "--tool", "--validate-datamodel", "lib.bib"],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        check=False,
    )
    assert run.returncode == 0, run.stdout
    assert "ERROR" not in run.stdout
    warnings = [line for line in run.stdout.splitlines() if line.startswith("WARN")]
    # JabRef's personal fields, our own status and the extra links are not in biblatex's data
    # model; biber skips them, by design.
    ours = ("'ranking'", "'readstatus'", "'papershelf-status'", "'urls'")
    personal = [w for w in warnings if any(f"Field {name}" in w for name in ours)]
    # papers 1-3 have a status (3's "reading" in our field), papers 1 and 2 a rating, one
    # seed paper has two links
    assert len(personal) == 3 + 2 + 1
    # Otherwise only listings that gave no year (Hugging Face pages, "Mar 4") may be noted.
    rest = [w for w in warnings if w not in personal]
    assert all("one of 'date, year' must be defined" in w for w in rest)
    assert len(rest) == annotated.count() - annotated.count(Filter(search="has:date"))


def test_entry_shape_for_an_arxiv_paper(annotated: Library) -> None:
    paper = by_title(
        annotated,
        "TokenCut: Segmenting Objects in Images and Videos with Self-supervised "
        "Transformer and Normalized Cut",
    )
    annotated.update_paper(paper["id"], arxiv_id="2209.00383")
    entry = annotated.export([paper["id"]], "bibtex")
    assert entry.splitlines()[:10] == [
        "@misc{wangTokenCutSegmentingObjects2022,",
        "  author = {Yangtao Wang and Xi Shen and Yuan Yuan and others},",
        "  title = {{TokenCut}: Segmenting Objects in Images and Videos with Self-supervised "
        "Transformer and Normalized Cut},",
        "  year = {2022},",
        "  month = sep,",
        "  date = {2022-09-01},",  # BibTeX styles ignore it; the day survives a round trip
        "  eprint = {2209.00383},",
        "  archiveprefix = {arXiv},",
        "  primaryclass = {cs.CV},",
        "  abstract = {In this paper, we describe a graph-based algorithm that uses the features "
        + entry.split("the features ", 1)[1].split("\n", 1)[0],
    ]
    assert "  keywords = {to cite, vision, rank4, read}," in entry
    assert "  ranking = {rank4}," in entry and "  readstatus = {read}," in entry
    assert (
        "  annote = {Key idea: normalized cut on {ViT} features" not in entry
    )  # notes are not titles
    assert (
        "  annote = {Key idea: normalized cut on ViT features \\& 50\\% fewer $\\sim$ params.},"
        in entry
    )


def test_keys_are_stable_unique_and_editable(seeded: Library) -> None:
    first = {p["id"]: p["citation_key"] for p in seeded.keyed_papers(seeded.query_ids(Filter()))}
    assert len({key.lower() for key in first.values()}) == len(first)
    assert (
        first[by_title(seeded, "Online Zero-Shot Classification with CLIP")["id"]]
        == "qianOnlineZeroShot2024"
    )
    # 002's two abstracts that open with "Knowledge distillation (KD)" clash: a and b suffixes
    kd = sorted(k for k in first.values() if k.startswith("KnowledgeDistillationKD"))
    assert kd == ["KnowledgeDistillationKD", "KnowledgeDistillationKDa"]
    # importing more papers and re-exporting never changes a key
    seeded.import_text(
        "Abstract:" + "Knowledge distillation (KD) again, a third time. " * 5, "more.txt"
    )
    again = {p["id"]: p["citation_key"] for p in seeded.keyed_papers(seeded.query_ids(Filter()))}
    assert {i: again[i] for i in first} == first
    assert sorted(k for k in again.values() if k.startswith("KnowledgeDistillationKD"))[-1] == (
        "KnowledgeDistillationKDb"
    )
    seeded.set_citation_key(1, "myOwnKey")
    assert seeded.paper(1)["citation_key"] == "myOwnKey"
    with pytest.raises(Exception, match="used by another paper"):
        seeded.set_citation_key(2, "MYOWNKEY")


def test_key_pattern_and_suffixes() -> None:
    paper = {
        "authors": ["Ashish Vaswani", "Noam Shazeer"],
        "title": "Attention Is All You Need",
        "date": "2017-06-12",
    }
    assert base_key(paper) == "vaswaniAttentionAllYou2017"
    assert base_key({"authors": ["Łukasz Dudziak"], "title": "Über die Straße", "date": None}) == (
        "dudziakUberStrasse"  # "die" is a skip word, as in Better BibTeX
    )
    assert (
        base_key({"authors": ["Guido van Rossum"], "title": "", "date": "1991"}) == "vanrossum1991"
    )
    assert base_key({"authors": [], "title": "!!!", "date": None}) == "untitled"
    assert [suffix(n) for n in (0, 1, 25, 26, 27)] == ["a", "b", "z", "aa", "ab"]


def test_every_special_character_is_escaped(library: Library) -> None:
    library.import_text(
        "new\n\nSubscribe\n\nCosts & 100% of $5 #1 a_b {x} ~y ^z \\input{evil} \\write18{rm}\n\n"
        + "Abstract with } unbalanced { braces and \\input{/etc/passwd} and $\\sim$ ok. " * 5,
        "evil.txt",
    )
    (paper,) = library.papers(library.query_ids(Filter()))
    library.update_paper(paper["id"], authors=["Jan Stühmer", "Łukasz Dudziak", "José Ñúñez"])
    bib = library.export([paper["id"]], "bibtex")
    title = next(line for line in bib.splitlines() if line.startswith("  title"))
    assert title == (
        "  title = {Costs \\& 100\\% of \\$5 \\#1 a\\_b \\textbraceleft{}x\\textbraceright{} "
        "\\textasciitilde{}y \\textasciicircum{}z \\textbackslash{}input\\textbraceleft{}evil"
        "\\textbraceright{} \\textbackslash{}write18\\textbraceleft{}rm\\textbraceright{}},"
    )
    assert (
        "  author = {Jan St{\\\"u}hmer and {\\L}ukasz Dudziak and Jos{\\'e} {\\~N}{\\'u}{\\~n}ez},"
        in bib
    )
    assert "\\input{" not in bib and "\\write18" not in bib
    assert "$\\sim$ ok" in bib
    for line in [line for line in bib.splitlines() if line.startswith("  ")]:
        depth = 0
        for ch in line.replace("\\textbraceleft{}", "").replace("\\textbraceright{}", ""):
            depth += {"{": 1, "}": -1}.get(ch, 0)
            assert depth >= 0, line
    biblatex = library.export([paper["id"]], "biblatex")
    assert "  author = {Jan Stühmer and Łukasz Dudziak and José Ñúñez}," in biblatex
    assert bibtexparser.parse_string(biblatex).failed_blocks == []


def test_title_protection_does_not_overbrace(library: Library) -> None:
    from papershelf.core.latex import escape, protect_title

    def protect(title: str) -> str:
        return protect_title(escape(title, unicode_to_latex=True))

    assert protect("Strong Baselines for Parameter Efficient Few-Shot Fine-tuning") == (
        "Strong Baselines for Parameter Efficient Few-Shot Fine-tuning"
    )
    assert protect("Fine-tuning ViTs with CLIP in 3D for LLMs") == (
        "Fine-tuning {ViTs} with {CLIP} in {3D} for {LLMs}"
    )
    assert protect("FW-Merging: Scaling Model Merging") == "{FW}-Merging: Scaling Model Merging"


def test_exports_are_byte_stable(annotated: Library) -> None:
    for fmt in ("bibtex", "biblatex", "csl-json", "ris", "csv", "markdown"):
        assert export_all(annotated, fmt) == export_all(annotated, fmt)
    keys = [
        line.split("{", 1)[1].rstrip(",")
        for line in export_all(annotated).splitlines()
        if line.startswith("@")
    ]
    assert keys == sorted(keys, key=str.lower)


@pytest.mark.parametrize(("fmt", "name"), [("bibtex", "lib.bib"), ("csl-json", "lib.json")])
def test_round_trip_export_import_export(
    annotated: Library, tmp_path: Path, fmt: str, name: str
) -> None:
    first = export_all(annotated, fmt)
    (tmp_path / name).write_text(first, encoding="utf-8")
    with Library(tmp_path / "fresh.db") as fresh:
        report = fresh.import_path(tmp_path / name)
        assert (report.papers, report.new) == (147, 147)
        assert export_all(fresh, fmt) == first
        if fmt == "bibtex":
            back = by_title(
                fresh,
                "TokenCut: Segmenting Objects in Images and Videos with Self-supervised "
                "Transformer and Normalized Cut",
            )
            assert (back["rating"], back["status"], back["tags"]) == (
                4,
                "read",
                ["to cite", "vision"],
            )
            assert back["authors_truncated"] is True


def test_csl_json_shape(annotated: Library) -> None:
    items = json.loads(export_all(annotated, "csl-json"))
    mmtok = next(i for i in items if i["title"].startswith("MMTok"))
    assert mmtok["author"][0] == {"family": "Dong", "given": "Sixun"}
    assert mmtok["issued"] == {"date-parts": [[2025, 8, 25]]}
    assert mmtok["type"] == "article"


def test_csv_defuses_formulas(library: Library) -> None:
    library.import_text(
        'new\n\nSubscribe\n\n=HYPERLINK("http://evil")\n\n' + "An abstract. " * 30, "x.txt"
    )
    rows = list(csv.DictReader(io.StringIO(export_all(library, "csv"))))
    assert rows[0]["title"] == '\'=HYPERLINK("http://evil")'


def test_ris_and_markdown(annotated: Library) -> None:
    ris = export_all(annotated, "ris")
    assert ris.count("TY  - ") == ris.count("ER  - ") == 147
    assert "AU  - Dudziak, Łukasz" in ris
    markdown = export_all(annotated, "markdown")
    assert "## Read (1)" in markdown and "## Skimmed (1)" in markdown
    assert markdown.count("- [x] ") == 2
    assert "  > Key idea: normalized cut on ViT features & 50% fewer $\\sim$ params." in markdown


def test_queue_exports_in_queue_order(annotated: Library) -> None:
    annotated.create_queue("thesis")
    annotated.enqueue("thesis", [5, 3, 9])
    text = annotated.export(
        annotated.queue_ids("thesis"), "markdown", title="Queue: thesis", in_order=True
    )
    titles = [annotated.paper(i)["title"][:20] for i in (5, 3, 9)]
    positions = [text.index(title) for title in titles]
    assert positions == sorted(positions)


def test_queue_exports_bibtex_in_queue_order(annotated: Library) -> None:
    annotated.create_queue("thesis")
    annotated.enqueue("thesis", [9, 3, 5])
    text = annotated.export(annotated.queue_ids("thesis"), "bibtex", in_order=True)
    keys = [line.split("{", 1)[1].rstrip(",") for line in text.splitlines() if line.startswith("@")]
    assert keys == [annotated.paper(i)["citation_key"] for i in (9, 3, 5)]
    assert text == annotated.export(annotated.queue_ids("thesis"), "bibtex", in_order=True)
    assert bibtexparser.parse_string(text).failed_blocks == []


def uncached_export(library: Library, fmt: str) -> str:
    library.conn.execute("DELETE FROM entry_cache")
    return export_all(library, fmt)


@pytest.mark.parametrize("fmt", ["bibtex", "biblatex"])
def test_cached_entries_follow_every_change(annotated: Library, fmt: str) -> None:
    """Each kind of write that changes an entry drops its cached text, whatever path made it."""
    first = export_all(annotated, fmt)
    assert export_all(annotated, fmt) == first  # served from the cache, byte for byte
    assert annotated.conn.execute("SELECT count(*) FROM entry_cache").fetchone()[0] == 147
    changes = [
        lambda: annotated.rate([1], 2),
        lambda: annotated.set_status([1], "dropped"),
        lambda: annotated.tag([1], add=["graphs"]),
        lambda: annotated.rename_tag("graphs", "graph theory"),
        lambda: annotated.delete_tag("graph theory"),
        lambda: annotated.add_note(2, "Compare with $O(n^2)$ baselines & more."),
        lambda: annotated.update_paper(2, title="A New Title: With {Braces} & 100%"),
        lambda: annotated.update_paper(2, authors=["Zoë Ångström"]),
        lambda: annotated.update_paper(2, urls=["https://example.org/a_b"]),
        lambda: annotated.set_citation_key(2, "pinned2024"),
        annotated.undo,
        annotated.redo,
        lambda: annotated.merge(1, 3),
    ]
    for number, change in enumerate(changes):
        before = export_all(annotated, fmt)
        change()
        after = export_all(annotated, fmt)
        assert after != before, number
        assert after == uncached_export(annotated, fmt), number


def test_export_to_a_file_is_whole_or_absent(seeded: Library, tmp_path: Path) -> None:
    ids = seeded.query_ids(Filter())
    target = tmp_path / "all.bib"
    target.write_text("the old export\n", encoding="utf-8")
    seen: list[tuple[int, int]] = []
    cancelled = seeded.export_to_file(
        ids,
        "bibtex",
        target,
        progress=lambda done, total: seen.append((done, total)),
        cancelled=lambda: bool(seen),  # the user cancels once the first batch is in
    )
    assert not cancelled and seen == [(len(ids), len(ids))]
    assert target.read_text(encoding="utf-8") == "the old export\n"  # untouched
    assert seeded.export_to_file(ids, "bibtex", target)
    assert len(bibtexparser.parse_string(target.read_text(encoding="utf-8")).entries) == len(ids)
    assert list(tmp_path.glob("*.part")) == []  # no temp file left
