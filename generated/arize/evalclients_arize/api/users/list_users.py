from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.list_users_response import ListUsersResponse
from ...models.problem import Problem
from ...models.user_status import UserStatus
from ...types import UNSET, Response, Unset


def build_request(
    *,
    limit: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
    email: str | Unset = UNSET,
    status: list[UserStatus] | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["limit"] = limit

    params["cursor"] = cursor

    params["email"] = email

    json_status: list[str] | Unset = UNSET
    if not isinstance(status, Unset):
        json_status = []
        for status_item_data in status:
            status_item: str = status_item_data
            json_status.append(status_item)

    params["status"] = json_status

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v2/users",
        "params": params,
    }

    return _kwargs


_get_kwargs = build_request


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ListUsersResponse | Problem | None:
    if response.status_code == 200:
        response_200 = ListUsersResponse.from_dict(response.json())

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

    if response.status_code == 429:
        response_429 = Problem.from_dict(response.json())

        return response_429

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def parse_body(status: int, body: Any) -> ListUsersResponse | Problem | None:
    """The typed value of ``body``, already decoded, answered with ``status``."""
    if status == 200:
        response_200 = ListUsersResponse.from_dict(body)

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

    if status == 429:
        response_429 = Problem.from_dict(body)

        return response_429

    return None


BODY_SOURCES: dict[int, str] = {
    200: "json",
    400: "json",
    401: "json",
    403: "json",
    429: "json",
}
"""What parse_body() takes for each status: json (json.loads() output), text, bytes or none."""


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ListUsersResponse | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
    email: str | Unset = UNSET,
    status: list[UserStatus] | Unset = UNSET,
) -> Response[ListUsersResponse | Problem]:
    """List users

     List users in the account with cursor-based pagination. Results are sorted by creation date
    ascending (oldest first).  Requires account admin role, account member role, or USER_READ permission
    at the account level.  <Note>This endpoint is in beta, read more
    [here](https://arize.com/docs/ax/rest-reference#api-version-stages).</Note>

    Args:
        limit (int | Unset):
        cursor (str | Unset):
        email (str | Unset):
        status (list[UserStatus] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ListUsersResponse | Problem]
    """

    kwargs = _get_kwargs(
        limit=limit,
        cursor=cursor,
        email=email,
        status=status,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
    email: str | Unset = UNSET,
    status: list[UserStatus] | Unset = UNSET,
) -> ListUsersResponse | Problem | None:
    """List users

     List users in the account with cursor-based pagination. Results are sorted by creation date
    ascending (oldest first).  Requires account admin role, account member role, or USER_READ permission
    at the account level.  <Note>This endpoint is in beta, read more
    [here](https://arize.com/docs/ax/rest-reference#api-version-stages).</Note>

    Args:
        limit (int | Unset):
        cursor (str | Unset):
        email (str | Unset):
        status (list[UserStatus] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ListUsersResponse | Problem
    """

    return sync_detailed(
        client=client,
        limit=limit,
        cursor=cursor,
        email=email,
        status=status,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
    email: str | Unset = UNSET,
    status: list[UserStatus] | Unset = UNSET,
) -> Response[ListUsersResponse | Problem]:
    """List users

     List users in the account with cursor-based pagination. Results are sorted by creation date
    ascending (oldest first).  Requires account admin role, account member role, or USER_READ permission
    at the account level.  <Note>This endpoint is in beta, read more
    [here](https://arize.com/docs/ax/rest-reference#api-version-stages).</Note>

    Args:
        limit (int | Unset):
        cursor (str | Unset):
        email (str | Unset):
        status (list[UserStatus] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ListUsersResponse | Problem]
    """

    kwargs = _get_kwargs(
        limit=limit,
        cursor=cursor,
        email=email,
        status=status,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
    email: str | Unset = UNSET,
    status: list[UserStatus] | Unset = UNSET,
) -> ListUsersResponse | Problem | None:
    """List users

     List users in the account with cursor-based pagination. Results are sorted by creation date
    ascending (oldest first).  Requires account admin role, account member role, or USER_READ permission
    at the account level.  <Note>This endpoint is in beta, read more
    [here](https://arize.com/docs/ax/rest-reference#api-version-stages).</Note>

    Args:
        limit (int | Unset):
        cursor (str | Unset):
        email (str | Unset):
        status (list[UserStatus] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ListUsersResponse | Problem
    """

    return (
        await asyncio_detailed(
            client=client,
            limit=limit,
            cursor=cursor,
            email=email,
            status=status,
        )
    ).parsed
