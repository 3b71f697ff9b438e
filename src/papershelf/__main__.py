"""`python -m papershelf` and the `papershelf` script: argv goes to the CLI (or the GUI)."""

from __future__ import annotations

import sys

from papershelf.cli import main

if __name__ == "__main__":
    sys.exit(main())
