from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response


def _get_kwargs(
    account_id: str,
    job_identifier: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/accounts/{account_id}/jobs/serialization/{job_identifier}/csv".format(
            account_id=quote(str(account_id), safe=""),
            job_identifier=quote(str(job_identifier), safe=""),
        ),
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Any:
    if response.status_code == 204:
        return None

    if 200 <= response.status_code <= 299:
        return None

    if 500 <= response.status_code <= 599:
        return None

    return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Any]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    account_id: str,
    job_identifier: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Any]:
    """Get the CSV of a completed job's serials

     The serials the job made, one per line, as CSV with a header line:
    `id`, `serial`, `digitalTwinId` and `carrierUrl` (the URL a serial's
    QR code encodes; empty when the job made no QR codes).

    Args:
        account_id (str): The account to act on. Example: aaaa1111-e5f6-1ab2-c34d-ab12cd34ef56.
        job_identifier (str): The `identifier` the job was started with. Example: job_1.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any]
    """

    kwargs = _get_kwargs(
        account_id=account_id,
        job_identifier=job_identifier,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


async def asyncio_detailed(
    account_id: str,
    job_identifier: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Any]:
    """Get the CSV of a completed job's serials

     The serials the job made, one per line, as CSV with a header line:
    `id`, `serial`, `digitalTwinId` and `carrierUrl` (the URL a serial's
    QR code encodes; empty when the job made no QR codes).

    Args:
        account_id (str): The account to act on. Example: aaaa1111-e5f6-1ab2-c34d-ab12cd34ef56.
        job_identifier (str): The `identifier` the job was started with. Example: job_1.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any]
    """

    kwargs = _get_kwargs(
        account_id=account_id,
        job_identifier=job_identifier,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)
