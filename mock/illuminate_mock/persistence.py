"""``illuminate-mock --state FILE``: the state kept in a file across restarts.

- At start (before the server listens): a missing file starts the mock from
  its fixture and is created at once (so a folder that cannot be written is
  found now, not at the first change); an existing one is read as a
  snapshot (``snapshot/``) and checked against the fixture. Anything wrong
  with it (not a regular file, unreadable, over ``MAX_SNAPSHOT_BYTES``, not
  JSON, another format or version, an account or key the fixture lacks, a
  reference that does not resolve) refuses the start with one line naming
  the file and the place; the file is left exactly as it was.
- While serving: every ``interval`` seconds, when something changed (the
  backend's ``revision``), the state is exported under the lock and written
  in a worker thread, never on the event loop. On shutdown (SIGTERM or
  SIGINT: uvicorn's lifespan shutdown, after the last request) it is
  written once more. A ``kill -9`` loses at most the changes of the last
  interval.
- Every write is atomic: a temporary file in the same folder, flushed and
  fsynced, then ``os.replace`` over the file and an fsync of the folder. A
  reader (or a crash) sees the old file or the new one, never a mix. The
  file is the snapshot format, compact JSON, mode 0600.

``PersistingApp`` wraps the mock's ASGI app: it answers the lifespan
messages itself (the writer runs between startup and shutdown) and hands
every other scope to the mock.
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
import stat
import tempfile
import threading
import time
from pathlib import Path
from typing import Any

import anyio
import anyio.to_thread

from .backend import Backend
from .config import STATE_INTERVAL_SECONDS
from .requestlog import App, Receive, Scope, Send
from .snapshot import MAX_SNAPSHOT_BYTES, SnapshotError, parse_snapshot

log = logging.getLogger("illuminate_mock")


class StateFileError(Exception):
    """The state file cannot be used: one line naming the file and the place."""


def write_atomically(path: Path, data: bytes) -> None:
    """Replace ``path`` with ``data``: a temporary file beside it, fsynced, then renamed over it."""
    folder = path.parent
    handle, temporary = tempfile.mkstemp(dir=folder, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(handle, "wb") as file:
            file.write(data)
            file.flush()
            os.fsync(file.fileno())
        os.replace(temporary, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        raise
    with contextlib.suppress(OSError):  # the rename itself made durable (not every system can open a folder)
        descriptor = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(descriptor)
        finally:
            os.close(descriptor)


def encode(document: dict[str, Any]) -> bytes:
    return json.dumps(document, ensure_ascii=False, separators=(",", ":")).encode("utf-8")


class StateFile:
    """The state file of one backend: ``open`` at start, ``save`` whenever, ``run`` while serving."""

    def __init__(self, path: Path, backend: Backend, interval: float = STATE_INTERVAL_SECONDS) -> None:
        self.path = path
        self.backend = backend
        self.interval = interval
        self.written: int | None = None  # the revision the file holds
        self._lock = threading.Lock()
        self.last_write_seconds: float | None = None
        self.last_size: int | None = None

    def open(self) -> str:
        """Restore the state from the file (``restored``), or create the file (``created``)."""
        where = self.path
        try:
            found = os.stat(where)
        except FileNotFoundError:
            found = None
        except OSError as exc:
            raise StateFileError(f"{where}: cannot read the state file: {exc.strerror}") from None
        if found is None:
            try:
                self.save(force=True)
            except OSError as exc:
                raise StateFileError(f"{where}: cannot write the state file: {exc.strerror}") from None
            return "created"
        if not stat.S_ISREG(found.st_mode):
            raise StateFileError(f"{where}: not a regular file (a state file is a JSON file)")
        if found.st_size > MAX_SNAPSHOT_BYTES:
            raise StateFileError(f"{where}: (top level): larger than {MAX_SNAPSHOT_BYTES} bytes")
        try:
            raw = where.read_bytes()
        except OSError as exc:
            raise StateFileError(f"{where}: cannot read the state file: {exc.strerror}") from None
        try:
            self.backend.restore(parse_snapshot(raw))
        except SnapshotError as exc:
            raise StateFileError(exc.describe(str(where))) from None
        self.written = self.backend.revision
        return "restored"

    def save(self, force: bool = False) -> bool:
        """Write the state if it changed since the last write (always with ``force``); whether it wrote."""
        with self._lock:
            if not force and self.backend.revision == self.written:
                return False
            started = time.perf_counter()
            document, revision = self.backend.snapshot_with_revision()
            data = encode(document)  # after the lock is let go: the document shares nothing with the state
            if len(data) > MAX_SNAPSHOT_BYTES:
                log.error(
                    "illuminate-mock: the state (%d bytes) is over the %d bytes a state file may hold; "
                    "%s keeps the last state that fitted",
                    len(data),
                    MAX_SNAPSHOT_BYTES,
                    self.path,
                )
                return False
            write_atomically(self.path, data)
            self.written = revision
            self.last_write_seconds = time.perf_counter() - started
            self.last_size = len(data)
            log.debug(
                "illuminate-mock: state written to %s (%d bytes, %.1f ms)",
                self.path,
                len(data),
                self.last_write_seconds * 1000,
            )
            return True

    def save_logged(self) -> None:
        """``save``, with a failure (a full disk, a folder gone) logged in one line instead of raised."""
        try:
            self.save()
        except OSError as exc:
            log.error("illuminate-mock: cannot write the state file %s: %s", self.path, exc.strerror or exc)

    async def run(self) -> None:
        """Write the state every ``interval`` seconds while it changes (until cancelled)."""
        while True:
            await anyio.sleep(self.interval)
            await anyio.to_thread.run_sync(self.save_logged)


class PersistingApp:
    """The mock's ASGI app with a state file: writes it while serving and once more on shutdown."""

    def __init__(self, app: App, state: StateFile) -> None:
        self.app = app
        self.state = state

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "lifespan":
            await self.app(scope, receive, send)
            return
        message = await receive()
        if message["type"] != "lifespan.startup":
            return
        async with anyio.create_task_group() as group:
            group.start_soon(self.state.run)
            await send({"type": "lifespan.startup.complete"})
            while (await receive())["type"] != "lifespan.shutdown":
                pass
            group.cancel_scope.cancel()
        await anyio.to_thread.run_sync(self.state.save_logged)
        await send({"type": "lifespan.shutdown.complete"})
