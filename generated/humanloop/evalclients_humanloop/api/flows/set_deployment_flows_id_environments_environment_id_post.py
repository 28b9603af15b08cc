from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.flow_response import FlowResponse
from ...models.http_validation_error import HTTPValidationError
from ...types import UNSET, Response, path_segment


def build_request(
    id: str,
    environment_id: str,
    *,
    version_id: str,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["version_id"] = version_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/flows/{id}/environments/{environment_id}".format(
            id=path_segment(id),
            environment_id=path_segment(environment_id),
        ),
        "params": params,
    }

    return _kwargs


_get_kwargs = build_request


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> FlowResponse | HTTPValidationError | None:
    if response.status_code == 200:
        response_200 = FlowResponse.from_dict(response.json())

        return response_200

    if response.status_code == 422:
        response_422 = HTTPValidationError.from_dict(response.json())

        return response_422

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def parse_body(status: int, body: Any) -> FlowResponse | HTTPValidationError | None:
    """The typed value of ``body``, already decoded, answered with ``status``."""
    if status == 200:
        response_200 = FlowResponse.from_dict(body)

        return response_200

    if status == 422:
        response_422 = HTTPValidationError.from_dict(body)

        return response_422

    return None


BODY_SOURCES: dict[int, str] = {
    200: "json",
    422: "json",
}
"""What parse_body() takes for each status: json (json.loads() output), text, bytes or none."""


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[FlowResponse | HTTPValidationError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    id: str,
    environment_id: str,
    *,
    client: AuthenticatedClient,
    version_id: str,
) -> Response[FlowResponse | HTTPValidationError]:
    """Deploy Flow

     Deploy Flow to an Environment.

    Set the deployed version for the specified Environment. This Flow
    will be used for calls made to the Flow in this Environment.

    Args:
        id (str): Unique identifier for Flow.
        environment_id (str): Unique identifier for the Environment to deploy the Version to.
        version_id (str): Unique identifier for the specific version of the Flow.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[FlowResponse | HTTPValidationError]
    """

    kwargs = _get_kwargs(
        id=id,
        environment_id=environment_id,
        version_id=version_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    id: str,
    environment_id: str,
    *,
    client: AuthenticatedClient,
    version_id: str,
) -> FlowResponse | HTTPValidationError | None:
    """Deploy Flow

     Deploy Flow to an Environment.

    Set the deployed version for the specified Environment. This Flow
    will be used for calls made to the Flow in this Environment.

    Args:
        id (str): Unique identifier for Flow.
        environment_id (str): Unique identifier for the Environment to deploy the Version to.
        version_id (str): Unique identifier for the specific version of the Flow.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        FlowResponse | HTTPValidationError
    """

    return sync_detailed(
        id=id,
        environment_id=environment_id,
        client=client,
        version_id=version_id,
    ).parsed


async def asyncio_detailed(
    id: str,
    environment_id: str,
    *,
    client: AuthenticatedClient,
    version_id: str,
) -> Response[FlowResponse | HTTPValidationError]:
    """Deploy Flow

     Deploy Flow to an Environment.

    Set the deployed version for the specified Environment. This Flow
    will be used for calls made to the Flow in this Environment.

    Args:
        id (str): Unique identifier for Flow.
        environment_id (str): Unique identifier for the Environment to deploy the Version to.
        version_id (str): Unique identifier for the specific version of the Flow.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[FlowResponse | HTTPValidationError]
    """

    kwargs = _get_kwargs(
        id=id,
        environment_id=environment_id,
        version_id=version_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: str,
    environment_id: str,
    *,
    client: AuthenticatedClient,
    version_id: str,
) -> FlowResponse | HTTPValidationError | None:
    """Deploy Flow

     Deploy Flow to an Environment.

    Set the deployed version for the specified Environment. This Flow
    will be used for calls made to the Flow in this Environment.

    Args:
        id (str): Unique identifier for Flow.
        environment_id (str): Unique identifier for the Environment to deploy the Version to.
        version_id (str): Unique identifier for the specific version of the Flow.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        FlowResponse | HTTPValidationError
    """

    return (
        await asyncio_detailed(
            id=id,
            environment_id=environment_id,
            client=client,
            version_id=version_id,
        )
    ).parsed
