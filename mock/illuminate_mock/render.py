"""The models as the spec's JSON bodies: the only place the mock writes API field names.

Rules never build response dicts; they hand models to these functions. A
field that is unset (None) is left out, as the service leaves out what was
never given; ``customAttributes`` and every other value is shown exactly as
stored.
"""

from __future__ import annotations

import datetime
import functools
import json
from collections import Counter
from collections.abc import Iterable, Mapping
from json.encoder import encode_basestring
from typing import Any

import orjson

from .models import (
    Account,
    DigitalTwin,
    Job,
    Product,
    ProductVariant,
    PromotionalAsset,
    Record,
    Resource,
    SerialDataCarrier,
    SerialMark,
    SerialState,
)
from .models.base import shown_fields
from .models.serialization import ITEM_TYPES
from .serial_ids import serial_ids
from .serials import AllocationSettings, serial_id, serials
from .store import Store

Json = dict[str, Any]

# The documented answer to a second attempt at settings (HTTP 200, a JSON string).
SETTINGS_CONFLICT = (
    "Entity with ID serial_allocation_settings would cause the following conflict: "
    "Once the serial allocation settings have been set, they cannot be changed."
)


# JSON escapes these (and the C0 controls) in a string.
_ESCAPED = frozenset('"\\')
_ENCODER = json.JSONEncoder(ensure_ascii=False, allow_nan=False, separators=(",", ":"))


def encode(value: Any) -> bytes:
    """``value`` as compact JSON in UTF-8 (the body of an answer).

    orjson does the work (several times faster than the standard library on
    a page of twins or serials); whatever it refuses (an integer over 64
    bits, a key that is not text) goes to the standard library's encoder.
    NaN and the infinities never get this far: the request parser refuses
    them.
    """
    try:
        return orjson.dumps(value)
    except TypeError:
        return _ENCODER.encode(value).encode("utf-8")


def fields(record: Record) -> Json:
    """A resource as the API shows it: id, account, its own fields, then the audit fields."""
    body: Json = {"id": record.id, "accountId": record.account_id}
    for attribute, name in shown_fields(type(record)):
        value = getattr(record, attribute)
        if value is not None:
            body[name] = value
    body["created"] = record.created.at
    body["createdById"] = record.created.by
    body["modified"] = record.modified.at
    body["modifiedById"] = record.modified.by
    return body


class Tallies:
    """Counts the product and promotional asset views show, taken once per response.

    Counting per rendered item would scan every variant or link of the account
    for each item of a page.
    """

    def __init__(self, store: Store, account_id: str) -> None:
        self.store = store
        self.account_id = account_id

    @functools.cached_property
    def variants(self) -> tuple[Counter[str], Counter[str]]:
        """Variants per product id, and those of them whose twin has a data carrier."""
        total: Counter[str] = Counter()
        tagged: Counter[str] = Counter()
        for variant in self.store.variants.all(self.account_id):
            total[variant.product_id] += 1
            twin = self.store.twins.get(self.account_id, variant.twin_id)
            if twin is not None and twin.carriers:
                tagged[variant.product_id] += 1
        return total, tagged

    @functools.cached_property
    def links(self) -> Counter[tuple[str, str]]:
        """Links per (promotional asset id, "productId" or "productVariantId")."""
        counts: Counter[tuple[str, str]] = Counter()
        for link in self.store.links.all(self.account_id):
            counts[(link.promotional_asset_id, link.target_kind)] += 1
        return counts


def product(tallies: Tallies, item: Product) -> Json:
    total, tagged = tallies.variants
    return {**fields(item), "productVariantsCount": total[item.id], "productVariantsWithTagsCount": tagged[item.id]}


def promotional_asset(tallies: Tallies, item: PromotionalAsset) -> Json:
    return {
        **fields(item),
        "productCount": tallies.links[(item.id, "productId")],
        "productVariantCount": tallies.links[(item.id, "productVariantId")],
    }


def resource(tallies: Tallies, item: Resource) -> Json:
    if isinstance(item, Product):
        return product(tallies, item)
    if isinstance(item, PromotionalAsset):
        return promotional_asset(tallies, item)
    return fields(item)


