from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.get_projects_response_body import GetProjectsResponseBody
from ...types import UNSET, Response, Unset


def build_request(
    *,
    cursor: None | str | Unset = UNSET,
    limit: int | Unset = 100,
    include_experiment_projects: bool | Unset = False,
    include_dataset_evaluator_projects: bool | Unset = False,
    name_contains: None | str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_cursor: None | str | Unset
    if isinstance(cursor, Unset):
        json_cursor = UNSET
    else:
        json_cursor = cursor
    params["cursor"] = json_cursor

    params["limit"] = limit

    params["include_experiment_projects"] = include_experiment_projects

    params["include_dataset_evaluator_projects"] = include_dataset_evaluator_projects

    json_name_contains: None | str | Unset
    if isinstance(name_contains, Unset):
        json_name_contains = UNSET
    else:
        json_name_contains = name_contains
    params["name_contains"] = json_name_contains

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/projects",
        "params": params,
    }

    return _kwargs


_get_kwargs = build_request


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> GetProjectsResponseBody | str | None:
    if response.status_code == 200:
        response_200 = GetProjectsResponseBody.from_dict(response.json())

        return response_200

    if response.status_code == 403:
        response_403 = response.text
        return response_403

    if response.status_code == 422:
        response_422 = response.text
        return response_422

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def parse_body(status: int, body: Any) -> GetProjectsResponseBody | str | None:
    """The typed value of ``body``, already decoded, answered with ``status``."""
    if status == 200:
        response_200 = GetProjectsResponseBody.from_dict(body)

        return response_200

    if status == 403:
        response_403 = body
        return response_403

    if status == 422:
        response_422 = body
        return response_422

    return None


BODY_SOURCES: dict[int, str] = {
    200: "json",
    403: "text",
    422: "text",
}
"""What parse_body() takes for each status: json (json.loads() output), text, bytes or none."""


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[GetProjectsResponseBody | str]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    cursor: None | str | Unset = UNSET,
    limit: int | Unset = 100,
    include_experiment_projects: bool | Unset = False,
    include_dataset_evaluator_projects: bool | Unset = False,
    name_contains: None | str | Unset = UNSET,
) -> Response[GetProjectsResponseBody | str]:
    """List all projects

     Retrieve a paginated list of all projects in the system.

    Args:
        cursor (None | str | Unset): Cursor for pagination (project ID)
        limit (int | Unset): The max number of projects to return at a time. Default: 100.
        include_experiment_projects (bool | Unset): Include experiment projects in the response.
            Experiment projects are created from running experiments. Default: False.
        include_dataset_evaluator_projects (bool | Unset): Include dataset evaluator projects in
            the response. Dataset evaluator projects are created when running experiments with
            persisted evaluators. Default: False.
        name_contains (None | str | Unset): Return only projects whose name contains this
            substring (case-insensitive).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetProjectsResponseBody | str]
    """

    kwargs = _get_kwargs(
        cursor=cursor,
        limit=limit,
        include_experiment_projects=include_experiment_projects,
        include_dataset_evaluator_projects=include_dataset_evaluator_projects,
        name_contains=name_contains,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    cursor: None | str | Unset = UNSET,
    limit: int | Unset = 100,
    include_experiment_projects: bool | Unset = False,
    include_dataset_evaluator_projects: bool | Unset = False,
    name_contains: None | str | Unset = UNSET,
) -> GetProjectsResponseBody | str | None:
    """List all projects

     Retrieve a paginated list of all projects in the system.

    Args:
        cursor (None | str | Unset): Cursor for pagination (project ID)
        limit (int | Unset): The max number of projects to return at a time. Default: 100.
        include_experiment_projects (bool | Unset): Include experiment projects in the response.
            Experiment projects are created from running experiments. Default: False.
        include_dataset_evaluator_projects (bool | Unset): Include dataset evaluator projects in
            the response. Dataset evaluator projects are created when running experiments with
            persisted evaluators. Default: False.
        name_contains (None | str | Unset): Return only projects whose name contains this
            substring (case-insensitive).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetProjectsResponseBody | str
    """

    return sync_detailed(
        client=client,
        cursor=cursor,
        limit=limit,
        include_experiment_projects=include_experiment_projects,
        include_dataset_evaluator_projects=include_dataset_evaluator_projects,
        name_contains=name_contains,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    cursor: None | str | Unset = UNSET,
    limit: int | Unset = 100,
    include_experiment_projects: bool | Unset = False,
    include_dataset_evaluator_projects: bool | Unset = False,
    name_contains: None | str | Unset = UNSET,
) -> Response[GetProjectsResponseBody | str]:
    """List all projects

     Retrieve a paginated list of all projects in the system.

    Args:
        cursor (None | str | Unset): Cursor for pagination (project ID)
        limit (int | Unset): The max number of projects to return at a time. Default: 100.
        include_experiment_projects (bool | Unset): Include experiment projects in the response.
            Experiment projects are created from running experiments. Default: False.
        include_dataset_evaluator_projects (bool | Unset): Include dataset evaluator projects in
            the response. Dataset evaluator projects are created when running experiments with
            persisted evaluators. Default: False.
        name_contains (None | str | Unset): Return only projects whose name contains this
            substring (case-insensitive).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetProjectsResponseBody | str]
    """

    kwargs = _get_kwargs(
        cursor=cursor,
        limit=limit,
        include_experiment_projects=include_experiment_projects,
        include_dataset_evaluator_projects=include_dataset_evaluator_projects,
        name_contains=name_contains,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    cursor: None | str | Unset = UNSET,
    limit: int | Unset = 100,
    include_experiment_projects: bool | Unset = False,
    include_dataset_evaluator_projects: bool | Unset = False,
    name_contains: None | str | Unset = UNSET,
) -> GetProjectsResponseBody | str | None:
    """List all projects

     Retrieve a paginated list of all projects in the system.

    Args:
        cursor (None | str | Unset): Cursor for pagination (project ID)
        limit (int | Unset): The max number of projects to return at a time. Default: 100.
        include_experiment_projects (bool | Unset): Include experiment projects in the response.
            Experiment projects are created from running experiments. Default: False.
        include_dataset_evaluator_projects (bool | Unset): Include dataset evaluator projects in
            the response. Dataset evaluator projects are created when running experiments with
            persisted evaluators. Default: False.
        name_contains (None | str | Unset): Return only projects whose name contains this
            substring (case-insensitive).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetProjectsResponseBody | str
    """

    return (
        await asyncio_detailed(
            client=client,
            cursor=cursor,
            limit=limit,
            include_experiment_projects=include_experiment_projects,
            include_dataset_evaluator_projects=include_dataset_evaluator_projects,
            name_contains=name_contains,
        )
    ).parsed
