"""The 6 operations of the Serialization API and their rules.

- Allocation settings are set once, per account or per twin, and never
  change: a second attempt answers HTTP 200 with the documented conflict text.
  Twin settings win over the account's; the account's are copied to the twin
  when its first job starts; with neither, a job is refused.
- Each twin has one allocation space. A job reserves the next index range of
  that space, or nothing when too few serials are left (409). Serials are
  never stored: the serial at an index is a keyed permutation of it
  (``serials.py``), so a million-serial job costs a few hundred bytes.
- Job progress is a function of the clock (``JobTiming``), so there is no
  background work and tests can move time by hand.
- Serials are listed once their job has completed, in index order.
"""

from __future__ import annotations

import datetime
import functools
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from .backend import Backend, Call, Reply, handles
from .errors import FieldError, bad_request, conflict, forbidden, invalid, not_found
from .gs1 import digital_link, gtin14, short_id, short_url
from .rest import allowed_carriers
from .serials import (
    MAX_SERIAL_ID_INDEX,
    AllocationSettings,
    AllocationSpace,
    SettingsError,
    SpaceExhaustedError,
    parse_serial_id,
    serial_id,
    serials,
    space_tag,
)
from .store import Record, new_id, public, timestamp

SETTINGS_CONFLICT = (
    "Entity with ID serial_allocation_settings would cause the following conflict: "
    "Once the serial allocation settings have been set, they cannot be changed."
)
ITEM_TYPES = ("SERIAL_ALLOCATION_BATCH", "SERIAL_DATA_CARRIER_BATCH", "SERIAL_HASHING_BATCH")


@dataclass
class Job:
    id: str
    account_id: str
    twin_id: str
    space: AllocationSpace
    first_index: int
    last_index: int
    allocation_level: str
    carrier_types: tuple[str, ...]
    default_domain: str
    default_url_format: str
    created_by: str
    started_at: datetime.datetime
    pending_seconds: float
    run_seconds: float
    fails: bool = False

    @property
    def count(self) -> int:
        return self.last_index - self.first_index + 1

    @functools.cached_property
    def created(self) -> str:
        # Read once per listed serial: formatting it each time dominated listing.
        return timestamp(self.started_at)

    def progress(self, now: datetime.datetime) -> tuple[str, float]:
        """(status, progress 0..1) at ``now``."""
        elapsed = (now - self.started_at).total_seconds() - self.pending_seconds
        if elapsed < 0:
            return "PENDING", 0.0
        if elapsed < self.run_seconds:
            # Strictly inside (0, 1) while running: 0 and 1 mean "not started" and "done".
            return "IN_PROGRESS", min(max(round(elapsed / self.run_seconds, 4), 0.0001), 0.9999)
        if self.fails:
            return "FAILED", 0.5
        return "COMPLETED", 1.0


@dataclass
class SerializationState:
    account_settings: dict[str, AllocationSettings] = field(default_factory=dict)
    twin_settings: dict[str, AllocationSettings] = field(default_factory=dict)
    spaces: dict[str, AllocationSpace] = field(default_factory=dict)  # twin id -> space
    twin_of_tag: dict[str, str] = field(default_factory=dict)  # space tag -> twin id
    jobs: dict[str, Job] = field(default_factory=dict)
    twin_jobs: dict[str, list[Job]] = field(default_factory=dict)
    added_carriers: dict[str, list[Record]] = field(default_factory=dict)  # serial id -> carriers
    # Tests set this to make the next N jobs end FAILED instead of COMPLETED.
    fail_next_jobs: int = 0


def _settings_from(body: dict[str, Any]) -> AllocationSettings:
    try:
        return AllocationSettings.from_json(body)
    except SettingsError as exc:
        raise invalid(f"body.{exc.field}", exc.message) from None


def _settings_reply(call: Call, settings: AllocationSettings, twin_id: str | None = None) -> Reply:
    payload: Record = {"accountId": call.account.id}
    if twin_id is not None:
        payload["digitalTwinId"] = twin_id
    payload["serialAllocationSettings"] = settings.to_json()
    return Reply(payload)


def _require_subscription(call: Call) -> None:
    if not call.account.subscriptions:
        raise forbidden("serial allocation needs an account with at least one subscription")


def _serializable_twin(backend: Backend, call: Call, twin_id: object, field_name: str) -> Record:
    twin = backend.store.twins.require(call.account.id, twin_id, field_name)
    if twin["resourceType"] == "PROMOTIONAL_ASSET":
        raise invalid(field_name, "serials are not supported for promotional assets")
    return twin


@handles("setAccountSerialAllocationSettings")
def set_account_settings(backend: Backend, call: Call) -> Reply:
    _require_subscription(call)
    state = backend.serial
    if call.account.id in state.account_settings:
        return Reply(SETTINGS_CONFLICT)
    settings = _settings_from(call.body)
    state.account_settings[call.account.id] = settings
    return _settings_reply(call, settings)


