from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.account_serial_allocation_settings import AccountSerialAllocationSettings
from ...models.error import Error
from ...models.set_account_serial_allocation_settings_request import SetAccountSerialAllocationSettingsRequest
from ...types import Response


def _get_kwargs(
    *,
    body: SetAccountSerialAllocationSettingsRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/accountSerialAllocationSettings",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AccountSerialAllocationSettings | str | Error | None:
    if response.status_code == 200:

        def _parse_response_200(data: object) -> AccountSerialAllocationSettings | str:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_200_type_0 = AccountSerialAllocationSettings.from_dict(data)

                return response_200_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(AccountSerialAllocationSettings | str, data)

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
) -> Response[AccountSerialAllocationSettings | str | Error]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: SetAccountSerialAllocationSettingsRequest,
) -> Response[AccountSerialAllocationSettings | str | Error]:
    """Set the account's serial allocation settings

     Sets how serials are drawn for every digital twin of the account that
    has no settings of its own. Settings can be set once and never
    changed: a second attempt is refused with HTTP 200 and a conflict
    message instead of the settings.

    Args:
        body (SetAccountSerialAllocationSettingsRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AccountSerialAllocationSettings | str | Error]
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
    body: SetAccountSerialAllocationSettingsRequest,
) -> AccountSerialAllocationSettings | str | Error | None:
    """Set the account's serial allocation settings

     Sets how serials are drawn for every digital twin of the account that
    has no settings of its own. Settings can be set once and never
    changed: a second attempt is refused with HTTP 200 and a conflict
    message instead of the settings.

    Args:
        body (SetAccountSerialAllocationSettingsRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AccountSerialAllocationSettings | str | Error
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: SetAccountSerialAllocationSettingsRequest,
) -> Response[AccountSerialAllocationSettings | str | Error]:
    """Set the account's serial allocation settings

     Sets how serials are drawn for every digital twin of the account that
    has no settings of its own. Settings can be set once and never
    changed: a second attempt is refused with HTTP 200 and a conflict
    message instead of the settings.

    Args:
        body (SetAccountSerialAllocationSettingsRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AccountSerialAllocationSettings | str | Error]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: SetAccountSerialAllocationSettingsRequest,
) -> AccountSerialAllocationSettings | str | Error | None:
    """Set the account's serial allocation settings

     Sets how serials are drawn for every digital twin of the account that
    has no settings of its own. Settings can be set once and never
    changed: a second attempt is refused with HTTP 200 and a conflict
    message instead of the settings.

    Args:
        body (SetAccountSerialAllocationSettingsRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AccountSerialAllocationSettings | str | Error
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
