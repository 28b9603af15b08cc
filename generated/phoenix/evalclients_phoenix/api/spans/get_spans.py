import datetime
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.get_spans_order import GetSpansOrder
from ...models.get_spans_sort import GetSpansSort
from ...models.spans_response_body import SpansResponseBody
from ...types import UNSET, Response, Unset, path_segment


def build_request(
    project_identifier: str,
    *,
    cursor: None | str | Unset = UNSET,
    limit: int | Unset = 100,
    sort: GetSpansSort | Unset = "id",
    order: GetSpansOrder | Unset = "desc",
    start_time: datetime.datetime | None | Unset = UNSET,
    end_time: datetime.datetime | None | Unset = UNSET,
    trace_id: list[str] | None | Unset = UNSET,
    span_id: list[str] | None | Unset = UNSET,
    parent_id: None | str | Unset = UNSET,
    name: list[str] | None | Unset = UNSET,
    span_kind: list[str] | None | Unset = UNSET,
    status_code: list[str] | None | Unset = UNSET,
    attribute: list[str] | None | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_cursor: None | str | Unset
    if isinstance(cursor, Unset):
        json_cursor = UNSET
    else:
        json_cursor = cursor
    params["cursor"] = json_cursor

    params["limit"] = limit

    json_sort: str | Unset = UNSET
    if not isinstance(sort, Unset):
        json_sort = sort

    params["sort"] = json_sort

    json_order: str | Unset = UNSET
    if not isinstance(order, Unset):
        json_order = order

    params["order"] = json_order

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

    json_trace_id: list[str] | None | Unset
    if isinstance(trace_id, Unset):
        json_trace_id = UNSET
    elif isinstance(trace_id, list):
        json_trace_id = trace_id

    else:
        json_trace_id = trace_id
    params["trace_id"] = json_trace_id

    json_span_id: list[str] | None | Unset
    if isinstance(span_id, Unset):
        json_span_id = UNSET
    elif isinstance(span_id, list):
        json_span_id = span_id

    else:
        json_span_id = span_id
    params["span_id"] = json_span_id

    json_parent_id: None | str | Unset
    if isinstance(parent_id, Unset):
        json_parent_id = UNSET
    else:
        json_parent_id = parent_id
    params["parent_id"] = json_parent_id

    json_name: list[str] | None | Unset
    if isinstance(name, Unset):
        json_name = UNSET
    elif isinstance(name, list):
        json_name = name

    else:
        json_name = name
    params["name"] = json_name

    json_span_kind: list[str] | None | Unset
    if isinstance(span_kind, Unset):
        json_span_kind = UNSET
    elif isinstance(span_kind, list):
        json_span_kind = span_kind

    else:
        json_span_kind = span_kind
    params["span_kind"] = json_span_kind

    json_status_code: list[str] | None | Unset
    if isinstance(status_code, Unset):
        json_status_code = UNSET
    elif isinstance(status_code, list):
        json_status_code = status_code

    else:
        json_status_code = status_code
    params["status_code"] = json_status_code

    json_attribute: list[str] | None | Unset
    if isinstance(attribute, Unset):
        json_attribute = UNSET
    elif isinstance(attribute, list):
        json_attribute = attribute

    else:
        json_attribute = attribute
    params["attribute"] = json_attribute

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/projects/{project_identifier}/spans".format(
            project_identifier=path_segment(project_identifier),
        ),
        "params": params,
    }

    return _kwargs


_get_kwargs = build_request


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> SpansResponseBody | str | None:
    if response.status_code == 200:
        response_200 = SpansResponseBody.from_dict(response.json())

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


