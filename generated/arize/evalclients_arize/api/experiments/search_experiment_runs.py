from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.list_experiment_runs_response import ListExperimentRunsResponse
from ...models.problem import Problem
from ...models.search_experiment_runs_request import SearchExperimentRunsRequest
from ...types import Response, path_segment


def build_request(
    experiment_id: str,
    *,
    body: SearchExperimentRunsRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v2/experiments/{experiment_id}/runs/search".format(
            experiment_id=path_segment(experiment_id),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
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
    body: SearchExperimentRunsRequest,
) -> Response[ListExperimentRunsResponse | Problem]:
    """Search experiment runs

     Search runs for a given experiment with an optional SQL-like filter.  Runs are returned in stable
    `id` ascending order. Pagination uses the cursor returned in `pagination.next_cursor`; keep the
    filter unchanged when requesting subsequent pages.  The filter language supports the unprefixed run
    columns `id`, `output`, `example_id`, custom run columns, `eval.<name>.score`, `eval.<name>.label`,
    `eval.<name>.explanation`, `eval.<name>.metadata.*`, and `annotation.<name>.*` when those columns
    are present in the run schema.  **Payload Requirements** - `filter` is optional. Omitting it returns
    all runs. A present empty or   whitespace-only value is invalid. - `limit` is optional and defaults
    to 50; valid values are 1 through 500. - `cursor` is optional; omitting it starts at the first page.
    - Unknown properties are rejected.  **Valid example** ```json {   "filter": "eval.quality.score <
    0.5",   "limit": 50,   "cursor": "opaque-cursor" } ```  **Invalid example** (limit is outside the
    supported range) ```json {   "filter": "output = 'approved'",   "limit": 501 } ```  <Warning>This
    endpoint is in alpha, read more [here](https://arize.com/docs/ax/rest-reference#api-version-
    stages).</Warning>

    Args:
        experiment_id (str):
        body (SearchExperimentRunsRequest): Optional criteria for searching an experiment's runs.
            Omit all fields to return the first page of runs in stable `id` ascending order. Keep the
            filter unchanged when using a returned cursor to fetch the next page.  Filters use the
            same SQL-like language as span search. Supported column families include unprefixed `id`,
            `output`, and `example_id`; custom run columns; `eval.<name>.score`, `eval.<name>.label`,
            `eval.<name>.explanation`, and `eval.<name>.metadata.*`; and `annotation.<name>.*` when
            present in the run schema. A present empty or whitespace-only filter is invalid.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ListExperimentRunsResponse | Problem]
    """

    kwargs = _get_kwargs(
        experiment_id=experiment_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    experiment_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: SearchExperimentRunsRequest,
) -> ListExperimentRunsResponse | Problem | None:
    """Search experiment runs

     Search runs for a given experiment with an optional SQL-like filter.  Runs are returned in stable
    `id` ascending order. Pagination uses the cursor returned in `pagination.next_cursor`; keep the
    filter unchanged when requesting subsequent pages.  The filter language supports the unprefixed run
    columns `id`, `output`, `example_id`, custom run columns, `eval.<name>.score`, `eval.<name>.label`,
    `eval.<name>.explanation`, `eval.<name>.metadata.*`, and `annotation.<name>.*` when those columns
    are present in the run schema.  **Payload Requirements** - `filter` is optional. Omitting it returns
    all runs. A present empty or   whitespace-only value is invalid. - `limit` is optional and defaults
    to 50; valid values are 1 through 500. - `cursor` is optional; omitting it starts at the first page.
    - Unknown properties are rejected.  **Valid example** ```json {   "filter": "eval.quality.score <
    0.5",   "limit": 50,   "cursor": "opaque-cursor" } ```  **Invalid example** (limit is outside the
    supported range) ```json {   "filter": "output = 'approved'",   "limit": 501 } ```  <Warning>This
    endpoint is in alpha, read more [here](https://arize.com/docs/ax/rest-reference#api-version-
    stages).</Warning>

    Args:
        experiment_id (str):
        body (SearchExperimentRunsRequest): Optional criteria for searching an experiment's runs.
            Omit all fields to return the first page of runs in stable `id` ascending order. Keep the
            filter unchanged when using a returned cursor to fetch the next page.  Filters use the
            same SQL-like language as span search. Supported column families include unprefixed `id`,
            `output`, and `example_id`; custom run columns; `eval.<name>.score`, `eval.<name>.label`,
            `eval.<name>.explanation`, and `eval.<name>.metadata.*`; and `annotation.<name>.*` when
            present in the run schema. A present empty or whitespace-only filter is invalid.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ListExperimentRunsResponse | Problem
    """

    return sync_detailed(
        experiment_id=experiment_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    experiment_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: SearchExperimentRunsRequest,
) -> Response[ListExperimentRunsResponse | Problem]:
    """Search experiment runs

     Search runs for a given experiment with an optional SQL-like filter.  Runs are returned in stable
    `id` ascending order. Pagination uses the cursor returned in `pagination.next_cursor`; keep the
    filter unchanged when requesting subsequent pages.  The filter language supports the unprefixed run
    columns `id`, `output`, `example_id`, custom run columns, `eval.<name>.score`, `eval.<name>.label`,
    `eval.<name>.explanation`, `eval.<name>.metadata.*`, and `annotation.<name>.*` when those columns
    are present in the run schema.  **Payload Requirements** - `filter` is optional. Omitting it returns
    all runs. A present empty or   whitespace-only value is invalid. - `limit` is optional and defaults
    to 50; valid values are 1 through 500. - `cursor` is optional; omitting it starts at the first page.
    - Unknown properties are rejected.  **Valid example** ```json {   "filter": "eval.quality.score <
    0.5",   "limit": 50,   "cursor": "opaque-cursor" } ```  **Invalid example** (limit is outside the
    supported range) ```json {   "filter": "output = 'approved'",   "limit": 501 } ```  <Warning>This
    endpoint is in alpha, read more [here](https://arize.com/docs/ax/rest-reference#api-version-
    stages).</Warning>

    Args:
        experiment_id (str):
        body (SearchExperimentRunsRequest): Optional criteria for searching an experiment's runs.
            Omit all fields to return the first page of runs in stable `id` ascending order. Keep the
            filter unchanged when using a returned cursor to fetch the next page.  Filters use the
            same SQL-like language as span search. Supported column families include unprefixed `id`,
            `output`, and `example_id`; custom run columns; `eval.<name>.score`, `eval.<name>.label`,
            `eval.<name>.explanation`, and `eval.<name>.metadata.*`; and `annotation.<name>.*` when
            present in the run schema. A present empty or whitespace-only filter is invalid.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ListExperimentRunsResponse | Problem]
    """

    kwargs = _get_kwargs(
        experiment_id=experiment_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    experiment_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: SearchExperimentRunsRequest,
) -> ListExperimentRunsResponse | Problem | None:
    """Search experiment runs

     Search runs for a given experiment with an optional SQL-like filter.  Runs are returned in stable
    `id` ascending order. Pagination uses the cursor returned in `pagination.next_cursor`; keep the
    filter unchanged when requesting subsequent pages.  The filter language supports the unprefixed run
    columns `id`, `output`, `example_id`, custom run columns, `eval.<name>.score`, `eval.<name>.label`,
    `eval.<name>.explanation`, `eval.<name>.metadata.*`, and `annotation.<name>.*` when those columns
    are present in the run schema.  **Payload Requirements** - `filter` is optional. Omitting it returns
    all runs. A present empty or   whitespace-only value is invalid. - `limit` is optional and defaults
    to 50; valid values are 1 through 500. - `cursor` is optional; omitting it starts at the first page.
    - Unknown properties are rejected.  **Valid example** ```json {   "filter": "eval.quality.score <
    0.5",   "limit": 50,   "cursor": "opaque-cursor" } ```  **Invalid example** (limit is outside the
    supported range) ```json {   "filter": "output = 'approved'",   "limit": 501 } ```  <Warning>This
    endpoint is in alpha, read more [here](https://arize.com/docs/ax/rest-reference#api-version-
    stages).</Warning>

    Args:
        experiment_id (str):
        body (SearchExperimentRunsRequest): Optional criteria for searching an experiment's runs.
            Omit all fields to return the first page of runs in stable `id` ascending order. Keep the
            filter unchanged when using a returned cursor to fetch the next page.  Filters use the
            same SQL-like language as span search. Supported column families include unprefixed `id`,
            `output`, and `example_id`; custom run columns; `eval.<name>.score`, `eval.<name>.label`,
            `eval.<name>.explanation`, and `eval.<name>.metadata.*`; and `annotation.<name>.*` when
            present in the run schema. A present empty or whitespace-only filter is invalid.

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
            body=body,
        )
    ).parsed
