from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.http_validation_error import HTTPValidationError
from ...models.prompt_response import PromptResponse
from ...types import UNSET, Response, Unset, path_segment


def build_request(
    id: str,
    *,
    version_id: str | Unset = UNSET,
    environment: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["version_id"] = version_id

    params["environment"] = environment

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/prompts/{id}".format(
            id=path_segment(id),
        ),
        "params": params,
    }

    return _kwargs


_get_kwargs = build_request


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> HTTPValidationError | PromptResponse | None:
    if response.status_code == 200:
        response_200 = PromptResponse.from_dict(response.json())

        return response_200

    if response.status_code == 422:
        response_422 = HTTPValidationError.from_dict(response.json())

        return response_422

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def parse_body(status: int, body: Any) -> HTTPValidationError | PromptResponse | None:
    """The typed value of ``body``, already decoded, answered with ``status``."""
    if status == 200:
        response_200 = PromptResponse.from_dict(body)

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
) -> Response[HTTPValidationError | PromptResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    id: str,
    *,
    client: AuthenticatedClient,
    version_id: str | Unset = UNSET,
    environment: str | Unset = UNSET,
) -> Response[HTTPValidationError | PromptResponse]:
    """Get Prompt

     Retrieve the Prompt with the given ID.

    By default, the deployed version of the Prompt is returned. Use the query parameters
    `version_id` or `environment` to target a specific version of the Prompt.

    Args:
        id (str): Unique identifier for Prompt.
        version_id (str | Unset): A specific Version ID of the Prompt to retrieve.
        environment (str | Unset): Name of the Environment to retrieve a deployed Version from.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[HTTPValidationError | PromptResponse]
    """

    kwargs = _get_kwargs(
        id=id,
        version_id=version_id,
        environment=environment,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    id: str,
    *,
    client: AuthenticatedClient,
    version_id: str | Unset = UNSET,
    environment: str | Unset = UNSET,
) -> HTTPValidationError | PromptResponse | None:
    """Get Prompt

     Retrieve the Prompt with the given ID.

    By default, the deployed version of the Prompt is returned. Use the query parameters
    `version_id` or `environment` to target a specific version of the Prompt.

    Args:
        id (str): Unique identifier for Prompt.
        version_id (str | Unset): A specific Version ID of the Prompt to retrieve.
        environment (str | Unset): Name of the Environment to retrieve a deployed Version from.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        HTTPValidationError | PromptResponse
    """

    return sync_detailed(
        id=id,
        client=client,
        version_id=version_id,
        environment=environment,
    ).parsed


async def asyncio_detailed(
    id: str,
    *,
    client: AuthenticatedClient,
    version_id: str | Unset = UNSET,
    environment: str | Unset = UNSET,
) -> Response[HTTPValidationError | PromptResponse]:
    """Get Prompt

     Retrieve the Prompt with the given ID.

    By default, the deployed version of the Prompt is returned. Use the query parameters
    `version_id` or `environment` to target a specific version of the Prompt.

    Args:
        id (str): Unique identifier for Prompt.
        version_id (str | Unset): A specific Version ID of the Prompt to retrieve.
        environment (str | Unset): Name of the Environment to retrieve a deployed Version from.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[HTTPValidationError | PromptResponse]
    """

    kwargs = _get_kwargs(
        id=id,
        version_id=version_id,
        environment=environment,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: str,
    *,
    client: AuthenticatedClient,
    version_id: str | Unset = UNSET,
    environment: str | Unset = UNSET,
) -> HTTPValidationError | PromptResponse | None:
    """Get Prompt

     Retrieve the Prompt with the given ID.

    By default, the deployed version of the Prompt is returned. Use the query parameters
    `version_id` or `environment` to target a specific version of the Prompt.

    Args:
        id (str): Unique identifier for Prompt.
        version_id (str | Unset): A specific Version ID of the Prompt to retrieve.
        environment (str | Unset): Name of the Environment to retrieve a deployed Version from.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        HTTPValidationError | PromptResponse
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            version_id=version_id,
            environment=environment,
        )
    ).parsed
