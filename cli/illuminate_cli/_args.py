"""Arguments that name serial flags and attributes, and the server's answer when a name is unknown.

On the command line:

- a flag value is ``NAME=true`` or ``NAME=false`` (any case); a flag name is
  made in the Illuminate UI and has no documented form, so only an empty one,
  or one the list filter could not carry (``=`` or ``,``), is refused here;
- an attribute value is ``name=value`` (the value may be empty and may hold
  ``=``); an attribute name is 1 to 20 of ``a-z``, ``0-9`` and ``_`` (the 2025
  document's rule, which the SDK checks too);
- an account attribute is ``name`` or ``name:mandatory`` (``name:optional``
  says the default).

Each is a click parameter type, so bad input is one usage line naming the
option or argument (exit 2) before any request. Whether a name exists is the
account's business: the server says so, and ``unknown_names`` turns its
answer (``body.flags.x``, ``path.attributeName``, ...) into one line in the
command line's words, also exit 2.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any, TypeVar

import click
from illuminate_sdk import ATTRIBUTE_NAME, BadRequestError, NotFoundError

from ._errors import CliError, Exit

if TYPE_CHECKING:  # generic in click 8.2+, not subscriptable at run time in 8.1
    ParamType = click.ParamType[Any, Any]
else:
    ParamType = click.ParamType

F = TypeVar("F", bound=Callable[..., Any])
TRUE, FALSE = "true", "false"
MANDATORY, OPTIONAL = "mandatory", "optional"


def check_attribute_name(name: str) -> str | None:
    """What is wrong with an attribute name (the SDK's rule), or None."""
    if not ATTRIBUTE_NAME.match(name):
        return f"attribute name {name!r} must be 1 to 20 of a-z, 0-9 and _ (lower case)"
    return None


def check_flag_name(name: str, *, filter_: bool = False) -> str | None:
    """What is wrong with a flag name, or None (``filter_``: it goes into the list's ``flags`` filter)."""
    if not name:
        return "the flag name is empty"
    if filter_ and ("=" in name or "," in name):
        return f"flag {name!r} cannot be filtered on: the filter is name=true,name=false"
    return None


class _Named(ParamType):
    """A value that starts with a flag's or an attribute's name: ``check`` says what is wrong with the name, or None."""

    def check(self, name: str) -> str | None:
        raise NotImplementedError


class _Name(_Named):
    """The name alone."""

    name = "NAME"

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None) -> Any:
        text = str(value)
        problem = self.check(text)
        if problem:
            self.fail(problem, param, ctx)
        return text


class _Pair(_Named):
    """``name<separator>rest`` -> what ``finish`` makes of it; the name is checked before the rest is read."""

    separator = "="
    rightmost = False  # split at the last separator (a flag name may hold one)
    missing: str | None = None  # what to give instead when the separator is missing (None: the rest may be left out)

    def finish(self, name: str, sep: str, rest: str, param: click.Parameter | None, ctx: click.Context | None) -> Any:
        raise NotImplementedError

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None) -> Any:
        if isinstance(value, tuple):
            return value  # already converted (a default)
        text = str(value)
        name, sep, rest = text.rpartition(self.separator) if self.rightmost else text.partition(self.separator)
        if not sep and self.missing:
            self.fail(f"{text!r}: {self.missing}", param, ctx)
        problem = self.check(name)
        if problem:
            self.fail(f"{text!r}: {problem}", param, ctx)
        return self.finish(name, sep, rest, param, ctx)


class FlagValue(_Pair):
    """``NAME=true|false`` -> ``(name, bool)``."""

    name = "NAME=true|false"
    rightmost = True
    missing = "give NAME=true or NAME=false"

    def __init__(self, *, filter_: bool = False) -> None:
        self.filter_ = filter_

    def check(self, name: str) -> str | None:
        return check_flag_name(name, filter_=self.filter_)

    def finish(self, name: str, sep: str, rest: str, param: click.Parameter | None, ctx: click.Context | None) -> Any:
        if rest.lower() not in (TRUE, FALSE):
            self.fail(f"flag {name!r}: the value must be true or false (got {rest!r})", param, ctx)
        return name, rest.lower() == TRUE


