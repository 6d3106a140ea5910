"""Every request of a run ends: a total deadline and a size cap, whatever the server does.

A read timeout bounds each wait for bytes, not the whole response: a server
trickling one byte every few seconds keeps a plain client waiting forever,
and a 200 MB body is read into memory whole. Schemathesis sends with
``requests``; during a run every new ``requests.Session`` gets
``BoundedAdapter``, which

- arms a watchdog per request that shuts the socket down when the total
  deadline passes (status line, headers and body included), and
- reads the body itself, in chunks, refusing it past ``max_bytes``.

Both end the request with a ``requests`` exception, which schemathesis
reports as one network error of the operation. The seeding and start-up
requests (httpx) go through ``call_with_deadline``.
"""

from __future__ import annotations

import contextlib
import socket
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any, TypeVar

import requests
from requests.adapters import HTTPAdapter
from urllib3.connectionpool import HTTPConnectionPool, HTTPSConnectionPool

DEFAULT_DEADLINE = 60.0  # seconds for a whole response
DEFAULT_MAX_BYTES = 32 * 1024 * 1024  # no answer of this API comes near it; 1000 records are a few MB
# After this many responses overran the deadline, later requests fail at once: a server that holds
# every answer open would otherwise make a run last requests x deadline.
MAX_OVERRUNS = 5
_CHUNK = 64 * 1024
T = TypeVar("T")

# The connection each thread is using right now (by thread id), so its watchdog can cut it.
_CONNECTIONS: dict[int, Any] = {}


class ResponseTooLarge(requests.exceptions.RequestException):
    """The body passed the size cap; it was not read further."""


class DeadlineExceeded(requests.exceptions.Timeout):
    """The whole response took longer than the deadline (not one read: all of it)."""


def _tracking(pool_class: type[HTTPConnectionPool]) -> type[HTTPConnectionPool]:
    class Tracking(pool_class):  # type: ignore[valid-type,misc]
        def _get_conn(self, timeout: float | None = None) -> Any:
            conn = super()._get_conn(timeout)
            _CONNECTIONS[threading.get_ident()] = conn
            return conn

    Tracking.__name__ = f"Tracking{pool_class.__name__}"
    return Tracking


class BoundedAdapter(HTTPAdapter):
    """requests' adapter with a total deadline and a body size cap per request."""

    def __init__(
        self,
        *,
        deadline: float = DEFAULT_DEADLINE,
        max_bytes: int = DEFAULT_MAX_BYTES,
        overruns: list[int] | None = None,
    ) -> None:
        self.deadline = deadline
        self.max_bytes = max_bytes
        self.overruns = overruns if overruns is not None else [0]  # shared by the adapters of one run
        super().__init__()

    def _overrun(self, request: requests.PreparedRequest) -> DeadlineExceeded:
        self.overruns[0] += 1
        return DeadlineExceeded(f"response not complete after {self.deadline:g} s", request=request)

    def init_poolmanager(self, *args: Any, **kwargs: Any) -> None:
        super().init_poolmanager(*args, **kwargs)
        self.poolmanager.pool_classes_by_scheme = {
            "http": _tracking(HTTPConnectionPool),
            "https": _tracking(HTTPSConnectionPool),
        }

    def send(self, request: requests.PreparedRequest, stream: bool = False, **kwargs: Any) -> requests.Response:  # type: ignore[override]
        if self.overruns[0] >= MAX_OVERRUNS:
            raise DeadlineExceeded(
                f"not sent: {self.overruns[0]} answers of this server overran the {self.deadline:g} s deadline",
                request=request,
            )
        expired = threading.Event()
        owner = threading.get_ident()
        _CONNECTIONS.pop(owner, None)

        def cut() -> None:
            expired.set()
            sock = getattr(_CONNECTIONS.get(owner), "sock", None)
            if sock is not None:
                with contextlib.suppress(OSError):  # already closed: nothing left to cut
                    sock.shutdown(socket.SHUT_RDWR)

        watchdog = threading.Timer(self.deadline, cut)
        watchdog.daemon = True
        watchdog.start()
        started = time.monotonic()
        try:
            response = super().send(request, stream=True, **kwargs)
            body = bytearray()
            for chunk in response.raw.stream(_CHUNK, decode_content=True):
                body += chunk
                if len(body) > self.max_bytes:
                    response.close()
                    raise ResponseTooLarge(
                        f"response body larger than {self.max_bytes} bytes (stopped reading)", request=request
                    )
                if time.monotonic() - started > self.deadline:
                    raise self._overrun(request)
            response._content = bytes(body)
            response._content_consumed = True
            return response
        except (requests.exceptions.RequestException, OSError, ValueError) as exc:
            if isinstance(exc, DeadlineExceeded):
                raise
            if expired.is_set() and not isinstance(exc, ResponseTooLarge):
                raise self._overrun(request) from None
            if isinstance(exc, requests.exceptions.RequestException):
                raise
            raise requests.exceptions.ConnectionError(f"{type(exc).__name__}: {exc}", request=request) from None
        except Exception as exc:  # noqa: BLE001 - urllib3 errors requests does not wrap while the body streams
            if expired.is_set():
                raise self._overrun(request) from None
            raise requests.exceptions.ConnectionError(f"{type(exc).__name__}: {exc}", request=request) from None
        finally:
            watchdog.cancel()
            _CONNECTIONS.pop(owner, None)


@contextmanager
def bounded_sessions(*, deadline: float = DEFAULT_DEADLINE, max_bytes: int = DEFAULT_MAX_BYTES) -> Iterator[None]:
    """Mount ``BoundedAdapter`` on every ``requests.Session`` created while the block runs."""
    original = requests.Session.__init__
    overruns = [0]

    def init(self: requests.Session, *args: Any, **kwargs: Any) -> None:
        original(self, *args, **kwargs)
        adapter = BoundedAdapter(deadline=deadline, max_bytes=max_bytes, overruns=overruns)
        self.mount("http://", adapter)
        self.mount("https://", adapter)

    requests.Session.__init__ = init  # type: ignore[method-assign]
    try:
        yield
    finally:
        requests.Session.__init__ = original  # type: ignore[method-assign]


def call_with_deadline(function: Callable[[], T], deadline: float, what: str) -> T:
    """Run ``function`` in a worker thread; TimeoutError (naming ``what``) when it overruns.

    For the few requests before a run (start-up check, seeding): an overrun
    ends the run with one line, and the abandoned daemon thread goes with
    the process.
    """
    outcome: dict[str, Any] = {}

    def target() -> None:
        try:
            outcome["value"] = function()
        except BaseException as exc:  # noqa: BLE001 - handed to the caller below
            outcome["error"] = exc

    worker = threading.Thread(target=target, daemon=True, name=f"deadline:{what}")
    worker.start()
    worker.join(deadline)
    if worker.is_alive():
        raise TimeoutError(f"{what}: no complete answer within {deadline:g} s")
    if "error" in outcome:
        raise outcome["error"]
    return outcome["value"]  # type: ignore[no-any-return]
