from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.create_project_request import CreateProjectRequest
from ...models.problem import Problem
from ...models.project import Project
from ...types import Response


def build_request(
    *,
    body: CreateProjectRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v2/projects",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


_get_kwargs = build_request


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Problem | Project | None:
    if response.status_code == 201:
        response_201 = Project.from_dict(response.json())

        return response_201

    if response.status_code == 400:
        response_400 = Problem.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = Problem.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = Problem.from_dict(response.json())

        return response_403

    if response.status_code == 409:
        response_409 = Problem.from_dict(response.json())

        return response_409

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


def parse_body(status: int, body: Any) -> Problem | Project | None:
    """The typed value of ``body``, already decoded, answered with ``status``."""
    if status == 201:
        response_201 = Project.from_dict(body)

        return response_201

    if status == 400:
        response_400 = Problem.from_dict(body)

        return response_400

    if status == 401:
        response_401 = Problem.from_dict(body)

        return response_401

    if status == 403:
        response_403 = Problem.from_dict(body)

        return response_403

    if status == 409:
        response_409 = Problem.from_dict(body)

        return response_409

    if status == 422:
        response_422 = Problem.from_dict(body)

        return response_422

    if status == 429:
        response_429 = Problem.from_dict(body)

        return response_429

    return None


BODY_SOURCES: dict[int, str] = {
    201: "json",
    400: "json",
    401: "json",
    403: "json",
    409: "json",
    422: "json",
    429: "json",
}
"""What parse_body() takes for each status: json (json.loads() output), text, bytes or none."""


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Problem | Project]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CreateProjectRequest,
) -> Response[Problem | Project]:
    """Create a project

     Create a new project given a name and space ID.  **Payload Requirements** - The project name must be
    unique within the given space. - New projects start as `APPLICATION` projects.  If a space denies
    space-level permission to send trace data, projects created here may not accept traces until that
    access is granted. Harness sessions that rely on automatic project creation can lose spans in those
    spaces.  <Note>This endpoint is in beta, read more [here](https://arize.com/docs/ax/rest-
    reference#api-version-stages).</Note>

    Args:
        body (CreateProjectRequest): CreateProjectRequest

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | Project]
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
    client: AuthenticatedClient | Client,
    body: CreateProjectRequest,
) -> Problem | Project | None:
    """Create a project

     Create a new project given a name and space ID.  **Payload Requirements** - The project name must be
    unique within the given space. - New projects start as `APPLICATION` projects.  If a space denies
    space-level permission to send trace data, projects created here may not accept traces until that
    access is granted. Harness sessions that rely on automatic project creation can lose spans in those
    spaces.  <Note>This endpoint is in beta, read more [here](https://arize.com/docs/ax/rest-
    reference#api-version-stages).</Note>

    Args:
        body (CreateProjectRequest): CreateProjectRequest

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | Project
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CreateProjectRequest,
) -> Response[Problem | Project]:
    """Create a project

     Create a new project given a name and space ID.  **Payload Requirements** - The project name must be
    unique within the given space. - New projects start as `APPLICATION` projects.  If a space denies
    space-level permission to send trace data, projects created here may not accept traces until that
    access is granted. Harness sessions that rely on automatic project creation can lose spans in those
    spaces.  <Note>This endpoint is in beta, read more [here](https://arize.com/docs/ax/rest-
    reference#api-version-stages).</Note>

    Args:
        body (CreateProjectRequest): CreateProjectRequest

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | Project]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: CreateProjectRequest,
) -> Problem | Project | None:
    """Create a project

     Create a new project given a name and space ID.  **Payload Requirements** - The project name must be
    unique within the given space. - New projects start as `APPLICATION` projects.  If a space denies
    space-level permission to send trace data, projects created here may not accept traces until that
    access is granted. Harness sessions that rely on automatic project creation can lose spans in those
    spaces.  <Note>This endpoint is in beta, read more [here](https://arize.com/docs/ax/rest-
    reference#api-version-stages).</Note>

    Args:
        body (CreateProjectRequest): CreateProjectRequest

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | Project
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
