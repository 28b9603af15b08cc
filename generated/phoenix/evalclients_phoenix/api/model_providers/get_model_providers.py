from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.get_model_providers_response_body import GetModelProvidersResponseBody
from ...types import Response


def build_request() -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/model_providers",
    }

    return _kwargs


_get_kwargs = build_request


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> GetModelProvidersResponseBody | str | None:
    if response.status_code == 200:
        response_200 = GetModelProvidersResponseBody.from_dict(response.json())

        return response_200

    if response.status_code == 403:
        response_403 = response.text
        return response_403

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def parse_body(status: int, body: Any) -> GetModelProvidersResponseBody | str | None:
    """The typed value of ``body``, already decoded, answered with ``status``."""
    if status == 200:
        response_200 = GetModelProvidersResponseBody.from_dict(body)

        return response_200

    if status == 403:
        response_403 = body
        return response_403

    return None


BODY_SOURCES: dict[int, str] = {
    200: "json",
    403: "text",
}
"""What parse_body() takes for each status: json (json.loads() output), text, bytes or none."""


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[GetModelProvidersResponseBody | str]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
) -> Response[GetModelProvidersResponseBody | str]:
    """List built-in model provider families

     Retrieve the built-in model provider families available to this deployment. Built-in families are a
    fixed enum rather than stored records, so this list is not paginated; it is narrowed by the
    PHOENIX_ALLOWED_PROVIDERS environment variable when that is set. User-defined providers are listed
    separately by `GET /v1/custom_model_providers`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetModelProvidersResponseBody | str]
    """

    kwargs = _get_kwargs()

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
) -> GetModelProvidersResponseBody | str | None:
    """List built-in model provider families

     Retrieve the built-in model provider families available to this deployment. Built-in families are a
    fixed enum rather than stored records, so this list is not paginated; it is narrowed by the
    PHOENIX_ALLOWED_PROVIDERS environment variable when that is set. User-defined providers are listed
    separately by `GET /v1/custom_model_providers`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetModelProvidersResponseBody | str
    """

    return sync_detailed(
        client=client,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
) -> Response[GetModelProvidersResponseBody | str]:
    """List built-in model provider families

     Retrieve the built-in model provider families available to this deployment. Built-in families are a
    fixed enum rather than stored records, so this list is not paginated; it is narrowed by the
    PHOENIX_ALLOWED_PROVIDERS environment variable when that is set. User-defined providers are listed
    separately by `GET /v1/custom_model_providers`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetModelProvidersResponseBody | str]
    """

    kwargs = _get_kwargs()

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
) -> GetModelProvidersResponseBody | str | None:
    """List built-in model provider families

     Retrieve the built-in model provider families available to this deployment. Built-in families are a
    fixed enum rather than stored records, so this list is not paginated; it is narrowed by the
    PHOENIX_ALLOWED_PROVIDERS environment variable when that is set. User-defined providers are listed
    separately by `GET /v1/custom_model_providers`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetModelProvidersResponseBody | str
    """

    return (
        await asyncio_detailed(
            client=client,
        )
    ).parsed
