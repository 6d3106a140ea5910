from http import HTTPStatus
from typing import Any, cast

import httpx

from ...client import AuthenticatedClient, Client
from ...models.serial_generation_job import SerialGenerationJob
from ...models.start_serial_generation_job_request import StartSerialGenerationJobRequest
from ...types import Response


def _get_kwargs(
    *,
    body: StartSerialGenerationJobRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/rest/jobs/serialGeneration",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Any | SerialGenerationJob:
    if response.status_code == 204:
        response_204 = cast(Any, None)
        return response_204

    if 200 <= response.status_code <= 299:
        response_2xx = SerialGenerationJob.from_dict(response.json())

        return response_2xx

    if 500 <= response.status_code <= 599:
        response_5xx = cast(Any, None)
        return response_5xx

    response_default = cast(Any, None)
    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Any | SerialGenerationJob]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: StartSerialGenerationJobRequest,
) -> Response[Any | SerialGenerationJob]:
    """Start a serial generation job

     Starts an asynchronous job that allocates `serialCount` serials for a
    digital twin and creates the account's default data carrier types for
    each. The twin's allocation settings apply, or else the account's,
    which are then copied to the twin. Poll the job with `getJobStatus`.
    Not supported for promotional assets.

    Args:
        body (StartSerialGenerationJobRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | SerialGenerationJob]
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
    body: StartSerialGenerationJobRequest,
) -> Any | SerialGenerationJob | None:
    """Start a serial generation job

     Starts an asynchronous job that allocates `serialCount` serials for a
    digital twin and creates the account's default data carrier types for
    each. The twin's allocation settings apply, or else the account's,
    which are then copied to the twin. Poll the job with `getJobStatus`.
    Not supported for promotional assets.

    Args:
        body (StartSerialGenerationJobRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | SerialGenerationJob
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: StartSerialGenerationJobRequest,
) -> Response[Any | SerialGenerationJob]:
    """Start a serial generation job

     Starts an asynchronous job that allocates `serialCount` serials for a
    digital twin and creates the account's default data carrier types for
    each. The twin's allocation settings apply, or else the account's,
    which are then copied to the twin. Poll the job with `getJobStatus`.
    Not supported for promotional assets.

    Args:
        body (StartSerialGenerationJobRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | SerialGenerationJob]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: StartSerialGenerationJobRequest,
) -> Any | SerialGenerationJob | None:
    """Start a serial generation job

     Starts an asynchronous job that allocates `serialCount` serials for a
    digital twin and creates the account's default data carrier types for
    each. The twin's allocation settings apply, or else the account's,
    which are then copied to the twin. Poll the job with `getJobStatus`.
    Not supported for promotional assets.

    Args:
        body (StartSerialGenerationJobRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | SerialGenerationJob
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
