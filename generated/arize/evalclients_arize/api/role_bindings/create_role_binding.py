from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.create_role_binding_request import CreateRoleBindingRequest
from ...models.problem import Problem
from ...models.role_binding import RoleBinding
from ...types import Response


def build_request(
    *,
    body: CreateRoleBindingRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v2/role-bindings",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


_get_kwargs = build_request


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Problem | RoleBinding | None:
    if response.status_code == 201:
        response_201 = RoleBinding.from_dict(response.json())

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


def parse_body(status: int, body: Any) -> Problem | RoleBinding | None:
    """The typed value of ``body``, already decoded, answered with ``status``."""
    if status == 201:
        response_201 = RoleBinding.from_dict(body)

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
) -> Response[Problem | RoleBinding]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CreateRoleBindingRequest,
) -> Response[Problem | RoleBinding]:
    """Create a role binding

     Create a new role binding that assigns a role to a user on a resource.  **Payload Requirements** -
    `role_id`, `user_id`, `resource_type`, and `resource_id` are required. - `resource_type` must be
    `SPACE` or `PROJECT`. - `resource_id` must be a unique identifier for the selected `resource_type`.
    - `user_id` is the ID of the user to bind the role to. For a **service   key**, this is the ID of
    the key's bot user — not the ID of the person   who created the key. Read it from `bot_user.id` on
    the   `POST /v2/api-keys` response, or from `bot_user.id` on the matching   service key entry
    returned by `GET /v2/api-keys`. - Only one binding per user and resource is allowed. If the target
    user   already has any binding on the resource, the request returns   `409 Conflict`. - System-
    managed fields (`id`, `created_at`, `updated_at`) are returned   by the server and are rejected on
    input.  **Valid example** ```json {   "role_id": "Um9sZToxOlY0S2E=",   "user_id":
    "VXNlcjoxOmxQZzI=",   "resource_type": "PROJECT",   "resource_id": "TW9kZWw6MTpGdmxM" } ```  **Valid
    example — binding a service key's bot user** ```json {   "role_id": "Um9sZToxOlY0S2E=",   "user_id":
    "VXNlcjo0MzpiT3RV",   "resource_type": "PROJECT",   "resource_id": "TW9kZWw6MTpGdmxM" } ```
    `user_id` here is the bot user's ID from the service key's creation response, not the caller's own
    ID.  **Invalid example** ```json {   "role_id": "Um9sZToxOlY0S2E=",   "user_id": "VXNlcjoxOmxQZzI=",
    "resource_type": "PROJECT",   "resource_id": "U3BhY2U6MTp1Rk4x" } ``` This fails because
    `resource_id` must encode a `PROJECT` ID when `resource_type` is `PROJECT`.  **Authorization**
    Requires `ROLE_BINDING_CREATE` permission on the resource. This grants administrator-level authority
    on the resource, including the ability to assign any role visible in the account. If authorization
    fails, the endpoint returns `403`, including when the resource is nonexistent or outside the
    caller's account. If the target user or role is outside the caller's account, the endpoint returns
    `404` after store validation.  Use `PATCH /v2/role-bindings/{binding_id}` to change the assigned
    role for an existing binding.

    Args:
        body (CreateRoleBindingRequest): CreateRoleBindingRequest

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | RoleBinding]
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
    body: CreateRoleBindingRequest,
) -> Problem | RoleBinding | None:
    """Create a role binding

     Create a new role binding that assigns a role to a user on a resource.  **Payload Requirements** -
    `role_id`, `user_id`, `resource_type`, and `resource_id` are required. - `resource_type` must be
    `SPACE` or `PROJECT`. - `resource_id` must be a unique identifier for the selected `resource_type`.
    - `user_id` is the ID of the user to bind the role to. For a **service   key**, this is the ID of
    the key's bot user — not the ID of the person   who created the key. Read it from `bot_user.id` on
    the   `POST /v2/api-keys` response, or from `bot_user.id` on the matching   service key entry
    returned by `GET /v2/api-keys`. - Only one binding per user and resource is allowed. If the target
    user   already has any binding on the resource, the request returns   `409 Conflict`. - System-
    managed fields (`id`, `created_at`, `updated_at`) are returned   by the server and are rejected on
    input.  **Valid example** ```json {   "role_id": "Um9sZToxOlY0S2E=",   "user_id":
    "VXNlcjoxOmxQZzI=",   "resource_type": "PROJECT",   "resource_id": "TW9kZWw6MTpGdmxM" } ```  **Valid
    example — binding a service key's bot user** ```json {   "role_id": "Um9sZToxOlY0S2E=",   "user_id":
    "VXNlcjo0MzpiT3RV",   "resource_type": "PROJECT",   "resource_id": "TW9kZWw6MTpGdmxM" } ```
    `user_id` here is the bot user's ID from the service key's creation response, not the caller's own
    ID.  **Invalid example** ```json {   "role_id": "Um9sZToxOlY0S2E=",   "user_id": "VXNlcjoxOmxQZzI=",
    "resource_type": "PROJECT",   "resource_id": "U3BhY2U6MTp1Rk4x" } ``` This fails because
    `resource_id` must encode a `PROJECT` ID when `resource_type` is `PROJECT`.  **Authorization**
    Requires `ROLE_BINDING_CREATE` permission on the resource. This grants administrator-level authority
    on the resource, including the ability to assign any role visible in the account. If authorization
    fails, the endpoint returns `403`, including when the resource is nonexistent or outside the
    caller's account. If the target user or role is outside the caller's account, the endpoint returns
    `404` after store validation.  Use `PATCH /v2/role-bindings/{binding_id}` to change the assigned
    role for an existing binding.

    Args:
        body (CreateRoleBindingRequest): CreateRoleBindingRequest

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | RoleBinding
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CreateRoleBindingRequest,
) -> Response[Problem | RoleBinding]:
    """Create a role binding

     Create a new role binding that assigns a role to a user on a resource.  **Payload Requirements** -
    `role_id`, `user_id`, `resource_type`, and `resource_id` are required. - `resource_type` must be
    `SPACE` or `PROJECT`. - `resource_id` must be a unique identifier for the selected `resource_type`.
    - `user_id` is the ID of the user to bind the role to. For a **service   key**, this is the ID of
    the key's bot user — not the ID of the person   who created the key. Read it from `bot_user.id` on
    the   `POST /v2/api-keys` response, or from `bot_user.id` on the matching   service key entry
    returned by `GET /v2/api-keys`. - Only one binding per user and resource is allowed. If the target
    user   already has any binding on the resource, the request returns   `409 Conflict`. - System-
    managed fields (`id`, `created_at`, `updated_at`) are returned   by the server and are rejected on
    input.  **Valid example** ```json {   "role_id": "Um9sZToxOlY0S2E=",   "user_id":
    "VXNlcjoxOmxQZzI=",   "resource_type": "PROJECT",   "resource_id": "TW9kZWw6MTpGdmxM" } ```  **Valid
    example — binding a service key's bot user** ```json {   "role_id": "Um9sZToxOlY0S2E=",   "user_id":
    "VXNlcjo0MzpiT3RV",   "resource_type": "PROJECT",   "resource_id": "TW9kZWw6MTpGdmxM" } ```
    `user_id` here is the bot user's ID from the service key's creation response, not the caller's own
    ID.  **Invalid example** ```json {   "role_id": "Um9sZToxOlY0S2E=",   "user_id": "VXNlcjoxOmxQZzI=",
    "resource_type": "PROJECT",   "resource_id": "U3BhY2U6MTp1Rk4x" } ``` This fails because
    `resource_id` must encode a `PROJECT` ID when `resource_type` is `PROJECT`.  **Authorization**
    Requires `ROLE_BINDING_CREATE` permission on the resource. This grants administrator-level authority
    on the resource, including the ability to assign any role visible in the account. If authorization
    fails, the endpoint returns `403`, including when the resource is nonexistent or outside the
    caller's account. If the target user or role is outside the caller's account, the endpoint returns
    `404` after store validation.  Use `PATCH /v2/role-bindings/{binding_id}` to change the assigned
    role for an existing binding.

    Args:
        body (CreateRoleBindingRequest): CreateRoleBindingRequest

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | RoleBinding]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: CreateRoleBindingRequest,
) -> Problem | RoleBinding | None:
    """Create a role binding

     Create a new role binding that assigns a role to a user on a resource.  **Payload Requirements** -
    `role_id`, `user_id`, `resource_type`, and `resource_id` are required. - `resource_type` must be
    `SPACE` or `PROJECT`. - `resource_id` must be a unique identifier for the selected `resource_type`.
    - `user_id` is the ID of the user to bind the role to. For a **service   key**, this is the ID of
    the key's bot user — not the ID of the person   who created the key. Read it from `bot_user.id` on
    the   `POST /v2/api-keys` response, or from `bot_user.id` on the matching   service key entry
    returned by `GET /v2/api-keys`. - Only one binding per user and resource is allowed. If the target
    user   already has any binding on the resource, the request returns   `409 Conflict`. - System-
    managed fields (`id`, `created_at`, `updated_at`) are returned   by the server and are rejected on
    input.  **Valid example** ```json {   "role_id": "Um9sZToxOlY0S2E=",   "user_id":
    "VXNlcjoxOmxQZzI=",   "resource_type": "PROJECT",   "resource_id": "TW9kZWw6MTpGdmxM" } ```  **Valid
    example — binding a service key's bot user** ```json {   "role_id": "Um9sZToxOlY0S2E=",   "user_id":
    "VXNlcjo0MzpiT3RV",   "resource_type": "PROJECT",   "resource_id": "TW9kZWw6MTpGdmxM" } ```
    `user_id` here is the bot user's ID from the service key's creation response, not the caller's own
    ID.  **Invalid example** ```json {   "role_id": "Um9sZToxOlY0S2E=",   "user_id": "VXNlcjoxOmxQZzI=",
    "resource_type": "PROJECT",   "resource_id": "U3BhY2U6MTp1Rk4x" } ``` This fails because
    `resource_id` must encode a `PROJECT` ID when `resource_type` is `PROJECT`.  **Authorization**
    Requires `ROLE_BINDING_CREATE` permission on the resource. This grants administrator-level authority
    on the resource, including the ability to assign any role visible in the account. If authorization
    fails, the endpoint returns `403`, including when the resource is nonexistent or outside the
    caller's account. If the target user or role is outside the caller's account, the endpoint returns
    `404` after store validation.  Use `PATCH /v2/role-bindings/{binding_id}` to change the assigned
    role for an existing binding.

    Args:
        body (CreateRoleBindingRequest): CreateRoleBindingRequest

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | RoleBinding
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
