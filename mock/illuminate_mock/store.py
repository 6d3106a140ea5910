"""Everything a running mock holds: accounts and keys, every resource by kind, serial state.

Every resource belongs to one account, and every read goes through the
account, so one account never sees another's data. One lock guards it all:
the backend takes it around each operation, which keeps a rule's checks and
its writes together.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from typing import Any, Generic, TypeVar

from .clock import Clock, ManualClock, SystemClock, timestamp
from .config import MockConfig
from .errors import not_found
from .models import (
    Account,
    ApiKey,
    AssetType,
    Brand,
    DigitalTwin,
    FunctionalName,
    Image,
    Product,
    ProductVariant,
    PromotionalAsset,
    PromotionalAssetLink,
    Record,
    SerialState,
    Stamp,
    Upload,
)

__all__ = ["Clock", "Collection", "ManualClock", "Store", "SystemClock", "sort_key", "timestamp"]

R = TypeVar("R", bound=Record)


class Collection(Generic[R]):
    """Resources of one kind, indexed by account, with tombstones for cursors.

    A deleted resource stays reachable by id as a cursor position only, so a
    client paging through a list while resources are deleted keeps its place.
    """

    def __init__(self, record_type: type[R]) -> None:
        self.record_type = record_type
        self.kind = record_type.KIND
        self._by_account: dict[str, dict[str, R]] = {}
        self._tombstones: dict[str, R] = {}

    def add(self, record: R) -> R:
        self._by_account.setdefault(record.account_id, {})[record.id] = record
        return record

    def get(self, account_id: str, record_id: object) -> R | None:
        if not isinstance(record_id, str):
            return None
        return self._by_account.get(account_id, {}).get(record_id)

    def require(self, account_id: str, record_id: object, field_name: str) -> R:
        record = self.get(account_id, record_id)
        if record is None:
            raise not_found(field_name, self.kind, record_id)
        return record

    def remove(self, account_id: str, record_id: str) -> None:
        record = self._by_account.get(account_id, {}).pop(record_id)
        self._tombstones[record_id] = record

    def all(self, account_id: str) -> list[R]:
        return list(self._by_account.get(account_id, {}).values())

    def bury(self, record: R) -> None:
        """Keep ``record`` as a deleted one: reachable as a cursor position only (a restored snapshot's)."""
        self._tombstones[record.id] = record

    def buried(self) -> list[R]:
        """The deleted records kept as cursor positions, oldest deletion first."""
        return list(self._tombstones.values())

    def cursor_record(self, account_id: str, record_id: str) -> R | None:
        record = self.get(account_id, record_id)
        if record is None:
            tomb = self._tombstones.get(record_id)
            record = tomb if tomb is not None and tomb.account_id == account_id else None
        return record

    def __iter__(self) -> Iterator[R]:
        for records in self._by_account.values():
            yield from records.values()


class Store:
    """The whole state of one mock: what the fixture gave it and what clients made since."""

    def __init__(self, clock: Clock, config: MockConfig | None = None) -> None:
        self.clock = clock
        self.config = config or MockConfig()
        self.lock = threading.RLock()
        self.accounts: dict[str, Account] = {}
        self.api_keys: dict[str, ApiKey] = {}
        self.brands = Collection(Brand)
        self.functional_names = Collection(FunctionalName)
        self.asset_types = Collection(AssetType)
        self.products = Collection(Product)
        self.variants = Collection(ProductVariant)
        self.promotional_assets = Collection(PromotionalAsset)
        self.links = Collection(PromotionalAssetLink)
        self.twins = Collection(DigitalTwin)
        self.images = Collection(Image)
        self.uploads: dict[str, Upload] = {}  # upload token -> upload
        self.blobs: dict[str, bytes] = {}  # image id -> uploaded bytes
        self.serial = SerialState()
        self.sequence = 1  # the ``seq`` of the next audit stamp (always taken under ``lock``)

    def stamp(self, user_id: str) -> Stamp:
        """An audit stamp for a change made now by ``user_id``."""
        seq = self.sequence
        self.sequence = seq + 1
        return Stamp(timestamp(self.clock.now()), user_id, seq)

    def adopt(self, other: Store) -> None:
        """Take every account, key, record and serial state of ``other`` (a restored or fresh store).

        The lock, the clock and the configuration stay this store's own, so
        whoever holds this store (the backend, a request waiting for the
        lock) goes on with it. Call with ``lock`` held: the switch is atomic
        for every operation.
        """
        for name, value in vars(other).items():
            if name not in _OWN:
                setattr(self, name, value)


_OWN = frozenset({"clock", "config", "lock"})


def sort_key(field_name: str, *, fold: bool = False) -> Callable[[Any], Any]:
    """Sort by one field; ties go by creation order (by modification order for ``modified``).

    ``created`` and ``modified`` are the audit stamps; any other name is an
    attribute of the resource (unset sorts as empty text).
    """
    if field_name == "created":
        return lambda record: (record.created.at, record.created.seq)
    if field_name == "modified":
        return lambda record: (record.modified.at, record.modified.seq)

    def key(record: Any) -> Any:
        value = getattr(record, field_name, None)
        if value is None:
            value = ""
        return (value.casefold() if fold and isinstance(value, str) else value, record.created.seq)

    return key
