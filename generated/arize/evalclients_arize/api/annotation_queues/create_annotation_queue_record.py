from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.add_annotation_queue_records_request import AddAnnotationQueueRecordsRequest
from ...models.create_annotation_queue_record_response import CreateAnnotationQueueRecordResponse
from ...models.problem import Problem
from ...types import Response, path_segment


def build_request(
    annotation_queue_id: str,
    *,
    body: AddAnnotationQueueRecordsRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v2/annotation-queues/{annotation_queue_id}/records".format(
            annotation_queue_id=path_segment(annotation_queue_id),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


_get_kwargs = build_request


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CreateAnnotationQueueRecordResponse | Problem | None:
    if response.status_code == 200:
        response_200 = CreateAnnotationQueueRecordResponse.from_dict(response.json())

        return response_200

    if response.status_code == 201:
        response_201 = CreateAnnotationQueueRecordResponse.from_dict(response.json())

        return response_201

    if response.status_code == 400:
        response_400 = Problem.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = Problem.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = Problem.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = Problem.from_dict(response.json())

        return response_404

    if response.status_code == 422:
        response_422 = Problem.from_dict(response.json())

        return response_422

    if response.status_code == 429:
        response_429 = Problem.from_dict(response.json())

        return response_429

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def parse_body(status: int, body: Any) -> CreateAnnotationQueueRecordResponse | Problem | None:
    """The typed value of ``body``, already decoded, answered with ``status``."""
    if status == 200:
        response_200 = CreateAnnotationQueueRecordResponse.from_dict(body)

        return response_200

    if status == 201:
        response_201 = CreateAnnotationQueueRecordResponse.from_dict(body)

        return response_201

    if status == 400:
        response_400 = Problem.from_dict(body)

        return response_400

    if status == 401:
        response_401 = Problem.from_dict(body)

        return response_401

    if status == 403:
        response_403 = Problem.from_dict(body)

        return response_403

    if status == 404:
        response_404 = Problem.from_dict(body)

        return response_404

    if status == 422:
        response_422 = Problem.from_dict(body)

        return response_422

    if status == 429:
        response_429 = Problem.from_dict(body)

        return response_429

    return None


BODY_SOURCES: dict[int, str] = {
    200: "json",
    201: "json",
    400: "json",
    401: "json",
    403: "json",
    404: "json",
    422: "json",
    429: "json",
}
"""What parse_body() takes for each status: json (json.loads() output), text, bytes or none."""


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[CreateAnnotationQueueRecordResponse | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    annotation_queue_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: AddAnnotationQueueRecordsRequest,
) -> Response[CreateAnnotationQueueRecordResponse | Problem]:
    """Create annotation queue records

     Add new records from spans, traces, sessions, or dataset examples to an existing annotation queue.
    **Payload Requirements**   - At least one record source is required.   - At most 2 record sources
    are allowed per request   - For project record sources: `start_time` must be before `end_time`, and
    the range must not exceed 7 days.   - For dataset record source: all `example_ids` must be non-empty
    strings.   - For project record source:     - span records: all `span_ids` must be non-empty
    strings.     - trace records: all `trace_ids` must be non-empty strings.     - session records: all
    `session_ids` must be non-empty strings.   - At most 500 records total may be added in one request.
    - At most 100 session records total may be added in one request.  **Valid example (span record)**
    ```json {   "record_sources": [     {       "record_type": "SPAN",       "project_id":
    "TW9kZWw6MTIzOmFCY0Q=",       "start_time": "2026-01-15T00:00:00Z",       "end_time":
    "2026-01-16T00:00:00Z",       "span_ids": ["U3BhbjoxOmFCY0Q="]     }   ] } ```  **Valid example
    (trace record)** ```json {   "record_sources": [     {       "record_type": "TRACE",
    "project_id": "TW9kZWw6MTIzOmFCY0Q=",       "start_time": "2026-01-15T00:00:00Z",       "end_time":
    "2026-01-16T00:00:00Z",       "trace_ids": ["8fe3373f-0da4-4a8e-b57f-5c8878cfb747"]     }   ] } ```
    **Valid example (session record)** ```json {   "record_sources": [     {       "record_type":
    "SESSION",       "project_id": "TW9kZWw6MTIzOmFCY0Q=",       "start_time": "2026-01-15T00:00:00Z",
    "end_time": "2026-01-16T00:00:00Z",       "session_ids": ["session-123"]     }   ] } ```  **Invalid
    example** (span record with `start_time` after `end_time`) ```json {   "record_sources": [     {
    "record_type": "SPAN",       "project_id": "TW9kZWw6MTIzOmFCY0Q=",       "start_time":
    "2026-01-20T00:00:00Z",       "end_time": "2026-01-15T00:00:00Z",       "span_ids":
    ["U3BhbjoxOmFCY0Q="]     }   ] } ```  <Note>If no example_ids are provided for a dataset record
    source, all examples in the dataset will be added to the queue only when the total records from all
    sources does not exceed 500.</Note>  **Response codes** - `201 Created`: at least one new record was
    added to the queue. - `200 OK`: the request was valid but all record sources were already present
    in the queue — no new records were inserted. The `record_sources` array in   the response body will
    be empty.

    Args:
        annotation_queue_id (str):
        body (AddAnnotationQueueRecordsRequest): AddAnnotationQueueRecordsRequest

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreateAnnotationQueueRecordResponse | Problem]
    """

    kwargs = _get_kwargs(
        annotation_queue_id=annotation_queue_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    annotation_queue_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: AddAnnotationQueueRecordsRequest,
) -> CreateAnnotationQueueRecordResponse | Problem | None:
    """Create annotation queue records

     Add new records from spans, traces, sessions, or dataset examples to an existing annotation queue.
    **Payload Requirements**   - At least one record source is required.   - At most 2 record sources
    are allowed per request   - For project record sources: `start_time` must be before `end_time`, and
    the range must not exceed 7 days.   - For dataset record source: all `example_ids` must be non-empty
    strings.   - For project record source:     - span records: all `span_ids` must be non-empty
    strings.     - trace records: all `trace_ids` must be non-empty strings.     - session records: all
    `session_ids` must be non-empty strings.   - At most 500 records total may be added in one request.
    - At most 100 session records total may be added in one request.  **Valid example (span record)**
    ```json {   "record_sources": [     {       "record_type": "SPAN",       "project_id":
    "TW9kZWw6MTIzOmFCY0Q=",       "start_time": "2026-01-15T00:00:00Z",       "end_time":
    "2026-01-16T00:00:00Z",       "span_ids": ["U3BhbjoxOmFCY0Q="]     }   ] } ```  **Valid example
    (trace record)** ```json {   "record_sources": [     {       "record_type": "TRACE",
    "project_id": "TW9kZWw6MTIzOmFCY0Q=",       "start_time": "2026-01-15T00:00:00Z",       "end_time":
    "2026-01-16T00:00:00Z",       "trace_ids": ["8fe3373f-0da4-4a8e-b57f-5c8878cfb747"]     }   ] } ```
    **Valid example (session record)** ```json {   "record_sources": [     {       "record_type":
    "SESSION",       "project_id": "TW9kZWw6MTIzOmFCY0Q=",       "start_time": "2026-01-15T00:00:00Z",
    "end_time": "2026-01-16T00:00:00Z",       "session_ids": ["session-123"]     }   ] } ```  **Invalid
    example** (span record with `start_time` after `end_time`) ```json {   "record_sources": [     {
    "record_type": "SPAN",       "project_id": "TW9kZWw6MTIzOmFCY0Q=",       "start_time":
    "2026-01-20T00:00:00Z",       "end_time": "2026-01-15T00:00:00Z",       "span_ids":
    ["U3BhbjoxOmFCY0Q="]     }   ] } ```  <Note>If no example_ids are provided for a dataset record
    source, all examples in the dataset will be added to the queue only when the total records from all
    sources does not exceed 500.</Note>  **Response codes** - `201 Created`: at least one new record was
    added to the queue. - `200 OK`: the request was valid but all record sources were already present
    in the queue — no new records were inserted. The `record_sources` array in   the response body will
    be empty.

    Args:
        annotation_queue_id (str):
        body (AddAnnotationQueueRecordsRequest): AddAnnotationQueueRecordsRequest

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreateAnnotationQueueRecordResponse | Problem
    """

    return sync_detailed(
        annotation_queue_id=annotation_queue_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    annotation_queue_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: AddAnnotationQueueRecordsRequest,
) -> Response[CreateAnnotationQueueRecordResponse | Problem]:
    """Create annotation queue records

     Add new records from spans, traces, sessions, or dataset examples to an existing annotation queue.
    **Payload Requirements**   - At least one record source is required.   - At most 2 record sources
    are allowed per request   - For project record sources: `start_time` must be before `end_time`, and
    the range must not exceed 7 days.   - For dataset record source: all `example_ids` must be non-empty
    strings.   - For project record source:     - span records: all `span_ids` must be non-empty
    strings.     - trace records: all `trace_ids` must be non-empty strings.     - session records: all
    `session_ids` must be non-empty strings.   - At most 500 records total may be added in one request.
    - At most 100 session records total may be added in one request.  **Valid example (span record)**
    ```json {   "record_sources": [     {       "record_type": "SPAN",       "project_id":
    "TW9kZWw6MTIzOmFCY0Q=",       "start_time": "2026-01-15T00:00:00Z",       "end_time":
    "2026-01-16T00:00:00Z",       "span_ids": ["U3BhbjoxOmFCY0Q="]     }   ] } ```  **Valid example
    (trace record)** ```json {   "record_sources": [     {       "record_type": "TRACE",
    "project_id": "TW9kZWw6MTIzOmFCY0Q=",       "start_time": "2026-01-15T00:00:00Z",       "end_time":
    "2026-01-16T00:00:00Z",       "trace_ids": ["8fe3373f-0da4-4a8e-b57f-5c8878cfb747"]     }   ] } ```
    **Valid example (session record)** ```json {   "record_sources": [     {       "record_type":
    "SESSION",       "project_id": "TW9kZWw6MTIzOmFCY0Q=",       "start_time": "2026-01-15T00:00:00Z",
    "end_time": "2026-01-16T00:00:00Z",       "session_ids": ["session-123"]     }   ] } ```  **Invalid
    example** (span record with `start_time` after `end_time`) ```json {   "record_sources": [     {
    "record_type": "SPAN",       "project_id": "TW9kZWw6MTIzOmFCY0Q=",       "start_time":
    "2026-01-20T00:00:00Z",       "end_time": "2026-01-15T00:00:00Z",       "span_ids":
    ["U3BhbjoxOmFCY0Q="]     }   ] } ```  <Note>If no example_ids are provided for a dataset record
    source, all examples in the dataset will be added to the queue only when the total records from all
    sources does not exceed 500.</Note>  **Response codes** - `201 Created`: at least one new record was
    added to the queue. - `200 OK`: the request was valid but all record sources were already present
    in the queue — no new records were inserted. The `record_sources` array in   the response body will
    be empty.

    Args:
        annotation_queue_id (str):
        body (AddAnnotationQueueRecordsRequest): AddAnnotationQueueRecordsRequest

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreateAnnotationQueueRecordResponse | Problem]
    """

    kwargs = _get_kwargs(
        annotation_queue_id=annotation_queue_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    annotation_queue_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: AddAnnotationQueueRecordsRequest,
) -> CreateAnnotationQueueRecordResponse | Problem | None:
    """Create annotation queue records

     Add new records from spans, traces, sessions, or dataset examples to an existing annotation queue.
    **Payload Requirements**   - At least one record source is required.   - At most 2 record sources
    are allowed per request   - For project record sources: `start_time` must be before `end_time`, and
    the range must not exceed 7 days.   - For dataset record source: all `example_ids` must be non-empty
    strings.   - For project record source:     - span records: all `span_ids` must be non-empty
    strings.     - trace records: all `trace_ids` must be non-empty strings.     - session records: all
    `session_ids` must be non-empty strings.   - At most 500 records total may be added in one request.
    - At most 100 session records total may be added in one request.  **Valid example (span record)**
    ```json {   "record_sources": [     {       "record_type": "SPAN",       "project_id":
    "TW9kZWw6MTIzOmFCY0Q=",       "start_time": "2026-01-15T00:00:00Z",       "end_time":
    "2026-01-16T00:00:00Z",       "span_ids": ["U3BhbjoxOmFCY0Q="]     }   ] } ```  **Valid example
    (trace record)** ```json {   "record_sources": [     {       "record_type": "TRACE",
    "project_id": "TW9kZWw6MTIzOmFCY0Q=",       "start_time": "2026-01-15T00:00:00Z",       "end_time":
    "2026-01-16T00:00:00Z",       "trace_ids": ["8fe3373f-0da4-4a8e-b57f-5c8878cfb747"]     }   ] } ```
    **Valid example (session record)** ```json {   "record_sources": [     {       "record_type":
    "SESSION",       "project_id": "TW9kZWw6MTIzOmFCY0Q=",       "start_time": "2026-01-15T00:00:00Z",
    "end_time": "2026-01-16T00:00:00Z",       "session_ids": ["session-123"]     }   ] } ```  **Invalid
    example** (span record with `start_time` after `end_time`) ```json {   "record_sources": [     {
    "record_type": "SPAN",       "project_id": "TW9kZWw6MTIzOmFCY0Q=",       "start_time":
    "2026-01-20T00:00:00Z",       "end_time": "2026-01-15T00:00:00Z",       "span_ids":
    ["U3BhbjoxOmFCY0Q="]     }   ] } ```  <Note>If no example_ids are provided for a dataset record
    source, all examples in the dataset will be added to the queue only when the total records from all
    sources does not exceed 500.</Note>  **Response codes** - `201 Created`: at least one new record was
    added to the queue. - `200 OK`: the request was valid but all record sources were already present
    in the queue — no new records were inserted. The `record_sources` array in   the response body will
    be empty.

    Args:
        annotation_queue_id (str):
        body (AddAnnotationQueueRecordsRequest): AddAnnotationQueueRecordsRequest

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreateAnnotationQueueRecordResponse | Problem
    """

    return (
        await asyncio_detailed(
            annotation_queue_id=annotation_queue_id,
            client=client,
            body=body,
        )
    ).parsed
