"""The table of operation handlers, and what a handler receives and returns.

A leaf module in the manner of schemathesis's checks registry: the rule
modules (``services/``) register their handlers here with ``@handles`` when
they are imported, and this module imports none of them, so importing the
registry never pulls in a rule and no import cycle can form. ``backend.py``
imports every rule module once, at the top.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # types only: the registry must stay a leaf at run time
    from .models.accounts import Account, ApiKey
    from .store import Store


@dataclass(frozen=True)
class Call:
    """A validated request: who calls, for which account, with what."""

    operation_id: str
    caller: ApiKey
    account: Account
    params: dict[str, Any]
    body: Any
    base_url: str = "http://127.0.0.1:8080"

    @property
    def user_id(self) -> str:
        return self.caller.user_id


@dataclass
class Reply:
    """A handler's answer: a JSON ``payload`` (None with ``status`` 204: no body), or a ``stream`` of bytes.

    A stream is sent as it is produced, chunk by chunk, with ``media_type``;
    it must not need the store's lock (compute from what the handler read).
    ``content``, when set, is the payload already encoded as JSON (a page
    rendered straight to bytes): it is sent as it is, and ``payload`` is
    left unset.
    """

    payload: Any = None
    headers: dict[str, str] = field(default_factory=dict)
    status: int = 200
    stream: Iterable[bytes] | None = None
    media_type: str = "application/json"
    content: bytes | None = None


Handler = Callable[["Store", Call], Reply]
HANDLERS: dict[str, Handler] = {}


def handles(operation_id: str) -> Callable[[Handler], Handler]:
    """Register the decorated function as the handler of ``operation_id`` (once only)."""

    def register(function: Handler) -> Handler:
        if operation_id in HANDLERS:
            raise RuntimeError(f"two handlers for {operation_id}")
        HANDLERS[operation_id] = function
        return function

    return register
