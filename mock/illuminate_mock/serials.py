"""Serial engine of the mock: allocation settings, spaces and serials (ids: ``serial_ids.py``).

Pure Python, no HTTP, no storage per serial. An allocation space hands out
contiguous 1-based index ranges; the serial at index ``i`` is computed on
demand:

- ``SEQUENTIAL_NUMERIC``: the number ``i`` itself, zero-padded to ``length``.
  Numbering starts at 1 (first card ``00000001``, so ``allocatedRange``
  ``[1, 10000]`` is serials 1..10000); the all-zero serial is never issued,
  hence the space holds ``10**length - 1`` serials.
- ``RANDOM_NUMERIC`` / ``RANDOM_ALPHANUMERIC``: a keyed permutation (see
  ``permutation.py``) of ``i - 1`` over ``range(len(alphabet) ** length)``,
  written in base ``len(alphabet)`` over the alphabet and left-padded with the
  alphabet's first symbol. Distinct indices give distinct serials, so jobs
  sharing a space can never collide.

Symbols: the CSET 82 and at-least-3-distinct rules apply to
RANDOM_ALPHANUMERIC only, the one strategy that draws from them. Numeric
strategies accept any string, keep it verbatim so job status can echo it,
and use ``0123456789``. The alphanumeric alphabet is the distinct symbols in
first-seen order (``"hapc"`` -> ``h`` is digit 0).
"""

from __future__ import annotations

import enum
import re
import secrets
import threading
import time
import uuid
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field

from illuminate_spec.gs1 import CSET82 as CSET_82
from illuminate_spec.gs1 import CSET82_SET

from illuminate_mock.codec import NUMERIC_ALPHABET, Codec, codec_for
from illuminate_mock.permutation import FeistelPermutation
from illuminate_mock.serial_ids import (
    MAX_SERIAL_ID_INDEX,
    index_from_serial_id,
    parse_serial_id,
    serial_id,
    space_tag,
)

__all__ = [
    "CSET_82",
    "MAX_LENGTH",
    "MAX_SERIAL_ID_INDEX",
    "MIN_LENGTH",
    "MIN_SYMBOLS",
    "NUMERIC_ALPHABET",
    "AllocationSettings",
    "AllocationSpace",
    "SettingsError",
    "SpaceExhaustedError",
    "Strategy",
    "bench",
    "index_from_serial_id",
    "index_of",
    "new_seed",
    "parse_serial_id",
    "serial_at",
    "serial_id",
    "serials",
    "space_tag",
]

MIN_LENGTH = 6
MAX_LENGTH = 20
MIN_SYMBOLS = 3  # distinct characters

_SEED_RE = re.compile(r"[0-9a-fA-F]{32}")


class Strategy(enum.StrEnum):
    """Serial generation strategy (``value`` is the wire string)."""

    SEQUENTIAL_NUMERIC = "SEQUENTIAL_NUMERIC"
    RANDOM_NUMERIC = "RANDOM_NUMERIC"
    RANDOM_ALPHANUMERIC = "RANDOM_ALPHANUMERIC"


class SettingsError(ValueError):
    """Invalid allocation settings; ``field`` is the offending request field."""

    def __init__(self, field: str, message: str) -> None:
        super().__init__(f"{field}: {message}")
        self.field = field
        self.message = message


class SpaceExhaustedError(Exception):
    """An allocation asked for more serials than the space has left."""

    def __init__(self, space_id: str, requested: int, remaining: int, size: int) -> None:
        super().__init__(
            f"allocation space {space_id} cannot allocate {requested} serials: {remaining} of {size} remain"
        )
        self.space_id = space_id
        self.requested = requested
        self.remaining = remaining
        self.size = size


def _distinct(symbols: str) -> str:
    return "".join(dict.fromkeys(symbols))


def _check_symbols(symbols: object) -> str:
    if not isinstance(symbols, str):
        raise SettingsError("symbols", "must be a string")
    bad = _distinct("".join(c for c in symbols if c not in CSET82_SET))
    if bad:
        raise SettingsError("symbols", f"characters outside GS1 AI (21) CSET 82: {bad!r}")
    if len(_distinct(symbols)) < MIN_SYMBOLS:
        raise SettingsError("symbols", f"must contain at least {MIN_SYMBOLS} distinct characters")
    return symbols


