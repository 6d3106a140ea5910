from http import HTTPStatus
from typing import Any, cast

import httpx

from ...client import AuthenticatedClient, Client
from ...models.digital_twin_serial_allocation_settings import DigitalTwinSerialAllocationSettings
from ...models.set_digital_twin_serial_allocation_settings_request import SetDigitalTwinSerialAllocationSettingsRequest
from ...models.set_digital_twin_serial_allocation_settings_response_2xx_type_2 import (
    SetDigitalTwinSerialAllocationSettingsResponse2XXType2,
)
from ...types import Response


def _get_kwargs(
    *,
    body: SetDigitalTwinSerialAllocationSettingsRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/rest/digitalTwinSerialAllocationSettings",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | DigitalTwinSerialAllocationSettings | SetDigitalTwinSerialAllocationSettingsResponse2XXType2 | str:
    if response.status_code == 204:
        response_204 = cast(Any, None)
        return response_204

    if 200 <= response.status_code <= 299:

        def _parse_response_2xx(
            data: object,
        ) -> DigitalTwinSerialAllocationSettings | SetDigitalTwinSerialAllocationSettingsResponse2XXType2 | str:
            _tried: list[str] = []
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_2xx_type_0 = DigitalTwinSerialAllocationSettings.from_dict(data)

                return response_2xx_type_0
            except (TypeError, ValueError, AttributeError, KeyError) as _error:
                _tried.append(str(_error) or type(_error).__name__)
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_2xx_type_2 = SetDigitalTwinSerialAllocationSettingsResponse2XXType2.from_dict(data)

                return response_2xx_type_2
            except (TypeError, ValueError, AttributeError, KeyError) as _error:
                _tried.append(str(_error) or type(_error).__name__)
            if isinstance(data, str):
                return cast(
                    DigitalTwinSerialAllocationSettings | SetDigitalTwinSerialAllocationSettingsResponse2XXType2 | str,
                    data,
                )
            raise TypeError("matches none of its alternatives" + ("".join(f"; {_said}" for _said in _tried) or ""))

        response_2xx = _parse_response_2xx(response.json())

        return response_2xx

    if 500 <= response.status_code <= 599:
        response_5xx = cast(Any, None)
        return response_5xx

    response_default = cast(Any, None)
    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Any | DigitalTwinSerialAllocationSettings | SetDigitalTwinSerialAllocationSettingsResponse2XXType2 | str]:
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
) -> Response[Any | DigitalTwinSerialAllocationSettings | SetDigitalTwinSerialAllocationSettingsResponse2XXType2 | str]:
    """Set a digital twin's serial allocation settings

     Sets how serials are drawn for one digital twin; they take precedence
    over the account's settings. They can change until the twin has
    serial items; after that an attempt is refused with HTTP 200 and the
    conflict message.

    Args:
        body (SetDigitalTwinSerialAllocationSettingsRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | DigitalTwinSerialAllocationSettings | SetDigitalTwinSerialAllocationSettingsResponse2XXType2 | str]
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
) -> Any | DigitalTwinSerialAllocationSettings | SetDigitalTwinSerialAllocationSettingsResponse2XXType2 | str | None:
    """Set a digital twin's serial allocation settings

     Sets how serials are drawn for one digital twin; they take precedence
    over the account's settings. They can change until the twin has
    serial items; after that an attempt is refused with HTTP 200 and the
    conflict message.

    Args:
        body (SetDigitalTwinSerialAllocationSettingsRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | DigitalTwinSerialAllocationSettings | SetDigitalTwinSerialAllocationSettingsResponse2XXType2 | str
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: SetDigitalTwinSerialAllocationSettingsRequest,
) -> Response[Any | DigitalTwinSerialAllocationSettings | SetDigitalTwinSerialAllocationSettingsResponse2XXType2 | str]:
    """Set a digital twin's serial allocation settings

     Sets how serials are drawn for one digital twin; they take precedence
    over the account's settings. They can change until the twin has
    serial items; after that an attempt is refused with HTTP 200 and the
    conflict message.

    Args:
        body (SetDigitalTwinSerialAllocationSettingsRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | DigitalTwinSerialAllocationSettings | SetDigitalTwinSerialAllocationSettingsResponse2XXType2 | str]
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
) -> Any | DigitalTwinSerialAllocationSettings | SetDigitalTwinSerialAllocationSettingsResponse2XXType2 | str | None:
    """Set a digital twin's serial allocation settings

     Sets how serials are drawn for one digital twin; they take precedence
    over the account's settings. They can change until the twin has
    serial items; after that an attempt is refused with HTTP 200 and the
    conflict message.

    Args:
        body (SetDigitalTwinSerialAllocationSettingsRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | DigitalTwinSerialAllocationSettings | SetDigitalTwinSerialAllocationSettingsResponse2XXType2 | str
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
