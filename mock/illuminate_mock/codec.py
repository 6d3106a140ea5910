"""Fixed-length base-k encoding of integers over an alphabet: how a serial index becomes its text.

Kept apart from ``serials.py`` because it is the hot loop of serial listing:
a million serials are a million ``encode`` calls, so it trades a lookup table
for divisions (see ``Codec``).

Memory is bounded however many alphabets the twins use: a table holds at
most ``Codec.MAX_TABLE`` groups of at most ``Codec.MAX_CHUNK`` digits (small
alphabets gain little from long groups and would otherwise build the
largest tables), tables are shared by every codec of an alphabet, and both
are kept in small LRU caches. Allocation spaces never hold a codec: they ask
``codec_for`` each time they encode a range, so a space that is not in use
pins no table.
"""

from __future__ import annotations

import functools
from collections.abc import Callable

NUMERIC_ALPHABET = "0123456789"
CACHED_CODECS = 16  # (alphabet, length) pairs kept ready; a table is rebuilt in milliseconds when needed


@functools.lru_cache(maxsize=CACHED_CODECS)
def _table(alphabet: str, chunk: int) -> tuple[str, ...]:
    """Every group of ``chunk`` digits over ``alphabet``, in numeric order."""
    table = list(alphabet)
    for _ in range(chunk - 1):
        table = [p + c for p in table for c in alphabet]
    return tuple(table)


class Codec:
    """Fixed-length base-k encoding of ints over an alphabet."""

    # One divmod per group of digits instead of per digit, with a table of every group.
    MAX_TABLE = 1 << 13
    MAX_CHUNK = 4

    def __init__(self, alphabet: str, length: int) -> None:
        self.alphabet = alphabet
        self.length = length
        self.base = k = len(alphabet)
        self._digit = {c: i for i, c in enumerate(alphabet)}
        chunk = 1
        while k ** (chunk + 1) <= self.MAX_TABLE and chunk < min(length, self.MAX_CHUNK):
            chunk += 1
        self._chunk_base = k**chunk
        self._groups = -(-length // chunk)
        self._table: tuple[str, ...] = ()
        if alphabet == NUMERIC_ALPHABET:
            # str.format bound method: a C call, no Python frame, for decimal; no table needed.
            self.encode: Callable[[int], str] = f"{{:0{length}d}}".format
            return
        self._table = _table(alphabet, chunk)
        self.encode = self._encode

    def _encode(self, n: int) -> str:
        table, cb = self._table, self._chunk_base
        parts = []
        for _ in range(self._groups):
            n, r = divmod(n, cb)
            parts.append(table[r])
        parts.reverse()
        # Groups are whole chunks; trim the overhang of leading zero digits.
        return "".join(parts)[-self.length :]

    def decode(self, s: str) -> int | None:
        if len(s) != self.length:
            return None
        digit, k, n = self._digit, self.base, 0
        for c in s:
            d = digit.get(c)
            if d is None:
                return None
            n = n * k + d
        return n


codec_for = functools.lru_cache(maxsize=CACHED_CODECS)(Codec)
