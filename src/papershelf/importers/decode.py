"""Bytes to text: the encodings people's clipboards and editors actually produce.

Files are read in chunks: a first pass settles the encoding and the digest (so a file imported
before is recognised without parsing it), a second pass hands lines to the parser. Memory stays
flat however long the listing is.

UTF-8 is the rule. A few bytes that are not UTF-8 in an otherwise UTF-8 file are replaced (and
named in a warning on their line), never a reason to read the whole file as something else:
Windows-1252 is chosen only when the file holds no UTF-8 character beyond ASCII at all and
every byte that is not UTF-8 is one that Windows-1252 text is made of (letters, quotes, dashes).
"""

from __future__ import annotations

import codecs
import hashlib
import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from papershelf.core.errors import ImportFailed
from papershelf.core.records import ParseWarning

MAX_FILE_BYTES = 512 * 1024 * 1024
CHUNK_BYTES = 1 << 20
UTF8, UTF16, CP1252 = "utf-8-sig", "utf-16", "cp1252"
# What the import report calls each codec.
ENCODING_NAMES = {UTF8: "utf-8", UTF16: "utf-16", CP1252: "windows-1252"}
MAX_BYTE_WARNINGS = 100  # lines named one by one; the rest are counted in one more warning

# Undecodable bytes travel as lone surrogates (U+DC80..U+DCFF carry the byte) until they are
# counted, then become U+FFFD. No valid UTF-8 decodes to a surrogate, so nothing is mistaken.
_ESCAPED = re.compile("[\udc80-\udcff]+")
_BEYOND_ASCII = re.compile("[^\x00-\x7f\udc80-\udcff]")


def _latin1_for_undefined(error: UnicodeError) -> tuple[str, int]:
    # Five bytes are undefined in Windows-1252; Latin-1 gives them a harmless meaning.
    assert isinstance(error, UnicodeDecodeError)
    return error.object[error.start : error.end].decode("latin-1"), error.end


codecs.register_error("papershelf-latin1", _latin1_for_undefined)


def _typical_of_cp1252(byte: int) -> bool:
    """Letters, quotes, dashes, currency: what a byte of Windows-1252 prose stands for."""
    try:
        char = bytes([byte]).decode("cp1252")
    except UnicodeDecodeError:
        return False
    return unicodedata.category(char)[0] in "LPS" or char == "\u00a0"


CP1252_TYPICAL = frozenset(b for b in range(0x80, 0x100) if _typical_of_cp1252(b))


@dataclass(frozen=True)
class Sniffed:
    """What the first pass over a file learnt: how to decode it and its content digest."""

    encoding: str
    digest: str  # SHA-256 of the text as UTF-8 with \n line ends: the same file in any encoding
    size: int
    # Lines where bytes that are not UTF-8 were replaced with U+FFFD.
    warnings: tuple[ParseWarning, ...] = field(default=(), compare=True)

    @property
    def encoding_name(self) -> str:
        return ENCODING_NAMES[self.encoding]


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


def _escaped(chunks: Iterator[bytes], encoding: str) -> Iterator[str]:
    """Text with \\n line ends, bad UTF-8 bytes as lone surrogates; a \\r at a chunk's end
    waits for the next chunk."""
    errors = {CP1252: "papershelf-latin1", UTF8: "surrogateescape"}.get(encoding, "strict")
    decoder = codecs.getincrementaldecoder(encoding)(errors=errors)
    held = ""
    for chunk in chunks:
        text = held + decoder.decode(chunk)
        held = "\r" if text.endswith("\r") else ""
        text = text[:-1] if held else text
        yield text.replace("\r\n", "\n").replace("\r", "\n")
    rest = held + decoder.decode(b"", final=True)
    yield rest.replace("\r\n", "\n").replace("\r", "\n")


def _replaced(text: str) -> str:
    return _ESCAPED.sub(lambda found: "\ufffd" * len(found.group()), text)


def _decoded(chunks: Iterator[bytes], encoding: str) -> Iterator[str]:
    """The text as the parser sees it: bad bytes are U+FFFD."""
    for text in _escaped(chunks, encoding):
        bad = encoding == UTF8 and not text.isascii() and _utf8_or_none(text) is None
        yield _replaced(text) if bad else text


def _encoding_of(head: bytes, name: str) -> str:
    if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return UTF16
    if b"\x00" in head:
        line = head[: head.index(b"\x00")].count(b"\n") + 1
        raise ImportFailed(name, "is a binary file, not text", line=line)
    return UTF8


