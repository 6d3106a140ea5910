"""The CSV of a serialization job's serials, made while it is sent: flat memory, any number of serials.

One line per serial, ``id,serial,digitalTwinId,carrierUrl``, after a header
line; lines end with CRLF (RFC 4180) and a field holding ``,``, ``"`` or a
line break is quoted. Serials are computed in chunks (``serials.py``), never
held all at once. ``carrierUrl`` is the URL the serial's QR code carries: the
job's QR code (a GS1 Digital Link on the job's domain, or a short URL whose
code is the same for that serial every time), else a QR code added to the
serial later, else empty.

Everything the lines need is read from the job and the twin when the export
starts, so the generator runs without the store's lock.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping, Sequence

from illuminate_spec.gs1 import as_gtin14, digital_link, encode_path_segment

from .gs1 import short_url
from .models import DigitalTwin, Job, SerialDataCarrier
from .serial_ids import serial_ids, short_code
from .serials import serials

HEADER = "id,serial,digitalTwinId,carrierUrl\r\n"
CHUNK = 10_000  # serials per chunk sent: large enough to amortise, small enough to keep memory flat
_SPECIAL = frozenset(',"\r\n')
# RFC 3986 unreserved: a serial of only these is its own Digital Link path segment.
_UNRESERVED = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~")


def _quoted(text: str) -> str:
    return '"' + text.replace('"', '""') + '"' if _SPECIAL.intersection(text) else text


def _job_qr(job: Job, twin: DigitalTwin) -> Callable[[int, str], str] | None:
    """The URL of the QR code the job made for serial (index, value), or None when it made none."""
    if "QR_CODE" not in job.carrier_types:
        return None
    domain = job.default_domain
    gtin = as_gtin14(twin.resource.gtin_source)
    if job.default_url_format == "DigitalLink" and gtin is not None:
        prefix = digital_link(gtin, root=domain, variant=twin.variant_identification) + "/21/"
        if set(job.settings.alphabet) <= _UNRESERVED:
            return lambda index, value: prefix + value
        # Serials are CSET 82 (ASCII): one translation table percent-encodes them as encode_path_segment does.
        table = str.maketrans({c: encode_path_segment(c) for c in job.settings.alphabet if c not in _UNRESERVED})
        return lambda index, value: prefix + value.translate(table)
    space_id = job.space.id
    return lambda index, value: short_url(domain, short_code(space_id, index))


def _added_qr(carriers: Sequence[SerialDataCarrier] | None) -> str:
    return next((c.carrier_url for c in carriers or () if c.carrier_type == "QR_CODE"), "")


def job_csv(
    job: Job, twin: DigitalTwin, added: Mapping[str, list[SerialDataCarrier]], chunk: int = CHUNK
) -> Iterator[bytes]:
    """The job's CSV, a chunk of lines at a time (the header first)."""
    qr = _job_qr(job, twin)
    twin_field = _quoted(twin.id)
    quote_serials = bool(_SPECIAL.intersection(job.settings.alphabet))
    # A job's QR URL is its domain and unreserved or percent-encoded text: only the domain may need quoting.
    quote_urls = qr is not None and bool(_SPECIAL.intersection(job.default_domain))
    yield HEADER.encode()
    space = job.space
    for start in range(job.first_index, job.last_index + 1, chunk):
        end = min(start + chunk - 1, job.last_index)
        lines: list[str] = []
        index = start
        for sid, value in zip(serial_ids(space.id, start, end), serials(space, start, end), strict=True):
            if qr is not None:
                url = _quoted(qr(index, value)) if quote_urls else qr(index, value)
            else:
                url = _quoted(_added_qr(added.get(sid))) if added else ""
            lines.append(f"{sid},{_quoted(value) if quote_serials else value},{twin_field},{url}\r\n")
            index += 1
        yield "".join(lines).encode()
