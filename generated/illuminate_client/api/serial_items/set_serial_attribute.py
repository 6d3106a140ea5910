from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...models.attribute_change import AttributeChange
from ...models.set_serial_attribute_request import SetSerialAttributeRequest
from ...types import Response


def _get_kwargs(
    account_id: str,
    digital_twin_id: str,
    serial_id: str,
    attribute_name: str,
    *,
    body: SetSerialAttributeRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/api/v1/accounts/{account_id}/digitalTwins/{digital_twin_id}/serials/{serial_id}/attributes/{attribute_name}".format(
            account_id=quote(str(account_id), safe=""),
            digital_twin_id=quote(str(digital_twin_id), safe=""),
            serial_id=quote(str(serial_id), safe=""),
            attribute_name=quote(str(attribute_name), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Any | list[AttributeChange]:
    if response.status_code == 204:
        response_204 = cast(Any, None)
        return response_204

    if 200 <= response.status_code <= 299:
        response_2xx = []
        _response_2xx = response.json()
        for componentsschemas_attribute_changes_item_data in _response_2xx:
            componentsschemas_attribute_changes_item = AttributeChange.from_dict(
                componentsschemas_attribute_changes_item_data
            )

            response_2xx.append(componentsschemas_attribute_changes_item)

        return response_2xx

    if 500 <= response.status_code <= 599:
        response_5xx = cast(Any, None)
        return response_5xx

    response_default = cast(Any, None)
    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Any | list[AttributeChange]]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    account_id: str,
    digital_twin_id: str,
    serial_id: str,
    attribute_name: str,
    *,
    client: AuthenticatedClient | Client,
    body: SetSerialAttributeRequest,
) -> Response[Any | list[AttributeChange]]:
    """Set one attribute value of a serial

     Sets the attribute to `value`; the answer echoes it.

    Args:
        account_id (str): The account to act on. Example: aaaa1111-e5f6-1ab2-c34d-ab12cd34ef56.
        digital_twin_id (str): The digital twin's own id (not its product's id). Example:
            aaaa1111-e5f6-1ab2-c34d-ab12cd34ef56.
        serial_id (str): The serial item, by its `id` or by its `serial` value.
        attribute_name (str): The name of one of the account's serial attributes. Example:
            warranty_start.
        body (SetSerialAttributeRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | list[AttributeChange]]
    """

    kwargs = _get_kwargs(
        account_id=account_id,
        digital_twin_id=digital_twin_id,
        serial_id=serial_id,
        attribute_name=attribute_name,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    account_id: str,
    digital_twin_id: str,
    serial_id: str,
    attribute_name: str,
    *,
    client: AuthenticatedClient | Client,
    body: SetSerialAttributeRequest,
) -> Any | list[AttributeChange] | None:
    """Set one attribute value of a serial

     Sets the attribute to `value`; the answer echoes it.

    Args:
        account_id (str): The account to act on. Example: aaaa1111-e5f6-1ab2-c34d-ab12cd34ef56.
        digital_twin_id (str): The digital twin's own id (not its product's id). Example:
            aaaa1111-e5f6-1ab2-c34d-ab12cd34ef56.
        serial_id (str): The serial item, by its `id` or by its `serial` value.
        attribute_name (str): The name of one of the account's serial attributes. Example:
            warranty_start.
        body (SetSerialAttributeRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | list[AttributeChange]
    """

    return sync_detailed(
        account_id=account_id,
        digital_twin_id=digital_twin_id,
        serial_id=serial_id,
        attribute_name=attribute_name,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    account_id: str,
    digital_twin_id: str,
    serial_id: str,
    attribute_name: str,
    *,
    client: AuthenticatedClient | Client,
    body: SetSerialAttributeRequest,
) -> Response[Any | list[AttributeChange]]:
    """Set one attribute value of a serial

     Sets the attribute to `value`; the answer echoes it.

    Args:
        account_id (str): The account to act on. Example: aaaa1111-e5f6-1ab2-c34d-ab12cd34ef56.
        digital_twin_id (str): The digital twin's own id (not its product's id). Example:
            aaaa1111-e5f6-1ab2-c34d-ab12cd34ef56.
        serial_id (str): The serial item, by its `id` or by its `serial` value.
        attribute_name (str): The name of one of the account's serial attributes. Example:
            warranty_start.
        body (SetSerialAttributeRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | list[AttributeChange]]
    """

    kwargs = _get_kwargs(
        account_id=account_id,
        digital_twin_id=digital_twin_id,
        serial_id=serial_id,
        attribute_name=attribute_name,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    account_id: str,
    digital_twin_id: str,
    serial_id: str,
    attribute_name: str,
    *,
    client: AuthenticatedClient | Client,
    body: SetSerialAttributeRequest,
) -> Any | list[AttributeChange] | None:
    """Set one attribute value of a serial

     Sets the attribute to `value`; the answer echoes it.

    Args:
        account_id (str): The account to act on. Example: aaaa1111-e5f6-1ab2-c34d-ab12cd34ef56.
        digital_twin_id (str): The digital twin's own id (not its product's id). Example:
            aaaa1111-e5f6-1ab2-c34d-ab12cd34ef56.
        serial_id (str): The serial item, by its `id` or by its `serial` value.
        attribute_name (str): The name of one of the account's serial attributes. Example:
            warranty_start.
        body (SetSerialAttributeRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | list[AttributeChange]
    """

    return (
        await asyncio_detailed(
            account_id=account_id,
            digital_twin_id=digital_twin_id,
            serial_id=serial_id,
            attribute_name=attribute_name,
            client=client,
            body=body,
        )
    ).parsed
