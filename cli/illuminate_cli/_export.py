"""Streaming serials to CSV or JSON Lines, and QR proofs, without partial files.

One page of serials is held at a time: memory does not grow with the count.
The file is written as a hidden temporary in the target's folder and renamed
over the target only once every serial is in it; on an error or Ctrl-C the
temporary is removed, so a file at the target path is always complete. QR
images go to a staging folder beside the target folder, renamed likewise.
"""

from __future__ import annotations

import csv
import json
import os
import shutil
import sys
import tempfile
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TextIO
from urllib.parse import quote

from illuminate_client.models.serial import Serial
from illuminate_sdk import digital_link

from ._errors import CliError, Exit

FORMATS = ("csv", "jsonl")
QR_KINDS = ("svg", "png")
CSV_COLUMNS = ("serial", "serial_id", "status", "created")
LINK_COLUMN = "digital_link"


def format_for(path: str, explicit: str | None) -> str:
    """The export format: ``--format``, else from the file's suffix, else CSV."""
    if explicit:
        return explicit
    suffix = Path(path).suffix.lower()
    return "jsonl" if suffix in (".jsonl", ".ndjson", ".json") else "csv"


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def _check_folder(folder: Path, what: str) -> None:
    if not folder.is_dir():
        raise CliError(f"cannot write {what}: the folder {folder} does not exist", Exit.ERROR)
    if not os.access(folder, os.W_OK | os.X_OK):
        raise CliError(f"cannot write {what}: the folder {folder} is not writable", Exit.ERROR)


@contextmanager
def atomic_text_file(path: str) -> Iterator[TextIO]:
    """A text handle for ``path`` ('-' is stdout) that appears there complete or not at all."""
    if path == "-":
        yield sys.stdout
        sys.stdout.flush()
        return
    target = Path(path)
    if target.is_dir():
        raise CliError(f"cannot write {target}: it is a folder", Exit.ERROR)
    _check_folder(target.parent.resolve(), str(target))
    try:
        fd, temporary = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.", suffix=".part")
    except OSError as exc:
        raise CliError(f"cannot write {target}: {exc.strerror or exc}", Exit.ERROR) from None
    try:
        with os.fdopen(fd, "w", newline="", encoding="utf-8", buffering=1 << 20) as handle:
            yield handle
        os.chmod(temporary, 0o666 & ~_umask())
        os.replace(temporary, target)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


class RowWriter:
    """Writes pages of serials as CSV or JSON Lines, with a Digital Link when a GTIN is given."""

    def __init__(self, handle: TextIO, fmt: str, gtin: str | None) -> None:
        self.handle, self.fmt, self.gtin = handle, fmt, gtin
        self._csv = csv.writer(handle, lineterminator="\n") if fmt == "csv" else None
        if self._csv is not None:
            self._csv.writerow([*CSV_COLUMNS, LINK_COLUMN] if gtin else CSV_COLUMNS)

    def link(self, serial: str) -> str | None:
        return digital_link(self.gtin, serial) if self.gtin else None

    def write(self, serials: Iterable[Serial]) -> None:
        gtin = self.gtin
        if self._csv is not None:
            if gtin:
                self._csv.writerows(
                    (s.serial, s.id, s.status, s.created.isoformat(), digital_link(gtin, s.serial)) for s in serials
                )
            else:
                self._csv.writerows((s.serial, s.id, s.status, s.created.isoformat()) for s in serials)
            return
        dumps = json.dumps
        lines = []
        for s in serials:
            row = {"serial": s.serial, "serialId": s.id, "status": str(s.status), "created": s.created.isoformat()}
            if gtin:
                row["digitalLink"] = digital_link(gtin, s.serial)
            lines.append(dumps(row, ensure_ascii=False))
        lines.append("")
        self.handle.write("\n".join(lines))


def qr_file_name(serial: str, kind: str) -> str:
    """A file name for any CSET 82 serial: percent-encoded but for A-Za-z0-9-._~."""
    name = quote(serial, safe="")
    if name.startswith("."):
        name = "%2E" + name[1:]
    return f"{name}.{kind}"


class QrWriter:
    """One QR image per serial into a staging folder, renamed to ``target`` by ``commit``."""

    def __init__(self, target: Path, kind: str, scale: int) -> None:
        import segno  # optional: only needed for --qr-dir

        self._make = segno.make
        self.kind, self.scale = kind, scale
        self.target = target
        if target.exists() and (not target.is_dir() or any(target.iterdir())):
            raise CliError(f"--qr-dir {target}: exists and is not an empty folder", Exit.USAGE)
        _check_folder(target.resolve().parent, f"--qr-dir {target}")
        self.staging = Path(tempfile.mkdtemp(dir=target.resolve().parent, prefix=f".{target.name}.", suffix=".part"))

    def write(self, serial: str, content: str) -> None:
        code = self._make(content, error="m")
        code.save(str(self.staging / qr_file_name(serial, self.kind)), kind=self.kind, scale=self.scale, border=4)

    def commit(self) -> None:
        os.chmod(self.staging, 0o777 & ~_umask())
        if self.target.is_dir():
            self.target.rmdir()  # checked empty above
        os.replace(self.staging, self.target)

    def discard(self) -> None:
        shutil.rmtree(self.staging, ignore_errors=True)
