from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.http_validation_error import HTTPValidationError
from ...models.paginated_data_evaluator_response import PaginatedDataEvaluatorResponse
from ...models.project_sort_by import ProjectSortBy
from ...models.sort_order import SortOrder
from ...types import UNSET, Response, Unset


def build_request(
    *,
    page: int | Unset = 1,
    size: int | Unset = 10,
    name: str | Unset = UNSET,
    user_filter: str | Unset = UNSET,
    sort_by: ProjectSortBy | Unset = "created_at",
    order: SortOrder | Unset = "desc",
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["page"] = page

    params["size"] = size

    params["name"] = name

    params["user_filter"] = user_filter

    json_sort_by: str | Unset = UNSET
    if not isinstance(sort_by, Unset):
        json_sort_by = sort_by

    params["sort_by"] = json_sort_by

    json_order: str | Unset = UNSET
    if not isinstance(order, Unset):
        json_order = order

    params["order"] = json_order

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/evaluators",
        "params": params,
    }

    return _kwargs


_get_kwargs = build_request


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> HTTPValidationError | PaginatedDataEvaluatorResponse | None:
    if response.status_code == 200:
        response_200 = PaginatedDataEvaluatorResponse.from_dict(response.json())

        return response_200

    if response.status_code == 422:
        response_422 = HTTPValidationError.from_dict(response.json())

        return response_422

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def parse_body(
    status: int, body: Any
) -> HTTPValidationError | PaginatedDataEvaluatorResponse | None:
    """The typed value of ``body``, already decoded, answered with ``status``."""
    if status == 200:
        response_200 = PaginatedDataEvaluatorResponse.from_dict(body)

        return response_200

    if status == 422:
        response_422 = HTTPValidationError.from_dict(body)

        return response_422

    return None


BODY_SOURCES: dict[int, str] = {
    200: "json",
    422: "json",
}
"""What parse_body() takes for each status: json (json.loads() output), text, bytes or none."""


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[HTTPValidationError | PaginatedDataEvaluatorResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    page: int | Unset = 1,
    size: int | Unset = 10,
    name: str | Unset = UNSET,
    user_filter: str | Unset = UNSET,
    sort_by: ProjectSortBy | Unset = "created_at",
    order: SortOrder | Unset = "desc",
) -> Response[HTTPValidationError | PaginatedDataEvaluatorResponse]:
    """List Evaluators

     Get a list of all Evaluators.

    Args:
        page (int | Unset): Page offset for pagination. Default: 1.
        size (int | Unset): Page size for pagination. Number of Evaluators to fetch. Default: 10.
        name (str | Unset): Case-insensitive filter for Evaluator name.
        user_filter (str | Unset): Case-insensitive filter for users in the Evaluator. This filter
            matches against both email address and name of users.
        sort_by (ProjectSortBy | Unset): An enumeration. Default: 'created_at'.
        order (SortOrder | Unset): An enumeration. Default: 'desc'.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[HTTPValidationError | PaginatedDataEvaluatorResponse]
    """

    kwargs = _get_kwargs(
        page=page,
        size=size,
        name=name,
        user_filter=user_filter,
        sort_by=sort_by,
        order=order,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    page: int | Unset = 1,
    size: int | Unset = 10,
    name: str | Unset = UNSET,
    user_filter: str | Unset = UNSET,
    sort_by: ProjectSortBy | Unset = "created_at",
    order: SortOrder | Unset = "desc",
) -> HTTPValidationError | PaginatedDataEvaluatorResponse | None:
    """List Evaluators

     Get a list of all Evaluators.

    Args:
        page (int | Unset): Page offset for pagination. Default: 1.
        size (int | Unset): Page size for pagination. Number of Evaluators to fetch. Default: 10.
        name (str | Unset): Case-insensitive filter for Evaluator name.
        user_filter (str | Unset): Case-insensitive filter for users in the Evaluator. This filter
            matches against both email address and name of users.
        sort_by (ProjectSortBy | Unset): An enumeration. Default: 'created_at'.
        order (SortOrder | Unset): An enumeration. Default: 'desc'.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        HTTPValidationError | PaginatedDataEvaluatorResponse
    """

    return sync_detailed(
        client=client,
        page=page,
        size=size,
        name=name,
        user_filter=user_filter,
        sort_by=sort_by,
        order=order,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    page: int | Unset = 1,
    size: int | Unset = 10,
    name: str | Unset = UNSET,
    user_filter: str | Unset = UNSET,
    sort_by: ProjectSortBy | Unset = "created_at",
    order: SortOrder | Unset = "desc",
) -> Response[HTTPValidationError | PaginatedDataEvaluatorResponse]:
    """List Evaluators

     Get a list of all Evaluators.

    Args:
        page (int | Unset): Page offset for pagination. Default: 1.
        size (int | Unset): Page size for pagination. Number of Evaluators to fetch. Default: 10.
        name (str | Unset): Case-insensitive filter for Evaluator name.
        user_filter (str | Unset): Case-insensitive filter for users in the Evaluator. This filter
            matches against both email address and name of users.
        sort_by (ProjectSortBy | Unset): An enumeration. Default: 'created_at'.
        order (SortOrder | Unset): An enumeration. Default: 'desc'.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[HTTPValidationError | PaginatedDataEvaluatorResponse]
    """

    kwargs = _get_kwargs(
        page=page,
        size=size,
        name=name,
        user_filter=user_filter,
        sort_by=sort_by,
        order=order,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    page: int | Unset = 1,
    size: int | Unset = 10,
    name: str | Unset = UNSET,
    user_filter: str | Unset = UNSET,
    sort_by: ProjectSortBy | Unset = "created_at",
    order: SortOrder | Unset = "desc",
) -> HTTPValidationError | PaginatedDataEvaluatorResponse | None:
    """List Evaluators

     Get a list of all Evaluators.

    Args:
        page (int | Unset): Page offset for pagination. Default: 1.
        size (int | Unset): Page size for pagination. Number of Evaluators to fetch. Default: 10.
        name (str | Unset): Case-insensitive filter for Evaluator name.
        user_filter (str | Unset): Case-insensitive filter for users in the Evaluator. This filter
            matches against both email address and name of users.
        sort_by (ProjectSortBy | Unset): An enumeration. Default: 'created_at'.
        order (SortOrder | Unset): An enumeration. Default: 'desc'.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        HTTPValidationError | PaginatedDataEvaluatorResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            page=page,
            size=size,
            name=name,
            user_filter=user_filter,
            sort_by=sort_by,
            order=order,
        )
    ).parsed
