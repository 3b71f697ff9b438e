"""Every file Papershelf writes goes through here: all of it or none, never onto the library.

A write goes to a temporary file in the target's folder (same file system, so the rename is
atomic), is flushed and synced, then renamed over the target, and the folder is synced so the
rename itself survives a crash. Any failure (a full disk, a read-only folder) removes the
temporary file and leaves the old target byte for byte as it was.
"""

from __future__ import annotations

import errno
import os
import secrets
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import IO, Any, TextIO, cast

from papershelf.core.errors import WriteFailed


def sync_folder(folder: Path) -> None:
    """Make a rename in `folder` durable (a no-op where the file system cannot)."""
    try:
        descriptor = os.open(folder, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0))
    except OSError:
        return
    try:
        os.fsync(descriptor)
    except OSError as error:
        if error.errno not in (errno.EINVAL, errno.EBADF, errno.ENOTSUP):
            raise
    finally:
        os.close(descriptor)


def same_file(one: Path, other: Path) -> bool:
    """True when both name one file: through symlinks, relative paths or hard links."""
    try:
        return os.path.samefile(one, other)
    except OSError:  # one of them does not exist (yet): compare where they would be
        return os.path.realpath(one) == os.path.realpath(other)


def refuse_protected(target: Path, protected: Sequence[Path]) -> None:
    for path in protected:
        if same_file(target, path):
            raise WriteFailed(f"{target}: is the open library ({path.name}); not overwritten")


def _resolved(target: Path) -> Path:
    # A symlinked .bib (into a synced or shared folder) stays a symlink: its file is replaced.
    real = Path(os.path.realpath(target))
    if real.is_dir():
        raise WriteFailed(f"{target}: is a folder")
    return real


def _create_temporary(real: Path) -> tuple[Path, int]:
    """A new file beside `real`; created with 0o666 so the umask applies as for any file."""
    while True:
        temporary = real.with_name(f".{real.name}.{secrets.token_hex(4)}.tmp")
        try:
            return temporary, os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666)
        except FileExistsError:
            continue


@contextmanager
def _replacing(
    target: Path, protected: Sequence[Path], mode: str, encoding: str | None
) -> Iterator[IO[Any]]:
    refuse_protected(target, protected)
    real = _resolved(target)
    try:
        temporary, descriptor = _create_temporary(real)
    except OSError as error:
        raise _failed(target, error) from None
    try:
        newline = "" if encoding else None
        with os.fdopen(descriptor, mode, encoding=encoding, newline=newline) as out:
            yield out
            out.flush()
            os.fsync(out.fileno())
        if real.exists():
            os.chmod(temporary, real.stat().st_mode & 0o7777)  # keep the old file's permissions
        os.replace(temporary, real)
    except BaseException as error:
        temporary.unlink(missing_ok=True)
        if isinstance(error, OSError):
            raise _failed(target, error) from None
        raise
    sync_folder(real.parent)


@contextmanager
def replacing(
    target: Path | str, *, protected: Sequence[Path] = (), encoding: str = "utf-8"
) -> Iterator[TextIO]:
    """Yield a text file whose content replaces `target` when the block ends without error."""
    with _replacing(Path(target), protected, "w", encoding) as out:
        yield cast(TextIO, out)


def write_atomic(
    target: Path | str, text: str, *, protected: Sequence[Path] = (), encoding: str = "utf-8"
) -> None:
    """Replace `target` with `text`, all or nothing."""
    with replacing(target, protected=protected, encoding=encoding) as out:
        out.write(text)


def write_bytes_atomic(target: Path | str, data: bytes, *, protected: Sequence[Path] = ()) -> None:
    """Replace `target` with `data` (an image, say), all or nothing."""
    with _replacing(Path(target), protected, "wb", None) as out:
        out.write(data)


def _failed(target: Path, error: OSError) -> WriteFailed:
    reason = error.strerror or str(error)
    return WriteFailed(f"{target}: cannot write ({reason}); the old file is unchanged")
