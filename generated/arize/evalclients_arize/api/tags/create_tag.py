from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.create_tag_request import CreateTagRequest
from ...models.problem import Problem
from ...models.tag import Tag
from ...types import Response


def build_request(
    *,
    body: CreateTagRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v2/tags",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


_get_kwargs = build_request


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Problem | Tag | None:
    if response.status_code == 201:
        response_201 = Tag.from_dict(response.json())

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


def parse_body(status: int, body: Any) -> Problem | Tag | None:
    """The typed value of ``body``, already decoded, answered with ``status``."""
    if status == 201:
        response_201 = Tag.from_dict(body)

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
) -> Response[Problem | Tag]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CreateTagRequest,
) -> Response[Problem | Tag]:
    """Create a tag

     Create a tag in a space. Tags are shared within the space and can then be attached to resources
    across the platform.  **Payload Requirements** - `name` is required, must be non-empty after
    trimming, and at most 100 characters. - `name` must be unique within the space, compared **case-
    insensitively** — a   space that already contains `Production` cannot also contain `production`.   A
    collision returns `409`. - `space_id` is required and must be a space the caller can create tags in.
    - `color`, when provided, must be one of the `TagColor` values. - System-managed fields (`id`,
    `created_at`, `updated_at`) are rejected on input. - Unrecognized fields are rejected with `400`
    rather than ignored.  **Valid example** ```json {   "name": "production",   "description":
    "Resources serving production traffic",   "color": "GREEN",   "space_id": "U3BhY2U6MTIzNDU=" } ```
    **Invalid example** (name collides with an existing tag, differing only in case)  Request: ```json {
    "name": "Production",   "space_id": "U3BhY2U6MTIzNDU=" } ```  Response: ```json {   "type":
    "https://arize.com/docs/ax/rest-reference/errors#resource-conflict",   "title": "Conflict",
    "status": 409,   "detail": "A tag with this name already exists in the space",   "request_id":
    "req_01HZY6X8E7" } ```  <Warning>This endpoint is in alpha, read more
    [here](https://arize.com/docs/ax/rest-reference#api-version-stages).</Warning>

    Args:
        body (CreateTagRequest): CreateTagRequest

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | Tag]
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
    body: CreateTagRequest,
) -> Problem | Tag | None:
    """Create a tag

     Create a tag in a space. Tags are shared within the space and can then be attached to resources
    across the platform.  **Payload Requirements** - `name` is required, must be non-empty after
    trimming, and at most 100 characters. - `name` must be unique within the space, compared **case-
    insensitively** — a   space that already contains `Production` cannot also contain `production`.   A
    collision returns `409`. - `space_id` is required and must be a space the caller can create tags in.
    - `color`, when provided, must be one of the `TagColor` values. - System-managed fields (`id`,
    `created_at`, `updated_at`) are rejected on input. - Unrecognized fields are rejected with `400`
    rather than ignored.  **Valid example** ```json {   "name": "production",   "description":
    "Resources serving production traffic",   "color": "GREEN",   "space_id": "U3BhY2U6MTIzNDU=" } ```
    **Invalid example** (name collides with an existing tag, differing only in case)  Request: ```json {
    "name": "Production",   "space_id": "U3BhY2U6MTIzNDU=" } ```  Response: ```json {   "type":
    "https://arize.com/docs/ax/rest-reference/errors#resource-conflict",   "title": "Conflict",
    "status": 409,   "detail": "A tag with this name already exists in the space",   "request_id":
    "req_01HZY6X8E7" } ```  <Warning>This endpoint is in alpha, read more
    [here](https://arize.com/docs/ax/rest-reference#api-version-stages).</Warning>

    Args:
        body (CreateTagRequest): CreateTagRequest

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | Tag
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CreateTagRequest,
) -> Response[Problem | Tag]:
    """Create a tag

     Create a tag in a space. Tags are shared within the space and can then be attached to resources
    across the platform.  **Payload Requirements** - `name` is required, must be non-empty after
    trimming, and at most 100 characters. - `name` must be unique within the space, compared **case-
    insensitively** — a   space that already contains `Production` cannot also contain `production`.   A
    collision returns `409`. - `space_id` is required and must be a space the caller can create tags in.
    - `color`, when provided, must be one of the `TagColor` values. - System-managed fields (`id`,
    `created_at`, `updated_at`) are rejected on input. - Unrecognized fields are rejected with `400`
    rather than ignored.  **Valid example** ```json {   "name": "production",   "description":
    "Resources serving production traffic",   "color": "GREEN",   "space_id": "U3BhY2U6MTIzNDU=" } ```
    **Invalid example** (name collides with an existing tag, differing only in case)  Request: ```json {
    "name": "Production",   "space_id": "U3BhY2U6MTIzNDU=" } ```  Response: ```json {   "type":
    "https://arize.com/docs/ax/rest-reference/errors#resource-conflict",   "title": "Conflict",
    "status": 409,   "detail": "A tag with this name already exists in the space",   "request_id":
    "req_01HZY6X8E7" } ```  <Warning>This endpoint is in alpha, read more
    [here](https://arize.com/docs/ax/rest-reference#api-version-stages).</Warning>

    Args:
        body (CreateTagRequest): CreateTagRequest

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | Tag]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: CreateTagRequest,
) -> Problem | Tag | None:
    """Create a tag

     Create a tag in a space. Tags are shared within the space and can then be attached to resources
    across the platform.  **Payload Requirements** - `name` is required, must be non-empty after
    trimming, and at most 100 characters. - `name` must be unique within the space, compared **case-
    insensitively** — a   space that already contains `Production` cannot also contain `production`.   A
    collision returns `409`. - `space_id` is required and must be a space the caller can create tags in.
    - `color`, when provided, must be one of the `TagColor` values. - System-managed fields (`id`,
    `created_at`, `updated_at`) are rejected on input. - Unrecognized fields are rejected with `400`
    rather than ignored.  **Valid example** ```json {   "name": "production",   "description":
    "Resources serving production traffic",   "color": "GREEN",   "space_id": "U3BhY2U6MTIzNDU=" } ```
    **Invalid example** (name collides with an existing tag, differing only in case)  Request: ```json {
    "name": "Production",   "space_id": "U3BhY2U6MTIzNDU=" } ```  Response: ```json {   "type":
    "https://arize.com/docs/ax/rest-reference/errors#resource-conflict",   "title": "Conflict",
    "status": 409,   "detail": "A tag with this name already exists in the space",   "request_id":
    "req_01HZY6X8E7" } ```  <Warning>This endpoint is in alpha, read more
    [here](https://arize.com/docs/ax/rest-reference#api-version-stages).</Warning>

    Args:
        body (CreateTagRequest): CreateTagRequest

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | Tag
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
