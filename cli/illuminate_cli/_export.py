"""Streaming serials to CSV or JSON Lines, and QR proofs, without partial files.

The serials come from the first API's list (``Serial``: status, no flags) or,
when the export filters on flags, from the 2025 list (``SerialItem``: each
with its flags and attributes, written as JSON objects, in a CSV cell too).
One page of serials is held at a time: memory does not grow with the count.
Where the rows and images go, and how a failure or a signal leaves no
partial file behind, is ``_files``' business; this module renders them.
Serials are data and are written exactly as the server sent them (the CSV
writer quotes what needs quoting, JSON escapes control characters).
"""

from __future__ import annotations

import csv
import json
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path
from typing import Any, Generic, Protocol, TypeVar
from urllib.parse import quote

from illuminate_client.models.serial import Serial
from illuminate_client.models.serial_item import SerialItem
from illuminate_sdk import Illuminate, Page, digital_link

from . import _files
from ._errors import interrupted
from ._progress import progress

FORMATS = ("csv", "jsonl")
QR_KINDS = ("svg", "png")
CSV_COLUMNS = ("serial", "serial_id", "status", "created")
ITEM_COLUMNS = ("serial", "serial_id", "created", "flags", "attributes")
LINK_COLUMN = "digital_link"


def format_for(path: str, explicit: str | None) -> str:
    """The export format: ``--format``, else from the file's suffix, else CSV."""
    if explicit:
        return explicit
    suffix = Path(path).suffix.lower()
    return "jsonl" if suffix in (".jsonl", ".ndjson", ".json") else "csv"


def _cell(values: Mapping[str, Any]) -> str:
    """Flags or attributes as one compact JSON object (a CSV cell: no raw line break or CR in it)."""
    return json.dumps(values, ensure_ascii=False, separators=(",", ":"))


S = TypeVar("S", bound=Serial | SerialItem)


class _PageWriter(Generic[S]):
    """Writes pages of serials as CSV or JSON Lines, with a Digital Link when a GTIN is given.

    A subclass names its CSV ``columns`` and says what one serial is as a CSV row (``fields``) and as a JSON
    object (``record``).
    """

    columns: tuple[str, ...]

    def __init__(self, handle: _files.Sink, fmt: str, gtin: str | None) -> None:
        self.handle, self.fmt, self.gtin = handle, fmt, gtin
        self._csv = csv.writer(handle, lineterminator="\n") if fmt == "csv" else None
        # The csv module quotes a field with "\n" (the line terminator) but not one with "\r", which
        # readers take as a line end: a page with one is written with every field quoted.
        self._quoted = csv.writer(handle, lineterminator="\n", quoting=csv.QUOTE_ALL)
        if self._csv is not None:
            self._csv.writerow([*self.columns, LINK_COLUMN] if gtin else self.columns)

    def fields(self, serial: S) -> Sequence[Any]:
        raise NotImplementedError

    def record(self, serial: S) -> dict[str, Any]:
        raise NotImplementedError

    def write(self, serials: Sequence[S]) -> None:
        gtin = self.gtin
        if self._csv is not None:
            writer = self._csv
            if "\r" in "".join(s.serial for s in serials) or "\r" in "".join(s.id for s in serials):
                writer = self._quoted
            if gtin:
                writer.writerows((*self.fields(s), digital_link(gtin, s.serial)) for s in serials)
            else:
                writer.writerows(self.fields(s) for s in serials)
            return
        dumps = json.dumps
        lines = []
        for item in serials:
            row = self.record(item)
            if gtin:
                row["digitalLink"] = digital_link(gtin, item.serial)
            lines.append(dumps(row, ensure_ascii=False))
        lines.append("")
        self.handle.write("\n".join(lines))


class RowWriter(_PageWriter[Serial]):
    """Serials of the first API's list: status, no flags."""

    columns = CSV_COLUMNS

    def fields(self, serial: Serial) -> Sequence[Any]:
        return serial.serial, serial.id, serial.status, serial.created.isoformat()

    def record(self, serial: Serial) -> dict[str, Any]:
        return {
            "serial": serial.serial,
            "serialId": serial.id,
            "status": str(serial.status),
            "created": serial.created.isoformat(),
        }


