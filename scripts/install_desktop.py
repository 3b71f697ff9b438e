"""`make install-desktop`: papershelf.desktop, which also runs from an installed wheel as
`python -m papershelf.desktop`."""

from __future__ import annotations

import sys

from papershelf.desktop import main

if __name__ == "__main__":
    sys.exit(main())
