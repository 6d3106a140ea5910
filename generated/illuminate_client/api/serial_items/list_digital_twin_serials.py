from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...models.serial_item_page import SerialItemPage
from ...types import UNSET, Response, Unset


def _get_kwargs(
    account_id: str,
    digital_twin_id: str,
    *,
    limit: int,
    cursor: str | Unset = UNSET,
    flags: str | Unset = UNSET,
    serial_id: str | Unset = UNSET,
    serial: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["limit"] = limit

    params["cursor"] = cursor

    params["flags"] = flags

    params["serialId"] = serial_id

    params["serial"] = serial

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/accounts/{account_id}/digitalTwins/{digital_twin_id}/serials".format(
            account_id=quote(str(account_id), safe=""),
            digital_twin_id=quote(str(digital_twin_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Any | SerialItemPage:
    if response.status_code == 204:
        response_204 = cast(Any, None)
        return response_204

    if 200 <= response.status_code <= 299:
        response_2xx = SerialItemPage.from_dict(response.json())

        return response_2xx

    if 500 <= response.status_code <= 599:
        response_5xx = cast(Any, None)
        return response_5xx

    response_default = cast(Any, None)
    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Any | SerialItemPage]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    account_id: str,
    digital_twin_id: str,
    *,
    client: AuthenticatedClient | Client,
    limit: int,
    cursor: str | Unset = UNSET,
    flags: str | Unset = UNSET,
    serial_id: str | Unset = UNSET,
    serial: str | Unset = UNSET,
) -> Response[Any | SerialItemPage]:
    """List a digital twin's serials with their flags and attributes

     Returns the serial items of a digital twin, oldest first, one page at
    a time: while `pageInfo.hasNextPage` is true, pass
    `pageInfo.nextCursor` as `cursor`. `flags` keeps the serials whose
    flags have the given values (`flag1=false,flag2=true`); `serialId`
    or `serial` picks one serial by its id or its value.

    Args:
        account_id (str): The account to act on. Example: aaaa1111-e5f6-1ab2-c34d-ab12cd34ef56.
        digital_twin_id (str): The digital twin's own id (not its product's id). Example:
            aaaa1111-e5f6-1ab2-c34d-ab12cd34ef56.
        limit (int): Page size; at most 1000.
        cursor (str | Unset): `pageInfo.nextCursor` of the previous page; omit it for the first
            page.
        flags (str | Unset): Flag values to match, as `name=true|false` pairs separated by commas,
            e.g. `flag1=false,flag2=true`. Example: flag1=false,flag2=true.
        serial_id (str | Unset): Only the serial with this id. Example:
            aaaa1111-e5f6-1ab2-c34d-ab12cd34ef56.
        serial (str | Unset): Only the serial with this value.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | SerialItemPage]
    """

    kwargs = _get_kwargs(
        account_id=account_id,
        digital_twin_id=digital_twin_id,
        limit=limit,
        cursor=cursor,
        flags=flags,
        serial_id=serial_id,
        serial=serial,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    account_id: str,
    digital_twin_id: str,
    *,
    client: AuthenticatedClient | Client,
    limit: int,
    cursor: str | Unset = UNSET,
    flags: str | Unset = UNSET,
    serial_id: str | Unset = UNSET,
    serial: str | Unset = UNSET,
) -> Any | SerialItemPage | None:
    """List a digital twin's serials with their flags and attributes

     Returns the serial items of a digital twin, oldest first, one page at
    a time: while `pageInfo.hasNextPage` is true, pass
    `pageInfo.nextCursor` as `cursor`. `flags` keeps the serials whose
    flags have the given values (`flag1=false,flag2=true`); `serialId`
    or `serial` picks one serial by its id or its value.

    Args:
        account_id (str): The account to act on. Example: aaaa1111-e5f6-1ab2-c34d-ab12cd34ef56.
        digital_twin_id (str): The digital twin's own id (not its product's id). Example:
            aaaa1111-e5f6-1ab2-c34d-ab12cd34ef56.
        limit (int): Page size; at most 1000.
        cursor (str | Unset): `pageInfo.nextCursor` of the previous page; omit it for the first
            page.
        flags (str | Unset): Flag values to match, as `name=true|false` pairs separated by commas,
            e.g. `flag1=false,flag2=true`. Example: flag1=false,flag2=true.
        serial_id (str | Unset): Only the serial with this id. Example:
            aaaa1111-e5f6-1ab2-c34d-ab12cd34ef56.
        serial (str | Unset): Only the serial with this value.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | SerialItemPage
    """

    return sync_detailed(
        account_id=account_id,
        digital_twin_id=digital_twin_id,
        client=client,
        limit=limit,
        cursor=cursor,
        flags=flags,
        serial_id=serial_id,
        serial=serial,
    ).parsed


async def asyncio_detailed(
    account_id: str,
    digital_twin_id: str,
    *,
    client: AuthenticatedClient | Client,
    limit: int,
    cursor: str | Unset = UNSET,
    flags: str | Unset = UNSET,
    serial_id: str | Unset = UNSET,
    serial: str | Unset = UNSET,
) -> Response[Any | SerialItemPage]:
    """List a digital twin's serials with their flags and attributes

     Returns the serial items of a digital twin, oldest first, one page at
    a time: while `pageInfo.hasNextPage` is true, pass
    `pageInfo.nextCursor` as `cursor`. `flags` keeps the serials whose
    flags have the given values (`flag1=false,flag2=true`); `serialId`
    or `serial` picks one serial by its id or its value.

    Args:
        account_id (str): The account to act on. Example: aaaa1111-e5f6-1ab2-c34d-ab12cd34ef56.
        digital_twin_id (str): The digital twin's own id (not its product's id). Example:
            aaaa1111-e5f6-1ab2-c34d-ab12cd34ef56.
        limit (int): Page size; at most 1000.
        cursor (str | Unset): `pageInfo.nextCursor` of the previous page; omit it for the first
            page.
        flags (str | Unset): Flag values to match, as `name=true|false` pairs separated by commas,
            e.g. `flag1=false,flag2=true`. Example: flag1=false,flag2=true.
        serial_id (str | Unset): Only the serial with this id. Example:
            aaaa1111-e5f6-1ab2-c34d-ab12cd34ef56.
        serial (str | Unset): Only the serial with this value.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | SerialItemPage]
    """

    kwargs = _get_kwargs(
        account_id=account_id,
        digital_twin_id=digital_twin_id,
        limit=limit,
        cursor=cursor,
        flags=flags,
        serial_id=serial_id,
        serial=serial,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    account_id: str,
    digital_twin_id: str,
    *,
    client: AuthenticatedClient | Client,
    limit: int,
    cursor: str | Unset = UNSET,
    flags: str | Unset = UNSET,
    serial_id: str | Unset = UNSET,
    serial: str | Unset = UNSET,
) -> Any | SerialItemPage | None:
    """List a digital twin's serials with their flags and attributes

     Returns the serial items of a digital twin, oldest first, one page at
    a time: while `pageInfo.hasNextPage` is true, pass
    `pageInfo.nextCursor` as `cursor`. `flags` keeps the serials whose
    flags have the given values (`flag1=false,flag2=true`); `serialId`
    or `serial` picks one serial by its id or its value.

    Args:
        account_id (str): The account to act on. Example: aaaa1111-e5f6-1ab2-c34d-ab12cd34ef56.
        digital_twin_id (str): The digital twin's own id (not its product's id). Example:
            aaaa1111-e5f6-1ab2-c34d-ab12cd34ef56.
        limit (int): Page size; at most 1000.
        cursor (str | Unset): `pageInfo.nextCursor` of the previous page; omit it for the first
            page.
        flags (str | Unset): Flag values to match, as `name=true|false` pairs separated by commas,
            e.g. `flag1=false,flag2=true`. Example: flag1=false,flag2=true.
        serial_id (str | Unset): Only the serial with this id. Example:
            aaaa1111-e5f6-1ab2-c34d-ab12cd34ef56.
        serial (str | Unset): Only the serial with this value.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | SerialItemPage
    """

    return (
        await asyncio_detailed(
            account_id=account_id,
            digital_twin_id=digital_twin_id,
            client=client,
            limit=limit,
            cursor=cursor,
            flags=flags,
            serial_id=serial_id,
            serial=serial,
        )
    ).parsed
