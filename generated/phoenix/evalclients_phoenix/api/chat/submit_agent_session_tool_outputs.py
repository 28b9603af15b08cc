from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.agent_session_conflict_error import AgentSessionConflictError
from ...models.http_validation_error import HTTPValidationError
from ...models.submit_agent_session_tool_outputs_request_body import (
    SubmitAgentSessionToolOutputsRequestBody,
)
from ...models.submit_agent_session_tool_outputs_response_body import (
    SubmitAgentSessionToolOutputsResponseBody,
)
from ...types import Response


def _get_kwargs(
    session_id: str,
    *,
    body: SubmitAgentSessionToolOutputsRequestBody,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/agent_sessions/{session_id}/tool_outputs".format(
            session_id=quote(str(session_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    AgentSessionConflictError
    | HTTPValidationError
    | SubmitAgentSessionToolOutputsResponseBody
    | str
    | None
):
    if response.status_code == 200:
        response_200 = SubmitAgentSessionToolOutputsResponseBody.from_dict(response.json())

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
    AgentSessionConflictError
    | HTTPValidationError
    | SubmitAgentSessionToolOutputsResponseBody
    | str
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
    body: SubmitAgentSessionToolOutputsRequestBody,
) -> Response[
    AgentSessionConflictError
    | HTTPValidationError
    | SubmitAgentSessionToolOutputsResponseBody
    | str
]:
    """Submit Agent Session Tool Outputs

     Persist resolved client tool outputs for the session's open turn.

    Args:
        session_id (str):
        body (SubmitAgentSessionToolOutputsRequestBody): Persist resolved client tool outputs
            without continuing the turn.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AgentSessionConflictError | HTTPValidationError | SubmitAgentSessionToolOutputsResponseBody | str]
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
    body: SubmitAgentSessionToolOutputsRequestBody,
) -> (
    AgentSessionConflictError
    | HTTPValidationError
    | SubmitAgentSessionToolOutputsResponseBody
    | str
    | None
):
    """Submit Agent Session Tool Outputs

     Persist resolved client tool outputs for the session's open turn.

    Args:
        session_id (str):
        body (SubmitAgentSessionToolOutputsRequestBody): Persist resolved client tool outputs
            without continuing the turn.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AgentSessionConflictError | HTTPValidationError | SubmitAgentSessionToolOutputsResponseBody | str
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
    body: SubmitAgentSessionToolOutputsRequestBody,
) -> Response[
    AgentSessionConflictError
    | HTTPValidationError
    | SubmitAgentSessionToolOutputsResponseBody
    | str
]:
    """Submit Agent Session Tool Outputs

     Persist resolved client tool outputs for the session's open turn.

    Args:
        session_id (str):
        body (SubmitAgentSessionToolOutputsRequestBody): Persist resolved client tool outputs
            without continuing the turn.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AgentSessionConflictError | HTTPValidationError | SubmitAgentSessionToolOutputsResponseBody | str]
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
    body: SubmitAgentSessionToolOutputsRequestBody,
) -> (
    AgentSessionConflictError
    | HTTPValidationError
    | SubmitAgentSessionToolOutputsResponseBody
    | str
    | None
):
    """Submit Agent Session Tool Outputs

     Persist resolved client tool outputs for the session's open turn.

    Args:
        session_id (str):
        body (SubmitAgentSessionToolOutputsRequestBody): Persist resolved client tool outputs
            without continuing the turn.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AgentSessionConflictError | HTTPValidationError | SubmitAgentSessionToolOutputsResponseBody | str
    """

    return (
        await asyncio_detailed(
            session_id=session_id,
            client=client,
            body=body,
        )
    ).parsed
