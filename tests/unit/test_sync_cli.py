"""`papershelf sync init|now|status`, and the exchange after each command that writes."""

from __future__ import annotations

import json
import socket
from pathlib import Path

import pytest

from papershelf.cli import main
from tests.conftest import seed


def run(capsys: pytest.CaptureFixture[str], db: Path, *argv: str) -> tuple[int, str, str]:
    code = main(["--db", str(db), *argv])
    out, err = capsys.readouterr()
    return code, out, err


def test_two_libraries_sync_through_the_cli(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    laptop, desktop, folder = tmp_path / "laptop.db", tmp_path / "desktop.db", tmp_path / "Sync"
    assert run(capsys, laptop, "import", "--quiet", str(seed("004")))[0] == 0
    assert run(capsys, laptop, "sync", "init", str(folder))[0] == 0
    assert run(capsys, desktop, "sync", "init", str(folder))[0] == 0
    assert run(capsys, laptop, "tag", "1", "--add", "from-laptop")[0] == 0  # exchanges by itself
    code, out, _ = run(capsys, desktop, "sync", "now")
    assert code == 0 and "applied 1 file(s)" in out
    code, out, _ = run(capsys, desktop, "list", "--tag", "from-laptop", "--json")
    (paper,) = json.loads(out)
    assert run(capsys, desktop, "rate", str(paper["id"]), "4")[0] == 0
    assert run(capsys, laptop, "sync", "now")[0] == 0
    code, out, _ = run(capsys, laptop, "show", "1")
    assert "★★★★☆" in out
    code, out, _ = run(capsys, laptop, "sync", "status", "--json")
    status = json.loads(out)
    assert set(status) >= {"folder", "device", "library", "last_exchange", "pending", "peers"}
    assert status["folder"] == str(folder.absolute()) and len(status["peers"]) == 1
    assert status["pending"] == 0 and status["unsent"] is False


def test_a_folder_of_another_library_is_refused_with_exit_1(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    assert run(capsys, tmp_path / "one.db", "sync", "init", str(tmp_path / "A"))[0] == 0
    assert run(capsys, tmp_path / "two.db", "sync", "init", str(tmp_path / "B"))[0] == 0
    code, _, err = run(capsys, tmp_path / "two.db", "sync", "init", str(tmp_path / "A"))
    assert code == 1 and "belongs to another library" in err
    code, _, err = run(capsys, tmp_path / "three.db", "sync", "status")
    assert code == 3 and "no library at" in err  # a look creates no library
    assert not (tmp_path / "three.db").exists()
    code, _, err = run(capsys, tmp_path / "three.db", "sync", "now")
    assert code == 1 and "sync init FOLDER" in err
    code, out, _ = run(capsys, tmp_path / "three.db", "sync", "status")
    assert code == 0 and "not syncing" in out


def test_devices_have_names_shown_as_peers(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    laptop, desktop, folder = tmp_path / "laptop.db", tmp_path / "desktop.db", tmp_path / "Sync"
    assert run(capsys, laptop, "import", "--quiet", str(seed("004")))[0] == 0
    assert run(capsys, laptop, "sync", "init", str(folder), "--name", "  Reading\nlaptop ")[0] == 0
    assert run(capsys, desktop, "sync", "init", str(folder))[0] == 0  # the host name
    status = json.loads(run(capsys, desktop, "sync", "status", "--json")[1])
    assert status["name"] == socket.gethostname()
    (peer,) = status["peers"]
    assert set(peer) == {"device", "last_file", "name"}  # keys added, none renamed
    assert peer["name"] == "Reading laptop"  # one line, as shown
    assert run(capsys, laptop, "sync", "name", "Office desk")[0] == 0
    code, out, _ = run(capsys, desktop, "sync", "status")
    assert code == 0 and "Office desk (" in out
    assert json.loads(run(capsys, laptop, "sync", "status", "--json")[1])["name"] == "Office desk"
    code, _, err = run(capsys, laptop, "sync", "name", "   ")
    assert code != 0 and "cannot be empty" in err
