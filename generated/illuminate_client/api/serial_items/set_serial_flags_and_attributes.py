from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...models.serial_state_changes import SerialStateChanges
from ...models.set_serial_state_request import SetSerialStateRequest
from ...types import Response


def _get_kwargs(
    account_id: str,
    digital_twin_id: str,
    serial_id: str,
    *,
    body: SetSerialStateRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/api/v1/accounts/{account_id}/digitalTwins/{digital_twin_id}/serials/{serial_id}".format(
            account_id=quote(str(account_id), safe=""),
            digital_twin_id=quote(str(digital_twin_id), safe=""),
            serial_id=quote(str(serial_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Any | SerialStateChanges:
    if response.status_code == 204:
        response_204 = cast(Any, None)
        return response_204

    if 200 <= response.status_code <= 299:
        response_2xx = SerialStateChanges.from_dict(response.json())

        return response_2xx

    if 500 <= response.status_code <= 599:
        response_5xx = cast(Any, None)
        return response_5xx

    response_default = cast(Any, None)
    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Any | SerialStateChanges]:
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
    body: SetSerialStateRequest,
) -> Response[Any | SerialStateChanges]:
    """Set flags and attributes of a serial

     Sets the flags and attribute values given; the answer lists each change.

    Args:
        account_id (str): The account to act on. Example: aaaa1111-e5f6-1ab2-c34d-ab12cd34ef56.
        digital_twin_id (str): The digital twin's own id (not its product's id). Example:
            aaaa1111-e5f6-1ab2-c34d-ab12cd34ef56.
        serial_id (str): The serial item, by its `id` or by its `serial` value.
        body (SetSerialStateRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | SerialStateChanges]
    """

    kwargs = _get_kwargs(
        account_id=account_id,
        digital_twin_id=digital_twin_id,
        serial_id=serial_id,
        body=body,
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
    body: SetSerialStateRequest,
) -> Any | SerialStateChanges | None:
    """Set flags and attributes of a serial

     Sets the flags and attribute values given; the answer lists each change.

    Args:
        account_id (str): The account to act on. Example: aaaa1111-e5f6-1ab2-c34d-ab12cd34ef56.
        digital_twin_id (str): The digital twin's own id (not its product's id). Example:
            aaaa1111-e5f6-1ab2-c34d-ab12cd34ef56.
        serial_id (str): The serial item, by its `id` or by its `serial` value.
        body (SetSerialStateRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | SerialStateChanges
    """

    return sync_detailed(
        account_id=account_id,
        digital_twin_id=digital_twin_id,
        serial_id=serial_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    account_id: str,
    digital_twin_id: str,
    serial_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: SetSerialStateRequest,
) -> Response[Any | SerialStateChanges]:
    """Set flags and attributes of a serial

     Sets the flags and attribute values given; the answer lists each change.

    Args:
        account_id (str): The account to act on. Example: aaaa1111-e5f6-1ab2-c34d-ab12cd34ef56.
        digital_twin_id (str): The digital twin's own id (not its product's id). Example:
            aaaa1111-e5f6-1ab2-c34d-ab12cd34ef56.
        serial_id (str): The serial item, by its `id` or by its `serial` value.
        body (SetSerialStateRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | SerialStateChanges]
    """

    kwargs = _get_kwargs(
        account_id=account_id,
        digital_twin_id=digital_twin_id,
        serial_id=serial_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    account_id: str,
    digital_twin_id: str,
    serial_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: SetSerialStateRequest,
) -> Any | SerialStateChanges | None:
    """Set flags and attributes of a serial

     Sets the flags and attribute values given; the answer lists each change.

    Args:
        account_id (str): The account to act on. Example: aaaa1111-e5f6-1ab2-c34d-ab12cd34ef56.
        digital_twin_id (str): The digital twin's own id (not its product's id). Example:
            aaaa1111-e5f6-1ab2-c34d-ab12cd34ef56.
        serial_id (str): The serial item, by its `id` or by its `serial` value.
        body (SetSerialStateRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | SerialStateChanges
    """

    return (
        await asyncio_detailed(
            account_id=account_id,
            digital_twin_id=digital_twin_id,
            serial_id=serial_id,
            client=client,
            body=body,
        )
    ).parsed
