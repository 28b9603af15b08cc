from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.problem import Problem
from ...models.tag import Tag
from ...models.update_tag_request import UpdateTagRequest
from ...types import Response, path_segment


def build_request(
    tag_id: str,
    *,
    body: UpdateTagRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/v2/tags/{tag_id}".format(
            tag_id=path_segment(tag_id),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


_get_kwargs = build_request


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Problem | Tag | None:
    if response.status_code == 200:
        response_200 = Tag.from_dict(response.json())

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


def parse_body(status: int, body: Any) -> Problem | Tag | None:
    """The typed value of ``body``, already decoded, answered with ``status``."""
    if status == 200:
        response_200 = Tag.from_dict(body)

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
) -> Response[Problem | Tag]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    tag_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: UpdateTagRequest,
) -> Response[Problem | Tag]:
    """Update a tag

     Update a tag's name, description, or color.  Tags are shared, so an update is visible on every
    resource the tag is attached to.  **Payload Requirements** - At least one of `name`, `description`,
    or `color` must be provided.   Omitted fields are left unchanged. - `name`, when provided, must be
    non-empty after trimming, at most 100   characters, and unique within the space compared **case-
    insensitively**.   A collision returns `409`. - `description` and `color` accept `null` to clear the
    current value. - System-managed fields (`id`, `created_at`, `updated_at`) cannot be modified.
    `updated_at` is advanced automatically.  **Valid example** ```json {   "name": "production-
    critical",   "color": "RED" } ```  **Invalid example** (empty body — nothing to update)  Request:
    ```json {} ```  Response: ```json {   "type": "https://arize.com/docs/ax/rest-
    reference/errors#invalid-request",   "title": "Bad Request",   "status": 400,   "detail": "At least
    one field (name, description, color) must be provided",   "request_id": "req_01HZY6X8E7" } ```
    Unrecognized fields are rejected with `400` rather than ignored, so a misspelled field name fails
    loudly instead of silently doing nothing.  <Warning>This endpoint is in alpha, read more
    [here](https://arize.com/docs/ax/rest-reference#api-version-stages).</Warning>

    Args:
        tag_id (str):
        body (UpdateTagRequest): Fields to update on a tag. Omitted fields are left unchanged, so
            at least one field must be provided.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | Tag]
    """

    kwargs = _get_kwargs(
        tag_id=tag_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    tag_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: UpdateTagRequest,
) -> Problem | Tag | None:
    """Update a tag

     Update a tag's name, description, or color.  Tags are shared, so an update is visible on every
    resource the tag is attached to.  **Payload Requirements** - At least one of `name`, `description`,
    or `color` must be provided.   Omitted fields are left unchanged. - `name`, when provided, must be
    non-empty after trimming, at most 100   characters, and unique within the space compared **case-
    insensitively**.   A collision returns `409`. - `description` and `color` accept `null` to clear the
    current value. - System-managed fields (`id`, `created_at`, `updated_at`) cannot be modified.
    `updated_at` is advanced automatically.  **Valid example** ```json {   "name": "production-
    critical",   "color": "RED" } ```  **Invalid example** (empty body — nothing to update)  Request:
    ```json {} ```  Response: ```json {   "type": "https://arize.com/docs/ax/rest-
    reference/errors#invalid-request",   "title": "Bad Request",   "status": 400,   "detail": "At least
    one field (name, description, color) must be provided",   "request_id": "req_01HZY6X8E7" } ```
    Unrecognized fields are rejected with `400` rather than ignored, so a misspelled field name fails
    loudly instead of silently doing nothing.  <Warning>This endpoint is in alpha, read more
    [here](https://arize.com/docs/ax/rest-reference#api-version-stages).</Warning>

    Args:
        tag_id (str):
        body (UpdateTagRequest): Fields to update on a tag. Omitted fields are left unchanged, so
            at least one field must be provided.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | Tag
    """

    return sync_detailed(
        tag_id=tag_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    tag_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: UpdateTagRequest,
) -> Response[Problem | Tag]:
    """Update a tag

     Update a tag's name, description, or color.  Tags are shared, so an update is visible on every
    resource the tag is attached to.  **Payload Requirements** - At least one of `name`, `description`,
    or `color` must be provided.   Omitted fields are left unchanged. - `name`, when provided, must be
    non-empty after trimming, at most 100   characters, and unique within the space compared **case-
    insensitively**.   A collision returns `409`. - `description` and `color` accept `null` to clear the
    current value. - System-managed fields (`id`, `created_at`, `updated_at`) cannot be modified.
    `updated_at` is advanced automatically.  **Valid example** ```json {   "name": "production-
    critical",   "color": "RED" } ```  **Invalid example** (empty body — nothing to update)  Request:
    ```json {} ```  Response: ```json {   "type": "https://arize.com/docs/ax/rest-
    reference/errors#invalid-request",   "title": "Bad Request",   "status": 400,   "detail": "At least
    one field (name, description, color) must be provided",   "request_id": "req_01HZY6X8E7" } ```
    Unrecognized fields are rejected with `400` rather than ignored, so a misspelled field name fails
    loudly instead of silently doing nothing.  <Warning>This endpoint is in alpha, read more
    [here](https://arize.com/docs/ax/rest-reference#api-version-stages).</Warning>

    Args:
        tag_id (str):
        body (UpdateTagRequest): Fields to update on a tag. Omitted fields are left unchanged, so
            at least one field must be provided.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | Tag]
    """

    kwargs = _get_kwargs(
        tag_id=tag_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    tag_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: UpdateTagRequest,
) -> Problem | Tag | None:
    """Update a tag

     Update a tag's name, description, or color.  Tags are shared, so an update is visible on every
    resource the tag is attached to.  **Payload Requirements** - At least one of `name`, `description`,
    or `color` must be provided.   Omitted fields are left unchanged. - `name`, when provided, must be
    non-empty after trimming, at most 100   characters, and unique within the space compared **case-
    insensitively**.   A collision returns `409`. - `description` and `color` accept `null` to clear the
    current value. - System-managed fields (`id`, `created_at`, `updated_at`) cannot be modified.
    `updated_at` is advanced automatically.  **Valid example** ```json {   "name": "production-
    critical",   "color": "RED" } ```  **Invalid example** (empty body — nothing to update)  Request:
    ```json {} ```  Response: ```json {   "type": "https://arize.com/docs/ax/rest-
    reference/errors#invalid-request",   "title": "Bad Request",   "status": 400,   "detail": "At least
    one field (name, description, color) must be provided",   "request_id": "req_01HZY6X8E7" } ```
    Unrecognized fields are rejected with `400` rather than ignored, so a misspelled field name fails
    loudly instead of silently doing nothing.  <Warning>This endpoint is in alpha, read more
    [here](https://arize.com/docs/ax/rest-reference#api-version-stages).</Warning>

    Args:
        tag_id (str):
        body (UpdateTagRequest): Fields to update on a tag. Omitted fields are left unchanged, so
            at least one field must be provided.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | Tag
    """

    return (
        await asyncio_detailed(
            tag_id=tag_id,
            client=client,
            body=body,
        )
    ).parsed
