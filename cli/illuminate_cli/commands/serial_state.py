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

from collections.abc import Callable, Sequence
from typing import Any

import click
from illuminate_client.models.serial_item import SerialItem
from illuminate_sdk import Illuminate

from .. import _args, _twins
from .._context import global_options
from .._errors import CliError, Exit
from .._output import emit_record, emit_rows, line, note

TWIN = click.option(
    "--twin", required=True, metavar="TWIN", help="The serial's digital twin (id, gtin:GTIN, product:ID, ...)."
)
SERIAL_HELP = f"SERIAL is a serial's id or its value. {_twins.TWIN_HELP}"
Decorator = Callable[[Callable[..., Any]], Callable[..., Any]]
FLAG_CHANGES = [("name", "FLAG"), ("value", "VALUE"), ("previous", "PREVIOUS")]
ATTRIBUTE_CHANGES = [("name", "ATTRIBUTE"), ("value", "VALUE")]
MAX_SERIAL = 20  # a serial value is at most 20 characters (GS1 AI 21); anything longer can only be an id


def _bool(value: object) -> str:
    return "true" if value is True else "false" if value is False else str(value)


def _serial(value: str) -> str:
    if not value:
        raise click.BadParameter("give a serial's id or its value", param_hint="SERIAL")
    return value


def _items(values: dict[str, Any], kind: str) -> list[dict[str, Any]]:
    return [{"kind": kind, "name": name, "value": _bool(value)} for name, value in values.items()]


def _emit_values(output: str, values: dict[str, Any], header: str, empty: str, show: Callable[[Any], Any]) -> None:
    """A serial's flags or attributes (name -> value), a row each; the JSON is the server's own."""
    rows = [{"name": name, "value": show(value)} for name, value in values.items()]
    emit_rows(output, rows, [("name", header), ("value", "VALUE")], json_data=values, id_key="name", empty=empty)


def _flag_change(change: Any) -> dict[str, Any]:
    return {"name": change.name, "value": _bool(change.value), "previous": _bool(change.previous_value)}


def _attribute_change(change: Any) -> dict[str, Any]:
    return {"name": change.name, "value": change.value}


def _emit_changes(output: str, rows: list[dict[str, Any]], columns: list[tuple[str, str]], json_data: Any) -> None:
    """What a set changed, a row per name (the server reports only the names whose value changed)."""
    emit_rows(output, rows, columns, json_data=json_data, id_key="name", empty="the server reported no changes")


def _serial_command(
    make: Callable[..., Any], name: str, *arguments: Decorator, options: Sequence[Decorator] = ()
) -> Callable[[Callable[..., Any]], click.Command]:
    """A command on one serial: ``SERIAL`` and ``arguments``, ``--twin``, ``options``, the global options.

    ``make`` is ``click.command`` or a group's ``command``; SERIAL_HELP follows the command's help.
    """

    params: list[Decorator] = [click.argument("serial"), *arguments, TWIN, *options]

    def decorate(func: Callable[..., Any]) -> click.Command:
        func = global_options(func)  # the innermost decorator: listed last
        for param in reversed(params):
            func = param(func)
        command: click.Command = make(name, epilog=SERIAL_HELP)(func)
        return command

    return decorate


def _values(kind: _args.ParamType) -> Decorator:
    """The ``NAME=VALUE...`` arguments of ``serials flags|attributes set`` (one or more)."""
    return click.argument("values", nargs=-1, required=True, type=kind, metavar=f"{kind.name}...")


def _set_named(
    kind: str,
    serial: str,
    values: tuple[tuple[str, Any], ...],
    twin: str,
    send: Callable[[Illuminate, str, str, dict[str, Any]], list[Any]],
    row: Callable[[Any], dict[str, Any]],
    columns: list[tuple[str, str]],
) -> None:
    """``serials flags|attributes set``: ``send`` sets the values (name -> value) and returns the changes.

    ``row`` makes a change a row of ``columns``.
    """
    wanted = _args.unique(values, kind)
    st, client, twin_id = _twins.on_twin(twin)
    with _args.unknown_names({f"body.{kind}s": kind}):
        done = send(client, twin_id, _serial(serial), wanted)
    _emit_changes(st.output, [row(c) for c in done], columns, [c.to_dict() for c in done])


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


@_serial_command(click.command, "get")
def get(serial: str, twin: str) -> None:
    """Show serial SERIAL: its id, value, dates, flags and attributes."""
    st, client, twin_id = _twins.on_twin(twin)
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


