from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.create_api_key_request_body import CreateApiKeyRequestBody
from ...models.create_api_key_response_body import CreateApiKeyResponseBody
from ...types import Response


def build_request(
    *,
    body: CreateApiKeyRequestBody,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/system/api_keys",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


_get_kwargs = build_request


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CreateApiKeyResponseBody | str | None:
    if response.status_code == 201:
        response_201 = CreateApiKeyResponseBody.from_dict(response.json())

        return response_201

    if response.status_code == 401:
        response_401 = response.text
        return response_401

    if response.status_code == 403:
        response_403 = response.text
        return response_403

    if response.status_code == 422:
        response_422 = response.text
        return response_422

    if response.status_code == 507:
        response_507 = response.text
        return response_507

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def parse_body(status: int, body: Any) -> CreateApiKeyResponseBody | str | None:
    """The typed value of ``body``, already decoded, answered with ``status``."""
    if status == 201:
        response_201 = CreateApiKeyResponseBody.from_dict(body)

        return response_201

    if status == 401:
        response_401 = body
        return response_401

    if status == 403:
        response_403 = body
        return response_403

    if status == 422:
        response_422 = body
        return response_422

    if status == 507:
        response_507 = body
        return response_507

    return None


BODY_SOURCES: dict[int, str] = {
    201: "json",
    401: "text",
    403: "text",
    422: "text",
    507: "text",
}
"""What parse_body() takes for each status: json (json.loads() output), text, bytes or none."""


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[CreateApiKeyResponseBody | str]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CreateApiKeyRequestBody,
) -> Response[CreateApiKeyResponseBody | str]:
    """Create a system API key

     Create a system API key. System keys belong to the system user rather than to any human, so this
    endpoint is restricted to admins. Creation requires an admin access-token session or the configured
    admin secret; API keys cannot mint keys. The response contains the key itself, which is shown only
    once and cannot be retrieved afterwards.

    Args:
        body (CreateApiKeyRequestBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreateApiKeyResponseBody | str]
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
    body: CreateApiKeyRequestBody,
) -> CreateApiKeyResponseBody | str | None:
    """Create a system API key

     Create a system API key. System keys belong to the system user rather than to any human, so this
    endpoint is restricted to admins. Creation requires an admin access-token session or the configured
    admin secret; API keys cannot mint keys. The response contains the key itself, which is shown only
    once and cannot be retrieved afterwards.

    Args:
        body (CreateApiKeyRequestBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreateApiKeyResponseBody | str
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CreateApiKeyRequestBody,
) -> Response[CreateApiKeyResponseBody | str]:
    """Create a system API key

     Create a system API key. System keys belong to the system user rather than to any human, so this
    endpoint is restricted to admins. Creation requires an admin access-token session or the configured
    admin secret; API keys cannot mint keys. The response contains the key itself, which is shown only
    once and cannot be retrieved afterwards.

    Args:
        body (CreateApiKeyRequestBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreateApiKeyResponseBody | str]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: CreateApiKeyRequestBody,
) -> CreateApiKeyResponseBody | str | None:
    """Create a system API key

     Create a system API key. System keys belong to the system user rather than to any human, so this
    endpoint is restricted to admins. Creation requires an admin access-token session or the configured
    admin secret; API keys cannot mint keys. The response contains the key itself, which is shown only
    once and cannot be retrieved afterwards.

    Args:
        body (CreateApiKeyRequestBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreateApiKeyResponseBody | str
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
