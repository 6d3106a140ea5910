from http import HTTPStatus
from typing import Any, cast

import httpx

from ...client import AuthenticatedClient, Client
from ...models.job_status import JobStatus
from ...types import UNSET, Response


def _get_kwargs(
    *,
    account_id: str,
    job_id: str,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["accountId"] = account_id

    params["jobId"] = job_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/rest/jobs/status",
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Any | JobStatus:
    if response.status_code == 204:
        response_204 = cast(Any, None)
        return response_204

    if 200 <= response.status_code <= 299:
        response_2xx = JobStatus.from_dict(response.json())

        return response_2xx

    if 500 <= response.status_code <= 599:
        response_5xx = cast(Any, None)
        return response_5xx

    response_default = cast(Any, None)
    return response_default


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Any | JobStatus]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    account_id: str,
    job_id: str,
) -> Response[Any | JobStatus]:
    """Get the status of a job

     Returns a job's status, its progress from 0 to 1, a breakdown of its
    internal batches and the allocation settings that were applied (this
    is the only way to read settings back).

    Args:
        account_id (str): The account to act on. Example: aaaa1111-e5f6-1ab2-c34d-ab12cd34ef56.
        job_id (str): The `id` returned when the job was started. Example:
            aaaa1111-e5f6-1ab2-c34d-ab12cd34ef56.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | JobStatus]
    """

    kwargs = _get_kwargs(
        account_id=account_id,
        job_id=job_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    account_id: str,
    job_id: str,
) -> Any | JobStatus | None:
    """Get the status of a job

     Returns a job's status, its progress from 0 to 1, a breakdown of its
    internal batches and the allocation settings that were applied (this
    is the only way to read settings back).

    Args:
        account_id (str): The account to act on. Example: aaaa1111-e5f6-1ab2-c34d-ab12cd34ef56.
        job_id (str): The `id` returned when the job was started. Example:
            aaaa1111-e5f6-1ab2-c34d-ab12cd34ef56.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | JobStatus
    """

    return sync_detailed(
        client=client,
        account_id=account_id,
        job_id=job_id,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    account_id: str,
    job_id: str,
) -> Response[Any | JobStatus]:
    """Get the status of a job

     Returns a job's status, its progress from 0 to 1, a breakdown of its
    internal batches and the allocation settings that were applied (this
    is the only way to read settings back).

    Args:
        account_id (str): The account to act on. Example: aaaa1111-e5f6-1ab2-c34d-ab12cd34ef56.
        job_id (str): The `id` returned when the job was started. Example:
            aaaa1111-e5f6-1ab2-c34d-ab12cd34ef56.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | JobStatus]
    """

    kwargs = _get_kwargs(
        account_id=account_id,
        job_id=job_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    account_id: str,
    job_id: str,
) -> Any | JobStatus | None:
    """Get the status of a job

     Returns a job's status, its progress from 0 to 1, a breakdown of its
    internal batches and the allocation settings that were applied (this
    is the only way to read settings back).

    Args:
        account_id (str): The account to act on. Example: aaaa1111-e5f6-1ab2-c34d-ab12cd34ef56.
        job_id (str): The `id` returned when the job was started. Example:
            aaaa1111-e5f6-1ab2-c34d-ab12cd34ef56.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | JobStatus
    """

    return (
        await asyncio_detailed(
            client=client,
            account_id=account_id,
            job_id=job_id,
        )
    ).parsed
