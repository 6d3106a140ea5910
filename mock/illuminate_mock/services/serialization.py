"""The 6 operations of the Serialization API and their rules.

- Allocation settings are set once, per account or per twin, and never
  change: a second attempt answers HTTP 200 with the documented conflict text.
  Twin settings win over the account's; the account's are copied to the twin
  when its first job starts; with neither, a job is refused. Setting them
  needs an account with at least one subscription.
- Each twin has one allocation space. A job reserves the next index range of
  that space, or nothing when too few serials are left (409). Serials are
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

from collections.abc import Iterator, Mapping
from typing import Any

from .. import render
from ..errors import FieldError, bad_request, conflict, forbidden, invalid, not_found
from ..models import DigitalTwin, Job, SerialDataCarrier, new_id
from ..pagination import page_headers
from ..registry import Call, Reply, handles
from ..serials import (
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
from ..store import Store, timestamp
from .carriers import carrier_link, check_subscribed

# Serial listing walks a descending range backwards in chunks of this many serials.
_REVERSE_CHUNK = 1000


def _settings_from(body: Mapping[str, Any]) -> AllocationSettings:
    try:
        return AllocationSettings.from_json(body)
    except SettingsError as exc:
        raise invalid(f"body.{exc.field}", exc.message) from None


def _require_subscription(call: Call) -> None:
    if not call.account.subscriptions:
        raise forbidden("serial allocation needs an account with at least one subscription")


def _serializable_twin(store: Store, call: Call, twin_id: object, field_name: str) -> DigitalTwin:
    twin = store.twins.require(call.account.id, twin_id, field_name)
    if twin.resource_type == "PROMOTIONAL_ASSET":
        raise invalid(field_name, "serials are not supported for promotional assets")
    return twin


@handles("setAccountSerialAllocationSettings")
def set_account_settings(store: Store, call: Call) -> Reply:
    _require_subscription(call)
    state = store.serial
    if call.account.id in state.account_settings:
        return Reply(render.SETTINGS_CONFLICT)
    settings = _settings_from(call.body)
    state.account_settings[call.account.id] = settings
    return Reply(render.settings(call.account.id, settings))


@handles("setDigitalTwinSerialAllocationSettings")
def set_twin_settings(store: Store, call: Call) -> Reply:
    _require_subscription(call)
    twin = _serializable_twin(store, call, call.body["digitalTwinId"], "body.digitalTwinId")
    state = store.serial
    if twin.id in state.twin_settings:
        return Reply(render.SETTINGS_CONFLICT)
    settings = _settings_from(call.body)
    state.twin_settings[twin.id] = settings
    return Reply(render.settings(call.account.id, settings, twin.id))


@handles("startSerialGenerationJob")
def start_job(store: Store, call: Call) -> Reply:
    state = store.serial
    twin = _serializable_twin(store, call, call.body["digitalTwinId"], "body.digitalTwinId")
    chosen = state.settings_for(twin.id, call.account.id)
    if chosen is None:
        raise conflict(
            "ALLOCATION_SETTINGS_MISSING",
            "set allocation settings for the account or the digital twin before starting a job",
            "body.digitalTwinId",
        )
    settings, level = chosen
    space = state.spaces.get(twin.id) or AllocationSpace.create(settings)
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
    state.twin_settings.setdefault(twin.id, settings)
    state.spaces[twin.id] = space
    state.twin_of_tag[space_tag(space.id)] = twin.id
    timing = store.config.job_timing
    job = Job(
        id=new_id(),
        account_id=call.account.id,
        twin_id=twin.id,
        space=space,
        first_index=first,
        last_index=last,
        allocation_level=level,
        carrier_types=call.account.default_carriers,
        default_domain=call.account.default_domain,
        default_url_format=call.account.default_url_format,
        created_by=call.user_id,
        started_at=store.clock.now(),
        pending_seconds=timing.pending_seconds,
        run_seconds=timing.duration(count),
        fails=state.take_failure(),
    )
    state.jobs[job.id] = job
    state.twin_jobs.setdefault(twin.id, []).append(job)
    return Reply(render.job_started(job))


@handles("getJobStatus")
def get_job_status(store: Store, call: Call) -> Reply:
    job = store.serial.jobs.get(call.params["jobId"])
    if job is None or job.account_id != call.account.id:
        raise not_found("query.jobId", "job", call.params["jobId"])
    return Reply(render.job_status(job, store.clock.now()))


# ------------------------------------------------------------------ serials


def _walk(jobs: list[Job], after: int | None, descending: bool) -> Iterator[dict[str, Any]]:
    """Serials of ``jobs`` strictly after index ``after``, in index order (reversed if ``descending``)."""
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
                bottom = max(start, top - _REVERSE_CHUNK + 1)
                chunk = list(serials(job.space, bottom, top))
                for offset in range(len(chunk) - 1, -1, -1):
                    yield render.serial(job, bottom + offset, chunk[offset])
                top = bottom - 1
        else:
            for offset, value in enumerate(serials(job.space, start, end)):
                yield render.serial(job, start + offset, value)


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
    first = call.params["first"]
    page: list[dict[str, Any]] = []
    has_next = False
    for record in _walk(jobs, after_index, descending):
        if len(page) == first:
            has_next = True
            break
        page.append(record)
    return Reply(page, page_headers(page[-1]["id"] if has_next else None))


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
    check_subscribed(call.account, [carrier_type], "body.carrierType")
    sid = serial_id(job.space.id, index)
    added = store.serial.added_carriers.setdefault(sid, [])
    if carrier_type in job.carrier_types or any(c.carrier_type == carrier_type for c in added):
        raise conflict("CARRIER_EXISTS", f"the serial already has a {carrier_type}", "body.carrierType")
    # The job's defaults, unless the request asks for its own format or domain.
    custom = not body["useDefaultSettings"]
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
