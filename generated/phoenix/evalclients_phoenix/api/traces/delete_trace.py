from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.http_validation_error import HTTPValidationError
from ...types import Response, path_segment


def build_request(
    trace_identifier: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/v1/traces/{trace_identifier}".format(
            trace_identifier=path_segment(trace_identifier),
        ),
    }

    return _kwargs


_get_kwargs = build_request


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | HTTPValidationError | str | None:
    if response.status_code == 204:
        response_204 = cast(Any, None)
        return response_204

    if response.status_code == 403:
        response_403 = response.text
        return response_403

    if response.status_code == 404:
        response_404 = response.text
        return response_404

    if response.status_code == 422:
        response_422 = HTTPValidationError.from_dict(response.json())

        return response_422

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def parse_body(status: int, body: Any) -> Any | HTTPValidationError | str | None:
    """The typed value of ``body``, already decoded, answered with ``status``."""
    if status == 204:
        response_204 = cast(Any, None)
        return response_204

    if status == 403:
        response_403 = body
        return response_403

    if status == 404:
        response_404 = body
        return response_404

    if status == 422:
        response_422 = HTTPValidationError.from_dict(body)

        return response_422

    return None


BODY_SOURCES: dict[int, str] = {
    204: "none",
    403: "text",
    404: "text",
    422: "json",
}
"""What parse_body() takes for each status: json (json.loads() output), text, bytes or none."""


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Any | HTTPValidationError | str]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    trace_identifier: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Any | HTTPValidationError | str]:
    """Delete a trace by identifier

     Delete an entire trace by its identifier. The identifier can be either:
    1. A Relay node ID (base64-encoded)
    2. An OpenTelemetry trace_id (hex string)

    This will permanently remove all spans in the trace and their associated data.

    Args:
        trace_identifier (str): The trace identifier: either a relay GlobalID or OpenTelemetry
            trace_id

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | HTTPValidationError | str]
    """

    kwargs = _get_kwargs(
        trace_identifier=trace_identifier,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    trace_identifier: str,
    *,
    client: AuthenticatedClient | Client,
) -> Any | HTTPValidationError | str | None:
    """Delete a trace by identifier

     Delete an entire trace by its identifier. The identifier can be either:
    1. A Relay node ID (base64-encoded)
    2. An OpenTelemetry trace_id (hex string)

    This will permanently remove all spans in the trace and their associated data.

    Args:
        trace_identifier (str): The trace identifier: either a relay GlobalID or OpenTelemetry
            trace_id

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | HTTPValidationError | str
    """

    return sync_detailed(
        trace_identifier=trace_identifier,
        client=client,
    ).parsed


async def asyncio_detailed(
    trace_identifier: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Any | HTTPValidationError | str]:
    """Delete a trace by identifier

     Delete an entire trace by its identifier. The identifier can be either:
    1. A Relay node ID (base64-encoded)
    2. An OpenTelemetry trace_id (hex string)

    This will permanently remove all spans in the trace and their associated data.

    Args:
        trace_identifier (str): The trace identifier: either a relay GlobalID or OpenTelemetry
            trace_id

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | HTTPValidationError | str]
    """

    kwargs = _get_kwargs(
        trace_identifier=trace_identifier,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    trace_identifier: str,
    *,
    client: AuthenticatedClient | Client,
) -> Any | HTTPValidationError | str | None:
    """Delete a trace by identifier

     Delete an entire trace by its identifier. The identifier can be either:
    1. A Relay node ID (base64-encoded)
    2. An OpenTelemetry trace_id (hex string)

    This will permanently remove all spans in the trace and their associated data.

    Args:
        trace_identifier (str): The trace identifier: either a relay GlobalID or OpenTelemetry
            trace_id

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | HTTPValidationError | str
    """

    return (
        await asyncio_detailed(
            trace_identifier=trace_identifier,
            client=client,
        )
    ).parsed
