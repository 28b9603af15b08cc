from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.get_prompt_response_body import GetPromptResponseBody
from ...types import Response, path_segment


def build_request(
    prompt_identifier: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/prompts/{prompt_identifier}/latest".format(
            prompt_identifier=path_segment(prompt_identifier),
        ),
    }

    return _kwargs


_get_kwargs = build_request


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> GetPromptResponseBody | str | None:
    if response.status_code == 200:
        response_200 = GetPromptResponseBody.from_dict(response.json())

        return response_200

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


def parse_body(status: int, body: Any) -> GetPromptResponseBody | str | None:
    """The typed value of ``body``, already decoded, answered with ``status``."""
    if status == 200:
        response_200 = GetPromptResponseBody.from_dict(body)

        return response_200

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
    200: "json",
    403: "text",
    404: "text",
    422: "text",
}
"""What parse_body() takes for each status: json (json.loads() output), text, bytes or none."""


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[GetPromptResponseBody | str]:
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
) -> Response[GetPromptResponseBody | str]:
    """Get latest prompt version

     Retrieve the most recent version of a specific prompt.

    Args:
        prompt_identifier (str): The identifier of the prompt, i.e. name or ID.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetPromptResponseBody | str]
    """

    kwargs = _get_kwargs(
        prompt_identifier=prompt_identifier,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    prompt_identifier: str,
    *,
    client: AuthenticatedClient | Client,
) -> GetPromptResponseBody | str | None:
    """Get latest prompt version

     Retrieve the most recent version of a specific prompt.

    Args:
        prompt_identifier (str): The identifier of the prompt, i.e. name or ID.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetPromptResponseBody | str
    """

    return sync_detailed(
        prompt_identifier=prompt_identifier,
        client=client,
    ).parsed


async def asyncio_detailed(
    prompt_identifier: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[GetPromptResponseBody | str]:
    """Get latest prompt version

     Retrieve the most recent version of a specific prompt.

    Args:
        prompt_identifier (str): The identifier of the prompt, i.e. name or ID.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetPromptResponseBody | str]
    """

    kwargs = _get_kwargs(
        prompt_identifier=prompt_identifier,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    prompt_identifier: str,
    *,
    client: AuthenticatedClient | Client,
) -> GetPromptResponseBody | str | None:
    """Get latest prompt version

     Retrieve the most recent version of a specific prompt.

    Args:
        prompt_identifier (str): The identifier of the prompt, i.e. name or ID.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetPromptResponseBody | str
    """

    return (
        await asyncio_detailed(
            prompt_identifier=prompt_identifier,
            client=client,
        )
    ).parsed