class FlagName(_Name):
    """A flag name (a flag set true on every serial of a job)."""

    def check(self, name: str) -> str | None:
        if "=" in name:
            return f"{name!r}: give the flag's name only (a job's flags are set true)"
        return check_flag_name(name)


class AttributeName(_Name):
    check = staticmethod(check_attribute_name)


class AttributeValue(_Pair):
    """``name=value`` -> ``(name, value)``."""

    name = "name=value"
    missing = "give name=value"
    check = staticmethod(check_attribute_name)

    def finish(self, name: str, sep: str, rest: str, param: click.Parameter | None, ctx: click.Context | None) -> Any:
        return name, rest


class AttributeDefinition(_Pair):
    """``name`` or ``name:mandatory`` (``name:optional``) -> ``(name, mandatory)``."""

    name = "NAME[:mandatory]"
    separator = ":"
    check = staticmethod(check_attribute_name)

    def finish(self, name: str, sep: str, rest: str, param: click.Parameter | None, ctx: click.Context | None) -> Any:
        if sep and rest.lower() not in (MANDATORY, OPTIONAL):
            self.fail(f"attribute {name!r}: after ':' give mandatory or optional (got {rest!r})", param, ctx)
        return name, rest.lower() == MANDATORY


def repeatable(option: str, kind: ParamType, help: str) -> Callable[[F], F]:
    """``--flag`` or ``--attribute`` of ``kind``, repeatable, into the parameter ``flags`` or ``attributes``.

    The metavar is the type's own spelling (``name=value``, not click's upper-cased ``NAME=VALUE``).
    """
    return click.option(option, option.removeprefix("--") + "s", multiple=True, type=kind, metavar=kind.name, help=help)


def unique(pairs: Sequence[tuple[str, Any]], what: str) -> dict[str, Any]:
    """``pairs`` as a dict; a usage error when a name is given twice (which value was meant?)."""
    found: dict[str, Any] = {}
    for name, value in pairs:
        if name in found:
            raise click.UsageError(f"{what} {name!r} is given twice")
        found[name] = value
    return found


# ---------------------------------------------------------------- the server's answer to an unknown name

# A field the server names (the spec's Error shape): ``body.flags[0]``, ``body.attributes.x``, ``path.flagName``.
_FIELD = re.compile(r"^(?P<where>[a-z]+\.[A-Za-z]+)(?:\[\d+\]|\.(?P<name>.+))?$")


def _problems(error: BadRequestError | NotFoundError, labels: Mapping[str, str]) -> list[str] | None:
    """Each bad field in the command line's words, or None when one of them is not in ``labels``."""
    lines = []
    for item in error.errors:
        field = str(item.get("field", "")) if isinstance(item, dict) else ""
        match = _FIELD.match(field)
        if match is None or match["where"] not in labels:
            return None
        label = labels[match["where"]] + (f" {match['name']}" if match["name"] else "")
        lines.append(f"{label}: {item.get('message')}")
    return lines or None


@contextmanager
def unknown_names(labels: Mapping[str, str], *, changes: bool = True) -> Iterator[None]:
    """A 400 or 404 that names only fields of ``labels`` becomes one usage line (exit 2) in the CLI's words.

    ``labels`` maps the server's place (``body.flags``, ``path.attributeName``,
    ...) to what the command line calls it (``--flag``, ``attribute``).
    Anything else (an unknown serial, a missing twin) is left as it is.
    ``changes``: the call would have changed something, and the line says it did not.
    """
    try:
        yield
    except (BadRequestError, NotFoundError) as exc:
        problems = _problems(exc, labels)
        if problems is None:
            raise
        raise CliError("; ".join(problems) + (" (nothing was changed)" if changes else ""), Exit.USAGE) from None
