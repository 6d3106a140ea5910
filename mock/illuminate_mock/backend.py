"""The mock's business layer: every operation by id, no HTTP (moto's ``models.py`` entry point).

``Backend`` holds the state (``Store``) and calls the handler registered for
an operation; the HTTP layer (``app.py``) does authentication, validation and
serialisation around it, so every rule is testable by calling
``Backend.handle`` directly. The rule modules are imported here, once, at the
top: importing them registers their handlers, and none of them imports this
module, so there is no import cycle.
"""

from __future__ import annotations

from .clock import Clock, SystemClock
from .config import JobTiming, MockConfig
from .errors import MockError
from .fixtures import Fixture
from .models import SerialState
from .registry import HANDLERS, Call, Reply
from .services import (
    carriers,
    catalog,
    images,
    jobs,
    promotions,
    serial_flags,
    serial_items,
    serialization,
    settings,
    twins,
)
from .store import Store

__all__ = ["RULE_MODULES", "Backend", "Call", "JobTiming", "MockConfig", "Reply"]

# Every rule module, named so that the import above is plainly for its registrations.
RULE_MODULES = (
    carriers,
    catalog,
    images,
    jobs,
    promotions,
    serial_flags,
    serial_items,
    serialization,
    settings,
    twins,
)


class Backend:
    def __init__(self, fixture: Fixture, *, clock: Clock | None = None, config: MockConfig | None = None) -> None:
        self.config = config or MockConfig()
        self.store = Store(clock or SystemClock(), self.config)
        for account in fixture.accounts:
            self.store.accounts[account.id] = account
        for key in fixture.api_keys:
            self.store.api_keys[key.key] = key

    @property
    def clock(self) -> Clock:
        return self.store.clock

    @property
    def serial(self) -> SerialState:
        """Settings, spaces and jobs of the Serialization API (tests read and steer it)."""
        return self.store.serial

    def handle(self, call: Call) -> Reply:
        handler = HANDLERS.get(call.operation_id)
        if handler is None:
            raise MockError(500, "NOT_IMPLEMENTED", f"the mock does not implement {call.operation_id}")
        with self.store.lock:
            images.expire_uploads(self.store)  # a few pending uploads at most: cheap on every call
            return handler(self.store, call)

    def check_upload(self, token: str) -> None:
        """Refuse (404) an upload URL that fills no pending image, before its bytes are read."""
        with self.store.lock:
            images.pending_upload(self.store, token)

    def receive_upload(self, token: str, data: bytes) -> None:
        """The bytes of step 2 of an image upload, PUT to the ``uploadUrl`` the start step gave."""
        with self.store.lock:
            images.receive_upload(self.store, token, data)

    def image_bytes(self, image_id: str) -> bytes | None:
        with self.store.lock:
            return images.image_bytes(self.store, image_id)
