from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.problem import Problem
from ...models.prompt_with_version import PromptWithVersion
from ...types import UNSET, Response, Unset, path_segment


def build_request(
    prompt_id: str,
    *,
    version_id: str | Unset = UNSET,
    label: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["version_id"] = version_id

    params["label"] = label

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v2/prompts/{prompt_id}".format(
            prompt_id=path_segment(prompt_id),
        ),
        "params": params,
    }

    return _kwargs


_get_kwargs = build_request


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Problem | PromptWithVersion | None:
    if response.status_code == 200:
        response_200 = PromptWithVersion.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = Problem.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = Problem.from_dict(response.json())

        return response_401

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


def parse_body(status: int, body: Any) -> Problem | PromptWithVersion | None:
    """The typed value of ``body``, already decoded, answered with ``status``."""
    if status == 200:
        response_200 = PromptWithVersion.from_dict(body)

        return response_200

    if status == 400:
        response_400 = Problem.from_dict(body)

        return response_400

    if status == 401:
        response_401 = Problem.from_dict(body)

        return response_401

    if status == 404:
        response_404 = Problem.from_dict(body)

        return response_404

    if status == 429:
        response_429 = Problem.from_dict(body)

        return response_429

    return None


BODY_SOURCES: dict[int, str] = {
    200: "json",
    400: "json",
    401: "json",
    404: "json",
    429: "json",
}
"""What parse_body() takes for each status: json (json.loads() output), text, bytes or none."""


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Problem | PromptWithVersion]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    prompt_id: str,
    *,
    client: AuthenticatedClient | Client,
    version_id: str | Unset = UNSET,
    label: str | Unset = UNSET,
) -> Response[Problem | PromptWithVersion]:
    """Get a prompt

     Get a specific prompt by its ID. The response always includes a resolved version. By default, the
    latest version is returned. Use the `version_id` or `label` query parameter to resolve a specific
    version instead. You cannot supply both `version_id` and `label`.  <Note>This endpoint is in beta,
    read more [here](https://arize.com/docs/ax/rest-reference#api-version-stages).</Note>

    Args:
        prompt_id (str):
        version_id (str | Unset):
        label (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | PromptWithVersion]
    """

    kwargs = _get_kwargs(
        prompt_id=prompt_id,
        version_id=version_id,
        label=label,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    prompt_id: str,
    *,
    client: AuthenticatedClient | Client,
    version_id: str | Unset = UNSET,
    label: str | Unset = UNSET,
) -> Problem | PromptWithVersion | None:
    """Get a prompt

     Get a specific prompt by its ID. The response always includes a resolved version. By default, the
    latest version is returned. Use the `version_id` or `label` query parameter to resolve a specific
    version instead. You cannot supply both `version_id` and `label`.  <Note>This endpoint is in beta,
    read more [here](https://arize.com/docs/ax/rest-reference#api-version-stages).</Note>

    Args:
        prompt_id (str):
        version_id (str | Unset):
        label (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | PromptWithVersion
    """

    return sync_detailed(
        prompt_id=prompt_id,
        client=client,
        version_id=version_id,
        label=label,
    ).parsed


async def asyncio_detailed(
    prompt_id: str,
    *,
    client: AuthenticatedClient | Client,
    version_id: str | Unset = UNSET,
    label: str | Unset = UNSET,
) -> Response[Problem | PromptWithVersion]:
    """Get a prompt

     Get a specific prompt by its ID. The response always includes a resolved version. By default, the
    latest version is returned. Use the `version_id` or `label` query parameter to resolve a specific
    version instead. You cannot supply both `version_id` and `label`.  <Note>This endpoint is in beta,
    read more [here](https://arize.com/docs/ax/rest-reference#api-version-stages).</Note>

    Args:
        prompt_id (str):
        version_id (str | Unset):
        label (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | PromptWithVersion]
    """

    kwargs = _get_kwargs(
        prompt_id=prompt_id,
        version_id=version_id,
        label=label,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    prompt_id: str,
    *,
    client: AuthenticatedClient | Client,
    version_id: str | Unset = UNSET,
    label: str | Unset = UNSET,
) -> Problem | PromptWithVersion | None:
    """Get a prompt

     Get a specific prompt by its ID. The response always includes a resolved version. By default, the
    latest version is returned. Use the `version_id` or `label` query parameter to resolve a specific
    version instead. You cannot supply both `version_id` and `label`.  <Note>This endpoint is in beta,
    read more [here](https://arize.com/docs/ax/rest-reference#api-version-stages).</Note>

    Args:
        prompt_id (str):
        version_id (str | Unset):
        label (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | PromptWithVersion
    """

    return (
        await asyncio_detailed(
            prompt_id=prompt_id,
            client=client,
            version_id=version_id,
            label=label,
        )
    ).parsed
