from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...models.flag_change import FlagChange
from ...models.set_serial_flags_request import SetSerialFlagsRequest
from ...types import Response


def _get_kwargs(
    account_id: str,
    digital_twin_id: str,
    serial_id: str,
    *,
    body: SetSerialFlagsRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
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


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Any | list[FlagChange]:
    if response.status_code == 204:
        response_204 = cast(Any, None)
        return response_204

    if 200 <= response.status_code <= 299:
        response_2xx = []
        _response_2xx = response.json()
        for componentsschemas_flag_changes_item_data in _response_2xx:
            componentsschemas_flag_changes_item = FlagChange.from_dict(componentsschemas_flag_changes_item_data)

            response_2xx.append(componentsschemas_flag_changes_item)

        return response_2xx

    if 500 <= response.status_code <= 599:
        response_5xx = cast(Any, None)
        return response_5xx

    response_default = cast(Any, None)
    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Any | list[FlagChange]]:
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
    body: SetSerialFlagsRequest,
) -> Response[Any | list[FlagChange]]:
    """Set several flags of a serial

     Sets each flag named in `flags` to its value; the answer gives each flag's new and previous value.

    Args:
        account_id (str): The account to act on. Example: aaaa1111-e5f6-1ab2-c34d-ab12cd34ef56.
        digital_twin_id (str): The digital twin's own id (not its product's id). Example:
            aaaa1111-e5f6-1ab2-c34d-ab12cd34ef56.
        serial_id (str): The serial item, by its `id` or by its `serial` value.
        body (SetSerialFlagsRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | list[FlagChange]]
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
    body: SetSerialFlagsRequest,
) -> Any | list[FlagChange] | None:
    """Set several flags of a serial

     Sets each flag named in `flags` to its value; the answer gives each flag's new and previous value.

    Args:
        account_id (str): The account to act on. Example: aaaa1111-e5f6-1ab2-c34d-ab12cd34ef56.
        digital_twin_id (str): The digital twin's own id (not its product's id). Example:
            aaaa1111-e5f6-1ab2-c34d-ab12cd34ef56.
        serial_id (str): The serial item, by its `id` or by its `serial` value.
        body (SetSerialFlagsRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | list[FlagChange]
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
    body: SetSerialFlagsRequest,
) -> Response[Any | list[FlagChange]]:
    """Set several flags of a serial

     Sets each flag named in `flags` to its value; the answer gives each flag's new and previous value.

    Args:
        account_id (str): The account to act on. Example: aaaa1111-e5f6-1ab2-c34d-ab12cd34ef56.
        digital_twin_id (str): The digital twin's own id (not its product's id). Example:
            aaaa1111-e5f6-1ab2-c34d-ab12cd34ef56.
        serial_id (str): The serial item, by its `id` or by its `serial` value.
        body (SetSerialFlagsRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | list[FlagChange]]
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
    body: SetSerialFlagsRequest,
) -> Any | list[FlagChange] | None:
    """Set several flags of a serial

     Sets each flag named in `flags` to its value; the answer gives each flag's new and previous value.

    Args:
        account_id (str): The account to act on. Example: aaaa1111-e5f6-1ab2-c34d-ab12cd34ef56.
        digital_twin_id (str): The digital twin's own id (not its product's id). Example:
            aaaa1111-e5f6-1ab2-c34d-ab12cd34ef56.
        serial_id (str): The serial item, by its `id` or by its `serial` value.
        body (SetSerialFlagsRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | list[FlagChange]
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
