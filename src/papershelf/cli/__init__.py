"""The command line: a thin layer of argument parsing and printing over Library.

`main` runs one command; `build_parser` is the grammar (the README's command table)."""

from papershelf.cli.common import (
    EXIT_BUSY,
    EXIT_DISK_FULL,
    EXIT_INPUT,
    EXIT_LIBRARY,
    EXIT_NOT_A_LIBRARY,
    EXIT_OK,
    EXIT_READ_ONLY,
    EXIT_TOO_NEW,
    EXIT_USAGE,
)
from papershelf.cli.parser import build_parser
from papershelf.cli.run import main

__all__ = [
    "EXIT_BUSY",
    "EXIT_DISK_FULL",
    "EXIT_INPUT",
    "EXIT_LIBRARY",
    "EXIT_NOT_A_LIBRARY",
    "EXIT_OK",
    "EXIT_READ_ONLY",
    "EXIT_TOO_NEW",
    "EXIT_USAGE",
    "build_parser",
    "main",
]
