"""In-memory state of the mock: accounts, keys and the REST resources.

Records are the JSON objects the API returns, plus private keys starting
with ``_`` (never sent). Every record belongs to one account, and every read
goes through the account, so one account never sees another's data.
"""

from __future__ import annotations

import datetime
import itertools
import threading
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any, Protocol

from .errors import not_found

Record = dict[str, Any]


class Clock(Protocol):
    def now(self) -> datetime.datetime: ...


class SystemClock:
    def now(self) -> datetime.datetime:
        return datetime.datetime.now(datetime.UTC)


@dataclass
class ManualClock:
    """A clock tests move by hand, so job progress is deterministic."""

    current: datetime.datetime = field(
        default_factory=lambda: datetime.datetime(2024, 9, 25, 19, 58, tzinfo=datetime.UTC)
    )

    def now(self) -> datetime.datetime:
        return self.current

    def advance(self, seconds: float) -> None:
        self.current += datetime.timedelta(seconds=seconds)


def timestamp(moment: datetime.datetime) -> str:
    """ISO 8601 with milliseconds and Z, as in the documents' examples."""
    return moment.astimezone(datetime.UTC).strftime("%Y-%m-%dT%H:%M:%S.") + f"{moment.microsecond // 1000:03d}Z"


def new_id() -> str:
    return str(uuid.uuid4())


def public(record: Record) -> Record:
    """The record as the API shows it: private keys removed, nested records too."""
    return {key: _public_value(value) for key, value in record.items() if not key.startswith("_")}


def _public_value(value: Any) -> Any:
    if isinstance(value, dict):
        return public(value)
    if isinstance(value, list):
        return [_public_value(item) for item in value]
    return value


@dataclass(frozen=True)
class Account:
    id: str
    subscriptions: frozenset[str]
    default_carrier_types: tuple[str, ...]
    default_domain: str = "https://example.com/"
    default_url_format: str = "DigitalLink"


@dataclass(frozen=True)
class ApiKey:
    key: str = field(repr=False)
    account_id: str
    roles: frozenset[str]
    user_id: str = "api-key-user"

    def __repr__(self) -> str:  # the key itself never appears in logs
        return f"ApiKey(account_id={self.account_id!r}, roles={sorted(self.roles)!r})"


class Collection:
    """Records of one kind, indexed by account, with tombstones for cursors.

    A deleted record stays reachable by id as a cursor position only, so a
    client paging through a list while records are deleted keeps its place.
    """

    def __init__(self, kind: str) -> None:
        self.kind = kind
        self._by_account: dict[str, dict[str, Record]] = {}
        self._tombstones: dict[str, Record] = {}

    def add(self, record: Record) -> Record:
        self._by_account.setdefault(record["accountId"], {})[record["id"]] = record
        return record

    def get(self, account_id: str, record_id: object) -> Record | None:
        if not isinstance(record_id, str):
            return None
        return self._by_account.get(account_id, {}).get(record_id)

    def require(self, account_id: str, record_id: object, field_name: str) -> Record:
        record = self.get(account_id, record_id)
        if record is None:
            raise not_found(field_name, self.kind, record_id)
        return record

    def remove(self, account_id: str, record_id: str) -> None:
        record = self._by_account.get(account_id, {}).pop(record_id)
        self._tombstones[record_id] = record

    def all(self, account_id: str) -> list[Record]:
        return list(self._by_account.get(account_id, {}).values())

    def cursor_record(self, account_id: str, record_id: str) -> Record | None:
        record = self.get(account_id, record_id)
        if record is None:
            tomb = self._tombstones.get(record_id)
            record = tomb if tomb is not None and tomb["accountId"] == account_id else None
        return record

    def __iter__(self) -> Iterator[Record]:
        for records in self._by_account.values():
            yield from records.values()


class Store:
    """Everything the REST API keeps, plus the accounts and keys of the fixture."""

    def __init__(self, clock: Clock) -> None:
        self.clock = clock
        self.lock = threading.RLock()
        self.accounts: dict[str, Account] = {}
        self.api_keys: dict[str, ApiKey] = {}
        self.brands = Collection("brand")
        self.functional_names = Collection("functional name")
        self.asset_types = Collection("asset type")
        self.products = Collection("product")
        self.variants = Collection("product variant")
        self.promotional_assets = Collection("promotional asset")
        self.links = Collection("promotional asset link")
        self.twins = Collection("digital twin")
        self.data_carriers = Collection("data carrier")
        self.images = Collection("digital twin image")
        self.uploads: dict[str, tuple[str, str]] = {}  # upload token -> (account id, image id)
        self.blobs: dict[str, bytes] = {}  # image id -> uploaded bytes
        self._sequence = itertools.count(1)

    def stamp(self, record: Record, user_id: str, *, created: bool) -> Record:
        """Set the audit fields; sequence numbers break ties between equal timestamps."""
        now = timestamp(self.clock.now())
        sequence = next(self._sequence)
        if created:
            record["created"] = now
            record["createdById"] = user_id
            record["_seq"] = sequence
        record["modified"] = now
        record["modifiedById"] = user_id
        record["_modifiedSeq"] = sequence
        return record

    def new_record(self, account_id: str, user_id: str, fields: Record) -> Record:
        record: Record = {"id": new_id(), "accountId": account_id, **fields}
        return self.stamp(record, user_id, created=True)


def sort_key_for(field_name: str, *, fold: bool = False) -> Callable[[Record], Any]:
    """Sort by one field; ties go by creation order (by modification order for ``modified``)."""
    tie = "_modifiedSeq" if field_name == "modified" else "_seq"

    def key(record: Record) -> Any:
        value = record.get(field_name, "")
        return (value.casefold() if fold and isinstance(value, str) else value, record[tie])

    return key
