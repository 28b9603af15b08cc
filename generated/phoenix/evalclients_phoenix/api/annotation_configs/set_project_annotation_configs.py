from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.set_project_annotation_configs_request_body import (
    SetProjectAnnotationConfigsRequestBody,
)
from ...models.set_project_annotation_configs_response_body import (
    SetProjectAnnotationConfigsResponseBody,
)
from ...types import Response, path_segment


def build_request(
    project_identifier: str,
    *,
    body: SetProjectAnnotationConfigsRequestBody,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/v1/projects/{project_identifier}/annotation_configs".format(
            project_identifier=path_segment(project_identifier),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


_get_kwargs = build_request


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> SetProjectAnnotationConfigsResponseBody | str | None:
    if response.status_code == 200:
        response_200 = SetProjectAnnotationConfigsResponseBody.from_dict(response.json())

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


def parse_body(status: int, body: Any) -> SetProjectAnnotationConfigsResponseBody | str | None:
    """The typed value of ``body``, already decoded, answered with ``status``."""
    if status == 200:
        response_200 = SetProjectAnnotationConfigsResponseBody.from_dict(body)

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
) -> Response[SetProjectAnnotationConfigsResponseBody | str]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    project_identifier: str,
    *,
    client: AuthenticatedClient | Client,
    body: SetProjectAnnotationConfigsRequestBody,
) -> Response[SetProjectAnnotationConfigsResponseBody | str]:
    """Replace the set of annotation configurations assigned to a project

     Replace the project's entire set of assigned annotation configurations with the provided set. The
    server diffs the desired set against the current set: configs in the body but not assigned are
    added, and configs assigned but not in the body are removed. An empty array clears all assignments.

    Args:
        project_identifier (str): The project identifier: either project ID or project name.
        body (SetProjectAnnotationConfigsRequestBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[SetProjectAnnotationConfigsResponseBody | str]
    """

    kwargs = _get_kwargs(
        project_identifier=project_identifier,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    project_identifier: str,
    *,
    client: AuthenticatedClient | Client,
    body: SetProjectAnnotationConfigsRequestBody,
) -> SetProjectAnnotationConfigsResponseBody | str | None:
    """Replace the set of annotation configurations assigned to a project

     Replace the project's entire set of assigned annotation configurations with the provided set. The
    server diffs the desired set against the current set: configs in the body but not assigned are
    added, and configs assigned but not in the body are removed. An empty array clears all assignments.

    Args:
        project_identifier (str): The project identifier: either project ID or project name.
        body (SetProjectAnnotationConfigsRequestBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        SetProjectAnnotationConfigsResponseBody | str
    """

    return sync_detailed(
        project_identifier=project_identifier,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    project_identifier: str,
    *,
    client: AuthenticatedClient | Client,
    body: SetProjectAnnotationConfigsRequestBody,
) -> Response[SetProjectAnnotationConfigsResponseBody | str]:
    """Replace the set of annotation configurations assigned to a project

     Replace the project's entire set of assigned annotation configurations with the provided set. The
    server diffs the desired set against the current set: configs in the body but not assigned are
    added, and configs assigned but not in the body are removed. An empty array clears all assignments.

    Args:
        project_identifier (str): The project identifier: either project ID or project name.
        body (SetProjectAnnotationConfigsRequestBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[SetProjectAnnotationConfigsResponseBody | str]
    """

    kwargs = _get_kwargs(
        project_identifier=project_identifier,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    project_identifier: str,
    *,
    client: AuthenticatedClient | Client,
    body: SetProjectAnnotationConfigsRequestBody,
) -> SetProjectAnnotationConfigsResponseBody | str | None:
    """Replace the set of annotation configurations assigned to a project

     Replace the project's entire set of assigned annotation configurations with the provided set. The
    server diffs the desired set against the current set: configs in the body but not assigned are
    added, and configs assigned but not in the body are removed. An empty array clears all assignments.

    Args:
        project_identifier (str): The project identifier: either project ID or project name.
        body (SetProjectAnnotationConfigsRequestBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        SetProjectAnnotationConfigsResponseBody | str
    """

    return (
        await asyncio_detailed(
            project_identifier=project_identifier,
            client=client,
            body=body,
        )
    ).parsed
