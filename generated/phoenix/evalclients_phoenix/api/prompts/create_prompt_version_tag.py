from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.prompt_version_tag_data import PromptVersionTagData
from ...types import Response, path_segment


def build_request(
    prompt_version_id: str,
    *,
    body: PromptVersionTagData,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/prompt_versions/{prompt_version_id}/tags".format(
            prompt_version_id=path_segment(prompt_version_id),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


_get_kwargs = build_request


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | str | None:
    if response.status_code == 204:
        response_204 = cast(Any, None)
        return response_204

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


def parse_body(status: int, body: Any) -> Any | str | None:
    """The typed value of ``body``, already decoded, answered with ``status``."""
    if status == 204:
        response_204 = cast(Any, None)
        return response_204

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
    204: "none",
    403: "text",
    404: "text",
    422: "text",
}
"""What parse_body() takes for each status: json (json.loads() output), text, bytes or none."""


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Any | str]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    prompt_version_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: PromptVersionTagData,
) -> Response[Any | str]:
    """Add tag to prompt version

     Add a new tag to a specific prompt version. Tags help identify and categorize different versions of
    a prompt.

    Args:
        prompt_version_id (str): The ID of the prompt version.
        body (PromptVersionTagData):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | str]
    """

    kwargs = _get_kwargs(
        prompt_version_id=prompt_version_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    prompt_version_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: PromptVersionTagData,
) -> Any | str | None:
    """Add tag to prompt version

     Add a new tag to a specific prompt version. Tags help identify and categorize different versions of
    a prompt.

    Args:
        prompt_version_id (str): The ID of the prompt version.
        body (PromptVersionTagData):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | str
    """

    return sync_detailed(
        prompt_version_id=prompt_version_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    prompt_version_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: PromptVersionTagData,
) -> Response[Any | str]:
    """Add tag to prompt version

     Add a new tag to a specific prompt version. Tags help identify and categorize different versions of
    a prompt.

    Args:
        prompt_version_id (str): The ID of the prompt version.
        body (PromptVersionTagData):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | str]
    """

    kwargs = _get_kwargs(
        prompt_version_id=prompt_version_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    prompt_version_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: PromptVersionTagData,
) -> Any | str | None:
    """Add tag to prompt version

     Add a new tag to a specific prompt version. Tags help identify and categorize different versions of
    a prompt.

    Args:
        prompt_version_id (str): The ID of the prompt version.
        body (PromptVersionTagData):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | str
    """

    return (
        await asyncio_detailed(
            prompt_version_id=prompt_version_id,
            client=client,
            body=body,
        )
    ).parsed