_RESOURCE_KEY = {
    Product: "product",
    ProductVariant: "productVariant",
    PromotionalAsset: "promotionalAsset",
}


def twin(tallies: Tallies, item: DigitalTwin) -> Json:
    body: Json = {
        "id": item.id,
        "accountId": item.account_id,
        "resourceId": item.resource_id,
        "resourceType": item.resource_type,
    }
    if item.product_id is not None:
        body["productId"] = item.product_id
    body["created"] = item.created.at
    body["createdById"] = item.created.by
    body["modified"] = item.modified.at
    body["modifiedById"] = item.modified.by
    body[_RESOURCE_KEY[type(item.resource)]] = resource(tallies, item.resource)
    body["dataCarriers"] = [fields(carrier) for carrier in item.carriers]
    return body


def deleted(ids: list[str]) -> Json:
    return {"deletedIds": ids}


def upload_started(image_id: str, upload_url: str) -> Json:
    return {"digitalTwinImageId": image_id, "uploadUrl": upload_url}


# ------------------------------------------------------------- serialization


def settings(account_id: str, value: AllocationSettings, twin_id: str | None = None) -> Json:
    body: Json = {"accountId": account_id}
    if twin_id is not None:
        body["digitalTwinId"] = twin_id
    body["serialAllocationSettings"] = value.to_json()
    return body


def _settings_data(value: AllocationSettings) -> Json:
    data: Json = {"length": value.length}
    if value.symbols is not None:
        data["symbols"] = value.symbols
    data["strategy"] = str(value.strategy)
    return data


def job_started(job: Job) -> Json:
    data: Json = {"length": job.settings.length, "strategy": str(job.settings.strategy)}
    if job.settings.symbols is not None:
        data["symbols"] = job.settings.symbols
    return {"accountId": job.account_id, "data": data, "id": job.id, "status": "PENDING", "type": "SERIAL_GENERATION"}


def job_status(job: Job, now: datetime.datetime) -> Json:
    status, progress = job.progress(now)
    span = [job.first_index, job.last_index]
    item_data: list[Json] = [
        {"count": job.count, "digitalTwinId": job.twin_id, "nextJobItemId": job.space.id, "allocatedRange": span},
        {"range": span, "allocationSpace": job.space.id},
        {"seed": job.space.seed, "range": span, "allocationSpace": job.space.id},
    ]
    items = [
        {"count": 1, "items": [{"data": data, "status": Job.item_status(status, progress, i)}], "type": kind}
        for i, (kind, data) in enumerate(zip(ITEM_TYPES, item_data, strict=True))
    ]
    data: Json = {"range": span, **_settings_data(job.settings)}
    data.update(
        {
            "qrCodeStep": "QR_CODE" in job.carrier_types,
            "defaultDomain": job.default_domain,
            "watermarkStep": "DIGITAL_WATERMARK" in job.carrier_types,
            "allocationLevel": job.allocation_level,
            "defaultDataCarrier": job.default_url_format,
        }
    )
    return {
        "id": job.id,
        "accountId": job.account_id,
        "breakdown": {"jobItems": items, "progress": progress},
        "data": data,
        "jobItemCounts": {"total": len(items)},
        "status": status,
        "type": "SERIAL_GENERATION",
    }


def serial(job: Job, index: int, value: str, mark: SerialMark | None = None) -> Json:
    """One listed serial (``mark``: what was set on it since). Called once per serial: one dict literal."""
    return {
        "accountId": job.account_id,
        "created": job.created,
        "createdById": job.created_by,
        "digitalTwinId": job.twin_id,
        "id": serial_id(job.space.id, index),
        "modified": job.created if mark is None else mark.modified.at,
        "modifiedById": job.created_by if mark is None else mark.modified.by,
        "serial": value,
        "status": "COMPLETED",
    }


