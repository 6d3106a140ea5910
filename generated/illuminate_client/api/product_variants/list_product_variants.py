from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.modified_or_name_order import ModifiedOrNameOrder
from ...models.product_variant import ProductVariant
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
        "url": "/productVariants",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | list[ProductVariant] | None:
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:
            response_200_item = ProductVariant.from_dict(response_200_item_data)

            response_200.append(response_200_item)

        return response_200

    if response.status_code == 400:
        response_400 = Error.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = Error.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = Error.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = Error.from_dict(response.json())

        return response_404

    if response.status_code == 429:
        response_429 = Error.from_dict(response.json())

        return response_429

    if 500 <= response.status_code <= 599:
        response_5xx = Error.from_dict(response.json())

        return response_5xx

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Error | list[ProductVariant]]:
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
) -> Response[Error | list[ProductVariant]]:
    """List product variants

     Returns the product variants of an account, one page at a time, optionally filtered by variant or
    product id.

    Args:
        account_id (str): The account to act on. Example: aaaa1111-e5f6-1ab2-c34d-ab12cd34ef56.
        first (int): Page size; at most 1000. Example: 100.
        after (str | Unset): Cursor from the previous page's `next-page-token` header; omit it for
            the first page. A cursor the service does not know is answered with 404. Example:
            aaaa1111-e5f6-1ab2-c34d-ab12cd34ef56.
        order (ModifiedOrNameOrder):
        filter_ (str | Unset): JSON-encoded filter narrowing the results. JSON text of a
            ProductVariantFilter.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | list[ProductVariant]]
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
) -> Error | list[ProductVariant] | None:
    """List product variants

     Returns the product variants of an account, one page at a time, optionally filtered by variant or
    product id.

    Args:
        account_id (str): The account to act on. Example: aaaa1111-e5f6-1ab2-c34d-ab12cd34ef56.
        first (int): Page size; at most 1000. Example: 100.
        after (str | Unset): Cursor from the previous page's `next-page-token` header; omit it for
            the first page. A cursor the service does not know is answered with 404. Example:
            aaaa1111-e5f6-1ab2-c34d-ab12cd34ef56.
        order (ModifiedOrNameOrder):
        filter_ (str | Unset): JSON-encoded filter narrowing the results. JSON text of a
            ProductVariantFilter.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | list[ProductVariant]
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
) -> Response[Error | list[ProductVariant]]:
    """List product variants

     Returns the product variants of an account, one page at a time, optionally filtered by variant or
    product id.

    Args:
        account_id (str): The account to act on. Example: aaaa1111-e5f6-1ab2-c34d-ab12cd34ef56.
        first (int): Page size; at most 1000. Example: 100.
        after (str | Unset): Cursor from the previous page's `next-page-token` header; omit it for
            the first page. A cursor the service does not know is answered with 404. Example:
            aaaa1111-e5f6-1ab2-c34d-ab12cd34ef56.
        order (ModifiedOrNameOrder):
        filter_ (str | Unset): JSON-encoded filter narrowing the results. JSON text of a
            ProductVariantFilter.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | list[ProductVariant]]
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
) -> Error | list[ProductVariant] | None:
    """List product variants

     Returns the product variants of an account, one page at a time, optionally filtered by variant or
    product id.

    Args:
        account_id (str): The account to act on. Example: aaaa1111-e5f6-1ab2-c34d-ab12cd34ef56.
        first (int): Page size; at most 1000. Example: 100.
        after (str | Unset): Cursor from the previous page's `next-page-token` header; omit it for
            the first page. A cursor the service does not know is answered with 404. Example:
            aaaa1111-e5f6-1ab2-c34d-ab12cd34ef56.
        order (ModifiedOrNameOrder):
        filter_ (str | Unset): JSON-encoded filter narrowing the results. JSON text of a
            ProductVariantFilter.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | list[ProductVariant]
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
