from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.flow_log_response import FlowLogResponse
from ...models.http_validation_error import HTTPValidationError
from ...models.update_trace_request import UpdateTraceRequest
from ...types import Response, path_segment


def build_request(
    log_id: str,
    *,
    body: UpdateTraceRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/flows/logs/{log_id}".format(
            log_id=path_segment(log_id),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


_get_kwargs = build_request


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> FlowLogResponse | HTTPValidationError | None:
    if response.status_code == 200:
        response_200 = FlowLogResponse.from_dict(response.json())

        return response_200

    if response.status_code == 422:
        response_422 = HTTPValidationError.from_dict(response.json())

        return response_422

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def parse_body(status: int, body: Any) -> FlowLogResponse | HTTPValidationError | None:
    """The typed value of ``body``, already decoded, answered with ``status``."""
    if status == 200:
        response_200 = FlowLogResponse.from_dict(body)

        return response_200

    if status == 422:
        response_422 = HTTPValidationError.from_dict(body)

        return response_422

    return None


BODY_SOURCES: dict[int, str] = {
    200: "json",
    422: "json",
}
"""What parse_body() takes for each status: json (json.loads() output), text, bytes or none."""


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[FlowLogResponse | HTTPValidationError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    log_id: str,
    *,
    client: AuthenticatedClient,
    body: UpdateTraceRequest,
) -> Response[FlowLogResponse | HTTPValidationError]:
    """Update Flow Log

     Update the status, inputs, output of a Flow Log.

    Marking a Flow Log as complete will trigger any monitoring Evaluators to run.
    Inputs and output (or error) must be provided in order to mark it as complete.

    Args:
        log_id (str): Unique identifier of the Flow Log.
        body (UpdateTraceRequest): Request for updating a Trace.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[FlowLogResponse | HTTPValidationError]
    """

    kwargs = _get_kwargs(
        log_id=log_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    log_id: str,
    *,
    client: AuthenticatedClient,
    body: UpdateTraceRequest,
) -> FlowLogResponse | HTTPValidationError | None:
    """Update Flow Log

     Update the status, inputs, output of a Flow Log.

    Marking a Flow Log as complete will trigger any monitoring Evaluators to run.
    Inputs and output (or error) must be provided in order to mark it as complete.

    Args:
        log_id (str): Unique identifier of the Flow Log.
        body (UpdateTraceRequest): Request for updating a Trace.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        FlowLogResponse | HTTPValidationError
    """

    return sync_detailed(
        log_id=log_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    log_id: str,
    *,
    client: AuthenticatedClient,
    body: UpdateTraceRequest,
) -> Response[FlowLogResponse | HTTPValidationError]:
    """Update Flow Log

     Update the status, inputs, output of a Flow Log.

    Marking a Flow Log as complete will trigger any monitoring Evaluators to run.
    Inputs and output (or error) must be provided in order to mark it as complete.

    Args:
        log_id (str): Unique identifier of the Flow Log.
        body (UpdateTraceRequest): Request for updating a Trace.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[FlowLogResponse | HTTPValidationError]
    """

    kwargs = _get_kwargs(
        log_id=log_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    log_id: str,
    *,
    client: AuthenticatedClient,
    body: UpdateTraceRequest,
) -> FlowLogResponse | HTTPValidationError | None:
    """Update Flow Log

     Update the status, inputs, output of a Flow Log.

    Marking a Flow Log as complete will trigger any monitoring Evaluators to run.
    Inputs and output (or error) must be provided in order to mark it as complete.

    Args:
        log_id (str): Unique identifier of the Flow Log.
        body (UpdateTraceRequest): Request for updating a Trace.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        FlowLogResponse | HTTPValidationError
    """

    return (
        await asyncio_detailed(
            log_id=log_id,
            client=client,
            body=body,
        )
    ).parsed
