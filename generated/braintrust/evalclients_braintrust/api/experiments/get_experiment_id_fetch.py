from http import HTTPStatus
from typing import Any
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.fetch_experiment_events_response import FetchExperimentEventsResponse
from ...types import UNSET, Response, Unset, path_segment


def build_request(
    experiment_id: UUID,
    *,
    limit: int | None | Unset = UNSET,
    max_xact_id: str | Unset = UNSET,
    max_root_span_id: str | Unset = UNSET,
    version: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_limit: int | None | Unset
    if isinstance(limit, Unset):
        json_limit = UNSET
    else:
        json_limit = limit
    params["limit"] = json_limit

    params["max_xact_id"] = max_xact_id

    params["max_root_span_id"] = max_root_span_id

    params["version"] = version

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/experiment/{experiment_id}/fetch".format(
            experiment_id=path_segment(experiment_id),
        ),
        "params": params,
    }

    return _kwargs


_get_kwargs = build_request


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | FetchExperimentEventsResponse | None:
    if response.status_code == 200:
        response_200 = FetchExperimentEventsResponse.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = response.json()
        return response_400

    if response.status_code == 401:
        response_401 = response.json()
        return response_401

    if response.status_code == 403:
        response_403 = response.json()
        return response_403

    if response.status_code == 429:
        response_429 = response.json()
        return response_429

    if response.status_code == 500:
        response_500 = response.json()
        return response_500

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def parse_body(status: int, body: Any) -> Any | FetchExperimentEventsResponse | None:
    """The typed value of ``body``, already decoded, answered with ``status``."""
    if status == 200:
        response_200 = FetchExperimentEventsResponse.from_dict(body)

        return response_200

    if status == 400:
        response_400 = body
        return response_400

    if status == 401:
        response_401 = body
        return response_401

    if status == 403:
        response_403 = body
        return response_403

    if status == 429:
        response_429 = body
        return response_429

    if status == 500:
        response_500 = body
        return response_500

    return None


