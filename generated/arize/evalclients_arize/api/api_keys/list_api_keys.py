from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.api_key_status import ApiKeyStatus
from ...models.api_key_type import ApiKeyType
from ...models.list_api_keys_response import ListApiKeysResponse
from ...models.problem import Problem
from ...types import UNSET, Response, Unset


def build_request(
    *,
    key_type: ApiKeyType | Unset = UNSET,
    status: ApiKeyStatus | Unset = UNSET,
    space_id: str | Unset = UNSET,
    user_id: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_key_type: str | Unset = UNSET
    if not isinstance(key_type, Unset):
        json_key_type = key_type

    params["key_type"] = json_key_type

    json_status: str | Unset = UNSET
    if not isinstance(status, Unset):
        json_status = status

    params["status"] = json_status

    params["space_id"] = space_id

    params["user_id"] = user_id

    params["limit"] = limit

    params["cursor"] = cursor

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v2/api-keys",
        "params": params,
    }

    return _kwargs


_get_kwargs = build_request


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ListApiKeysResponse | Problem | None:
    if response.status_code == 200:
        response_200 = ListApiKeysResponse.from_dict(response.json())

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

    if response.status_code == 429:
        response_429 = Problem.from_dict(response.json())

        return response_429

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def parse_body(status: int, body: Any) -> ListApiKeysResponse | Problem | None:
    """The typed value of ``body``, already decoded, answered with ``status``."""
    if status == 200:
        response_200 = ListApiKeysResponse.from_dict(body)

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
    429: "json",
}
"""What parse_body() takes for each status: json (json.loads() output), text, bytes or none."""


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ListApiKeysResponse | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    key_type: ApiKeyType | Unset = UNSET,
    status: ApiKeyStatus | Unset = UNSET,
    space_id: str | Unset = UNSET,
    user_id: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
) -> Response[ListApiKeysResponse | Problem]:
    """List API keys

     List API keys. Returns metadata for each key (id, name, description, key_type, status, redacted_key,
    created_at, expires_at, created_by_user_id). The raw key secret is never returned after creation.
    Results can be filtered by key type, status, space, and creator. Responses are paginated; use
    `limit` and `cursor` and the response `pagination.next_cursor` for subsequent pages.  **Service keys
    (`key_type=SERVICE`):** Provide `space_id` to return all service keys for that space. When
    `key_type` is omitted alongside `space_id`, service keys are returned implicitly. Requires the
    `SERVICE_KEY_READ` permission in the space (or account/space admin). Optionally combine with
    `user_id` to filter service keys by their creator — available to any caller with space access (not
    admin-gated). Each service key entry includes `bot_user`, with the same fields as the bot user
    returned by `POST /v2/api-keys` — use `bot_user.id` as the `user_id` when creating a role binding
    for the key. Unlike the create response, `bot_user.organizations` may be empty in a list response: -
    When `space_id` is set, `bot_user.organizations` is always empty, including for the   queried space.
    The bot user may hold bindings in spaces or organizations the caller   cannot read, so the space-
    scoped listing returns no bindings. - When the bot user cannot be resolved (for example, it was
    deleted while the list ran),   `bot_user.name` is empty, `bot_user.organizations` is empty, and
    `bot_user.account_role`   is a `MEMBER` placeholder, not the bot user's real role. Do not make role
    decisions from   `account_role` when `name` is empty.  **User keys (`key_type=USER`):** Returned by
    default (no `space_id`). Provide `user_id` to view keys belonging to a specific user — account
    admins only; non-admins receive `403`.  <Note>This endpoint is in beta, read more
    [here](https://arize.com/docs/ax/rest-reference#api-version-stages).</Note>

    Args:
        key_type (ApiKeyType | Unset): Type of the API key. - USER - Personal key that
            authenticates as the creating user. - SERVICE - Key that authenticates as a service
            account with explicitly granted access.
        status (ApiKeyStatus | Unset): Current status of the API key. - ACTIVE - The key is valid
            for use. - REVOKED - The key has been revoked and is no longer valid.
        space_id (str | Unset):
        user_id (str | Unset):
        limit (int | Unset):
        cursor (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ListApiKeysResponse | Problem]
    """

    kwargs = _get_kwargs(
        key_type=key_type,
        status=status,
        space_id=space_id,
        user_id=user_id,
        limit=limit,
        cursor=cursor,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    key_type: ApiKeyType | Unset = UNSET,
    status: ApiKeyStatus | Unset = UNSET,
    space_id: str | Unset = UNSET,
    user_id: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
) -> ListApiKeysResponse | Problem | None:
    """List API keys

     List API keys. Returns metadata for each key (id, name, description, key_type, status, redacted_key,
    created_at, expires_at, created_by_user_id). The raw key secret is never returned after creation.
    Results can be filtered by key type, status, space, and creator. Responses are paginated; use
    `limit` and `cursor` and the response `pagination.next_cursor` for subsequent pages.  **Service keys
    (`key_type=SERVICE`):** Provide `space_id` to return all service keys for that space. When
    `key_type` is omitted alongside `space_id`, service keys are returned implicitly. Requires the
    `SERVICE_KEY_READ` permission in the space (or account/space admin). Optionally combine with
    `user_id` to filter service keys by their creator — available to any caller with space access (not
    admin-gated). Each service key entry includes `bot_user`, with the same fields as the bot user
    returned by `POST /v2/api-keys` — use `bot_user.id` as the `user_id` when creating a role binding
    for the key. Unlike the create response, `bot_user.organizations` may be empty in a list response: -
    When `space_id` is set, `bot_user.organizations` is always empty, including for the   queried space.
    The bot user may hold bindings in spaces or organizations the caller   cannot read, so the space-
    scoped listing returns no bindings. - When the bot user cannot be resolved (for example, it was
    deleted while the list ran),   `bot_user.name` is empty, `bot_user.organizations` is empty, and
    `bot_user.account_role`   is a `MEMBER` placeholder, not the bot user's real role. Do not make role
    decisions from   `account_role` when `name` is empty.  **User keys (`key_type=USER`):** Returned by
    default (no `space_id`). Provide `user_id` to view keys belonging to a specific user — account
    admins only; non-admins receive `403`.  <Note>This endpoint is in beta, read more
    [here](https://arize.com/docs/ax/rest-reference#api-version-stages).</Note>

    Args:
        key_type (ApiKeyType | Unset): Type of the API key. - USER - Personal key that
            authenticates as the creating user. - SERVICE - Key that authenticates as a service
            account with explicitly granted access.
        status (ApiKeyStatus | Unset): Current status of the API key. - ACTIVE - The key is valid
            for use. - REVOKED - The key has been revoked and is no longer valid.
        space_id (str | Unset):
        user_id (str | Unset):
        limit (int | Unset):
        cursor (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ListApiKeysResponse | Problem
    """

    return sync_detailed(
        client=client,
        key_type=key_type,
        status=status,
        space_id=space_id,
        user_id=user_id,
        limit=limit,
        cursor=cursor,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    key_type: ApiKeyType | Unset = UNSET,
    status: ApiKeyStatus | Unset = UNSET,
    space_id: str | Unset = UNSET,
    user_id: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
) -> Response[ListApiKeysResponse | Problem]:
    """List API keys

     List API keys. Returns metadata for each key (id, name, description, key_type, status, redacted_key,
    created_at, expires_at, created_by_user_id). The raw key secret is never returned after creation.
    Results can be filtered by key type, status, space, and creator. Responses are paginated; use
    `limit` and `cursor` and the response `pagination.next_cursor` for subsequent pages.  **Service keys
    (`key_type=SERVICE`):** Provide `space_id` to return all service keys for that space. When
    `key_type` is omitted alongside `space_id`, service keys are returned implicitly. Requires the
    `SERVICE_KEY_READ` permission in the space (or account/space admin). Optionally combine with
    `user_id` to filter service keys by their creator — available to any caller with space access (not
    admin-gated). Each service key entry includes `bot_user`, with the same fields as the bot user
    returned by `POST /v2/api-keys` — use `bot_user.id` as the `user_id` when creating a role binding
    for the key. Unlike the create response, `bot_user.organizations` may be empty in a list response: -
    When `space_id` is set, `bot_user.organizations` is always empty, including for the   queried space.
    The bot user may hold bindings in spaces or organizations the caller   cannot read, so the space-
    scoped listing returns no bindings. - When the bot user cannot be resolved (for example, it was
    deleted while the list ran),   `bot_user.name` is empty, `bot_user.organizations` is empty, and
    `bot_user.account_role`   is a `MEMBER` placeholder, not the bot user's real role. Do not make role
    decisions from   `account_role` when `name` is empty.  **User keys (`key_type=USER`):** Returned by
    default (no `space_id`). Provide `user_id` to view keys belonging to a specific user — account
    admins only; non-admins receive `403`.  <Note>This endpoint is in beta, read more
    [here](https://arize.com/docs/ax/rest-reference#api-version-stages).</Note>

    Args:
        key_type (ApiKeyType | Unset): Type of the API key. - USER - Personal key that
            authenticates as the creating user. - SERVICE - Key that authenticates as a service
            account with explicitly granted access.
        status (ApiKeyStatus | Unset): Current status of the API key. - ACTIVE - The key is valid
            for use. - REVOKED - The key has been revoked and is no longer valid.
        space_id (str | Unset):
        user_id (str | Unset):
        limit (int | Unset):
        cursor (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ListApiKeysResponse | Problem]
    """

    kwargs = _get_kwargs(
        key_type=key_type,
        status=status,
        space_id=space_id,
        user_id=user_id,
        limit=limit,
        cursor=cursor,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    key_type: ApiKeyType | Unset = UNSET,
    status: ApiKeyStatus | Unset = UNSET,
    space_id: str | Unset = UNSET,
    user_id: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
) -> ListApiKeysResponse | Problem | None:
    """List API keys

     List API keys. Returns metadata for each key (id, name, description, key_type, status, redacted_key,
    created_at, expires_at, created_by_user_id). The raw key secret is never returned after creation.
    Results can be filtered by key type, status, space, and creator. Responses are paginated; use
    `limit` and `cursor` and the response `pagination.next_cursor` for subsequent pages.  **Service keys
    (`key_type=SERVICE`):** Provide `space_id` to return all service keys for that space. When
    `key_type` is omitted alongside `space_id`, service keys are returned implicitly. Requires the
    `SERVICE_KEY_READ` permission in the space (or account/space admin). Optionally combine with
    `user_id` to filter service keys by their creator — available to any caller with space access (not
    admin-gated). Each service key entry includes `bot_user`, with the same fields as the bot user
    returned by `POST /v2/api-keys` — use `bot_user.id` as the `user_id` when creating a role binding
    for the key. Unlike the create response, `bot_user.organizations` may be empty in a list response: -
    When `space_id` is set, `bot_user.organizations` is always empty, including for the   queried space.
    The bot user may hold bindings in spaces or organizations the caller   cannot read, so the space-
    scoped listing returns no bindings. - When the bot user cannot be resolved (for example, it was
    deleted while the list ran),   `bot_user.name` is empty, `bot_user.organizations` is empty, and
    `bot_user.account_role`   is a `MEMBER` placeholder, not the bot user's real role. Do not make role
    decisions from   `account_role` when `name` is empty.  **User keys (`key_type=USER`):** Returned by
    default (no `space_id`). Provide `user_id` to view keys belonging to a specific user — account
    admins only; non-admins receive `403`.  <Note>This endpoint is in beta, read more
    [here](https://arize.com/docs/ax/rest-reference#api-version-stages).</Note>

    Args:
        key_type (ApiKeyType | Unset): Type of the API key. - USER - Personal key that
            authenticates as the creating user. - SERVICE - Key that authenticates as a service
            account with explicitly granted access.
        status (ApiKeyStatus | Unset): Current status of the API key. - ACTIVE - The key is valid
            for use. - REVOKED - The key has been revoked and is no longer valid.
        space_id (str | Unset):
        user_id (str | Unset):
        limit (int | Unset):
        cursor (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ListApiKeysResponse | Problem
    """

    return (
        await asyncio_detailed(
            client=client,
            key_type=key_type,
            status=status,
            space_id=space_id,
            user_id=user_id,
            limit=limit,
            cursor=cursor,
        )
    ).parsed
