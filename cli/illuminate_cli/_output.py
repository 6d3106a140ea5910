"""Rendering results on stdout: a table for people, JSON for scripts, bare ids for shells.

Progress and messages go to stderr, so stdout carries only the result. Every
string on its way out passes ``_safe``: lines through ``clean``, table cells as
``cell`` (rich ``Text``, never markup), JSON through ``json_text``.
"""

from __future__ import annotations

import sys
from collections.abc import Iterable, Mapping, Sequence
from typing import Any, TextIO

import click
from rich.console import Console
from rich.table import Table

from ._safe import cell, clean, json_text

Column = tuple[str, str]  # (key in the row, header)


def _console() -> Console:
    stream: TextIO = sys.stdout
    wide = None if stream.isatty() else 10_000  # piped: never wrap a row
    # markup and emoji off as well: nothing we print here is meant as either.
    return Console(file=stream, width=wide, highlight=False, soft_wrap=False, markup=False, emoji=False)


def _text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, float):
        return f"{value:.0%}" if 0.0 <= value <= 1.0 else f"{value:g}"
    if isinstance(value, list | tuple):
        return ", ".join(_text(v) for v in value)
    return str(value)


def line(text: object) -> None:
    """One line of a result on stdout, cleaned."""
    click.echo(clean(text))


def emit_json(data: Any) -> None:
    click.echo(json_text(data))


def emit_rows(
    output: str,
    rows: Sequence[Mapping[str, Any]],
    columns: Sequence[Column],
    *,
    json_data: Any = None,
    id_key: str = "id",
    empty: str = "nothing found",
) -> None:
    """A list: table rows, JSON (``json_data`` or the rows) or ids."""
    if output == "json":
        emit_json(list(rows) if json_data is None else json_data)
        return
    if output == "id":
        for row in rows:
            line(_text(row.get(id_key)))
        return
    if not rows:
        note(empty)
        return
    table = Table(box=None, pad_edge=False, header_style="bold")
    for _, header in columns:
        table.add_column(header, overflow="fold")
    for row in rows:
        table.add_row(*(cell(_text(row.get(key))) for key, _ in columns))
    _console().print(table)


def emit_record(output: str, fields: Iterable[tuple[str, Any]], *, json_data: Any, id_value: str | None = None) -> None:
    """One object: ``name: value`` lines, JSON, or its id."""
    if output == "json":
        emit_json(json_data)
        return
    if output == "id":
        if id_value is not None:
            line(id_value)
        return
    pairs = [(name, _text(value)) for name, value in fields if value is not None]
    width = max((len(name) for name, _ in pairs), default=0)
    for name, value in pairs:
        line(f"{name + ':':<{width + 1}} {value}")


def note(message: str) -> None:
    """A message for people, on stderr (so it never mixes with a result on stdout), cleaned."""
    click.echo(clean(message), err=True)


def stderr_is_terminal() -> bool:
    return sys.stderr.isatty()