BODY_SOURCES: dict[int, str] = {
    200: "json",
    400: "json",
    401: "json",
    403: "json",
    429: "json",
    500: "json",
}
"""What parse_body() takes for each status: json (json.loads() output), text, bytes or none."""


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Any | FetchExperimentEventsResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    experiment_id: UUID,
    *,
    client: AuthenticatedClient,
    limit: int | None | Unset = UNSET,
    max_xact_id: str | Unset = UNSET,
    max_root_span_id: str | Unset = UNSET,
    version: str | Unset = UNSET,
) -> Response[Any | FetchExperimentEventsResponse]:
    """Fetch experiment (GET form)

     Fetch the events in an experiment. Equivalent to the POST form of the same path, but with the
    parameters in the URL query rather than in the request body. For more complex queries, use the `POST
    /btql` endpoint.

    Args:
        experiment_id (UUID): Experiment id
        limit (int | None | Unset): limit the number of traces fetched

            Fetch queries may be paginated if the total result size is expected to be large (e.g.
            project_logs which accumulate over a long time). Note that fetch queries only support
            pagination in descending time order (from latest to earliest `_xact_id`. Furthermore,
            later pages may return rows which showed up in earlier pages, except with an earlier
            `_xact_id`. This happens because pagination occurs over the whole version history of the
            event log. You will most likely want to exclude any such duplicate, outdated rows (by
            `id`) from your combined result set.

            The `limit` parameter controls the number of full traces to return. So you may end up with
            more individual rows than the specified limit if you are fetching events containing
            traces.
        max_xact_id (str | Unset): DEPRECATION NOTICE: The manually-constructed pagination cursor
            is deprecated in favor of the explicit 'cursor' returned by object fetch requests. Please
            prefer the 'cursor' argument going forwards.

            Together, `max_xact_id` and `max_root_span_id` form a pagination cursor

            Since a paginated fetch query returns results in order from latest to earliest, the cursor
            for the next page can be found as the row with the minimum (earliest) value of the tuple
            `(_xact_id, root_span_id)`. See the documentation of `limit` for an overview of paginating
            fetch queries.
        max_root_span_id (str | Unset): DEPRECATION NOTICE: The manually-constructed pagination
            cursor is deprecated in favor of the explicit 'cursor' returned by object fetch requests.
            Please prefer the 'cursor' argument going forwards.

            Together, `max_xact_id` and `max_root_span_id` form a pagination cursor

            Since a paginated fetch query returns results in order from latest to earliest, the cursor
            for the next page can be found as the row with the minimum (earliest) value of the tuple
            `(_xact_id, root_span_id)`. See the documentation of `limit` for an overview of paginating
            fetch queries.
        version (str | Unset): Retrieve a snapshot of events from a past time

            The version id is essentially a filter on the latest event transaction id. You can use the
            `max_xact_id` returned by a past fetch as the version to reproduce that exact fetch.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | FetchExperimentEventsResponse]
    """

    kwargs = _get_kwargs(
        experiment_id=experiment_id,
        limit=limit,
        max_xact_id=max_xact_id,
        max_root_span_id=max_root_span_id,
        version=version,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    experiment_id: UUID,
    *,
    client: AuthenticatedClient,
    limit: int | None | Unset = UNSET,
    max_xact_id: str | Unset = UNSET,
    max_root_span_id: str | Unset = UNSET,
    version: str | Unset = UNSET,
) -> Any | FetchExperimentEventsResponse | None:
    """Fetch experiment (GET form)

     Fetch the events in an experiment. Equivalent to the POST form of the same path, but with the
    parameters in the URL query rather than in the request body. For more complex queries, use the `POST
    /btql` endpoint.

    Args:
        experiment_id (UUID): Experiment id
        limit (int | None | Unset): limit the number of traces fetched

            Fetch queries may be paginated if the total result size is expected to be large (e.g.
            project_logs which accumulate over a long time). Note that fetch queries only support
            pagination in descending time order (from latest to earliest `_xact_id`. Furthermore,
            later pages may return rows which showed up in earlier pages, except with an earlier
            `_xact_id`. This happens because pagination occurs over the whole version history of the
            event log. You will most likely want to exclude any such duplicate, outdated rows (by
            `id`) from your combined result set.

            The `limit` parameter controls the number of full traces to return. So you may end up with
            more individual rows than the specified limit if you are fetching events containing
            traces.
        max_xact_id (str | Unset): DEPRECATION NOTICE: The manually-constructed pagination cursor
            is deprecated in favor of the explicit 'cursor' returned by object fetch requests. Please
            prefer the 'cursor' argument going forwards.

            Together, `max_xact_id` and `max_root_span_id` form a pagination cursor

            Since a paginated fetch query returns results in order from latest to earliest, the cursor
            for the next page can be found as the row with the minimum (earliest) value of the tuple
            `(_xact_id, root_span_id)`. See the documentation of `limit` for an overview of paginating
            fetch queries.
        max_root_span_id (str | Unset): DEPRECATION NOTICE: The manually-constructed pagination
            cursor is deprecated in favor of the explicit 'cursor' returned by object fetch requests.
            Please prefer the 'cursor' argument going forwards.

            Together, `max_xact_id` and `max_root_span_id` form a pagination cursor

            Since a paginated fetch query returns results in order from latest to earliest, the cursor
            for the next page can be found as the row with the minimum (earliest) value of the tuple
            `(_xact_id, root_span_id)`. See the documentation of `limit` for an overview of paginating
            fetch queries.
        version (str | Unset): Retrieve a snapshot of events from a past time

            The version id is essentially a filter on the latest event transaction id. You can use the
            `max_xact_id` returned by a past fetch as the version to reproduce that exact fetch.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | FetchExperimentEventsResponse
    """

    return sync_detailed(
        experiment_id=experiment_id,
        client=client,
        limit=limit,
        max_xact_id=max_xact_id,
        max_root_span_id=max_root_span_id,
        version=version,
    ).parsed