@handles("setDigitalTwinSerialAllocationSettings")
def set_twin_settings(backend: Backend, call: Call) -> Reply:
    _require_subscription(call)
    twin = _serializable_twin(backend, call, call.body["digitalTwinId"], "body.digitalTwinId")
    state = backend.serial
    if twin["id"] in state.twin_settings:
        return Reply(SETTINGS_CONFLICT)
    settings = _settings_from(call.body)
    state.twin_settings[twin["id"]] = settings
    return _settings_reply(call, settings, twin["id"])


@handles("startSerialGenerationJob")
def start_job(backend: Backend, call: Call) -> Reply:
    state = backend.serial
    twin = _serializable_twin(backend, call, call.body["digitalTwinId"], "body.digitalTwinId")
    settings = state.twin_settings.get(twin["id"])
    level = "DIGITAL_TWIN"
    if settings is None:
        settings = state.account_settings.get(call.account.id)
        level = "ACCOUNT"
    if settings is None:
        raise conflict(
            "ALLOCATION_SETTINGS_MISSING",
            "set allocation settings for the account or the digital twin before starting a job",
            "body.digitalTwinId",
        )
    space = state.spaces.get(twin["id"]) or AllocationSpace.create(settings)
    count = call.body["serialCount"]
    if space.allocated + count > MAX_SERIAL_ID_INDEX:
        raise conflict("SPACE_EXHAUSTED", "this mock cannot number that many serials", "body.serialCount")
    try:
        first, last = space.allocate(count)
    except SpaceExhaustedError as exc:
        raise conflict(
            "SPACE_EXHAUSTED",
            f"only {exc.remaining} serials are left in this digital twin's allocation space",
            "body.serialCount",
        ) from None
    # Everything checked: from here on the request changes state.
    state.twin_settings.setdefault(twin["id"], settings)
    state.spaces[twin["id"]] = space
    state.twin_of_tag[space_tag(space.id)] = twin["id"]
    timing = backend.config.job_timing
    job = Job(
        id=new_id(),
        account_id=call.account.id,
        twin_id=twin["id"],
        space=space,
        first_index=first,
        last_index=last,
        allocation_level=level,
        carrier_types=tuple(
            t for t in call.account.default_carrier_types if t in allowed_carriers(call.account.subscriptions)
        ),
        default_domain=call.account.default_domain,
        default_url_format=call.account.default_url_format,
        created_by=call.user_id,
        started_at=backend.clock.now(),
        pending_seconds=timing.pending_seconds,
        run_seconds=timing.duration(count),
        fails=state.fail_next_jobs > 0,
    )
    state.fail_next_jobs = max(0, state.fail_next_jobs - 1)
    state.jobs[job.id] = job
    state.twin_jobs.setdefault(twin["id"], []).append(job)
    data = {"length": settings.length, "strategy": str(settings.strategy)}
    if settings.symbols is not None:
        data["symbols"] = settings.symbols
    return Reply(
        {"accountId": call.account.id, "data": data, "id": job.id, "status": "PENDING", "type": "SERIAL_GENERATION"}
    )


def _item_status(job_status: str, progress: float, position: int) -> str:
    if job_status == "FAILED":
        return "COMPLETED" if progress >= (position + 1) / 3 else "FAILED"
    if progress >= (position + 1) / 3:
        return "COMPLETED"
    return "IN_PROGRESS" if job_status == "IN_PROGRESS" and progress >= position / 3 else "PENDING"


