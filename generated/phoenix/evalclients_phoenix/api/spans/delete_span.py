from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.http_validation_error import HTTPValidationError
from ...types import Response, path_segment


def build_request(
    span_identifier: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/v1/spans/{span_identifier}".format(
            span_identifier=path_segment(span_identifier),
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
    span_identifier: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Any | HTTPValidationError | str]:
    """Delete a span by span_identifier

     Delete a single span by identifier.

            **Important**: This operation deletes ONLY the specified span itself and does NOT
            delete its descendants/children. All child spans will remain in the trace and
            become orphaned (their parent_id will point to a non-existent span).

            Behavior:
            - Deletes only the target span (preserves all descendant spans)
            - If this was the last span in the trace, the trace record is also deleted
            - If the deleted span had a parent, its cumulative metrics (error count, token counts)
              are subtracted from all ancestor spans in the chain

            **Note**: This operation is irreversible and may create orphaned spans.

    Args:
        span_identifier (str): The span identifier: either a relay GlobalID or OpenTelemetry
            span_id

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | HTTPValidationError | str]
    """

    kwargs = _get_kwargs(
        span_identifier=span_identifier,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    span_identifier: str,
    *,
    client: AuthenticatedClient | Client,
) -> Any | HTTPValidationError | str | None:
    """Delete a span by span_identifier

     Delete a single span by identifier.

            **Important**: This operation deletes ONLY the specified span itself and does NOT
            delete its descendants/children. All child spans will remain in the trace and
            become orphaned (their parent_id will point to a non-existent span).

            Behavior:
            - Deletes only the target span (preserves all descendant spans)
            - If this was the last span in the trace, the trace record is also deleted
            - If the deleted span had a parent, its cumulative metrics (error count, token counts)
              are subtracted from all ancestor spans in the chain

            **Note**: This operation is irreversible and may create orphaned spans.

    Args:
        span_identifier (str): The span identifier: either a relay GlobalID or OpenTelemetry
            span_id

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | HTTPValidationError | str
    """

    return sync_detailed(
        span_identifier=span_identifier,
        client=client,
    ).parsed


async def asyncio_detailed(
    span_identifier: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Any | HTTPValidationError | str]:
    """Delete a span by span_identifier

     Delete a single span by identifier.

            **Important**: This operation deletes ONLY the specified span itself and does NOT
            delete its descendants/children. All child spans will remain in the trace and
            become orphaned (their parent_id will point to a non-existent span).

            Behavior:
            - Deletes only the target span (preserves all descendant spans)
            - If this was the last span in the trace, the trace record is also deleted
            - If the deleted span had a parent, its cumulative metrics (error count, token counts)
              are subtracted from all ancestor spans in the chain

            **Note**: This operation is irreversible and may create orphaned spans.

    Args:
        span_identifier (str): The span identifier: either a relay GlobalID or OpenTelemetry
            span_id

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | HTTPValidationError | str]
    """

    kwargs = _get_kwargs(
        span_identifier=span_identifier,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    span_identifier: str,
    *,
    client: AuthenticatedClient | Client,
) -> Any | HTTPValidationError | str | None:
    """Delete a span by span_identifier

     Delete a single span by identifier.

            **Important**: This operation deletes ONLY the specified span itself and does NOT
            delete its descendants/children. All child spans will remain in the trace and
            become orphaned (their parent_id will point to a non-existent span).

            Behavior:
            - Deletes only the target span (preserves all descendant spans)
            - If this was the last span in the trace, the trace record is also deleted
            - If the deleted span had a parent, its cumulative metrics (error count, token counts)
              are subtracted from all ancestor spans in the chain

            **Note**: This operation is irreversible and may create orphaned spans.

    Args:
        span_identifier (str): The span identifier: either a relay GlobalID or OpenTelemetry
            span_id

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | HTTPValidationError | str
    """

    return (
        await asyncio_detailed(
            span_identifier=span_identifier,
            client=client,
        )
    ).parsed
