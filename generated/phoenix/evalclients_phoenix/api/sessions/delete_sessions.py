from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.delete_sessions_request_body import DeleteSessionsRequestBody
from ...types import Response


def build_request(
    *,
    body: DeleteSessionsRequestBody,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/sessions/delete",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


_get_kwargs = build_request


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | str | None:
    if response.status_code == 204:
        response_204 = cast(Any, None)
        return response_204

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


def parse_body(status: int, body: Any) -> Any | str | None:
    """The typed value of ``body``, already decoded, answered with ``status``."""
    if status == 204:
        response_204 = cast(Any, None)
        return response_204

    if status == 403:
        response_403 = body
        return response_403

    if status == 422:
        response_422 = body
        return response_422

    return None


BODY_SOURCES: dict[int, str] = {
    204: "none",
    403: "text",
    422: "text",
}
"""What parse_body() takes for each status: json (json.loads() output), text, bytes or none."""


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Any | str]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: DeleteSessionsRequestBody,
) -> Response[Any | str]:
    """Bulk delete sessions

     Delete multiple sessions by their identifiers (GlobalIDs or session_id strings). All identifiers in
    a single request must be the same type. Non-existent IDs are silently skipped. All associated
    traces, spans, and annotations are cascade deleted.

    Args:
        body (DeleteSessionsRequestBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | str]
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
    body: DeleteSessionsRequestBody,
) -> Any | str | None:
    """Bulk delete sessions

     Delete multiple sessions by their identifiers (GlobalIDs or session_id strings). All identifiers in
    a single request must be the same type. Non-existent IDs are silently skipped. All associated
    traces, spans, and annotations are cascade deleted.

    Args:
        body (DeleteSessionsRequestBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | str
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: DeleteSessionsRequestBody,
) -> Response[Any | str]:
    """Bulk delete sessions

     Delete multiple sessions by their identifiers (GlobalIDs or session_id strings). All identifiers in
    a single request must be the same type. Non-existent IDs are silently skipped. All associated
    traces, spans, and annotations are cascade deleted.

    Args:
        body (DeleteSessionsRequestBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | str]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: DeleteSessionsRequestBody,
) -> Any | str | None:
    """Bulk delete sessions

     Delete multiple sessions by their identifiers (GlobalIDs or session_id strings). All identifiers in
    a single request must be the same type. Non-existent IDs are silently skipped. All associated
    traces, spans, and annotations are cascade deleted.

    Args:
        body (DeleteSessionsRequestBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | str
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
