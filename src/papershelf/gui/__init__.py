"""The only package that imports Qt: widgets, models and delegates over papershelf.library."""
