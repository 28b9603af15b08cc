from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.get_project_annotation_configs_response_body import (
    GetProjectAnnotationConfigsResponseBody,
)
from ...types import UNSET, Response, Unset, path_segment


def build_request(
    project_identifier: str,
    *,
    cursor: None | str | Unset = UNSET,
    limit: int | Unset = 100,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_cursor: None | str | Unset
    if isinstance(cursor, Unset):
        json_cursor = UNSET
    else:
        json_cursor = cursor
    params["cursor"] = json_cursor

    params["limit"] = limit

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/projects/{project_identifier}/annotation_configs".format(
            project_identifier=path_segment(project_identifier),
        ),
        "params": params,
    }

    return _kwargs


_get_kwargs = build_request


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> GetProjectAnnotationConfigsResponseBody | str | None:
    if response.status_code == 200:
        response_200 = GetProjectAnnotationConfigsResponseBody.from_dict(response.json())

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


def parse_body(status: int, body: Any) -> GetProjectAnnotationConfigsResponseBody | str | None:
    """The typed value of ``body``, already decoded, answered with ``status``."""
    if status == 200:
        response_200 = GetProjectAnnotationConfigsResponseBody.from_dict(body)

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
) -> Response[GetProjectAnnotationConfigsResponseBody | str]:
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
    cursor: None | str | Unset = UNSET,
    limit: int | Unset = 100,
) -> Response[GetProjectAnnotationConfigsResponseBody | str]:
    """List annotation configurations assigned to a project

     Retrieve a paginated list of the annotation configurations assigned to a project, identified by
    either project ID or project name.

    Args:
        project_identifier (str): The project identifier: either project ID or project name.
        cursor (None | str | Unset): Cursor for pagination (base64-encoded annotation config ID)
        limit (int | Unset): Maximum number of configs to return Default: 100.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetProjectAnnotationConfigsResponseBody | str]
    """

    kwargs = _get_kwargs(
        project_identifier=project_identifier,
        cursor=cursor,
        limit=limit,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    project_identifier: str,
    *,
    client: AuthenticatedClient | Client,
    cursor: None | str | Unset = UNSET,
    limit: int | Unset = 100,
) -> GetProjectAnnotationConfigsResponseBody | str | None:
    """List annotation configurations assigned to a project

     Retrieve a paginated list of the annotation configurations assigned to a project, identified by
    either project ID or project name.

    Args:
        project_identifier (str): The project identifier: either project ID or project name.
        cursor (None | str | Unset): Cursor for pagination (base64-encoded annotation config ID)
        limit (int | Unset): Maximum number of configs to return Default: 100.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetProjectAnnotationConfigsResponseBody | str
    """

    return sync_detailed(
        project_identifier=project_identifier,
        client=client,
        cursor=cursor,
        limit=limit,
    ).parsed


async def asyncio_detailed(
    project_identifier: str,
    *,
    client: AuthenticatedClient | Client,
    cursor: None | str | Unset = UNSET,
    limit: int | Unset = 100,
) -> Response[GetProjectAnnotationConfigsResponseBody | str]:
    """List annotation configurations assigned to a project

     Retrieve a paginated list of the annotation configurations assigned to a project, identified by
    either project ID or project name.

    Args:
        project_identifier (str): The project identifier: either project ID or project name.
        cursor (None | str | Unset): Cursor for pagination (base64-encoded annotation config ID)
        limit (int | Unset): Maximum number of configs to return Default: 100.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetProjectAnnotationConfigsResponseBody | str]
    """

    kwargs = _get_kwargs(
        project_identifier=project_identifier,
        cursor=cursor,
        limit=limit,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    project_identifier: str,
    *,
    client: AuthenticatedClient | Client,
    cursor: None | str | Unset = UNSET,
    limit: int | Unset = 100,
) -> GetProjectAnnotationConfigsResponseBody | str | None:
    """List annotation configurations assigned to a project

     Retrieve a paginated list of the annotation configurations assigned to a project, identified by
    either project ID or project name.

    Args:
        project_identifier (str): The project identifier: either project ID or project name.
        cursor (None | str | Unset): Cursor for pagination (base64-encoded annotation config ID)
        limit (int | Unset): Maximum number of configs to return Default: 100.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetProjectAnnotationConfigsResponseBody | str
    """

    return (
        await asyncio_detailed(
            project_identifier=project_identifier,
            client=client,
            cursor=cursor,
            limit=limit,
        )
    ).parsed
