"""``illuminate serials get|set|flags|attributes``: one serial's flags and attributes (2025 API).

A SERIAL is a serial's id or its value; ``--twin`` names its digital twin (the
API finds serials per twin: a serial of another twin is not found, exit 4).
Flags are the account's (made in the Illuminate UI), true or false on every
serial; attributes are the account's (``settings set --attribute``), and a
serial shows those that have a value. A name the account does not have is
one line naming it (exit 2), and a set that names one changes nothing (the
server checks every name before the first change).
"""

from __future__ import annotations

from typing import Any

import click
from illuminate_client.models.serial_item import SerialItem
from illuminate_sdk import Illuminate

from .. import _args, _twins
from .._context import global_options, state
from .._errors import CliError, Exit
from .._output import emit_record, emit_rows, line, note

TWIN = click.option(
    "--twin", required=True, metavar="TWIN", help="The serial's digital twin (id, gtin:GTIN, product:ID, ...)."
)
SERIAL_HELP = f"SERIAL is a serial's id or its value. {_twins.TWIN_HELP}"
MAX_SERIAL = 20  # a serial value is at most 20 characters (GS1 AI 21); anything longer can only be an id


def _bool(value: object) -> str:
    return "true" if value is True else "false" if value is False else str(value)


def _serial(value: str) -> str:
    if not value:
        raise click.BadParameter("give a serial's id or its value", param_hint="SERIAL")
    return value


def _items(values: dict[str, Any], kind: str) -> list[dict[str, Any]]:
    return [{"kind": kind, "name": name, "value": _bool(value)} for name, value in values.items()]


def find_item(client: Illuminate, twin_id: str, ref: str) -> SerialItem:
    """The serial item ``ref`` names (its value, else its id) in the twin's list; exit 4 when there is none."""
    for by_value in (True, False) if len(ref) <= MAX_SERIAL else (False,):
        if by_value:
            pager = client.serial_items(twin_id, limit=1, serial=ref)
        else:
            pager = client.serial_items(twin_id, limit=1, serial_id=ref)
        page = next(pager.pages())
        if page.items:
            return page.items[0]
    raise CliError(f"no serial {ref!r} in digital twin {twin_id} (looked for it by value and by id)", Exit.NOT_FOUND)


# ---------------------------------------------------------------- serials get / set


@click.command("get", epilog=SERIAL_HELP)
@click.argument("serial")
@TWIN
@global_options
def get(serial: str, twin: str) -> None:
    """Show serial SERIAL: its id, value, dates, flags and attributes."""
    st = state()
    client = st.client()
    twin_id = _twins.twin_id(client, twin)
    item = find_item(client, twin_id, _serial(serial))
    flags, attributes = dict(item.flags.additional_properties), dict(item.attributes.additional_properties)
    if st.output != "table":
        emit_record(st.output, [], json_data=item.to_dict(), id_value=item.id)
        return
    emit_record(
        st.output,
        [
            ("serial", item.serial),
            ("id", item.id),
            ("digital twin", item.digital_twin_id),
            ("created", item.created.isoformat()),
            ("modified", item.modified.isoformat()),
        ],
        json_data=None,
    )
    line("")
    rows = _items(flags, "flag") + _items(attributes, "attribute")
    emit_rows(st.output, rows, [("kind", "KIND"), ("name", "NAME"), ("value", "VALUE")], empty="no flags or attributes")


@click.command("set", epilog=SERIAL_HELP)
@click.argument("serial")
@TWIN
@click.option(
    "--flag", "flags", multiple=True, type=_args.FlagValue(), metavar="NAME=true|false", help="Set a flag (repeatable)."
)
@click.option(
    "--attribute",
    "attributes",
    multiple=True,
    type=_args.AttributeValue(),
    metavar="name=value",
    help="Set an attribute (repeatable).",
)
@global_options
def set_(serial: str, twin: str, flags: tuple[tuple[str, bool], ...], attributes: tuple[tuple[str, str], ...]) -> None:
    """Set flags and attributes of serial SERIAL in one call: all of them, or (on any bad name) none."""
    flag_values, attribute_values = _args.unique(flags, "--flag"), _args.unique(attributes, "--attribute")
    if not flag_values and not attribute_values:
        raise click.UsageError("give at least one --flag NAME=true|false or --attribute name=value")
    st = state()
    client = st.client()
    twin_id = _twins.twin_id(client, twin)
    with _args.unknown_names({"body.flags": "--flag", "body.attributes": "--attribute"}):
        changes = client.set_serial_flags_and_attributes(
            twin_id, _serial(serial), flags=flag_values, attributes=attribute_values
        )
    flag_changes = list(changes.flags) if changes is not None else []
    attribute_changes = list(changes.attributes) if changes is not None else []
    rows = [
        {"kind": "flag", "name": c.name, "value": _bool(c.value), "previous": _bool(c.previous_value)}
        for c in flag_changes
    ] + [{"kind": "attribute", "name": c.name, "value": c.value} for c in attribute_changes]
    emit_rows(
        st.output,
        rows,
        [("kind", "KIND"), ("name", "NAME"), ("value", "VALUE"), ("previous", "PREVIOUS")],
        json_data=changes.to_dict() if changes is not None else {"flags": [], "attributes": []},
        id_key="name",
        empty="the server reported no changes",
    )


