"""A job's CSV as it streams in, without I/O: counting its lines, cutting it into records, the file's name.

The CSV (``getSerializationJobCsv``) is a header line and one line per
serial. Quoted fields may hold commas, quotes and even line breaks (a serial
may contain ``"`` and ``,``: both are in GS1 CSET 82), so a record ends at a
line break outside quotes only. ``LineCounter`` counts records chunk by
chunk at C speed (``bytes.count``) and falls back to splitting on quotes
only in a chunk that has one.
"""

from __future__ import annotations

import contextlib
import csv
import os
import uuid
from pathlib import Path

# Bytes gathered before one write to the file (fewer, larger writes; one worker-thread hop each on the async face).
WRITE_BLOCK = 1 << 20


class LineCounter:
    """Counts the records of a CSV fed in chunks of bytes; ``serials`` is the count without the header line."""

    def __init__(self) -> None:
        self._ends = 0  # line breaks outside quotes
        self._quoted = False
        self._open_line = False  # bytes seen since the last record ended

    def feed(self, chunk: bytes) -> None:
        if not chunk:
            return
        if not self._quoted and b'"' not in chunk:
            self._ends += chunk.count(b"\n")
        else:
            # Between quote characters, segments alternate outside/inside; an escaped "" adds an empty one.
            for index, segment in enumerate(chunk.split(b'"')):
                inside = self._quoted != (index % 2 == 1)
                if not inside:
                    self._ends += segment.count(b"\n")
            self._quoted = self._quoted != (chunk.count(b'"') % 2 == 1)
        self._open_line = not chunk.endswith(b"\n") or self._quoted

    @property
    def records(self) -> int:
        """Records seen so far, a last one without its line break included."""
        return self._ends + (1 if self._open_line else 0)

    @property
    def serials(self) -> int:
        return max(self.records - 1, 0)


class RecordSplitter:
    """Text lines (without their line breaks) in, whole CSV records out, however a quoted field spans lines."""

    def __init__(self) -> None:
        self._pending: list[str] = []
        self._quotes = 0

    def feed(self, line: str) -> list[str] | None:
        """The record that ``line`` completes, or None while a quoted field is still open."""
        if not self._pending and '"' not in line:
            return line.split(",")  # the common case, at str.split speed
        self._pending.append(line)
        self._quotes += line.count('"')
        if self._quotes % 2:
            return None
        text = "\n".join(self._pending)
        self._pending, self._quotes = [], 0
        return next(csv.reader([text]), [])

    def rest(self) -> list[str] | None:
        """What is left at the end (a last record whose quote never closed), or None."""
        if not self._pending:
            return None
        text = "\n".join(self._pending)
        self._pending = []
        return next(csv.reader([text]), [])


class CsvRows:
    """Text lines in, rows out: dicts keyed by the header line's names (blank lines skipped, missing fields '')."""

    def __init__(self) -> None:
        self._records = RecordSplitter()
        self._header: list[str] | None = None

    def feed(self, line: str) -> dict[str, str] | None:
        """The row ``line`` completes, or None (the header line, a blank line, an open quoted field)."""
        return self._row(self._records.feed(line))

    def finish(self) -> dict[str, str] | None:
        """A last row whose quoted field never closed, if any."""
        return self._row(self._records.rest())

    def _row(self, record: list[str] | None) -> dict[str, str] | None:
        if not record or record == [""]:
            return None
        if self._header is None:
            self._header = [name.lstrip("\ufeff") for name in record]
            return None
        return {name: record[i] if i < len(record) else "" for i, name in enumerate(self._header)}


def temporary_path(target: Path) -> Path:
    """A name beside ``target`` for the file being written (hidden, unique), renamed to ``target`` at the end."""
    return target.with_name(f".{target.name}.{uuid.uuid4().hex[:12]}.part")


def open_temporary(target: Path) -> tuple[Path, int]:
    """Create the temporary file beside ``target`` (never an existing one) with the usual permissions."""
    path = temporary_path(target)
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)
    return path, os.open(path, flags, 0o666)


def discard(path: Path) -> None:
    """Remove a temporary file that will not be renamed (it may never have been made)."""
    with contextlib.suppress(FileNotFoundError):
        path.unlink()
