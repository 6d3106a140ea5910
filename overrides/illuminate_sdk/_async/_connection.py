"""``AsyncConnection``: a connected client and the one path every API call takes.

The path, top to bottom, is ``_request``: build the request with the
generated module's ``_get_kwargs``, send it through the SDK's httpx client
(auth, base URL, timeout; retries happen below, in ``RetryingTransport``),
turn a non-2xx answer into its typed error once the call has returned, catch
the documented HTTP 200 refusal to change allocation settings, and parse any
2xx with the generated module's ``_parse_response``. Only that parser runs
inside the ``try`` that reports a body breaking the spec, so a bug of the
SDK's own is never mistaken for one.

``_stream`` is the same path for an answer too large to hold (a job's CSV):
the status is checked before the body is read, and the body is left to the
caller, chunk by chunk.
"""

from __future__ import annotations

import asyncio  # unasync: async-only
import time
from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import asynccontextmanager
from types import ModuleType, TracebackType
from typing import Any, Self, TypeVar, overload

import httpx
from illuminate_client.client import Client

from .._arguments import ListOperationFunction, Operation, OperationFunction, prepare
from .._arguments import operation as find_operation
from .._config import TimeoutTypes, as_timeout, resolve
from .._cursor import MAX_PAGE_SIZE, check_page_size, page_problem
from .._exceptions import (
    APIStatusError,
    UnexpectedResponseError,
    connection_error,
    settings_refusal,
    status_error,
    unexpected_response,
)
from .._response import Reply, as_200, has_no_body, text_value
from .._retries import Retries, RetryingTransport, RetryPolicy
from .._tls import default_ssl_context
from ._pagination import AsyncPager

T = TypeVar("T")


