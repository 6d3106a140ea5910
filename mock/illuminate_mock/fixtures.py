"""Accounts and API keys the mock starts with, from a YAML or JSON file.

A fixture with an error is refused as a whole with a message that names the
file and the entry (``apiKeys[1].roles[0]``), never half loaded.
"""

from __future__ import annotations

import json
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


def _describe(error: ValidationError) -> str:
    """What is wrong, without quoting the value: fixtures hold API keys."""
    expected = error.validator_value
    kind = str(error.validator)
    if kind in ("required", "additionalProperties"):
        return str(error.message)  # names a field, never a value
    if kind == "type":
        return f"must be of type {expected}"
    if kind == "enum":
        return f"must be one of {', '.join(map(str, expected))}"
    if kind == "minLength":
        return "must not be empty"
    if kind == "minItems":
        return f"must list at least {expected} item(s)"
    if kind == "uniqueItems":
        return "lists the same value twice"
    if kind == "pattern":
        return f"must match {expected}"
    return f"fails the {kind} check"


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
        )
    keys: dict[str, ApiKey] = {}
    for index, raw in enumerate(data["apiKeys"]):
        if raw["accountId"] not in accounts:
            raise FixtureError(f"{source}: apiKeys[{index}].accountId: no account with id {raw['accountId']!r}")
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


def load_fixture(path: Path) -> Fixture:
    """Read a YAML (or JSON, a subset of YAML) fixture file."""
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise FixtureError(f"{path}: cannot read: {exc}") from None
    try:
        data = json.loads(text) if path.suffix == ".json" else YAML(typ="safe", pure=True).load(text)
    except json.JSONDecodeError as exc:
        raise FixtureError(f"{path}: not valid JSON: line {exc.lineno}, column {exc.colno}: {exc.msg}") from None
    except MarkedYAMLError as exc:
        # Only the place and the problem: the YAML error's own text quotes the line, which may hold a key.
        mark = exc.problem_mark
        where = f"line {mark.line + 1}, column {mark.column + 1}: " if mark else ""
        raise FixtureError(f"{path}: not valid YAML: {where}{exc.problem}") from None
    except YAMLError:
        raise FixtureError(f"{path}: not valid YAML") from None
    return parse_fixture(data, str(path))


def demo_fixture() -> Fixture:
    """The built-in fixture: one account and one key per role (see README)."""
    text = resources.files("illuminate_mock").joinpath("data/demo-fixture.yaml").read_text(encoding="utf-8")
    return parse_fixture(YAML(typ="safe", pure=True).load(text), "built-in demo fixture")
