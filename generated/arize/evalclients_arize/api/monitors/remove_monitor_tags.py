from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.problem import Problem
from ...models.remove_tags_request import RemoveTagsRequest
from ...models.remove_tags_response import RemoveTagsResponse
from ...types import Response, path_segment


def build_request(
    monitor_id: str,
    *,
    body: RemoveTagsRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/v2/monitors/{monitor_id}/tags".format(
            monitor_id=path_segment(monitor_id),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


_get_kwargs = build_request


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Problem | RemoveTagsResponse | None:
    if response.status_code == 200:
        response_200 = RemoveTagsResponse.from_dict(response.json())

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


def parse_body(status: int, body: Any) -> Problem | RemoveTagsResponse | None:
    """The typed value of ``body``, already decoded, answered with ``status``."""
    if status == 200:
        response_200 = RemoveTagsResponse.from_dict(body)

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
    422: "json",
    429: "json",
}
"""What parse_body() takes for each status: json (json.loads() output), text, bytes or none."""


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Problem | RemoveTagsResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    monitor_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: RemoveTagsRequest,
) -> Response[Problem | RemoveTagsResponse]:
    """Detach tags from a monitor

     Detach one or more tags from a monitor.  **Payload Requirements** - `tag_ids` is required and must
    contain between 1 and 100 tag IDs. - A tag ID that is not currently attached is reported in
    `not_deleted`   rather than causing the whole request to fail. - Unrecognized fields are rejected
    with `400`.  Returns a `200` with `completed`, `deleted`, and `not_deleted` for the requested tag
    IDs.  **Valid example** ```json {   "tag_ids": ["VGFnOjEyMzQ1", "VGFnOjEyMzQ2"] } ```  **Invalid
    example** (empty list) ```json {   "tag_ids": [] } ``` ```json {   "type":
    "https://arize.com/docs/ax/rest-reference/errors#validation-error",   "title": "Unprocessable
    Entity",   "status": 422,   "detail": "tag_ids must contain at least 1 tag ID",   "request_id":
    "req_01HZY6X8E7" } ```  <Warning>This endpoint is in alpha, read more
    [here](https://arize.com/docs/ax/rest-reference#api-version-stages).</Warning>

    Args:
        monitor_id (str):
        body (RemoveTagsRequest): RemoveTagsRequest

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | RemoveTagsResponse]
    """

    kwargs = _get_kwargs(
        monitor_id=monitor_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    monitor_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: RemoveTagsRequest,
) -> Problem | RemoveTagsResponse | None:
    """Detach tags from a monitor

     Detach one or more tags from a monitor.  **Payload Requirements** - `tag_ids` is required and must
    contain between 1 and 100 tag IDs. - A tag ID that is not currently attached is reported in
    `not_deleted`   rather than causing the whole request to fail. - Unrecognized fields are rejected
    with `400`.  Returns a `200` with `completed`, `deleted`, and `not_deleted` for the requested tag
    IDs.  **Valid example** ```json {   "tag_ids": ["VGFnOjEyMzQ1", "VGFnOjEyMzQ2"] } ```  **Invalid
    example** (empty list) ```json {   "tag_ids": [] } ``` ```json {   "type":
    "https://arize.com/docs/ax/rest-reference/errors#validation-error",   "title": "Unprocessable
    Entity",   "status": 422,   "detail": "tag_ids must contain at least 1 tag ID",   "request_id":
    "req_01HZY6X8E7" } ```  <Warning>This endpoint is in alpha, read more
    [here](https://arize.com/docs/ax/rest-reference#api-version-stages).</Warning>

    Args:
        monitor_id (str):
        body (RemoveTagsRequest): RemoveTagsRequest

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | RemoveTagsResponse
    """

    return sync_detailed(
        monitor_id=monitor_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    monitor_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: RemoveTagsRequest,
) -> Response[Problem | RemoveTagsResponse]:
    """Detach tags from a monitor

     Detach one or more tags from a monitor.  **Payload Requirements** - `tag_ids` is required and must
    contain between 1 and 100 tag IDs. - A tag ID that is not currently attached is reported in
    `not_deleted`   rather than causing the whole request to fail. - Unrecognized fields are rejected
    with `400`.  Returns a `200` with `completed`, `deleted`, and `not_deleted` for the requested tag
    IDs.  **Valid example** ```json {   "tag_ids": ["VGFnOjEyMzQ1", "VGFnOjEyMzQ2"] } ```  **Invalid
    example** (empty list) ```json {   "tag_ids": [] } ``` ```json {   "type":
    "https://arize.com/docs/ax/rest-reference/errors#validation-error",   "title": "Unprocessable
    Entity",   "status": 422,   "detail": "tag_ids must contain at least 1 tag ID",   "request_id":
    "req_01HZY6X8E7" } ```  <Warning>This endpoint is in alpha, read more
    [here](https://arize.com/docs/ax/rest-reference#api-version-stages).</Warning>

    Args:
        monitor_id (str):
        body (RemoveTagsRequest): RemoveTagsRequest

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | RemoveTagsResponse]
    """

    kwargs = _get_kwargs(
        monitor_id=monitor_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    monitor_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: RemoveTagsRequest,
) -> Problem | RemoveTagsResponse | None:
    """Detach tags from a monitor

     Detach one or more tags from a monitor.  **Payload Requirements** - `tag_ids` is required and must
    contain between 1 and 100 tag IDs. - A tag ID that is not currently attached is reported in
    `not_deleted`   rather than causing the whole request to fail. - Unrecognized fields are rejected
    with `400`.  Returns a `200` with `completed`, `deleted`, and `not_deleted` for the requested tag
    IDs.  **Valid example** ```json {   "tag_ids": ["VGFnOjEyMzQ1", "VGFnOjEyMzQ2"] } ```  **Invalid
    example** (empty list) ```json {   "tag_ids": [] } ``` ```json {   "type":
    "https://arize.com/docs/ax/rest-reference/errors#validation-error",   "title": "Unprocessable
    Entity",   "status": 422,   "detail": "tag_ids must contain at least 1 tag ID",   "request_id":
    "req_01HZY6X8E7" } ```  <Warning>This endpoint is in alpha, read more
    [here](https://arize.com/docs/ax/rest-reference#api-version-stages).</Warning>

    Args:
        monitor_id (str):
        body (RemoveTagsRequest): RemoveTagsRequest

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | RemoveTagsResponse
    """

    return (
        await asyncio_detailed(
            monitor_id=monitor_id,
            client=client,
            body=body,
        )
    ).parsed