class AsyncConnection:
    """The connection and the generic calls (``call``, ``paginate``) of ``AsyncIlluminate``."""

    def __init__(
        self,
        api_key: str | None = None,
        *,
        account_id: str | None = None,
        base_url: str | None = None,
        timeout: TimeoutTypes | None = None,
        retries: Retries = True,
        transport: httpx.AsyncBaseTransport | None = None,
        sleep: Callable[[float], Awaitable[None]] = asyncio.sleep,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        settings = resolve(api_key, account_id, base_url, timeout)
        self._account_id, self._base_url = settings.account_id, settings.base_url
        self._sleep, self._clock = sleep, clock
        self._policy = RetryPolicy.of(retries)
        self._transport = RetryingTransport(
            transport or httpx.AsyncHTTPTransport(verify=default_ssl_context()), self._policy, asleep=sleep
        )
        self._http = httpx.AsyncClient(
            base_url=settings.base_url, auth=settings.auth, timeout=settings.timeout, transport=self._transport
        )
        # The generated client on the same httpx client: same connection pool, auth, timeout and retries.
        self._raw = Client(base_url=settings.base_url, timeout=settings.timeout).set_async_httpx_client(self._http)

    @property
    def account_id(self) -> str:
        return self._account_id

    @property
    def raw(self) -> Client:
        """The generated client (``illuminate_client``) on the same connection, auth and retries.

        Its functions behave exactly as generated (no typed errors, no account id filled in).
        """
        return self._raw

    def __repr__(self) -> str:
        return f"{type(self).__name__}(base_url={self._base_url!r}, account_id={self._account_id!r})"

    async def close(self) -> None:
        await self._http.aclose()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(
        self, kind: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        await self.close()

    # -------------------------------------------------------------- the call path

    async def _request(self, op: Operation, arguments: dict[str, Any], timeout: TimeoutTypes | None) -> Reply:
        """One API call: build, send, check the status, parse."""
        # 1. The request, built by the generated module exactly as its own functions build it.
        options = op.get_kwargs(**arguments)
        # 2. Sent; a failure to connect or a non-2xx answer is its typed error (see _send).
        response = await self._send(options, timeout)
        # 3. The documented HTTP 200 that refuses to change allocation settings.
        refusal = settings_refusal(response)
        if refusal is not None:
            raise refusal
        # 4. Any 2xx is success: a 204 (or an empty 201/202, or an empty 200 where the spec allows
        #    "nothing") has no result; a text answer where the spec takes one is the value itself;
        #    the rest parses as a 200 would.
        if has_no_body(response, empty_means_none=op.empty_means_none):
            return Reply(None, response.headers)
        if op.text_answer:
            text = text_value(response)
            if text is not None:
                return Reply(text, response.headers)
        # Only the generated parser runs inside this try: whatever it raises means the body breaks the spec.
        try:
            parsed = op.parse_response(client=self._raw, response=as_200(response))
        except Exception as error:
            raise unexpected_response(response, error) from error
        return Reply(parsed, response.headers)

    async def _send(self, options: dict[str, Any], timeout: TimeoutTypes | None) -> httpx.Response:
        """Send one request; its typed error unless the answer is a 2xx (whose body has been read)."""
        per_call = as_timeout(timeout) if timeout is not None else httpx.USE_CLIENT_DEFAULT
        try:
            response = await self._http.request(**options, timeout=per_call)
        except httpx.RequestError as exc:
            raise connection_error(exc) from exc
        if not response.is_success:
            raise status_error(response)
        return response

    @asynccontextmanager
    async def _stream(
        self,
        options: dict[str, Any],
        timeout: TimeoutTypes | None,
        errors: dict[int, type[APIStatusError]] | None = None,
    ) -> AsyncIterator[httpx.Response]:
        """A 2xx answer whose body is not read yet: the caller reads it in chunks. Non-2xx: the typed error
        (``errors`` picks the class for a status), raised once the error's small body is read."""
        per_call = as_timeout(timeout) if timeout is not None else httpx.USE_CLIENT_DEFAULT
        # Retried like any GET until the status line, but the body is not read inside the retry loop.
        extensions = {"retry": self._transport.streaming_retry()}
        try:
            async with self._http.stream(**options, timeout=per_call, extensions=extensions) as response:
                if not response.is_success:
                    await response.aread()
                    raise status_error(response, (errors or {}).get(response.status_code))
                yield response
        except httpx.RequestError as exc:  # failing to connect, or the body breaking off while it streams
            raise connection_error(exc) from exc

    # -------------------------------------------------------------- generic calls

    @overload
    async def call(
        self, operation: OperationFunction[T], /, *, timeout: TimeoutTypes | None = None, **kwargs: Any
    ) -> T: ...
    @overload
    async def call(
        self, operation: ModuleType | Callable[..., Any], /, *, timeout: TimeoutTypes | None = None, **kwargs: Any
    ) -> Any: ...
    async def call(self, operation: Any, /, *, timeout: TimeoutTypes | None = None, **kwargs: Any) -> Any:
        """Call any generated operation (module or function): account id filled in, typed errors, parsed result.

        A request body may be given as ``body=`` (model or dict of JSON names)
        or as keyword arguments named like the body model's fields; ``filter=``
        as a model, a dict or JSON text; enums as plain strings.
        """
        op = find_operation(operation)
        reply = await self._request(op, prepare(op, self._account_id, kwargs), timeout)
        return reply.parsed

    @overload
    def paginate(
        self,
        operation: ListOperationFunction[T],
        /,
        *,
        first: int | None = None,
        after: str | None = None,
        limit: int | None = None,
        cursor: str | None = None,
        timeout: TimeoutTypes | None = None,
        **kwargs: Any,
    ) -> AsyncPager[T]: ...
    @overload
    def paginate(
        self,
        operation: ModuleType | Callable[..., Any],
        /,
        *,
        first: int | None = None,
        after: str | None = None,
        limit: int | None = None,
        cursor: str | None = None,
        timeout: TimeoutTypes | None = None,
        **kwargs: Any,
    ) -> AsyncPager[Any]: ...
    def paginate(
        self,
        operation: Any,
        /,
        *,
        first: int | None = None,
        after: str | None = None,
        limit: int | None = None,
        cursor: str | None = None,
        timeout: TimeoutTypes | None = None,
        **kwargs: Any,
    ) -> AsyncPager[Any]:
        """Every item of a paginated list operation, one page (1 to 1000 items, default 1000) at a time.

        Either cursor style, told from the operation's parameters: header
        cursors (``first``/``after``, ``has-next-page``/``next-page-token``)
        or body cursors (``limit``/``cursor``, ``pageInfo``, the items under
        ``serials`` or ``jobs``). The page size is ``first=`` or ``limit=``,
        the cursor to resume from ``after=`` or ``cursor=`` (a page's
        ``next_token`` or the pager's ``resume_after``), whichever the
        operation calls them. Nothing is sent until the pager is iterated.
        """
        op = find_operation(operation)
        style = op.cursor_style
        if style is None:
            raise TypeError(
                f"{op.name} is not a paginated list (no first/after, nor limit/cursor and pageInfo); use call() instead"
            )
        size = _either("first", first, "limit", limit)
        start = _either("after", after, "cursor", cursor)
        check_page_size(MAX_PAGE_SIZE if size is None else size, style.size)
        arguments = prepare(op, self._account_id, {**kwargs, style.size: MAX_PAGE_SIZE if size is None else size})
        name = style.start

        async def fetch(at: str | None) -> Reply:
            try:
                return await self._request(op, {**arguments, name: at}, timeout)
            except UnexpectedResponseError as error:
                problem = page_problem(op.name, at, error) if style.items is not None else None
                if problem is None:
                    raise
                raise problem from error

        return AsyncPager(op.name, fetch, start, style)


def _either(name: str, value: Any, other: str, alias: Any) -> Any:
    """One of two names for the same argument (the two cursor styles name them differently)."""
    if value is not None and alias is not None:
        raise TypeError(f"pass {name}= or {other}=, not both: they are the same for either cursor style")
    return value if value is not None else alias
