from http import HTTPStatus
from typing import Any, cast

import httpx

from ...client import AuthenticatedClient, Client
from ...models.create_promotional_asset_links_request import CreatePromotionalAssetLinksRequest
from ...models.promotional_asset_link import PromotionalAssetLink
from ...types import Response


def _get_kwargs(
    *,
    body: CreatePromotionalAssetLinksRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/rest/promotionalAssetLinks",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | list[PromotionalAssetLink]:
    if response.status_code == 204:
        response_204 = cast(Any, None)
        return response_204

    if 200 <= response.status_code <= 299:
        response_2xx = []
        _response_2xx = response.json()
        for response_2xx_item_data in _response_2xx:
            response_2xx_item = PromotionalAssetLink.from_dict(response_2xx_item_data)

            response_2xx.append(response_2xx_item)

        return response_2xx

    if 500 <= response.status_code <= 599:
        response_5xx = cast(Any, None)
        return response_5xx

    response_default = cast(Any, None)
    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Any | list[PromotionalAssetLink]]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CreatePromotionalAssetLinksRequest,
) -> Response[Any | list[PromotionalAssetLink]]:
    """Link promotional assets to products or variants

     Creates one link per item of `links`. Each item joins a promotional
    asset to exactly one product or one product variant.

    Args:
        body (CreatePromotionalAssetLinksRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | list[PromotionalAssetLink]]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: CreatePromotionalAssetLinksRequest,
) -> Any | list[PromotionalAssetLink] | None:
    """Link promotional assets to products or variants

     Creates one link per item of `links`. Each item joins a promotional
    asset to exactly one product or one product variant.

    Args:
        body (CreatePromotionalAssetLinksRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | list[PromotionalAssetLink]
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CreatePromotionalAssetLinksRequest,
) -> Response[Any | list[PromotionalAssetLink]]:
    """Link promotional assets to products or variants

     Creates one link per item of `links`. Each item joins a promotional
    asset to exactly one product or one product variant.

    Args:
        body (CreatePromotionalAssetLinksRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | list[PromotionalAssetLink]]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: CreatePromotionalAssetLinksRequest,
) -> Any | list[PromotionalAssetLink] | None:
    """Link promotional assets to products or variants

     Creates one link per item of `links`. Each item joins a promotional
    asset to exactly one product or one product variant.

    Args:
        body (CreatePromotionalAssetLinksRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | list[PromotionalAssetLink]
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