@_serial_command(
    click.command,
    "set",
    options=(
        _args.repeatable("--flag", _args.FlagValue(), "Set a flag (repeatable)."),
        _args.repeatable("--attribute", _args.AttributeValue(), "Set an attribute (repeatable)."),
    ),
)
def set_(serial: str, twin: str, flags: tuple[tuple[str, bool], ...], attributes: tuple[tuple[str, str], ...]) -> None:
    """Set flags and attributes of serial SERIAL in one call: all of them, or (on any bad name) none."""
    flag_values, attribute_values = _args.unique(flags, "--flag"), _args.unique(attributes, "--attribute")
    if not flag_values and not attribute_values:
        raise click.UsageError("give at least one --flag NAME=true|false or --attribute name=value")
    st, client, twin_id = _twins.on_twin(twin)
    with _args.unknown_names({"body.flags": "--flag", "body.attributes": "--attribute"}):
        changes = client.set_serial_flags_and_attributes(
            twin_id, _serial(serial), flags=flag_values, attributes=attribute_values
        )
    flag_changes = list(changes.flags) if changes is not None else []
    attribute_changes = list(changes.attributes) if changes is not None else []
    rows = [{"kind": "flag", **_flag_change(c)} for c in flag_changes]
    rows += [{"kind": "attribute", **_attribute_change(c)} for c in attribute_changes]
    _emit_changes(
        st.output,
        rows,
        [("kind", "KIND"), ("name", "NAME"), ("value", "VALUE"), ("previous", "PREVIOUS")],
        changes.to_dict() if changes is not None else {"flags": [], "attributes": []},
    )


# ---------------------------------------------------------------- serials flags


@click.group("flags")
@global_options
def flags() -> None:
    """Read or set a serial's flags (true or false; the account's flags are made in the Illuminate UI)."""


@_serial_command(flags.command, "get", click.argument("name", required=False))
def flags_get(serial: str, name: str | None, twin: str) -> None:
    """Show every flag of serial SERIAL, or only flag NAME."""
    st, client, twin_id = _twins.on_twin(twin)
    if name is not None:
        if not name:
            raise click.BadParameter("the flag name is empty", param_hint="NAME")
        with _args.unknown_names({"path.flagName": "flag"}, changes=False):
            value = client.serial_flag(twin_id, _serial(serial), name)
        emit_record(st.output, [(name, _bool(value))], json_data={name: value}, id_value=name)
        return
    _emit_values(st.output, client.serial_flags(twin_id, _serial(serial)), "FLAG", "the account has no flags", _bool)


@_serial_command(flags.command, "set", _values(_args.FlagValue()))
def flags_set(serial: str, values: tuple[tuple[str, bool], ...], twin: str) -> None:
    """Set flags of serial SERIAL: NAME=true or NAME=false, one or more (all of them, or on a bad name none)."""
    _set_named("flag", serial, values, twin, _set_flags, _flag_change, FLAG_CHANGES)


def _set_flags(client: Illuminate, twin_id: str, ref: str, wanted: dict[str, Any]) -> list[Any]:
    return list(client.set_serial_flags(twin_id, ref, wanted))


# ---------------------------------------------------------------- serials attributes


@click.group("attributes")
@global_options
def attributes() -> None:
    """Read or set a serial's attribute values (the account's attributes: settings set --attribute)."""


@_serial_command(attributes.command, "get", click.argument("name", required=False, type=_args.AttributeName()))
def attributes_get(serial: str, name: str | None, twin: str) -> None:
    """Show the attributes of serial SERIAL that have a value, or only attribute NAME."""
    st, client, twin_id = _twins.on_twin(twin)
    if name is not None:
        with _args.unknown_names({"path.attributeName": "attribute"}, changes=False):
            value = client.serial_attribute(twin_id, _serial(serial), name)
        if value is None and st.output == "table":
            note(f"attribute {name!r} of serial {serial!r} has no value")
            return
        emit_record(st.output, [(name, value)], json_data={name: value}, id_value=name)
        return
    values = client.serial_attributes(twin_id, _serial(serial))
    _emit_values(st.output, values, "ATTRIBUTE", f"no attribute of serial {serial!r} has a value", lambda value: value)


@_serial_command(attributes.command, "set", _values(_args.AttributeValue()))
def attributes_set(serial: str, values: tuple[tuple[str, str], ...], twin: str) -> None:
    """Set attribute values of serial SERIAL: name=value, one or more (all of them, or on a bad name none)."""
    _set_named("attribute", serial, values, twin, _set_attributes, _attribute_change, ATTRIBUTE_CHANGES)


def _set_attributes(client: Illuminate, twin_id: str, ref: str, wanted: dict[str, Any]) -> list[Any]:
    changes = client.set_serial_flags_and_attributes(twin_id, ref, attributes=wanted)
    return list(changes.attributes) if changes is not None else []
