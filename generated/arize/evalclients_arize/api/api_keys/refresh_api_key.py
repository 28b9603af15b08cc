from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.problem import Problem
from ...models.refresh_api_key_request import RefreshApiKeyRequest
from ...models.refresh_api_key_response import RefreshApiKeyResponse
from ...types import UNSET, Response, Unset, path_segment


def build_request(
    api_key_id: str,
    *,
    body: RefreshApiKeyRequest | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v2/api-keys/{api_key_id}/refresh".format(
            api_key_id=path_segment(api_key_id),
        ),
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


_get_kwargs = build_request


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Problem | RefreshApiKeyResponse | None:
    if response.status_code == 200:
        response_200 = RefreshApiKeyResponse.from_dict(response.json())

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


def parse_body(status: int, body: Any) -> Problem | RefreshApiKeyResponse | None:
    """The typed value of ``body``, already decoded, answered with ``status``."""
    if status == 200:
        response_200 = RefreshApiKeyResponse.from_dict(body)

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
) -> Response[Problem | RefreshApiKeyResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    api_key_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: RefreshApiKeyRequest | Unset = UNSET,
) -> Response[Problem | RefreshApiKeyResponse]:
    """Refresh an API key

     Atomically revoke an existing API key and issue a replacement with the same metadata (name,
    description, and key type).  The old key is invalidated and the new key is activated in a single
    transaction — there is no window where neither key is valid. The full new key value (`key`) is
    **only returned once** in the response. Store it securely.  When developer access is disabled for an
    account, refreshing a user key or service key returns `403`.  **Authorization:** - **User keys:**
    The creator or an account admin may refresh the key. - **Service keys:** space admins (and higher)
    may refresh any service key in their space.   Non-admins require the `SERVICE_KEY_CREATE` permission
    and must be the creator of the key.  **Expiry behaviour:** `expires_at` is **required** when the
    existing key has an expiry — omitting it would extend the key's lifetime to unbounded and is
    rejected with `422`. For unbounded existing keys, `expires_at` may be omitted (the replacement is
    also unbounded) or supplied to add a specific expiry. The value must not be later than the existing
    key's expiry; to issue a key with a longer lifetime, use `POST /v2/api-keys`.  **Account key
    lifetime limit:** If your account limits the maximum API key lifetime, an `expires_at` beyond that
    maximum is rejected with `422`. When the existing key has no expiry and `expires_at` is omitted, the
    refreshed key expires at the maximum lifetime from now. To bring a key that exceeds the limit into
    compliance, supply a compliant `expires_at`.  **Grace period:** Supply `grace_period_seconds` in the
    request body to keep the old key valid for that many seconds after the refresh. If not supplied, the
    old key is revoked immediately.  <Note>This endpoint is in beta, read more
    [here](https://arize.com/docs/ax/rest-reference#api-version-stages).</Note>

    Args:
        api_key_id (str):
        body (RefreshApiKeyRequest | Unset): RefreshApiKeyRequest

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | RefreshApiKeyResponse]
    """

    kwargs = _get_kwargs(
        api_key_id=api_key_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    api_key_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: RefreshApiKeyRequest | Unset = UNSET,
) -> Problem | RefreshApiKeyResponse | None:
    """Refresh an API key

     Atomically revoke an existing API key and issue a replacement with the same metadata (name,
    description, and key type).  The old key is invalidated and the new key is activated in a single
    transaction — there is no window where neither key is valid. The full new key value (`key`) is
    **only returned once** in the response. Store it securely.  When developer access is disabled for an
    account, refreshing a user key or service key returns `403`.  **Authorization:** - **User keys:**
    The creator or an account admin may refresh the key. - **Service keys:** space admins (and higher)
    may refresh any service key in their space.   Non-admins require the `SERVICE_KEY_CREATE` permission
    and must be the creator of the key.  **Expiry behaviour:** `expires_at` is **required** when the
    existing key has an expiry — omitting it would extend the key's lifetime to unbounded and is
    rejected with `422`. For unbounded existing keys, `expires_at` may be omitted (the replacement is
    also unbounded) or supplied to add a specific expiry. The value must not be later than the existing
    key's expiry; to issue a key with a longer lifetime, use `POST /v2/api-keys`.  **Account key
    lifetime limit:** If your account limits the maximum API key lifetime, an `expires_at` beyond that
    maximum is rejected with `422`. When the existing key has no expiry and `expires_at` is omitted, the
    refreshed key expires at the maximum lifetime from now. To bring a key that exceeds the limit into
    compliance, supply a compliant `expires_at`.  **Grace period:** Supply `grace_period_seconds` in the
    request body to keep the old key valid for that many seconds after the refresh. If not supplied, the
    old key is revoked immediately.  <Note>This endpoint is in beta, read more
    [here](https://arize.com/docs/ax/rest-reference#api-version-stages).</Note>

    Args:
        api_key_id (str):
        body (RefreshApiKeyRequest | Unset): RefreshApiKeyRequest

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | RefreshApiKeyResponse
    """

    return sync_detailed(
        api_key_id=api_key_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    api_key_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: RefreshApiKeyRequest | Unset = UNSET,
) -> Response[Problem | RefreshApiKeyResponse]:
    """Refresh an API key

     Atomically revoke an existing API key and issue a replacement with the same metadata (name,
    description, and key type).  The old key is invalidated and the new key is activated in a single
    transaction — there is no window where neither key is valid. The full new key value (`key`) is
    **only returned once** in the response. Store it securely.  When developer access is disabled for an
    account, refreshing a user key or service key returns `403`.  **Authorization:** - **User keys:**
    The creator or an account admin may refresh the key. - **Service keys:** space admins (and higher)
    may refresh any service key in their space.   Non-admins require the `SERVICE_KEY_CREATE` permission
    and must be the creator of the key.  **Expiry behaviour:** `expires_at` is **required** when the
    existing key has an expiry — omitting it would extend the key's lifetime to unbounded and is
    rejected with `422`. For unbounded existing keys, `expires_at` may be omitted (the replacement is
    also unbounded) or supplied to add a specific expiry. The value must not be later than the existing
    key's expiry; to issue a key with a longer lifetime, use `POST /v2/api-keys`.  **Account key
    lifetime limit:** If your account limits the maximum API key lifetime, an `expires_at` beyond that
    maximum is rejected with `422`. When the existing key has no expiry and `expires_at` is omitted, the
    refreshed key expires at the maximum lifetime from now. To bring a key that exceeds the limit into
    compliance, supply a compliant `expires_at`.  **Grace period:** Supply `grace_period_seconds` in the
    request body to keep the old key valid for that many seconds after the refresh. If not supplied, the
    old key is revoked immediately.  <Note>This endpoint is in beta, read more
    [here](https://arize.com/docs/ax/rest-reference#api-version-stages).</Note>

    Args:
        api_key_id (str):
        body (RefreshApiKeyRequest | Unset): RefreshApiKeyRequest

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | RefreshApiKeyResponse]
    """

    kwargs = _get_kwargs(
        api_key_id=api_key_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    api_key_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: RefreshApiKeyRequest | Unset = UNSET,
) -> Problem | RefreshApiKeyResponse | None:
    """Refresh an API key

     Atomically revoke an existing API key and issue a replacement with the same metadata (name,
    description, and key type).  The old key is invalidated and the new key is activated in a single
    transaction — there is no window where neither key is valid. The full new key value (`key`) is
    **only returned once** in the response. Store it securely.  When developer access is disabled for an
    account, refreshing a user key or service key returns `403`.  **Authorization:** - **User keys:**
    The creator or an account admin may refresh the key. - **Service keys:** space admins (and higher)
    may refresh any service key in their space.   Non-admins require the `SERVICE_KEY_CREATE` permission
    and must be the creator of the key.  **Expiry behaviour:** `expires_at` is **required** when the
    existing key has an expiry — omitting it would extend the key's lifetime to unbounded and is
    rejected with `422`. For unbounded existing keys, `expires_at` may be omitted (the replacement is
    also unbounded) or supplied to add a specific expiry. The value must not be later than the existing
    key's expiry; to issue a key with a longer lifetime, use `POST /v2/api-keys`.  **Account key
    lifetime limit:** If your account limits the maximum API key lifetime, an `expires_at` beyond that
    maximum is rejected with `422`. When the existing key has no expiry and `expires_at` is omitted, the
    refreshed key expires at the maximum lifetime from now. To bring a key that exceeds the limit into
    compliance, supply a compliant `expires_at`.  **Grace period:** Supply `grace_period_seconds` in the
    request body to keep the old key valid for that many seconds after the refresh. If not supplied, the
    old key is revoked immediately.  <Note>This endpoint is in beta, read more
    [here](https://arize.com/docs/ax/rest-reference#api-version-stages).</Note>

    Args:
        api_key_id (str):
        body (RefreshApiKeyRequest | Unset): RefreshApiKeyRequest

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | RefreshApiKeyResponse
    """

    return (
        await asyncio_detailed(
            api_key_id=api_key_id,
            client=client,
            body=body,
        )
    ).parsed
