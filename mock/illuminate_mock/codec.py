"""Fixed-length base-k encoding of integers over an alphabet: how a serial index becomes its text.

Kept apart from ``serials.py`` because it is the hot loop of serial listing:
a million serials are a million ``encode`` calls, so it trades a lookup table
for divisions (see ``Codec``).
"""

from __future__ import annotations

import functools
from collections.abc import Callable

NUMERIC_ALPHABET = "0123456789"


class Codec:
    """Fixed-length base-k encoding of ints over an alphabet."""

    # Table of all k**chunk digit groups: one divmod per group instead of per
    # digit; bounded so small alphabets do not build huge tables.
    _MAX_TABLE = 1 << 14

    def __init__(self, alphabet: str, length: int) -> None:
        self.alphabet = alphabet
        self.length = length
        self.base = k = len(alphabet)
        self._digit = {c: i for i, c in enumerate(alphabet)}
        chunk = 1
        while k ** (chunk + 1) <= self._MAX_TABLE and chunk < length:
            chunk += 1
        self._chunk_base = k**chunk
        self._groups = -(-length // chunk)
        self._table: list[str] = []
        if alphabet == NUMERIC_ALPHABET:
            # str.format bound method: a C call, no Python frame, for decimal; no table needed.
            self.encode: Callable[[int], str] = f"{{:0{length}d}}".format
            return
        table = list(alphabet)
        for _ in range(chunk - 1):
            table = [p + c for p in table for c in alphabet]
        self._table = table
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


# A codec's lookup table can take hundreds of KiB; spaces with the same
# alphabet and length (every twin using the account's settings) share one.
codec_for = functools.lru_cache(maxsize=64)(Codec)
