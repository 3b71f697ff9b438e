"""The command line contract: forms, --json keys and exit codes other tools rely on."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from papershelf.cli import main
from tests.conftest import SEED_FILES, seed

LIST_KEYS = {
    "id",
    "title",
    "authors",
    "authors_truncated",
    "author_count",
    "date",
    "date_text",
    "category",
    "affiliation",
    "abstract",
    "urls",
    "arxiv_id",
    "doi",
    "tags",
    "rating",
    "status",
    "queues",
    "notes",
    "sources",
    "needs_review",
}


def run(capsys: pytest.CaptureFixture[str], db: Path, *argv: str) -> tuple[int, str, str]:
    code = main(["--db", str(db), *argv])
    out, err = capsys.readouterr()
    return code, out, err


def run_json(capsys: pytest.CaptureFixture[str], db: Path, *argv: str) -> object:
    code, out, err = run(capsys, db, *argv, "--json")
    assert code == 0, err
    return json.loads(out)


def test_round_trip(capsys: pytest.CaptureFixture[str], db_path: Path) -> None:
    result = run_json(capsys, db_path, "import", *map(str, SEED_FILES))
    files = result["files"]  # type: ignore[index]
    assert [(f["layout"], f["papers"], f["new"], f["merged"]) for f in files] == [
        ("author-profile", 21, 21, 0),
        ("hf-papers", 67, 67, 0),
        ("abstracts", 10, 10, 0),
        ("arxiv-search", 20, 20, 0),
        ("hf-daily", 31, 29, 2),
    ]
    assert set(files[0]) >= {"file", "layout", "papers", "new", "merged", "warnings"}

    papers = run_json(capsys, db_path, "list", "--search", "author:qian clip")
    # awk 'BEGIN{RS="\n-\n"} /Qian/ && /CLIP/' on seed 003 finds 6 records
    assert isinstance(papers, list) and len(papers) == 6
    assert set(papers[0]) >= LIST_KEYS
    ids = [str(p["id"]) for p in papers[:3]]

    assert run(capsys, db_path, "tag", *ids, "--add", "clip", "--add", "zero-shot")[0] == 0
    assert run(capsys, db_path, "tag", ids[0], "--remove", "zero-shot")[0] == 0
    assert run(capsys, db_path, "rate", *ids[:2], "4")[0] == 0
    assert run(capsys, db_path, "status", ids[0], "reading")[0] == 0
    title = run_json(capsys, db_path, "show", ids[0])["title"]  # type: ignore[index]
    code, out, _ = run(capsys, db_path, "note", ids[0], "Compare with **InMaP**.")
    assert code == 0 and out == f"Note 1 added to paper {ids[0]} ({title})\n"
    added = run_json(capsys, db_path, "note", ids[0], "And with CoOp.")
    assert added == {"id": 2, "paper_id": int(ids[0])}
    assert run_json(capsys, db_path, "note", "2", "--delete") == {"id": 2, "deleted": True}
    assert run(capsys, db_path, "queue", "create", "thesis")[0] == 0
    assert run(capsys, db_path, "queue", "add", "thesis", ids[2], ids[0], ids[1])[0] == 0
    assert run(capsys, db_path, "queue", "move", "thesis", ids[1], "--to", "1")[0] == 0

    shown = run_json(capsys, db_path, "queue", "show", "thesis")
    assert [str(p["id"]) for p in shown] == [ids[1], ids[2], ids[0]]  # type: ignore[union-attr]
    assert run(capsys, db_path, "queue", "move", "thesis", ids[0], "--up")[0] == 0
    assert run(capsys, db_path, "queue", "move", "thesis", ids[0], "--down")[0] == 0
    with pytest.raises(SystemExit) as refused:  # argparse: one of --to, --up, --down
        run(capsys, db_path, "queue", "move", "thesis", ids[0], "--up", "--to", "1")
    assert refused.value.code == 2 and "not allowed with" in capsys.readouterr().err
    shown = run_json(capsys, db_path, "queue", "show", "thesis")
    assert [str(p["id"]) for p in shown] == [ids[1], ids[2], ids[0]]  # type: ignore[union-attr]
    assert set(shown[0]) >= LIST_KEYS  # type: ignore[index]
    first = run_json(capsys, db_path, "show", ids[0])
    assert first["tags"] == ["clip"] and first["rating"] == 4 and first["status"] == "reading"  # type: ignore[index]
    assert first["notes"] == ["Compare with **InMaP**."] and first["queues"] == ["thesis"]  # type: ignore[index]
    assert first["sources"][0]["layout"] == "arxiv-search"  # type: ignore[index]

    assert run(capsys, db_path, "status", ids[1], "read")[0] == 0
    nxt = run_json(capsys, db_path, "queue", "next", "thesis")
    assert str(nxt["id"]) == ids[2]  # type: ignore[index]
    assert len(run_json(capsys, db_path, "list", "--tag", "clip", "--min-rating", "4")) == 2  # type: ignore[arg-type]
    assert len(run_json(capsys, db_path, "list", "--queue", "thesis", "--status", "unread")) == 1  # type: ignore[arg-type]

    code, out, _ = run(capsys, db_path, "export", "--queue", "thesis", "--format", "bibtex")
    assert code == 0 and out.count("@misc{") == 3


def test_exit_codes_and_messages(
    capsys: pytest.CaptureFixture[str], db_path: Path, tmp_path: Path
) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_text("")
    code, _, err = run(capsys, db_path, "import", str(empty), str(seed("002")))
    assert code == 1
    assert f"{empty}: is empty" in err
    assert run_json(capsys, db_path, "list") and True  # the good file still landed
    code, _, err = run(capsys, db_path, "rate", "1", "9")
    assert (code, "0 to 5" in err) == (1, True)
    code, _, err = run(capsys, db_path, "show", "9999")
    assert (code, "no paper with id 9999" in err) == (1, True)
    code, _, err = run(capsys, db_path, "list", "--search", '"open')
    assert (code, "not closed" in err) == (1, True)
    not_db = tmp_path / "not.db"
    not_db.write_text("hello " * 1000)
    code, _, err = run(capsys, not_db, "list")
    assert code == 8 and "not a Papershelf library" in err


def _subprocess(*argv: str, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "papershelf", *argv],
        capture_output=True,
        text=True,
        env=env,
        check=False,
    )


def test_python_m_and_environment_variable(tmp_path: Path) -> None:
    env = {**os.environ, "PAPERSHELF_DB": str(tmp_path / "env.db")}
    done = _subprocess("import", "--json", str(seed("003")), env=env)
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["files"][0]["papers"] == 20
    assert (tmp_path / "env.db").exists()
    done = _subprocess("summary", "--json", env=env)
    assert json.loads(done.stdout)["papers"] == 20
    usage = _subprocess("frobnicate", env=env)
    assert usage.returncode == 2
    helptext = _subprocess("--help", env=env)
    assert "exit codes:" in helptext.stdout


def test_one_of_a_thing_is_told_in_the_singular(
    capsys: pytest.CaptureFixture[str], db_path: Path, tmp_path: Path
) -> None:
    code, out, _ = run(capsys, db_path, "import", str(seed("002")))
    assert code == 0 and " 0 warnings" in out  # zero takes the plural
    first = run_json(capsys, db_path, "list", "--limit", "1")[0]  # type: ignore[index]
    _, out, _ = run(capsys, db_path, "list", "--limit", "1")
    assert out.splitlines()[-1] == "1 paper"
    run(capsys, db_path, "tag", str(first["id"]), "--add", "clip")
    run(capsys, db_path, "queue", "create", "thesis")
    _, out, _ = run(capsys, db_path, "summary")
    assert "1 tag, 1 queue" in out and "from 1 imported file" in out
    _, _, err = run(capsys, db_path, "export", "--tag", "clip", "-o", str(tmp_path / "one.bib"))
    assert err.startswith("1 paper written to")
    _, _, err = run(capsys, db_path, "rate", "9998", "9999", "3")
    assert "no papers with ids 9998, 9999" in err
    _, _, err = run(capsys, db_path, "queue", "move", "thesis", "9998", "9999", "--to", "1")
    assert "papers 9998, 9999 are not in queue 'thesis'" in err
    run(capsys, db_path, "trash", str(first["id"]))
    _, out, _ = run(capsys, db_path, "empty-trash")
    assert out.strip() == "1 paper deleted for good"


def test_show_names_no_queue_of_a_trashed_paper_and_how_to_bring_it_back(
    capsys: pytest.CaptureFixture[str], db_path: Path
) -> None:
    """As the window's detail pane (trial 10): in the Trash a paper is out of its queues' views;
    untrashed, it is back in them."""
    run_json(capsys, db_path, "import", str(SEED_FILES[0]))
    paper = str(run_json(capsys, db_path, "list")[0]["id"])  # type: ignore[index]
    assert run(capsys, db_path, "queue", "create", "thesis")[0] == 0
    assert run(capsys, db_path, "queue", "add", "thesis", paper)[0] == 0
    assert run(capsys, db_path, "trash", paper)[0] == 0
    _code, out, _err = run(capsys, db_path, "show", paper)
    assert "Queues:" not in out and f"(papershelf untrash {paper})" in out
    assert run(capsys, db_path, "untrash", paper)[0] == 0
    _code, out, _err = run(capsys, db_path, "show", paper)
    assert "Queues:   thesis" in out


def test_import_counts_the_papers_the_library_already_held(
    capsys: pytest.CaptureFixture[str], db_path: Path, tmp_path: Path
) -> None:
    """Trial 11: the same papers in a new file read "0 new, 0 merged" and were named nowhere
    on the import line (the window's summary says "N already in library, unchanged")."""
    assert run(capsys, db_path, "import", str(seed("003")))[0] == 0
    copy = tmp_path / "copy.txt"
    copy.write_text(seed("003").read_text(encoding="utf-8") + "\n\n", encoding="utf-8")
    code, out, _ = run(capsys, db_path, "import", str(copy))
    assert code == 0
    assert "0 new, 0 merged, 20 already in library, unchanged, 0 warnings" in out
    again = tmp_path / "again.txt"
    again.write_text(copy.read_text(encoding="utf-8") + "\n", encoding="utf-8")
    (report,) = run_json(capsys, db_path, "import", str(again))["files"]  # type: ignore[index]
    assert (report["new"], report["merged"], report["unchanged"]) == (0, 0, 20)
