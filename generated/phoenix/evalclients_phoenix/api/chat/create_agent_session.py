from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.create_agent_session_request_body import CreateAgentSessionRequestBody
from ...models.create_agent_session_response_body import CreateAgentSessionResponseBody
from ...types import Response


def _get_kwargs(
    *,
    body: CreateAgentSessionRequestBody,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/agent_sessions",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CreateAgentSessionResponseBody | str | None:
    if response.status_code == 201:
        response_201 = CreateAgentSessionResponseBody.from_dict(response.json())

        return response_201

    if response.status_code == 400:
        response_400 = response.text
        return response_400

    if response.status_code == 401:
        response_401 = response.text
        return response_401

    if response.status_code == 403:
        response_403 = response.text
        return response_403

    if response.status_code == 404:
        response_404 = response.text
        return response_404

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


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[CreateAgentSessionResponseBody | str]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CreateAgentSessionRequestBody,
) -> Response[CreateAgentSessionResponseBody | str]:
    """Create Session

     Create a persisted agent session owned by the requesting user.

    Args:
        body (CreateAgentSessionRequestBody): Request body for creating a persisted agent session.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreateAgentSessionResponseBody | str]
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
    body: CreateAgentSessionRequestBody,
) -> CreateAgentSessionResponseBody | str | None:
    """Create Session

     Create a persisted agent session owned by the requesting user.

    Args:
        body (CreateAgentSessionRequestBody): Request body for creating a persisted agent session.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreateAgentSessionResponseBody | str
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CreateAgentSessionRequestBody,
) -> Response[CreateAgentSessionResponseBody | str]:
    """Create Session

     Create a persisted agent session owned by the requesting user.

    Args:
        body (CreateAgentSessionRequestBody): Request body for creating a persisted agent session.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreateAgentSessionResponseBody | str]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: CreateAgentSessionRequestBody,
) -> CreateAgentSessionResponseBody | str | None:
    """Create Session

     Create a persisted agent session owned by the requesting user.

    Args:
        body (CreateAgentSessionRequestBody): Request body for creating a persisted agent session.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreateAgentSessionResponseBody | str
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
