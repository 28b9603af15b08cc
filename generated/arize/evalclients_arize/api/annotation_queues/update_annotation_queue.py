from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.annotation_queue import AnnotationQueue
from ...models.problem import Problem
from ...models.update_annotation_queue_request import UpdateAnnotationQueueRequest
from ...types import Response, path_segment


def build_request(
    annotation_queue_id: str,
    *,
    body: UpdateAnnotationQueueRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/v2/annotation-queues/{annotation_queue_id}".format(
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
) -> AnnotationQueue | Problem | None:
    if response.status_code == 200:
        response_200 = AnnotationQueue.from_dict(response.json())

        return response_200

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
    if status == 200:
        response_200 = AnnotationQueue.from_dict(body)

        return response_200

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
    200: "json",
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
    annotation_queue_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: UpdateAnnotationQueueRequest,
) -> Response[AnnotationQueue | Problem]:
    """Update an annotation queue

     Update an annotation queue by its ID. At least one field must be provided.  **Payload Requirements**
    - At least one of `name`, `instructions`, `annotation_config_ids`, or `annotator_emails` must be
    provided - `name` must be unique within the space (409 Conflict if duplicate) -
    `annotation_config_ids` replaces all existing config associations; all configs must belong to the
    same space as the queue - `annotator_emails` replaces all existing user assignments; all users must
    have active accounts  **Valid example** ```json {   "name": "Updated Review Queue",
    "annotation_config_ids": ["QW5ub3RhdGlvbkNvbmZpZzoxOmFCY0Q=", "QW5ub3RhdGlvbkNvbmZpZzoyOmFCY0Q="],
    "annotator_emails": ["reviewer@example.com"] } ```  **Invalid example** (empty body — no fields
    provided) ```json {} ```

    Args:
        annotation_queue_id (str):
        body (UpdateAnnotationQueueRequest): UpdateAnnotationQueueRequest

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AnnotationQueue | Problem]
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
    body: UpdateAnnotationQueueRequest,
) -> AnnotationQueue | Problem | None:
    """Update an annotation queue

     Update an annotation queue by its ID. At least one field must be provided.  **Payload Requirements**
    - At least one of `name`, `instructions`, `annotation_config_ids`, or `annotator_emails` must be
    provided - `name` must be unique within the space (409 Conflict if duplicate) -
    `annotation_config_ids` replaces all existing config associations; all configs must belong to the
    same space as the queue - `annotator_emails` replaces all existing user assignments; all users must
    have active accounts  **Valid example** ```json {   "name": "Updated Review Queue",
    "annotation_config_ids": ["QW5ub3RhdGlvbkNvbmZpZzoxOmFCY0Q=", "QW5ub3RhdGlvbkNvbmZpZzoyOmFCY0Q="],
    "annotator_emails": ["reviewer@example.com"] } ```  **Invalid example** (empty body — no fields
    provided) ```json {} ```

    Args:
        annotation_queue_id (str):
        body (UpdateAnnotationQueueRequest): UpdateAnnotationQueueRequest

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AnnotationQueue | Problem
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
    body: UpdateAnnotationQueueRequest,
) -> Response[AnnotationQueue | Problem]:
    """Update an annotation queue

     Update an annotation queue by its ID. At least one field must be provided.  **Payload Requirements**
    - At least one of `name`, `instructions`, `annotation_config_ids`, or `annotator_emails` must be
    provided - `name` must be unique within the space (409 Conflict if duplicate) -
    `annotation_config_ids` replaces all existing config associations; all configs must belong to the
    same space as the queue - `annotator_emails` replaces all existing user assignments; all users must
    have active accounts  **Valid example** ```json {   "name": "Updated Review Queue",
    "annotation_config_ids": ["QW5ub3RhdGlvbkNvbmZpZzoxOmFCY0Q=", "QW5ub3RhdGlvbkNvbmZpZzoyOmFCY0Q="],
    "annotator_emails": ["reviewer@example.com"] } ```  **Invalid example** (empty body — no fields
    provided) ```json {} ```

    Args:
        annotation_queue_id (str):
        body (UpdateAnnotationQueueRequest): UpdateAnnotationQueueRequest

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AnnotationQueue | Problem]
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
    body: UpdateAnnotationQueueRequest,
) -> AnnotationQueue | Problem | None:
    """Update an annotation queue

     Update an annotation queue by its ID. At least one field must be provided.  **Payload Requirements**
    - At least one of `name`, `instructions`, `annotation_config_ids`, or `annotator_emails` must be
    provided - `name` must be unique within the space (409 Conflict if duplicate) -
    `annotation_config_ids` replaces all existing config associations; all configs must belong to the
    same space as the queue - `annotator_emails` replaces all existing user assignments; all users must
    have active accounts  **Valid example** ```json {   "name": "Updated Review Queue",
    "annotation_config_ids": ["QW5ub3RhdGlvbkNvbmZpZzoxOmFCY0Q=", "QW5ub3RhdGlvbkNvbmZpZzoyOmFCY0Q="],
    "annotator_emails": ["reviewer@example.com"] } ```  **Invalid example** (empty body — no fields
    provided) ```json {} ```

    Args:
        annotation_queue_id (str):
        body (UpdateAnnotationQueueRequest): UpdateAnnotationQueueRequest

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AnnotationQueue | Problem
    """

    return (
        await asyncio_detailed(
            annotation_queue_id=annotation_queue_id,
            client=client,
            body=body,
        )
    ).parsed
