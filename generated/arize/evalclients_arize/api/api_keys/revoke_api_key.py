from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.problem import Problem
from ...types import Response, path_segment


def build_request(
    api_key_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/v2/api-keys/{api_key_id}/revoke".format(
            api_key_id=path_segment(api_key_id),
        ),
    }

    return _kwargs


_get_kwargs = build_request


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | Problem | None:
    if response.status_code == 204:
        response_204 = cast(Any, None)
        return response_204

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


def parse_body(status: int, body: Any) -> Any | Problem | None:
    """The typed value of ``body``, already decoded, answered with ``status``."""
    if status == 204:
        response_204 = cast(Any, None)
        return response_204

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
    204: "none",
    400: "json",
    401: "json",
    403: "json",
    404: "json",
    429: "json",
}
"""What parse_body() takes for each status: json (json.loads() output), text, bytes or none."""


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Any | Problem]:
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
) -> Response[Any | Problem]:
    """Revoke an API key

     Revoke an API key by its ID. The key will immediately stop working for authentication. Revoking an
    already-revoked key is a no-op and still returns `204`.  **Authorization:** - **User keys:** The
    key's creator or an account admin may revoke the key. - **Service keys:** Account admins and space
    admins in all of the key's bound spaces may   revoke the key regardless of who created it. All other
    callers must have the   `SERVICE_KEY_REVOKE` permission in every bound space and must be the key's
    creator.   Callers without read access to the key receive `404` to prevent key-ID enumeration.
    <Note>This endpoint is in beta, read more [here](https://arize.com/docs/ax/rest-reference#api-
    version-stages).</Note>

    Args:
        api_key_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Problem]
    """

    kwargs = _get_kwargs(
        api_key_id=api_key_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    api_key_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Any | Problem | None:
    """Revoke an API key

     Revoke an API key by its ID. The key will immediately stop working for authentication. Revoking an
    already-revoked key is a no-op and still returns `204`.  **Authorization:** - **User keys:** The
    key's creator or an account admin may revoke the key. - **Service keys:** Account admins and space
    admins in all of the key's bound spaces may   revoke the key regardless of who created it. All other
    callers must have the   `SERVICE_KEY_REVOKE` permission in every bound space and must be the key's
    creator.   Callers without read access to the key receive `404` to prevent key-ID enumeration.
    <Note>This endpoint is in beta, read more [here](https://arize.com/docs/ax/rest-reference#api-
    version-stages).</Note>

    Args:
        api_key_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Problem
    """

    return sync_detailed(
        api_key_id=api_key_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    api_key_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Any | Problem]:
    """Revoke an API key

     Revoke an API key by its ID. The key will immediately stop working for authentication. Revoking an
    already-revoked key is a no-op and still returns `204`.  **Authorization:** - **User keys:** The
    key's creator or an account admin may revoke the key. - **Service keys:** Account admins and space
    admins in all of the key's bound spaces may   revoke the key regardless of who created it. All other
    callers must have the   `SERVICE_KEY_REVOKE` permission in every bound space and must be the key's
    creator.   Callers without read access to the key receive `404` to prevent key-ID enumeration.
    <Note>This endpoint is in beta, read more [here](https://arize.com/docs/ax/rest-reference#api-
    version-stages).</Note>

    Args:
        api_key_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Problem]
    """

    kwargs = _get_kwargs(
        api_key_id=api_key_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    api_key_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Any | Problem | None:
    """Revoke an API key

     Revoke an API key by its ID. The key will immediately stop working for authentication. Revoking an
    already-revoked key is a no-op and still returns `204`.  **Authorization:** - **User keys:** The
    key's creator or an account admin may revoke the key. - **Service keys:** Account admins and space
    admins in all of the key's bound spaces may   revoke the key regardless of who created it. All other
    callers must have the   `SERVICE_KEY_REVOKE` permission in every bound space and must be the key's
    creator.   Callers without read access to the key receive `404` to prevent key-ID enumeration.
    <Note>This endpoint is in beta, read more [here](https://arize.com/docs/ax/rest-reference#api-
    version-stages).</Note>

    Args:
        api_key_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Problem
    """

    return (
        await asyncio_detailed(
            api_key_id=api_key_id,
            client=client,
        )
    ).parsed
