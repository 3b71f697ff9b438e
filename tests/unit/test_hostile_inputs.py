"""Every bad input is a message naming the file and line, never a traceback, never "damaged".

The CSL-JSON cases are the hostile files of issue 14 (wrong types, absurd numbers, deep
nesting); each sits on line 3, after a good item, so the message must find the right line and
the good item must not be half-written.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from papershelf.cli import main
from papershelf.core.errors import ImportFailed
from papershelf.importers import csl_json, worker
from papershelf.library import Library
from tests.conftest import seed

GOOD = '{"id": "good", "type": "article-journal", "title": "A Fine Item", "author": []}'
HOSTILE = {
    "issued-list": '{"type": "article", "title": "T", "issued": [2020]}',
    "author-number": '{"type": "article", "title": "T", "author": 5}',
    "author-strings": '{"type": "article", "title": "T", "author": ["Ada Lovelace"]}',
    "infinite-item": "[[1e999]]",
    "infinite-date": '{"type": "article", "title": "T", "issued": {"date-parts": [[1e999]]}}',
    "huge-year": '{"type": "article", "title": "T", "issued": {"date-parts": [[99999999999]]}}',
    "5000-digits": '{"type": "article", "title": "T", "volume": ' + "7" * 5000 + "}",
    "doi-object": '{"type": "article", "title": "T", "DOI": {"a": 1}}',
    "nested-1000": '{"type": "article", "title": "T", "note": ' + "[" * 1000 + "]" * 1000 + "}",
    "nested-100000": '{"type": "article", "title": "T", "x": '
    + "[" * 100_000
    + "]" * 100_000
    + "}",
    "title-list": '{"type": "article", "title": ["A Title In A List"]}',
    "doi-list": '{"type": "article", "title": "T", "DOI": ["10.1000/xyz"]}',
    "venue-list": '{"type": "article", "title": "T", "container-title": ["J. Things"]}',
    "title-true": '{"type": "article", "title": true}',
    "name-object": '{"type": "article", "title": "T", "author": [{"family": {"x": 1}}]}',
    "not-json": '{"type": "article", "title": "T",, }',
    "item-string": '"just a string"',
}


def hostile_file(tmp_path: Path, name: str) -> Path:
    path = tmp_path / f"{name}.json"
    path.write_text(f"[\n  {GOOD},\n  {HOSTILE[name]}\n]\n", encoding="utf-8")
    return path


@pytest.mark.parametrize("name", HOSTILE)
def test_hostile_csl_json_is_a_message_with_file_and_line(
    seeded: Library, tmp_path: Path, capsys: pytest.CaptureFixture[str], name: str
) -> None:
    path = hostile_file(tmp_path, name)
    before = list(seeded.conn.iterdump())
    code = main(["--db", str(seeded.path), "import", str(path)])
    err = capsys.readouterr().err
    assert code == 1, err
    assert err.startswith(f"papershelf: error: {path}:3: "), err
    assert "Traceback" not in err and "damaged" not in err
    assert list(seeded.conn.iterdump()) == before


def test_the_messages_say_what_is_wrong(tmp_path: Path) -> None:
    expected = {
        "issued-list": '"issued" should be an object with "date-parts", not a list',
        "author-number": '"author" should be a list of names, not a number',
        "infinite-item": "item 2 is a list, not an object",
        "5000-digits": "Exceeds the limit (4300 digits)",
        "doi-object": '"DOI" should be a string, not an object',
        "nested-1000": "nested too deeply",
        "title-list": '"title" should be a string, not a list',
        "huge-year": "impossible date part 99999999999",
    }
    for name, words in expected.items():
        with Library(tmp_path / f"{name}.db") as library:
            with pytest.raises(ImportFailed) as caught:
                library.import_path(hostile_file(tmp_path, name))
            assert (caught.value.line, words in caught.value.reason) == (3, True), caught.value


def test_the_parsing_process_carries_the_message(
    library: Library, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(worker, "PROCESS_MIN_BYTES", 0)
    with pytest.raises(ImportFailed, match=r"doi-object.json:3: item 2: \"DOI\""):
        library.import_path(hostile_file(tmp_path, "doi-object"))
    assert library.count() == 0


def test_csl_json_the_exporter_writes_still_imports(seeded: Library, tmp_path: Path) -> None:
    ids = seeded.query_ids()
    path = tmp_path / "lib.json"
    path.write_text(seeded.export(ids, "csl-json"), encoding="utf-8")
    with Library(tmp_path / "again.db") as again:
        report = again.import_path(path)
        assert (report.layout, report.papers, report.new) == ("csl-json", len(ids), len(ids))
        assert sorted(p["title"] for p in again.papers(again.query_ids())) == sorted(
            p["title"] for p in seeded.papers(ids)
        )


def test_lenient_where_csl_allows_it() -> None:
    """Numbers for strings, dates as strings or raw years: what citeproc-js accepts."""
    items = [
        {"id": 7, "type": "article", "title": 1984, "issued": {"date-parts": [["2020", "3"]]}},
        {"id": "b", "type": "book", "title": "Raw", "issued": {"raw": "1999"}},
        {"id": "c", "type": "book", "title": "", "author": [{"family": "Nobody"}]},
    ]
    warnings: list = []
    records = list(csl_json.stream(json.dumps(items, indent=1).split("\n"), warnings))
    assert [(r.title, r.citation_key, r.date) for r in records] == [
        ("1984", "7", "2020-03"),
        ("Raw", "b", "1999"),
    ]
    assert [w.message for w in warnings] == ["item 3 has no title; skipped"]


@pytest.mark.parametrize(
    "name", ["bad\udcffbyte.txt", "new\nline.txt", "-leading-dash.txt", "tab\tand space .txt"]
)
def test_odd_file_names(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, name: str
) -> None:
    path = tmp_path / name
    try:
        path.write_bytes(seed("002").read_bytes())
    except (OSError, UnicodeEncodeError):  # pragma: no cover - a file system that refuses it
        pytest.skip("this file system cannot hold that name")
    db = tmp_path / "lib.db"
    code = main(["--db", str(db), "import", "--json", "--", str(path)])
    out, err = capsys.readouterr()
    assert (code, err) == (0, "")
    (report,) = json.loads(out)["files"]
    assert report["papers"] == 10 and "\n" not in report["file"]
    assert main(["--db", str(db), "summary"]) == 0
    assert "from 1 imported file" in capsys.readouterr().out
    missing = tmp_path / ("gone-" + name)
    assert main(["--db", str(db), "import", "--", str(missing)]) == 1
    err = capsys.readouterr().err
    assert err.startswith("papershelf: error: ") and err.endswith(": no such file\n")
    assert err.count("\n") == 1 and "Traceback" not in err
    monkeypatch.chdir(tmp_path)  # a relative name with a leading dash needs `--` or `./`
    assert main(["--db", str(db), "import", "--json", f"./{name}"]) == 0
    assert json.loads(capsys.readouterr().out)["files"][0]["already_imported"]


@pytest.mark.parametrize("piece", [1, 7, 64])
def test_items_read_through_a_small_window_give_the_same_records_and_lines(
    seeded: Library, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, piece: int
) -> None:
    """The reader holds a window of the text: items cut by its edge, and line numbers, hold."""
    text = seeded.export(seeded.query_ids(), "csl-json")
    whole = list(csl_json.stream(text.split("\n"), []))
    monkeypatch.setattr(csl_json, "PIECE_CHARS", piece)
    assert list(csl_json.stream(text.split("\n"), [])) == whole
    assert [r.line for r in whole] == [
        n + 1 for n, line in enumerate(text.split("\n")) if line.startswith("  {")
    ]
    for name in ("doi-object", "nested-1000", "not-json", "5000-digits"):
        with pytest.raises(ImportFailed) as caught:
            seeded.import_path(hostile_file(tmp_path, name))
        assert caught.value.line == 3, name
    cut = tmp_path / "cut.json"
    cut.write_text(text[: len(text) // 2], encoding="utf-8")
    with pytest.raises(ImportFailed, match="not valid JSON"):
        seeded.import_path(cut)
