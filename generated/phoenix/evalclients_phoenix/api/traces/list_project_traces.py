import datetime
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.get_traces_response_body import GetTracesResponseBody
from ...models.list_project_traces_order import (
    ListProjectTracesOrder,
)
from ...models.list_project_traces_sort import ListProjectTracesSort
from ...types import UNSET, Response, Unset, path_segment


def build_request(
    project_identifier: str,
    *,
    start_time: datetime.datetime | None | Unset = UNSET,
    end_time: datetime.datetime | None | Unset = UNSET,
    sort: ListProjectTracesSort | Unset = "start_time",
    order: ListProjectTracesOrder | Unset = "desc",
    limit: int | Unset = 100,
    cursor: None | str | Unset = UNSET,
    include_spans: bool | Unset = False,
    session_identifier: list[str] | None | Unset = UNSET,
    error: bool | None | Unset = UNSET,
    min_latency_ms: float | None | Unset = UNSET,
    max_latency_ms: float | None | Unset = UNSET,
    filter_: None | str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_start_time: None | str | Unset
    if isinstance(start_time, Unset):
        json_start_time = UNSET
    elif isinstance(start_time, datetime.datetime):
        json_start_time = start_time.isoformat()
    else:
        json_start_time = start_time
    params["start_time"] = json_start_time

    json_end_time: None | str | Unset
    if isinstance(end_time, Unset):
        json_end_time = UNSET
    elif isinstance(end_time, datetime.datetime):
        json_end_time = end_time.isoformat()
    else:
        json_end_time = end_time
    params["end_time"] = json_end_time

    json_sort: str | Unset = UNSET
    if not isinstance(sort, Unset):
        json_sort = sort

    params["sort"] = json_sort

    json_order: str | Unset = UNSET
    if not isinstance(order, Unset):
        json_order = order

    params["order"] = json_order

    params["limit"] = limit

    json_cursor: None | str | Unset
    if isinstance(cursor, Unset):
        json_cursor = UNSET
    else:
        json_cursor = cursor
    params["cursor"] = json_cursor

    params["include_spans"] = include_spans

    json_session_identifier: list[str] | None | Unset
    if isinstance(session_identifier, Unset):
        json_session_identifier = UNSET
    elif isinstance(session_identifier, list):
        json_session_identifier = session_identifier

    else:
        json_session_identifier = session_identifier
    params["session_identifier"] = json_session_identifier

    json_error: bool | None | Unset
    if isinstance(error, Unset):
        json_error = UNSET
    else:
        json_error = error
    params["error"] = json_error

    json_min_latency_ms: float | None | Unset
    if isinstance(min_latency_ms, Unset):
        json_min_latency_ms = UNSET
    else:
        json_min_latency_ms = min_latency_ms
    params["min_latency_ms"] = json_min_latency_ms

    json_max_latency_ms: float | None | Unset
    if isinstance(max_latency_ms, Unset):
        json_max_latency_ms = UNSET
    else:
        json_max_latency_ms = max_latency_ms
    params["max_latency_ms"] = json_max_latency_ms

    json_filter_: None | str | Unset
    if isinstance(filter_, Unset):
        json_filter_ = UNSET
    else:
        json_filter_ = filter_
    params["filter"] = json_filter_

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/projects/{project_identifier}/traces".format(
            project_identifier=path_segment(project_identifier),
        ),
        "params": params,
    }

    return _kwargs


_get_kwargs = build_request


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> GetTracesResponseBody | str | None:
    if response.status_code == 200:
        response_200 = GetTracesResponseBody.from_dict(response.json())

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


