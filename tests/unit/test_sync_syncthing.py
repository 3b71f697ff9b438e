"""The real engine: two Syncthing instances on the loopback interface, each with its own
config folder, sync one folder between two libraries; edits on both sides arrive and merge."""

from __future__ import annotations

import secrets
import shutil
import socket
import subprocess
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from papershelf import sync
from papershelf.library import Library

SYNCTHING = shutil.which("syncthing")
pytestmark = pytest.mark.skipif(
    SYNCTHING is None, reason="Debian's syncthing is not installed (.ci/system-deps installs it)"
)
WAIT_S = 90.0

CONFIG = """<configuration version="36">
  <folder id="papershelf" label="papershelf" path="{folder}" type="sendreceive"
          rescanIntervalS="2" fsWatcherEnabled="true" fsWatcherDelayS="1">
    <filesystemType>basic</filesystemType>
    <device id="{me}"></device>
    <device id="{peer}"></device>
    <minDiskFree unit="%">0</minDiskFree>
  </folder>
  <device id="{me}" name="me" compression="metadata"><address>dynamic</address></device>
  <device id="{peer}" name="peer" compression="metadata">
    <address>tcp://127.0.0.1:{peer_port}</address>
  </device>
  <gui enabled="true" tls="false">
    <address>127.0.0.1:{gui_port}</address><apikey>{key}</apikey>
  </gui>
  <options>
    <listenAddress>tcp://127.0.0.1:{port}</listenAddress>
    <globalAnnounceEnabled>false</globalAnnounceEnabled>
    <localAnnounceEnabled>false</localAnnounceEnabled>
    <relaysEnabled>false</relaysEnabled>
    <natEnabled>false</natEnabled>
    <urAccepted>-1</urAccepted>
    <autoUpgradeIntervalH>0</autoUpgradeIntervalH>
    <crashReportingEnabled>false</crashReportingEnabled>
    <startBrowser>false</startBrowser>
    <minHomeDiskFree unit="%">0</minHomeDiskFree>
  </options>
</configuration>
"""


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def generate(home: Path) -> str:
    """A new Syncthing identity in `home`; returns its device id."""
    done = subprocess.run(
        [str(SYNCTHING), "generate", f"--home={home}", "--no-default-folder"],
        capture_output=True,
        text=True,
        check=True,
    )
    (line,) = [ln for ln in (done.stdout + done.stderr).splitlines() if "Device ID:" in ln]
    return line.split("Device ID:")[1].strip()


@pytest.fixture
def two_folders(tmp_path: Path) -> Iterator[tuple[Path, Path]]:
    homes = [tmp_path / "st-a", tmp_path / "st-b"]
    folders = [tmp_path / "Sync-a", tmp_path / "Sync-b"]
    ids = [generate(home) for home in homes]
    ports = [free_port(), free_port()]
    processes: list[subprocess.Popen[bytes]] = []
    for me in (0, 1):
        folders[me].mkdir()
        (folders[me] / ".stfolder").mkdir()
        (homes[me] / "config.xml").write_text(
            CONFIG.format(
                folder=folders[me],
                me=ids[me],
                peer=ids[1 - me],
                port=ports[me],
                peer_port=ports[1 - me],
                gui_port=free_port(),
                key=secrets.token_hex(16),
            )
        )
        with (homes[me] / "log.txt").open("wb") as log:  # the child keeps its own handle
            processes.append(
                subprocess.Popen(
                    [
                        str(SYNCTHING),
                        "serve",
                        f"--home={homes[me]}",
                        "--no-browser",
                        "--no-restart",
                    ],
                    stdout=log,
                    stderr=subprocess.STDOUT,
                )
            )
    time.sleep(1)
    for home, process in zip(homes, processes, strict=True):
        if process.poll() is not None:  # refused its config, say: the log says why
            pytest.fail(f"syncthing stopped: {(home / 'log.txt').read_text()[-2000:]}")
    try:
        yield folders[0], folders[1]
    finally:
        for process in processes:
            process.terminate()
        for process in processes:
            try:
                process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()


def eventually(check: Callable[[], bool], what: str) -> None:
    deadline = time.monotonic() + WAIT_S
    while not check():
        if time.monotonic() > deadline:
            pytest.fail(f"Syncthing did not deliver {what} within {WAIT_S:.0f} s")
        time.sleep(0.5)


def test_two_syncthing_instances_carry_edits_both_ways(
    seeded_path: Path, tmp_path: Path, two_folders: tuple[Path, Path]
) -> None:
    folder_a, folder_b = two_folders
    with Library(seeded_path) as laptop, Library(tmp_path / "desktop.db") as desktop:
        sync.init(laptop, folder_a)
        eventually(lambda: (folder_b / "library.json").exists(), "the library's identity")
        eventually(
            lambda: len(list(folder_b.rglob("*.psync"))) >= 1, "the laptop's first change file"
        )

        def desktop_has_all() -> bool:
            sync.init(desktop, folder_b) if not sync.status(desktop)["folder"] else None
            sync.exchange(desktop)
            return desktop.count() == laptop.count()

        eventually(desktop_has_all, "every paper")
        gid = laptop.conn.execute("SELECT gid FROM papers WHERE id = 1").fetchone()[0]
        (their_id,) = desktop.conn.execute("SELECT id FROM papers WHERE gid = ?", (gid,)).fetchone()
        laptop.tag([1], add=["from-laptop"])
        desktop.tag([their_id], add=["from-desktop"])
        laptop.rate([1], 3)
        sync.exchange(laptop)
        sync.exchange(desktop)
        both = ["from-desktop", "from-laptop"]

        def merged(library: Library, paper_id: int) -> bool:
            sync.exchange(library)
            return library.paper(paper_id)["tags"] == both

        eventually(lambda: merged(laptop, 1), "the desktop's tag to the laptop")
        eventually(lambda: merged(desktop, their_id), "the laptop's tag to the desktop")
        assert desktop.paper(their_id)["rating"] == 3
