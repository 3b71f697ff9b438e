"""The app's resources (icons, stylesheet, desktop entry, AppStream metainfo), installed as
the package `papershelf.resources` (pyproject.toml maps this folder to it)."""
