from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...models.serialization_job import SerializationJob
from ...models.start_serialization_job_request import StartSerializationJobRequest
from ...types import Response


def _get_kwargs(
    account_id: str,
    *,
    body: StartSerializationJobRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/accounts/{account_id}/jobs/serialization".format(
            account_id=quote(str(account_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Any | SerializationJob:
    if response.status_code == 204:
        response_204 = cast(Any, None)
        return response_204

    if 200 <= response.status_code <= 299:
        response_2xx = SerializationJob.from_dict(response.json())

        return response_2xx

    if 500 <= response.status_code <= 599:
        response_5xx = cast(Any, None)
        return response_5xx

    response_default = cast(Any, None)
    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Any | SerializationJob]:
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
    body: StartSerializationJobRequest,
) -> Response[Any | SerializationJob]:
    """Start a serialization job

     Starts an asynchronous job that makes `count` serial items for a
    digital twin under the twin's (or else the account's) allocation
    settings. `identifier` names the job in the account: read it back
    with `getSerializationJob`. `attributes` gives the serials' attribute
    values (every mandatory attribute of the account needs one); `flags`
    names the flags set to true on every new serial. With
    `overrideDataCarrierDefaults`, `qrCode`, `watermark`, `urlFormat` and
    `domain` choose the data carriers instead of the account's defaults.

    Args:
        account_id (str): The account to act on. Example: aaaa1111-e5f6-1ab2-c34d-ab12cd34ef56.
        body (StartSerializationJobRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | SerializationJob]
    """

    kwargs = _get_kwargs(
        account_id=account_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    account_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: StartSerializationJobRequest,
) -> Any | SerializationJob | None:
    """Start a serialization job

     Starts an asynchronous job that makes `count` serial items for a
    digital twin under the twin's (or else the account's) allocation
    settings. `identifier` names the job in the account: read it back
    with `getSerializationJob`. `attributes` gives the serials' attribute
    values (every mandatory attribute of the account needs one); `flags`
    names the flags set to true on every new serial. With
    `overrideDataCarrierDefaults`, `qrCode`, `watermark`, `urlFormat` and
    `domain` choose the data carriers instead of the account's defaults.

    Args:
        account_id (str): The account to act on. Example: aaaa1111-e5f6-1ab2-c34d-ab12cd34ef56.
        body (StartSerializationJobRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | SerializationJob
    """

    return sync_detailed(
        account_id=account_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    account_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: StartSerializationJobRequest,
) -> Response[Any | SerializationJob]:
    """Start a serialization job

     Starts an asynchronous job that makes `count` serial items for a
    digital twin under the twin's (or else the account's) allocation
    settings. `identifier` names the job in the account: read it back
    with `getSerializationJob`. `attributes` gives the serials' attribute
    values (every mandatory attribute of the account needs one); `flags`
    names the flags set to true on every new serial. With
    `overrideDataCarrierDefaults`, `qrCode`, `watermark`, `urlFormat` and
    `domain` choose the data carriers instead of the account's defaults.

    Args:
        account_id (str): The account to act on. Example: aaaa1111-e5f6-1ab2-c34d-ab12cd34ef56.
        body (StartSerializationJobRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | SerializationJob]
    """

    kwargs = _get_kwargs(
        account_id=account_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    account_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: StartSerializationJobRequest,
) -> Any | SerializationJob | None:
    """Start a serialization job

     Starts an asynchronous job that makes `count` serial items for a
    digital twin under the twin's (or else the account's) allocation
    settings. `identifier` names the job in the account: read it back
    with `getSerializationJob`. `attributes` gives the serials' attribute
    values (every mandatory attribute of the account needs one); `flags`
    names the flags set to true on every new serial. With
    `overrideDataCarrierDefaults`, `qrCode`, `watermark`, `urlFormat` and
    `domain` choose the data carriers instead of the account's defaults.

    Args:
        account_id (str): The account to act on. Example: aaaa1111-e5f6-1ab2-c34d-ab12cd34ef56.
        body (StartSerializationJobRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | SerializationJob
    """

    return (
        await asyncio_detailed(
            account_id=account_id,
            client=client,
            body=body,
        )
    ).parsed
