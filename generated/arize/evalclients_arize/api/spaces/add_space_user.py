from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.add_space_user_request import AddSpaceUserRequest
from ...models.problem import Problem
from ...models.space_membership import SpaceMembership
from ...types import Response, path_segment


def build_request(
    space_id: str,
    *,
    body: AddSpaceUserRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v2/spaces/{space_id}/users".format(
            space_id=path_segment(space_id),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


_get_kwargs = build_request


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Problem | SpaceMembership | None:
    if response.status_code == 200:
        response_200 = SpaceMembership.from_dict(response.json())

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


def parse_body(status: int, body: Any) -> Problem | SpaceMembership | None:
    """The typed value of ``body``, already decoded, answered with ``status``."""
    if status == 200:
        response_200 = SpaceMembership.from_dict(body)

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
) -> Response[Problem | SpaceMembership]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    space_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: AddSpaceUserRequest,
) -> Response[Problem | SpaceMembership]:
    """Add a user to a space

     Add a single existing account user to a space with a specified role.  **Payload Requirements** -
    `user_id` is required and must be a valid user identifier (base64). - `role` is required and must be
    a role assignment object with a `type` discriminator:   - `{ "type": "PREDEFINED", "name": "ADMIN"
    }` — one of the predefined roles: `ADMIN`, `MEMBER`, `READ_ONLY`, `ANNOTATOR`.   - `{ "type":
    "CUSTOM", "id": "<role_id>" }` — a custom RBAC role, using its unique identifier. - If the user is
    already a member, their role is updated to the specified value (upsert). - The user must already be
    a member of the space's parent organization; auto-enrollment is not performed (400 if not a member).
    **Role constraints** - Users with an `annotator` account role can only be assigned the `annotator`
    predefined space role. - Users with a non-annotator account role cannot be assigned the `annotator`
    predefined space role.  **Authorization** Requires space admin role when using a `PREDEFINED` role,
    or `ROLE_BINDING_CREATE` permission (RBAC) when using a `CUSTOM` role.  <Note>This endpoint is in
    beta, read more [here](https://arize.com/docs/ax/rest-reference#api-version-stages).</Note>

    Args:
        space_id (str):
        body (AddSpaceUserRequest): AddSpaceUserRequest

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | SpaceMembership]
    """

    kwargs = _get_kwargs(
        space_id=space_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    space_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: AddSpaceUserRequest,
) -> Problem | SpaceMembership | None:
    """Add a user to a space

     Add a single existing account user to a space with a specified role.  **Payload Requirements** -
    `user_id` is required and must be a valid user identifier (base64). - `role` is required and must be
    a role assignment object with a `type` discriminator:   - `{ "type": "PREDEFINED", "name": "ADMIN"
    }` — one of the predefined roles: `ADMIN`, `MEMBER`, `READ_ONLY`, `ANNOTATOR`.   - `{ "type":
    "CUSTOM", "id": "<role_id>" }` — a custom RBAC role, using its unique identifier. - If the user is
    already a member, their role is updated to the specified value (upsert). - The user must already be
    a member of the space's parent organization; auto-enrollment is not performed (400 if not a member).
    **Role constraints** - Users with an `annotator` account role can only be assigned the `annotator`
    predefined space role. - Users with a non-annotator account role cannot be assigned the `annotator`
    predefined space role.  **Authorization** Requires space admin role when using a `PREDEFINED` role,
    or `ROLE_BINDING_CREATE` permission (RBAC) when using a `CUSTOM` role.  <Note>This endpoint is in
    beta, read more [here](https://arize.com/docs/ax/rest-reference#api-version-stages).</Note>

    Args:
        space_id (str):
        body (AddSpaceUserRequest): AddSpaceUserRequest

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | SpaceMembership
    """

    return sync_detailed(
        space_id=space_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    space_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: AddSpaceUserRequest,
) -> Response[Problem | SpaceMembership]:
    """Add a user to a space

     Add a single existing account user to a space with a specified role.  **Payload Requirements** -
    `user_id` is required and must be a valid user identifier (base64). - `role` is required and must be
    a role assignment object with a `type` discriminator:   - `{ "type": "PREDEFINED", "name": "ADMIN"
    }` — one of the predefined roles: `ADMIN`, `MEMBER`, `READ_ONLY`, `ANNOTATOR`.   - `{ "type":
    "CUSTOM", "id": "<role_id>" }` — a custom RBAC role, using its unique identifier. - If the user is
    already a member, their role is updated to the specified value (upsert). - The user must already be
    a member of the space's parent organization; auto-enrollment is not performed (400 if not a member).
    **Role constraints** - Users with an `annotator` account role can only be assigned the `annotator`
    predefined space role. - Users with a non-annotator account role cannot be assigned the `annotator`
    predefined space role.  **Authorization** Requires space admin role when using a `PREDEFINED` role,
    or `ROLE_BINDING_CREATE` permission (RBAC) when using a `CUSTOM` role.  <Note>This endpoint is in
    beta, read more [here](https://arize.com/docs/ax/rest-reference#api-version-stages).</Note>

    Args:
        space_id (str):
        body (AddSpaceUserRequest): AddSpaceUserRequest

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | SpaceMembership]
    """

    kwargs = _get_kwargs(
        space_id=space_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    space_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: AddSpaceUserRequest,
) -> Problem | SpaceMembership | None:
    """Add a user to a space

     Add a single existing account user to a space with a specified role.  **Payload Requirements** -
    `user_id` is required and must be a valid user identifier (base64). - `role` is required and must be
    a role assignment object with a `type` discriminator:   - `{ "type": "PREDEFINED", "name": "ADMIN"
    }` — one of the predefined roles: `ADMIN`, `MEMBER`, `READ_ONLY`, `ANNOTATOR`.   - `{ "type":
    "CUSTOM", "id": "<role_id>" }` — a custom RBAC role, using its unique identifier. - If the user is
    already a member, their role is updated to the specified value (upsert). - The user must already be
    a member of the space's parent organization; auto-enrollment is not performed (400 if not a member).
    **Role constraints** - Users with an `annotator` account role can only be assigned the `annotator`
    predefined space role. - Users with a non-annotator account role cannot be assigned the `annotator`
    predefined space role.  **Authorization** Requires space admin role when using a `PREDEFINED` role,
    or `ROLE_BINDING_CREATE` permission (RBAC) when using a `CUSTOM` role.  <Note>This endpoint is in
    beta, read more [here](https://arize.com/docs/ax/rest-reference#api-version-stages).</Note>

    Args:
        space_id (str):
        body (AddSpaceUserRequest): AddSpaceUserRequest

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | SpaceMembership
    """

    return (
        await asyncio_detailed(
            space_id=space_id,
            client=client,
            body=body,
        )
    ).parsed
