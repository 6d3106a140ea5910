"""``illuminate serials``: generate serials, export them, read and set one serial's flags and attributes,
add a data carrier to one."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import click
from illuminate_client.api.serials import create_serial_data_carrier
from illuminate_client.models.carrier_type import CarrierType
from illuminate_client.models.serial_data_carrier import SerialDataCarrier
from illuminate_client.models.url_format import UrlFormat
from illuminate_client.types import Unset
from illuminate_sdk import gtin14

from .. import _args, _export, _files, _twins
from .._context import global_options, state
from .._errors import CliError, Exit
from .._export import FORMATS, QR_KINDS, QrWriter, format_for
from .._output import emit_record, note
from . import serial_state
from .generate import generate


@click.group()
@global_options
def serials() -> None:
    """Generate serials, export them, read and set their flags and attributes, add data carriers to them."""


for command in (generate, serial_state.get, serial_state.set_, serial_state.flags, serial_state.attributes):
    serials.add_command(command)


@serials.command("export", epilog=_twins.TWIN_HELP)
@click.argument("twin")
@_files.FILE_OPTION
@click.option(
    "--format", "fmt", type=click.Choice(FORMATS), help="csv or jsonl (default: from PATH's suffix, else csv)."
)
@click.option(
    "--digital-link/--no-digital-link",
    default=True,
    show_default=True,
    help="Add each serial's GS1 Digital Link (only when the product's identifier is a GTIN).",
)
@click.option("--gtin", metavar="GTIN", help="GTIN for the Digital Links, when the product's identifier is not one.")
@click.option(
    "--qr-dir",
    type=click.Path(file_okay=False, path_type=Path),
    help="Also write one QR code per serial, encoding its Digital Link, into this new or empty folder.",
)
@click.option("--qr-format", type=click.Choice(QR_KINDS), default="svg", show_default=True, help="QR image type.")
@click.option("--qr-scale", type=click.IntRange(1, 100), default=4, show_default=True, help="Pixels per QR module.")
@_args.repeatable(
    "--flag",
    _args.FlagValue(filter_=True),
    "Only serials whose flag NAME has this value: NAME=true|false (repeatable; reads the 2025 serial list, "
    "whose rows add flags and attributes).",
)
@global_options
def export(
    twin: str,
    path: str,
    fmt: str | None,
    digital_link: bool,
    gtin: str | None,
    qr_dir: Path | None,
    qr_format: str,
    qr_scale: int,
    flags: tuple[tuple[str, bool], ...],
) -> None:
    """Export every serial of TWIN to CSV or JSON Lines, streaming, with a progress bar.

    \b
    CSV columns: serial, serial_id, status, created[, digital_link]
    JSON Lines keys: serial, serialId, status, created[, digitalLink]
    With --flag (the 2025 list, filtered), each row has flags and attributes:
    CSV columns: serial, serial_id, created, flags, attributes[, digital_link]
      (flags and attributes as JSON objects)
    JSON Lines keys: serial, serialId, created, flags, attributes[, digitalLink]

    Ctrl-C, SIGTERM or SIGHUP stop the export and remove the partial file and
    QR folder (exit 130, 143, 129). A full disk is one line naming the path.
    """
    flag_filter = _args.unique(flags, "--flag")
    st = state()
    target = _files.plan(path)  # a refused path fails here, before any request
    if gtin is not None:
        try:
            gtin = gtin14(gtin)
        except ValueError as exc:
            raise CliError(f"--gtin: {exc}", Exit.USAGE) from None
    if qr_dir is not None:
        _files.QrFolder.check(qr_dir)
    client = st.client()
    info = _twins.resolve(client, twin)
    link_gtin = gtin or info.gtin
    if qr_dir is not None and link_gtin is None:
        raise CliError(
            f"--qr-dir encodes each serial's GS1 Digital Link, which needs a GTIN: the identifier "
            f"{info.identifier!r} of twin {info.id} is not one (pass --gtin)",
            Exit.USAGE,
        )
    if digital_link and link_gtin is None:
        note(f"no digital_link column: the identifier {info.identifier!r} of twin {info.id} is not a GTIN")
    if flag_filter:  # one small page first: a flag the account lacks is one line before anything is written
        with _args.unknown_names({"query.flags": "--flag"}, changes=False):
            next(client.serial_items(info.id, flags=flag_filter, limit=1).pages())
    qr = QrWriter(qr_dir, qr_format, qr_scale, link_gtin) if qr_dir is not None and link_gtin else None
    written = _export.export(
        client,
        info.id,
        target,
        fmt=format_for(path, fmt),
        column_gtin=link_gtin if digital_link else None,
        qr=qr,
        progress_mode=st.progress,
        flags=flag_filter or None,
    )
    if target.kind is not _files.Kind.STDOUT:
        where = target.shown + (f" and {written:,} QR codes to {qr_dir}" if qr is not None else "")
        which = f" with {', '.join(f'{n}={str(v).lower()}' for n, v in flag_filter.items())}" if flag_filter else ""
        note(f"exported {written:,} serials{which} of digital twin {info.id} to {where}")


@serials.command("add-carrier")
@click.argument("serial_id")
@click.option(
    "--type",
    "carrier_type",
    type=click.Choice([c.value for c in CarrierType]),
    default="QR_CODE",
    show_default=True,
    help="Data carrier type.",
)
@click.option("--twin", metavar="TWIN", help="The serial's digital twin (id, gtin:GTIN, product:ID, ...).")
@click.option(
    "--url-format",
    type=click.Choice([u.value for u in UrlFormat]),
    help="How a QR code's URL is built (default: the account's settings).",
)
@click.option(
    "--domain", metavar="URL", help="Short URL domain, e.g. https://mydomain.com/ (with --url-format ShortUrl)."
)
@global_options
def add_carrier(
    serial_id: str, carrier_type: str, twin: str | None, url_format: str | None, domain: str | None
) -> None:
    """Add a data carrier (QR code or watermark) to serial SERIAL_ID; print its URL."""
    st = state()
    client = st.client()
    kwargs: dict[str, Any] = {
        "serial_id": serial_id,
        "carrier_type": carrier_type,
        "use_default_settings": url_format is None and domain is None,
    }
    if twin is not None:
        kwargs["digital_twin_id"] = _twins.twin_id(client, twin)
    if url_format is not None:
        kwargs["url_format"] = url_format
    if domain is not None:
        kwargs["short_url_domain"] = domain
    carrier: SerialDataCarrier = client.call(create_serial_data_carrier, **kwargs)
    short_id = None if isinstance(carrier.short_id, Unset) else carrier.short_id
    emit_record(
        st.output,
        [
            ("carrier", carrier.id),
            ("serial", carrier.serial_id),
            ("type", str(carrier.carrier_type)),
            ("url", carrier.carrier_url or None),
            ("short id", short_id),
        ],
        json_data=carrier.to_dict(),
        id_value=carrier.id,
    )
