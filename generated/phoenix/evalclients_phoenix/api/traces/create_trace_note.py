from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.create_trace_note_request_body import CreateTraceNoteRequestBody
from ...models.create_trace_note_response_body import CreateTraceNoteResponseBody
from ...models.http_validation_error import HTTPValidationError
from ...types import Response


def build_request(
    *,
    body: CreateTraceNoteRequestBody,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/trace_notes",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


_get_kwargs = build_request


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CreateTraceNoteResponseBody | HTTPValidationError | str | None:
    if response.status_code == 200:
        response_200 = CreateTraceNoteResponseBody.from_dict(response.json())

        return response_200

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


def parse_body(
    status: int, body: Any
) -> CreateTraceNoteResponseBody | HTTPValidationError | str | None:
    """The typed value of ``body``, already decoded, answered with ``status``."""
    if status == 200:
        response_200 = CreateTraceNoteResponseBody.from_dict(body)

        return response_200

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
    200: "json",
    403: "text",
    404: "text",
    422: "json",
}
"""What parse_body() takes for each status: json (json.loads() output), text, bytes or none."""


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[CreateTraceNoteResponseBody | HTTPValidationError | str]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CreateTraceNoteRequestBody,
) -> Response[CreateTraceNoteResponseBody | HTTPValidationError | str]:
    """Create a trace note

     Add a note annotation to a trace. By default each call appends a new note with an auto-generated
    UUIDv4 identifier, so multiple notes accumulate on the same trace. Callers may supply a non-empty
    `identifier` to upsert on (trace_id, name='note', identifier) — repeated calls with the same
    identifier overwrite the existing note, matching the semantics of structured annotations.

    Args:
        body (CreateTraceNoteRequestBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreateTraceNoteResponseBody | HTTPValidationError | str]
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
    body: CreateTraceNoteRequestBody,
) -> CreateTraceNoteResponseBody | HTTPValidationError | str | None:
    """Create a trace note

     Add a note annotation to a trace. By default each call appends a new note with an auto-generated
    UUIDv4 identifier, so multiple notes accumulate on the same trace. Callers may supply a non-empty
    `identifier` to upsert on (trace_id, name='note', identifier) — repeated calls with the same
    identifier overwrite the existing note, matching the semantics of structured annotations.

    Args:
        body (CreateTraceNoteRequestBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreateTraceNoteResponseBody | HTTPValidationError | str
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CreateTraceNoteRequestBody,
) -> Response[CreateTraceNoteResponseBody | HTTPValidationError | str]:
    """Create a trace note

     Add a note annotation to a trace. By default each call appends a new note with an auto-generated
    UUIDv4 identifier, so multiple notes accumulate on the same trace. Callers may supply a non-empty
    `identifier` to upsert on (trace_id, name='note', identifier) — repeated calls with the same
    identifier overwrite the existing note, matching the semantics of structured annotations.

    Args:
        body (CreateTraceNoteRequestBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreateTraceNoteResponseBody | HTTPValidationError | str]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: CreateTraceNoteRequestBody,
) -> CreateTraceNoteResponseBody | HTTPValidationError | str | None:
    """Create a trace note

     Add a note annotation to a trace. By default each call appends a new note with an auto-generated
    UUIDv4 identifier, so multiple notes accumulate on the same trace. Callers may supply a non-empty
    `identifier` to upsert on (trace_id, name='note', identifier) — repeated calls with the same
    identifier overwrite the existing note, matching the semantics of structured annotations.

    Args:
        body (CreateTraceNoteRequestBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreateTraceNoteResponseBody | HTTPValidationError | str
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