def parse_body(status: int, body: Any) -> SpansResponseBody | str | None:
    """The typed value of ``body``, already decoded, answered with ``status``."""
    if status == 200:
        response_200 = SpansResponseBody.from_dict(body)

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
) -> Response[SpansResponseBody | str]:
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
    sort: GetSpansSort | Unset = "id",
    order: GetSpansOrder | Unset = "desc",
    start_time: datetime.datetime | None | Unset = UNSET,
    end_time: datetime.datetime | None | Unset = UNSET,
    trace_id: list[str] | None | Unset = UNSET,
    span_id: list[str] | None | Unset = UNSET,
    parent_id: None | str | Unset = UNSET,
    name: list[str] | None | Unset = UNSET,
    span_kind: list[str] | None | Unset = UNSET,
    status_code: list[str] | None | Unset = UNSET,
    attribute: list[str] | None | Unset = UNSET,
) -> Response[SpansResponseBody | str]:
    """List spans with simple filters (no DSL)

     Return spans within a project filtered by time range. Supports cursor-based pagination.

    Args:
        project_identifier (str): The project identifier: either project ID or project name. If
            using a project name, it cannot contain slash (/), question mark (?), or pound sign (#)
            characters.
        cursor (None | str | Unset): Pagination cursor: the next_cursor of a previous response
            with the same sort
        limit (int | Unset): Maximum number of spans to return Default: 100.
        sort (GetSpansSort | Unset): Sort field. 'id' orders by insertion; 'start_time' orders by
            when the span started, breaking ties by id. Default: 'id'.
        order (GetSpansOrder | Unset): Sort direction Default: 'desc'.
        start_time (datetime.datetime | None | Unset): Inclusive lower bound time
        end_time (datetime.datetime | None | Unset): Exclusive upper bound time
        trace_id (list[str] | None | Unset): Filter by one or more trace IDs
        span_id (list[str] | None | Unset): Filter by one or more span IDs
        parent_id (None | str | Unset): Filter by parent span ID. Use "null" to get root spans
            only.
        name (list[str] | None | Unset): Filter by span name(s)
        span_kind (list[str] | None | Unset): Filter by span kind(s). Values: LLM, CHAIN, TOOL,
            RETRIEVER, EMBEDDING, AGENT, RERANKER, GUARDRAIL, EVALUATOR, DECISION, UNKNOWN
        status_code (list[str] | None | Unset): Filter by status code(s). Values: OK, ERROR, UNSET
        attribute (list[str] | None | Unset): Filter spans by `key:value`. Key is a dot-path (e.g.
            `user.id`, `metadata.tier`). Value is JSON-parsed: `k:12345` is int, `k:true` is bool,
            otherwise string (`k:user-42`). To match a numeric- or boolean-looking STRING, JSON-quote
            it: `user.id:"12345"` (URL-encoded `%2212345%22`). Split is on the first `:` only, so
            values may contain colons (`session.id:sess:abc:123`, ISO timestamps). Repeat the param to
            AND filters. List-valued attributes (e.g. `tag.tags`) cannot be matched here. Returns 422
            on malformed input (missing colon, empty key/value, or list/dict/null value).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[SpansResponseBody | str]
    """

    kwargs = _get_kwargs(
        project_identifier=project_identifier,
        cursor=cursor,
        limit=limit,
        sort=sort,
        order=order,
        start_time=start_time,
        end_time=end_time,
        trace_id=trace_id,
        span_id=span_id,
        parent_id=parent_id,
        name=name,
        span_kind=span_kind,
        status_code=status_code,
        attribute=attribute,
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
    sort: GetSpansSort | Unset = "id",
    order: GetSpansOrder | Unset = "desc",
    start_time: datetime.datetime | None | Unset = UNSET,
    end_time: datetime.datetime | None | Unset = UNSET,
    trace_id: list[str] | None | Unset = UNSET,
    span_id: list[str] | None | Unset = UNSET,
    parent_id: None | str | Unset = UNSET,
    name: list[str] | None | Unset = UNSET,
    span_kind: list[str] | None | Unset = UNSET,
    status_code: list[str] | None | Unset = UNSET,
    attribute: list[str] | None | Unset = UNSET,
) -> SpansResponseBody | str | None:
    """List spans with simple filters (no DSL)

     Return spans within a project filtered by time range. Supports cursor-based pagination.

    Args:
        project_identifier (str): The project identifier: either project ID or project name. If
            using a project name, it cannot contain slash (/), question mark (?), or pound sign (#)
            characters.
        cursor (None | str | Unset): Pagination cursor: the next_cursor of a previous response
            with the same sort
        limit (int | Unset): Maximum number of spans to return Default: 100.
        sort (GetSpansSort | Unset): Sort field. 'id' orders by insertion; 'start_time' orders by
            when the span started, breaking ties by id. Default: 'id'.
        order (GetSpansOrder | Unset): Sort direction Default: 'desc'.
        start_time (datetime.datetime | None | Unset): Inclusive lower bound time
        end_time (datetime.datetime | None | Unset): Exclusive upper bound time
        trace_id (list[str] | None | Unset): Filter by one or more trace IDs
        span_id (list[str] | None | Unset): Filter by one or more span IDs
        parent_id (None | str | Unset): Filter by parent span ID. Use "null" to get root spans
            only.
        name (list[str] | None | Unset): Filter by span name(s)
        span_kind (list[str] | None | Unset): Filter by span kind(s). Values: LLM, CHAIN, TOOL,
            RETRIEVER, EMBEDDING, AGENT, RERANKER, GUARDRAIL, EVALUATOR, DECISION, UNKNOWN
        status_code (list[str] | None | Unset): Filter by status code(s). Values: OK, ERROR, UNSET
        attribute (list[str] | None | Unset): Filter spans by `key:value`. Key is a dot-path (e.g.
            `user.id`, `metadata.tier`). Value is JSON-parsed: `k:12345` is int, `k:true` is bool,
            otherwise string (`k:user-42`). To match a numeric- or boolean-looking STRING, JSON-quote
            it: `user.id:"12345"` (URL-encoded `%2212345%22`). Split is on the first `:` only, so
            values may contain colons (`session.id:sess:abc:123`, ISO timestamps). Repeat the param to
            AND filters. List-valued attributes (e.g. `tag.tags`) cannot be matched here. Returns 422
            on malformed input (missing colon, empty key/value, or list/dict/null value).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        SpansResponseBody | str
    """

    return sync_detailed(
        project_identifier=project_identifier,
        client=client,
        cursor=cursor,
        limit=limit,
        sort=sort,
        order=order,
        start_time=start_time,
        end_time=end_time,
        trace_id=trace_id,
        span_id=span_id,
        parent_id=parent_id,
        name=name,
        span_kind=span_kind,
        status_code=status_code,
        attribute=attribute,
    ).parsed


