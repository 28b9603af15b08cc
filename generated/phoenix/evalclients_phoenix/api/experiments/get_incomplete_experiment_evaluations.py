from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.get_incomplete_evaluations_response_body import GetIncompleteEvaluationsResponseBody
from ...types import UNSET, Response, Unset, path_segment


def build_request(
    experiment_id: str,
    *,
    evaluation_name: list[str] | Unset = UNSET,
    cursor: None | str | Unset = UNSET,
    limit: int | Unset = 50,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_evaluation_name: list[str] | Unset = UNSET
    if not isinstance(evaluation_name, Unset):
        json_evaluation_name = evaluation_name

    params["evaluation_name"] = json_evaluation_name

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
        "url": "/v1/experiments/{experiment_id}/incomplete-evaluations".format(
            experiment_id=path_segment(experiment_id),
        ),
        "params": params,
    }

    return _kwargs


_get_kwargs = build_request


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> GetIncompleteEvaluationsResponseBody | str | None:
    if response.status_code == 200:
        response_200 = GetIncompleteEvaluationsResponseBody.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = response.text
        return response_400

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


def parse_body(status: int, body: Any) -> GetIncompleteEvaluationsResponseBody | str | None:
    """The typed value of ``body``, already decoded, answered with ``status``."""
    if status == 200:
        response_200 = GetIncompleteEvaluationsResponseBody.from_dict(body)

        return response_200

    if status == 400:
        response_400 = body
        return response_400

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
    400: "text",
    403: "text",
    404: "text",
    422: "text",
}
"""What parse_body() takes for each status: json (json.loads() output), text, bytes or none."""


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[GetIncompleteEvaluationsResponseBody | str]:
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
    evaluation_name: list[str] | Unset = UNSET,
    cursor: None | str | Unset = UNSET,
    limit: int | Unset = 50,
) -> Response[GetIncompleteEvaluationsResponseBody | str]:
    """Get incomplete evaluations for an experiment

     Get experiment runs that have incomplete evaluations.

    Returns runs with:
    - Missing evaluations (evaluator has not been run)
    - Failed evaluations (evaluator ran but has errors)

    Args:
        experiment_id: The ID of the experiment
        evaluation_name: List of evaluation names to check (required, at least one)
        cursor: Cursor for pagination
        limit: Maximum number of results to return

    Returns:
        Paginated list of runs with incomplete evaluations

    Args:
        experiment_id (str):
        evaluation_name (list[str] | Unset): Evaluation names to check
        cursor (None | str | Unset): Cursor for pagination
        limit (int | Unset): Maximum number of runs with incomplete evaluations to return Default:
            50.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetIncompleteEvaluationsResponseBody | str]
    """

    kwargs = _get_kwargs(
        experiment_id=experiment_id,
        evaluation_name=evaluation_name,
        cursor=cursor,
        limit=limit,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    experiment_id: str,
    *,
    client: AuthenticatedClient | Client,
    evaluation_name: list[str] | Unset = UNSET,
    cursor: None | str | Unset = UNSET,
    limit: int | Unset = 50,
) -> GetIncompleteEvaluationsResponseBody | str | None:
    """Get incomplete evaluations for an experiment

     Get experiment runs that have incomplete evaluations.

    Returns runs with:
    - Missing evaluations (evaluator has not been run)
    - Failed evaluations (evaluator ran but has errors)

    Args:
        experiment_id: The ID of the experiment
        evaluation_name: List of evaluation names to check (required, at least one)
        cursor: Cursor for pagination
        limit: Maximum number of results to return

    Returns:
        Paginated list of runs with incomplete evaluations

    Args:
        experiment_id (str):
        evaluation_name (list[str] | Unset): Evaluation names to check
        cursor (None | str | Unset): Cursor for pagination
        limit (int | Unset): Maximum number of runs with incomplete evaluations to return Default:
            50.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetIncompleteEvaluationsResponseBody | str
    """

    return sync_detailed(
        experiment_id=experiment_id,
        client=client,
        evaluation_name=evaluation_name,
        cursor=cursor,
        limit=limit,
    ).parsed


async def asyncio_detailed(
    experiment_id: str,
    *,
    client: AuthenticatedClient | Client,
    evaluation_name: list[str] | Unset = UNSET,
    cursor: None | str | Unset = UNSET,
    limit: int | Unset = 50,
) -> Response[GetIncompleteEvaluationsResponseBody | str]:
    """Get incomplete evaluations for an experiment

     Get experiment runs that have incomplete evaluations.

    Returns runs with:
    - Missing evaluations (evaluator has not been run)
    - Failed evaluations (evaluator ran but has errors)

    Args:
        experiment_id: The ID of the experiment
        evaluation_name: List of evaluation names to check (required, at least one)
        cursor: Cursor for pagination
        limit: Maximum number of results to return

    Returns:
        Paginated list of runs with incomplete evaluations

    Args:
        experiment_id (str):
        evaluation_name (list[str] | Unset): Evaluation names to check
        cursor (None | str | Unset): Cursor for pagination
        limit (int | Unset): Maximum number of runs with incomplete evaluations to return Default:
            50.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetIncompleteEvaluationsResponseBody | str]
    """

    kwargs = _get_kwargs(
        experiment_id=experiment_id,
        evaluation_name=evaluation_name,
        cursor=cursor,
        limit=limit,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    experiment_id: str,
    *,
    client: AuthenticatedClient | Client,
    evaluation_name: list[str] | Unset = UNSET,
    cursor: None | str | Unset = UNSET,
    limit: int | Unset = 50,
) -> GetIncompleteEvaluationsResponseBody | str | None:
    """Get incomplete evaluations for an experiment

     Get experiment runs that have incomplete evaluations.

    Returns runs with:
    - Missing evaluations (evaluator has not been run)
    - Failed evaluations (evaluator ran but has errors)

    Args:
        experiment_id: The ID of the experiment
        evaluation_name: List of evaluation names to check (required, at least one)
        cursor: Cursor for pagination
        limit: Maximum number of results to return

    Returns:
        Paginated list of runs with incomplete evaluations

    Args:
        experiment_id (str):
        evaluation_name (list[str] | Unset): Evaluation names to check
        cursor (None | str | Unset): Cursor for pagination
        limit (int | Unset): Maximum number of runs with incomplete evaluations to return Default:
            50.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetIncompleteEvaluationsResponseBody | str
    """

    return (
        await asyncio_detailed(
            experiment_id=experiment_id,
            client=client,
            evaluation_name=evaluation_name,
            cursor=cursor,
            limit=limit,
        )
    ).parsed
