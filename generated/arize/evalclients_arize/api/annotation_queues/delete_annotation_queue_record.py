from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.delete_annotation_queue_records_request import DeleteAnnotationQueueRecordsRequest
from ...models.problem import Problem
from ...types import Response, path_segment


def build_request(
    annotation_queue_id: str,
    *,
    body: DeleteAnnotationQueueRecordsRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "delete",
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
) -> Any | Problem | None:
    if response.status_code == 204:
        response_204 = cast(Any, None)
        return response_204

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
    if status == 204:
        response_204 = cast(Any, None)
        return response_204

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
    204: "none",
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
    annotation_queue_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: DeleteAnnotationQueueRecordsRequest,
) -> Response[Any | Problem]:
    """Delete annotation queue records

     Delete one or more records from an annotation queue by their IDs.  If one or more record IDs are not
    found or do not belong to the specified queue, they are silently ignored. A 204 response does not
    guarantee that all provided IDs were deleted.  Returns 404 if the annotation queue specified by
    `annotation_queue_id` is not found. Individual missing record IDs do not trigger a 404.

    Args:
        annotation_queue_id (str):
        body (DeleteAnnotationQueueRecordsRequest): DeleteAnnotationQueueRecordsRequest

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Problem]
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
    body: DeleteAnnotationQueueRecordsRequest,
) -> Any | Problem | None:
    """Delete annotation queue records

     Delete one or more records from an annotation queue by their IDs.  If one or more record IDs are not
    found or do not belong to the specified queue, they are silently ignored. A 204 response does not
    guarantee that all provided IDs were deleted.  Returns 404 if the annotation queue specified by
    `annotation_queue_id` is not found. Individual missing record IDs do not trigger a 404.

    Args:
        annotation_queue_id (str):
        body (DeleteAnnotationQueueRecordsRequest): DeleteAnnotationQueueRecordsRequest

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Problem
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
    body: DeleteAnnotationQueueRecordsRequest,
) -> Response[Any | Problem]:
    """Delete annotation queue records

     Delete one or more records from an annotation queue by their IDs.  If one or more record IDs are not
    found or do not belong to the specified queue, they are silently ignored. A 204 response does not
    guarantee that all provided IDs were deleted.  Returns 404 if the annotation queue specified by
    `annotation_queue_id` is not found. Individual missing record IDs do not trigger a 404.

    Args:
        annotation_queue_id (str):
        body (DeleteAnnotationQueueRecordsRequest): DeleteAnnotationQueueRecordsRequest

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Problem]
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
    body: DeleteAnnotationQueueRecordsRequest,
) -> Any | Problem | None:
    """Delete annotation queue records

     Delete one or more records from an annotation queue by their IDs.  If one or more record IDs are not
    found or do not belong to the specified queue, they are silently ignored. A 204 response does not
    guarantee that all provided IDs were deleted.  Returns 404 if the annotation queue specified by
    `annotation_queue_id` is not found. Individual missing record IDs do not trigger a 404.

    Args:
        annotation_queue_id (str):
        body (DeleteAnnotationQueueRecordsRequest): DeleteAnnotationQueueRecordsRequest

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Problem
    """

    return (
        await asyncio_detailed(
            annotation_queue_id=annotation_queue_id,
            client=client,
            body=body,
        )
    ).parsed
