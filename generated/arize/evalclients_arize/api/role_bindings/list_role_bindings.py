from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.list_role_bindings_response import ListRoleBindingsResponse
from ...models.problem import Problem
from ...models.role_binding_resource_type import (
    RoleBindingResourceType,
)
from ...types import UNSET, Response, Unset


def build_request(
    *,
    resource_type: RoleBindingResourceType,
    limit: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
    user_id: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_resource_type: str = resource_type
    params["resource_type"] = json_resource_type

    params["limit"] = limit

    params["cursor"] = cursor

    params["user_id"] = user_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v2/role-bindings",
        "params": params,
    }

    return _kwargs


_get_kwargs = build_request


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ListRoleBindingsResponse | Problem | None:
    if response.status_code == 200:
        response_200 = ListRoleBindingsResponse.from_dict(response.json())

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

    if response.status_code == 429:
        response_429 = Problem.from_dict(response.json())

        return response_429

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def parse_body(status: int, body: Any) -> ListRoleBindingsResponse | Problem | None:
    """The typed value of ``body``, already decoded, answered with ``status``."""
    if status == 200:
        response_200 = ListRoleBindingsResponse.from_dict(body)

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

    if status == 429:
        response_429 = Problem.from_dict(body)

        return response_429

    return None


BODY_SOURCES: dict[int, str] = {
    200: "json",
    400: "json",
    401: "json",
    404: "json",
    429: "json",
}
"""What parse_body() takes for each status: json (json.loads() output), text, bytes or none."""


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ListRoleBindingsResponse | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    resource_type: RoleBindingResourceType,
    limit: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
    user_id: str | Unset = UNSET,
) -> Response[ListRoleBindingsResponse | Problem]:
    """List role bindings

     List role bindings for the authenticated user's account, filtered by resource type. Results are
    paginated; use `limit` and `cursor` for subsequent pages.  The `resource_type` query parameter is
    **required** and must be one of `SPACE` or `PROJECT`. Results include only bindings for spaces where
    the caller has the `ROLE_BINDING_READ` permission. If the caller has no authorized spaces, the
    response contains an empty list. Use `user_id` to narrow to a specific user — including a service
    key's bot user, whose ID is returned as `bot_user.id` from `POST /v2/api-keys` or `GET /v2/api-
    keys`.  **Authorization** Results are limited to bindings on spaces where the caller has
    `ROLE_BINDING_READ`. If the caller has no authorized spaces, this endpoint returns `200` with an
    empty list rather than `403`.  Returns `404` if `user_id` is supplied and does not correspond to a
    user in the account.

    Args:
        resource_type (RoleBindingResourceType): Resource type for the binding. Only `SPACE` and
            `PROJECT` are supported for single-binding CRUD. `resource_id` must encode the same
            resource type.
        limit (int | Unset):
        cursor (str | Unset):
        user_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ListRoleBindingsResponse | Problem]
    """

    kwargs = _get_kwargs(
        resource_type=resource_type,
        limit=limit,
        cursor=cursor,
        user_id=user_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    resource_type: RoleBindingResourceType,
    limit: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
    user_id: str | Unset = UNSET,
) -> ListRoleBindingsResponse | Problem | None:
    """List role bindings

     List role bindings for the authenticated user's account, filtered by resource type. Results are
    paginated; use `limit` and `cursor` for subsequent pages.  The `resource_type` query parameter is
    **required** and must be one of `SPACE` or `PROJECT`. Results include only bindings for spaces where
    the caller has the `ROLE_BINDING_READ` permission. If the caller has no authorized spaces, the
    response contains an empty list. Use `user_id` to narrow to a specific user — including a service
    key's bot user, whose ID is returned as `bot_user.id` from `POST /v2/api-keys` or `GET /v2/api-
    keys`.  **Authorization** Results are limited to bindings on spaces where the caller has
    `ROLE_BINDING_READ`. If the caller has no authorized spaces, this endpoint returns `200` with an
    empty list rather than `403`.  Returns `404` if `user_id` is supplied and does not correspond to a
    user in the account.

    Args:
        resource_type (RoleBindingResourceType): Resource type for the binding. Only `SPACE` and
            `PROJECT` are supported for single-binding CRUD. `resource_id` must encode the same
            resource type.
        limit (int | Unset):
        cursor (str | Unset):
        user_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ListRoleBindingsResponse | Problem
    """

    return sync_detailed(
        client=client,
        resource_type=resource_type,
        limit=limit,
        cursor=cursor,
        user_id=user_id,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    resource_type: RoleBindingResourceType,
    limit: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
    user_id: str | Unset = UNSET,
) -> Response[ListRoleBindingsResponse | Problem]:
    """List role bindings

     List role bindings for the authenticated user's account, filtered by resource type. Results are
    paginated; use `limit` and `cursor` for subsequent pages.  The `resource_type` query parameter is
    **required** and must be one of `SPACE` or `PROJECT`. Results include only bindings for spaces where
    the caller has the `ROLE_BINDING_READ` permission. If the caller has no authorized spaces, the
    response contains an empty list. Use `user_id` to narrow to a specific user — including a service
    key's bot user, whose ID is returned as `bot_user.id` from `POST /v2/api-keys` or `GET /v2/api-
    keys`.  **Authorization** Results are limited to bindings on spaces where the caller has
    `ROLE_BINDING_READ`. If the caller has no authorized spaces, this endpoint returns `200` with an
    empty list rather than `403`.  Returns `404` if `user_id` is supplied and does not correspond to a
    user in the account.

    Args:
        resource_type (RoleBindingResourceType): Resource type for the binding. Only `SPACE` and
            `PROJECT` are supported for single-binding CRUD. `resource_id` must encode the same
            resource type.
        limit (int | Unset):
        cursor (str | Unset):
        user_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ListRoleBindingsResponse | Problem]
    """

    kwargs = _get_kwargs(
        resource_type=resource_type,
        limit=limit,
        cursor=cursor,
        user_id=user_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    resource_type: RoleBindingResourceType,
    limit: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
    user_id: str | Unset = UNSET,
) -> ListRoleBindingsResponse | Problem | None:
    """List role bindings

     List role bindings for the authenticated user's account, filtered by resource type. Results are
    paginated; use `limit` and `cursor` for subsequent pages.  The `resource_type` query parameter is
    **required** and must be one of `SPACE` or `PROJECT`. Results include only bindings for spaces where
    the caller has the `ROLE_BINDING_READ` permission. If the caller has no authorized spaces, the
    response contains an empty list. Use `user_id` to narrow to a specific user — including a service
    key's bot user, whose ID is returned as `bot_user.id` from `POST /v2/api-keys` or `GET /v2/api-
    keys`.  **Authorization** Results are limited to bindings on spaces where the caller has
    `ROLE_BINDING_READ`. If the caller has no authorized spaces, this endpoint returns `200` with an
    empty list rather than `403`.  Returns `404` if `user_id` is supplied and does not correspond to a
    user in the account.

    Args:
        resource_type (RoleBindingResourceType): Resource type for the binding. Only `SPACE` and
            `PROJECT` are supported for single-binding CRUD. `resource_id` must encode the same
            resource type.
        limit (int | Unset):
        cursor (str | Unset):
        user_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ListRoleBindingsResponse | Problem
    """

    return (
        await asyncio_detailed(
            client=client,
            resource_type=resource_type,
            limit=limit,
            cursor=cursor,
            user_id=user_id,
        )
    ).parsed
