from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.add_organization_user_request import AddOrganizationUserRequest
from ...models.organization_membership import OrganizationMembership
from ...models.problem import Problem
from ...types import Response, path_segment


def build_request(
    org_id: str,
    *,
    body: AddOrganizationUserRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v2/organizations/{org_id}/users".format(
            org_id=path_segment(org_id),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


_get_kwargs = build_request


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> OrganizationMembership | Problem | None:
    if response.status_code == 200:
        response_200 = OrganizationMembership.from_dict(response.json())

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


def parse_body(status: int, body: Any) -> OrganizationMembership | Problem | None:
    """The typed value of ``body``, already decoded, answered with ``status``."""
    if status == 200:
        response_200 = OrganizationMembership.from_dict(body)

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
) -> Response[OrganizationMembership | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    org_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: AddOrganizationUserRequest,
) -> Response[OrganizationMembership | Problem]:
    """Add a user to an organization

     Add a single existing account user to an organization with a specified role.  **Payload
    Requirements** - `user_id` and `role` are both required. - If the user is already a member, their
    role is updated to the specified value (upsert).  **Role constraints** - Users with an `annotator`
    account role can only be assigned the `annotator` organization role. - Users with a non-annotator
    account role cannot be assigned the `annotator` organization role.  Requires organization admin.
    **Valid example** ```json {   "user_id": "VXNlcjo0MjphQmNE",   "role": "MEMBER" } ```  **Invalid
    example** (annotator account user assigned non-annotator org role — returns 400) ```json {
    "user_id": "VXNlcjo0MjphQmNE",   "role": "ADMIN" } ```  <Note>This endpoint is in beta, read more
    [here](https://arize.com/docs/ax/rest-reference#api-version-stages).</Note>

    Args:
        org_id (str):
        body (AddOrganizationUserRequest): AddOrganizationUserRequest

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[OrganizationMembership | Problem]
    """

    kwargs = _get_kwargs(
        org_id=org_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    org_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: AddOrganizationUserRequest,
) -> OrganizationMembership | Problem | None:
    """Add a user to an organization

     Add a single existing account user to an organization with a specified role.  **Payload
    Requirements** - `user_id` and `role` are both required. - If the user is already a member, their
    role is updated to the specified value (upsert).  **Role constraints** - Users with an `annotator`
    account role can only be assigned the `annotator` organization role. - Users with a non-annotator
    account role cannot be assigned the `annotator` organization role.  Requires organization admin.
    **Valid example** ```json {   "user_id": "VXNlcjo0MjphQmNE",   "role": "MEMBER" } ```  **Invalid
    example** (annotator account user assigned non-annotator org role — returns 400) ```json {
    "user_id": "VXNlcjo0MjphQmNE",   "role": "ADMIN" } ```  <Note>This endpoint is in beta, read more
    [here](https://arize.com/docs/ax/rest-reference#api-version-stages).</Note>

    Args:
        org_id (str):
        body (AddOrganizationUserRequest): AddOrganizationUserRequest

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        OrganizationMembership | Problem
    """

    return sync_detailed(
        org_id=org_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    org_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: AddOrganizationUserRequest,
) -> Response[OrganizationMembership | Problem]:
    """Add a user to an organization

     Add a single existing account user to an organization with a specified role.  **Payload
    Requirements** - `user_id` and `role` are both required. - If the user is already a member, their
    role is updated to the specified value (upsert).  **Role constraints** - Users with an `annotator`
    account role can only be assigned the `annotator` organization role. - Users with a non-annotator
    account role cannot be assigned the `annotator` organization role.  Requires organization admin.
    **Valid example** ```json {   "user_id": "VXNlcjo0MjphQmNE",   "role": "MEMBER" } ```  **Invalid
    example** (annotator account user assigned non-annotator org role — returns 400) ```json {
    "user_id": "VXNlcjo0MjphQmNE",   "role": "ADMIN" } ```  <Note>This endpoint is in beta, read more
    [here](https://arize.com/docs/ax/rest-reference#api-version-stages).</Note>

    Args:
        org_id (str):
        body (AddOrganizationUserRequest): AddOrganizationUserRequest

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[OrganizationMembership | Problem]
    """

    kwargs = _get_kwargs(
        org_id=org_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    org_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: AddOrganizationUserRequest,
) -> OrganizationMembership | Problem | None:
    """Add a user to an organization

     Add a single existing account user to an organization with a specified role.  **Payload
    Requirements** - `user_id` and `role` are both required. - If the user is already a member, their
    role is updated to the specified value (upsert).  **Role constraints** - Users with an `annotator`
    account role can only be assigned the `annotator` organization role. - Users with a non-annotator
    account role cannot be assigned the `annotator` organization role.  Requires organization admin.
    **Valid example** ```json {   "user_id": "VXNlcjo0MjphQmNE",   "role": "MEMBER" } ```  **Invalid
    example** (annotator account user assigned non-annotator org role — returns 400) ```json {
    "user_id": "VXNlcjo0MjphQmNE",   "role": "ADMIN" } ```  <Note>This endpoint is in beta, read more
    [here](https://arize.com/docs/ax/rest-reference#api-version-stages).</Note>

    Args:
        org_id (str):
        body (AddOrganizationUserRequest): AddOrganizationUserRequest

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        OrganizationMembership | Problem
    """

    return (
        await asyncio_detailed(
            org_id=org_id,
            client=client,
            body=body,
        )
    ).parsed
