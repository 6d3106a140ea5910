"""A snapshot read back into a new ``Store``: everything checked before anything is kept.

The checks, each refused with its place (``products[3].brandId``):

- the document: JSON within ``MAX_SNAPSHOT_BYTES`` and ``MAX_SNAPSHOT_CONTAINERS``, ``format`` and
  ``version`` first (another version is named as such), no field the format
  does not know, no NUL or lone surrogate in any string;
- the fixture: the running mock's fixture defines accounts and keys. Every
  account the snapshot names (in ``accounts`` or on any record) and every
  key (by its SHA-256) must be one of the fixture's; the snapshot's copies
  of their other fields are informative only;
- every record: its fields' types, the values the rules look up (carrier
  types, image types and statuses, dates), ids once each, and every
  reference resolving within the record's own account: a product's brand,
  a variant's product, a link's asset and target, each twin's resource (and
  each resource's twin, exactly one), an image's twin, an upload's pending
  image, image bytes' image;
- the serialization state (``restore_serial.py``).

The result is a complete ``Store`` that no one else holds; the backend swaps
its contents in under the lock (``Store.adopt``), so a refused snapshot
changes nothing and an accepted one is seen whole or not at all.
"""

from __future__ import annotations

import base64
import binascii
import datetime
import json
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from ..clock import Clock
from ..config import MockConfig
from ..models import Account, ApiKey, DataCarrier, DigitalTwin, PromotionalAssetLink, Record, Upload
from ..models.base import camel
from ..models.images import PENDING, UPLOAD_LIMIT_BYTES
from ..store import Collection, Store
from .checks import SnapshotError, array, at, bad_text, fail, integer, moment, number, obj, shown, text, unique
from .export import COLLECTIONS, FORMAT, TWIN_ONLY, VERSION, key_digest
from .records import decode_record
from .restore_serial import decode_serialization

# A snapshot (an admin call's body, a state file) is read whole: these bound the memory and time it can take.
# 64 MiB holds some 700,000 flagged serials or 300,000 records; objects and lists are counted (a C-speed
# count of the brackets, those in strings too) before parsing, so 64 MiB of `[{},{},...]` cannot become
# twenty million dicts.
MAX_SNAPSHOT_BYTES = 64 * 1024 * 1024
MAX_SNAPSHOT_CONTAINERS = 2_000_000
TOP_LEVEL = (
    "format",
    "version",
    "clock",
    "sequence",
    "accounts",
    "apiKeys",
    *(name for name, _ in COLLECTIONS),
    "deleted",
    "uploads",
    "imageBytes",
    "serialization",
)
DELETABLE = ("promotionalAssetLinks", "images")  # the kinds the API deletes; their records stay as cursors
# A record of a collection is "a <kind>" in the snapshot's messages (``Collection.kind``), but for these.
_NOUNS = {"images": "image"}
# The ids a record of a collection holds that name a record of another: attribute -> the Store collection.
_REFERENCES: dict[str, dict[str, str]] = {
    "products": {"brand_id": "brands", "functional_name_id": "functional_names"},
    "productVariants": {"product_id": "products"},
    "promotionalAssets": {"brand_id": "brands", "asset_type_id": "asset_types"},
    "promotionalAssetLinks": {"promotional_asset_id": "promotional_assets"},  # and its target: ``_link_target``
    "images": {"digital_twin_id": "twins"},
}
_RESOURCE_TYPES = {"PRODUCT": "products", "PRODUCT_VARIANT": "variants", "PROMOTIONAL_ASSET": "promotional_assets"}


@dataclass
class Restored:
    """A checked snapshot: the store to adopt, and the clock reading to apply."""

    store: Store
    now: datetime.datetime
    offset_seconds: float


def parse_snapshot(raw: bytes) -> Any:
    """The JSON document of a snapshot's bytes (``SnapshotError`` naming the line and column)."""
    if len(raw) > MAX_SNAPSHOT_BYTES:
        fail("(top level)", f"a snapshot may hold at most {MAX_SNAPSHOT_BYTES} bytes, this one holds {len(raw)}")
    containers = raw.count(b"{") + raw.count(b"[")
    if containers > MAX_SNAPSHOT_CONTAINERS:
        fail("(top level)", f"a snapshot may hold at most {MAX_SNAPSHOT_CONTAINERS} objects and lists")
    try:
        written = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        fail(f"byte {exc.start}", "not UTF-8")
    try:
        return json.loads(written, parse_constant=_no_constant)
    except json.JSONDecodeError as exc:
        fail(f"line {exc.lineno}, column {exc.colno}", f"not valid JSON ({exc.msg})")
    except ValueError as exc:  # NaN/Infinity, or an integer of thousands of digits
        fail("(top level)", f"not valid JSON ({exc})")
    except RecursionError:
        fail("(top level)", "not valid JSON (nested too deep)")


