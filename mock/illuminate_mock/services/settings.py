"""Serial allocation settings of an account or a digital twin, and the account's serial attributes.

- Account settings are set or updated (the 2025 document): a second call
  replaces them, and ``attributes``, when given, replaces the account's
  serial attributes (at most 20, each name once).
- Twin settings can change until the twin has serial items (a job was
  started for it); after that an attempt answers HTTP 200 with the
  documented conflict text and changes nothing. Twin settings win over the
  account's; the account's are copied to a twin when its first job starts.
- Both need an ENGAGE or ENGAGE_PREMIUM subscription.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from .. import render
from ..errors import FieldError, bad_request, invalid
from ..models import AttributeDefinition
from ..registry import Call, Reply, handles
from ..serials import AllocationSettings, SettingsError
from ..store import Store
from .allocation import require_serialization_subscription, serializable_twin


def _settings_from(body: Mapping[str, Any]) -> AllocationSettings:
    try:
        return AllocationSettings.from_json(body)
    except SettingsError as exc:
        raise invalid(f"body.{exc.field}", exc.message) from None


def _attributes_from(items: list[dict[str, Any]]) -> tuple[AttributeDefinition, ...]:
    """The account's attributes as sent (the schema checked each name and the count); each name once."""
    seen: dict[str, int] = {}
    errors: list[FieldError] = []
    for index, item in enumerate(items):
        name = item["name"]
        if name in seen:
            errors.append(FieldError(f"body.attributes[{index}].name", f"{name!r} is listed twice"))
        seen.setdefault(name, index)
    if errors:
        raise bad_request(errors)
    return tuple(AttributeDefinition(item["name"], item["mandatory"]) for item in items)


@handles("setAccountSerialAllocationSettings")
def set_account_settings(store: Store, call: Call) -> Reply:
    require_serialization_subscription(call)
    settings = _settings_from(call.body)
    attributes = _attributes_from(call.body["attributes"]) if "attributes" in call.body else None
    state = store.serial
    state.account_settings[call.account.id] = settings
    if attributes is not None:
        state.attributes[call.account.id] = attributes
    return Reply(render.settings(call.account.id, settings))


@handles("setDigitalTwinSerialAllocationSettings")
def set_twin_settings(store: Store, call: Call) -> Reply:
    require_serialization_subscription(call)
    twin = serializable_twin(store, call, call.body["digitalTwinId"], "body.digitalTwinId")
    state = store.serial
    if twin.id in state.spaces:  # the twin has serial items: its settings are fixed
        return Reply(render.SETTINGS_CONFLICT)
    settings = _settings_from(call.body)
    state.twin_settings[twin.id] = settings
    return Reply(render.settings(call.account.id, settings, twin.id))
