"""Bytes to text: the encodings people's clipboards and editors actually produce."""

from __future__ import annotations

import codecs
from pathlib import Path

from papershelf.core.errors import ImportFailed

MAX_FILE_BYTES = 512 * 1024 * 1024


def read_listing(path: Path) -> str:
    """Read a listing file as text, or raise ImportFailed naming the file."""
    name = str(path)
    if path.is_dir():
        raise ImportFailed(name, "is a directory, not a listing file")
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise ImportFailed(name, "no such file") from None
    except PermissionError:
        raise ImportFailed(name, "permission denied") from None
    except OSError as error:
        raise ImportFailed(name, f"cannot be read ({error.strerror or error})") from None
    return decode_listing(data, name)


def decode_listing(data: bytes, name: str) -> str:
    """UTF-8 (with or without BOM), UTF-16 with BOM, else Windows-1252; never binary."""
    if not data.strip():
        raise ImportFailed(name, "is empty")
    if len(data) > MAX_FILE_BYTES:
        raise ImportFailed(name, f"is larger than {MAX_FILE_BYTES // 2**20} MB")
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            text = data.decode("utf-16")
        except UnicodeDecodeError as error:
            raise ImportFailed(name, f"is not valid UTF-16 ({error.reason})") from None
    else:
        if b"\x00" in data:
            line = data[: data.index(b"\x00")].count(b"\n") + 1
            raise ImportFailed(name, "is a binary file, not text", line=line)
        try:
            text = data.decode("utf-8-sig")
        except UnicodeDecodeError:
            text = _decode_cp1252(data)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if _looks_binary(text):
        raise ImportFailed(name, "is a binary file, not text")
    return text


def _decode_cp1252(data: bytes) -> str:
    # Five bytes are undefined in Windows-1252; Latin-1 gives them a harmless meaning.
    return "".join(
        chunk.decode("cp1252", errors="strict") if _cp1252_ok(chunk) else chunk.decode("latin-1")
        for chunk in _split_bytes(data)
    )


def _split_bytes(data: bytes) -> list[bytes]:
    return [bytes([b]) for b in data] if any(b in data for b in b"\x81\x8d\x8f\x90\x9d") else [data]


def _cp1252_ok(chunk: bytes) -> bool:
    try:
        chunk.decode("cp1252")
    except UnicodeDecodeError:
        return False
    return True


def _looks_binary(text: str) -> bool:
    sample = text[:8192]
    controls = sum(1 for ch in sample if ord(ch) < 32 and ch not in "\n\t\f\v")
    return "\x00" in sample or controls > max(8, len(sample) // 100)