@dataclass(frozen=True)
class AllocationSettings:
    """Validated serial allocation settings; construction raises ``SettingsError``."""

    length: int
    strategy: Strategy
    symbols: str | None = None

    def __post_init__(self) -> None:
        length: object = self.length
        # bool is an int subclass; `true` is not a length.
        if not isinstance(length, int) or isinstance(length, bool):
            raise SettingsError("length", "must be an integer")
        if not MIN_LENGTH <= length <= MAX_LENGTH:
            raise SettingsError(
                "length",
                f"must be in the range [{MIN_LENGTH}-{MAX_LENGTH}], got {length}",
            )
        strategy: object = self.strategy
        if not isinstance(strategy, str):
            raise SettingsError("strategy", "must be a string")
        try:
            # Accepts plain wire strings too, normalising them to the enum.
            object.__setattr__(self, "strategy", Strategy(strategy))
        except ValueError:
            allowed = ", ".join(s.value for s in Strategy)
            raise SettingsError("strategy", f"must be one of [{allowed}], got {strategy!r}") from None
        if self.strategy is not Strategy.RANDOM_ALPHANUMERIC:
            # Numeric strategies draw from 0-9 whatever is sent: any string is kept and ignored.
            if self.symbols is not None and not isinstance(self.symbols, str):
                raise SettingsError("symbols", "must be a string")
        elif self.symbols is not None:
            _check_symbols(self.symbols)
        else:
            raise SettingsError("symbols", "is required for the RANDOM_ALPHANUMERIC strategy")

    @classmethod
    def from_json(cls, data: Mapping[str, object]) -> AllocationSettings:
        """Build from a decoded request body; unknown keys are ignored."""
        if "length" not in data:
            raise SettingsError("length", "is required")
        if "strategy" not in data:
            raise SettingsError("strategy", "is required")
        symbols = data.get("symbols")
        if symbols is not None and not isinstance(symbols, str):
            raise SettingsError("symbols", "must be a string")
        # Types are checked in __post_init__, which sees the raw values.
        return cls(length=data["length"], strategy=data["strategy"], symbols=symbols)  # type: ignore[arg-type]

    def to_json(self) -> dict[str, object]:
        """Wire form, as echoed by the API (``symbols`` only when sent)."""
        out: dict[str, object] = {
            "length": self.length,
            "strategy": self.strategy.value,
        }
        if self.symbols is not None:
            out["symbols"] = self.symbols
        return out

    @property
    def alphabet(self) -> str:
        """Digits of the serial, digit 0 first."""
        if self.strategy is Strategy.RANDOM_ALPHANUMERIC:
            assert self.symbols is not None  # guaranteed by __post_init__
            return _distinct(self.symbols)
        return NUMERIC_ALPHABET

    @property
    def space_size(self) -> int:
        """How many distinct serials these settings can produce."""
        if self.strategy is Strategy.SEQUENTIAL_NUMERIC:
            return int(10**self.length) - 1  # numbering starts at 1
        # int(): typeshed types int ** int as Any (negative exponents give floats).
        return int(len(self.alphabet) ** self.length)


def new_seed() -> str:
    """A fresh 32-hex-char seed, the form the job status shows."""
    return secrets.token_hex(16)


