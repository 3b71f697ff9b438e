"""Only the package list lives here: pyproject.toml cannot add a package outside src/ (the
top-level resources/ folder, installed as papershelf.resources) to the ones it finds there."""

from setuptools import find_packages, setup

setup(
    packages=[
        *find_packages("src"),
        "papershelf.resources",
        "papershelf.resources.icons",
        "papershelf.resources.icons.actions",
    ]
)
