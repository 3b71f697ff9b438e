"""Small real filesystems for fault tests: a full disk and a read-only one (tmpfs, as root).

Where mounting is not allowed (an unprivileged CI container), tests that need it skip; SQLite's
own page limit (`PRAGMA max_page_count`) then stands in for a full disk.
"""

from __future__ import annotations

import functools
import os
import subprocess
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest


@functools.cache
def can_mount() -> bool:
    if os.name != "posix" or os.geteuid() != 0:
        return False
    probe = Path(tempfile.mkdtemp(prefix="papershelf-mount-"))
    try:
        done = subprocess.run(
            ["mount", "-t", "tmpfs", "-o", "size=64k", "tmpfs", str(probe)],
            capture_output=True,
            check=False,
        )
        if done.returncode != 0:
            return False
        subprocess.run(["umount", str(probe)], check=True)
        return True
    except OSError:
        return False
    finally:
        probe.rmdir()


def need_mount() -> None:
    if not can_mount():
        pytest.skip("mounting a tmpfs needs root in a machine that allows it")


@contextmanager
def small_disk(folder: Path, size_kb: int) -> Iterator[Path]:
    """A tmpfs of `size_kb` KiB mounted on `folder` (created), unmounted afterwards."""
    need_mount()
    folder.mkdir(parents=True, exist_ok=True)
    subprocess.run(
        ["mount", "-t", "tmpfs", "-o", f"size={size_kb}k,mode=0755", "tmpfs", str(folder)],
        check=True,
    )
    try:
        yield folder
    finally:
        subprocess.run(["umount", "-l", str(folder)], check=True)


def read_only(folder: Path, writable: bool = False) -> None:
    """Remount a `small_disk` read-only (or back to writable)."""
    mode = "rw" if writable else "ro"
    subprocess.run(["mount", "-o", f"remount,{mode}", str(folder)], check=True)
