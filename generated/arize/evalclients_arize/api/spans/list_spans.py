from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.list_spans_request import ListSpansRequest
from ...models.list_spans_response import ListSpansResponse
from ...models.problem import Problem
from ...types import UNSET, Response, Unset


def build_request(
    *,
    body: ListSpansRequest,
    limit: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["limit"] = limit

    params["cursor"] = cursor

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v2/spans",
        "params": params,
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


_get_kwargs = build_request


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ListSpansResponse | Problem | None:
    if response.status_code == 200:
        response_200 = ListSpansResponse.from_dict(response.json())

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


def parse_body(status: int, body: Any) -> ListSpansResponse | Problem | None:
    """The typed value of ``body``, already decoded, answered with ``status``."""
    if status == 200:
        response_200 = ListSpansResponse.from_dict(body)

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
) -> Response[ListSpansResponse | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: ListSpansRequest,
    limit: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
) -> Response[ListSpansResponse | Problem]:
    """List spans

     Returns a paginated list of spans.  Spans are ordered by `start_time` from newest to oldest. Trace
    and span identifiers give spans with the same start time a stable order. Start and end time bounds
    are inclusive.  Use the returned cursor with the same project, filter, column selection, and time
    window. You can change the page limit. If the server rejects a cursor after an endpoint update,
    restart the page walk without it.  Adjacent inclusive polling windows overlap at their boundary.
    Remove duplicate trace and span identifier pairs. Use an overlap between polling windows to include
    data that arrives late. Cursor pagination keeps one time window fixed, but it is not a snapshot of
    changing data.  **Spans that arrive long after they started**  `start_time` is the time your
    application recorded for the span. Arize also stores the time it received the span. This endpoint
    searches received-time storage for a few hours on either side of the `start_time` range you ask for,
    which is how the Arize UI reads the same data.  A span that reached Arize much later than it started
    can therefore fall outside that search. Backfilled or replayed traces are the common case. Widen
    `start_time` and `end_time` to cover when the data was sent, not only when it was recorded, and
    those spans come back.  <Note>This endpoint is in beta, read more
    [here](https://arize.com/docs/ax/rest-reference#api-version-stages).</Note>

    Args:
        limit (int | Unset):
        cursor (str | Unset):
        body (ListSpansRequest): ListSpansRequest

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ListSpansResponse | Problem]
    """

    kwargs = _get_kwargs(
        body=body,
        limit=limit,
        cursor=cursor,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: ListSpansRequest,
    limit: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
) -> ListSpansResponse | Problem | None:
    """List spans

     Returns a paginated list of spans.  Spans are ordered by `start_time` from newest to oldest. Trace
    and span identifiers give spans with the same start time a stable order. Start and end time bounds
    are inclusive.  Use the returned cursor with the same project, filter, column selection, and time
    window. You can change the page limit. If the server rejects a cursor after an endpoint update,
    restart the page walk without it.  Adjacent inclusive polling windows overlap at their boundary.
    Remove duplicate trace and span identifier pairs. Use an overlap between polling windows to include
    data that arrives late. Cursor pagination keeps one time window fixed, but it is not a snapshot of
    changing data.  **Spans that arrive long after they started**  `start_time` is the time your
    application recorded for the span. Arize also stores the time it received the span. This endpoint
    searches received-time storage for a few hours on either side of the `start_time` range you ask for,
    which is how the Arize UI reads the same data.  A span that reached Arize much later than it started
    can therefore fall outside that search. Backfilled or replayed traces are the common case. Widen
    `start_time` and `end_time` to cover when the data was sent, not only when it was recorded, and
    those spans come back.  <Note>This endpoint is in beta, read more
    [here](https://arize.com/docs/ax/rest-reference#api-version-stages).</Note>

    Args:
        limit (int | Unset):
        cursor (str | Unset):
        body (ListSpansRequest): ListSpansRequest

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ListSpansResponse | Problem
    """

    return sync_detailed(
        client=client,
        body=body,
        limit=limit,
        cursor=cursor,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: ListSpansRequest,
    limit: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
) -> Response[ListSpansResponse | Problem]:
    """List spans

     Returns a paginated list of spans.  Spans are ordered by `start_time` from newest to oldest. Trace
    and span identifiers give spans with the same start time a stable order. Start and end time bounds
    are inclusive.  Use the returned cursor with the same project, filter, column selection, and time
    window. You can change the page limit. If the server rejects a cursor after an endpoint update,
    restart the page walk without it.  Adjacent inclusive polling windows overlap at their boundary.
    Remove duplicate trace and span identifier pairs. Use an overlap between polling windows to include
    data that arrives late. Cursor pagination keeps one time window fixed, but it is not a snapshot of
    changing data.  **Spans that arrive long after they started**  `start_time` is the time your
    application recorded for the span. Arize also stores the time it received the span. This endpoint
    searches received-time storage for a few hours on either side of the `start_time` range you ask for,
    which is how the Arize UI reads the same data.  A span that reached Arize much later than it started
    can therefore fall outside that search. Backfilled or replayed traces are the common case. Widen
    `start_time` and `end_time` to cover when the data was sent, not only when it was recorded, and
    those spans come back.  <Note>This endpoint is in beta, read more
    [here](https://arize.com/docs/ax/rest-reference#api-version-stages).</Note>

    Args:
        limit (int | Unset):
        cursor (str | Unset):
        body (ListSpansRequest): ListSpansRequest

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ListSpansResponse | Problem]
    """

    kwargs = _get_kwargs(
        body=body,
        limit=limit,
        cursor=cursor,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: ListSpansRequest,
    limit: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
) -> ListSpansResponse | Problem | None:
    """List spans

     Returns a paginated list of spans.  Spans are ordered by `start_time` from newest to oldest. Trace
    and span identifiers give spans with the same start time a stable order. Start and end time bounds
    are inclusive.  Use the returned cursor with the same project, filter, column selection, and time
    window. You can change the page limit. If the server rejects a cursor after an endpoint update,
    restart the page walk without it.  Adjacent inclusive polling windows overlap at their boundary.
    Remove duplicate trace and span identifier pairs. Use an overlap between polling windows to include
    data that arrives late. Cursor pagination keeps one time window fixed, but it is not a snapshot of
    changing data.  **Spans that arrive long after they started**  `start_time` is the time your
    application recorded for the span. Arize also stores the time it received the span. This endpoint
    searches received-time storage for a few hours on either side of the `start_time` range you ask for,
    which is how the Arize UI reads the same data.  A span that reached Arize much later than it started
    can therefore fall outside that search. Backfilled or replayed traces are the common case. Widen
    `start_time` and `end_time` to cover when the data was sent, not only when it was recorded, and
    those spans come back.  <Note>This endpoint is in beta, read more
    [here](https://arize.com/docs/ax/rest-reference#api-version-stages).</Note>

    Args:
        limit (int | Unset):
        cursor (str | Unset):
        body (ListSpansRequest): ListSpansRequest

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ListSpansResponse | Problem
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            limit=limit,
            cursor=cursor,
        )
    ).parsed
