from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.annotation_queue import AnnotationQueue
from ...models.create_annotation_queue_request import CreateAnnotationQueueRequest
from ...models.problem import Problem
from ...types import Response


def build_request(
    *,
    body: CreateAnnotationQueueRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v2/annotation-queues",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


_get_kwargs = build_request


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AnnotationQueue | Problem | None:
    if response.status_code == 201:
        response_201 = AnnotationQueue.from_dict(response.json())

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

    if response.status_code == 409:
        response_409 = Problem.from_dict(response.json())

        return response_409

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


def parse_body(status: int, body: Any) -> AnnotationQueue | Problem | None:
    """The typed value of ``body``, already decoded, answered with ``status``."""
    if status == 201:
        response_201 = AnnotationQueue.from_dict(body)

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

    if status == 409:
        response_409 = Problem.from_dict(body)

        return response_409

    if status == 422:
        response_422 = Problem.from_dict(body)

        return response_422

    if status == 429:
        response_429 = Problem.from_dict(body)

        return response_429

    return None


BODY_SOURCES: dict[int, str] = {
    201: "json",
    400: "json",
    401: "json",
    403: "json",
    404: "json",
    409: "json",
    422: "json",
    429: "json",
}
"""What parse_body() takes for each status: json (json.loads() output), text, bytes or none."""


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[AnnotationQueue | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CreateAnnotationQueueRequest,
) -> Response[AnnotationQueue | Problem]:
    """Create an annotation queue

     Create a new annotation queue.  **Payload Requirements** - The annotation queue name must be unique
    within the given space (among active queues). - At least one `annotation_config_id` is required, and
    all configs must belong to the specified space. - Do not include system-managed fields on input:
    `id`, `created_at`, `updated_at`. - If `assignment_method` is not provided, it defaults to `"all"`.
    **Valid example** ```json {   "name": "Quality Review Queue",   "space_id": "spc_xyz789",
    "annotation_config_ids": ["ac_abc123"],   "annotator_emails": ["reviewer@example.com"],
    "assignment_method": "all" } ```  **Valid example with records** ```json {   "name": "Quality Review
    Queue",   "space_id": "spc_xyz789",   "annotation_config_ids": ["ac_abc123"],   "annotator_emails":
    ["reviewer@example.com"],   "record_sources": [     {"record_type": "SPAN", "project_id": "prj_abc",
    "start_time": "2024-01-15T00:00:00Z", "end_time": "2024-01-16T00:00:00Z", "span_ids": ["span_001"]},
    {"record_type": "EXAMPLE", "dataset_id": "ds_xyz", "example_ids": ["ex_001", "ex_002"]}   ] } ```
    **Invalid example** (missing required annotation_config_ids) ```json {   "name": "My Queue",
    "space_id": "spc_xyz789" } ```

    Args:
        body (CreateAnnotationQueueRequest): CreateAnnotationQueueRequest

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AnnotationQueue | Problem]
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
    body: CreateAnnotationQueueRequest,
) -> AnnotationQueue | Problem | None:
    """Create an annotation queue

     Create a new annotation queue.  **Payload Requirements** - The annotation queue name must be unique
    within the given space (among active queues). - At least one `annotation_config_id` is required, and
    all configs must belong to the specified space. - Do not include system-managed fields on input:
    `id`, `created_at`, `updated_at`. - If `assignment_method` is not provided, it defaults to `"all"`.
    **Valid example** ```json {   "name": "Quality Review Queue",   "space_id": "spc_xyz789",
    "annotation_config_ids": ["ac_abc123"],   "annotator_emails": ["reviewer@example.com"],
    "assignment_method": "all" } ```  **Valid example with records** ```json {   "name": "Quality Review
    Queue",   "space_id": "spc_xyz789",   "annotation_config_ids": ["ac_abc123"],   "annotator_emails":
    ["reviewer@example.com"],   "record_sources": [     {"record_type": "SPAN", "project_id": "prj_abc",
    "start_time": "2024-01-15T00:00:00Z", "end_time": "2024-01-16T00:00:00Z", "span_ids": ["span_001"]},
    {"record_type": "EXAMPLE", "dataset_id": "ds_xyz", "example_ids": ["ex_001", "ex_002"]}   ] } ```
    **Invalid example** (missing required annotation_config_ids) ```json {   "name": "My Queue",
    "space_id": "spc_xyz789" } ```

    Args:
        body (CreateAnnotationQueueRequest): CreateAnnotationQueueRequest

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AnnotationQueue | Problem
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CreateAnnotationQueueRequest,
) -> Response[AnnotationQueue | Problem]:
    """Create an annotation queue

     Create a new annotation queue.  **Payload Requirements** - The annotation queue name must be unique
    within the given space (among active queues). - At least one `annotation_config_id` is required, and
    all configs must belong to the specified space. - Do not include system-managed fields on input:
    `id`, `created_at`, `updated_at`. - If `assignment_method` is not provided, it defaults to `"all"`.
    **Valid example** ```json {   "name": "Quality Review Queue",   "space_id": "spc_xyz789",
    "annotation_config_ids": ["ac_abc123"],   "annotator_emails": ["reviewer@example.com"],
    "assignment_method": "all" } ```  **Valid example with records** ```json {   "name": "Quality Review
    Queue",   "space_id": "spc_xyz789",   "annotation_config_ids": ["ac_abc123"],   "annotator_emails":
    ["reviewer@example.com"],   "record_sources": [     {"record_type": "SPAN", "project_id": "prj_abc",
    "start_time": "2024-01-15T00:00:00Z", "end_time": "2024-01-16T00:00:00Z", "span_ids": ["span_001"]},
    {"record_type": "EXAMPLE", "dataset_id": "ds_xyz", "example_ids": ["ex_001", "ex_002"]}   ] } ```
    **Invalid example** (missing required annotation_config_ids) ```json {   "name": "My Queue",
    "space_id": "spc_xyz789" } ```

    Args:
        body (CreateAnnotationQueueRequest): CreateAnnotationQueueRequest

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AnnotationQueue | Problem]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: CreateAnnotationQueueRequest,
) -> AnnotationQueue | Problem | None:
    """Create an annotation queue

     Create a new annotation queue.  **Payload Requirements** - The annotation queue name must be unique
    within the given space (among active queues). - At least one `annotation_config_id` is required, and
    all configs must belong to the specified space. - Do not include system-managed fields on input:
    `id`, `created_at`, `updated_at`. - If `assignment_method` is not provided, it defaults to `"all"`.
    **Valid example** ```json {   "name": "Quality Review Queue",   "space_id": "spc_xyz789",
    "annotation_config_ids": ["ac_abc123"],   "annotator_emails": ["reviewer@example.com"],
    "assignment_method": "all" } ```  **Valid example with records** ```json {   "name": "Quality Review
    Queue",   "space_id": "spc_xyz789",   "annotation_config_ids": ["ac_abc123"],   "annotator_emails":
    ["reviewer@example.com"],   "record_sources": [     {"record_type": "SPAN", "project_id": "prj_abc",
    "start_time": "2024-01-15T00:00:00Z", "end_time": "2024-01-16T00:00:00Z", "span_ids": ["span_001"]},
    {"record_type": "EXAMPLE", "dataset_id": "ds_xyz", "example_ids": ["ex_001", "ex_002"]}   ] } ```
    **Invalid example** (missing required annotation_config_ids) ```json {   "name": "My Queue",
    "space_id": "spc_xyz789" } ```

    Args:
        body (CreateAnnotationQueueRequest): CreateAnnotationQueueRequest

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AnnotationQueue | Problem
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