def parse_body(status: int, body: Any) -> GetTracesResponseBody | str | None:
    """The typed value of ``body``, already decoded, answered with ``status``."""
    if status == 200:
        response_200 = GetTracesResponseBody.from_dict(body)

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
) -> Response[GetTracesResponseBody | str]:
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
    start_time: datetime.datetime | None | Unset = UNSET,
    end_time: datetime.datetime | None | Unset = UNSET,
    sort: ListProjectTracesSort | Unset = "start_time",
    order: ListProjectTracesOrder | Unset = "desc",
    limit: int | Unset = 100,
    cursor: None | str | Unset = UNSET,
    include_spans: bool | Unset = False,
    session_identifier: list[str] | None | Unset = UNSET,
    error: bool | None | Unset = UNSET,
    min_latency_ms: float | None | Unset = UNSET,
    max_latency_ms: float | None | Unset = UNSET,
    filter_: None | str | Unset = UNSET,
) -> Response[GetTracesResponseBody | str]:
    """List traces for a project

    Args:
        project_identifier (str): The project identifier: either project ID or project name.
        start_time (datetime.datetime | None | Unset): Inclusive lower bound on trace start time
            (ISO 8601)
        end_time (datetime.datetime | None | Unset): Exclusive upper bound on trace start time
            (ISO 8601)
        sort (ListProjectTracesSort | Unset): Sort field Default: 'start_time'.
        order (ListProjectTracesOrder | Unset): Sort direction Default: 'desc'.
        limit (int | Unset): Maximum number of traces to return Default: 100.
        cursor (None | str | Unset): Pagination cursor returned by a previous request
        include_spans (bool | Unset): If true, include full span details for each trace. This
            significantly increases response size and query latency, especially with large page sizes.
            Prefer fetching spans lazily for individual traces when possible. Default: False.
        session_identifier (list[str] | None | Unset): List of session identifiers to filter
            traces by. Each value can be either a session_id string or a session GlobalID. Only traces
            belonging to the specified sessions will be returned.
        error (bool | None | Unset): Deprecated: use `filter=error_count > 0` or
            `filter=error_count == 0`. Filter by trace error status. If true, only return traces that
            contain at least one span with `status_code == ERROR`. If false, only return traces with
            no errored spans. If omitted, traces are not filtered by error status.
        min_latency_ms (float | None | Unset): Inclusive lower bound on trace latency in
            milliseconds. Deprecated: use `filter=latency_ms >= N`.
        max_latency_ms (float | None | Unset): Inclusive upper bound on trace latency in
            milliseconds. Deprecated: use `filter=latency_ms <= N`.
        filter_ (None | str | Unset): Trace filter expression, as documented at
            https://arize.com/docs/phoenix/tracing/how-to-tracing/filter-expressions. Combined with
            other filters using AND. Empty expressions do not filter. Invalid expressions return 400.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetTracesResponseBody | str]
    """

    kwargs = _get_kwargs(
        project_identifier=project_identifier,
        start_time=start_time,
        end_time=end_time,
        sort=sort,
        order=order,
        limit=limit,
        cursor=cursor,
        include_spans=include_spans,
        session_identifier=session_identifier,
        error=error,
        min_latency_ms=min_latency_ms,
        max_latency_ms=max_latency_ms,
        filter_=filter_,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    project_identifier: str,
    *,
    client: AuthenticatedClient | Client,
    start_time: datetime.datetime | None | Unset = UNSET,
    end_time: datetime.datetime | None | Unset = UNSET,
    sort: ListProjectTracesSort | Unset = "start_time",
    order: ListProjectTracesOrder | Unset = "desc",
    limit: int | Unset = 100,
    cursor: None | str | Unset = UNSET,
    include_spans: bool | Unset = False,
    session_identifier: list[str] | None | Unset = UNSET,
    error: bool | None | Unset = UNSET,
    min_latency_ms: float | None | Unset = UNSET,
    max_latency_ms: float | None | Unset = UNSET,
    filter_: None | str | Unset = UNSET,
) -> GetTracesResponseBody | str | None:
    """List traces for a project

    Args:
        project_identifier (str): The project identifier: either project ID or project name.
        start_time (datetime.datetime | None | Unset): Inclusive lower bound on trace start time
            (ISO 8601)
        end_time (datetime.datetime | None | Unset): Exclusive upper bound on trace start time
            (ISO 8601)
        sort (ListProjectTracesSort | Unset): Sort field Default: 'start_time'.
        order (ListProjectTracesOrder | Unset): Sort direction Default: 'desc'.
        limit (int | Unset): Maximum number of traces to return Default: 100.
        cursor (None | str | Unset): Pagination cursor returned by a previous request
        include_spans (bool | Unset): If true, include full span details for each trace. This
            significantly increases response size and query latency, especially with large page sizes.
            Prefer fetching spans lazily for individual traces when possible. Default: False.
        session_identifier (list[str] | None | Unset): List of session identifiers to filter
            traces by. Each value can be either a session_id string or a session GlobalID. Only traces
            belonging to the specified sessions will be returned.
        error (bool | None | Unset): Deprecated: use `filter=error_count > 0` or
            `filter=error_count == 0`. Filter by trace error status. If true, only return traces that
            contain at least one span with `status_code == ERROR`. If false, only return traces with
            no errored spans. If omitted, traces are not filtered by error status.
        min_latency_ms (float | None | Unset): Inclusive lower bound on trace latency in
            milliseconds. Deprecated: use `filter=latency_ms >= N`.
        max_latency_ms (float | None | Unset): Inclusive upper bound on trace latency in
            milliseconds. Deprecated: use `filter=latency_ms <= N`.
        filter_ (None | str | Unset): Trace filter expression, as documented at
            https://arize.com/docs/phoenix/tracing/how-to-tracing/filter-expressions. Combined with
            other filters using AND. Empty expressions do not filter. Invalid expressions return 400.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetTracesResponseBody | str
    """

    return sync_detailed(
        project_identifier=project_identifier,
        client=client,
        start_time=start_time,
        end_time=end_time,
        sort=sort,
        order=order,
        limit=limit,
        cursor=cursor,
        include_spans=include_spans,
        session_identifier=session_identifier,
        error=error,
        min_latency_ms=min_latency_ms,
        max_latency_ms=max_latency_ms,
        filter_=filter_,
    ).parsed


