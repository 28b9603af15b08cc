from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.update_project_request_body import UpdateProjectRequestBody
from ...models.update_project_response_body import UpdateProjectResponseBody
from ...types import Response, path_segment


def build_request(
    project_identifier: str,
    *,
    body: UpdateProjectRequestBody,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/v1/projects/{project_identifier}".format(
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
) -> UpdateProjectResponseBody | str | None:
    if response.status_code == 200:
        response_200 = UpdateProjectResponseBody.from_dict(response.json())

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


def parse_body(status: int, body: Any) -> UpdateProjectResponseBody | str | None:
    """The typed value of ``body``, already decoded, answered with ``status``."""
    if status == 200:
        response_200 = UpdateProjectResponseBody.from_dict(body)

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
) -> Response[UpdateProjectResponseBody | str]:
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
    body: UpdateProjectRequestBody,
) -> Response[UpdateProjectResponseBody | str]:
    """Update a project by ID or name

     Update an existing project with new configuration. Project names cannot be changed. The project
    identifier is either project ID or project name. Note: When using a project name as the identifier,
    it cannot contain slash (/), question mark (?), or pound sign (#) characters.

    Args:
        project_identifier (str): The project identifier: either project ID or project name. If
            using a project name, it cannot contain slash (/), question mark (?), or pound sign (#)
            characters.
        body (UpdateProjectRequestBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[UpdateProjectResponseBody | str]
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
    body: UpdateProjectRequestBody,
) -> UpdateProjectResponseBody | str | None:
    """Update a project by ID or name

     Update an existing project with new configuration. Project names cannot be changed. The project
    identifier is either project ID or project name. Note: When using a project name as the identifier,
    it cannot contain slash (/), question mark (?), or pound sign (#) characters.

    Args:
        project_identifier (str): The project identifier: either project ID or project name. If
            using a project name, it cannot contain slash (/), question mark (?), or pound sign (#)
            characters.
        body (UpdateProjectRequestBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        UpdateProjectResponseBody | str
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
    body: UpdateProjectRequestBody,
) -> Response[UpdateProjectResponseBody | str]:
    """Update a project by ID or name

     Update an existing project with new configuration. Project names cannot be changed. The project
    identifier is either project ID or project name. Note: When using a project name as the identifier,
    it cannot contain slash (/), question mark (?), or pound sign (#) characters.

    Args:
        project_identifier (str): The project identifier: either project ID or project name. If
            using a project name, it cannot contain slash (/), question mark (?), or pound sign (#)
            characters.
        body (UpdateProjectRequestBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[UpdateProjectResponseBody | str]
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
    body: UpdateProjectRequestBody,
) -> UpdateProjectResponseBody | str | None:
    """Update a project by ID or name

     Update an existing project with new configuration. Project names cannot be changed. The project
    identifier is either project ID or project name. Note: When using a project name as the identifier,
    it cannot contain slash (/), question mark (?), or pound sign (#) characters.

    Args:
        project_identifier (str): The project identifier: either project ID or project name. If
            using a project name, it cannot contain slash (/), question mark (?), or pound sign (#)
            characters.
        body (UpdateProjectRequestBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        UpdateProjectResponseBody | str
    """

    return (
        await asyncio_detailed(
            project_identifier=project_identifier,
            client=client,
            body=body,
        )
    ).parsed
