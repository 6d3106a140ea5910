"""One serial's flags and attributes (2025 API): read them, set them.

- Flags are the account's (from the fixture), false until set; a job may set
  some true on every serial it makes. Attributes are the account's (set with
  its allocation settings); a serial shows those that have a value.
- A flag or attribute name in the path that the account does not have is 404
  naming the path field; in a body it is 400 naming the body field. Every
  name and value is checked before the first change, so a refused request
  changes nothing. Setting anything updates the serial's ``modified``.
"""

from __future__ import annotations

from collections.abc import Mapping

from .. import render
from ..errors import FieldError, bad_request, not_found
from ..registry import Call, Reply, handles
from ..store import Store
from .serial_items import SerialRef, find_serial

Flags = list[tuple[str, int, bool]]  # (name, bit, new value)


def _path_flag(call: Call) -> tuple[str, int]:
    name = call.params["flagName"]
    bit = call.account.flag_bit(name)
    if bit is None:
        raise not_found("path.flagName", "flag", name)
    return name, bit


def _path_attribute(store: Store, call: Call) -> str:
    name: str = call.params["attributeName"]
    if name not in store.serial.account_attributes(call.account.id):
        raise not_found("path.attributeName", "attribute", name)
    return name


def _body_flags(call: Call, values: Mapping[str, bool], where: str, errors: list[FieldError]) -> Flags:
    flags: Flags = []
    for name, value in values.items():
        bit = call.account.flag_bit(name)
        if bit is None:
            errors.append(FieldError(f"{where}.{name}", "the account has no flag of this name"))
        else:
            flags.append((name, bit, value))
    return flags


def _body_attributes(store: Store, call: Call, values: Mapping[str, str], errors: list[FieldError]) -> None:
    known = store.serial.account_attributes(call.account.id)
    for name in values:
        if name not in known:
            errors.append(FieldError(f"body.attributes.{name}", "the account has no serial attribute of this name"))


def _set(store: Store, call: Call, ref: SerialRef, flags: Flags, attributes: Mapping[str, str]) -> list[render.Json]:
    """Write the checked changes; the flag changes with their previous values."""
    if not flags and not attributes:
        return []
    state = store.serial
    mark = state.mark(ref.job, ref.index, store.stamp(call.user_id))
    changes = []
    for name, bit, value in flags:
        previous = bool(mark.flags & bit)
        mark.flags = mark.flags | bit if value else mark.flags & ~bit
        changes.append(render.flag_change(name, value, previous))
    if attributes:
        mark.attributes = {**(mark.attributes or {}), **attributes}
    return changes


def _attribute_changes(values: Mapping[str, str]) -> list[render.Json]:
    return [render.attribute_change(name, value) for name, value in values.items()]


def _names(store: Store, call: Call) -> list[str]:
    return list(store.serial.account_attributes(call.account.id))


@handles("getSerialFlag")
def get_serial_flag(store: Store, call: Call) -> Reply:
    ref = find_serial(store, call)
    _, bit = _path_flag(call)
    return Reply(bool(store.serial.flags_of(ref.job, ref.index) & bit))


@handles("getSerialFlags")
def get_serial_flags(store: Store, call: Call) -> Reply:
    ref = find_serial(store, call)
    return Reply(render.flag_values(call.account, store.serial.flags_of(ref.job, ref.index)))


@handles("getSerialAttribute")
def get_serial_attribute(store: Store, call: Call) -> Reply:
    ref = find_serial(store, call)
    name = _path_attribute(store, call)
    value = store.serial.attributes_of(ref.job, ref.index).get(name)
    return Reply(status=204) if value is None else Reply(value)


@handles("getSerialAttributes")
def get_serial_attributes(store: Store, call: Call) -> Reply:
    ref = find_serial(store, call)
    return Reply(render.attribute_values(store.serial.attributes_of(ref.job, ref.index), _names(store, call)))


@handles("getSerialFlagsAndAttributes")
def get_serial_flags_and_attributes(store: Store, call: Call) -> Reply:
    ref = find_serial(store, call)
    state = store.serial
    return Reply(
        {
            "flags": render.flag_values(call.account, state.flags_of(ref.job, ref.index)),
            "attributes": render.attribute_values(state.attributes_of(ref.job, ref.index), _names(store, call)),
        }
    )


@handles("setSerialFlag")
def set_serial_flag(store: Store, call: Call) -> Reply:
    ref = find_serial(store, call)
    name, bit = _path_flag(call)
    return Reply(_set(store, call, ref, [(name, bit, call.params["value"])], {}))


@handles("setSerialFlags")
def set_serial_flags(store: Store, call: Call) -> Reply:
    ref = find_serial(store, call)
    errors: list[FieldError] = []
    flags = _body_flags(call, call.body["flags"], "body.flags", errors)
    if errors:
        raise bad_request(errors)
    return Reply(_set(store, call, ref, flags, {}))


@handles("setSerialAttribute")
def set_serial_attribute(store: Store, call: Call) -> Reply:
    ref = find_serial(store, call)
    values = {_path_attribute(store, call): call.body["value"]}
    _set(store, call, ref, [], values)
    return Reply(_attribute_changes(values))


@handles("setSerialFlagsAndAttributes")
def set_serial_flags_and_attributes(store: Store, call: Call) -> Reply:
    ref = find_serial(store, call)
    errors: list[FieldError] = []
    flags = _body_flags(call, call.body["flags"], "body.flags", errors)
    values: dict[str, str] = dict(call.body["attributes"])
    _body_attributes(store, call, values, errors)
    if errors:
        raise bad_request(errors)
    return Reply({"flags": _set(store, call, ref, flags, values), "attributes": _attribute_changes(values)})
