from http import HTTPStatus
from typing import Any, cast

import httpx

from ...client import AuthenticatedClient, Client
from ...models.functional_name import FunctionalName
from ...models.modified_or_name_order import ModifiedOrNameOrder
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    account_id: str,
    first: int,
    after: str | Unset = UNSET,
    order: ModifiedOrNameOrder,
    filter_: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["accountId"] = account_id

    params["first"] = first

    params["after"] = after

    json_order = order.value
    params["order"] = json_order

    params["filter"] = filter_

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/rest/functionalNames",
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Any | list[FunctionalName]:
    if response.status_code == 204:
        response_204 = cast(Any, None)
        return response_204

    if 200 <= response.status_code <= 299:
        response_2xx = []
        _response_2xx = response.json()
        for response_2xx_item_data in _response_2xx:
            response_2xx_item = FunctionalName.from_dict(response_2xx_item_data)

            response_2xx.append(response_2xx_item)

        return response_2xx

    if 500 <= response.status_code <= 599:
        response_5xx = cast(Any, None)
        return response_5xx

    response_default = cast(Any, None)
    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Any | list[FunctionalName]]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    account_id: str,
    first: int,
    after: str | Unset = UNSET,
    order: ModifiedOrNameOrder,
    filter_: str | Unset = UNSET,
) -> Response[Any | list[FunctionalName]]:
    """List functional names

     Returns the functional names of an account, one page at a time.

    Args:
        account_id (str): The account to act on. Example: aaaa1111-e5f6-1ab2-c34d-ab12cd34ef56.
        first (int): Page size; at most 1000 (the documented limit of every GET). Example: 100.
        after (str | Unset): Cursor from the previous page's `next-page-token` header; omit it for
            the first page. A cursor the service does not know is answered with 404. Example:
            aaaa1111-e5f6-1ab2-c34d-ab12cd34ef56.
        order (ModifiedOrNameOrder):
        filter_ (str | Unset): JSON-encoded filter narrowing the results. JSON text of a
            FunctionalNameFilter.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | list[FunctionalName]]
    """

    kwargs = _get_kwargs(
        account_id=account_id,
        first=first,
        after=after,
        order=order,
        filter_=filter_,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    account_id: str,
    first: int,
    after: str | Unset = UNSET,
    order: ModifiedOrNameOrder,
    filter_: str | Unset = UNSET,
) -> Any | list[FunctionalName] | None:
    """List functional names

     Returns the functional names of an account, one page at a time.

    Args:
        account_id (str): The account to act on. Example: aaaa1111-e5f6-1ab2-c34d-ab12cd34ef56.
        first (int): Page size; at most 1000 (the documented limit of every GET). Example: 100.
        after (str | Unset): Cursor from the previous page's `next-page-token` header; omit it for
            the first page. A cursor the service does not know is answered with 404. Example:
            aaaa1111-e5f6-1ab2-c34d-ab12cd34ef56.
        order (ModifiedOrNameOrder):
        filter_ (str | Unset): JSON-encoded filter narrowing the results. JSON text of a
            FunctionalNameFilter.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | list[FunctionalName]
    """

    return sync_detailed(
        client=client,
        account_id=account_id,
        first=first,
        after=after,
        order=order,
        filter_=filter_,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    account_id: str,
    first: int,
    after: str | Unset = UNSET,
    order: ModifiedOrNameOrder,
    filter_: str | Unset = UNSET,
) -> Response[Any | list[FunctionalName]]:
    """List functional names

     Returns the functional names of an account, one page at a time.

    Args:
        account_id (str): The account to act on. Example: aaaa1111-e5f6-1ab2-c34d-ab12cd34ef56.
        first (int): Page size; at most 1000 (the documented limit of every GET). Example: 100.
        after (str | Unset): Cursor from the previous page's `next-page-token` header; omit it for
            the first page. A cursor the service does not know is answered with 404. Example:
            aaaa1111-e5f6-1ab2-c34d-ab12cd34ef56.
        order (ModifiedOrNameOrder):
        filter_ (str | Unset): JSON-encoded filter narrowing the results. JSON text of a
            FunctionalNameFilter.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | list[FunctionalName]]
    """

    kwargs = _get_kwargs(
        account_id=account_id,
        first=first,
        after=after,
        order=order,
        filter_=filter_,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    account_id: str,
    first: int,
    after: str | Unset = UNSET,
    order: ModifiedOrNameOrder,
    filter_: str | Unset = UNSET,
) -> Any | list[FunctionalName] | None:
    """List functional names

     Returns the functional names of an account, one page at a time.

    Args:
        account_id (str): The account to act on. Example: aaaa1111-e5f6-1ab2-c34d-ab12cd34ef56.
        first (int): Page size; at most 1000 (the documented limit of every GET). Example: 100.
        after (str | Unset): Cursor from the previous page's `next-page-token` header; omit it for
            the first page. A cursor the service does not know is answered with 404. Example:
            aaaa1111-e5f6-1ab2-c34d-ab12cd34ef56.
        order (ModifiedOrNameOrder):
        filter_ (str | Unset): JSON-encoded filter narrowing the results. JSON text of a
            FunctionalNameFilter.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | list[FunctionalName]
    """

    return (
        await asyncio_detailed(
            client=client,
            account_id=account_id,
            first=first,
            after=after,
            order=order,
            filter_=filter_,
        )
    ).parsed
