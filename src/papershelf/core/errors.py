"""Errors a user can act on. Anything else is a bug and gets a traceback."""

from __future__ import annotations


def printable_name(name: str) -> str:
    """A file name as messages, reports and the library show it: bytes that are not UTF-8
    (which Python carries as lone surrogates) and control characters become escapes."""
    text = name.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")
    if text.isprintable():
        return text
    return "".join(c if c.isprintable() else repr(c)[1:-1] for c in text)


class PapershelfError(Exception):
    """Base class for errors whose message is meant for the user."""


class ImportFailed(PapershelfError):
    """A listing file could not be imported; nothing was written."""

    def __init__(self, file: str, message: str, *, line: int | None = None) -> None:
        file = printable_name(file)
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


class NoListingFound(ImportFailed):
    """Text in which no reader found a paper: the window lets the user choose a layout for it,
    where an empty or a binary file has nothing to offer."""

    def __init__(self, file: str) -> None:
        super().__init__(file, "no known listing layout found in this file")

    def __reduce__(self) -> tuple[object, ...]:
        return (NoListingFound, (self.file,))


class LibraryError(PapershelfError):
    """The library file cannot be opened or used; the subclasses say why and what to do."""

    exit_code = 3


class LibraryDamaged(LibraryError):
    """Real corruption: the only case that sends the user to a backup."""

    exit_code = 3


class LibraryBusy(LibraryError):
    """Another program held the write lock for longer than we waited; nothing is wrong."""

    exit_code = 4


class DiskFull(LibraryError):
    """The disk (or the user's quota) is full; the change was rolled back."""

    exit_code = 5


class ReadOnlyLibrary(LibraryError):
    """The library file, its folder or its filesystem cannot be written."""

    exit_code = 6


class SchemaTooNew(LibraryError):
    """Made by a newer Papershelf; left untouched."""

    exit_code = 7


class NotALibrary(LibraryError):
    """Not a Papershelf library at all: another program's file, an empty file, a folder."""

    exit_code = 8


class NotFound(PapershelfError):
    """A paper, queue, tag or note that was named does not exist."""


class InvalidValue(PapershelfError):
    """A value given by the user is out of range or malformed."""


class WriteFailed(PapershelfError):
    """A file could not be written (full disk, read-only folder, the library itself); the
    file that was there is unchanged."""
