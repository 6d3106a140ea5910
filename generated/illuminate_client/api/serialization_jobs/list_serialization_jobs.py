from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...models.serialization_job_page import SerializationJobPage
from ...types import UNSET, Response, Unset


def _get_kwargs(
    account_id: str,
    *,
    limit: int | Unset = 1000,
    cursor: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["limit"] = limit

    params["cursor"] = cursor

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/accounts/{account_id}/jobs/serialization".format(
            account_id=quote(str(account_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Any | SerializationJobPage:
    if response.status_code == 204:
        response_204 = cast(Any, None)
        return response_204

    if 200 <= response.status_code <= 299:
        response_2xx = SerializationJobPage.from_dict(response.json())

        return response_2xx

    if 500 <= response.status_code <= 599:
        response_5xx = cast(Any, None)
        return response_5xx

    response_default = cast(Any, None)
    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Any | SerializationJobPage]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    account_id: str,
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = 1000,
    cursor: str | Unset = UNSET,
) -> Response[Any | SerializationJobPage]:
    """List serialization jobs

     Returns the account's serialization jobs, oldest first, one page at a time (`limit`, `cursor`).

    Args:
        account_id (str): The account to act on. Example: aaaa1111-e5f6-1ab2-c34d-ab12cd34ef56.
        limit (int | Unset): Page size; at most 1000 (the default). Default: 1000.
        cursor (str | Unset): `pageInfo.nextCursor` of the previous page; omit it for the first
            page.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | SerializationJobPage]
    """

    kwargs = _get_kwargs(
        account_id=account_id,
        limit=limit,
        cursor=cursor,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    account_id: str,
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = 1000,
    cursor: str | Unset = UNSET,
) -> Any | SerializationJobPage | None:
    """List serialization jobs

     Returns the account's serialization jobs, oldest first, one page at a time (`limit`, `cursor`).

    Args:
        account_id (str): The account to act on. Example: aaaa1111-e5f6-1ab2-c34d-ab12cd34ef56.
        limit (int | Unset): Page size; at most 1000 (the default). Default: 1000.
        cursor (str | Unset): `pageInfo.nextCursor` of the previous page; omit it for the first
            page.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | SerializationJobPage
    """

    return sync_detailed(
        account_id=account_id,
        client=client,
        limit=limit,
        cursor=cursor,
    ).parsed


async def asyncio_detailed(
    account_id: str,
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = 1000,
    cursor: str | Unset = UNSET,
) -> Response[Any | SerializationJobPage]:
    """List serialization jobs

     Returns the account's serialization jobs, oldest first, one page at a time (`limit`, `cursor`).

    Args:
        account_id (str): The account to act on. Example: aaaa1111-e5f6-1ab2-c34d-ab12cd34ef56.
        limit (int | Unset): Page size; at most 1000 (the default). Default: 1000.
        cursor (str | Unset): `pageInfo.nextCursor` of the previous page; omit it for the first
            page.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | SerializationJobPage]
    """

    kwargs = _get_kwargs(
        account_id=account_id,
        limit=limit,
        cursor=cursor,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    account_id: str,
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = 1000,
    cursor: str | Unset = UNSET,
) -> Any | SerializationJobPage | None:
    """List serialization jobs

     Returns the account's serialization jobs, oldest first, one page at a time (`limit`, `cursor`).

    Args:
        account_id (str): The account to act on. Example: aaaa1111-e5f6-1ab2-c34d-ab12cd34ef56.
        limit (int | Unset): Page size; at most 1000 (the default). Default: 1000.
        cursor (str | Unset): `pageInfo.nextCursor` of the previous page; omit it for the first
            page.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | SerializationJobPage
    """

    return (
        await asyncio_detailed(
            account_id=account_id,
            client=client,
            limit=limit,
            cursor=cursor,
        )
    ).parsed
