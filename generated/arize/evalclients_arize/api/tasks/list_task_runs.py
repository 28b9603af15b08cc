from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.list_task_runs_response import ListTaskRunsResponse
from ...models.problem import Problem
from ...models.task_run_status import TaskRunStatus
from ...types import UNSET, Response, Unset, path_segment


def build_request(
    task_id: str,
    *,
    status: TaskRunStatus | Unset = UNSET,
    limit: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_status: str | Unset = UNSET
    if not isinstance(status, Unset):
        json_status = status

    params["status"] = json_status

    params["limit"] = limit

    params["cursor"] = cursor

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v2/tasks/{task_id}/runs".format(
            task_id=path_segment(task_id),
        ),
        "params": params,
    }

    return _kwargs


_get_kwargs = build_request


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ListTaskRunsResponse | Problem | None:
    if response.status_code == 200:
        response_200 = ListTaskRunsResponse.from_dict(response.json())

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

    if response.status_code == 429:
        response_429 = Problem.from_dict(response.json())

        return response_429

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def parse_body(status: int, body: Any) -> ListTaskRunsResponse | Problem | None:
    """The typed value of ``body``, already decoded, answered with ``status``."""
    if status == 200:
        response_200 = ListTaskRunsResponse.from_dict(body)

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
    429: "json",
}
"""What parse_body() takes for each status: json (json.loads() output), text, bytes or none."""


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ListTaskRunsResponse | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    task_id: str,
    *,
    client: AuthenticatedClient | Client,
    status: TaskRunStatus | Unset = UNSET,
    limit: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
) -> Response[ListTaskRunsResponse | Problem]:
    """List task runs

     List all runs for a task with cursor-based pagination.  <Note>This endpoint is in beta, read more
    [here](https://arize.com/docs/ax/rest-reference#api-version-stages).</Note>

    Args:
        task_id (str):
        status (TaskRunStatus | Unset): Status of a task run. - PENDING - The run has been created
            but not yet started. - RUNNING - The run is currently in progress. - COMPLETED - The run
            finished successfully. - FAILED - The run encountered an error and stopped. - CANCELLED -
            The run was cancelled before completion.
        limit (int | Unset):
        cursor (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ListTaskRunsResponse | Problem]
    """

    kwargs = _get_kwargs(
        task_id=task_id,
        status=status,
        limit=limit,
        cursor=cursor,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    task_id: str,
    *,
    client: AuthenticatedClient | Client,
    status: TaskRunStatus | Unset = UNSET,
    limit: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
) -> ListTaskRunsResponse | Problem | None:
    """List task runs

     List all runs for a task with cursor-based pagination.  <Note>This endpoint is in beta, read more
    [here](https://arize.com/docs/ax/rest-reference#api-version-stages).</Note>

    Args:
        task_id (str):
        status (TaskRunStatus | Unset): Status of a task run. - PENDING - The run has been created
            but not yet started. - RUNNING - The run is currently in progress. - COMPLETED - The run
            finished successfully. - FAILED - The run encountered an error and stopped. - CANCELLED -
            The run was cancelled before completion.
        limit (int | Unset):
        cursor (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ListTaskRunsResponse | Problem
    """

    return sync_detailed(
        task_id=task_id,
        client=client,
        status=status,
        limit=limit,
        cursor=cursor,
    ).parsed


async def asyncio_detailed(
    task_id: str,
    *,
    client: AuthenticatedClient | Client,
    status: TaskRunStatus | Unset = UNSET,
    limit: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
) -> Response[ListTaskRunsResponse | Problem]:
    """List task runs

     List all runs for a task with cursor-based pagination.  <Note>This endpoint is in beta, read more
    [here](https://arize.com/docs/ax/rest-reference#api-version-stages).</Note>

    Args:
        task_id (str):
        status (TaskRunStatus | Unset): Status of a task run. - PENDING - The run has been created
            but not yet started. - RUNNING - The run is currently in progress. - COMPLETED - The run
            finished successfully. - FAILED - The run encountered an error and stopped. - CANCELLED -
            The run was cancelled before completion.
        limit (int | Unset):
        cursor (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ListTaskRunsResponse | Problem]
    """

    kwargs = _get_kwargs(
        task_id=task_id,
        status=status,
        limit=limit,
        cursor=cursor,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    task_id: str,
    *,
    client: AuthenticatedClient | Client,
    status: TaskRunStatus | Unset = UNSET,
    limit: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
) -> ListTaskRunsResponse | Problem | None:
    """List task runs

     List all runs for a task with cursor-based pagination.  <Note>This endpoint is in beta, read more
    [here](https://arize.com/docs/ax/rest-reference#api-version-stages).</Note>

    Args:
        task_id (str):
        status (TaskRunStatus | Unset): Status of a task run. - PENDING - The run has been created
            but not yet started. - RUNNING - The run is currently in progress. - COMPLETED - The run
            finished successfully. - FAILED - The run encountered an error and stopped. - CANCELLED -
            The run was cancelled before completion.
        limit (int | Unset):
        cursor (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ListTaskRunsResponse | Problem
    """

    return (
        await asyncio_detailed(
            task_id=task_id,
            client=client,
            status=status,
            limit=limit,
            cursor=cursor,
        )
    ).parsed
