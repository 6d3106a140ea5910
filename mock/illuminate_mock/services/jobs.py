"""Serialization jobs of the 2025 API (under ``/api/v1``): jobs named by an identifier, their list and CSV.

- ``identifier`` names one job in an account: a second start with it is
  refused with 409 naming ``body.identifier`` and creates nothing.
- ``attributes`` gives every new serial its attribute values: each must be an
  attribute of the account, and each mandatory attribute needs one (400
  naming ``body.attributes.<name>``). ``flags`` names account flags set true
  on every new serial (400 naming ``body.flags[i]`` otherwise).
- ``overrideDataCarrierDefaults`` chooses the carriers with ``qrCode`` and
  ``watermark`` (each allowed by the subscriptions, 403 otherwise),
  ``urlFormat`` (required with a QR code) and ``domain`` (the account's
  default when left out) instead of the account's defaults.
- Allocation as for every job (``allocation.py``); every check comes first.
- The job list is oldest first; its cursor is the last job of a page (an
  unknown one is 404). A job of another account is never found (404).
- The CSV of a COMPLETED job (409 before) has one line per serial, made as
  it is sent (``csv_export.py``).
"""

from __future__ import annotations

from typing import Any

from .. import render
from ..csv_export import job_csv
from ..errors import FieldError, bad_request, conflict, not_found
from ..models import Job
from ..models.serialization import COMPLETED
from ..registry import Call, Reply, handles
from ..store import Store
from .allocation import Carriers, JobRequest, open_job, require_serialization_subscription, serializable_twin
from .carriers import check_subscribed

DEFAULT_LIMIT = 1000


def _carriers(call: Call) -> Carriers:
    body = call.body
    if not body.get("overrideDataCarrierDefaults"):
        return Carriers.defaults(call)
    wanted = [("QR_CODE", "body.qrCode"), ("DIGITAL_WATERMARK", "body.watermark")]
    types = tuple(kind for kind, where in wanted if body[where.removeprefix("body.")])
    for kind, where in wanted:
        if kind in types:
            check_subscribed(call.account, [kind], where)
    if "QR_CODE" in types and "urlFormat" not in body:
        raise bad_request([FieldError("body.urlFormat", "is required when qrCode is true")])
    account = call.account
    return Carriers(
        types, body.get("domain", account.default_domain), body.get("urlFormat", account.default_url_format)
    )


def _serial_values(store: Store, call: Call) -> tuple[dict[str, str], int]:
    """The attribute values and the flag mask every serial of the job gets (400 naming each bad name)."""
    body = call.body
    errors: list[FieldError] = []
    known = store.serial.account_attributes(call.account.id)
    values: dict[str, str] = body.get("attributes", {})
    for name in values:
        if name not in known:
            errors.append(FieldError(f"body.attributes.{name}", "the account has no serial attribute of this name"))
    for definition in known.values():
        if definition.mandatory and definition.name not in values:
            errors.append(FieldError(f"body.attributes.{definition.name}", "a mandatory attribute needs a value"))
    mask = 0
    for index, name in enumerate(body.get("flags", [])):
        bit = call.account.flag_bit(name)
        if bit is None:
            errors.append(FieldError(f"body.flags[{index}]", f"the account has no flag {name!r}"))
        else:
            mask |= bit
    if errors:
        raise bad_request(errors)
    return dict(values), mask


@handles("startSerializationJob")
def start_serialization_job(store: Store, call: Call) -> Reply:
    require_serialization_subscription(call)
    body = call.body
    twin = serializable_twin(store, call, body["digitalTwinId"], "body.digitalTwinId")
    identifier = body["identifier"]
    if identifier in store.serial.named_jobs.get(call.account.id, {}):
        raise conflict("JOB_EXISTS", f"the account already has a job named {identifier!r}", "body.identifier")
    attributes, flags = _serial_values(store, call)
    request = JobRequest(twin, body["count"], "body.count", _carriers(call), identifier, attributes, flags)
    job = open_job(store, call, request)
    return Reply(render.serialization_job(job, "PENDING"))


def _named_job(store: Store, call: Call) -> Job:
    identifier = call.params["jobIdentifier"]
    job = store.serial.named_jobs.get(call.account.id, {}).get(identifier)
    if job is None:
        raise not_found("path.jobIdentifier", "job", identifier)
    return job


@handles("listSerializationJobs")
def list_serialization_jobs(store: Store, call: Call) -> Reply:
    jobs = list(store.serial.named_jobs.get(call.account.id, {}).values())
    start = 0
    if "cursor" in call.params:
        ids = [job.id for job in jobs]
        if call.params["cursor"] not in ids:
            raise not_found("query.cursor", "cursor", call.params["cursor"])
        start = ids.index(call.params["cursor"]) + 1
    limit = call.params.get("limit", DEFAULT_LIMIT)
    page = jobs[start : start + limit]
    has_next = len(jobs) > start + limit
    now = store.clock.now()
    items: list[Any] = [render.serialization_job(job, job.progress(now)[0]) for job in page]
    return Reply({"jobs": items, "pageInfo": render.page_info(page[-1].id if has_next else None)})


@handles("getSerializationJob")
def get_serialization_job(store: Store, call: Call) -> Reply:
    job = _named_job(store, call)  # limit and cursor are accepted and change nothing (spec/DECISIONS.md)
    return Reply(render.serialization_job(job, job.progress(store.clock.now())[0]))


@handles("getSerializationJobCsv")
def get_serialization_job_csv(store: Store, call: Call) -> Reply:
    job = _named_job(store, call)
    status = job.progress(store.clock.now())[0]
    if status != COMPLETED:
        raise conflict("JOB_NOT_COMPLETED", f"the job is {status}; its CSV is there once it is COMPLETED")
    twin = store.twins.require(call.account.id, job.twin_id, "path.jobIdentifier")
    stream = job_csv(job, twin, store.serial.added_carriers)
    return Reply(stream=stream, media_type="text/csv; charset=utf-8")
