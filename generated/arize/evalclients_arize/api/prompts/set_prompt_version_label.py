from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.problem import Problem
from ...models.prompt_version import PromptVersion
from ...models.set_prompt_version_labels_request import SetPromptVersionLabelsRequest
from ...types import Response, path_segment


def build_request(
    version_id: str,
    *,
    body: SetPromptVersionLabelsRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/v2/prompt-versions/{version_id}/labels".format(
            version_id=path_segment(version_id),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


_get_kwargs = build_request


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Problem | PromptVersion | None:
    if response.status_code == 200:
        response_200 = PromptVersion.from_dict(response.json())

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


def parse_body(status: int, body: Any) -> Problem | PromptVersion | None:
    """The typed value of ``body``, already decoded, answered with ``status``."""
    if status == 200:
        response_200 = PromptVersion.from_dict(body)

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
) -> Response[Problem | PromptVersion]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    version_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: SetPromptVersionLabelsRequest,
) -> Response[Problem | PromptVersion]:
    """Set labels on a prompt version

     Set (replace) all labels on a prompt version. This is an idempotent operation. If a label already
    exists on another version of the same prompt, it will be moved to this version.  Labels not included
    in the request will be removed from this version.  <Note>This endpoint is in beta, read more
    [here](https://arize.com/docs/ax/rest-reference#api-version-stages).</Note>

    Args:
        version_id (str):
        body (SetPromptVersionLabelsRequest): Labels to set on a prompt version.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | PromptVersion]
    """

    kwargs = _get_kwargs(
        version_id=version_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    version_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: SetPromptVersionLabelsRequest,
) -> Problem | PromptVersion | None:
    """Set labels on a prompt version

     Set (replace) all labels on a prompt version. This is an idempotent operation. If a label already
    exists on another version of the same prompt, it will be moved to this version.  Labels not included
    in the request will be removed from this version.  <Note>This endpoint is in beta, read more
    [here](https://arize.com/docs/ax/rest-reference#api-version-stages).</Note>

    Args:
        version_id (str):
        body (SetPromptVersionLabelsRequest): Labels to set on a prompt version.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | PromptVersion
    """

    return sync_detailed(
        version_id=version_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    version_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: SetPromptVersionLabelsRequest,
) -> Response[Problem | PromptVersion]:
    """Set labels on a prompt version

     Set (replace) all labels on a prompt version. This is an idempotent operation. If a label already
    exists on another version of the same prompt, it will be moved to this version.  Labels not included
    in the request will be removed from this version.  <Note>This endpoint is in beta, read more
    [here](https://arize.com/docs/ax/rest-reference#api-version-stages).</Note>

    Args:
        version_id (str):
        body (SetPromptVersionLabelsRequest): Labels to set on a prompt version.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | PromptVersion]
    """

    kwargs = _get_kwargs(
        version_id=version_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    version_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: SetPromptVersionLabelsRequest,
) -> Problem | PromptVersion | None:
    """Set labels on a prompt version

     Set (replace) all labels on a prompt version. This is an idempotent operation. If a label already
    exists on another version of the same prompt, it will be moved to this version.  Labels not included
    in the request will be removed from this version.  <Note>This endpoint is in beta, read more
    [here](https://arize.com/docs/ax/rest-reference#api-version-stages).</Note>

    Args:
        version_id (str):
        body (SetPromptVersionLabelsRequest): Labels to set on a prompt version.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | PromptVersion
    """

    return (
        await asyncio_detailed(
            version_id=version_id,
            client=client,
            body=body,
        )
    ).parsed