@dataclass(eq=False)
class AllocationSpace:
    """A serial space: settings + secret seed + how many indices are handed out.

    Thread-safe ``allocate``; everything else is a pure function of the
    constructor arguments, so a space can be rebuilt from (id, settings,
    seed, allocated) alone.
    """

    id: str
    settings: AllocationSettings
    seed: str
    allocated: int = 0
    _lock: threading.Lock = field(default_factory=threading.Lock, init=False, repr=False)
    _size: int = field(init=False, repr=False)
    _perm: FeistelPermutation | None = field(init=False, repr=False)

    def __post_init__(self) -> None:
        if not isinstance(self.seed, str) or not _SEED_RE.fullmatch(self.seed):
            raise ValueError(f"seed must be 32 hexadecimal characters, got {self.seed!r}")
        self._size = size = self.settings.space_size
        if not 0 <= self.allocated <= size:
            raise ValueError(f"allocated must be in [0, {size}], got {self.allocated}")
        self._perm = (
            None
            if self.settings.strategy is Strategy.SEQUENTIAL_NUMERIC
            else FeistelPermutation(size, bytes.fromhex(self.seed))
        )

    @classmethod
    def create(
        cls,
        settings: AllocationSettings,
        *,
        space_id: str | None = None,
        seed: str | None = None,
    ) -> AllocationSpace:
        """New empty space with a random UUID id and seed unless given."""
        return cls(
            id=space_id if space_id is not None else str(uuid.uuid4()),
            settings=settings,
            seed=seed if seed is not None else new_seed(),
        )

    @property
    def size(self) -> int:
        """Number of serials the space can ever hold."""
        return self._size

    @property
    def _codec(self) -> Codec:
        """The codec of the space's settings, from the shared cache (a space pins no codec of its own)."""
        return codec_for(self.settings.alphabet, self.settings.length)

    @property
    def remaining(self) -> int:
        """Number of indices not yet allocated."""
        return self._size - self.allocated

    def allocate(self, count: int) -> tuple[int, int]:
        """Reserve the next ``count`` indices; ``(start, end)``, 1-based inclusive.

        Raises ``SpaceExhaustedError`` (allocating nothing) if too few remain.
        """
        if not isinstance(count, int) or isinstance(count, bool) or count < 1:
            raise ValueError(f"count must be a positive integer, got {count!r}")
        with self._lock:
            remaining = self._size - self.allocated
            if count > remaining:
                raise SpaceExhaustedError(self.id, count, remaining, self._size)
            start = self.allocated + 1
            self.allocated += count
            return start, self.allocated

    def serial(self, index: int) -> str:
        """Shorthand for ``serial_at(self, index)``."""
        return serial_at(self, index)


def _check_range(space: AllocationSpace, start: int, end: int) -> None:
    if not 1 <= start <= end + 1 or end > space._size:
        raise ValueError(f"range [{start}, {end}] is not within [1, {space._size}]")


def serial_at(space: AllocationSpace, index: int) -> str:
    """The serial at 1-based ``index`` (allocated or not: this is pure math)."""
    _check_range(space, index, index)
    perm = space._perm
    return space._codec.encode(index if perm is None else perm.forward(index - 1))


def serials(space: AllocationSpace, start: int, end: int) -> Iterator[str]:
    """Serials at indices ``start..end`` (1-based, inclusive), in index order.

    The range is checked now, not on first ``next()``.
    """
    _check_range(space, start, end)
    encode = space._codec.encode
    perm = space._perm
    # map() keeps the per-serial loop in C where it can.
    if perm is None:
        return map(encode, range(start, end + 1))
    return map(encode, perm.forward_range(start - 1, end))


def index_of(space: AllocationSpace, serial: str) -> int | None:
    """1-based index of ``serial`` in the space, or None if it cannot occur.

    Says nothing about allocation: compare with ``space.allocated`` or a
    job's range to know whether the serial was issued.
    """
    if not isinstance(serial, str):
        return None
    n = space._codec.decode(serial)
    if n is None:
        return None
    perm = space._perm
    if perm is None:
        return n if n >= 1 else None  # all zeros is never issued
    return perm.inverse(n) + 1


def bench(count: int = 1_000_000) -> dict[str, float]:
    """Serials per second for ``count`` consecutive serials, per strategy."""
    seed = "90a1bc2d34567ef8901a2bc3d4e56fa7"
    cases = {
        "SEQUENTIAL_NUMERIC/8": AllocationSettings(8, Strategy.SEQUENTIAL_NUMERIC),
        "RANDOM_NUMERIC/8": AllocationSettings(8, Strategy.RANDOM_NUMERIC),
        "RANDOM_ALPHANUMERIC/10 hapc": AllocationSettings(10, Strategy.RANDOM_ALPHANUMERIC, "hapc"),
        "RANDOM_ALPHANUMERIC/20 CSET82": AllocationSettings(20, Strategy.RANDOM_ALPHANUMERIC, CSET_82),
    }
    rates: dict[str, float] = {}
    for name, settings in cases.items():
        space = AllocationSpace.create(settings, seed=seed)
        t0 = time.perf_counter()
        for _ in serials(space, 1, count):
            pass
        rates[name] = count / (time.perf_counter() - t0)
    return rates


if __name__ == "__main__":
    for case, rate in bench().items():
        print(f"{case:32s} {rate:12,.0f} serials/s  ({1_000_000 / rate:.2f} s per 1M)")
