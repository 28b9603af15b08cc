from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.get_project_response_body import GetProjectResponseBody
from ...types import Response, path_segment


def build_request(
    project_identifier: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/projects/{project_identifier}".format(
            project_identifier=path_segment(project_identifier),
        ),
    }

    return _kwargs


_get_kwargs = build_request


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> GetProjectResponseBody | str | None:
    if response.status_code == 200:
        response_200 = GetProjectResponseBody.from_dict(response.json())

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


def parse_body(status: int, body: Any) -> GetProjectResponseBody | str | None:
    """The typed value of ``body``, already decoded, answered with ``status``."""
    if status == 200:
        response_200 = GetProjectResponseBody.from_dict(body)

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
) -> Response[GetProjectResponseBody | str]:
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
) -> Response[GetProjectResponseBody | str]:
    """Get project by ID or name

     Retrieve a specific project using its unique identifier: either project ID or project name. Note:
    When using a project name as the identifier, it cannot contain slash (/), question mark (?), or
    pound sign (#) characters.

    Args:
        project_identifier (str): The project identifier: either project ID or project name. If
            using a project name, it cannot contain slash (/), question mark (?), or pound sign (#)
            characters.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetProjectResponseBody | str]
    """

    kwargs = _get_kwargs(
        project_identifier=project_identifier,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    project_identifier: str,
    *,
    client: AuthenticatedClient | Client,
) -> GetProjectResponseBody | str | None:
    """Get project by ID or name

     Retrieve a specific project using its unique identifier: either project ID or project name. Note:
    When using a project name as the identifier, it cannot contain slash (/), question mark (?), or
    pound sign (#) characters.

    Args:
        project_identifier (str): The project identifier: either project ID or project name. If
            using a project name, it cannot contain slash (/), question mark (?), or pound sign (#)
            characters.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetProjectResponseBody | str
    """

    return sync_detailed(
        project_identifier=project_identifier,
        client=client,
    ).parsed


async def asyncio_detailed(
    project_identifier: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[GetProjectResponseBody | str]:
    """Get project by ID or name

     Retrieve a specific project using its unique identifier: either project ID or project name. Note:
    When using a project name as the identifier, it cannot contain slash (/), question mark (?), or
    pound sign (#) characters.

    Args:
        project_identifier (str): The project identifier: either project ID or project name. If
            using a project name, it cannot contain slash (/), question mark (?), or pound sign (#)
            characters.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetProjectResponseBody | str]
    """

    kwargs = _get_kwargs(
        project_identifier=project_identifier,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    project_identifier: str,
    *,
    client: AuthenticatedClient | Client,
) -> GetProjectResponseBody | str | None:
    """Get project by ID or name

     Retrieve a specific project using its unique identifier: either project ID or project name. Note:
    When using a project name as the identifier, it cannot contain slash (/), question mark (?), or
    pound sign (#) characters.

    Args:
        project_identifier (str): The project identifier: either project ID or project name. If
            using a project name, it cannot contain slash (/), question mark (?), or pound sign (#)
            characters.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetProjectResponseBody | str
    """

    return (
        await asyncio_detailed(
            project_identifier=project_identifier,
            client=client,
        )
    ).parsed
