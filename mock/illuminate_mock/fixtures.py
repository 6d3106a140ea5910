"""Accounts and API keys the mock starts with, from a YAML or JSON file.

A fixture with an error is refused as a whole with a message that names the
file and the entry (``apiKeys[1].roles[0]``), never half loaded.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any

from jsonschema import Draft202012Validator
from jsonschema.exceptions import ValidationError
from ruamel.yaml import YAML
from ruamel.yaml.error import MarkedYAMLError, YAMLError

from .models.accounts import Account, ApiKey

SUBSCRIPTIONS = ("AUTOMATE", "ENGAGE", "ENGAGE_PREMIUM", "ILLUMINATE", "RECYCLE", "VALIDATE_PACKAGING")
CARRIER_TYPES = ("DIGITAL_WATERMARK", "QR_CODE")
ROLES = ("API_READ_ONLY", "API_EDITOR", "SERIAL_READ_ONLY", "SERIAL_READ_WRITE")
URL_FORMATS = ("DigitalLink", "ShortUrl")

MAX_FLAGS = 5
# A flag name is a path segment and a name in the `flags` filter (`flag1=true,flag2=false`): no
# separators of either, no spaces or control characters; the spec's FlagName allows up to 64 characters.
FLAG_NAME = r"^[^\s\x00-\x1f\x7f/?#%=,]{1,64}$"
_STRING = {"type": "string", "minLength": 1}
FIXTURE_SCHEMA: dict[str, Any] = {
    "type": "object",
    "additionalProperties": False,
    "required": ["accounts", "apiKeys"],
    "properties": {
        "accounts": {
            "type": "array",
            "minItems": 1,
            "items": {
                "type": "object",
                "additionalProperties": False,
                "required": ["id", "subscriptions", "defaultCarrierTypes"],
                "properties": {
                    "id": _STRING,
                    "subscriptions": {"type": "array", "items": {"enum": list(SUBSCRIPTIONS)}, "uniqueItems": True},
                    "defaultCarrierTypes": {
                        "type": "array",
                        "items": {"enum": list(CARRIER_TYPES)},
                        "uniqueItems": True,
                    },
                    "defaultDomain": {"type": "string", "pattern": "^https?://"},
                    "defaultUrlFormat": {"enum": list(URL_FORMATS)},
                    # Serial flags, made by the account's administrator in the UI: at most five.
                    "flags": {
                        "type": "array",
                        "maxItems": MAX_FLAGS,
                        "uniqueItems": True,
                        "items": {"type": "string", "pattern": FLAG_NAME},
                    },
                },
            },
        },
        "apiKeys": {
            "type": "array",
            "items": {
                "type": "object",
                "additionalProperties": False,
                "required": ["key", "accountId", "roles"],
                "properties": {
                    "key": _STRING,
                    "accountId": _STRING,
                    "roles": {"type": "array", "minItems": 1, "items": {"enum": list(ROLES)}, "uniqueItems": True},
                    "userId": _STRING,
                },
            },
        },
        # Fault injection for the whole run; checked by faults.py.
        "faults": {"type": "array", "items": {"type": "string", "minLength": 1}},
    },
}


_FIELD_NAMES = frozenset(
    {"accounts", "apiKeys", "faults", "key", "accountId", "roles", "userId"}
    | set(FIXTURE_SCHEMA["properties"]["accounts"]["items"]["properties"])
)


class FixtureError(Exception):
    """The fixture cannot be used; the message names the file and the entry."""


@dataclass(frozen=True)
class Fixture:
    accounts: tuple[Account, ...]
    api_keys: tuple[ApiKey, ...] = field(repr=False)
    faults: tuple[str, ...] = ()


def _entry(parts: Any) -> str:
    text = ""
    for part in parts:
        text += f"[{part}]" if isinstance(part, int) else (f".{part}" if text else str(part))
    return text or "(top level)"


# What a failed check of the fixture format means, by the check ({} stands for the format's value for it).
_PROBLEMS = {
    "type": "must be of type {}",
    "enum": "must be one of {}",
    "minLength": "must not be empty",
    "minItems": "must list at least {} item(s)",
    "maxItems": "must list at most {} item(s)",
    "uniqueItems": "lists the same value twice",
    "pattern": "must match {}",
}


def _describe(error: ValidationError) -> str:
    """What is wrong, without quoting the value: fixtures hold API keys."""
    expected = error.validator_value
    kind = str(error.validator)
    if kind == "required":
        return str(error.message)  # names a field of the format, never a value
    if kind == "additionalProperties":
        # The unknown field's name is not shown: a key put where a name goes would be printed.
        known = ", ".join(error.schema.get("properties", {}))
        return f"has a field the fixture format does not know (the fields are: {known})"
    if kind not in _PROBLEMS:
        return f"fails the {kind} check"
    return _PROBLEMS[kind].format(", ".join(map(str, expected)) if kind == "enum" else expected)


def parse_fixture(data: Any, source: str = "fixture") -> Fixture:
    """Build a Fixture from already-parsed data, or raise FixtureError."""
    validator = Draft202012Validator(FIXTURE_SCHEMA)
    errors = sorted(validator.iter_errors(data), key=lambda e: list(map(str, e.absolute_path)))
    if errors:
        lines = [f"{source}: {_entry(e.absolute_path)}: {_describe(e)}" for e in errors[:10]]
        raise FixtureError("\n".join(lines))
    accounts: dict[str, Account] = {}
    for index, raw in enumerate(data["accounts"]):
        if raw["id"] in accounts:
            raise FixtureError(f"{source}: accounts[{index}].id: duplicate account id {raw['id']!r}")
        accounts[raw["id"]] = Account(
            id=raw["id"],
            subscriptions=frozenset(raw["subscriptions"]),
            default_carrier_types=tuple(raw["defaultCarrierTypes"]),
            default_domain=raw.get("defaultDomain", "https://example.com/"),
            default_url_format=raw.get("defaultUrlFormat", "DigitalLink"),
            flags=tuple(raw.get("flags", ())),
        )
    keys: dict[str, ApiKey] = {}
    for index, raw in enumerate(data["apiKeys"]):
        if raw["accountId"] not in accounts:
            raise FixtureError(f"{source}: apiKeys[{index}].accountId: names no account of the fixture")
        if raw["key"] in keys:
            # Say which entry, never the key itself: fixtures hold secrets.
            raise FixtureError(f"{source}: apiKeys[{index}].key: the same key is listed twice")
        keys[raw["key"]] = ApiKey(
            key=raw["key"],
            account_id=raw["accountId"],
            roles=frozenset(raw["roles"]),
            user_id=raw.get("userId", f"api-key-{index + 1}"),
        )
    return Fixture(tuple(accounts.values()), tuple(keys.values()), tuple(data.get("faults", [])))


# What a YAML error is, by its class: its own text quotes the document (a key, say), so it is never shown.
_YAML_PROBLEMS = {
    "DuplicateKeyError": "a mapping lists the same key twice",
    "ScannerError": "this cannot be read as YAML (a quote, an escape or a character out of place)",
    "ParserError": "the structure is not valid YAML here (an indentation or a bracket out of place)",
    "ComposerError": "the document cannot be put together here (an alias or an anchor out of place)",
    "ConstructorError": "a value cannot be made from this (a tag or a key that is not plain text)",
}


def _yaml_problem(error: MarkedYAMLError) -> str:
    for kind in type(error).__mro__:
        if kind.__name__ in _YAML_PROBLEMS:
            problem = _YAML_PROBLEMS[kind.__name__]
            # A duplicated field of the format is named; any other key might be a secret.
            named = re.match(r'found duplicate key "([^"]*)"', str(error.problem or ""))
            return f"{problem} ({named.group(1)})" if named and named.group(1) in _FIELD_NAMES else problem
    return "this is not valid YAML"


def _unique_fields(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    """For ``json.loads``: an object that lists a field twice is refused (JSON would keep the last silently)."""
    found: dict[str, Any] = {}
    for name, value in pairs:
        if name in found:
            raise _TwiceError(name)
        found[name] = value
    return found


class _TwiceError(ValueError):
    def __init__(self, name: str) -> None:
        super().__init__("an object lists the same field twice")
        self.name = name


def load_fixture(path: Path) -> Fixture:
    """Read a YAML (or JSON, a subset of YAML) fixture file.

    Errors name the file and the place (line and column, or the entry), never
    a value: fixtures hold API keys.
    """
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise FixtureError(f"{path}: cannot read: {type(exc).__name__}") from None
    return read_fixture(text, str(path), as_json=path.suffix == ".json")


def read_fixture(text: str, source: str, *, as_json: bool = False) -> Fixture:
    """A fixture from its text (a file's, or an admin call's body): JSON when ``as_json``, else YAML."""
    try:
        data = json.loads(text, object_pairs_hook=_unique_fields) if as_json else YAML(typ="safe", pure=True).load(text)
    except _TwiceError as exc:
        known = f" ({exc.name})" if exc.name in _FIELD_NAMES else ""
        raise FixtureError(f"{source}: not a usable fixture: an object lists the same field twice{known}") from None
    except json.JSONDecodeError as exc:
        raise FixtureError(f"{source}: not valid JSON: line {exc.lineno}, column {exc.colno}: {exc.msg}") from None
    except MarkedYAMLError as exc:
        mark = exc.problem_mark
        where = f"line {mark.line + 1}, column {mark.column + 1}: " if mark else ""
        raise FixtureError(f"{source}: not valid YAML: {where}{_yaml_problem(exc)}") from None
    except (YAMLError, RecursionError):
        raise FixtureError(f"{source}: not valid YAML") from None
    return parse_fixture(data, source)


def demo_fixture() -> Fixture:
    """The built-in fixture: one account and one key per role (see README)."""
    text = resources.files("illuminate_mock").joinpath("data/demo-fixture.yaml").read_text(encoding="utf-8")
    return parse_fixture(YAML(typ="safe", pure=True).load(text), "built-in demo fixture")