class SerialTemplate:
    """The JSON of one job's serials, its constant parts encoded once (``render.serial``'s fields, in order)."""

    def __init__(self, job: Job) -> None:
        self.job = job
        self.head = (
            f'{{"accountId":{encode_basestring(job.account_id)},"created":{encode_basestring(job.created)},'
            f'"createdById":{encode_basestring(job.created_by)},"digitalTwinId":{encode_basestring(job.twin_id)},'
            '"id":"'
        )
        self.plain = self.middle(job.created, job.created_by)
        self.tail = '","status":"COMPLETED"}'
        alphabet = job.settings.alphabet
        self.escape = any(c in _ESCAPED or c < " " for c in alphabet)

    @staticmethod
    def middle(modified: str, modified_by: str) -> str:
        return f'","modified":{encode_basestring(modified)},"modifiedById":{encode_basestring(modified_by)},"serial":"'

    def items(self, start: int, end: int, marks: Mapping[int, SerialMark]) -> list[str]:
        """The serials at ``start..end`` (ascending) as JSON texts."""
        ids = serial_ids(self.job.space.id, start, end)
        values: Iterable[str] = serials(self.job.space, start, end)
        if self.escape:
            values = (encode_basestring(value)[1:-1] for value in values)
        head, plain, tail = self.head, self.plain, self.tail
        if not marks:
            return [f"{head}{sid}{plain}{value}{tail}" for sid, value in zip(ids, values, strict=True)]
        texts = []
        for index, sid, value in zip(range(start, end + 1), ids, values, strict=True):
            mark = marks.get(index)
            middle = plain if mark is None else self.middle(mark.modified.at, mark.modified.by)
            texts.append(f"{head}{sid}{middle}{value}{tail}")
        return texts


def serial_carrier(carrier: SerialDataCarrier) -> Json:
    body: Json = {
        "accountId": carrier.account_id,
        "carrierType": carrier.carrier_type,
        "carrierUrl": carrier.carrier_url,
    }
    if carrier.short_id is not None:
        body["shortId"] = carrier.short_id
    body.update(
        {
            "created": carrier.created,
            "createdById": carrier.created_by,
            "id": carrier.id,
            "modified": carrier.created,
            "modifiedById": carrier.created_by,
            "serialId": carrier.serial_id,
        }
    )
    return body


# ------------------------------------------------- serialization, 2025 (/api/v1)


def serialization_job(job: Job, status: str) -> Json:
    return {
        "id": job.id,
        "identifier": job.identifier,
        "status": status,
        "digitalTwinId": job.twin_id,
        "count": job.count,
        "created": job.created,
    }


def page_info(next_cursor: str | None) -> Json:
    """Where the next page of a 2025 list starts: the cursor only when there is one."""
    if next_cursor is None:
        return {"hasNextPage": False}
    return {"hasNextPage": True, "nextCursor": next_cursor}


def flag_values(account: Account, mask: int) -> dict[str, bool]:
    """Every flag of the account with its value in ``mask`` (false until set)."""
    return {name: bool(mask >> bit & 1) for bit, name in enumerate(account.flags)}


def attribute_values(values: Mapping[str, str], names: Iterable[str]) -> dict[str, str]:
    """The values of the attributes ``names`` (the account's, in its order) that have one."""
    return {name: values[name] for name in names if name in values}


def serial_item(account: Account, job: Job, index: int, value: str, state: SerialState, names: list[str]) -> Json:
    mark = state.mark_of(job, index)
    mask = job.flags if mark is None else mark.flags
    modified, modified_by = (job.created, job.created_by) if mark is None else (mark.modified.at, mark.modified.by)
    return {
        "id": serial_id(job.space.id, index),
        "serial": value,
        "digitalTwinId": job.twin_id,
        "accountId": job.account_id,
        "allocationSpace": job.space.id,
        "attributes": attribute_values(state.attributes_of(job, index), names),
        "created": job.created,
        "createdById": job.created_by,
        "modified": modified,
        "modifiedById": modified_by,
        "flags": flag_values(account, mask),
    }


def flag_change(name: str, value: bool, previous: bool) -> Json:
    return {"name": name, "value": value, "previous_value": previous}


def attribute_change(name: str, value: str) -> Json:
    return {"name": name, "value": value}
