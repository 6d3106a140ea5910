from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.create_promotional_asset_links_request import CreatePromotionalAssetLinksRequest
from ...models.error import Error
from ...models.promotional_asset_link import PromotionalAssetLink
from ...types import Response


def _get_kwargs(
    *,
    body: CreatePromotionalAssetLinksRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/promotionalAssetLinks",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | list[PromotionalAssetLink] | None:
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:
            response_200_item = PromotionalAssetLink.from_dict(response_200_item_data)

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

    if response.status_code == 409:
        response_409 = Error.from_dict(response.json())

        return response_409

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
) -> Response[Error | list[PromotionalAssetLink]]:
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
) -> Response[Error | list[PromotionalAssetLink]]:
    """Link promotional assets to products or variants

     Creates one link per item of `links`. Each item joins a promotional
    asset to exactly one product or one product variant.

    Args:
        body (CreatePromotionalAssetLinksRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | list[PromotionalAssetLink]]
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
) -> Error | list[PromotionalAssetLink] | None:
    """Link promotional assets to products or variants

     Creates one link per item of `links`. Each item joins a promotional
    asset to exactly one product or one product variant.

    Args:
        body (CreatePromotionalAssetLinksRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | list[PromotionalAssetLink]
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CreatePromotionalAssetLinksRequest,
) -> Response[Error | list[PromotionalAssetLink]]:
    """Link promotional assets to products or variants

     Creates one link per item of `links`. Each item joins a promotional
    asset to exactly one product or one product variant.

    Args:
        body (CreatePromotionalAssetLinksRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | list[PromotionalAssetLink]]
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
) -> Error | list[PromotionalAssetLink] | None:
    """Link promotional assets to products or variants

     Creates one link per item of `links`. Each item joins a promotional
    asset to exactly one product or one product variant.

    Args:
        body (CreatePromotionalAssetLinksRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | list[PromotionalAssetLink]
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
