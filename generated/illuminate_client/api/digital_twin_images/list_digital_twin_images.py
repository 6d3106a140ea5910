from http import HTTPStatus
from typing import Any, cast

import httpx

from ...client import AuthenticatedClient, Client
from ...models.digital_twin_image import DigitalTwinImage
from ...types import UNSET, Response


def _get_kwargs(
    *,
    account_id: str,
    digital_twin_id: str,
    first: int,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["accountId"] = account_id

    params["digitalTwinId"] = digital_twin_id

    params["first"] = first

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/rest/digitalTwinImages",
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Any | list[DigitalTwinImage]:
    if response.status_code == 204:
        response_204 = cast(Any, None)
        return response_204

    if 200 <= response.status_code <= 299:
        response_2xx = []
        _response_2xx = response.json()
        for response_2xx_item_data in _response_2xx:
            response_2xx_item = DigitalTwinImage.from_dict(response_2xx_item_data)

            response_2xx.append(response_2xx_item)

        return response_2xx

    if 500 <= response.status_code <= 599:
        response_5xx = cast(Any, None)
        return response_5xx

    response_default = cast(Any, None)
    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Any | list[DigitalTwinImage]]:
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
    digital_twin_id: str,
    first: int,
) -> Response[Any | list[DigitalTwinImage]]:
    """List the images of a digital twin

     Returns the images attached to one digital twin.

    Args:
        account_id (str): The account to act on. Example: aaaa1111-e5f6-1ab2-c34d-ab12cd34ef56.
        digital_twin_id (str): The digital twin's own id (not its product's id). Example:
            aaaa1111-e5f6-1ab2-c34d-ab12cd34ef56.
        first (int): Page size; at most 1000 (the documented limit of every GET). Example: 100.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | list[DigitalTwinImage]]
    """

    kwargs = _get_kwargs(
        account_id=account_id,
        digital_twin_id=digital_twin_id,
        first=first,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    account_id: str,
    digital_twin_id: str,
    first: int,
) -> Any | list[DigitalTwinImage] | None:
    """List the images of a digital twin

     Returns the images attached to one digital twin.

    Args:
        account_id (str): The account to act on. Example: aaaa1111-e5f6-1ab2-c34d-ab12cd34ef56.
        digital_twin_id (str): The digital twin's own id (not its product's id). Example:
            aaaa1111-e5f6-1ab2-c34d-ab12cd34ef56.
        first (int): Page size; at most 1000 (the documented limit of every GET). Example: 100.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | list[DigitalTwinImage]
    """

    return sync_detailed(
        client=client,
        account_id=account_id,
        digital_twin_id=digital_twin_id,
        first=first,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    account_id: str,
    digital_twin_id: str,
    first: int,
) -> Response[Any | list[DigitalTwinImage]]:
    """List the images of a digital twin

     Returns the images attached to one digital twin.

    Args:
        account_id (str): The account to act on. Example: aaaa1111-e5f6-1ab2-c34d-ab12cd34ef56.
        digital_twin_id (str): The digital twin's own id (not its product's id). Example:
            aaaa1111-e5f6-1ab2-c34d-ab12cd34ef56.
        first (int): Page size; at most 1000 (the documented limit of every GET). Example: 100.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | list[DigitalTwinImage]]
    """

    kwargs = _get_kwargs(
        account_id=account_id,
        digital_twin_id=digital_twin_id,
        first=first,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    account_id: str,
    digital_twin_id: str,
    first: int,
) -> Any | list[DigitalTwinImage] | None:
    """List the images of a digital twin

     Returns the images attached to one digital twin.

    Args:
        account_id (str): The account to act on. Example: aaaa1111-e5f6-1ab2-c34d-ab12cd34ef56.
        digital_twin_id (str): The digital twin's own id (not its product's id). Example:
            aaaa1111-e5f6-1ab2-c34d-ab12cd34ef56.
        first (int): Page size; at most 1000 (the documented limit of every GET). Example: 100.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | list[DigitalTwinImage]
    """

    return (
        await asyncio_detailed(
            client=client,
            account_id=account_id,
            digital_twin_id=digital_twin_id,
            first=first,
        )
    ).parsed
