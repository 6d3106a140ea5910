"""``AsyncConnection``: a connected client and the one path every API call takes.

The path, top to bottom, is ``_request``: build the request with the
generated module's ``_get_kwargs``, send it through the SDK's httpx client
(auth, base URL, timeout; retries happen below, in ``RetryingTransport``),
turn a non-2xx answer into its typed error once the call has returned, catch
the documented HTTP 200 refusal to change allocation settings, and parse any
2xx with the generated module's ``_parse_response``. Only that parser runs
inside the ``try`` that reports a body breaking the spec, so a bug of the
SDK's own is never mistaken for one.
"""

from __future__ import annotations

import asyncio  # unasync: async-only
import time
from collections.abc import Awaitable, Callable
from types import ModuleType, TracebackType
from typing import Any, Self, TypeVar, overload

import httpx
from illuminate_client.client import Client

from .._arguments import ListOperationFunction, Operation, OperationFunction, prepare
from .._arguments import operation as find_operation
from .._config import TimeoutTypes, as_timeout, resolve
from .._cursor import MAX_PAGE_SIZE, check_page_size
from .._exceptions import connection_error, settings_refusal, status_error, unexpected_response
from .._response import Reply, as_200, has_no_body
from .._retries import Retries, RetryingTransport, RetryPolicy
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
        self._http = httpx.AsyncClient(
            base_url=settings.base_url,
            auth=settings.auth,
            timeout=settings.timeout,
            transport=RetryingTransport(transport or httpx.AsyncHTTPTransport(), self._policy, asleep=sleep),
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
        # 4. Any 2xx is success: a 204 (or an empty 201/202) has no result, the rest parses as a 200 would.
        if has_no_body(response):
            return Reply(None, response.headers)
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
        first: int = MAX_PAGE_SIZE,
        after: str | None = None,
        timeout: TimeoutTypes | None = None,
        **kwargs: Any,
    ) -> AsyncPager[T]: ...
    @overload
    def paginate(
        self,
        operation: ModuleType | Callable[..., Any],
        /,
        *,
        first: int = MAX_PAGE_SIZE,
        after: str | None = None,
        timeout: TimeoutTypes | None = None,
        **kwargs: Any,
    ) -> AsyncPager[Any]: ...
    def paginate(
        self,
        operation: Any,
        /,
        *,
        first: int = MAX_PAGE_SIZE,
        after: str | None = None,
        timeout: TimeoutTypes | None = None,
        **kwargs: Any,
    ) -> AsyncPager[Any]:
        """Every item of a cursor-paginated list operation, one page of ``first`` (1 to 1000) at a time.

        ``after=`` resumes from a cursor (a page's ``next_token`` or the pager's
        ``resume_after``). Nothing is sent until the pager is iterated.
        """
        op = find_operation(operation)
        if not op.is_cursor_list:
            raise TypeError(f"{op.name} is not a cursor-paginated list (no first/after); use call() instead")
        check_page_size(first)
        arguments = prepare(op, self._account_id, {**kwargs, "first": first})

        async def fetch(cursor: str | None) -> Reply:
            return await self._request(op, {**arguments, "after": cursor}, timeout)

        return AsyncPager(op.name, fetch, after)
