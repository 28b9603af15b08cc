from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.create_service_api_key_request import CreateServiceApiKeyRequest
from ...models.create_user_api_key_request import CreateUserApiKeyRequest
from ...models.created_service_api_key import CreatedServiceApiKey
from ...models.created_user_api_key import CreatedUserApiKey
from ...models.problem import Problem
from ...types import Response


def build_request(
    *,
    body: CreateServiceApiKeyRequest | CreateUserApiKeyRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v2/api-keys",
    }

    if isinstance(body, CreateUserApiKeyRequest):
        _kwargs["json"] = body.to_dict()
    else:
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


_get_kwargs = build_request


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CreatedServiceApiKey | CreatedUserApiKey | Problem | None:
    if response.status_code == 201:

        def _parse_response_201(data: object) -> CreatedServiceApiKey | CreatedUserApiKey:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_create_api_key_response_type_0 = CreatedUserApiKey.from_dict(
                    data, _strict=True
                )

                return componentsschemas_create_api_key_response_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemas_create_api_key_response_type_1 = CreatedServiceApiKey.from_dict(
                data, _strict=True
            )

            return componentsschemas_create_api_key_response_type_1

        response_201 = _parse_response_201(response.json())

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


def parse_body(status: int, body: Any) -> CreatedServiceApiKey | CreatedUserApiKey | Problem | None:
    """The typed value of ``body``, already decoded, answered with ``status``."""
    if status == 201:

        def _parse_response_201(data: object) -> CreatedServiceApiKey | CreatedUserApiKey:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_create_api_key_response_type_0 = CreatedUserApiKey.from_dict(
                    data, _strict=True
                )

                return componentsschemas_create_api_key_response_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemas_create_api_key_response_type_1 = CreatedServiceApiKey.from_dict(
                data, _strict=True
            )

            return componentsschemas_create_api_key_response_type_1

        response_201 = _parse_response_201(body)

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
    422: "json",
    429: "json",
}
"""What parse_body() takes for each status: json (json.loads() output), text, bytes or none."""


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[CreatedServiceApiKey | CreatedUserApiKey | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CreateServiceApiKeyRequest | CreateUserApiKeyRequest,
) -> Response[CreatedServiceApiKey | CreatedUserApiKey | Problem]:
    """Create an API key

     Create a new API key for the authenticated user.  - Choose `key_type: "USER"` for a personal key
    that authenticates as you, or   `key_type: "SERVICE"` for an automated service account key. The
    field is required. - For service keys, supply at least one space via the `organizations` array. The
    service   account is granted membership in each specified space. Multiple organizations and multiple
    spaces per organization are supported. - For `USER` keys, the key inherits the authenticated user's
    own permissions. - You may only assign roles at or below your own privilege level. Attempting to
    assign a role higher than your own returns `422 Unprocessable Entity`. - All roles default to
    minimum privilege when omitted: space roles default to `MEMBER`,   organization roles default to
    `READ_ONLY`, and `account_role` defaults to `MEMBER`.  **Authorization:** - **User keys:** The
    authenticated user may create personal keys for themselves. - **Service keys:** Requires the
    `SERVICE_KEY_CREATE` permission in the target space (space   member or above).  When developer
    access is disabled for an account, users cannot create user keys or service keys. Existing service
    keys remain active with their assigned roles.  **Account key lifetime limit:** Your account may
    limit the maximum lifetime of API keys. The limit applies to both user keys and service keys. When
    it is set and `expires_at` is omitted, the key expires at the maximum lifetime from now. An
    `expires_at` beyond the maximum is rejected with `422 Unprocessable Entity`.  The full API key value
    (`key`) is **only returned once** in the creation response. Store it securely — it cannot be
    retrieved again. Use the `redacted_key` field on subsequent reads.  <Note>This endpoint is in beta,
    read more [here](https://arize.com/docs/ax/rest-reference#api-version-stages).</Note>

    Args:
        body (CreateServiceApiKeyRequest | CreateUserApiKeyRequest): Request body for creating an
            API key. Set `key_type` to select the kind of key: - `USER` — authenticates as the
            creating user, inheriting their current permissions. - `SERVICE` — authenticates as a
            service account: a dedicated, automatically provisioned   identity with roles explicitly
            configured in the spaces you specify. Use this for   automation, CI/CD pipelines, or any
            workload that should run independently of a   specific user.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreatedServiceApiKey | CreatedUserApiKey | Problem]
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
    body: CreateServiceApiKeyRequest | CreateUserApiKeyRequest,
) -> CreatedServiceApiKey | CreatedUserApiKey | Problem | None:
    """Create an API key

     Create a new API key for the authenticated user.  - Choose `key_type: "USER"` for a personal key
    that authenticates as you, or   `key_type: "SERVICE"` for an automated service account key. The
    field is required. - For service keys, supply at least one space via the `organizations` array. The
    service   account is granted membership in each specified space. Multiple organizations and multiple
    spaces per organization are supported. - For `USER` keys, the key inherits the authenticated user's
    own permissions. - You may only assign roles at or below your own privilege level. Attempting to
    assign a role higher than your own returns `422 Unprocessable Entity`. - All roles default to
    minimum privilege when omitted: space roles default to `MEMBER`,   organization roles default to
    `READ_ONLY`, and `account_role` defaults to `MEMBER`.  **Authorization:** - **User keys:** The
    authenticated user may create personal keys for themselves. - **Service keys:** Requires the
    `SERVICE_KEY_CREATE` permission in the target space (space   member or above).  When developer
    access is disabled for an account, users cannot create user keys or service keys. Existing service
    keys remain active with their assigned roles.  **Account key lifetime limit:** Your account may
    limit the maximum lifetime of API keys. The limit applies to both user keys and service keys. When
    it is set and `expires_at` is omitted, the key expires at the maximum lifetime from now. An
    `expires_at` beyond the maximum is rejected with `422 Unprocessable Entity`.  The full API key value
    (`key`) is **only returned once** in the creation response. Store it securely — it cannot be
    retrieved again. Use the `redacted_key` field on subsequent reads.  <Note>This endpoint is in beta,
    read more [here](https://arize.com/docs/ax/rest-reference#api-version-stages).</Note>

    Args:
        body (CreateServiceApiKeyRequest | CreateUserApiKeyRequest): Request body for creating an
            API key. Set `key_type` to select the kind of key: - `USER` — authenticates as the
            creating user, inheriting their current permissions. - `SERVICE` — authenticates as a
            service account: a dedicated, automatically provisioned   identity with roles explicitly
            configured in the spaces you specify. Use this for   automation, CI/CD pipelines, or any
            workload that should run independently of a   specific user.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreatedServiceApiKey | CreatedUserApiKey | Problem
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CreateServiceApiKeyRequest | CreateUserApiKeyRequest,
) -> Response[CreatedServiceApiKey | CreatedUserApiKey | Problem]:
    """Create an API key

     Create a new API key for the authenticated user.  - Choose `key_type: "USER"` for a personal key
    that authenticates as you, or   `key_type: "SERVICE"` for an automated service account key. The
    field is required. - For service keys, supply at least one space via the `organizations` array. The
    service   account is granted membership in each specified space. Multiple organizations and multiple
    spaces per organization are supported. - For `USER` keys, the key inherits the authenticated user's
    own permissions. - You may only assign roles at or below your own privilege level. Attempting to
    assign a role higher than your own returns `422 Unprocessable Entity`. - All roles default to
    minimum privilege when omitted: space roles default to `MEMBER`,   organization roles default to
    `READ_ONLY`, and `account_role` defaults to `MEMBER`.  **Authorization:** - **User keys:** The
    authenticated user may create personal keys for themselves. - **Service keys:** Requires the
    `SERVICE_KEY_CREATE` permission in the target space (space   member or above).  When developer
    access is disabled for an account, users cannot create user keys or service keys. Existing service
    keys remain active with their assigned roles.  **Account key lifetime limit:** Your account may
    limit the maximum lifetime of API keys. The limit applies to both user keys and service keys. When
    it is set and `expires_at` is omitted, the key expires at the maximum lifetime from now. An
    `expires_at` beyond the maximum is rejected with `422 Unprocessable Entity`.  The full API key value
    (`key`) is **only returned once** in the creation response. Store it securely — it cannot be
    retrieved again. Use the `redacted_key` field on subsequent reads.  <Note>This endpoint is in beta,
    read more [here](https://arize.com/docs/ax/rest-reference#api-version-stages).</Note>

    Args:
        body (CreateServiceApiKeyRequest | CreateUserApiKeyRequest): Request body for creating an
            API key. Set `key_type` to select the kind of key: - `USER` — authenticates as the
            creating user, inheriting their current permissions. - `SERVICE` — authenticates as a
            service account: a dedicated, automatically provisioned   identity with roles explicitly
            configured in the spaces you specify. Use this for   automation, CI/CD pipelines, or any
            workload that should run independently of a   specific user.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreatedServiceApiKey | CreatedUserApiKey | Problem]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: CreateServiceApiKeyRequest | CreateUserApiKeyRequest,
) -> CreatedServiceApiKey | CreatedUserApiKey | Problem | None:
    """Create an API key

     Create a new API key for the authenticated user.  - Choose `key_type: "USER"` for a personal key
    that authenticates as you, or   `key_type: "SERVICE"` for an automated service account key. The
    field is required. - For service keys, supply at least one space via the `organizations` array. The
    service   account is granted membership in each specified space. Multiple organizations and multiple
    spaces per organization are supported. - For `USER` keys, the key inherits the authenticated user's
    own permissions. - You may only assign roles at or below your own privilege level. Attempting to
    assign a role higher than your own returns `422 Unprocessable Entity`. - All roles default to
    minimum privilege when omitted: space roles default to `MEMBER`,   organization roles default to
    `READ_ONLY`, and `account_role` defaults to `MEMBER`.  **Authorization:** - **User keys:** The
    authenticated user may create personal keys for themselves. - **Service keys:** Requires the
    `SERVICE_KEY_CREATE` permission in the target space (space   member or above).  When developer
    access is disabled for an account, users cannot create user keys or service keys. Existing service
    keys remain active with their assigned roles.  **Account key lifetime limit:** Your account may
    limit the maximum lifetime of API keys. The limit applies to both user keys and service keys. When
    it is set and `expires_at` is omitted, the key expires at the maximum lifetime from now. An
    `expires_at` beyond the maximum is rejected with `422 Unprocessable Entity`.  The full API key value
    (`key`) is **only returned once** in the creation response. Store it securely — it cannot be
    retrieved again. Use the `redacted_key` field on subsequent reads.  <Note>This endpoint is in beta,
    read more [here](https://arize.com/docs/ax/rest-reference#api-version-stages).</Note>

    Args:
        body (CreateServiceApiKeyRequest | CreateUserApiKeyRequest): Request body for creating an
            API key. Set `key_type` to select the kind of key: - `USER` — authenticates as the
            creating user, inheriting their current permissions. - `SERVICE` — authenticates as a
            service account: a dedicated, automatically provisioned   identity with roles explicitly
            configured in the spaces you specify. Use this for   automation, CI/CD pipelines, or any
            workload that should run independently of a   specific user.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreatedServiceApiKey | CreatedUserApiKey | Problem
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
