from http import HTTPStatus
from typing import Any, cast

import httpx

from ...client import AuthenticatedClient, Client
from ...models.digital_twin import DigitalTwin
from ...models.digital_twin_order import DigitalTwinOrder
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    account_id: str,
    first: int,
    after: str | Unset = UNSET,
    order: DigitalTwinOrder,
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
        "url": "/rest/digitalTwins",
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Any | list[DigitalTwin]:
    if response.status_code == 204:
        response_204 = cast(Any, None)
        return response_204

    if 200 <= response.status_code <= 299:
        response_2xx = []
        _response_2xx = response.json()
        for response_2xx_item_data in _response_2xx:
            response_2xx_item = DigitalTwin.from_dict(response_2xx_item_data)

            response_2xx.append(response_2xx_item)

        return response_2xx

    if 500 <= response.status_code <= 599:
        response_5xx = cast(Any, None)
        return response_5xx

    response_default = cast(Any, None)
    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Any | list[DigitalTwin]]:
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
    order: DigitalTwinOrder,
    filter_: str | Unset = UNSET,
) -> Response[Any | list[DigitalTwin]]:
    """List digital twins

     Returns the digital twins of an account, one page at a time. A filter on
    `product.ids`, `productVariant.ids` or `promotionalAsset.ids` is the way
    to find the twin id of a product, variant or promotional asset: the
    resource id and the twin id are different values.

    Args:
        account_id (str): The account to act on. Example: aaaa1111-e5f6-1ab2-c34d-ab12cd34ef56.
        first (int): Page size; at most 1000 (the documented limit of every GET). Example: 100.
        after (str | Unset): Cursor from the previous page's `next-page-token` header; omit it for
            the first page. A cursor the service does not know is answered with 404. Example:
            aaaa1111-e5f6-1ab2-c34d-ab12cd34ef56.
        order (DigitalTwinOrder):
        filter_ (str | Unset): JSON-encoded filter narrowing the results. JSON text of a
            DigitalTwinFilter.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | list[DigitalTwin]]
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
    order: DigitalTwinOrder,
    filter_: str | Unset = UNSET,
) -> Any | list[DigitalTwin] | None:
    """List digital twins

     Returns the digital twins of an account, one page at a time. A filter on
    `product.ids`, `productVariant.ids` or `promotionalAsset.ids` is the way
    to find the twin id of a product, variant or promotional asset: the
    resource id and the twin id are different values.

    Args:
        account_id (str): The account to act on. Example: aaaa1111-e5f6-1ab2-c34d-ab12cd34ef56.
        first (int): Page size; at most 1000 (the documented limit of every GET). Example: 100.
        after (str | Unset): Cursor from the previous page's `next-page-token` header; omit it for
            the first page. A cursor the service does not know is answered with 404. Example:
            aaaa1111-e5f6-1ab2-c34d-ab12cd34ef56.
        order (DigitalTwinOrder):
        filter_ (str | Unset): JSON-encoded filter narrowing the results. JSON text of a
            DigitalTwinFilter.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | list[DigitalTwin]
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
    order: DigitalTwinOrder,
    filter_: str | Unset = UNSET,
) -> Response[Any | list[DigitalTwin]]:
    """List digital twins

     Returns the digital twins of an account, one page at a time. A filter on
    `product.ids`, `productVariant.ids` or `promotionalAsset.ids` is the way
    to find the twin id of a product, variant or promotional asset: the
    resource id and the twin id are different values.

    Args:
        account_id (str): The account to act on. Example: aaaa1111-e5f6-1ab2-c34d-ab12cd34ef56.
        first (int): Page size; at most 1000 (the documented limit of every GET). Example: 100.
        after (str | Unset): Cursor from the previous page's `next-page-token` header; omit it for
            the first page. A cursor the service does not know is answered with 404. Example:
            aaaa1111-e5f6-1ab2-c34d-ab12cd34ef56.
        order (DigitalTwinOrder):
        filter_ (str | Unset): JSON-encoded filter narrowing the results. JSON text of a
            DigitalTwinFilter.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | list[DigitalTwin]]
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
    order: DigitalTwinOrder,
    filter_: str | Unset = UNSET,
) -> Any | list[DigitalTwin] | None:
    """List digital twins

     Returns the digital twins of an account, one page at a time. A filter on
    `product.ids`, `productVariant.ids` or `promotionalAsset.ids` is the way
    to find the twin id of a product, variant or promotional asset: the
    resource id and the twin id are different values.

    Args:
        account_id (str): The account to act on. Example: aaaa1111-e5f6-1ab2-c34d-ab12cd34ef56.
        first (int): Page size; at most 1000 (the documented limit of every GET). Example: 100.
        after (str | Unset): Cursor from the previous page's `next-page-token` header; omit it for
            the first page. A cursor the service does not know is answered with 404. Example:
            aaaa1111-e5f6-1ab2-c34d-ab12cd34ef56.
        order (DigitalTwinOrder):
        filter_ (str | Unset): JSON-encoded filter narrowing the results. JSON text of a
            DigitalTwinFilter.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | list[DigitalTwin]
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
