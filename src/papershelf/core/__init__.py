"""Qt-free, I/O-free building blocks: records, errors, dates, text helpers, queries."""
