from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.create_prompt_version_request_body import CreatePromptVersionRequestBody
from ...models.create_prompt_version_response_body import CreatePromptVersionResponseBody
from ...types import Response, path_segment


def build_request(
    prompt_identifier: str,
    *,
    body: CreatePromptVersionRequestBody,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/prompts/{prompt_identifier}/versions".format(
            prompt_identifier=path_segment(prompt_identifier),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


_get_kwargs = build_request


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CreatePromptVersionResponseBody | str | None:
    if response.status_code == 201:
        response_201 = CreatePromptVersionResponseBody.from_dict(response.json())

        return response_201

    if response.status_code == 403:
        response_403 = response.text
        return response_403

    if response.status_code == 404:
        response_404 = response.text
        return response_404

    if response.status_code == 422:
        response_422 = response.text
        return response_422

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def parse_body(status: int, body: Any) -> CreatePromptVersionResponseBody | str | None:
    """The typed value of ``body``, already decoded, answered with ``status``."""
    if status == 201:
        response_201 = CreatePromptVersionResponseBody.from_dict(body)

        return response_201

    if status == 403:
        response_403 = body
        return response_403

    if status == 404:
        response_404 = body
        return response_404

    if status == 422:
        response_422 = body
        return response_422

    return None


BODY_SOURCES: dict[int, str] = {
    201: "json",
    403: "text",
    404: "text",
    422: "text",
}
"""What parse_body() takes for each status: json (json.loads() output), text, bytes or none."""


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[CreatePromptVersionResponseBody | str]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    prompt_identifier: str,
    *,
    client: AuthenticatedClient | Client,
    body: CreatePromptVersionRequestBody,
) -> Response[CreatePromptVersionResponseBody | str]:
    """Create prompt version

     Create a new version for an existing prompt by identifier.

    Args:
        prompt_identifier (str): The identifier of the prompt, i.e. name or ID.
        body (CreatePromptVersionRequestBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreatePromptVersionResponseBody | str]
    """

    kwargs = _get_kwargs(
        prompt_identifier=prompt_identifier,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    prompt_identifier: str,
    *,
    client: AuthenticatedClient | Client,
    body: CreatePromptVersionRequestBody,
) -> CreatePromptVersionResponseBody | str | None:
    """Create prompt version

     Create a new version for an existing prompt by identifier.

    Args:
        prompt_identifier (str): The identifier of the prompt, i.e. name or ID.
        body (CreatePromptVersionRequestBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreatePromptVersionResponseBody | str
    """

    return sync_detailed(
        prompt_identifier=prompt_identifier,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    prompt_identifier: str,
    *,
    client: AuthenticatedClient | Client,
    body: CreatePromptVersionRequestBody,
) -> Response[CreatePromptVersionResponseBody | str]:
    """Create prompt version

     Create a new version for an existing prompt by identifier.

    Args:
        prompt_identifier (str): The identifier of the prompt, i.e. name or ID.
        body (CreatePromptVersionRequestBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreatePromptVersionResponseBody | str]
    """

    kwargs = _get_kwargs(
        prompt_identifier=prompt_identifier,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    prompt_identifier: str,
    *,
    client: AuthenticatedClient | Client,
    body: CreatePromptVersionRequestBody,
) -> CreatePromptVersionResponseBody | str | None:
    """Create prompt version

     Create a new version for an existing prompt by identifier.

    Args:
        prompt_identifier (str): The identifier of the prompt, i.e. name or ID.
        body (CreatePromptVersionRequestBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreatePromptVersionResponseBody | str
    """

    return (
        await asyncio_detailed(
            prompt_identifier=prompt_identifier,
            client=client,
            body=body,
        )
    ).parsed