# ---------------------------------------------------------------- serials flags


@click.group("flags")
@global_options
def flags() -> None:
    """Read or set a serial's flags (true or false; the account's flags are made in the Illuminate UI)."""


@flags.command("get", epilog=SERIAL_HELP)
@click.argument("serial")
@click.argument("name", required=False)
@TWIN
@global_options
def flags_get(serial: str, name: str | None, twin: str) -> None:
    """Show every flag of serial SERIAL, or only flag NAME."""
    st = state()
    client = st.client()
    twin_id = _twins.twin_id(client, twin)
    if name is not None:
        if not name:
            raise click.BadParameter("the flag name is empty", param_hint="NAME")
        with _args.unknown_names({"path.flagName": "flag"}, changes=False):
            value = client.serial_flag(twin_id, _serial(serial), name)
        emit_record(st.output, [(name, _bool(value))], json_data={name: value}, id_value=name)
        return
    values = client.serial_flags(twin_id, _serial(serial))
    emit_rows(
        st.output,
        [{"name": n, "value": _bool(v)} for n, v in values.items()],
        [("name", "FLAG"), ("value", "VALUE")],
        json_data=values,
        id_key="name",
        empty="the account has no flags",
    )


@flags.command("set", epilog=SERIAL_HELP)
@click.argument("serial")
@click.argument("values", nargs=-1, required=True, type=_args.FlagValue(), metavar="NAME=true|false...")
@TWIN
@global_options
def flags_set(serial: str, values: tuple[tuple[str, bool], ...], twin: str) -> None:
    """Set flags of serial SERIAL: NAME=true or NAME=false, one or more (all of them, or on a bad name none)."""
    wanted = _args.unique(values, "flag")
    st = state()
    client = st.client()
    twin_id = _twins.twin_id(client, twin)
    with _args.unknown_names({"body.flags": "flag"}):
        changes = client.set_serial_flags(twin_id, _serial(serial), wanted)
    emit_rows(
        st.output,
        [{"name": c.name, "value": _bool(c.value), "previous": _bool(c.previous_value)} for c in changes],
        [("name", "FLAG"), ("value", "VALUE"), ("previous", "PREVIOUS")],
        json_data=[c.to_dict() for c in changes],
        id_key="name",
        empty="the server reported no changes",
    )


# ---------------------------------------------------------------- serials attributes


@click.group("attributes")
@global_options
def attributes() -> None:
    """Read or set a serial's attribute values (the account's attributes: settings set --attribute)."""


@attributes.command("get", epilog=SERIAL_HELP)
@click.argument("serial")
@click.argument("name", required=False, type=_args.AttributeName())
@TWIN
@global_options
def attributes_get(serial: str, name: str | None, twin: str) -> None:
    """Show the attributes of serial SERIAL that have a value, or only attribute NAME."""
    st = state()
    client = st.client()
    twin_id = _twins.twin_id(client, twin)
    if name is not None:
        with _args.unknown_names({"path.attributeName": "attribute"}, changes=False):
            value = client.serial_attribute(twin_id, _serial(serial), name)
        if value is None and st.output == "table":
            note(f"attribute {name!r} of serial {serial!r} has no value")
            return
        emit_record(st.output, [(name, value)], json_data={name: value}, id_value=name)
        return
    values = client.serial_attributes(twin_id, _serial(serial))
    emit_rows(
        st.output,
        [{"name": n, "value": v} for n, v in values.items()],
        [("name", "ATTRIBUTE"), ("value", "VALUE")],
        json_data=values,
        id_key="name",
        empty=f"no attribute of serial {serial!r} has a value",
    )


@attributes.command("set", epilog=SERIAL_HELP)
@click.argument("serial")
@click.argument("values", nargs=-1, required=True, type=_args.AttributeValue(), metavar="name=value...")
@TWIN
@global_options
def attributes_set(serial: str, values: tuple[tuple[str, str], ...], twin: str) -> None:
    """Set attribute values of serial SERIAL: name=value, one or more (all of them, or on a bad name none)."""
    wanted = _args.unique(values, "attribute")
    st = state()
    client = st.client()
    twin_id = _twins.twin_id(client, twin)
    with _args.unknown_names({"body.attributes": "attribute"}):
        changes = client.set_serial_flags_and_attributes(twin_id, _serial(serial), attributes=wanted)
    done = list(changes.attributes) if changes is not None else []
    emit_rows(
        st.output,
        [{"name": c.name, "value": c.value} for c in done],
        [("name", "ATTRIBUTE"), ("value", "VALUE")],
        json_data=[c.to_dict() for c in done],
        id_key="name",
        empty="the server reported no changes",
    )
