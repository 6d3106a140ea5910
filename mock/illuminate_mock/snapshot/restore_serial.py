"""The serialization part of a snapshot read back: settings, spaces, jobs, serial carriers, marks.

Checked as the rules would have left them:

- settings are valid allocation settings, of an account of the fixture or a
  product or variant twin of the snapshot, once each; attribute names once
  per account;
- a space belongs to one such twin, which has settings; its seed is 32 hex
  digits, ``allocated`` fits the space; space ids (and their tags, which
  serial ids carry) are distinct;
- a job names its account and a twin of that account with a space; its
  range lies within what the space allocated and after the twin's previous
  job (a twin's jobs are kept in allocation order); an identifier names one
  job per account; flags are names of the account's flags (a snapshot keeps
  flags by name, so a fixture that lists them in another order still reads
  it right);
- a serial carrier and a mark name a serial some job of the snapshot made;
  a serial's marks are listed in ascending index order, once each.

Returns the largest audit ``seq`` found, so new stamps sort after it.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterator, Mapping
from typing import Any

from ..fixtures import CARRIER_TYPES, URL_FORMATS
from ..models import AttributeDefinition, DigitalTwin, Job, SerialDataCarrier, SerialMark, Stamp
from ..serial_ids import MAX_SERIAL_ID_INDEX, parse_serial_id, space_tag
from ..serials import AllocationSettings, AllocationSpace, SettingsError
from ..store import Store
from .checks import (
    array,
    at,
    boolean,
    fail,
    integer,
    lookup,
    moment,
    number,
    obj,
    optional_text,
    string_list,
    string_map,
    text,
    timestamp_text,
    unique,
)

SECTION = (
    "accountSettings",
    "accountAttributes",
    "twinSettings",
    "spaces",
    "jobs",
    "serialCarriers",
    "marks",
    "failNextJobs",
)
LEVELS = ("ACCOUNT", "DIGITAL_TWIN")
_SEED_DIGITS = frozenset("0123456789abcdefABCDEF")
_MAX_SECONDS = 1e10


def settings(value: Any, place: str) -> AllocationSettings:
    found = obj(value, place, ("length", "strategy"), ("symbols",))
    try:
        return AllocationSettings.from_json(found)
    except SettingsError as exc:
        fail(at(place, exc.field), exc.message)


def decode_serialization(store: Store, value: Any, place: str) -> int:
    section = obj(value, place, SECTION)
    reader = _SerialReader(store, place)
    reader.account_settings(section["accountSettings"])
    reader.account_attributes(section["accountAttributes"])
    reader.twin_settings(section["twinSettings"])
    reader.spaces(section["spaces"])
    reader.jobs(section["jobs"])
    reader.carriers(section["serialCarriers"])
    reader.marks(section["marks"])
    store.serial.fail_next_jobs = integer(section["failNextJobs"], at(place, "failNextJobs"), 0, 1_000_000)
    return reader.highest_seq


class _SerialReader:
    def __init__(self, store: Store, place: str) -> None:
        self.store = store
        self.state = store.serial
        self.place = place
        self.twins: dict[str, DigitalTwin] = {twin.id: twin for twin in store.twins}
        self.space_ids: dict[str, str] = {}  # space id -> twin id
        self.highest_seq = 0

    def _items(self, value: Any, name: str) -> list[tuple[str, Any]]:
        place = at(self.place, name)
        return [(at(place, index), item) for index, item in enumerate(array(value, place))]

    def _serializable_twin(self, value: Any, place: str) -> DigitalTwin:
        twin: DigitalTwin = lookup(self.twins, text(value, place), place, "digital twin")
        if twin.resource_type == "PROMOTIONAL_ASSET":
            fail(place, "serials are not made for promotional assets")
        return twin

    def _of_accounts(self, value: Any, name: str, part: str, read: Mapping[str, Any]) -> Iterator[tuple[str, str, Any]]:
        """(place, account id, ``part``) of each entry of ``name``: an account of the fixture, once (``read``)."""
        for place, item in self._items(value, name):
            found = obj(item, place, ("accountId", part))
            account_id = text(found["accountId"], at(place, "accountId"))
            lookup(self.store.accounts, account_id, at(place, "accountId"), "account")
            if account_id in read:
                fail(at(place, "accountId"), f"the snapshot lists this account's {part} twice")
            yield place, account_id, found[part]

    def account_settings(self, value: Any) -> None:
        held = self.state.account_settings
        for place, account_id, found in self._of_accounts(value, "accountSettings", "settings", held):
            held[account_id] = settings(found, at(place, "settings"))

    def account_attributes(self, value: Any) -> None:
        held = self.state.attributes
        for place, account_id, found in self._of_accounts(value, "accountAttributes", "attributes", held):
            names: set[str] = set()
            definitions = []
            for index, entry in enumerate(array(found, at(place, "attributes"))):
                where = at(at(place, "attributes"), index)
                attribute = obj(entry, where, ("name", "mandatory"))
                name = text(attribute["name"], at(where, "name"))
                unique(names, name, at(where, "name"), "attribute")
                definitions.append(AttributeDefinition(name, boolean(attribute["mandatory"], at(where, "mandatory"))))
            held[account_id] = tuple(definitions)

    def twin_settings(self, value: Any) -> None:
        for place, item in self._items(value, "twinSettings"):
            found = obj(item, place, ("digitalTwinId", "settings"))
            twin = self._serializable_twin(found["digitalTwinId"], at(place, "digitalTwinId"))
            if twin.id in self.state.twin_settings:
                fail(at(place, "digitalTwinId"), "the snapshot lists this twin's settings twice")
            self.state.twin_settings[twin.id] = settings(found["settings"], at(place, "settings"))

    def spaces(self, value: Any) -> None:
        tags: set[str] = set()
        for place, item in self._items(value, "spaces"):
            found = obj(item, place, ("id", "digitalTwinId", "settings", "seed", "allocated"))
            space_id = text(found["id"], at(place, "id"))
            unique(tags, space_tag(space_id), at(place, "id"), "allocation space")
            twin = self._serializable_twin(found["digitalTwinId"], at(place, "digitalTwinId"))
            if twin.id in self.state.spaces:
                fail(at(place, "digitalTwinId"), "a digital twin has one allocation space")
            if twin.id not in self.state.twin_settings:
                fail(at(place, "digitalTwinId"), "a twin with an allocation space has settings (twinSettings)")
            chosen = settings(found["settings"], at(place, "settings"))
            seed = text(found["seed"], at(place, "seed"))
            if len(seed) != 32 or not _SEED_DIGITS.issuperset(seed):
                fail(at(place, "seed"), "must be 32 hexadecimal digits")
            allocated = integer(
                found["allocated"], at(place, "allocated"), 0, min(chosen.space_size, MAX_SERIAL_ID_INDEX)
            )
            self.state.spaces[twin.id] = AllocationSpace(space_id, chosen, seed, allocated)
            self.state.twin_of_tag[space_tag(space_id)] = twin.id
            self.space_ids[space_id] = twin.id

    def jobs(self, value: Any) -> None:
        state = self.state
        fields = (
            "id", "accountId", "digitalTwinId", "identifier", "firstIndex", "lastIndex", "allocationLevel",
            "carrierTypes", "defaultDomain", "defaultUrlFormat", "createdBy", "startedAt", "pendingSeconds",
            "runSeconds", "fails", "attributes", "flags",
        )  # fmt: skip
        for place, item in self._items(value, "jobs"):
            found = obj(item, place, fields)
            job_id = text(found["id"], at(place, "id"))
            if job_id in state.jobs:
                fail(at(place, "id"), "the snapshot lists this job twice")
            account = lookup(
                self.store.accounts, text(found["accountId"], at(place, "accountId")), at(place, "accountId"), "account"
            )
            twin = self._serializable_twin(found["digitalTwinId"], at(place, "digitalTwinId"))
            space = state.spaces.get(twin.id)
            if twin.account_id != account.id or space is None:
                fail(at(place, "digitalTwinId"), "names no twin of the account with an allocation space")
            earlier = state.twin_jobs.get(twin.id, [])
            after = earlier[-1].last_index if earlier else 0
            first = integer(found["firstIndex"], at(place, "firstIndex"), after + 1, max(after + 1, space.allocated))
            last = integer(found["lastIndex"], at(place, "lastIndex"), first, max(first, space.allocated))
            if last > space.allocated:
                fail(at(place, "lastIndex"), "lies beyond what the twin's allocation space allocated")
            identifier = optional_text(found["identifier"], at(place, "identifier"))
            named = state.named_jobs.setdefault(account.id, {})
            if identifier is not None and identifier in named:
                fail(at(place, "identifier"), "another job of the account has this identifier")
            mask = self._mask(account.flags, found["flags"], at(place, "flags"))
            carriers = string_list(found["carrierTypes"], at(place, "carrierTypes"), CARRIER_TYPES)
            job = Job(
                id=job_id,
                account_id=account.id,
                twin_id=twin.id,
                space=space,
                first_index=first,
                last_index=last,
                allocation_level=text(found["allocationLevel"], at(place, "allocationLevel"), LEVELS),
                carrier_types=tuple(dict.fromkeys(carriers)),
                default_domain=text(found["defaultDomain"], at(place, "defaultDomain")),
                default_url_format=text(found["defaultUrlFormat"], at(place, "defaultUrlFormat"), URL_FORMATS),
                created_by=text(found["createdBy"], at(place, "createdBy")),
                started_at=moment(found["startedAt"], at(place, "startedAt")),
                pending_seconds=number(found["pendingSeconds"], at(place, "pendingSeconds"), 0, _MAX_SECONDS),
                run_seconds=number(found["runSeconds"], at(place, "runSeconds"), 0, _MAX_SECONDS),
                fails=boolean(found["fails"], at(place, "fails")),
                identifier=identifier,
                attributes=dict(string_map(found["attributes"], at(place, "attributes"))),
                flags=mask,
            )
            state.jobs[job.id] = job
            state.twin_jobs.setdefault(twin.id, []).append(job)
            if identifier is not None:
                named[identifier] = job

    def _mask(self, flags: tuple[str, ...], value: Any, place: str) -> int:
        mask = 0
        for index, name in enumerate(string_list(value, place)):
            if name not in flags:
                fail(at(place, index), "names a flag the account does not have")
            mask |= 1 << flags.index(name)
        return mask

    def _job_of(self, twin_id: str, index: int) -> Job | None:
        jobs = self.state.twin_jobs.get(twin_id, [])
        position = bisect.bisect_right(jobs, index, key=lambda job: job.first_index) - 1
        return jobs[position] if position >= 0 and jobs[position].holds(index) else None

    def carriers(self, value: Any) -> None:
        ids: set[str] = set()
        fields = ("id", "accountId", "serialId", "carrierType", "carrierUrl", "shortId", "created", "createdBy")
        for place, item in self._items(value, "serialCarriers"):
            found = obj(item, place, fields)
            carrier_id = text(found["id"], at(place, "id"))
            unique(ids, carrier_id, at(place, "id"), "serial data carrier")
            serial = text(found["serialId"], at(place, "serialId"))
            parsed = parse_serial_id(serial)
            twin = self.twins.get(self.state.twin_of_tag.get(parsed[0], "")) if parsed else None
            job = self._job_of(twin.id, parsed[1]) if twin is not None and parsed else None
            account_id = text(found["accountId"], at(place, "accountId"))
            if twin is None or job is None or twin.account_id != account_id:
                fail(at(place, "serialId"), "names no serial of the account that a job of the snapshot made")
            kind = text(found["carrierType"], at(place, "carrierType"), CARRIER_TYPES)
            added = self.state.added_carriers.setdefault(serial, [])
            if kind in job.carrier_types or any(c.carrier_type == kind for c in added):
                fail(at(place, "carrierType"), "the serial already has a carrier of this type")
            added.append(
                SerialDataCarrier(
                    id=carrier_id,
                    account_id=account_id,
                    serial_id=serial,
                    carrier_type=kind,
                    carrier_url=text(found["carrierUrl"], at(place, "carrierUrl")),
                    short_id=optional_text(found["shortId"], at(place, "shortId")),
                    created=timestamp_text(found["created"], at(place, "created")),
                    created_by=text(found["createdBy"], at(place, "createdBy")),
                )
            )

    def marks(self, value: Any) -> None:
        for place, item in self._items(value, "marks"):
            found = obj(item, place, ("allocationSpace", "serials"))
            space_id = text(found["allocationSpace"], at(place, "allocationSpace"))
            twin_id = lookup(self.space_ids, space_id, at(place, "allocationSpace"), "allocation space")
            if space_id in self.state.marks:
                fail(at(place, "allocationSpace"), "the snapshot lists this space's marks twice")
            flags = self.store.accounts[self.twins[twin_id].account_id].flags
            marks: dict[int, SerialMark] = {}
            previous = 0
            for where, entry in [
                (at(at(place, "serials"), i), e) for i, e in enumerate(array(found["serials"], at(place, "serials")))
            ]:
                index, mark = self._mark(entry, where, flags)
                if index <= previous:
                    fail(at(where, 0), "a space's marks are listed by ascending index, each once")
                if self._job_of(twin_id, index) is None:
                    fail(at(where, 0), "names no serial that a job of the snapshot made")
                marks[index] = mark
                previous = index
            self.state.marks[space_id] = marks

    def _mark(self, entry: Any, place: str, flags: tuple[str, ...]) -> tuple[int, SerialMark]:
        if not isinstance(entry, list) or len(entry) != 6:
            fail(place, "must be [index, flags, attributes or null, modified at, modified by, seq]")
        index = integer(entry[0], at(place, 0), 1, MAX_SERIAL_ID_INDEX)
        mask = self._mask(flags, entry[1], at(place, 1))
        attributes = None if entry[2] is None else dict(string_map(entry[2], at(place, 2)))
        seq = integer(entry[5], at(place, 5), 1, 2**62)
        stamp = Stamp(timestamp_text(entry[3], at(place, 3)), text(entry[4], at(place, 4)), seq)
        self.highest_seq = max(self.highest_seq, seq)
        return index, SerialMark(mask, attributes, stamp)