async def asyncio_detailed(
    project_identifier: str,
    *,
    client: AuthenticatedClient | Client,
    start_time: datetime.datetime | None | Unset = UNSET,
    end_time: datetime.datetime | None | Unset = UNSET,
    sort: ListProjectTracesSort | Unset = "start_time",
    order: ListProjectTracesOrder | Unset = "desc",
    limit: int | Unset = 100,
    cursor: None | str | Unset = UNSET,
    include_spans: bool | Unset = False,
    session_identifier: list[str] | None | Unset = UNSET,
    error: bool | None | Unset = UNSET,
    min_latency_ms: float | None | Unset = UNSET,
    max_latency_ms: float | None | Unset = UNSET,
    filter_: None | str | Unset = UNSET,
) -> Response[GetTracesResponseBody | str]:
    """List traces for a project

    Args:
        project_identifier (str): The project identifier: either project ID or project name.
        start_time (datetime.datetime | None | Unset): Inclusive lower bound on trace start time
            (ISO 8601)
        end_time (datetime.datetime | None | Unset): Exclusive upper bound on trace start time
            (ISO 8601)
        sort (ListProjectTracesSort | Unset): Sort field Default: 'start_time'.
        order (ListProjectTracesOrder | Unset): Sort direction Default: 'desc'.
        limit (int | Unset): Maximum number of traces to return Default: 100.
        cursor (None | str | Unset): Pagination cursor returned by a previous request
        include_spans (bool | Unset): If true, include full span details for each trace. This
            significantly increases response size and query latency, especially with large page sizes.
            Prefer fetching spans lazily for individual traces when possible. Default: False.
        session_identifier (list[str] | None | Unset): List of session identifiers to filter
            traces by. Each value can be either a session_id string or a session GlobalID. Only traces
            belonging to the specified sessions will be returned.
        error (bool | None | Unset): Deprecated: use `filter=error_count > 0` or
            `filter=error_count == 0`. Filter by trace error status. If true, only return traces that
            contain at least one span with `status_code == ERROR`. If false, only return traces with
            no errored spans. If omitted, traces are not filtered by error status.
        min_latency_ms (float | None | Unset): Inclusive lower bound on trace latency in
            milliseconds. Deprecated: use `filter=latency_ms >= N`.
        max_latency_ms (float | None | Unset): Inclusive upper bound on trace latency in
            milliseconds. Deprecated: use `filter=latency_ms <= N`.
        filter_ (None | str | Unset): Trace filter expression, as documented at
            https://arize.com/docs/phoenix/tracing/how-to-tracing/filter-expressions. Combined with
            other filters using AND. Empty expressions do not filter. Invalid expressions return 400.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetTracesResponseBody | str]
    """

    kwargs = _get_kwargs(
        project_identifier=project_identifier,
        start_time=start_time,
        end_time=end_time,
        sort=sort,
        order=order,
        limit=limit,
        cursor=cursor,
        include_spans=include_spans,
        session_identifier=session_identifier,
        error=error,
        min_latency_ms=min_latency_ms,
        max_latency_ms=max_latency_ms,
        filter_=filter_,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    project_identifier: str,
    *,
    client: AuthenticatedClient | Client,
    start_time: datetime.datetime | None | Unset = UNSET,
    end_time: datetime.datetime | None | Unset = UNSET,
    sort: ListProjectTracesSort | Unset = "start_time",
    order: ListProjectTracesOrder | Unset = "desc",
    limit: int | Unset = 100,
    cursor: None | str | Unset = UNSET,
    include_spans: bool | Unset = False,
    session_identifier: list[str] | None | Unset = UNSET,
    error: bool | None | Unset = UNSET,
    min_latency_ms: float | None | Unset = UNSET,
    max_latency_ms: float | None | Unset = UNSET,
    filter_: None | str | Unset = UNSET,
) -> GetTracesResponseBody | str | None:
    """List traces for a project

    Args:
        project_identifier (str): The project identifier: either project ID or project name.
        start_time (datetime.datetime | None | Unset): Inclusive lower bound on trace start time
            (ISO 8601)
        end_time (datetime.datetime | None | Unset): Exclusive upper bound on trace start time
            (ISO 8601)
        sort (ListProjectTracesSort | Unset): Sort field Default: 'start_time'.
        order (ListProjectTracesOrder | Unset): Sort direction Default: 'desc'.
        limit (int | Unset): Maximum number of traces to return Default: 100.
        cursor (None | str | Unset): Pagination cursor returned by a previous request
        include_spans (bool | Unset): If true, include full span details for each trace. This
            significantly increases response size and query latency, especially with large page sizes.
            Prefer fetching spans lazily for individual traces when possible. Default: False.
        session_identifier (list[str] | None | Unset): List of session identifiers to filter
            traces by. Each value can be either a session_id string or a session GlobalID. Only traces
            belonging to the specified sessions will be returned.
        error (bool | None | Unset): Deprecated: use `filter=error_count > 0` or
            `filter=error_count == 0`. Filter by trace error status. If true, only return traces that
            contain at least one span with `status_code == ERROR`. If false, only return traces with
            no errored spans. If omitted, traces are not filtered by error status.
        min_latency_ms (float | None | Unset): Inclusive lower bound on trace latency in
            milliseconds. Deprecated: use `filter=latency_ms >= N`.
        max_latency_ms (float | None | Unset): Inclusive upper bound on trace latency in
            milliseconds. Deprecated: use `filter=latency_ms <= N`.
        filter_ (None | str | Unset): Trace filter expression, as documented at
            https://arize.com/docs/phoenix/tracing/how-to-tracing/filter-expressions. Combined with
            other filters using AND. Empty expressions do not filter. Invalid expressions return 400.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetTracesResponseBody | str
    """

    return (
        await asyncio_detailed(
            project_identifier=project_identifier,
            client=client,
            start_time=start_time,
            end_time=end_time,
            sort=sort,
            order=order,
            limit=limit,
            cursor=cursor,
            include_spans=include_spans,
            session_identifier=session_identifier,
            error=error,
            min_latency_ms=min_latency_ms,
            max_latency_ms=max_latency_ms,
            filter_=filter_,
        )
    ).parsed