def _no_constant(name: str) -> Any:
    raise ValueError(f"{name} is not a JSON number")


def restore_state(
    document: Any,
    accounts: Mapping[str, Account],
    api_keys: Mapping[str, ApiKey],
    clock: Clock,
    config: MockConfig,
) -> Restored:
    """A new store holding ``document``, checked against the running fixture's accounts and keys."""
    if not isinstance(document, dict):
        fail("(top level)", "must be an object (a snapshot of illuminate-mock)")
    if document.get("format") != FORMAT:
        fail("format", f"must be {FORMAT!r}: this is not a snapshot of illuminate-mock")
    version = document.get("version")
    if not isinstance(version, int) or isinstance(version, bool) or version != VERSION:
        fail("version", f"this mock reads snapshots of version {VERSION}, not {shown(str(version))}")
    obj(document, "", TOP_LEVEL)
    found = bad_text(document)
    if found is not None:
        fail(found, "holds a NUL character or a lone UTF-16 surrogate")
    store = Store(clock, config)
    store.accounts.update(accounts)
    store.api_keys.update(api_keys)
    _check_fixture(document, accounts, api_keys)
    now, offset = _clock(document["clock"])
    reader = _Reader(store)
    for name, attribute in COLLECTIONS:
        reader.collection(name, getattr(store, attribute), document[name])
    reader.check_every_resource_has_its_twin()
    reader.deleted(document["deleted"])
    reader.uploads(document["uploads"])
    reader.image_bytes(document["imageBytes"])
    highest = decode_serialization(store, document["serialization"], "serialization")
    sequence = integer(document["sequence"], "sequence", 1, 2**62)
    store.sequence = max(sequence, reader.highest_seq + 1, highest + 1)
    return Restored(store, now, offset)


def _check_fixture(document: dict[str, Any], accounts: Mapping[str, Account], api_keys: Mapping[str, ApiKey]) -> None:
    for index, item in enumerate(array(document["accounts"], "accounts")):
        place = at("accounts", index)
        found = obj(
            item, place, ("id",), ("subscriptions", "defaultCarrierTypes", "defaultDomain", "defaultUrlFormat", "flags")
        )
        account_id = text(found["id"], at(place, "id"))
        if account_id not in accounts:
            fail(at(place, "id"), f"names the account {shown(account_id)}, which the fixture does not have")
    digests = {key_digest(key) for key in api_keys}
    for index, item in enumerate(array(document["apiKeys"], "apiKeys")):
        place = at("apiKeys", index)
        found = obj(item, place, ("sha256",), ("accountId", "roles", "userId"))
        if text(found["sha256"], at(place, "sha256")) not in digests:
            fail(at(place, "sha256"), "names an API key the fixture does not have")


def _clock(value: Any) -> tuple[datetime.datetime, float]:
    found = obj(value, "clock", ("now", "offsetSeconds"))
    return moment(found["now"], "clock.now"), number(found["offsetSeconds"], "clock.offsetSeconds", -1e10, 1e10)