async def asyncio_detailed(
    project_identifier: str,
    *,
    client: AuthenticatedClient | Client,
    cursor: None | str | Unset = UNSET,
    limit: int | Unset = 100,
    sort: GetSpansSort | Unset = "id",
    order: GetSpansOrder | Unset = "desc",
    start_time: datetime.datetime | None | Unset = UNSET,
    end_time: datetime.datetime | None | Unset = UNSET,
    trace_id: list[str] | None | Unset = UNSET,
    span_id: list[str] | None | Unset = UNSET,
    parent_id: None | str | Unset = UNSET,
    name: list[str] | None | Unset = UNSET,
    span_kind: list[str] | None | Unset = UNSET,
    status_code: list[str] | None | Unset = UNSET,
    attribute: list[str] | None | Unset = UNSET,
) -> Response[SpansResponseBody | str]:
    """List spans with simple filters (no DSL)

     Return spans within a project filtered by time range. Supports cursor-based pagination.

    Args:
        project_identifier (str): The project identifier: either project ID or project name. If
            using a project name, it cannot contain slash (/), question mark (?), or pound sign (#)
            characters.
        cursor (None | str | Unset): Pagination cursor: the next_cursor of a previous response
            with the same sort
        limit (int | Unset): Maximum number of spans to return Default: 100.
        sort (GetSpansSort | Unset): Sort field. 'id' orders by insertion; 'start_time' orders by
            when the span started, breaking ties by id. Default: 'id'.
        order (GetSpansOrder | Unset): Sort direction Default: 'desc'.
        start_time (datetime.datetime | None | Unset): Inclusive lower bound time
        end_time (datetime.datetime | None | Unset): Exclusive upper bound time
        trace_id (list[str] | None | Unset): Filter by one or more trace IDs
        span_id (list[str] | None | Unset): Filter by one or more span IDs
        parent_id (None | str | Unset): Filter by parent span ID. Use "null" to get root spans
            only.
        name (list[str] | None | Unset): Filter by span name(s)
        span_kind (list[str] | None | Unset): Filter by span kind(s). Values: LLM, CHAIN, TOOL,
            RETRIEVER, EMBEDDING, AGENT, RERANKER, GUARDRAIL, EVALUATOR, DECISION, UNKNOWN
        status_code (list[str] | None | Unset): Filter by status code(s). Values: OK, ERROR, UNSET
        attribute (list[str] | None | Unset): Filter spans by `key:value`. Key is a dot-path (e.g.
            `user.id`, `metadata.tier`). Value is JSON-parsed: `k:12345` is int, `k:true` is bool,
            otherwise string (`k:user-42`). To match a numeric- or boolean-looking STRING, JSON-quote
            it: `user.id:"12345"` (URL-encoded `%2212345%22`). Split is on the first `:` only, so
            values may contain colons (`session.id:sess:abc:123`, ISO timestamps). Repeat the param to
            AND filters. List-valued attributes (e.g. `tag.tags`) cannot be matched here. Returns 422
            on malformed input (missing colon, empty key/value, or list/dict/null value).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[SpansResponseBody | str]
    """

    kwargs = _get_kwargs(
        project_identifier=project_identifier,
        cursor=cursor,
        limit=limit,
        sort=sort,
        order=order,
        start_time=start_time,
        end_time=end_time,
        trace_id=trace_id,
        span_id=span_id,
        parent_id=parent_id,
        name=name,
        span_kind=span_kind,
        status_code=status_code,
        attribute=attribute,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    project_identifier: str,
    *,
    client: AuthenticatedClient | Client,
    cursor: None | str | Unset = UNSET,
    limit: int | Unset = 100,
    sort: GetSpansSort | Unset = "id",
    order: GetSpansOrder | Unset = "desc",
    start_time: datetime.datetime | None | Unset = UNSET,
    end_time: datetime.datetime | None | Unset = UNSET,
    trace_id: list[str] | None | Unset = UNSET,
    span_id: list[str] | None | Unset = UNSET,
    parent_id: None | str | Unset = UNSET,
    name: list[str] | None | Unset = UNSET,
    span_kind: list[str] | None | Unset = UNSET,
    status_code: list[str] | None | Unset = UNSET,
    attribute: list[str] | None | Unset = UNSET,
) -> SpansResponseBody | str | None:
    """List spans with simple filters (no DSL)

     Return spans within a project filtered by time range. Supports cursor-based pagination.

    Args:
        project_identifier (str): The project identifier: either project ID or project name. If
            using a project name, it cannot contain slash (/), question mark (?), or pound sign (#)
            characters.
        cursor (None | str | Unset): Pagination cursor: the next_cursor of a previous response
            with the same sort
        limit (int | Unset): Maximum number of spans to return Default: 100.
        sort (GetSpansSort | Unset): Sort field. 'id' orders by insertion; 'start_time' orders by
            when the span started, breaking ties by id. Default: 'id'.
        order (GetSpansOrder | Unset): Sort direction Default: 'desc'.
        start_time (datetime.datetime | None | Unset): Inclusive lower bound time
        end_time (datetime.datetime | None | Unset): Exclusive upper bound time
        trace_id (list[str] | None | Unset): Filter by one or more trace IDs
        span_id (list[str] | None | Unset): Filter by one or more span IDs
        parent_id (None | str | Unset): Filter by parent span ID. Use "null" to get root spans
            only.
        name (list[str] | None | Unset): Filter by span name(s)
        span_kind (list[str] | None | Unset): Filter by span kind(s). Values: LLM, CHAIN, TOOL,
            RETRIEVER, EMBEDDING, AGENT, RERANKER, GUARDRAIL, EVALUATOR, DECISION, UNKNOWN
        status_code (list[str] | None | Unset): Filter by status code(s). Values: OK, ERROR, UNSET
        attribute (list[str] | None | Unset): Filter spans by `key:value`. Key is a dot-path (e.g.
            `user.id`, `metadata.tier`). Value is JSON-parsed: `k:12345` is int, `k:true` is bool,
            otherwise string (`k:user-42`). To match a numeric- or boolean-looking STRING, JSON-quote
            it: `user.id:"12345"` (URL-encoded `%2212345%22`). Split is on the first `:` only, so
            values may contain colons (`session.id:sess:abc:123`, ISO timestamps). Repeat the param to
            AND filters. List-valued attributes (e.g. `tag.tags`) cannot be matched here. Returns 422
            on malformed input (missing colon, empty key/value, or list/dict/null value).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        SpansResponseBody | str
    """

    return (
        await asyncio_detailed(
            project_identifier=project_identifier,
            client=client,
            cursor=cursor,
            limit=limit,
            sort=sort,
            order=order,
            start_time=start_time,
            end_time=end_time,
            trace_id=trace_id,
            span_id=span_id,
            parent_id=parent_id,
            name=name,
            span_kind=span_kind,
            status_code=status_code,
            attribute=attribute,
        )
    ).parsed
