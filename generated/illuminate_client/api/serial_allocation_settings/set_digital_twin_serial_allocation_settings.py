from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.digital_twin_serial_allocation_settings import DigitalTwinSerialAllocationSettings
from ...models.error import Error
from ...models.set_digital_twin_serial_allocation_settings_request import SetDigitalTwinSerialAllocationSettingsRequest
from ...types import Response


def _get_kwargs(
    *,
    body: SetDigitalTwinSerialAllocationSettingsRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/digitalTwinSerialAllocationSettings",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> DigitalTwinSerialAllocationSettings | str | Error | None:
    if response.status_code == 200:

        def _parse_response_200(data: object) -> DigitalTwinSerialAllocationSettings | str:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_200_type_0 = DigitalTwinSerialAllocationSettings.from_dict(data)

                return response_200_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(DigitalTwinSerialAllocationSettings | str, data)

        response_200 = _parse_response_200(response.json())

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
) -> Response[DigitalTwinSerialAllocationSettings | str | Error]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: SetDigitalTwinSerialAllocationSettingsRequest,
) -> Response[DigitalTwinSerialAllocationSettings | str | Error]:
    """Set a digital twin's serial allocation settings

     Sets how serials are drawn for one digital twin; they take precedence
    over the account's settings. Set once, never changed: a second
    attempt is refused with HTTP 200 and a conflict message.

    Args:
        body (SetDigitalTwinSerialAllocationSettingsRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DigitalTwinSerialAllocationSettings | str | Error]
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
    body: SetDigitalTwinSerialAllocationSettingsRequest,
) -> DigitalTwinSerialAllocationSettings | str | Error | None:
    """Set a digital twin's serial allocation settings

     Sets how serials are drawn for one digital twin; they take precedence
    over the account's settings. Set once, never changed: a second
    attempt is refused with HTTP 200 and a conflict message.

    Args:
        body (SetDigitalTwinSerialAllocationSettingsRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DigitalTwinSerialAllocationSettings | str | Error
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: SetDigitalTwinSerialAllocationSettingsRequest,
) -> Response[DigitalTwinSerialAllocationSettings | str | Error]:
    """Set a digital twin's serial allocation settings

     Sets how serials are drawn for one digital twin; they take precedence
    over the account's settings. Set once, never changed: a second
    attempt is refused with HTTP 200 and a conflict message.

    Args:
        body (SetDigitalTwinSerialAllocationSettingsRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DigitalTwinSerialAllocationSettings | str | Error]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: SetDigitalTwinSerialAllocationSettingsRequest,
) -> DigitalTwinSerialAllocationSettings | str | Error | None:
    """Set a digital twin's serial allocation settings

     Sets how serials are drawn for one digital twin; they take precedence
    over the account's settings. Set once, never changed: a second
    attempt is refused with HTTP 200 and a conflict message.

    Args:
        body (SetDigitalTwinSerialAllocationSettingsRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DigitalTwinSerialAllocationSettings | str | Error
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