class _Reader:
    """Reads the records of one snapshot into ``store``, checking each reference as it goes."""

    def __init__(self, store: Store) -> None:
        self.store = store
        self.accounts = store.accounts
        self.ids: dict[str, set[str]] = {}
        self.claimed: set[str] = set()  # resources that have their twin
        self.highest_seq = 0

    def _read(self, name: str, collection: Collection[Any], value: Any, place: str) -> Record:
        kind = collection.record_type
        record: Record
        record = self._twin(value, place) if kind is DigitalTwin else decode_record(kind, value, place, self.accounts)
        unique(self.ids[name], record.id, at(place, "id"), _NOUNS.get(name, collection.kind))
        self.highest_seq = max(self.highest_seq, record.created.seq, record.modified.seq)
        for attribute, target in _REFERENCES.get(name, {}).items():
            self._ref(getattr(self.store, target), record, getattr(record, attribute), at(place, camel(attribute)))
        if isinstance(record, PromotionalAssetLink):
            self._link_target(record, place)
        return record

    def collection(self, name: str, collection: Collection[Any], value: Any) -> None:
        self.ids.setdefault(name, set())
        for index, item in enumerate(array(value, name)):
            collection.add(self._read(name, collection, item, at(name, index)))

    def deleted(self, value: Any) -> None:
        found = obj(value, "deleted", (), DELETABLE)
        for name in DELETABLE:
            attribute = dict(COLLECTIONS)[name]
            collection: Collection[Any] = getattr(self.store, attribute)
            place = at("deleted", name)
            for index, item in enumerate(array(found.get(name, []), place)):
                collection.bury(self._read(name, collection, item, at(place, index)))

    def _ref(self, collection: Collection[Any], record: Record, value: str | None, place: str) -> None:
        if value is not None and collection.get(record.account_id, value) is None:
            fail(place, f"names no {collection.kind} of the account in the snapshot")

    def _link_target(self, link: PromotionalAssetLink, place: str) -> None:
        if (link.product_id is None) == (link.product_variant_id is None):
            fail(place, "a link names exactly one of productId and productVariantId")
        self._ref(self.store.products, link, link.product_id, at(place, "productId"))
        self._ref(self.store.variants, link, link.product_variant_id, at(place, "productVariantId"))

    def _twin(self, value: Any, place: str) -> DigitalTwin:
        found = obj(
            value, place, ("accountId", "resourceType", "resourceId", "dataCarriers"), ("id", "created", "modified")
        )
        account_id = text(found["accountId"], at(place, "accountId"))
        kind = text(found["resourceType"], at(place, "resourceType"), _RESOURCE_TYPES)
        resource_id = text(found["resourceId"], at(place, "resourceId"))
        collection: Collection[Any] = getattr(self.store, _RESOURCE_TYPES[kind])
        resource = collection.get(account_id, resource_id)
        if resource is None:
            fail(at(place, "resourceId"), f"names no {kind.lower().replace('_', ' ')} of the account in the snapshot")
        if resource.id in self.claimed:
            fail(at(place, "resourceId"), "another digital twin of the snapshot stands for this resource")
        others = ("resourceType", "resourceId", "dataCarriers")
        twin = decode_record(DigitalTwin, value, place, self.accounts, TWIN_ONLY, others, resource=resource)
        if resource.twin_id != twin.id:
            fail(at(place, "resourceId"), "this resource's twinId names another digital twin")
        self.claimed.add(resource.id)
        seen: set[str] = set()
        for index, item in enumerate(array(found["dataCarriers"], at(place, "dataCarriers"))):
            where = at(at(place, "dataCarriers"), index)
            carrier = decode_record(DataCarrier, item, where, self.accounts)
            unique(self.ids.setdefault("dataCarriers", set()), carrier.id, at(where, "id"), "data carrier")
            if carrier.account_id != twin.account_id or carrier.digital_twin_id != twin.id:
                fail(at(where, "digitalTwinId"), "a twin's data carrier names that twin, in its account")
            unique(seen, carrier.carrier_type, at(where, "carrierType"), "carrier type on one twin")
            self.highest_seq = max(self.highest_seq, carrier.created.seq, carrier.modified.seq)
            twin.carriers.append(carrier)
        return twin

    def check_every_resource_has_its_twin(self) -> None:
        for name, attribute in COLLECTIONS[3:6]:
            for index, record in enumerate(getattr(self.store, attribute)):
                if record.id not in self.claimed:
                    fail(at(at(name, index), "twinId"), "no digital twin of the snapshot stands for this resource")

    def uploads(self, value: Any) -> None:
        store = self.store
        for index, item in enumerate(array(value, "uploads")):
            place = at("uploads", index)
            found = obj(item, place, ("token", "accountId", "imageId", "expiresAt"))
            token = text(found["token"], at(place, "token"))
            account_id = text(found["accountId"], at(place, "accountId"))
            image = store.images.get(account_id, text(found["imageId"], at(place, "imageId")))
            if image is None or image.status != PENDING or image.upload_token != token:
                fail(at(place, "imageId"), "names no pending image of the account that waits for this upload")
            if token in store.uploads:
                fail(at(place, "token"), "the snapshot lists this upload twice")
            store.uploads[token] = Upload(
                token, account_id, image.id, moment(found["expiresAt"], at(place, "expiresAt"))
            )
        for index, image in enumerate(store.images):
            if image.upload_token is not None and image.upload_token not in store.uploads:
                fail(at(at("images", index), "uploadToken"), "names no upload of the snapshot")

    def image_bytes(self, value: Any) -> None:
        live = {image.id for image in self.store.images}
        for index, item in enumerate(array(value, "imageBytes")):
            place = at("imageBytes", index)
            found = obj(item, place, ("imageId", "base64"))
            image_id = text(found["imageId"], at(place, "imageId"))
            if image_id not in live:
                fail(at(place, "imageId"), "names no image of the snapshot")
            if image_id in self.store.blobs:
                fail(at(place, "imageId"), "the snapshot lists this image's bytes twice")
            try:
                data = base64.b64decode(text(found["base64"], at(place, "base64")), validate=True)
            except (binascii.Error, ValueError):
                fail(at(place, "base64"), "must be base64")
            if len(data) > UPLOAD_LIMIT_BYTES:
                fail(at(place, "base64"), f"an image may not exceed {UPLOAD_LIMIT_BYTES} bytes")
            self.store.blobs[image_id] = data


__all__ = [
    "MAX_SNAPSHOT_BYTES",
    "MAX_SNAPSHOT_CONTAINERS",
    "Restored",
    "SnapshotError",
    "parse_snapshot",
    "restore_state",
]
