"""The legacy serialization operations under ``/rest``: jobs, job status, serials, serial carriers.

(Allocation settings are in ``settings.py``, the 2025 jobs in ``jobs.py``.)

- A job allocates serials as every job does (``allocation.py``). Serials are
  never stored: the serial at an index is a keyed permutation of it
  (``serials.py``), so a million-serial job costs a few hundred bytes.
- Job progress is a function of the clock (``JobTiming``), so there is no
  background work and tests can move time by hand.
- Serials are listed once their job has completed, in index order; the page
  headers are written by ``pagination.py`` as for every other list.
- A serial may get one carrier of each type its job did not already make,
  with the same subscription check and URL rule as a twin's carriers.
"""

from __future__ import annotations

from .. import render
from ..errors import FieldError, bad_request, conflict, invalid, not_found
from ..models import Job, SerialDataCarrier, new_id
from ..pagination import page_headers
from ..registry import Call, Reply, handles
from ..serial_pages import cached_page
from ..serials import parse_serial_id, serial_id, serials, space_tag
from ..store import Store, timestamp
from .allocation import Carriers, JobRequest, open_job, require_serialization_subscription, serializable_twin
from .carriers import carrier_link, check_subscribed


@handles("startSerialGenerationJob")
def start_job(store: Store, call: Call) -> Reply:
    require_serialization_subscription(call)
    twin = serializable_twin(store, call, call.body["digitalTwinId"], "body.digitalTwinId")
    request = JobRequest(twin, call.body["serialCount"], "body.serialCount", Carriers.defaults(call))
    return Reply(render.job_started(open_job(store, call, request)))


@handles("getJobStatus")
def get_job_status(store: Store, call: Call) -> Reply:
    job = store.serial.jobs.get(call.params["jobId"])
    if job is None or job.account_id != call.account.id:
        raise not_found("query.jobId", "job", call.params["jobId"])
    return Reply(render.job_status(job, store.clock.now()))


# ------------------------------------------------------------------ serials


@handles("listSerials")
def list_serials(store: Store, call: Call) -> Reply:
    twin = store.twins.require(call.account.id, call.params["digitalTwinId"], "query.digitalTwinId")
    jobs = store.serial.completed_jobs(twin.id, store.clock.now())
    after_index: int | None = None
    if "after" in call.params:
        parsed = parse_serial_id(call.params["after"])
        space = store.serial.spaces.get(twin.id)
        if parsed is None or space is None or parsed[0] != space_tag(space.id):
            raise not_found("query.after", "cursor", call.params["after"])
        after_index = parsed[1]
    # Serials never change after creation, so MODIFIED_* sorts like CREATED_*.
    descending = call.params["order"].endswith("_DESC")
    space = store.serial.spaces.get(twin.id)
    marks = store.serial.marks.get(space.id, {}) if space is not None else {}
    # Rendered straight to JSON bytes, and served again from a cache while nothing it shows has changed.
    content, token = cached_page(jobs, after_index, descending, call.params["first"], marks)
    return Reply(content=content, headers=page_headers(token))


# ------------------------------------------------------ serial data carriers


def _find_serial(store: Store, call: Call) -> tuple[Job, int, str]:
    where = "body.serialId"
    parsed = parse_serial_id(call.body["serialId"])
    twin_id = store.serial.twin_of_tag.get(parsed[0]) if parsed else None
    twin = store.twins.get(call.account.id, twin_id) if twin_id else None
    if parsed is None or twin is None:
        raise not_found(where, "serial", call.body["serialId"])
    index = parsed[1]
    for job in store.serial.completed_jobs(twin.id, store.clock.now()):
        if job.holds(index):
            return job, index, next(serials(job.space, index, index))
    raise not_found(where, "serial", call.body["serialId"])


@handles("createSerialDataCarrier")
def create_serial_data_carrier(store: Store, call: Call) -> Reply:
    job, index, value = _find_serial(store, call)
    body = call.body
    if "digitalTwinId" in body and body["digitalTwinId"] != job.twin_id:
        raise bad_request([FieldError("body.digitalTwinId", "this is not the digital twin of the serial")])
    carrier_type = body["carrierType"]
    if carrier_type == "QR_CODE" and "useDefaultSettings" not in body:
        # SER v1: "If useDefaultSettings is omitted, no QR code is created": refused, never a silent success.
        raise invalid(
            "body.useDefaultSettings",
            "no QR code is created without useDefaultSettings: send true for the account's defaults, "
            "or false with urlFormat and shortUrlDomain",
        )
    check_subscribed(call.account, [carrier_type], "body.carrierType")
    sid = serial_id(job.space.id, index)
    added = store.serial.added_carriers.setdefault(sid, [])
    if carrier_type in job.carrier_types or any(c.carrier_type == carrier_type for c in added):
        raise conflict("CARRIER_EXISTS", f"the serial already has a {carrier_type}", "body.carrierType")
    # The job's defaults, unless the request asks for its own format or domain.
    custom = body.get("useDefaultSettings") is False
    url_format = body.get("urlFormat", job.default_url_format) if custom else job.default_url_format
    domain = body.get("shortUrlDomain", job.default_domain) if custom else job.default_domain
    twin = store.twins.require(call.account.id, job.twin_id, "body.serialId")
    link = carrier_link(
        twin, carrier_type, url_format=url_format, link_domain=job.default_domain, short_domain=domain, serial=value
    )
    carrier = SerialDataCarrier(
        id=new_id(),
        account_id=call.account.id,
        serial_id=sid,
        carrier_type=carrier_type,
        carrier_url=link.url,
        short_id=link.short_id,
        created=timestamp(store.clock.now()),
        created_by=call.user_id,
    )
    added.append(carrier)
    return Reply(render.serial_carrier(carrier))
