"""Bytes to text: the encodings people's clipboards and editors actually produce.

Files are read in chunks: a first pass settles the encoding and the digest (so a file imported
before is recognised without parsing it), a second pass hands lines to the parser. Memory stays
flat however long the listing is.
"""

from __future__ import annotations

import codecs
import hashlib
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from papershelf.core.errors import ImportFailed

MAX_FILE_BYTES = 512 * 1024 * 1024
CHUNK_BYTES = 1 << 20
UTF8, UTF16, CP1252 = "utf-8-sig", "utf-16", "cp1252"


def _latin1_for_undefined(error: UnicodeError) -> tuple[str, int]:
    # Five bytes are undefined in Windows-1252; Latin-1 gives them a harmless meaning.
    assert isinstance(error, UnicodeDecodeError)
    return error.object[error.start : error.end].decode("latin-1"), error.end


codecs.register_error("papershelf-latin1", _latin1_for_undefined)


@dataclass(frozen=True)
class Sniffed:
    """What the first pass over a file learnt: how to decode it and its content digest."""

    encoding: str
    digest: str  # SHA-256 of the text as UTF-8 with \n line ends: the same file in any encoding
    size: int


def _open_checked(path: Path) -> int:
    name = str(path)
    if path.is_dir():
        raise ImportFailed(name, "is a directory, not a listing file")
    try:
        size = path.stat().st_size
        with path.open("rb"):
            pass
    except FileNotFoundError:
        raise ImportFailed(name, "no such file") from None
    except PermissionError:
        raise ImportFailed(name, "permission denied") from None
    except OSError as error:
        raise ImportFailed(name, f"cannot be read ({error.strerror or error})") from None
    if size > MAX_FILE_BYTES:
        raise ImportFailed(name, f"is larger than {MAX_FILE_BYTES // 2**20} MB")
    return size


@dataclass
class ReadCounter:
    """How far a reader has got through a file, for progress bars."""

    done: int = 0


def _byte_chunks(path: Path, counter: ReadCounter | None = None) -> Iterator[bytes]:
    with path.open("rb") as handle:
        while chunk := handle.read(CHUNK_BYTES):
            if counter is not None:
                counter.done += len(chunk)
            yield chunk


def _decoded(chunks: Iterator[bytes], encoding: str) -> Iterator[str]:
    """Text with \\n line ends; a \\r at a chunk's end waits for the next chunk."""
    errors = "papershelf-latin1" if encoding == CP1252 else "strict"
    decoder = codecs.getincrementaldecoder(encoding)(errors=errors)
    held = ""
    for chunk in chunks:
        text = held + decoder.decode(chunk)
        held = "\r" if text.endswith("\r") else ""
        text = text[:-1] if held else text
        yield text.replace("\r\n", "\n").replace("\r", "\n")
    rest = held + decoder.decode(b"", final=True)
    yield rest.replace("\r\n", "\n").replace("\r", "\n")


def _encoding_of(head: bytes, name: str) -> str:
    if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return UTF16
    if b"\x00" in head:
        line = head[: head.index(b"\x00")].count(b"\n") + 1
        raise ImportFailed(name, "is a binary file, not text", line=line)
    return UTF8


def _digest(chunks: Iterator[bytes], encoding: str, name: str) -> tuple[str, bool]:
    """(digest, whether any visible character was seen); binary text is refused on the way."""
    digest = hashlib.sha256()
    seen_text = False
    lines_before = 0
    for number, text in enumerate(_decoded(chunks, encoding)):
        if number == 0 and _looks_binary(text):
            raise ImportFailed(name, "is a binary file, not text")
        if encoding != UTF16 and "\x00" in text:
            line = lines_before + text[: text.index("\x00")].count("\n") + 1
            raise ImportFailed(name, "is a binary file, not text", line=line)
        lines_before += text.count("\n")
        seen_text = seen_text or (not text.isspace() and bool(text))
        digest.update(text.encode("utf-8"))
    return digest.hexdigest(), seen_text


def sniff(path: Path) -> Sniffed:
    """Check a listing file and settle its encoding and digest, or raise ImportFailed."""
    name = str(path)
    size = _open_checked(path)
    with path.open("rb") as handle:
        head = handle.read(CHUNK_BYTES)
    encoding = _encoding_of(head, name)
    try:
        digest, seen_text = _digest(_byte_chunks(path), encoding, name)
    except UnicodeDecodeError as error:
        if encoding == UTF16:
            raise ImportFailed(name, f"is not valid UTF-16 ({error.reason})") from None
        encoding = CP1252
        digest, seen_text = _digest(_byte_chunks(path), encoding, name)
    if not seen_text:
        raise ImportFailed(name, "is empty")
    return Sniffed(encoding, digest, size)


def iter_lines(path: Path, encoding: str, counter: ReadCounter | None = None) -> Iterator[str]:
    """The file's lines (without their ends), read a chunk at a time."""
    partial = ""
    for text in _decoded(_byte_chunks(path, counter), encoding):
        lines = (partial + text).split("\n")
        partial = lines.pop()
        yield from lines
    yield partial


def text_digest(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def read_listing(path: Path) -> str:
    """A whole listing file as text, or ImportFailed naming the file."""
    sniffed = sniff(path)
    return "\n".join(iter_lines(path, sniffed.encoding))


def decode_listing(data: bytes, name: str) -> str:
    """UTF-8 (with or without BOM), UTF-16 with BOM, else Windows-1252; never binary."""
    if not data.strip():
        raise ImportFailed(name, "is empty")
    if len(data) > MAX_FILE_BYTES:
        raise ImportFailed(name, f"is larger than {MAX_FILE_BYTES // 2**20} MB")
    encoding = _encoding_of(data, name)
    try:
        text = "".join(_decoded(iter([data]), encoding))
    except UnicodeDecodeError as error:
        if encoding == UTF16:
            raise ImportFailed(name, f"is not valid UTF-16 ({error.reason})") from None
        text = "".join(_decoded(iter([data]), CP1252))
    if _looks_binary(text):
        raise ImportFailed(name, "is a binary file, not text")
    return text


def _looks_binary(text: str) -> bool:
    sample = text[:8192]
    controls = sum(1 for ch in sample if ord(ch) < 32 and ch not in "\n\t\f\v")
    return "\x00" in sample or controls > max(8, len(sample) // 100)
