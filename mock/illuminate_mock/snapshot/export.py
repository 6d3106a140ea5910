"""The whole state of a mock as one JSON document (the snapshot format, version ``VERSION``).

Everything the API's answers depend on is in it: the fixture's accounts and
keys (a key by its SHA-256 only: the snapshot never holds a secret), every
record (deleted ones too, as the cursor positions they still are), image
bytes up to a budget, pending uploads, the serialization state (settings,
allocation spaces with their seeds, jobs with their clock-relative timing,
the sparse marks of serials that had a flag or an attribute set), the audit
sequence and the clock. Serials themselves are computed, never stored, so a
million-serial job is a few hundred bytes here too.

Called with the store's lock held; the document shares no mutable object
with the store, so it can be written out after the lock is let go.
"""

from __future__ import annotations

import base64
import datetime
import hashlib
from typing import Any

from ..clock import Clock
from ..models import Account, ApiKey, DigitalTwin
from ..serials import AllocationSpace
from ..store import Collection, Store
from .records import encode_record

FORMAT = "illuminate-mock-snapshot"
VERSION = 1
# Image bytes kept in a snapshot: each image's up to IMAGE_BYTES_EACH, all of them up to IMAGE_BYTES_TOTAL
# (oldest image first). Larger ones are left out: their records stay, their bytes are gone.
IMAGE_BYTES_EACH = 1024 * 1024
IMAGE_BYTES_TOTAL = 16 * 1024 * 1024
TWIN_ONLY = frozenset({"resource", "carriers"})

# Snapshot field -> Store attribute, in the order they are written and read (references point backwards).
COLLECTIONS = (
    ("brands", "brands"),
    ("functionalNames", "functional_names"),
    ("assetTypes", "asset_types"),
    ("products", "products"),
    ("productVariants", "variants"),
    ("promotionalAssets", "promotional_assets"),
    ("promotionalAssetLinks", "links"),
    ("digitalTwins", "twins"),
    ("images", "images"),
)


def key_digest(key: str) -> str:
    """How a snapshot names an API key: its SHA-256, never the key."""
    return hashlib.sha256(key.encode("utf-8")).hexdigest()


def export_state(store: Store) -> dict[str, Any]:
    """The snapshot of ``store`` (hold ``store.lock``)."""
    document: dict[str, Any] = {
        "format": FORMAT,
        "version": VERSION,
        "clock": clock_reading(store.clock),
        "sequence": store.sequence,
        "accounts": [_account(account) for account in store.accounts.values()],
        "apiKeys": [_key(key) for key in store.api_keys.values()],
    }
    deleted: dict[str, list[dict[str, Any]]] = {}
    for name, attribute in COLLECTIONS:
        collection: Collection[Any] = getattr(store, attribute)
        document[name] = [_record(record) for record in collection]
        buried = collection.buried()
        if buried:
            deleted[name] = [_record(record) for record in buried]
    document["deleted"] = deleted
    document["uploads"] = [
        {"token": u.token, "accountId": u.account_id, "imageId": u.image_id, "expiresAt": u.expires_at.isoformat()}
        for u in store.uploads.values()
    ]
    document["imageBytes"] = _image_bytes(store)
    document["serialization"] = _serialization(store)
    return document


def clock_reading(clock: Clock) -> dict[str, Any]:
    """The clock's time, and how far it is from the system's (what a movable clock keeps)."""
    now = clock.now()
    offset = (now - datetime.datetime.now(datetime.UTC)).total_seconds()
    return {"now": now.isoformat(), "offsetSeconds": round(offset, 6)}


def _account(account: Account) -> dict[str, Any]:
    return {
        "id": account.id,
        "subscriptions": sorted(account.subscriptions),
        "defaultCarrierTypes": list(account.default_carrier_types),
        "defaultDomain": account.default_domain,
        "defaultUrlFormat": account.default_url_format,
        "flags": list(account.flags),
    }


def _key(key: ApiKey) -> dict[str, Any]:
    return {
        "sha256": key_digest(key.key),
        "accountId": key.account_id,
        "roles": sorted(key.roles),
        "userId": key.user_id,
    }


