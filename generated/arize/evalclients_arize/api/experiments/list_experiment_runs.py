from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.list_experiment_runs_response import ListExperimentRunsResponse
from ...models.problem import Problem
from ...types import UNSET, Response, Unset, path_segment


def build_request(
    experiment_id: str,
    *,
    limit: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["limit"] = limit

    params["cursor"] = cursor

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v2/experiments/{experiment_id}/runs".format(
            experiment_id=path_segment(experiment_id),
        ),
        "params": params,
    }

    return _kwargs


_get_kwargs = build_request


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ListExperimentRunsResponse | Problem | None:
    if response.status_code == 200:
        response_200 = ListExperimentRunsResponse.from_dict(response.json())

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


def parse_body(status: int, body: Any) -> ListExperimentRunsResponse | Problem | None:
    """The typed value of ``body``, already decoded, answered with ``status``."""
    if status == 200:
        response_200 = ListExperimentRunsResponse.from_dict(body)

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
) -> Response[ListExperimentRunsResponse | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    experiment_id: str,
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
) -> Response[ListExperimentRunsResponse | Problem]:
    """List experiment runs

     List runs for a given experiment.  The runs are returned in a stable insertion order.  **Human
    annotations**: returned in the structured `annotations` array on each run. Each entry includes
    `name`, optional `label` / `score` / `text` / `updated_at`, and an `annotator` (id + email) for per-
    user annotations.  **Pagination**: - Response includes `pagination` with `has_more` and
    `next_cursor`. - Use cursor-based pagination by passing the returned `next_cursor` value as the
    `cursor` query parameter in subsequent requests.

    Args:
        experiment_id (str):
        limit (int | Unset):
        cursor (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ListExperimentRunsResponse | Problem]
    """

    kwargs = _get_kwargs(
        experiment_id=experiment_id,
        limit=limit,
        cursor=cursor,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    experiment_id: str,
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
) -> ListExperimentRunsResponse | Problem | None:
    """List experiment runs

     List runs for a given experiment.  The runs are returned in a stable insertion order.  **Human
    annotations**: returned in the structured `annotations` array on each run. Each entry includes
    `name`, optional `label` / `score` / `text` / `updated_at`, and an `annotator` (id + email) for per-
    user annotations.  **Pagination**: - Response includes `pagination` with `has_more` and
    `next_cursor`. - Use cursor-based pagination by passing the returned `next_cursor` value as the
    `cursor` query parameter in subsequent requests.

    Args:
        experiment_id (str):
        limit (int | Unset):
        cursor (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ListExperimentRunsResponse | Problem
    """

    return sync_detailed(
        experiment_id=experiment_id,
        client=client,
        limit=limit,
        cursor=cursor,
    ).parsed


async def asyncio_detailed(
    experiment_id: str,
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
) -> Response[ListExperimentRunsResponse | Problem]:
    """List experiment runs

     List runs for a given experiment.  The runs are returned in a stable insertion order.  **Human
    annotations**: returned in the structured `annotations` array on each run. Each entry includes
    `name`, optional `label` / `score` / `text` / `updated_at`, and an `annotator` (id + email) for per-
    user annotations.  **Pagination**: - Response includes `pagination` with `has_more` and
    `next_cursor`. - Use cursor-based pagination by passing the returned `next_cursor` value as the
    `cursor` query parameter in subsequent requests.

    Args:
        experiment_id (str):
        limit (int | Unset):
        cursor (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ListExperimentRunsResponse | Problem]
    """

    kwargs = _get_kwargs(
        experiment_id=experiment_id,
        limit=limit,
        cursor=cursor,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    experiment_id: str,
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
) -> ListExperimentRunsResponse | Problem | None:
    """List experiment runs

     List runs for a given experiment.  The runs are returned in a stable insertion order.  **Human
    annotations**: returned in the structured `annotations` array on each run. Each entry includes
    `name`, optional `label` / `score` / `text` / `updated_at`, and an `annotator` (id + email) for per-
    user annotations.  **Pagination**: - Response includes `pagination` with `has_more` and
    `next_cursor`. - Use cursor-based pagination by passing the returned `next_cursor` value as the
    `cursor` query parameter in subsequent requests.

    Args:
        experiment_id (str):
        limit (int | Unset):
        cursor (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ListExperimentRunsResponse | Problem
    """

    return (
        await asyncio_detailed(
            experiment_id=experiment_id,
            client=client,
            limit=limit,
            cursor=cursor,
        )
    ).parsed
