from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.annotate_spans_request import AnnotateSpansRequest
from ...models.problem import Problem
from ...types import Response


def build_request(
    *,
    body: AnnotateSpansRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v2/spans/annotate",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


_get_kwargs = build_request


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | Problem | None:
    if response.status_code == 202:
        response_202 = cast(Any, None)
        return response_202

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


def parse_body(status: int, body: Any) -> Any | Problem | None:
    """The typed value of ``body``, already decoded, answered with ``status``."""
    if status == 202:
        response_202 = cast(Any, None)
        return response_202

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
    202: "none",
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
) -> Response[Any | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: AnnotateSpansRequest,
) -> Response[Any | Problem]:
    """Annotate a batch of project spans

     Write human annotations to a batch of spans in a project.  **Idempotency**: Writes use upsert
    semantics — submitting the same annotation config name for the same span overwrites the previous
    value. Retrying on network failure will not create duplicates.  **202 Accepted**: The annotations
    have been accepted and will be written. Visibility in read queries may lag by a short interval.
    **Partial failure**: Writes are grouped by calendar day and processed sequentially. A non-2xx
    response means the request failed during the write phase — annotations for earlier calendar-day
    buckets may already be saved while later ones are not. It is safe to retry the full request; re-
    submitting a record that was already saved will overwrite it with the same value (no duplicates).
    **Payload Requirements** - `project_id` is required and must identify a project the caller has span
    annotation access to. - `annotations` is a list of per-span annotation inputs. Each entry identifies
    one span by its `record_id` and provides one or more annotation values. - Each `record_id` must be
    unique within the request (duplicates return 400). - Each record's `values` list must not contain
    duplicate annotation config names (returns 400). - `granularity` selects what `record_id`
    identifies: `SPAN` (a span ID, the   default), `TRACE` (a trace's root span ID), or `SESSION` (a
    session ID).   For SESSION, the annotation is written to the root span of the session's   earliest
    trace found within the lookup window. - `start_time` / `end_time` constrain the time range for span
    lookup.   If omitted, `start_time` defaults to 31 days before `end_time` (7 days   for SESSION
    granularity) and `end_time` to now. Both `start_time` and   `end_time` may not be in the future. For
    SPAN/TRACE the window may not   exceed 31 days; for SESSION it may not exceed 7 days. If ANY span
    cannot be located within the given range, the entire request is   rejected with 404 and no
    annotations are written (all-or-nothing   pre-validation). Only after all spans are confirmed does
    the write   phase begin. - Annotation names must match existing annotation configs in the project's
    space. - Up to 1000 records may be annotated per request for SPAN/TRACE granularity;   up to 100
    records per request for SESSION granularity.  **Valid example** ```json {   "project_id":
    "proj_abc123",   "annotations": [     {"record_id": "span_abc", "values": [{"name": "relevance",
    "label": "good", "score": 1.0}]}   ] } ```  **Valid example** (session granularity) ```json {
    "project_id": "proj_abc123",   "granularity": "SESSION",   "annotations": [     {"record_id":
    "session_abc", "values": [{"name": "quality", "label": "good", "score": 1.0}]}   ] } ```  **Invalid
    example** (annotation name not found in space) ```json {   "project_id": "proj_abc123",
    "annotations": [     {"record_id": "span_abc", "values": [{"name": "nonexistent_config"}]}   ] } ```
    **Invalid example** (time window exceeds 31 days) ```json {   "project_id": "proj_abc123",
    "start_time": "2025-01-01T00:00:00Z",   "end_time": "2025-03-01T00:00:00Z",   "annotations": [
    {"record_id": "span_abc", "values": [{"name": "relevance", "label": "good"}]}   ] } ```  **Invalid
    example** (session time window exceeds 7 days) ```json {   "project_id": "proj_abc123",
    "granularity": "SESSION",   "start_time": "2025-01-01T00:00:00Z",   "end_time":
    "2025-01-15T00:00:00Z",   "annotations": [     {"record_id": "session_abc", "values": [{"name":
    "quality", "label": "good"}]}   ] } ```  <Note>This endpoint is in beta, read more
    [here](https://arize.com/docs/ax/rest-reference#api-version-stages).</Note>

    Args:
        body (AnnotateSpansRequest): Batch annotation request for project spans.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Problem]
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
    body: AnnotateSpansRequest,
) -> Any | Problem | None:
    """Annotate a batch of project spans

     Write human annotations to a batch of spans in a project.  **Idempotency**: Writes use upsert
    semantics — submitting the same annotation config name for the same span overwrites the previous
    value. Retrying on network failure will not create duplicates.  **202 Accepted**: The annotations
    have been accepted and will be written. Visibility in read queries may lag by a short interval.
    **Partial failure**: Writes are grouped by calendar day and processed sequentially. A non-2xx
    response means the request failed during the write phase — annotations for earlier calendar-day
    buckets may already be saved while later ones are not. It is safe to retry the full request; re-
    submitting a record that was already saved will overwrite it with the same value (no duplicates).
    **Payload Requirements** - `project_id` is required and must identify a project the caller has span
    annotation access to. - `annotations` is a list of per-span annotation inputs. Each entry identifies
    one span by its `record_id` and provides one or more annotation values. - Each `record_id` must be
    unique within the request (duplicates return 400). - Each record's `values` list must not contain
    duplicate annotation config names (returns 400). - `granularity` selects what `record_id`
    identifies: `SPAN` (a span ID, the   default), `TRACE` (a trace's root span ID), or `SESSION` (a
    session ID).   For SESSION, the annotation is written to the root span of the session's   earliest
    trace found within the lookup window. - `start_time` / `end_time` constrain the time range for span
    lookup.   If omitted, `start_time` defaults to 31 days before `end_time` (7 days   for SESSION
    granularity) and `end_time` to now. Both `start_time` and   `end_time` may not be in the future. For
    SPAN/TRACE the window may not   exceed 31 days; for SESSION it may not exceed 7 days. If ANY span
    cannot be located within the given range, the entire request is   rejected with 404 and no
    annotations are written (all-or-nothing   pre-validation). Only after all spans are confirmed does
    the write   phase begin. - Annotation names must match existing annotation configs in the project's
    space. - Up to 1000 records may be annotated per request for SPAN/TRACE granularity;   up to 100
    records per request for SESSION granularity.  **Valid example** ```json {   "project_id":
    "proj_abc123",   "annotations": [     {"record_id": "span_abc", "values": [{"name": "relevance",
    "label": "good", "score": 1.0}]}   ] } ```  **Valid example** (session granularity) ```json {
    "project_id": "proj_abc123",   "granularity": "SESSION",   "annotations": [     {"record_id":
    "session_abc", "values": [{"name": "quality", "label": "good", "score": 1.0}]}   ] } ```  **Invalid
    example** (annotation name not found in space) ```json {   "project_id": "proj_abc123",
    "annotations": [     {"record_id": "span_abc", "values": [{"name": "nonexistent_config"}]}   ] } ```
    **Invalid example** (time window exceeds 31 days) ```json {   "project_id": "proj_abc123",
    "start_time": "2025-01-01T00:00:00Z",   "end_time": "2025-03-01T00:00:00Z",   "annotations": [
    {"record_id": "span_abc", "values": [{"name": "relevance", "label": "good"}]}   ] } ```  **Invalid
    example** (session time window exceeds 7 days) ```json {   "project_id": "proj_abc123",
    "granularity": "SESSION",   "start_time": "2025-01-01T00:00:00Z",   "end_time":
    "2025-01-15T00:00:00Z",   "annotations": [     {"record_id": "session_abc", "values": [{"name":
    "quality", "label": "good"}]}   ] } ```  <Note>This endpoint is in beta, read more
    [here](https://arize.com/docs/ax/rest-reference#api-version-stages).</Note>

    Args:
        body (AnnotateSpansRequest): Batch annotation request for project spans.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Problem
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: AnnotateSpansRequest,
) -> Response[Any | Problem]:
    """Annotate a batch of project spans

     Write human annotations to a batch of spans in a project.  **Idempotency**: Writes use upsert
    semantics — submitting the same annotation config name for the same span overwrites the previous
    value. Retrying on network failure will not create duplicates.  **202 Accepted**: The annotations
    have been accepted and will be written. Visibility in read queries may lag by a short interval.
    **Partial failure**: Writes are grouped by calendar day and processed sequentially. A non-2xx
    response means the request failed during the write phase — annotations for earlier calendar-day
    buckets may already be saved while later ones are not. It is safe to retry the full request; re-
    submitting a record that was already saved will overwrite it with the same value (no duplicates).
    **Payload Requirements** - `project_id` is required and must identify a project the caller has span
    annotation access to. - `annotations` is a list of per-span annotation inputs. Each entry identifies
    one span by its `record_id` and provides one or more annotation values. - Each `record_id` must be
    unique within the request (duplicates return 400). - Each record's `values` list must not contain
    duplicate annotation config names (returns 400). - `granularity` selects what `record_id`
    identifies: `SPAN` (a span ID, the   default), `TRACE` (a trace's root span ID), or `SESSION` (a
    session ID).   For SESSION, the annotation is written to the root span of the session's   earliest
    trace found within the lookup window. - `start_time` / `end_time` constrain the time range for span
    lookup.   If omitted, `start_time` defaults to 31 days before `end_time` (7 days   for SESSION
    granularity) and `end_time` to now. Both `start_time` and   `end_time` may not be in the future. For
    SPAN/TRACE the window may not   exceed 31 days; for SESSION it may not exceed 7 days. If ANY span
    cannot be located within the given range, the entire request is   rejected with 404 and no
    annotations are written (all-or-nothing   pre-validation). Only after all spans are confirmed does
    the write   phase begin. - Annotation names must match existing annotation configs in the project's
    space. - Up to 1000 records may be annotated per request for SPAN/TRACE granularity;   up to 100
    records per request for SESSION granularity.  **Valid example** ```json {   "project_id":
    "proj_abc123",   "annotations": [     {"record_id": "span_abc", "values": [{"name": "relevance",
    "label": "good", "score": 1.0}]}   ] } ```  **Valid example** (session granularity) ```json {
    "project_id": "proj_abc123",   "granularity": "SESSION",   "annotations": [     {"record_id":
    "session_abc", "values": [{"name": "quality", "label": "good", "score": 1.0}]}   ] } ```  **Invalid
    example** (annotation name not found in space) ```json {   "project_id": "proj_abc123",
    "annotations": [     {"record_id": "span_abc", "values": [{"name": "nonexistent_config"}]}   ] } ```
    **Invalid example** (time window exceeds 31 days) ```json {   "project_id": "proj_abc123",
    "start_time": "2025-01-01T00:00:00Z",   "end_time": "2025-03-01T00:00:00Z",   "annotations": [
    {"record_id": "span_abc", "values": [{"name": "relevance", "label": "good"}]}   ] } ```  **Invalid
    example** (session time window exceeds 7 days) ```json {   "project_id": "proj_abc123",
    "granularity": "SESSION",   "start_time": "2025-01-01T00:00:00Z",   "end_time":
    "2025-01-15T00:00:00Z",   "annotations": [     {"record_id": "session_abc", "values": [{"name":
    "quality", "label": "good"}]}   ] } ```  <Note>This endpoint is in beta, read more
    [here](https://arize.com/docs/ax/rest-reference#api-version-stages).</Note>

    Args:
        body (AnnotateSpansRequest): Batch annotation request for project spans.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Problem]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: AnnotateSpansRequest,
) -> Any | Problem | None:
    """Annotate a batch of project spans

     Write human annotations to a batch of spans in a project.  **Idempotency**: Writes use upsert
    semantics — submitting the same annotation config name for the same span overwrites the previous
    value. Retrying on network failure will not create duplicates.  **202 Accepted**: The annotations
    have been accepted and will be written. Visibility in read queries may lag by a short interval.
    **Partial failure**: Writes are grouped by calendar day and processed sequentially. A non-2xx
    response means the request failed during the write phase — annotations for earlier calendar-day
    buckets may already be saved while later ones are not. It is safe to retry the full request; re-
    submitting a record that was already saved will overwrite it with the same value (no duplicates).
    **Payload Requirements** - `project_id` is required and must identify a project the caller has span
    annotation access to. - `annotations` is a list of per-span annotation inputs. Each entry identifies
    one span by its `record_id` and provides one or more annotation values. - Each `record_id` must be
    unique within the request (duplicates return 400). - Each record's `values` list must not contain
    duplicate annotation config names (returns 400). - `granularity` selects what `record_id`
    identifies: `SPAN` (a span ID, the   default), `TRACE` (a trace's root span ID), or `SESSION` (a
    session ID).   For SESSION, the annotation is written to the root span of the session's   earliest
    trace found within the lookup window. - `start_time` / `end_time` constrain the time range for span
    lookup.   If omitted, `start_time` defaults to 31 days before `end_time` (7 days   for SESSION
    granularity) and `end_time` to now. Both `start_time` and   `end_time` may not be in the future. For
    SPAN/TRACE the window may not   exceed 31 days; for SESSION it may not exceed 7 days. If ANY span
    cannot be located within the given range, the entire request is   rejected with 404 and no
    annotations are written (all-or-nothing   pre-validation). Only after all spans are confirmed does
    the write   phase begin. - Annotation names must match existing annotation configs in the project's
    space. - Up to 1000 records may be annotated per request for SPAN/TRACE granularity;   up to 100
    records per request for SESSION granularity.  **Valid example** ```json {   "project_id":
    "proj_abc123",   "annotations": [     {"record_id": "span_abc", "values": [{"name": "relevance",
    "label": "good", "score": 1.0}]}   ] } ```  **Valid example** (session granularity) ```json {
    "project_id": "proj_abc123",   "granularity": "SESSION",   "annotations": [     {"record_id":
    "session_abc", "values": [{"name": "quality", "label": "good", "score": 1.0}]}   ] } ```  **Invalid
    example** (annotation name not found in space) ```json {   "project_id": "proj_abc123",
    "annotations": [     {"record_id": "span_abc", "values": [{"name": "nonexistent_config"}]}   ] } ```
    **Invalid example** (time window exceeds 31 days) ```json {   "project_id": "proj_abc123",
    "start_time": "2025-01-01T00:00:00Z",   "end_time": "2025-03-01T00:00:00Z",   "annotations": [
    {"record_id": "span_abc", "values": [{"name": "relevance", "label": "good"}]}   ] } ```  **Invalid
    example** (session time window exceeds 7 days) ```json {   "project_id": "proj_abc123",
    "granularity": "SESSION",   "start_time": "2025-01-01T00:00:00Z",   "end_time":
    "2025-01-15T00:00:00Z",   "annotations": [     {"record_id": "session_abc", "values": [{"name":
    "quality", "label": "good"}]}   ] } ```  <Note>This endpoint is in beta, read more
    [here](https://arize.com/docs/ax/rest-reference#api-version-stages).</Note>

    Args:
        body (AnnotateSpansRequest): Batch annotation request for project spans.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Problem
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