def _record(record: Any) -> dict[str, Any]:
    if not isinstance(record, DigitalTwin):
        return encode_record(record)
    body = encode_record(record, TWIN_ONLY)
    body["resourceType"] = record.resource_type
    body["resourceId"] = record.resource_id
    body["dataCarriers"] = [encode_record(carrier) for carrier in record.carriers]
    return body


def _image_bytes(store: Store) -> list[dict[str, str]]:
    kept: list[dict[str, str]] = []
    budget = IMAGE_BYTES_TOTAL
    for image in store.images:
        data = store.blobs.get(image.id)
        if data is None or len(data) > IMAGE_BYTES_EACH or len(data) > budget:
            continue
        budget -= len(data)
        kept.append({"imageId": image.id, "base64": base64.b64encode(data).decode("ascii")})
    return kept


def _space(twin_id: str, space: AllocationSpace) -> dict[str, Any]:
    return {
        "id": space.id,
        "digitalTwinId": twin_id,
        "settings": space.settings.to_json(),
        "seed": space.seed,
        "allocated": space.allocated,
    }


def _serialization(store: Store) -> dict[str, Any]:
    state = store.serial
    flag_names = {account.id: account.flags for account in store.accounts.values()}
    twin_of_space = {space.id: twin_id for twin_id, space in state.spaces.items()}
    jobs = []
    for job in state.jobs.values():
        names = flag_names.get(job.account_id, ())
        jobs.append(
            {
                "id": job.id,
                "accountId": job.account_id,
                "digitalTwinId": job.twin_id,
                "identifier": job.identifier,
                "firstIndex": job.first_index,
                "lastIndex": job.last_index,
                "allocationLevel": job.allocation_level,
                "carrierTypes": list(job.carrier_types),
                "defaultDomain": job.default_domain,
                "defaultUrlFormat": job.default_url_format,
                "createdBy": job.created_by,
                "startedAt": job.started_at.isoformat(),
                "pendingSeconds": job.pending_seconds,
                "runSeconds": job.run_seconds,
                "fails": job.fails,
                "attributes": dict(job.attributes),
                "flags": _flag_list(job.flags, names),
            }
        )
    account_of_twin = {twin.id: twin.account_id for twin in store.twins} if state.marks else {}
    marks = []
    for space_id, by_index in state.marks.items():
        names = flag_names.get(account_of_twin.get(twin_of_space.get(space_id, ""), ""), ())
        serials = [
            # [index, flags set, attribute values set (or null), modified at, by, seq]: the bulk of a
            # large state, so a list rather than an object.
            [
                index,
                _flag_list(mark.flags, names),
                dict(mark.attributes) if mark.attributes else None,
                mark.modified.at,
                mark.modified.by,
                mark.modified.seq,
            ]
            for index, mark in sorted(by_index.items())
        ]
        marks.append({"allocationSpace": space_id, "serials": serials})
    return {
        "accountSettings": [
            {"accountId": account_id, "settings": settings.to_json()}
            for account_id, settings in state.account_settings.items()
        ],
        "accountAttributes": [
            {"accountId": account_id, "attributes": [{"name": a.name, "mandatory": a.mandatory} for a in attributes]}
            for account_id, attributes in state.attributes.items()
        ],
        "twinSettings": [
            {"digitalTwinId": twin_id, "settings": settings.to_json()}
            for twin_id, settings in state.twin_settings.items()
        ],
        "spaces": [_space(twin_id, space) for twin_id, space in state.spaces.items()],
        "jobs": jobs,
        "serialCarriers": [
            {
                "id": c.id,
                "accountId": c.account_id,
                "serialId": c.serial_id,
                "carrierType": c.carrier_type,
                "carrierUrl": c.carrier_url,
                "shortId": c.short_id,
                "created": c.created,
                "createdBy": c.created_by,
            }
            for carriers in state.added_carriers.values()
            for c in carriers
        ],
        "marks": marks,
        "failNextJobs": state.fail_next_jobs,
    }


def _flag_list(mask: int, names: tuple[str, ...]) -> list[str]:
    """A flag mask as the names of the flags set (masks are positions in the account's flags)."""
    return [name for bit, name in enumerate(names) if mask >> bit & 1]
