from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.http_validation_error import HTTPValidationError
from ...models.prompt_request import PromptRequest
from ...models.prompt_response import PromptResponse
from ...types import Response


def build_request(
    *,
    body: PromptRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/prompts",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
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
    *,
    client: AuthenticatedClient,
    body: PromptRequest,
) -> Response[HTTPValidationError | PromptResponse]:
    """Upsert Prompt

     Create a Prompt or update it with a new version if it already exists.

    Prompts are identified by the `ID` or their `path`. The parameters (i.e. the prompt template,
    temperature, model etc.) determine the versions of the Prompt.

    If you provide a commit message, then the new version will be committed;
    otherwise it will be uncommitted. If you try to commit an already committed version,
    an exception will be raised.

    Args:
        body (PromptRequest): Request model for creating a new Prompt

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[HTTPValidationError | PromptResponse]
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
    client: AuthenticatedClient,
    body: PromptRequest,
) -> HTTPValidationError | PromptResponse | None:
    """Upsert Prompt

     Create a Prompt or update it with a new version if it already exists.

    Prompts are identified by the `ID` or their `path`. The parameters (i.e. the prompt template,
    temperature, model etc.) determine the versions of the Prompt.

    If you provide a commit message, then the new version will be committed;
    otherwise it will be uncommitted. If you try to commit an already committed version,
    an exception will be raised.

    Args:
        body (PromptRequest): Request model for creating a new Prompt

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        HTTPValidationError | PromptResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: PromptRequest,
) -> Response[HTTPValidationError | PromptResponse]:
    """Upsert Prompt

     Create a Prompt or update it with a new version if it already exists.

    Prompts are identified by the `ID` or their `path`. The parameters (i.e. the prompt template,
    temperature, model etc.) determine the versions of the Prompt.

    If you provide a commit message, then the new version will be committed;
    otherwise it will be uncommitted. If you try to commit an already committed version,
    an exception will be raised.

    Args:
        body (PromptRequest): Request model for creating a new Prompt

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[HTTPValidationError | PromptResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: PromptRequest,
) -> HTTPValidationError | PromptResponse | None:
    """Upsert Prompt

     Create a Prompt or update it with a new version if it already exists.

    Prompts are identified by the `ID` or their `path`. The parameters (i.e. the prompt template,
    temperature, model etc.) determine the versions of the Prompt.

    If you provide a commit message, then the new version will be committed;
    otherwise it will be uncommitted. If you try to commit an already committed version,
    an exception will be raised.

    Args:
        body (PromptRequest): Request model for creating a new Prompt

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        HTTPValidationError | PromptResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