async def asyncio_detailed(
    experiment_id: UUID,
    *,
    client: AuthenticatedClient,
    limit: int | None | Unset = UNSET,
    max_xact_id: str | Unset = UNSET,
    max_root_span_id: str | Unset = UNSET,
    version: str | Unset = UNSET,
) -> Response[Any | FetchExperimentEventsResponse]:
    """Fetch experiment (GET form)

     Fetch the events in an experiment. Equivalent to the POST form of the same path, but with the
    parameters in the URL query rather than in the request body. For more complex queries, use the `POST
    /btql` endpoint.

    Args:
        experiment_id (UUID): Experiment id
        limit (int | None | Unset): limit the number of traces fetched

            Fetch queries may be paginated if the total result size is expected to be large (e.g.
            project_logs which accumulate over a long time). Note that fetch queries only support
            pagination in descending time order (from latest to earliest `_xact_id`. Furthermore,
            later pages may return rows which showed up in earlier pages, except with an earlier
            `_xact_id`. This happens because pagination occurs over the whole version history of the
            event log. You will most likely want to exclude any such duplicate, outdated rows (by
            `id`) from your combined result set.

            The `limit` parameter controls the number of full traces to return. So you may end up with
            more individual rows than the specified limit if you are fetching events containing
            traces.
        max_xact_id (str | Unset): DEPRECATION NOTICE: The manually-constructed pagination cursor
            is deprecated in favor of the explicit 'cursor' returned by object fetch requests. Please
            prefer the 'cursor' argument going forwards.

            Together, `max_xact_id` and `max_root_span_id` form a pagination cursor

            Since a paginated fetch query returns results in order from latest to earliest, the cursor
            for the next page can be found as the row with the minimum (earliest) value of the tuple
            `(_xact_id, root_span_id)`. See the documentation of `limit` for an overview of paginating
            fetch queries.
        max_root_span_id (str | Unset): DEPRECATION NOTICE: The manually-constructed pagination
            cursor is deprecated in favor of the explicit 'cursor' returned by object fetch requests.
            Please prefer the 'cursor' argument going forwards.

            Together, `max_xact_id` and `max_root_span_id` form a pagination cursor

            Since a paginated fetch query returns results in order from latest to earliest, the cursor
            for the next page can be found as the row with the minimum (earliest) value of the tuple
            `(_xact_id, root_span_id)`. See the documentation of `limit` for an overview of paginating
            fetch queries.
        version (str | Unset): Retrieve a snapshot of events from a past time

            The version id is essentially a filter on the latest event transaction id. You can use the
            `max_xact_id` returned by a past fetch as the version to reproduce that exact fetch.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | FetchExperimentEventsResponse]
    """

    kwargs = _get_kwargs(
        experiment_id=experiment_id,
        limit=limit,
        max_xact_id=max_xact_id,
        max_root_span_id=max_root_span_id,
        version=version,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    experiment_id: UUID,
    *,
    client: AuthenticatedClient,
    limit: int | None | Unset = UNSET,
    max_xact_id: str | Unset = UNSET,
    max_root_span_id: str | Unset = UNSET,
    version: str | Unset = UNSET,
) -> Any | FetchExperimentEventsResponse | None:
    """Fetch experiment (GET form)

     Fetch the events in an experiment. Equivalent to the POST form of the same path, but with the
    parameters in the URL query rather than in the request body. For more complex queries, use the `POST
    /btql` endpoint.

    Args:
        experiment_id (UUID): Experiment id
        limit (int | None | Unset): limit the number of traces fetched

            Fetch queries may be paginated if the total result size is expected to be large (e.g.
            project_logs which accumulate over a long time). Note that fetch queries only support
            pagination in descending time order (from latest to earliest `_xact_id`. Furthermore,
            later pages may return rows which showed up in earlier pages, except with an earlier
            `_xact_id`. This happens because pagination occurs over the whole version history of the
            event log. You will most likely want to exclude any such duplicate, outdated rows (by
            `id`) from your combined result set.

            The `limit` parameter controls the number of full traces to return. So you may end up with
            more individual rows than the specified limit if you are fetching events containing
            traces.
        max_xact_id (str | Unset): DEPRECATION NOTICE: The manually-constructed pagination cursor
            is deprecated in favor of the explicit 'cursor' returned by object fetch requests. Please
            prefer the 'cursor' argument going forwards.

            Together, `max_xact_id` and `max_root_span_id` form a pagination cursor

            Since a paginated fetch query returns results in order from latest to earliest, the cursor
            for the next page can be found as the row with the minimum (earliest) value of the tuple
            `(_xact_id, root_span_id)`. See the documentation of `limit` for an overview of paginating
            fetch queries.
        max_root_span_id (str | Unset): DEPRECATION NOTICE: The manually-constructed pagination
            cursor is deprecated in favor of the explicit 'cursor' returned by object fetch requests.
            Please prefer the 'cursor' argument going forwards.

            Together, `max_xact_id` and `max_root_span_id` form a pagination cursor

            Since a paginated fetch query returns results in order from latest to earliest, the cursor
            for the next page can be found as the row with the minimum (earliest) value of the tuple
            `(_xact_id, root_span_id)`. See the documentation of `limit` for an overview of paginating
            fetch queries.
        version (str | Unset): Retrieve a snapshot of events from a past time

            The version id is essentially a filter on the latest event transaction id. You can use the
            `max_xact_id` returned by a past fetch as the version to reproduce that exact fetch.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | FetchExperimentEventsResponse
    """

    return (
        await asyncio_detailed(
            experiment_id=experiment_id,
            client=client,
            limit=limit,
            max_xact_id=max_xact_id,
            max_root_span_id=max_root_span_id,
            version=version,
        )
    ).parsed
