"""The mock's business layer: every operation by id, no HTTP (moto's ``models.py`` entry point).

``Backend`` holds the state (``Store``) and calls the handler registered for
an operation; the HTTP layer (``app.py``) does authentication, validation and
serialisation around it, so every rule is testable by calling
``Backend.handle`` directly. The rule modules are imported here, once, at the
top: importing them registers their handlers, and none of them imports this
module, so there is no import cycle.

Beside the operations, the state as a whole (for the admin API, ``--state``
and ``InProcessMock.snapshot``): ``snapshot`` exports it (``snapshot/``),
``restore`` replaces it with a checked snapshot, ``reset`` empties it (or
loads another fixture), and the clock moves when it is a movable one. Each
takes the store's lock, so an operation sees the state before or after,
never half of it. ``revision`` counts the changes (every operation but the
reads, each of these), so a writer of the state knows when there is
something new to write.
"""

from __future__ import annotations

import datetime
import sys
from collections.abc import Callable
from typing import Any

from . import redact
from .clock import Clock, ManualClock, MovableClock, SystemClock
from .config import JobTiming, MockConfig
from .errors import MockError
from .fixtures import Fixture
from .models import SerialState
from .registry import HANDLERS, Call, Reply
from .services import (  # noqa: F401  (importing a rule module registers its handlers; RULE_MODULES lists them)
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
from .snapshot import Restored, export_state, restore_state
from .snapshot.export import COLLECTIONS
from .store import Store

__all__ = ["RULE_MODULES", "Backend", "Call", "ClockError", "JobTiming", "MockConfig", "Reply"]

# Every rule module: the modules of the services package whose handlers the import above registered.
RULE_MODULES = tuple(
    sorted(
        {sys.modules[h.__module__] for h in HANDLERS.values() if h.__module__.startswith(f"{__package__}.services.")},
        key=lambda module: module.__name__,
    )
)
# Operations that only read (their ids say so): they leave ``revision`` alone.
_READS = ("get", "list")


class ClockError(Exception):
    """The clock cannot be moved as asked (a system clock, or a step backwards)."""


class Backend:
    def __init__(self, fixture: Fixture, *, clock: Clock | None = None, config: MockConfig | None = None) -> None:
        self.config = config or MockConfig()
        self.store = _fresh_store(clock or SystemClock(), self.config, fixture)
        self.revision = 0

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
            if not call.operation_id.startswith(_READS):
                self.revision += 1
            self._expire_uploads()
            return handler(self.store, call)

    def _expire_uploads(self) -> None:
        """Forget expired uploads (a few pending ones at most: cheap on every call); hold the lock."""
        pending = len(self.store.uploads)
        images.expire_uploads(self.store)
        if len(self.store.uploads) != pending:
            self.revision += 1

    def check_upload(self, token: str) -> None:
        """Refuse (404) an upload URL that fills no pending image, before its bytes are read."""
        with self.store.lock:
            self._expire_uploads()
            images.pending_upload(self.store, token)

    def receive_upload(self, token: str, data: bytes) -> None:
        """The bytes of step 2 of an image upload, PUT to the ``uploadUrl`` the start step gave."""
        with self.store.lock:
            self.revision += 1
            images.receive_upload(self.store, token, data)

    def image_bytes(self, image_id: str) -> bytes | None:
        with self.store.lock:
            self._expire_uploads()
            return images.image_bytes(self.store, image_id)

    # ------------------------------------------------------------ the state as a whole

    def snapshot(self) -> dict[str, Any]:
        """The whole state as a snapshot document (JSON-ready, shares nothing with the state)."""
        return self.snapshot_with_revision()[0]

    def snapshot_with_revision(self) -> tuple[dict[str, Any], int]:
        """The snapshot and the ``revision`` it shows, taken together."""
        with self.store.lock:
            return export_state(self.store), self.revision

    def summary(self) -> dict[str, Any]:
        """What the state holds, counted: the accounts, and records of each kind."""
        with self.store.lock:
            store = self.store
            counts = {name: sum(1 for _ in getattr(store, attribute)) for name, attribute in COLLECTIONS}
            counts["jobs"] = len(store.serial.jobs)
            counts["markedSerials"] = sum(len(marks) for marks in store.serial.marks.values())
            counts["pendingUploads"] = len(store.uploads)
            return {"accounts": list(store.accounts), "apiKeys": len(store.api_keys), "records": counts}

    def restore(self, document: Any) -> None:
        """Replace the whole state with ``document`` (a parsed snapshot), or raise ``SnapshotError``.

        Checked in full against this mock's fixture before anything changes;
        the clock is set to the snapshot's when it can be moved.
        """
        with self.store.lock:
            store = self.store
            restored = restore_state(document, store.accounts, store.api_keys, store.clock, self.config)
            store.adopt(restored.store)
            _set_clock(store.clock, restored)
            self.revision += 1

    def reset(self, fixture: Fixture | None = None) -> None:
        """Back to the state the mock started in: no records, the clock at the system's time if movable.

        ``fixture``: another fixture's accounts and keys from now on (the current ones by default).
        """
        with self.store.lock:
            store = self.store
            if fixture is None:
                fresh = Store(store.clock, self.config)
                fresh.accounts.update(store.accounts)
                fresh.api_keys.update(store.api_keys)
            else:
                redact.remember(key.key for key in fixture.api_keys)
                fresh = _fresh_store(store.clock, self.config, fixture)
            store.adopt(fresh)
            if isinstance(store.clock, MovableClock):
                store.clock.offset = datetime.timedelta(0)
            self.revision += 1

    def advance_clock(self, seconds: float) -> datetime.datetime:
        """Move a movable clock on by ``seconds`` (``ClockError`` otherwise); the new time."""
        return self._move_clock(lambda clock: clock.advance(seconds))

    def set_clock(self, moment: datetime.datetime) -> datetime.datetime:
        """Set a movable clock to ``moment`` (``ClockError`` otherwise); the new time."""
        return self._move_clock(lambda clock: clock.set(moment))

    def _move_clock(self, move: Callable[[MovableClock | ManualClock], object]) -> datetime.datetime:
        """Move a movable clock as ``move`` does (``ClockError`` when it cannot be moved so); the new time."""
        with self.store.lock:
            clock = self.movable_clock()
            try:
                move(clock)
            except ValueError as exc:
                raise ClockError(str(exc)) from None
            self.revision += 1
            return clock.now()

    def movable_clock(self) -> MovableClock | ManualClock:
        """The clock, when it can be moved (``ClockError`` otherwise)."""
        clock = self.store.clock
        if not isinstance(clock, MovableClock | ManualClock):
            raise ClockError(f"this mock runs on a {type(clock).__name__}, which cannot be moved")
        return clock


def _fresh_store(clock: Clock, config: MockConfig, fixture: Fixture) -> Store:
    store = Store(clock, config)
    for account in fixture.accounts:
        store.accounts[account.id] = account
    for key in fixture.api_keys:
        store.api_keys[key.key] = key
    return store


def _set_clock(clock: Clock, restored: Restored) -> None:
    """The snapshot's clock: a movable clock keeps its offset from the system's, a manual one its time."""
    if isinstance(clock, MovableClock):
        clock.offset = datetime.timedelta(seconds=restored.offset_seconds)
    elif isinstance(clock, ManualClock):
        clock.set(restored.now)
