from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.create_user_request import CreateUserRequest
from ...models.create_user_response import CreateUserResponse
from ...models.problem import Problem
from ...models.user import User
from ...types import Response


def build_request(
    *,
    body: CreateUserRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v2/users",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


_get_kwargs = build_request


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CreateUserResponse | Problem | User | None:
    if response.status_code == 200:
        response_200 = User.from_dict(response.json())

        return response_200

    if response.status_code == 201:
        response_201 = CreateUserResponse.from_dict(response.json())

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


def parse_body(status: int, body: Any) -> CreateUserResponse | Problem | User | None:
    """The typed value of ``body``, already decoded, answered with ``status``."""
    if status == 200:
        response_200 = User.from_dict(body)

        return response_200

    if status == 201:
        response_201 = CreateUserResponse.from_dict(body)

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
    200: "json",
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
) -> Response[CreateUserResponse | Problem | User]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CreateUserRequest,
) -> Response[CreateUserResponse | Problem | User]:
    """Create a user

     Create a new account user with explicit invite control.  **Invite modes** - `NONE` — add the user
    directly with no invitation (for SSO-only accounts). The user   is immediately active and can log in
    via the configured identity provider. - `EMAIL_LINK` — create an `INVITED` invitation and send the
    user an email with a   verification link to complete registration. - `TEMPORARY_PASSWORD` — create
    an `INVITED` invitation with a temporary password   (returned once in the response). The user must
    reset it on first login.  **Idempotency on `email`** (applies when `invite_mode != "NONE"`)  |
    Existing state | Behavior | Response | | --- | --- | --- | | No prior invitation | Create a new
    `INVITED` invitation | `201 Created` | | `INVITED` (not yet accepted) | Return the existing
    invitation as-is; do not resend | `200 OK` | | `ACTIVE` | Email belongs to an existing member | `409
    Conflict` | | `EXPIRED` | Create a new `INVITED` invitation | `201 Created` | | `inactive` | User
    has been deactivated and cannot be re-invited | `409 Conflict` |  When `invite_mode` is `NONE` and
    the email already belongs to an active account member, the request returns `409 Conflict`.
    **Payload requirements** - `name` — required, 1–255 characters - `email` — required, must be a valid
    email address; used as the idempotency key - `role` — required, one of `ADMIN`, `MEMBER`,
    `ANNOTATOR`; sets the account-level role - `invite_mode` — required, one of `NONE`, `EMAIL_LINK`,
    `TEMPORARY_PASSWORD`  Requires account admin or member role. Admins can assign any role; members can
    only assign `MEMBER` or `ANNOTATOR`.  <Note>This endpoint is in beta, read more
    [here](https://arize.com/docs/ax/rest-reference#api-version-stages).</Note>

    Args:
        body (CreateUserRequest): User-level developer permissions are determined by the assigned
            account role.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreateUserResponse | Problem | User]
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
    body: CreateUserRequest,
) -> CreateUserResponse | Problem | User | None:
    """Create a user

     Create a new account user with explicit invite control.  **Invite modes** - `NONE` — add the user
    directly with no invitation (for SSO-only accounts). The user   is immediately active and can log in
    via the configured identity provider. - `EMAIL_LINK` — create an `INVITED` invitation and send the
    user an email with a   verification link to complete registration. - `TEMPORARY_PASSWORD` — create
    an `INVITED` invitation with a temporary password   (returned once in the response). The user must
    reset it on first login.  **Idempotency on `email`** (applies when `invite_mode != "NONE"`)  |
    Existing state | Behavior | Response | | --- | --- | --- | | No prior invitation | Create a new
    `INVITED` invitation | `201 Created` | | `INVITED` (not yet accepted) | Return the existing
    invitation as-is; do not resend | `200 OK` | | `ACTIVE` | Email belongs to an existing member | `409
    Conflict` | | `EXPIRED` | Create a new `INVITED` invitation | `201 Created` | | `inactive` | User
    has been deactivated and cannot be re-invited | `409 Conflict` |  When `invite_mode` is `NONE` and
    the email already belongs to an active account member, the request returns `409 Conflict`.
    **Payload requirements** - `name` — required, 1–255 characters - `email` — required, must be a valid
    email address; used as the idempotency key - `role` — required, one of `ADMIN`, `MEMBER`,
    `ANNOTATOR`; sets the account-level role - `invite_mode` — required, one of `NONE`, `EMAIL_LINK`,
    `TEMPORARY_PASSWORD`  Requires account admin or member role. Admins can assign any role; members can
    only assign `MEMBER` or `ANNOTATOR`.  <Note>This endpoint is in beta, read more
    [here](https://arize.com/docs/ax/rest-reference#api-version-stages).</Note>

    Args:
        body (CreateUserRequest): User-level developer permissions are determined by the assigned
            account role.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreateUserResponse | Problem | User
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CreateUserRequest,
) -> Response[CreateUserResponse | Problem | User]:
    """Create a user

     Create a new account user with explicit invite control.  **Invite modes** - `NONE` — add the user
    directly with no invitation (for SSO-only accounts). The user   is immediately active and can log in
    via the configured identity provider. - `EMAIL_LINK` — create an `INVITED` invitation and send the
    user an email with a   verification link to complete registration. - `TEMPORARY_PASSWORD` — create
    an `INVITED` invitation with a temporary password   (returned once in the response). The user must
    reset it on first login.  **Idempotency on `email`** (applies when `invite_mode != "NONE"`)  |
    Existing state | Behavior | Response | | --- | --- | --- | | No prior invitation | Create a new
    `INVITED` invitation | `201 Created` | | `INVITED` (not yet accepted) | Return the existing
    invitation as-is; do not resend | `200 OK` | | `ACTIVE` | Email belongs to an existing member | `409
    Conflict` | | `EXPIRED` | Create a new `INVITED` invitation | `201 Created` | | `inactive` | User
    has been deactivated and cannot be re-invited | `409 Conflict` |  When `invite_mode` is `NONE` and
    the email already belongs to an active account member, the request returns `409 Conflict`.
    **Payload requirements** - `name` — required, 1–255 characters - `email` — required, must be a valid
    email address; used as the idempotency key - `role` — required, one of `ADMIN`, `MEMBER`,
    `ANNOTATOR`; sets the account-level role - `invite_mode` — required, one of `NONE`, `EMAIL_LINK`,
    `TEMPORARY_PASSWORD`  Requires account admin or member role. Admins can assign any role; members can
    only assign `MEMBER` or `ANNOTATOR`.  <Note>This endpoint is in beta, read more
    [here](https://arize.com/docs/ax/rest-reference#api-version-stages).</Note>

    Args:
        body (CreateUserRequest): User-level developer permissions are determined by the assigned
            account role.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreateUserResponse | Problem | User]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: CreateUserRequest,
) -> CreateUserResponse | Problem | User | None:
    """Create a user

     Create a new account user with explicit invite control.  **Invite modes** - `NONE` — add the user
    directly with no invitation (for SSO-only accounts). The user   is immediately active and can log in
    via the configured identity provider. - `EMAIL_LINK` — create an `INVITED` invitation and send the
    user an email with a   verification link to complete registration. - `TEMPORARY_PASSWORD` — create
    an `INVITED` invitation with a temporary password   (returned once in the response). The user must
    reset it on first login.  **Idempotency on `email`** (applies when `invite_mode != "NONE"`)  |
    Existing state | Behavior | Response | | --- | --- | --- | | No prior invitation | Create a new
    `INVITED` invitation | `201 Created` | | `INVITED` (not yet accepted) | Return the existing
    invitation as-is; do not resend | `200 OK` | | `ACTIVE` | Email belongs to an existing member | `409
    Conflict` | | `EXPIRED` | Create a new `INVITED` invitation | `201 Created` | | `inactive` | User
    has been deactivated and cannot be re-invited | `409 Conflict` |  When `invite_mode` is `NONE` and
    the email already belongs to an active account member, the request returns `409 Conflict`.
    **Payload requirements** - `name` — required, 1–255 characters - `email` — required, must be a valid
    email address; used as the idempotency key - `role` — required, one of `ADMIN`, `MEMBER`,
    `ANNOTATOR`; sets the account-level role - `invite_mode` — required, one of `NONE`, `EMAIL_LINK`,
    `TEMPORARY_PASSWORD`  Requires account admin or member role. Admins can assign any role; members can
    only assign `MEMBER` or `ANNOTATOR`.  <Note>This endpoint is in beta, read more
    [here](https://arize.com/docs/ax/rest-reference#api-version-stages).</Note>

    Args:
        body (CreateUserRequest): User-level developer permissions are determined by the assigned
            account role.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreateUserResponse | Problem | User
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