def job_status(backend: Backend, job: Job) -> Record:
    status, progress = job.progress(backend.clock.now())
    settings = job.space.settings
    span = [job.first_index, job.last_index]
    item_data: list[Record] = [
        {"count": job.count, "digitalTwinId": job.twin_id, "nextJobItemId": job.space.id, "allocatedRange": span},
        {"range": span, "allocationSpace": job.space.id},
        {"seed": job.space.seed, "range": span, "allocationSpace": job.space.id},
    ]
    items = [
        {"count": 1, "items": [{"data": data, "status": _item_status(status, progress, i)}], "type": kind}
        for i, (kind, data) in enumerate(zip(ITEM_TYPES, item_data, strict=True))
    ]
    data: Record = {"range": span, "length": settings.length}
    if settings.symbols is not None:
        data["symbols"] = settings.symbols
    data.update(
        {
            "strategy": str(settings.strategy),
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


@handles("getJobStatus")
def get_job_status(backend: Backend, call: Call) -> Reply:
    job = backend.serial.jobs.get(call.params["jobId"])
    if job is None or job.account_id != call.account.id:
        raise not_found("query.jobId", "job", call.params["jobId"])
    return Reply(job_status(backend, job))


# ------------------------------------------------------------------ serials


def _completed_jobs(backend: Backend, twin_id: str) -> list[Job]:
    now = backend.clock.now()
    return [job for job in backend.serial.twin_jobs.get(twin_id, []) if job.progress(now)[0] == "COMPLETED"]


def _serial_record(job: Job, index: int, value: str) -> Record:
    return {
        "accountId": job.account_id,
        "created": job.created,
        "createdById": job.created_by,
        "digitalTwinId": job.twin_id,
        "id": serial_id(job.space.id, index),
        "modified": job.created,
        "modifiedById": job.created_by,
        "serial": value,
        "status": "COMPLETED",
    }


def _walk(jobs: list[Job], after: int | None, descending: bool) -> Iterator[Record]:
    """Serials of ``jobs`` strictly after index ``after``, in index order."""
    for job in sorted(jobs, key=lambda j: j.first_index, reverse=descending):
        start, end = job.first_index, job.last_index
        if after is not None:
            if descending:
                end = min(end, after - 1)
            else:
                start = max(start, after + 1)
        if start > end:
            continue
        if descending:
            # Reverse in bounded chunks: memory stays flat however long the run.
            top = end
            while top >= start:
                bottom = max(start, top - 999)
                chunk = list(serials(job.space, bottom, top))
                for offset in range(len(chunk) - 1, -1, -1):
                    yield _serial_record(job, bottom + offset, chunk[offset])
                top = bottom - 1
        else:
            for offset, value in enumerate(serials(job.space, start, end)):
                yield _serial_record(job, start + offset, value)


@handles("listSerials")
def list_serials(backend: Backend, call: Call) -> Reply:
    twin = backend.store.twins.require(call.account.id, call.params["digitalTwinId"], "query.digitalTwinId")
    jobs = _completed_jobs(backend, twin["id"])
    after_index: int | None = None
    if "after" in call.params:
        parsed = parse_serial_id(call.params["after"])
        space = backend.serial.spaces.get(twin["id"])
        if parsed is None or space is None or parsed[0] != space_tag(space.id):
            raise not_found("query.after", "cursor", call.params["after"])
        after_index = parsed[1]
    # Serials never change after creation, so MODIFIED_* sorts like CREATED_*.
    descending = call.params["order"].endswith("_DESC")
    first = call.params["first"]
    page: list[Record] = []
    has_next = False
    for record in _walk(jobs, after_index, descending):
        if len(page) == first:
            has_next = True
            break
        page.append(record)
    headers = {"has-next-page": "true", "next-page-token": page[-1]["id"]} if has_next else {"has-next-page": "false"}
    return Reply(page, headers)


# ------------------------------------------------------ serial data carriers


def _find_serial(backend: Backend, call: Call) -> tuple[Job, int, str]:
    where = "body.serialId"
    parsed = parse_serial_id(call.body["serialId"])
    twin_id = backend.serial.twin_of_tag.get(parsed[0]) if parsed else None
    twin = backend.store.twins.get(call.account.id, twin_id) if twin_id else None
    if parsed is None or twin is None:
        raise not_found(where, "serial", call.body["serialId"])
    index = parsed[1]
    for job in _completed_jobs(backend, twin["id"]):
        if job.first_index <= index <= job.last_index:
            return job, index, next(serials(job.space, index, index))
    raise not_found(where, "serial", call.body["serialId"])


def _serial_carrier_url(backend: Backend, call: Call, job: Job, value: str) -> Record:
    body = call.body
    if body["carrierType"] != "QR_CODE":
        return {"carrierUrl": ""}
    custom = not body["useDefaultSettings"]
    url_format = body.get("urlFormat", job.default_url_format) if custom else job.default_url_format
    domain = body.get("shortUrlDomain", job.default_domain) if custom else job.default_domain
    twin = backend.store.twins.require(call.account.id, job.twin_id, "body.serialId")
    resource = twin["_resource"]
    gtin = gtin14(resource.get("identifier") or resource.get("productIdentifier"))
    if url_format == "DigitalLink" and gtin is not None:
        variant = (
            resource.get("consumerProductVariantIdentification") if twin["resourceType"] == "PRODUCT_VARIANT" else None
        )
        return {"carrierUrl": digital_link(job.default_domain, gtin, serial=value, variant=variant)}
    code = short_id()
    return {"carrierUrl": short_url(domain, code), "shortId": code}


@handles("createSerialDataCarrier")
def create_serial_data_carrier(backend: Backend, call: Call) -> Reply:
    job, index, value = _find_serial(backend, call)
    body = call.body
    if "digitalTwinId" in body and body["digitalTwinId"] != job.twin_id:
        raise bad_request([FieldError("body.digitalTwinId", "this is not the digital twin of the serial")])
    carrier_type = body["carrierType"]
    if carrier_type not in allowed_carriers(call.account.subscriptions):
        raise forbidden(f"the account's subscriptions do not include {carrier_type}", "body.carrierType")
    sid = serial_id(job.space.id, index)
    added = backend.serial.added_carriers.setdefault(sid, [])
    if carrier_type in job.carrier_types or any(c["carrierType"] == carrier_type for c in added):
        raise conflict("CARRIER_EXISTS", f"the serial already has a {carrier_type}", "body.carrierType")
    now = timestamp(backend.clock.now())
    carrier: Record = {
        "accountId": call.account.id,
        "carrierType": carrier_type,
        **_serial_carrier_url(backend, call, job, value),
        "created": now,
        "createdById": call.user_id,
        "id": new_id(),
        "modified": now,
        "modifiedById": call.user_id,
        "serialId": sid,
    }
    added.append(carrier)
    return Reply(public(carrier))
