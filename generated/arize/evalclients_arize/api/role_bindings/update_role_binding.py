from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.problem import Problem
from ...models.role_binding import RoleBinding
from ...models.update_role_binding_request import UpdateRoleBindingRequest
from ...types import Response, path_segment


def build_request(
    binding_id: str,
    *,
    body: UpdateRoleBindingRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/v2/role-bindings/{binding_id}".format(
            binding_id=path_segment(binding_id),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


_get_kwargs = build_request


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Problem | RoleBinding | None:
    if response.status_code == 200:
        response_200 = RoleBinding.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = Problem.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = Problem.from_dict(response.json())

        return response_401

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
    if status == 200:
        response_200 = RoleBinding.from_dict(body)

        return response_200

    if status == 400:
        response_400 = Problem.from_dict(body)

        return response_400

    if status == 401:
        response_401 = Problem.from_dict(body)

        return response_401

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
    binding_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: UpdateRoleBindingRequest,
) -> Response[Problem | RoleBinding]:
    """Update a role binding

     Update an existing role binding by changing its assigned role.  **Payload Requirements** - `role_id`
    is required and replaces the currently assigned role. - Only `role_id` is mutable. The binding
    identity, principal, resource,   and timestamps stay the same. - System-managed fields (`id`,
    `user_id`, `resource_type`,   `resource_id`, `created_at`, `updated_at`) are not accepted in the
    request body.  **Valid example** ```json {   "role_id": "Um9sZToyOmRLMjQ=" } ```  **Invalid
    example** ```json {   "role_id": "Um9sZToyOmRLMjQ=",   "user_id": "VXNlcjoxOmxQZzI=" } ``` This
    fails because only `role_id` can be updated on an existing binding.  **Authorization** Requires both
    `ROLE_BINDING_CREATE` and `ROLE_BINDING_DELETE` permissions on the binding's resource. Together,
    these permissions grant administrator-level authority on the resource. If the binding does not
    exist, belongs to another account, or the caller lacks either permission, the endpoint returns
    `404`.

    Args:
        binding_id (str):
        body (UpdateRoleBindingRequest): UpdateRoleBindingRequest

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | RoleBinding]
    """

    kwargs = _get_kwargs(
        binding_id=binding_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    binding_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: UpdateRoleBindingRequest,
) -> Problem | RoleBinding | None:
    """Update a role binding

     Update an existing role binding by changing its assigned role.  **Payload Requirements** - `role_id`
    is required and replaces the currently assigned role. - Only `role_id` is mutable. The binding
    identity, principal, resource,   and timestamps stay the same. - System-managed fields (`id`,
    `user_id`, `resource_type`,   `resource_id`, `created_at`, `updated_at`) are not accepted in the
    request body.  **Valid example** ```json {   "role_id": "Um9sZToyOmRLMjQ=" } ```  **Invalid
    example** ```json {   "role_id": "Um9sZToyOmRLMjQ=",   "user_id": "VXNlcjoxOmxQZzI=" } ``` This
    fails because only `role_id` can be updated on an existing binding.  **Authorization** Requires both
    `ROLE_BINDING_CREATE` and `ROLE_BINDING_DELETE` permissions on the binding's resource. Together,
    these permissions grant administrator-level authority on the resource. If the binding does not
    exist, belongs to another account, or the caller lacks either permission, the endpoint returns
    `404`.

    Args:
        binding_id (str):
        body (UpdateRoleBindingRequest): UpdateRoleBindingRequest

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | RoleBinding
    """

    return sync_detailed(
        binding_id=binding_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    binding_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: UpdateRoleBindingRequest,
) -> Response[Problem | RoleBinding]:
    """Update a role binding

     Update an existing role binding by changing its assigned role.  **Payload Requirements** - `role_id`
    is required and replaces the currently assigned role. - Only `role_id` is mutable. The binding
    identity, principal, resource,   and timestamps stay the same. - System-managed fields (`id`,
    `user_id`, `resource_type`,   `resource_id`, `created_at`, `updated_at`) are not accepted in the
    request body.  **Valid example** ```json {   "role_id": "Um9sZToyOmRLMjQ=" } ```  **Invalid
    example** ```json {   "role_id": "Um9sZToyOmRLMjQ=",   "user_id": "VXNlcjoxOmxQZzI=" } ``` This
    fails because only `role_id` can be updated on an existing binding.  **Authorization** Requires both
    `ROLE_BINDING_CREATE` and `ROLE_BINDING_DELETE` permissions on the binding's resource. Together,
    these permissions grant administrator-level authority on the resource. If the binding does not
    exist, belongs to another account, or the caller lacks either permission, the endpoint returns
    `404`.

    Args:
        binding_id (str):
        body (UpdateRoleBindingRequest): UpdateRoleBindingRequest

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | RoleBinding]
    """

    kwargs = _get_kwargs(
        binding_id=binding_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    binding_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: UpdateRoleBindingRequest,
) -> Problem | RoleBinding | None:
    """Update a role binding

     Update an existing role binding by changing its assigned role.  **Payload Requirements** - `role_id`
    is required and replaces the currently assigned role. - Only `role_id` is mutable. The binding
    identity, principal, resource,   and timestamps stay the same. - System-managed fields (`id`,
    `user_id`, `resource_type`,   `resource_id`, `created_at`, `updated_at`) are not accepted in the
    request body.  **Valid example** ```json {   "role_id": "Um9sZToyOmRLMjQ=" } ```  **Invalid
    example** ```json {   "role_id": "Um9sZToyOmRLMjQ=",   "user_id": "VXNlcjoxOmxQZzI=" } ``` This
    fails because only `role_id` can be updated on an existing binding.  **Authorization** Requires both
    `ROLE_BINDING_CREATE` and `ROLE_BINDING_DELETE` permissions on the binding's resource. Together,
    these permissions grant administrator-level authority on the resource. If the binding does not
    exist, belongs to another account, or the caller lacks either permission, the endpoint returns
    `404`.

    Args:
        binding_id (str):
        body (UpdateRoleBindingRequest): UpdateRoleBindingRequest

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | RoleBinding
    """

    return (
        await asyncio_detailed(
            binding_id=binding_id,
            client=client,
            body=body,
        )
    ).parsed
