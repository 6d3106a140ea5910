from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...models.attribute_values import AttributeValues
from ...types import Response


def _get_kwargs(
    account_id: str,
    digital_twin_id: str,
    serial_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/accounts/{account_id}/digitalTwins/{digital_twin_id}/serials/{serial_id}/attributes".format(
            account_id=quote(str(account_id), safe=""),
            digital_twin_id=quote(str(digital_twin_id), safe=""),
            serial_id=quote(str(serial_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Any | AttributeValues:
    if response.status_code == 204:
        response_204 = cast(Any, None)
        return response_204

    if 200 <= response.status_code <= 299:
        response_2xx = AttributeValues.from_dict(response.json())

        return response_2xx

    if 500 <= response.status_code <= 599:
        response_5xx = cast(Any, None)
        return response_5xx

    response_default = cast(Any, None)
    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Any | AttributeValues]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    account_id: str,
    digital_twin_id: str,
    serial_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Any | AttributeValues]:
    """Get every attribute value of a serial

     The serial's attributes that have a value, name to value.

    Args:
        account_id (str): The account to act on. Example: aaaa1111-e5f6-1ab2-c34d-ab12cd34ef56.
        digital_twin_id (str): The digital twin's own id (not its product's id). Example:
            aaaa1111-e5f6-1ab2-c34d-ab12cd34ef56.
        serial_id (str): The serial item, by its `id` or by its `serial` value.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | AttributeValues]
    """

    kwargs = _get_kwargs(
        account_id=account_id,
        digital_twin_id=digital_twin_id,
        serial_id=serial_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    account_id: str,
    digital_twin_id: str,
    serial_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Any | AttributeValues | None:
    """Get every attribute value of a serial

     The serial's attributes that have a value, name to value.

    Args:
        account_id (str): The account to act on. Example: aaaa1111-e5f6-1ab2-c34d-ab12cd34ef56.
        digital_twin_id (str): The digital twin's own id (not its product's id). Example:
            aaaa1111-e5f6-1ab2-c34d-ab12cd34ef56.
        serial_id (str): The serial item, by its `id` or by its `serial` value.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | AttributeValues
    """

    return sync_detailed(
        account_id=account_id,
        digital_twin_id=digital_twin_id,
        serial_id=serial_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    account_id: str,
    digital_twin_id: str,
    serial_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Any | AttributeValues]:
    """Get every attribute value of a serial

     The serial's attributes that have a value, name to value.

    Args:
        account_id (str): The account to act on. Example: aaaa1111-e5f6-1ab2-c34d-ab12cd34ef56.
        digital_twin_id (str): The digital twin's own id (not its product's id). Example:
            aaaa1111-e5f6-1ab2-c34d-ab12cd34ef56.
        serial_id (str): The serial item, by its `id` or by its `serial` value.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | AttributeValues]
    """

    kwargs = _get_kwargs(
        account_id=account_id,
        digital_twin_id=digital_twin_id,
        serial_id=serial_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    account_id: str,
    digital_twin_id: str,
    serial_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Any | AttributeValues | None:
    """Get every attribute value of a serial

     The serial's attributes that have a value, name to value.

    Args:
        account_id (str): The account to act on. Example: aaaa1111-e5f6-1ab2-c34d-ab12cd34ef56.
        digital_twin_id (str): The digital twin's own id (not its product's id). Example:
            aaaa1111-e5f6-1ab2-c34d-ab12cd34ef56.
        serial_id (str): The serial item, by its `id` or by its `serial` value.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | AttributeValues
    """

    return (
        await asyncio_detailed(
            account_id=account_id,
            digital_twin_id=digital_twin_id,
            serial_id=serial_id,
            client=client,
        )
    ).parsed
