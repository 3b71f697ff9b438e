"""The only package that writes SQL."""
