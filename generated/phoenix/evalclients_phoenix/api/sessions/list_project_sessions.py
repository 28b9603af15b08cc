from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.get_sessions_response_body import GetSessionsResponseBody
from ...models.list_project_sessions_order import (
    ListProjectSessionsOrder,
)
from ...types import UNSET, Response, Unset, path_segment


def build_request(
    project_identifier: str,
    *,
    cursor: None | str | Unset = UNSET,
    limit: int | Unset = 100,
    order: ListProjectSessionsOrder | Unset = "asc",
    filter_: None | str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_cursor: None | str | Unset
    if isinstance(cursor, Unset):
        json_cursor = UNSET
    else:
        json_cursor = cursor
    params["cursor"] = json_cursor

    params["limit"] = limit

    json_order: str | Unset = UNSET
    if not isinstance(order, Unset):
        json_order = order

    params["order"] = json_order

    json_filter_: None | str | Unset
    if isinstance(filter_, Unset):
        json_filter_ = UNSET
    else:
        json_filter_ = filter_
    params["filter"] = json_filter_

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/projects/{project_identifier}/sessions".format(
            project_identifier=path_segment(project_identifier),
        ),
        "params": params,
    }

    return _kwargs


_get_kwargs = build_request


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> GetSessionsResponseBody | str | None:
    if response.status_code == 200:
        response_200 = GetSessionsResponseBody.from_dict(response.json())

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


def parse_body(status: int, body: Any) -> GetSessionsResponseBody | str | None:
    """The typed value of ``body``, already decoded, answered with ``status``."""
    if status == 200:
        response_200 = GetSessionsResponseBody.from_dict(body)

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
) -> Response[GetSessionsResponseBody | str]:
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
    order: ListProjectSessionsOrder | Unset = "asc",
    filter_: None | str | Unset = UNSET,
) -> Response[GetSessionsResponseBody | str]:
    """List sessions for a project

    Args:
        project_identifier (str): The project identifier: either project ID or project name.
        cursor (None | str | Unset): Cursor for pagination (session ID)
        limit (int | Unset): The max number of sessions to return at a time. Default: 100.
        order (ListProjectSessionsOrder | Unset): Sort order by ID: 'asc' (ascending) or 'desc'
            (descending). Default: 'asc'.
        filter_ (None | str | Unset): Session filter expression, as documented at
            https://arize.com/docs/phoenix/tracing/how-to-tracing/filter-expressions. Empty
            expressions do not filter. Invalid expressions return 400.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetSessionsResponseBody | str]
    """

    kwargs = _get_kwargs(
        project_identifier=project_identifier,
        cursor=cursor,
        limit=limit,
        order=order,
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
    cursor: None | str | Unset = UNSET,
    limit: int | Unset = 100,
    order: ListProjectSessionsOrder | Unset = "asc",
    filter_: None | str | Unset = UNSET,
) -> GetSessionsResponseBody | str | None:
    """List sessions for a project

    Args:
        project_identifier (str): The project identifier: either project ID or project name.
        cursor (None | str | Unset): Cursor for pagination (session ID)
        limit (int | Unset): The max number of sessions to return at a time. Default: 100.
        order (ListProjectSessionsOrder | Unset): Sort order by ID: 'asc' (ascending) or 'desc'
            (descending). Default: 'asc'.
        filter_ (None | str | Unset): Session filter expression, as documented at
            https://arize.com/docs/phoenix/tracing/how-to-tracing/filter-expressions. Empty
            expressions do not filter. Invalid expressions return 400.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetSessionsResponseBody | str
    """

    return sync_detailed(
        project_identifier=project_identifier,
        client=client,
        cursor=cursor,
        limit=limit,
        order=order,
        filter_=filter_,
    ).parsed


async def asyncio_detailed(
    project_identifier: str,
    *,
    client: AuthenticatedClient | Client,
    cursor: None | str | Unset = UNSET,
    limit: int | Unset = 100,
    order: ListProjectSessionsOrder | Unset = "asc",
    filter_: None | str | Unset = UNSET,
) -> Response[GetSessionsResponseBody | str]:
    """List sessions for a project

    Args:
        project_identifier (str): The project identifier: either project ID or project name.
        cursor (None | str | Unset): Cursor for pagination (session ID)
        limit (int | Unset): The max number of sessions to return at a time. Default: 100.
        order (ListProjectSessionsOrder | Unset): Sort order by ID: 'asc' (ascending) or 'desc'
            (descending). Default: 'asc'.
        filter_ (None | str | Unset): Session filter expression, as documented at
            https://arize.com/docs/phoenix/tracing/how-to-tracing/filter-expressions. Empty
            expressions do not filter. Invalid expressions return 400.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetSessionsResponseBody | str]
    """

    kwargs = _get_kwargs(
        project_identifier=project_identifier,
        cursor=cursor,
        limit=limit,
        order=order,
        filter_=filter_,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    project_identifier: str,
    *,
    client: AuthenticatedClient | Client,
    cursor: None | str | Unset = UNSET,
    limit: int | Unset = 100,
    order: ListProjectSessionsOrder | Unset = "asc",
    filter_: None | str | Unset = UNSET,
) -> GetSessionsResponseBody | str | None:
    """List sessions for a project

    Args:
        project_identifier (str): The project identifier: either project ID or project name.
        cursor (None | str | Unset): Cursor for pagination (session ID)
        limit (int | Unset): The max number of sessions to return at a time. Default: 100.
        order (ListProjectSessionsOrder | Unset): Sort order by ID: 'asc' (ascending) or 'desc'
            (descending). Default: 'asc'.
        filter_ (None | str | Unset): Session filter expression, as documented at
            https://arize.com/docs/phoenix/tracing/how-to-tracing/filter-expressions. Empty
            expressions do not filter. Invalid expressions return 400.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetSessionsResponseBody | str
    """

    return (
        await asyncio_detailed(
            project_identifier=project_identifier,
            client=client,
            cursor=cursor,
            limit=limit,
            order=order,
            filter_=filter_,
        )
    ).parsed
