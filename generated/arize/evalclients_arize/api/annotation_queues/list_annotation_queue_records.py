from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.list_annotation_queue_records_response import ListAnnotationQueueRecordsResponse
from ...models.problem import Problem
from ...types import UNSET, Response, Unset, path_segment


def build_request(
    annotation_queue_id: str,
    *,
    cursor: str | Unset = UNSET,
    limit: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["cursor"] = cursor

    params["limit"] = limit

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v2/annotation-queues/{annotation_queue_id}/records".format(
            annotation_queue_id=path_segment(annotation_queue_id),
        ),
        "params": params,
    }

    return _kwargs


_get_kwargs = build_request


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ListAnnotationQueueRecordsResponse | Problem | None:
    if response.status_code == 200:
        response_200 = ListAnnotationQueueRecordsResponse.from_dict(response.json())

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

    if response.status_code == 429:
        response_429 = Problem.from_dict(response.json())

        return response_429

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def parse_body(status: int, body: Any) -> ListAnnotationQueueRecordsResponse | Problem | None:
    """The typed value of ``body``, already decoded, answered with ``status``."""
    if status == 200:
        response_200 = ListAnnotationQueueRecordsResponse.from_dict(body)

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
    429: "json",
}
"""What parse_body() takes for each status: json (json.loads() output), text, bytes or none."""


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ListAnnotationQueueRecordsResponse | Problem]:
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
    cursor: str | Unset = UNSET,
    limit: int | Unset = UNSET,
) -> Response[ListAnnotationQueueRecordsResponse | Problem]:
    """List annotation queue records

     List the records in an annotation queue with their data and annotations.  Each record includes: -
    The record's data as flat key-value pairs - Any annotations that have been added to the record - The
    users assigned to annotate the record and their completion status - The record's granularity,
    applicable when the source type is spans  **Pagination**: - Response includes `pagination` with
    `has_more` and `next_cursor`. - Use cursor-based pagination by passing the returned `next_cursor`
    value as the `cursor` query parameter in subsequent requests.

    Args:
        annotation_queue_id (str):
        cursor (str | Unset):
        limit (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ListAnnotationQueueRecordsResponse | Problem]
    """

    kwargs = _get_kwargs(
        annotation_queue_id=annotation_queue_id,
        cursor=cursor,
        limit=limit,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    annotation_queue_id: str,
    *,
    client: AuthenticatedClient | Client,
    cursor: str | Unset = UNSET,
    limit: int | Unset = UNSET,
) -> ListAnnotationQueueRecordsResponse | Problem | None:
    """List annotation queue records

     List the records in an annotation queue with their data and annotations.  Each record includes: -
    The record's data as flat key-value pairs - Any annotations that have been added to the record - The
    users assigned to annotate the record and their completion status - The record's granularity,
    applicable when the source type is spans  **Pagination**: - Response includes `pagination` with
    `has_more` and `next_cursor`. - Use cursor-based pagination by passing the returned `next_cursor`
    value as the `cursor` query parameter in subsequent requests.

    Args:
        annotation_queue_id (str):
        cursor (str | Unset):
        limit (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ListAnnotationQueueRecordsResponse | Problem
    """

    return sync_detailed(
        annotation_queue_id=annotation_queue_id,
        client=client,
        cursor=cursor,
        limit=limit,
    ).parsed


async def asyncio_detailed(
    annotation_queue_id: str,
    *,
    client: AuthenticatedClient | Client,
    cursor: str | Unset = UNSET,
    limit: int | Unset = UNSET,
) -> Response[ListAnnotationQueueRecordsResponse | Problem]:
    """List annotation queue records

     List the records in an annotation queue with their data and annotations.  Each record includes: -
    The record's data as flat key-value pairs - Any annotations that have been added to the record - The
    users assigned to annotate the record and their completion status - The record's granularity,
    applicable when the source type is spans  **Pagination**: - Response includes `pagination` with
    `has_more` and `next_cursor`. - Use cursor-based pagination by passing the returned `next_cursor`
    value as the `cursor` query parameter in subsequent requests.

    Args:
        annotation_queue_id (str):
        cursor (str | Unset):
        limit (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ListAnnotationQueueRecordsResponse | Problem]
    """

    kwargs = _get_kwargs(
        annotation_queue_id=annotation_queue_id,
        cursor=cursor,
        limit=limit,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    annotation_queue_id: str,
    *,
    client: AuthenticatedClient | Client,
    cursor: str | Unset = UNSET,
    limit: int | Unset = UNSET,
) -> ListAnnotationQueueRecordsResponse | Problem | None:
    """List annotation queue records

     List the records in an annotation queue with their data and annotations.  Each record includes: -
    The record's data as flat key-value pairs - Any annotations that have been added to the record - The
    users assigned to annotate the record and their completion status - The record's granularity,
    applicable when the source type is spans  **Pagination**: - Response includes `pagination` with
    `has_more` and `next_cursor`. - Use cursor-based pagination by passing the returned `next_cursor`
    value as the `cursor` query parameter in subsequent requests.

    Args:
        annotation_queue_id (str):
        cursor (str | Unset):
        limit (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ListAnnotationQueueRecordsResponse | Problem
    """

    return (
        await asyncio_detailed(
            annotation_queue_id=annotation_queue_id,
            client=client,
            cursor=cursor,
            limit=limit,
        )
    ).parsed
