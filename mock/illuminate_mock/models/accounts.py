"""Accounts, API keys and roles: who may call what, and which data carriers an account may make.

These come from the fixture and never change while the mock runs.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable
from dataclasses import dataclass, field

# Which carrier types each subscription allows (serialization document's table).
SUBSCRIPTION_CARRIERS: dict[str, frozenset[str]] = {
    "AUTOMATE": frozenset({"DIGITAL_WATERMARK"}),
    "ENGAGE": frozenset({"QR_CODE"}),
    "ENGAGE_PREMIUM": frozenset({"DIGITAL_WATERMARK", "QR_CODE"}),
    "ILLUMINATE": frozenset({"DIGITAL_WATERMARK"}),
    "RECYCLE": frozenset({"DIGITAL_WATERMARK"}),
    "VALIDATE_PACKAGING": frozenset({"DIGITAL_WATERMARK"}),
}


@dataclass(frozen=True)
class Account:
    id: str
    subscriptions: frozenset[str]
    default_carrier_types: tuple[str, ...]
    default_domain: str = "https://example.com/"
    default_url_format: str = "DigitalLink"
    # The account's serial flags, made by its administrator in the UI (here: the fixture), at most five.
    flags: tuple[str, ...] = ()

    def flag_bit(self, name: str) -> int | None:
        """The bit of flag ``name`` in a serial's flag mask, or None when the account has no such flag."""
        try:
            return 1 << self.flags.index(name)
        except ValueError:
            return None

    @functools.cached_property
    def allowed_carriers(self) -> frozenset[str]:
        """Carrier types the account's subscriptions allow (one rule for REST and serial carriers)."""
        return frozenset().union(*(SUBSCRIPTION_CARRIERS[s] for s in self.subscriptions))

    @functools.cached_property
    def default_carriers(self) -> tuple[str, ...]:
        """The account's default carrier types that its subscriptions allow, in fixture order.

        A default the subscriptions do not cover is skipped rather than refused:
        the defaults are the account's wish, the subscriptions what it paid for.
        """
        return tuple(t for t in self.default_carrier_types if t in self.allowed_carriers)

    def refused_carriers(self, carrier_types: Iterable[str]) -> list[str]:
        """Those of ``carrier_types`` the subscriptions do not allow, in the order given."""
        return [t for t in carrier_types if t not in self.allowed_carriers]


@dataclass(frozen=True)
class ApiKey:
    key: str = field(repr=False)
    account_id: str
    roles: frozenset[str]
    user_id: str = "api-key-user"

    def __repr__(self) -> str:  # the key itself never appears in logs
        return f"ApiKey(account_id={self.account_id!r}, roles={sorted(self.roles)!r})"


@dataclass(frozen=True)
class RoleRule:
    """An operation's ``x-illuminate-roles``: alternatives, each a set of roles a key must all hold.

    The spec writes ``[API_READ_ONLY, API_EDITOR]`` for "either role" and
    ``[[API_EDITOR, SERIAL_READ_WRITE]]`` for "both roles". No alternatives at
    all means the operation needs no particular role.
    """

    alternatives: tuple[frozenset[str], ...] = ()

    @classmethod
    def from_spec(cls, value: object) -> RoleRule:
        if not isinstance(value, list):
            return cls()
        alternatives = []
        for item in value:
            names = item if isinstance(item, list) else [item]
            alternatives.append(frozenset(str(name) for name in names))
        return cls(tuple(alternatives))

    def allows(self, roles: frozenset[str]) -> bool:
        return not self.alternatives or any(needed <= roles for needed in self.alternatives)

    def mentions(self, role: str) -> bool:
        return any(role in needed for needed in self.alternatives)

    def describe(self) -> str:
        """What a key needs, for the 403 message: ``role A or B``, ``roles A and B``."""
        if all(len(needed) == 1 for needed in self.alternatives):
            return "role " + " or ".join(sorted(name for needed in self.alternatives for name in needed))
        parts = [
            f"role {next(iter(needed))}" if len(needed) == 1 else "roles " + " and ".join(sorted(needed))
            for needed in self.alternatives
        ]
        return " or ".join(parts)
