"""What both kinds of serialization job share: the subscription check, the twin check and the allocation.

- Settings and serialization need an ENGAGE or ENGAGE_PREMIUM subscription
  (403 otherwise; the 2025 document).
- Serials are made for product and variant twins only.
- A job uses the twin's settings, or else the account's, which are copied to
  the twin when the job starts; with neither it is refused (409). It
  reserves the next index range of the twin's one allocation space, or
  nothing when too few serials are left (409). Every check comes before the
  first write, so a refused job leaves no trace.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

from ..errors import conflict, forbidden, invalid
from ..models import DigitalTwin, Job, new_id
from ..registry import Call
from ..serials import MAX_SERIAL_ID_INDEX, AllocationSpace, SpaceExhaustedError, space_tag
from ..store import Store

SERIALIZATION_SUBSCRIPTIONS = frozenset({"ENGAGE", "ENGAGE_PREMIUM"})


def require_serialization_subscription(call: Call) -> None:
    if not call.account.subscriptions & SERIALIZATION_SUBSCRIPTIONS:
        raise forbidden("serialization needs an account with an ENGAGE or ENGAGE_PREMIUM subscription")


def serializable_twin(store: Store, call: Call, twin_id: object, field_name: str) -> DigitalTwin:
    twin = store.twins.require(call.account.id, twin_id, field_name)
    if twin.resource_type == "PROMOTIONAL_ASSET":
        raise invalid(field_name, "serials are not supported for promotional assets")
    return twin


@dataclass(frozen=True)
class Carriers:
    """The data carriers a job makes for every serial, and how its QR codes' URLs are built."""

    types: tuple[str, ...]
    domain: str
    url_format: str

    @classmethod
    def defaults(cls, call: Call) -> Carriers:
        account = call.account
        return cls(account.default_carriers, account.default_domain, account.default_url_format)


@dataclass(frozen=True)
class JobRequest:
    """A job to open: for which twin, how many serials, and what every serial gets."""

    twin: DigitalTwin
    count: int
    count_field: str
    carriers: Carriers
    identifier: str | None = None
    attributes: Mapping[str, str] = field(default_factory=dict)
    flags: int = 0


def open_job(store: Store, call: Call, request: JobRequest) -> Job:
    """Allocate the job's serials and keep the job (409 naming ``count_field`` when it cannot be done)."""
    state = store.serial
    twin = request.twin
    chosen = state.settings_for(twin.id, call.account.id)
    if chosen is None:
        raise conflict(
            "ALLOCATION_SETTINGS_MISSING",
            "set allocation settings for the account or the digital twin before starting a job",
            "body.digitalTwinId",
        )
    settings, level = chosen
    space = state.spaces.get(twin.id) or AllocationSpace.create(settings)
    if space.allocated + request.count > MAX_SERIAL_ID_INDEX:
        raise conflict("SPACE_EXHAUSTED", "this mock cannot number that many serials", request.count_field)
    try:
        first, last = space.allocate(request.count)
    except SpaceExhaustedError as exc:
        raise conflict(
            "SPACE_EXHAUSTED",
            f"only {exc.remaining} serials are left in this digital twin's allocation space",
            request.count_field,
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
        carrier_types=request.carriers.types,
        default_domain=request.carriers.domain,
        default_url_format=request.carriers.url_format,
        created_by=call.user_id,
        started_at=store.clock.now(),
        pending_seconds=timing.pending_seconds,
        run_seconds=timing.duration(request.count),
        fails=state.take_failure(),
        identifier=request.identifier,
        attributes=dict(request.attributes),
        flags=request.flags,
    )
    state.jobs[job.id] = job
    state.twin_jobs.setdefault(twin.id, []).append(job)
    if request.identifier is not None:
        state.named_jobs.setdefault(call.account.id, {})[request.identifier] = job
    return job
