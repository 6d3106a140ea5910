from http import HTTPStatus
from typing import Any, cast

import httpx

from ...client import AuthenticatedClient, Client
from ...models.data_carrier import DataCarrier
from ...types import UNSET, Response


def _get_kwargs(
    *,
    account_id: str,
    filter_: str,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["accountId"] = account_id

    params["filter"] = filter_

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/rest/dataCarriers",
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Any | list[DataCarrier]:
    if response.status_code == 204:
        response_204 = cast(Any, None)
        return response_204

    if 200 <= response.status_code <= 299:
        response_2xx = []
        _response_2xx = response.json()
        for response_2xx_item_data in _response_2xx:
            response_2xx_item = DataCarrier.from_dict(response_2xx_item_data)

            response_2xx.append(response_2xx_item)

        return response_2xx

    if 500 <= response.status_code <= 599:
        response_5xx = cast(Any, None)
        return response_5xx

    response_default = cast(Any, None)
    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Any | list[DataCarrier]]:
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
    filter_: str,
) -> Response[Any | list[DataCarrier]]:
    """List data carriers

     Returns the data carriers of the given digital twins, narrowed to the given carrier types.

    Args:
        account_id (str): The account to act on. Example: aaaa1111-e5f6-1ab2-c34d-ab12cd34ef56.
        filter_ (str): JSON-encoded filter naming the twins and carrier types. JSON text of a
            DataCarrierFilter.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | list[DataCarrier]]
    """

    kwargs = _get_kwargs(
        account_id=account_id,
        filter_=filter_,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    account_id: str,
    filter_: str,
) -> Any | list[DataCarrier] | None:
    """List data carriers

     Returns the data carriers of the given digital twins, narrowed to the given carrier types.

    Args:
        account_id (str): The account to act on. Example: aaaa1111-e5f6-1ab2-c34d-ab12cd34ef56.
        filter_ (str): JSON-encoded filter naming the twins and carrier types. JSON text of a
            DataCarrierFilter.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | list[DataCarrier]
    """

    return sync_detailed(
        client=client,
        account_id=account_id,
        filter_=filter_,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    account_id: str,
    filter_: str,
) -> Response[Any | list[DataCarrier]]:
    """List data carriers

     Returns the data carriers of the given digital twins, narrowed to the given carrier types.

    Args:
        account_id (str): The account to act on. Example: aaaa1111-e5f6-1ab2-c34d-ab12cd34ef56.
        filter_ (str): JSON-encoded filter naming the twins and carrier types. JSON text of a
            DataCarrierFilter.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | list[DataCarrier]]
    """

    kwargs = _get_kwargs(
        account_id=account_id,
        filter_=filter_,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    account_id: str,
    filter_: str,
) -> Any | list[DataCarrier] | None:
    """List data carriers

     Returns the data carriers of the given digital twins, narrowed to the given carrier types.

    Args:
        account_id (str): The account to act on. Example: aaaa1111-e5f6-1ab2-c34d-ab12cd34ef56.
        filter_ (str): JSON-encoded filter naming the twins and carrier types. JSON text of a
            DataCarrierFilter.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | list[DataCarrier]
    """

    return (
        await asyncio_detailed(
            client=client,
            account_id=account_id,
            filter_=filter_,
        )
    ).parsed
