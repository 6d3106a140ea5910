"""Serial ids: UUID-shaped, minted from a space and an index, checked without storage.

Layout (a version-8 RFC 9562 UUID, lowercase canonical text)::

    48 bits tag of the space id | ver 8 | 12 bits check | var 10 | 14 bits check | 48 bits index

The index is readable in the last 12 hex digits; the 26-bit check (a hash of
tag + index) rejects ids the mock did not mint, so a cursor or a serial id
can be verified without keeping a table of them.
"""

from __future__ import annotations

import functools
import hashlib
import re
import uuid
from collections.abc import Iterator

__all__ = [
    "MAX_SERIAL_ID_INDEX",
    "index_from_serial_id",
    "parse_serial_id",
    "serial_id",
    "serial_ids",
    "short_code",
    "space_tag",
]

MAX_SERIAL_ID_INDEX = (1 << 48) - 1
_SERIAL_ID_RE = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-8[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}")


@functools.lru_cache(maxsize=4096)  # every listed serial asks for its space's tag
def space_tag(space_id: str) -> str:
    """12-hex-digit tag of a space id, as carried in its serial ids."""
    return hashlib.blake2b(space_id.encode(), digest_size=6, person=b"illum-space").hexdigest()


def _check26(tag: int, index: int) -> int:
    data = tag.to_bytes(6, "big") + index.to_bytes(6, "big")
    return int.from_bytes(hashlib.blake2b(data, digest_size=4, person=b"illum-sid").digest(), "big") >> 6


def serial_id(space_id: str, index: int) -> str:
    """Deterministic UUID-shaped id of the serial at ``index`` in ``space_id``."""
    if not isinstance(index, int) or not 1 <= index <= MAX_SERIAL_ID_INDEX:
        raise ValueError(f"index must be in [1, {MAX_SERIAL_ID_INDEX}], got {index!r}")
    tag = int(space_tag(space_id), 16)
    check = _check26(tag, index)
    value = tag << 80 | 0x8 << 76 | (check >> 14) << 64 | 0b10 << 62 | (check & 0x3FFF) << 48 | index
    return str(uuid.UUID(int=value))


@functools.cache
def _hex_tables() -> tuple[list[str], list[str]]:
    """The id's two check groups as text, for every value (built on first export, ~1 MiB)."""
    return [f"{0x8000 | high:04x}" for high in range(1 << 12)], [f"{0x8000 | low:04x}" for low in range(1 << 14)]


def serial_ids(space_id: str, start: int, end: int) -> Iterator[str]:
    """``serial_id(space_id, i)`` for ``i`` in ``start..end``, the space's part formatted once (for exports)."""
    if not 1 <= start <= end + 1 or end > MAX_SERIAL_ID_INDEX:
        raise ValueError(f"range [{start}, {end}] is not within [1, {MAX_SERIAL_ID_INDEX}]")
    tag_hex = space_tag(space_id)
    prefix = f"{tag_hex[:8]}-{tag_hex[8:]}-"
    high, low = _hex_tables()
    # The same BLAKE2b as _check26, its key material hashed once and copied for every index.
    base = hashlib.blake2b(bytes.fromhex(tag_hex), digest_size=4, person=b"illum-sid")
    for index in range(start, end + 1):
        digest = base.copy()
        digest.update(index.to_bytes(6, "big"))
        check = int.from_bytes(digest.digest(), "big") >> 6
        yield f"{prefix}{high[check >> 14]}-{low[check & 0x3FFF]}-{index:012x}"


_CODE_ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"


def short_code(space_id: str, index: int, length: int = 8) -> str:
    """The short code of the QR code a job made for a serial: the same for that serial every time."""
    data = bytes.fromhex(space_tag(space_id)) + index.to_bytes(6, "big")
    number = int.from_bytes(hashlib.blake2b(data, digest_size=8, person=b"illum-qr").digest(), "big")
    letters = []
    for _ in range(length):
        number, digit = divmod(number, len(_CODE_ALPHABET))
        letters.append(_CODE_ALPHABET[digit])
    return "".join(letters)


def parse_serial_id(value: object) -> tuple[str, int] | None:
    """``(space_tag, index)`` from an id minted by ``serial_id``, else None."""
    if not isinstance(value, str):
        return None
    value = value.lower()
    if not _SERIAL_ID_RE.fullmatch(value):
        return None
    n = uuid.UUID(value).int
    tag = n >> 80
    index = n & MAX_SERIAL_ID_INDEX
    check = ((n >> 64) & 0xFFF) << 14 | (n >> 48) & 0x3FFF
    if index == 0 or check != _check26(tag, index):
        return None
    return f"{tag:012x}", index


def index_from_serial_id(space_id: str, value: object) -> int | None:
    """Index of a serial id if it belongs to ``space_id``, else None."""
    parsed = parse_serial_id(value)
    if parsed is None or parsed[0] != space_tag(space_id):
        return None
    return parsed[1]
