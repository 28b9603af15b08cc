from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.problem import Problem
from ...models.role import Role
from ...models.update_role_request import UpdateRoleRequest
from ...types import Response, path_segment


def build_request(
    role_id: str,
    *,
    body: UpdateRoleRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/v2/roles/{role_id}".format(
            role_id=path_segment(role_id),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


_get_kwargs = build_request


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Problem | Role | None:
    if response.status_code == 200:
        response_200 = Role.from_dict(response.json())

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


def parse_body(status: int, body: Any) -> Problem | Role | None:
    """The typed value of ``body``, already decoded, answered with ``status``."""
    if status == 200:
        response_200 = Role.from_dict(body)

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
) -> Response[Problem | Role]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    role_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: UpdateRoleRequest,
) -> Response[Problem | Role]:
    """Update a role

     Update a custom role by its ID. At least one field must be provided. Predefined roles cannot be
    updated.  **Payload Requirements** - At least one of `name`, `description`, or `permissions` must be
    provided. - When `permissions` is provided, the existing permissions are fully replaced with the new
    set. - `name`, if provided, must be unique within the account. - System-managed fields (`id`,
    `created_at`, `updated_at`, `is_predefined`) cannot be modified.  **Valid example** ```json {
    "name": "Senior Data Scientist",   "permissions": ["PROJECT_READ", "DATASET_READ", "DATASET_CREATE",
    "DATASET_DELETE"] } ```  **Invalid example** (no fields provided) ```json {} ```

    Args:
        role_id (str):
        body (UpdateRoleRequest): UpdateRoleRequest

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | Role]
    """

    kwargs = _get_kwargs(
        role_id=role_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    role_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: UpdateRoleRequest,
) -> Problem | Role | None:
    """Update a role

     Update a custom role by its ID. At least one field must be provided. Predefined roles cannot be
    updated.  **Payload Requirements** - At least one of `name`, `description`, or `permissions` must be
    provided. - When `permissions` is provided, the existing permissions are fully replaced with the new
    set. - `name`, if provided, must be unique within the account. - System-managed fields (`id`,
    `created_at`, `updated_at`, `is_predefined`) cannot be modified.  **Valid example** ```json {
    "name": "Senior Data Scientist",   "permissions": ["PROJECT_READ", "DATASET_READ", "DATASET_CREATE",
    "DATASET_DELETE"] } ```  **Invalid example** (no fields provided) ```json {} ```

    Args:
        role_id (str):
        body (UpdateRoleRequest): UpdateRoleRequest

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | Role
    """

    return sync_detailed(
        role_id=role_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    role_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: UpdateRoleRequest,
) -> Response[Problem | Role]:
    """Update a role

     Update a custom role by its ID. At least one field must be provided. Predefined roles cannot be
    updated.  **Payload Requirements** - At least one of `name`, `description`, or `permissions` must be
    provided. - When `permissions` is provided, the existing permissions are fully replaced with the new
    set. - `name`, if provided, must be unique within the account. - System-managed fields (`id`,
    `created_at`, `updated_at`, `is_predefined`) cannot be modified.  **Valid example** ```json {
    "name": "Senior Data Scientist",   "permissions": ["PROJECT_READ", "DATASET_READ", "DATASET_CREATE",
    "DATASET_DELETE"] } ```  **Invalid example** (no fields provided) ```json {} ```

    Args:
        role_id (str):
        body (UpdateRoleRequest): UpdateRoleRequest

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | Role]
    """

    kwargs = _get_kwargs(
        role_id=role_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    role_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: UpdateRoleRequest,
) -> Problem | Role | None:
    """Update a role

     Update a custom role by its ID. At least one field must be provided. Predefined roles cannot be
    updated.  **Payload Requirements** - At least one of `name`, `description`, or `permissions` must be
    provided. - When `permissions` is provided, the existing permissions are fully replaced with the new
    set. - `name`, if provided, must be unique within the account. - System-managed fields (`id`,
    `created_at`, `updated_at`, `is_predefined`) cannot be modified.  **Valid example** ```json {
    "name": "Senior Data Scientist",   "permissions": ["PROJECT_READ", "DATASET_READ", "DATASET_CREATE",
    "DATASET_DELETE"] } ```  **Invalid example** (no fields provided) ```json {} ```

    Args:
        role_id (str):
        body (UpdateRoleRequest): UpdateRoleRequest

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | Role
    """

    return (
        await asyncio_detailed(
            role_id=role_id,
            client=client,
            body=body,
        )
    ).parsed