class ItemRowWriter(_PageWriter[SerialItem]):
    """Serial items of the 2025 list, with their flags and attributes (a JSON object in a CSV cell)."""

    columns = ITEM_COLUMNS

    def fields(self, serial: SerialItem) -> Sequence[Any]:
        flags, attributes = serial.flags.additional_properties, serial.attributes.additional_properties
        return serial.serial, serial.id, serial.created.isoformat(), _cell(flags), _cell(attributes)

    def record(self, serial: SerialItem) -> dict[str, Any]:
        return {
            "serial": serial.serial,
            "serialId": serial.id,
            "created": serial.created.isoformat(),
            "flags": serial.flags.additional_properties,
            "attributes": serial.attributes.additional_properties,
        }


class _Rows(Protocol):
    def write(self, items: Sequence[Any], /) -> None: ...


def qr_file_name(serial: str, kind: str) -> str:
    """A file name for any serial: percent-encoded but for A-Za-z0-9-._~, never hidden, never a path."""
    name = quote(serial, safe="")
    if name.startswith("."):
        name = "%2E" + name[1:]
    return f"{name}.{kind}"


class QrWriter:
    """One QR image per serial, encoding its Digital Link, into a staging folder (``_files.QrFolder``)."""

    def __init__(self, target: Path, kind: str, scale: int, gtin: str) -> None:
        import segno  # optional: only needed for --qr-dir

        self._make = segno.make
        self.kind, self.scale, self.gtin = kind, scale, gtin
        self.folder = _files.QrFolder(target)

    def write(self, serial: str) -> None:
        code = self._make(digital_link(self.gtin, serial), error="m")
        try:
            code.save(
                str(self.folder.path / qr_file_name(serial, self.kind)), kind=self.kind, scale=self.scale, border=4
            )
        except OSError as exc:
            raise _files.write_error(f"--qr-dir {self.folder.shown}", exc) from None

    def commit(self) -> None:
        self.folder.commit()

    def discard(self) -> None:
        self.folder.discard()


def export(
    client: Illuminate,
    twin_id: str,
    target: _files.Target,
    *,
    fmt: str,
    column_gtin: str | None,
    qr: QrWriter | None,
    progress_mode: str,
    flags: Mapping[str, bool] | None = None,
) -> int:
    """Every serial of ``twin_id`` to ``target`` (and QR images to ``qr``); the number written.

    ``flags`` (name -> value) exports only the serials whose flags have those
    values, from the 2025 list (rows with flags and attributes).

    Ctrl-C, SIGTERM and SIGHUP (``_signals``) arrive here as KeyboardInterrupt:
    the temporary file and the staging folder are removed on the way out.
    """
    written = 0
    file_done = False
    try:
        with _files.open_text(target) as handle, progress(progress_mode, "export", total=None) as bar:
            rows: _Rows = (ItemRowWriter if flags else RowWriter)(handle, fmt, column_gtin)
            pages: Iterable[Page[Any]] = (
                client.serial_items(twin_id, flags=flags).pages() if flags else client.serials(twin_id).pages()
            )
            for page in pages:
                rows.write(page.items)
                if qr is not None:
                    for item in page.items:
                        qr.write(item.serial)
                written += len(page.items)
                bar.update(written)
        file_done = True
        if qr is not None:
            qr.commit()
    except KeyboardInterrupt:
        if file_done:
            raise interrupted(f" after writing {target.shown}; no QR codes were written") from None
        if target.kind is _files.Kind.REPLACE:
            raise interrupted(f" after {written:,} serials; nothing was written to {target.shown}") from None
        raise interrupted(f" after {written:,} serials; {target.shown} has only part of them") from None
    finally:
        if qr is not None:
            qr.discard()
    return written