@dataclass
class _Evidence:
    """What one pass over the text saw: bad bytes by line, and real UTF-8 beyond ASCII."""

    bad_lines: list[tuple[int, bytes]] = field(default_factory=list)
    bad_line_count: int = 0
    bad_bytes: set[int] = field(default_factory=set)
    multibyte: bool = False

    def look(self, text: str, lines_before: int, *, clean: bool = False) -> None:
        """`clean`: the caller knows the text holds no bad bytes."""
        if text.isascii():
            return
        if clean:  # beyond ASCII and no bad bytes: real UTF-8
            self.multibyte = True
            return
        self.multibyte = self.multibyte or _BEYOND_ASCII.search(text) is not None
        last_line = 0
        for found in _ESCAPED.finditer(text):
            line = lines_before + text.count("\n", 0, found.start()) + 1
            raw = found.group().encode("utf-8", "surrogateescape")
            self.bad_bytes.update(raw)
            if line == last_line and self.bad_lines:
                self.bad_lines[-1] = (line, self.bad_lines[-1][1] + raw)
                continue
            last_line = line
            self.bad_line_count += 1
            if len(self.bad_lines) < MAX_BYTE_WARNINGS:
                self.bad_lines.append((line, raw))

    def says_cp1252(self) -> bool:
        return bool(self.bad_bytes) and not self.multibyte and self.bad_bytes <= CP1252_TYPICAL

    def warnings(self) -> tuple[ParseWarning, ...]:
        named = [
            ParseWarning(
                line,
                f"not UTF-8: byte{'s' if len(raw) > 1 else ''} {_hex(raw)} replaced with \ufffd",
            )
            for line, raw in self.bad_lines
        ]
        more = self.bad_line_count - len(self.bad_lines)
        if more > 0:
            last = self.bad_lines[-1][0]
            named.append(ParseWarning(last, f"not UTF-8: bytes replaced on {more} more lines"))
        return tuple(named)


def _hex(raw: bytes) -> str:
    shown = " ".join(f"\\x{byte:02x}" for byte in raw[:16])
    return shown + (" …" if len(raw) > 16 else "")


def _digest(chunks: Iterator[bytes], encoding: str, name: str) -> tuple[str, bool, _Evidence]:
    """(digest, whether any visible character was seen, evidence); binary text is refused."""
    digest = hashlib.sha256()
    seen_text = False
    lines_before = 0
    evidence = _Evidence()
    for number, escaped in enumerate(_escaped(chunks, encoding)):
        encoded = _utf8_or_none(escaped)
        text = _replaced(escaped) if encoding == UTF8 and encoded is None else escaped
        if number == 0 and looks_binary(text):
            raise ImportFailed(name, "is a binary file, not text")
        if encoding != UTF16 and "\x00" in text:
            line = lines_before + text[: text.index("\x00")].count("\n") + 1
            raise ImportFailed(name, "is a binary file, not text", line=line)
        if encoding == UTF8:
            evidence.look(escaped, lines_before, clean=encoded is not None)
        lines_before += text.count("\n")
        seen_text = seen_text or (not text.isspace() and bool(text))
        digest.update(encoded if encoded is not None else text.encode("utf-8"))
    return digest.hexdigest(), seen_text, evidence


def _utf8_or_none(text: str) -> bytes | None:
    """The text as UTF-8, or None when it holds bad bytes (lone surrogates do not encode):
    one C pass that spares clean text the regular expressions."""
    try:
        return text.encode("utf-8")
    except UnicodeEncodeError:
        return None


def sniff(path: Path) -> Sniffed:
    """Check a listing file and settle its encoding and digest, or raise ImportFailed."""
    name = str(path)
    size = _open_checked(path)
    with path.open("rb") as handle:
        head = handle.read(CHUNK_BYTES)
    encoding = _encoding_of(head, name)
    try:
        digest, seen_text, evidence = _digest(_byte_chunks(path), encoding, name)
    except UnicodeDecodeError as error:  # only UTF-16 decodes strictly
        raise ImportFailed(name, f"is not valid UTF-16 ({error.reason})") from None
    warnings = evidence.warnings()
    if evidence.says_cp1252():
        encoding, warnings = CP1252, ()
        digest, seen_text, _ = _digest(_byte_chunks(path), encoding, name)
    if not seen_text:
        raise ImportFailed(name, "is empty")
    return Sniffed(encoding, digest, size, warnings)


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


@dataclass(frozen=True)
class Decoded:
    text: str
    encoding: str
    warnings: tuple[ParseWarning, ...] = ()


def decode_bytes(data: bytes, name: str) -> Decoded:
    """UTF-8 (with or without BOM), UTF-16 with BOM, else Windows-1252; never binary."""
    if not data.strip():
        raise ImportFailed(name, "is empty")
    if len(data) > MAX_FILE_BYTES:
        raise ImportFailed(name, f"is larger than {MAX_FILE_BYTES // 2**20} MB")
    encoding = _encoding_of(data, name)
    try:
        escaped = "".join(_escaped(iter([data]), encoding))
    except UnicodeDecodeError as error:
        raise ImportFailed(name, f"is not valid UTF-16 ({error.reason})") from None
    warnings: tuple[ParseWarning, ...] = ()
    if encoding == UTF8:
        evidence = _Evidence()
        evidence.look(escaped, 0)
        if evidence.says_cp1252():
            encoding, escaped = CP1252, "".join(_escaped(iter([data]), CP1252))
        else:
            warnings, escaped = evidence.warnings(), _replaced(escaped)
    if looks_binary(escaped):
        raise ImportFailed(name, "is a binary file, not text")
    return Decoded(escaped, ENCODING_NAMES[encoding], warnings)


def decode_listing(data: bytes, name: str) -> str:
    return decode_bytes(data, name).text


def looks_binary(text: str) -> bool:
    sample = text[:8192]
    controls = sum(1 for ch in sample if ord(ch) < 32 and ch not in "\n\t\f\v")
    return "\x00" in sample or controls > max(8, len(sample) // 100)
