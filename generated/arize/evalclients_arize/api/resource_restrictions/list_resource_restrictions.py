from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.list_resource_restrictions_response import ListResourceRestrictionsResponse
from ...models.problem import Problem
from ...models.resource_restriction_type import (
    ResourceRestrictionType,
)
from ...types import UNSET, Response, Unset


def build_request(
    *,
    resource_type: ResourceRestrictionType | Unset = UNSET,
    limit: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_resource_type: str | Unset = UNSET
    if not isinstance(resource_type, Unset):
        json_resource_type = resource_type

    params["resource_type"] = json_resource_type

    params["limit"] = limit

    params["cursor"] = cursor

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v2/resource-restrictions",
        "params": params,
    }

    return _kwargs


_get_kwargs = build_request


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ListResourceRestrictionsResponse | Problem | None:
    if response.status_code == 200:
        response_200 = ListResourceRestrictionsResponse.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = Problem.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = Problem.from_dict(response.json())

        return response_401

    if response.status_code == 429:
        response_429 = Problem.from_dict(response.json())

        return response_429

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def parse_body(status: int, body: Any) -> ListResourceRestrictionsResponse | Problem | None:
    """The typed value of ``body``, already decoded, answered with ``status``."""
    if status == 200:
        response_200 = ListResourceRestrictionsResponse.from_dict(body)

        return response_200

    if status == 400:
        response_400 = Problem.from_dict(body)

        return response_400

    if status == 401:
        response_401 = Problem.from_dict(body)

        return response_401

    if status == 429:
        response_429 = Problem.from_dict(body)

        return response_429

    return None


BODY_SOURCES: dict[int, str] = {
    200: "json",
    400: "json",
    401: "json",
    429: "json",
}
"""What parse_body() takes for each status: json (json.loads() output), text, bytes or none."""


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ListResourceRestrictionsResponse | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    resource_type: ResourceRestrictionType | Unset = UNSET,
    limit: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
) -> Response[ListResourceRestrictionsResponse | Problem]:
    """List resource restrictions the caller is permitted to manage.

     List active resource restrictions the authenticated user is permitted to manage. A restriction is
    returned only if the caller can manage it — i.e. an account/org admin (via admin escalation), a
    holder of the correct permissions in the parent resource or a holder of the correct permissions
    granted directly on the resource.  Results are paginated; use `limit` and `cursor` for subsequent
    pages. Because entries are authorization-filtered after a page is read, a page may contain fewer
    items than `limit` (or be empty) while `has_more` is still `true`. Clients MUST keep paging until
    `has_more` is `false` — do not stop on an empty page.  Use the optional `resource_type` query param
    to filter to a single resource type. When omitted, restrictions of all supported types are returned
    in one merged list.  <Note>This endpoint is in beta, read more
    [here](https://arize.com/docs/ax/rest-reference#api-version-stages).</Note>

    Args:
        resource_type (ResourceRestrictionType | Unset): Type of the restricted resource. -
            PROJECT - A project within a space. - DASHBOARD - A dashboard within a space. - PROMPT - A
            prompt within a space.
        limit (int | Unset):
        cursor (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ListResourceRestrictionsResponse | Problem]
    """

    kwargs = _get_kwargs(
        resource_type=resource_type,
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
    resource_type: ResourceRestrictionType | Unset = UNSET,
    limit: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
) -> ListResourceRestrictionsResponse | Problem | None:
    """List resource restrictions the caller is permitted to manage.

     List active resource restrictions the authenticated user is permitted to manage. A restriction is
    returned only if the caller can manage it — i.e. an account/org admin (via admin escalation), a
    holder of the correct permissions in the parent resource or a holder of the correct permissions
    granted directly on the resource.  Results are paginated; use `limit` and `cursor` for subsequent
    pages. Because entries are authorization-filtered after a page is read, a page may contain fewer
    items than `limit` (or be empty) while `has_more` is still `true`. Clients MUST keep paging until
    `has_more` is `false` — do not stop on an empty page.  Use the optional `resource_type` query param
    to filter to a single resource type. When omitted, restrictions of all supported types are returned
    in one merged list.  <Note>This endpoint is in beta, read more
    [here](https://arize.com/docs/ax/rest-reference#api-version-stages).</Note>

    Args:
        resource_type (ResourceRestrictionType | Unset): Type of the restricted resource. -
            PROJECT - A project within a space. - DASHBOARD - A dashboard within a space. - PROMPT - A
            prompt within a space.
        limit (int | Unset):
        cursor (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ListResourceRestrictionsResponse | Problem
    """

    return sync_detailed(
        client=client,
        resource_type=resource_type,
        limit=limit,
        cursor=cursor,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    resource_type: ResourceRestrictionType | Unset = UNSET,
    limit: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
) -> Response[ListResourceRestrictionsResponse | Problem]:
    """List resource restrictions the caller is permitted to manage.

     List active resource restrictions the authenticated user is permitted to manage. A restriction is
    returned only if the caller can manage it — i.e. an account/org admin (via admin escalation), a
    holder of the correct permissions in the parent resource or a holder of the correct permissions
    granted directly on the resource.  Results are paginated; use `limit` and `cursor` for subsequent
    pages. Because entries are authorization-filtered after a page is read, a page may contain fewer
    items than `limit` (or be empty) while `has_more` is still `true`. Clients MUST keep paging until
    `has_more` is `false` — do not stop on an empty page.  Use the optional `resource_type` query param
    to filter to a single resource type. When omitted, restrictions of all supported types are returned
    in one merged list.  <Note>This endpoint is in beta, read more
    [here](https://arize.com/docs/ax/rest-reference#api-version-stages).</Note>

    Args:
        resource_type (ResourceRestrictionType | Unset): Type of the restricted resource. -
            PROJECT - A project within a space. - DASHBOARD - A dashboard within a space. - PROMPT - A
            prompt within a space.
        limit (int | Unset):
        cursor (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ListResourceRestrictionsResponse | Problem]
    """

    kwargs = _get_kwargs(
        resource_type=resource_type,
        limit=limit,
        cursor=cursor,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    resource_type: ResourceRestrictionType | Unset = UNSET,
    limit: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
) -> ListResourceRestrictionsResponse | Problem | None:
    """List resource restrictions the caller is permitted to manage.

     List active resource restrictions the authenticated user is permitted to manage. A restriction is
    returned only if the caller can manage it — i.e. an account/org admin (via admin escalation), a
    holder of the correct permissions in the parent resource or a holder of the correct permissions
    granted directly on the resource.  Results are paginated; use `limit` and `cursor` for subsequent
    pages. Because entries are authorization-filtered after a page is read, a page may contain fewer
    items than `limit` (or be empty) while `has_more` is still `true`. Clients MUST keep paging until
    `has_more` is `false` — do not stop on an empty page.  Use the optional `resource_type` query param
    to filter to a single resource type. When omitted, restrictions of all supported types are returned
    in one merged list.  <Note>This endpoint is in beta, read more
    [here](https://arize.com/docs/ax/rest-reference#api-version-stages).</Note>

    Args:
        resource_type (ResourceRestrictionType | Unset): Type of the restricted resource. -
            PROJECT - A project within a space. - DASHBOARD - A dashboard within a space. - PROMPT - A
            prompt within a space.
        limit (int | Unset):
        cursor (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ListResourceRestrictionsResponse | Problem
    """

    return (
        await asyncio_detailed(
            client=client,
            resource_type=resource_type,
            limit=limit,
            cursor=cursor,
        )
    ).parsed
