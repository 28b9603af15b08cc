from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.problem import Problem
from ...models.update_user_request import UpdateUserRequest
from ...models.user import User
from ...types import Response, path_segment


def build_request(
    user_id: str,
    *,
    body: UpdateUserRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/v2/users/{user_id}".format(
            user_id=path_segment(user_id),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


_get_kwargs = build_request


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Problem | User | None:
    if response.status_code == 200:
        response_200 = User.from_dict(response.json())

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


def parse_body(status: int, body: Any) -> Problem | User | None:
    """The typed value of ``body``, already decoded, answered with ``status``."""
    if status == 200:
        response_200 = User.from_dict(body)

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
) -> Response[Problem | User]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    user_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: UpdateUserRequest,
) -> Response[Problem | User]:
    """Update a user

     Update a user's display name and/or developer permission.  **Payload Requirements** - At least one
    of `name` or `is_developer` must be provided. - `name` must be 1–255 characters. Leading and
    trailing whitespace is stripped before   validation; whitespace-only values (e.g. `"   "`) are
    rejected with 400. - Setting `is_developer` to its current value is a no-op (idempotent).  **Example
    valid requests:** ```json { "name": "Jane Smith" } { "is_developer": true } { "name": "Jane Smith",
    "is_developer": false } ```  **Example invalid requests:** - `{}` — at least one field must be
    provided - `{ "name": "   " }` — name cannot be whitespace only  Updating `name` requires account
    admin role or USER_UPDATE permission.  Updating `is_developer` requires account admin role. Callers
    without account admin that include `is_developer` in the body receive `403`.  <Note>This endpoint is
    in beta, read more [here](https://arize.com/docs/ax/rest-reference#api-version-stages).</Note>

    Args:
        user_id (str):
        body (UpdateUserRequest): UpdateUserRequest

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | User]
    """

    kwargs = _get_kwargs(
        user_id=user_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    user_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: UpdateUserRequest,
) -> Problem | User | None:
    """Update a user

     Update a user's display name and/or developer permission.  **Payload Requirements** - At least one
    of `name` or `is_developer` must be provided. - `name` must be 1–255 characters. Leading and
    trailing whitespace is stripped before   validation; whitespace-only values (e.g. `"   "`) are
    rejected with 400. - Setting `is_developer` to its current value is a no-op (idempotent).  **Example
    valid requests:** ```json { "name": "Jane Smith" } { "is_developer": true } { "name": "Jane Smith",
    "is_developer": false } ```  **Example invalid requests:** - `{}` — at least one field must be
    provided - `{ "name": "   " }` — name cannot be whitespace only  Updating `name` requires account
    admin role or USER_UPDATE permission.  Updating `is_developer` requires account admin role. Callers
    without account admin that include `is_developer` in the body receive `403`.  <Note>This endpoint is
    in beta, read more [here](https://arize.com/docs/ax/rest-reference#api-version-stages).</Note>

    Args:
        user_id (str):
        body (UpdateUserRequest): UpdateUserRequest

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | User
    """

    return sync_detailed(
        user_id=user_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    user_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: UpdateUserRequest,
) -> Response[Problem | User]:
    """Update a user

     Update a user's display name and/or developer permission.  **Payload Requirements** - At least one
    of `name` or `is_developer` must be provided. - `name` must be 1–255 characters. Leading and
    trailing whitespace is stripped before   validation; whitespace-only values (e.g. `"   "`) are
    rejected with 400. - Setting `is_developer` to its current value is a no-op (idempotent).  **Example
    valid requests:** ```json { "name": "Jane Smith" } { "is_developer": true } { "name": "Jane Smith",
    "is_developer": false } ```  **Example invalid requests:** - `{}` — at least one field must be
    provided - `{ "name": "   " }` — name cannot be whitespace only  Updating `name` requires account
    admin role or USER_UPDATE permission.  Updating `is_developer` requires account admin role. Callers
    without account admin that include `is_developer` in the body receive `403`.  <Note>This endpoint is
    in beta, read more [here](https://arize.com/docs/ax/rest-reference#api-version-stages).</Note>

    Args:
        user_id (str):
        body (UpdateUserRequest): UpdateUserRequest

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | User]
    """

    kwargs = _get_kwargs(
        user_id=user_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    user_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: UpdateUserRequest,
) -> Problem | User | None:
    """Update a user

     Update a user's display name and/or developer permission.  **Payload Requirements** - At least one
    of `name` or `is_developer` must be provided. - `name` must be 1–255 characters. Leading and
    trailing whitespace is stripped before   validation; whitespace-only values (e.g. `"   "`) are
    rejected with 400. - Setting `is_developer` to its current value is a no-op (idempotent).  **Example
    valid requests:** ```json { "name": "Jane Smith" } { "is_developer": true } { "name": "Jane Smith",
    "is_developer": false } ```  **Example invalid requests:** - `{}` — at least one field must be
    provided - `{ "name": "   " }` — name cannot be whitespace only  Updating `name` requires account
    admin role or USER_UPDATE permission.  Updating `is_developer` requires account admin role. Callers
    without account admin that include `is_developer` in the body receive `403`.  <Note>This endpoint is
    in beta, read more [here](https://arize.com/docs/ax/rest-reference#api-version-stages).</Note>

    Args:
        user_id (str):
        body (UpdateUserRequest): UpdateUserRequest

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | User
    """

    return (
        await asyncio_detailed(
            user_id=user_id,
            client=client,
            body=body,
        )
    ).parsed
