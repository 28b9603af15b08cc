from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.get_custom_model_providers_response_body import GetCustomModelProvidersResponseBody
from ...types import UNSET, Response, Unset


def build_request(
    *,
    cursor: None | str | Unset = UNSET,
    limit: int | Unset = 100,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_cursor: None | str | Unset
    if isinstance(cursor, Unset):
        json_cursor = UNSET
    else:
        json_cursor = cursor
    params["cursor"] = json_cursor

    params["limit"] = limit

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/custom_model_providers",
        "params": params,
    }

    return _kwargs


_get_kwargs = build_request


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> GetCustomModelProvidersResponseBody | str | None:
    if response.status_code == 200:
        response_200 = GetCustomModelProvidersResponseBody.from_dict(response.json())

        return response_200

    if response.status_code == 403:
        response_403 = response.text
        return response_403

    if response.status_code == 422:
        response_422 = response.text
        return response_422

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def parse_body(status: int, body: Any) -> GetCustomModelProvidersResponseBody | str | None:
    """The typed value of ``body``, already decoded, answered with ``status``."""
    if status == 200:
        response_200 = GetCustomModelProvidersResponseBody.from_dict(body)

        return response_200

    if status == 403:
        response_403 = body
        return response_403

    if status == 422:
        response_422 = body
        return response_422

    return None


BODY_SOURCES: dict[int, str] = {
    200: "json",
    403: "text",
    422: "text",
}
"""What parse_body() takes for each status: json (json.loads() output), text, bytes or none."""


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[GetCustomModelProvidersResponseBody | str]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    cursor: None | str | Unset = UNSET,
    limit: int | Unset = 100,
) -> Response[GetCustomModelProvidersResponseBody | str]:
    """List custom model providers

     Retrieve a paginated list of user-defined custom model providers. Encrypted provider credentials are
    never returned. Built-in provider families are listed separately by `GET /v1/model_providers`.

    Args:
        cursor (None | str | Unset): Cursor for pagination (custom provider ID)
        limit (int | Unset): The max number of custom providers to return at a time (at most
            1000). Default: 100.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetCustomModelProvidersResponseBody | str]
    """

    kwargs = _get_kwargs(
        cursor=cursor,
        limit=limit,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    cursor: None | str | Unset = UNSET,
    limit: int | Unset = 100,
) -> GetCustomModelProvidersResponseBody | str | None:
    """List custom model providers

     Retrieve a paginated list of user-defined custom model providers. Encrypted provider credentials are
    never returned. Built-in provider families are listed separately by `GET /v1/model_providers`.

    Args:
        cursor (None | str | Unset): Cursor for pagination (custom provider ID)
        limit (int | Unset): The max number of custom providers to return at a time (at most
            1000). Default: 100.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetCustomModelProvidersResponseBody | str
    """

    return sync_detailed(
        client=client,
        cursor=cursor,
        limit=limit,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    cursor: None | str | Unset = UNSET,
    limit: int | Unset = 100,
) -> Response[GetCustomModelProvidersResponseBody | str]:
    """List custom model providers

     Retrieve a paginated list of user-defined custom model providers. Encrypted provider credentials are
    never returned. Built-in provider families are listed separately by `GET /v1/model_providers`.

    Args:
        cursor (None | str | Unset): Cursor for pagination (custom provider ID)
        limit (int | Unset): The max number of custom providers to return at a time (at most
            1000). Default: 100.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetCustomModelProvidersResponseBody | str]
    """

    kwargs = _get_kwargs(
        cursor=cursor,
        limit=limit,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    cursor: None | str | Unset = UNSET,
    limit: int | Unset = 100,
) -> GetCustomModelProvidersResponseBody | str | None:
    """List custom model providers

     Retrieve a paginated list of user-defined custom model providers. Encrypted provider credentials are
    never returned. Built-in provider families are listed separately by `GET /v1/model_providers`.

    Args:
        cursor (None | str | Unset): Cursor for pagination (custom provider ID)
        limit (int | Unset): The max number of custom providers to return at a time (at most
            1000). Default: 100.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetCustomModelProvidersResponseBody | str
    """

    return (
        await asyncio_detailed(
            client=client,
            cursor=cursor,
            limit=limit,
        )
    ).parsed
