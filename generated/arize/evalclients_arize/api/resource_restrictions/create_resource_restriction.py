from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.create_resource_restriction_request import CreateResourceRestrictionRequest
from ...models.problem import Problem
from ...models.resource_restriction import ResourceRestriction
from ...types import Response


def build_request(
    *,
    body: CreateResourceRestrictionRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v2/resource-restrictions",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


_get_kwargs = build_request


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Problem | ResourceRestriction | None:
    if response.status_code == 200:
        response_200 = ResourceRestriction.from_dict(response.json())

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


def parse_body(status: int, body: Any) -> Problem | ResourceRestriction | None:
    """The typed value of ``body``, already decoded, answered with ``status``."""
    if status == 200:
        response_200 = ResourceRestriction.from_dict(body)

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
) -> Response[Problem | ResourceRestriction]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CreateResourceRestrictionRequest,
) -> Response[Problem | ResourceRestriction]:
    """Restrict a resource

     Mark a resource as restricted. Only space admins or users with the the correct permissions can
    perform this action. Idempotent.  **Payload Requirements** - `resource_id`: The global ID for the
    resource.  **Valid examples** ```json { "resource_id": "TW9kZWw6MTIxOmFCY0Q=" } ``` ```json {
    "resource_id": "RGFzaGJvYXJkOjQ1NjphQmNE" } ```  **Invalid example** ```json { "resource_id": "Not a
    valid global ID" } ``` Returns 400 — only resources with the correct type are accepted  <Note>This
    endpoint is in beta, read more [here](https://arize.com/docs/ax/rest-reference#api-version-
    stages).</Note>

    Args:
        body (CreateResourceRestrictionRequest): CreateResourceRestrictionRequest

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | ResourceRestriction]
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
    body: CreateResourceRestrictionRequest,
) -> Problem | ResourceRestriction | None:
    """Restrict a resource

     Mark a resource as restricted. Only space admins or users with the the correct permissions can
    perform this action. Idempotent.  **Payload Requirements** - `resource_id`: The global ID for the
    resource.  **Valid examples** ```json { "resource_id": "TW9kZWw6MTIxOmFCY0Q=" } ``` ```json {
    "resource_id": "RGFzaGJvYXJkOjQ1NjphQmNE" } ```  **Invalid example** ```json { "resource_id": "Not a
    valid global ID" } ``` Returns 400 — only resources with the correct type are accepted  <Note>This
    endpoint is in beta, read more [here](https://arize.com/docs/ax/rest-reference#api-version-
    stages).</Note>

    Args:
        body (CreateResourceRestrictionRequest): CreateResourceRestrictionRequest

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | ResourceRestriction
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CreateResourceRestrictionRequest,
) -> Response[Problem | ResourceRestriction]:
    """Restrict a resource

     Mark a resource as restricted. Only space admins or users with the the correct permissions can
    perform this action. Idempotent.  **Payload Requirements** - `resource_id`: The global ID for the
    resource.  **Valid examples** ```json { "resource_id": "TW9kZWw6MTIxOmFCY0Q=" } ``` ```json {
    "resource_id": "RGFzaGJvYXJkOjQ1NjphQmNE" } ```  **Invalid example** ```json { "resource_id": "Not a
    valid global ID" } ``` Returns 400 — only resources with the correct type are accepted  <Note>This
    endpoint is in beta, read more [here](https://arize.com/docs/ax/rest-reference#api-version-
    stages).</Note>

    Args:
        body (CreateResourceRestrictionRequest): CreateResourceRestrictionRequest

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | ResourceRestriction]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: CreateResourceRestrictionRequest,
) -> Problem | ResourceRestriction | None:
    """Restrict a resource

     Mark a resource as restricted. Only space admins or users with the the correct permissions can
    perform this action. Idempotent.  **Payload Requirements** - `resource_id`: The global ID for the
    resource.  **Valid examples** ```json { "resource_id": "TW9kZWw6MTIxOmFCY0Q=" } ``` ```json {
    "resource_id": "RGFzaGJvYXJkOjQ1NjphQmNE" } ```  **Invalid example** ```json { "resource_id": "Not a
    valid global ID" } ``` Returns 400 — only resources with the correct type are accepted  <Note>This
    endpoint is in beta, read more [here](https://arize.com/docs/ax/rest-reference#api-version-
    stages).</Note>

    Args:
        body (CreateResourceRestrictionRequest): CreateResourceRestrictionRequest

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | ResourceRestriction
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
