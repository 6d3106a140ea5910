"""Retries as an httpx transport, built on httpx-retries.

httpx-retries decides per request from ``request.extensions["retry"]``, so the
rule "a POST is resent only when it provably never left" is one policy per
method family; what its ``Retry`` cannot express alone is added by a small
subclass:

- it cannot turn status retries off for one request (an empty
  ``status_forcelist`` falls back to its defaults): ``_Retry`` gates them;
- its sleep is ``time.sleep``: ``_Retry`` takes an injected one, so tests
  never wait on the wall clock;
- a transport sees only the status line and headers, so a connection dropped
  while the body streams would escape the retry loop: for requests safe to
  repeat, ``validate_response`` reads the body inside the loop.
"""

from __future__ import annotations

import asyncio
import random
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from typing import Any

import httpx
from httpx_retries import Retry, RetryTransport

Sleep = Callable[[float], None]
AsyncSleep = Callable[[float], Awaitable[None]]

# Safe to send twice (RFC 9110 idempotent methods; the API's PUTs replace a patch).
IDEMPOTENT = frozenset({"GET", "HEAD", "OPTIONS", "PUT"})
# Errors that prove the request never reached the server.
NEVER_SENT: tuple[type[Exception], ...] = (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout)
TRANSIENT: tuple[type[Exception], ...] = (httpx.TimeoutException, httpx.NetworkError, httpx.RemoteProtocolError)


@dataclass(frozen=True)
class RetryPolicy:
    """When and how to retry.

    Requests safe to repeat (GET, HEAD, OPTIONS, PUT) are retried on connection
    errors, dropped responses, timeouts and ``statuses``. Others (POST, DELETE,
    PATCH) only when the connection could not be made, so a job is never
    started twice. Waits grow as ``backoff_factor * 2**n`` with full jitter up
    to ``max_backoff``; a ``Retry-After`` header wins (capped the same way).
    """

    max_retries: int = 5
    backoff_factor: float = 0.5
    max_backoff: float = 30.0
    jitter: float = 1.0
    statuses: frozenset[int] = field(default_factory=lambda: frozenset({408, 429, *range(500, 600)}))
    respect_retry_after: bool = True

    @classmethod
    def off(cls) -> RetryPolicy:
        """No retries at all."""
        return cls(max_retries=0)

    @classmethod
    def of(cls, retries: Retries) -> RetryPolicy:
        """The policy a client's ``retries=`` means: a policy, True (the default), False (none) or a count."""
        if isinstance(retries, RetryPolicy):
            return retries
        if retries is True:
            return cls()
        return cls(max_retries=max(int(retries), 0))

    def backoff(self, attempt: int, retry_after: float | None = None) -> float:
        """Seconds to wait before resend number ``attempt`` (1, 2, ...), as the transport waits.

        For the resends the SDK makes itself (a job start, after checking that
        the server does not have it): ``Retry-After`` wins when honoured, else
        ``backoff_factor * 2**attempt`` with the jitter, both capped at ``max_backoff``.
        """
        if retry_after is not None and self.respect_retry_after:
            return min(max(retry_after, 0.0), self.max_backoff)
        if self.backoff_factor == 0:
            return 0.0
        wait: float = self.backoff_factor * 2.0**attempt
        if self.jitter > 0:
            wait *= random.uniform(1 - self.jitter, 1)
        return min(wait, self.max_backoff)


Retries = RetryPolicy | int | bool


class _Retry(Retry):
    """httpx-retries' Retry with an injected sleep and a switch for status retries."""

    # Set by _with_extras on every instance (httpx-retries builds copies without them).
    _sleep: Sleep
    _asleep: AsyncSleep
    _retry_statuses: bool

    def _with_extras(self, sleep: Sleep, asleep: AsyncSleep, retry_statuses: bool) -> _Retry:
        self._sleep, self._asleep, self._retry_statuses = sleep, asleep, retry_statuses
        return self

    def increment(self) -> Retry:
        new = super().increment()
        assert isinstance(new, _Retry)
        return new._with_extras(self._sleep, self._asleep, self._retry_statuses)

    def is_retryable_status_code(self, status_code: int) -> bool:
        return self._retry_statuses and super().is_retryable_status_code(status_code)

    def _delay(self, outcome: httpx.Response | Exception) -> float:
        if self.respect_retry_after_header and isinstance(outcome, httpx.Response):
            header = outcome.headers.get("Retry-After", "").strip()
            if header:
                try:
                    return min(max(self.parse_retry_after(header), 0.0), self.max_backoff_wait)
                except ValueError:
                    pass  # unreadable Retry-After: fall back to backoff
        return self.backoff_strategy()

    def sleep(self, response: httpx.Response | Exception) -> None:
        seconds = self._delay(response)
        self._sleep(seconds)
        self.elapsed_sleep += seconds

    async def asleep(self, response: httpx.Response | Exception) -> None:
        seconds = self._delay(response)
        await self._asleep(seconds)
        self.elapsed_sleep += seconds


def _read(response: httpx.Response) -> None:
    response.read()


async def _aread(response: httpx.Response) -> None:
    await response.aread()


class RetryingTransport(RetryTransport):
    """httpx-retries' transport with one policy for requests safe to repeat and one for the rest."""

    def __init__(
        self,
        transport: httpx.BaseTransport | httpx.AsyncBaseTransport,
        policy: RetryPolicy,
        *,
        sleep: Sleep = time.sleep,
        asleep: AsyncSleep = asyncio.sleep,
    ) -> None:
        super().__init__(transport=transport)
        self.policy = policy
        self._sleep, self._asleep = sleep, asleep

    def _retry_for(self, method: str, *, is_async: bool, read_body: bool = True) -> _Retry:
        p = self.policy
        common: dict[str, Any] = {
            "total": p.max_retries,
            "backoff_factor": p.backoff_factor,
            "max_backoff_wait": p.max_backoff,
            "backoff_jitter": p.jitter,
            "respect_retry_after_header": p.respect_retry_after,
        }
        if method in IDEMPOTENT:
            retry = _Retry(
                allowed_methods=IDEMPOTENT,
                status_forcelist=p.statuses or {0},
                retry_on_exceptions=TRANSIENT,
                validate_response=(_aread if is_async else _read) if read_body else None,
                **common,
            )
            return retry._with_extras(self._sleep, self._asleep, bool(p.statuses))
        retry = _Retry(allowed_methods=[method], retry_on_exceptions=NEVER_SENT, **common)
        return retry._with_extras(self._sleep, self._asleep, False)

    def streaming_retry(self) -> _Retry:
        """The policy of a GET whose body is streamed to the caller: as any GET's, but the body is not read.

        Pass it as ``extensions={"retry": ...}``: a status or a failure before
        the body is retried as usual, but the body is left to the caller
        (reading it inside the retry loop would hold all of it in memory).
        """
        return self._retry_for("GET", is_async=False, read_body=False)

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        request.extensions.setdefault("retry", self._retry_for(request.method, is_async=False))
        return super().handle_request(request)

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        request.extensions.setdefault("retry", self._retry_for(request.method, is_async=True))
        return await super().handle_async_request(request)
