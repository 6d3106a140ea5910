"""The mock's business layer: operations by id, no HTTP (moto's ``models.py``).

Each operation of the spec is a function registered with ``@handles`` that
takes the ``Backend`` and a validated ``Call`` and returns a ``Reply`` or
raises ``MockError``. The HTTP layer (``app.py``) does authentication,
validation and serialisation around it, so every rule here is testable by
calling ``Backend.handle`` directly.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from .errors import MockError
from .fixtures import Fixture
from .store import Account, ApiKey, Clock, Store, SystemClock


@dataclass(frozen=True)
class JobTiming:
    """How long serial generation jobs take, measured on the backend's clock.

    ``instant``: PENDING in the start response, COMPLETED at the first status
    poll. ``realistic``: PENDING for ``pending_seconds``, then IN_PROGRESS at
    ``serials_per_second`` (at least ``min_seconds``), then COMPLETED.
    """

    pending_seconds: float = 0.0
    serials_per_second: float = float("inf")
    min_seconds: float = 0.0

    @classmethod
    def instant(cls) -> JobTiming:
        return cls()

    @classmethod
    def realistic(cls) -> JobTiming:
        return cls(pending_seconds=1.0, serials_per_second=2_000.0, min_seconds=3.0)

    def duration(self, serial_count: int) -> float:
        return max(self.min_seconds, serial_count / self.serials_per_second)


@dataclass(frozen=True)
class MockConfig:
    job_timing: JobTiming = field(default_factory=JobTiming.instant)


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
    payload: Any
    headers: dict[str, str] = field(default_factory=dict)


Handler = Callable[["Backend", Call], Reply]
HANDLERS: dict[str, Handler] = {}


def handles(operation_id: str) -> Callable[[Handler], Handler]:
    def register(function: Handler) -> Handler:
        if operation_id in HANDLERS:
            raise RuntimeError(f"two handlers for {operation_id}")
        HANDLERS[operation_id] = function
        return function

    return register


class Backend:
    def __init__(self, fixture: Fixture, *, clock: Clock | None = None, config: MockConfig | None = None) -> None:
        # Imported here: these modules register their handlers on import and
        # themselves import this module.
        from . import rest, serialization

        self.config = config or MockConfig()
        self.store = Store(clock or SystemClock())
        for account in fixture.accounts:
            self.store.accounts[account.id] = account
        for key in fixture.api_keys:
            self.store.api_keys[key.key] = key
        self.serial = serialization.SerializationState()
        self._modules = (rest, serialization)

    @property
    def clock(self) -> Clock:
        return self.store.clock

    def handle(self, call: Call) -> Reply:
        handler = HANDLERS.get(call.operation_id)
        if handler is None:
            raise MockError(500, "NOT_IMPLEMENTED", f"the mock does not implement {call.operation_id}")
        with self.store.lock:
            return handler(self, call)
