"""Errors a user can act on. Anything else is a bug and gets a traceback."""

from __future__ import annotations


class PapershelfError(Exception):
    """Base class for errors whose message is meant for the user."""


class ImportFailed(PapershelfError):
    """A listing file could not be imported; nothing was written."""

    def __init__(self, file: str, message: str, *, line: int | None = None) -> None:
        self.file = file
        self.line = line
        self.reason = message
        where = f"{file}:{line}" if line else file
        super().__init__(f"{where}: {message}")

    def __reduce__(self) -> tuple[object, ...]:
        # Raised in the parsing process, re-raised in the writer: pickle the parts, not the text.
        return (_import_failed, (self.file, self.reason, self.line))


def _import_failed(file: str, message: str, line: int | None) -> ImportFailed:
    return ImportFailed(file, message, line=line)


class LibraryError(PapershelfError):
    """The library file cannot be opened or used (corrupt, too new, locked)."""


class NotFound(PapershelfError):
    """A paper, queue, tag or note that was named does not exist."""


class InvalidValue(PapershelfError):
    """A value given by the user is out of range or malformed."""


class WriteFailed(PapershelfError):
    """A file could not be written (full disk, read-only folder, the library itself); the
    file that was there is unchanged."""
