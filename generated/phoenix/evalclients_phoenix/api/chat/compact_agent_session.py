from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.agent_session_conflict_error import AgentSessionConflictError
from ...models.compact_agent_session_request_body import CompactAgentSessionRequestBody
from ...models.compact_agent_session_response_body import CompactAgentSessionResponseBody
from ...models.http_validation_error import HTTPValidationError
from ...types import Response


def _get_kwargs(
    session_id: str,
    *,
    body: CompactAgentSessionRequestBody,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/agent_sessions/{session_id}/compact".format(
            session_id=quote(str(session_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AgentSessionConflictError | CompactAgentSessionResponseBody | HTTPValidationError | str | None:
    if response.status_code == 200:
        response_200 = CompactAgentSessionResponseBody.from_dict(response.json())

        return response_200

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

    if response.status_code == 409:
        response_409 = AgentSessionConflictError.from_dict(response.json())

        return response_409

    if response.status_code == 422:
        response_422 = HTTPValidationError.from_dict(response.json())

        return response_422

    if response.status_code == 502:
        response_502 = response.text
        return response_502

    if response.status_code == 507:
        response_507 = response.text
        return response_507

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    AgentSessionConflictError | CompactAgentSessionResponseBody | HTTPValidationError | str
]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    session_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: CompactAgentSessionRequestBody,
) -> Response[
    AgentSessionConflictError | CompactAgentSessionResponseBody | HTTPValidationError | str
]:
    """Compact Agent Session

    Args:
        session_id (str):
        body (CompactAgentSessionRequestBody): Request a model-generated checkpoint for a
            persisted conversation.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AgentSessionConflictError | CompactAgentSessionResponseBody | HTTPValidationError | str]
    """

    kwargs = _get_kwargs(
        session_id=session_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    session_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: CompactAgentSessionRequestBody,
) -> AgentSessionConflictError | CompactAgentSessionResponseBody | HTTPValidationError | str | None:
    """Compact Agent Session

    Args:
        session_id (str):
        body (CompactAgentSessionRequestBody): Request a model-generated checkpoint for a
            persisted conversation.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AgentSessionConflictError | CompactAgentSessionResponseBody | HTTPValidationError | str
    """

    return sync_detailed(
        session_id=session_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    session_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: CompactAgentSessionRequestBody,
) -> Response[
    AgentSessionConflictError | CompactAgentSessionResponseBody | HTTPValidationError | str
]:
    """Compact Agent Session

    Args:
        session_id (str):
        body (CompactAgentSessionRequestBody): Request a model-generated checkpoint for a
            persisted conversation.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AgentSessionConflictError | CompactAgentSessionResponseBody | HTTPValidationError | str]
    """

    kwargs = _get_kwargs(
        session_id=session_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    session_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: CompactAgentSessionRequestBody,
) -> AgentSessionConflictError | CompactAgentSessionResponseBody | HTTPValidationError | str | None:
    """Compact Agent Session

    Args:
        session_id (str):
        body (CompactAgentSessionRequestBody): Request a model-generated checkpoint for a
            persisted conversation.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AgentSessionConflictError | CompactAgentSessionResponseBody | HTTPValidationError | str
    """

    return (
        await asyncio_detailed(
            session_id=session_id,
            client=client,
            body=body,
        )
    ).parsed
