from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.http_validation_error import HTTPValidationError
from ...models.tool_response import ToolResponse
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
        "url": "/tools/{id}/environments/{environment_id}".format(
            id=path_segment(id),
            environment_id=path_segment(environment_id),
        ),
        "params": params,
    }

    return _kwargs


_get_kwargs = build_request


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> HTTPValidationError | ToolResponse | None:
    if response.status_code == 200:
        response_200 = ToolResponse.from_dict(response.json())

        return response_200

    if response.status_code == 422:
        response_422 = HTTPValidationError.from_dict(response.json())

        return response_422

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def parse_body(status: int, body: Any) -> HTTPValidationError | ToolResponse | None:
    """The typed value of ``body``, already decoded, answered with ``status``."""
    if status == 200:
        response_200 = ToolResponse.from_dict(body)

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
) -> Response[HTTPValidationError | ToolResponse]:
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
) -> Response[HTTPValidationError | ToolResponse]:
    """Deploy Tool

     Deploy Tool to an Environment.

    Set the deployed version for the specified Environment. This Prompt
    will be used for calls made to the Tool in this Environment.

    Args:
        id (str): Unique identifier for Tool.
        environment_id (str): Unique identifier for the Environment to deploy the Version to.
        version_id (str): Unique identifier for the specific version of the Tool.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[HTTPValidationError | ToolResponse]
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
) -> HTTPValidationError | ToolResponse | None:
    """Deploy Tool

     Deploy Tool to an Environment.

    Set the deployed version for the specified Environment. This Prompt
    will be used for calls made to the Tool in this Environment.

    Args:
        id (str): Unique identifier for Tool.
        environment_id (str): Unique identifier for the Environment to deploy the Version to.
        version_id (str): Unique identifier for the specific version of the Tool.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        HTTPValidationError | ToolResponse
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
) -> Response[HTTPValidationError | ToolResponse]:
    """Deploy Tool

     Deploy Tool to an Environment.

    Set the deployed version for the specified Environment. This Prompt
    will be used for calls made to the Tool in this Environment.

    Args:
        id (str): Unique identifier for Tool.
        environment_id (str): Unique identifier for the Environment to deploy the Version to.
        version_id (str): Unique identifier for the specific version of the Tool.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[HTTPValidationError | ToolResponse]
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
) -> HTTPValidationError | ToolResponse | None:
    """Deploy Tool

     Deploy Tool to an Environment.

    Set the deployed version for the specified Environment. This Prompt
    will be used for calls made to the Tool in this Environment.

    Args:
        id (str): Unique identifier for Tool.
        environment_id (str): Unique identifier for the Environment to deploy the Version to.
        version_id (str): Unique identifier for the specific version of the Tool.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        HTTPValidationError | ToolResponse
    """

    return (
        await asyncio_detailed(
            id=id,
            environment_id=environment_id,
            client=client,
            version_id=version_id,
        )
    ).parsed
