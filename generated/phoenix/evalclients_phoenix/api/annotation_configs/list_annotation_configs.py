from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.get_annotation_configs_response_body import GetAnnotationConfigsResponseBody
from ...models.http_validation_error import HTTPValidationError
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
        "url": "/v1/annotation_configs",
        "params": params,
    }

    return _kwargs


_get_kwargs = build_request


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> GetAnnotationConfigsResponseBody | HTTPValidationError | str | None:
    if response.status_code == 200:
        response_200 = GetAnnotationConfigsResponseBody.from_dict(response.json())

        return response_200

    if response.status_code == 403:
        response_403 = response.text
        return response_403

    if response.status_code == 422:
        response_422 = HTTPValidationError.from_dict(response.json())

        return response_422

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def parse_body(
    status: int, body: Any
) -> GetAnnotationConfigsResponseBody | HTTPValidationError | str | None:
    """The typed value of ``body``, already decoded, answered with ``status``."""
    if status == 200:
        response_200 = GetAnnotationConfigsResponseBody.from_dict(body)

        return response_200

    if status == 403:
        response_403 = body
        return response_403

    if status == 422:
        response_422 = HTTPValidationError.from_dict(body)

        return response_422

    return None


BODY_SOURCES: dict[int, str] = {
    200: "json",
    403: "text",
    422: "json",
}
"""What parse_body() takes for each status: json (json.loads() output), text, bytes or none."""


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[GetAnnotationConfigsResponseBody | HTTPValidationError | str]:
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
) -> Response[GetAnnotationConfigsResponseBody | HTTPValidationError | str]:
    """List annotation configurations

     Retrieve a paginated list of all annotation configurations in the system.

    Args:
        cursor (None | str | Unset): Cursor for pagination (base64-encoded annotation config ID)
        limit (int | Unset): Maximum number of configs to return Default: 100.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetAnnotationConfigsResponseBody | HTTPValidationError | str]
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
) -> GetAnnotationConfigsResponseBody | HTTPValidationError | str | None:
    """List annotation configurations

     Retrieve a paginated list of all annotation configurations in the system.

    Args:
        cursor (None | str | Unset): Cursor for pagination (base64-encoded annotation config ID)
        limit (int | Unset): Maximum number of configs to return Default: 100.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetAnnotationConfigsResponseBody | HTTPValidationError | str
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
) -> Response[GetAnnotationConfigsResponseBody | HTTPValidationError | str]:
    """List annotation configurations

     Retrieve a paginated list of all annotation configurations in the system.

    Args:
        cursor (None | str | Unset): Cursor for pagination (base64-encoded annotation config ID)
        limit (int | Unset): Maximum number of configs to return Default: 100.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetAnnotationConfigsResponseBody | HTTPValidationError | str]
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
) -> GetAnnotationConfigsResponseBody | HTTPValidationError | str | None:
    """List annotation configurations

     Retrieve a paginated list of all annotation configurations in the system.

    Args:
        cursor (None | str | Unset): Cursor for pagination (base64-encoded annotation config ID)
        limit (int | Unset): Maximum number of configs to return Default: 100.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetAnnotationConfigsResponseBody | HTTPValidationError | str
    """

    return (
        await asyncio_detailed(
            client=client,
            cursor=cursor,
            limit=limit,
        )
    ).parsed
