from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.delete_spans_problem import DeleteSpansProblem
from ...models.delete_spans_request import DeleteSpansRequest
from ...models.delete_spans_response import DeleteSpansResponse
from ...models.problem import Problem
from ...types import Response


def build_request(
    *,
    body: DeleteSpansRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/v2/spans",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


_get_kwargs = build_request


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> DeleteSpansProblem | DeleteSpansResponse | Problem | None:
    if response.status_code == 200:
        response_200 = DeleteSpansResponse.from_dict(response.json())

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

    if response.status_code == 503:
        response_503 = DeleteSpansProblem.from_dict(response.json())

        return response_503

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def parse_body(status: int, body: Any) -> DeleteSpansProblem | DeleteSpansResponse | Problem | None:
    """The typed value of ``body``, already decoded, answered with ``status``."""
    if status == 200:
        response_200 = DeleteSpansResponse.from_dict(body)

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

    if status == 503:
        response_503 = DeleteSpansProblem.from_dict(body)

        return response_503

    return None


BODY_SOURCES: dict[int, str] = {
    200: "json",
    400: "json",
    401: "json",
    403: "json",
    404: "json",
    422: "json",
    429: "json",
    503: "json",
}
"""What parse_body() takes for each status: json (json.loads() output), text, bytes or none."""


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[DeleteSpansProblem | DeleteSpansResponse | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: DeleteSpansRequest,
) -> Response[DeleteSpansProblem | DeleteSpansResponse | Problem]:
    """Delete spans

     Permanently deletes spans by their span IDs. This operation is irreversible.  Accepts between 1 and
    5000 span IDs per request. Only spans within the searched time window are considered; spans outside
    that window are not affected.  The optional `start_time` and `end_time` fields scope the search to a
    specific time window. Each bound is independent: omitting `start_time` defaults to two years ago;
    omitting `end_time` defaults to now. You may provide either or both. Providing them when the
    approximate timestamp of the target spans is known significantly reduces the amount of span data the
    server must search.  A `200 OK` response always includes: - `completed` — `true` if the operation
    finished and no retry is needed;   `false` if the operation could not fully complete (retry the full
    request). - `deleted_span_ids` — span IDs confirmed deleted in this request. -
    `not_deleted_span_ids` — requested IDs not deleted: either not found within   the supported time
    range, or not reached when `completed` is `false`.  The delete operation is idempotent — re-
    submitting already-deleted IDs is safe.    <Note>This endpoint is in beta, read more
    [here](https://arize.com/docs/ax/rest-reference#api-version-stages).</Note>

    Args:
        body (DeleteSpansRequest): DeleteSpansRequest

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DeleteSpansProblem | DeleteSpansResponse | Problem]
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
    body: DeleteSpansRequest,
) -> DeleteSpansProblem | DeleteSpansResponse | Problem | None:
    """Delete spans

     Permanently deletes spans by their span IDs. This operation is irreversible.  Accepts between 1 and
    5000 span IDs per request. Only spans within the searched time window are considered; spans outside
    that window are not affected.  The optional `start_time` and `end_time` fields scope the search to a
    specific time window. Each bound is independent: omitting `start_time` defaults to two years ago;
    omitting `end_time` defaults to now. You may provide either or both. Providing them when the
    approximate timestamp of the target spans is known significantly reduces the amount of span data the
    server must search.  A `200 OK` response always includes: - `completed` — `true` if the operation
    finished and no retry is needed;   `false` if the operation could not fully complete (retry the full
    request). - `deleted_span_ids` — span IDs confirmed deleted in this request. -
    `not_deleted_span_ids` — requested IDs not deleted: either not found within   the supported time
    range, or not reached when `completed` is `false`.  The delete operation is idempotent — re-
    submitting already-deleted IDs is safe.    <Note>This endpoint is in beta, read more
    [here](https://arize.com/docs/ax/rest-reference#api-version-stages).</Note>

    Args:
        body (DeleteSpansRequest): DeleteSpansRequest

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DeleteSpansProblem | DeleteSpansResponse | Problem
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: DeleteSpansRequest,
) -> Response[DeleteSpansProblem | DeleteSpansResponse | Problem]:
    """Delete spans

     Permanently deletes spans by their span IDs. This operation is irreversible.  Accepts between 1 and
    5000 span IDs per request. Only spans within the searched time window are considered; spans outside
    that window are not affected.  The optional `start_time` and `end_time` fields scope the search to a
    specific time window. Each bound is independent: omitting `start_time` defaults to two years ago;
    omitting `end_time` defaults to now. You may provide either or both. Providing them when the
    approximate timestamp of the target spans is known significantly reduces the amount of span data the
    server must search.  A `200 OK` response always includes: - `completed` — `true` if the operation
    finished and no retry is needed;   `false` if the operation could not fully complete (retry the full
    request). - `deleted_span_ids` — span IDs confirmed deleted in this request. -
    `not_deleted_span_ids` — requested IDs not deleted: either not found within   the supported time
    range, or not reached when `completed` is `false`.  The delete operation is idempotent — re-
    submitting already-deleted IDs is safe.    <Note>This endpoint is in beta, read more
    [here](https://arize.com/docs/ax/rest-reference#api-version-stages).</Note>

    Args:
        body (DeleteSpansRequest): DeleteSpansRequest

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DeleteSpansProblem | DeleteSpansResponse | Problem]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: DeleteSpansRequest,
) -> DeleteSpansProblem | DeleteSpansResponse | Problem | None:
    """Delete spans

     Permanently deletes spans by their span IDs. This operation is irreversible.  Accepts between 1 and
    5000 span IDs per request. Only spans within the searched time window are considered; spans outside
    that window are not affected.  The optional `start_time` and `end_time` fields scope the search to a
    specific time window. Each bound is independent: omitting `start_time` defaults to two years ago;
    omitting `end_time` defaults to now. You may provide either or both. Providing them when the
    approximate timestamp of the target spans is known significantly reduces the amount of span data the
    server must search.  A `200 OK` response always includes: - `completed` — `true` if the operation
    finished and no retry is needed;   `false` if the operation could not fully complete (retry the full
    request). - `deleted_span_ids` — span IDs confirmed deleted in this request. -
    `not_deleted_span_ids` — requested IDs not deleted: either not found within   the supported time
    range, or not reached when `completed` is `false`.  The delete operation is idempotent — re-
    submitting already-deleted IDs is safe.    <Note>This endpoint is in beta, read more
    [here](https://arize.com/docs/ax/rest-reference#api-version-stages).</Note>

    Args:
        body (DeleteSpansRequest): DeleteSpansRequest

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DeleteSpansProblem | DeleteSpansResponse | Problem
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
