from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.response_body_upsert_or_delete_secrets_result import (
    ResponseBodyUpsertOrDeleteSecretsResult,
)
from ...models.upsert_or_delete_secrets_request import UpsertOrDeleteSecretsRequest
from ...types import Response


def build_request(
    *,
    body: UpsertOrDeleteSecretsRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/v1/secrets",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


_get_kwargs = build_request


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ResponseBodyUpsertOrDeleteSecretsResult | str | None:
    if response.status_code == 200:
        response_200 = ResponseBodyUpsertOrDeleteSecretsResult.from_dict(response.json())

        return response_200

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


def parse_body(status: int, body: Any) -> ResponseBodyUpsertOrDeleteSecretsResult | str | None:
    """The typed value of ``body``, already decoded, answered with ``status``."""
    if status == 200:
        response_200 = ResponseBodyUpsertOrDeleteSecretsResult.from_dict(body)

        return response_200

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
    200: "json",
    403: "text",
    422: "text",
    507: "text",
}
"""What parse_body() takes for each status: json (json.loads() output), text, bytes or none."""


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ResponseBodyUpsertOrDeleteSecretsResult | str]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: UpsertOrDeleteSecretsRequest,
) -> Response[ResponseBodyUpsertOrDeleteSecretsResult | str]:
    """Upsert or delete secrets

     Atomically upsert or delete a batch of secrets. Entries with a non-null `value` are created or
    updated; entries with `value: null` are deleted. The `value` field is required for every entry, and
    omitting it returns 422. When the same key appears more than once, the last occurrence wins.
    Deleting a non-existent key succeeds silently. Secret values are never returned in the response.

    Args:
        body (UpsertOrDeleteSecretsRequest): Request body for the PUT /secrets endpoint.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ResponseBodyUpsertOrDeleteSecretsResult | str]
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
    body: UpsertOrDeleteSecretsRequest,
) -> ResponseBodyUpsertOrDeleteSecretsResult | str | None:
    """Upsert or delete secrets

     Atomically upsert or delete a batch of secrets. Entries with a non-null `value` are created or
    updated; entries with `value: null` are deleted. The `value` field is required for every entry, and
    omitting it returns 422. When the same key appears more than once, the last occurrence wins.
    Deleting a non-existent key succeeds silently. Secret values are never returned in the response.

    Args:
        body (UpsertOrDeleteSecretsRequest): Request body for the PUT /secrets endpoint.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ResponseBodyUpsertOrDeleteSecretsResult | str
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: UpsertOrDeleteSecretsRequest,
) -> Response[ResponseBodyUpsertOrDeleteSecretsResult | str]:
    """Upsert or delete secrets

     Atomically upsert or delete a batch of secrets. Entries with a non-null `value` are created or
    updated; entries with `value: null` are deleted. The `value` field is required for every entry, and
    omitting it returns 422. When the same key appears more than once, the last occurrence wins.
    Deleting a non-existent key succeeds silently. Secret values are never returned in the response.

    Args:
        body (UpsertOrDeleteSecretsRequest): Request body for the PUT /secrets endpoint.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ResponseBodyUpsertOrDeleteSecretsResult | str]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: UpsertOrDeleteSecretsRequest,
) -> ResponseBodyUpsertOrDeleteSecretsResult | str | None:
    """Upsert or delete secrets

     Atomically upsert or delete a batch of secrets. Entries with a non-null `value` are created or
    updated; entries with `value: null` are deleted. The `value` field is required for every entry, and
    omitting it returns 422. When the same key appears more than once, the last occurrence wins.
    Deleting a non-existent key succeeds silently. Secret values are never returned in the response.

    Args:
        body (UpsertOrDeleteSecretsRequest): Request body for the PUT /secrets endpoint.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ResponseBodyUpsertOrDeleteSecretsResult | str
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
