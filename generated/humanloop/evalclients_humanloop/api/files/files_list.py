from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.file_type import FileType
from ...models.http_validation_error import HTTPValidationError
from ...models.paginated_data_union_prompt_response_tool_response_dataset_response_evaluator_response_flow_response import (
    PaginatedDataUnionPromptResponseToolResponseDatasetResponseEvaluatorResponseFlowResponse,
)
from ...models.project_sort_by import ProjectSortBy
from ...models.sort_order import SortOrder
from ...types import UNSET, Response, Unset


def build_request(
    *,
    page: int | Unset = 1,
    size: int | Unset = 10,
    name: str | Unset = UNSET,
    type_: list[FileType] | Unset = UNSET,
    environment: str | Unset = UNSET,
    sort_by: ProjectSortBy | Unset = "created_at",
    order: SortOrder | Unset = "desc",
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["page"] = page

    params["size"] = size

    params["name"] = name

    json_type_: list[str] | Unset = UNSET
    if not isinstance(type_, Unset):
        json_type_ = []
        for type_item_data in type_:
            type_item: str = type_item_data
            json_type_.append(type_item)

    params["type"] = json_type_

    params["environment"] = environment

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
        "url": "/files",
        "params": params,
    }

    return _kwargs


_get_kwargs = build_request


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    HTTPValidationError
    | PaginatedDataUnionPromptResponseToolResponseDatasetResponseEvaluatorResponseFlowResponse
    | None
):
    if response.status_code == 200:
        response_200 = PaginatedDataUnionPromptResponseToolResponseDatasetResponseEvaluatorResponseFlowResponse.from_dict(
            response.json()
        )

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
) -> (
    HTTPValidationError
    | PaginatedDataUnionPromptResponseToolResponseDatasetResponseEvaluatorResponseFlowResponse
    | None
):
    """The typed value of ``body``, already decoded, answered with ``status``."""
    if status == 200:
        response_200 = PaginatedDataUnionPromptResponseToolResponseDatasetResponseEvaluatorResponseFlowResponse.from_dict(
            body
        )

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
) -> Response[
    HTTPValidationError
    | PaginatedDataUnionPromptResponseToolResponseDatasetResponseEvaluatorResponseFlowResponse
]:
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
    type_: list[FileType] | Unset = UNSET,
    environment: str | Unset = UNSET,
    sort_by: ProjectSortBy | Unset = "created_at",
    order: SortOrder | Unset = "desc",
) -> Response[
    HTTPValidationError
    | PaginatedDataUnionPromptResponseToolResponseDatasetResponseEvaluatorResponseFlowResponse
]:
    """List Files

     Get a paginated list of files.

    Args:
        page (int | Unset): Page offset for pagination. Default: 1.
        size (int | Unset): Page size for pagination. Number of files to fetch. Default: 10.
        name (str | Unset): Case-insensitive filter for file name.
        type_ (list[FileType] | Unset): List of file types to filter for.
        environment (str | Unset): Case-sensitive filter for files with a deployment in the
            specified environment. Requires the environment name.
        sort_by (ProjectSortBy | Unset): An enumeration. Default: 'created_at'.
        order (SortOrder | Unset): An enumeration. Default: 'desc'.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[HTTPValidationError | PaginatedDataUnionPromptResponseToolResponseDatasetResponseEvaluatorResponseFlowResponse]
    """

    kwargs = _get_kwargs(
        page=page,
        size=size,
        name=name,
        type_=type_,
        environment=environment,
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
    type_: list[FileType] | Unset = UNSET,
    environment: str | Unset = UNSET,
    sort_by: ProjectSortBy | Unset = "created_at",
    order: SortOrder | Unset = "desc",
) -> (
    HTTPValidationError
    | PaginatedDataUnionPromptResponseToolResponseDatasetResponseEvaluatorResponseFlowResponse
    | None
):
    """List Files

     Get a paginated list of files.

    Args:
        page (int | Unset): Page offset for pagination. Default: 1.
        size (int | Unset): Page size for pagination. Number of files to fetch. Default: 10.
        name (str | Unset): Case-insensitive filter for file name.
        type_ (list[FileType] | Unset): List of file types to filter for.
        environment (str | Unset): Case-sensitive filter for files with a deployment in the
            specified environment. Requires the environment name.
        sort_by (ProjectSortBy | Unset): An enumeration. Default: 'created_at'.
        order (SortOrder | Unset): An enumeration. Default: 'desc'.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        HTTPValidationError | PaginatedDataUnionPromptResponseToolResponseDatasetResponseEvaluatorResponseFlowResponse
    """

    return sync_detailed(
        client=client,
        page=page,
        size=size,
        name=name,
        type_=type_,
        environment=environment,
        sort_by=sort_by,
        order=order,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    page: int | Unset = 1,
    size: int | Unset = 10,
    name: str | Unset = UNSET,
    type_: list[FileType] | Unset = UNSET,
    environment: str | Unset = UNSET,
    sort_by: ProjectSortBy | Unset = "created_at",
    order: SortOrder | Unset = "desc",
) -> Response[
    HTTPValidationError
    | PaginatedDataUnionPromptResponseToolResponseDatasetResponseEvaluatorResponseFlowResponse
]:
    """List Files

     Get a paginated list of files.

    Args:
        page (int | Unset): Page offset for pagination. Default: 1.
        size (int | Unset): Page size for pagination. Number of files to fetch. Default: 10.
        name (str | Unset): Case-insensitive filter for file name.
        type_ (list[FileType] | Unset): List of file types to filter for.
        environment (str | Unset): Case-sensitive filter for files with a deployment in the
            specified environment. Requires the environment name.
        sort_by (ProjectSortBy | Unset): An enumeration. Default: 'created_at'.
        order (SortOrder | Unset): An enumeration. Default: 'desc'.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[HTTPValidationError | PaginatedDataUnionPromptResponseToolResponseDatasetResponseEvaluatorResponseFlowResponse]
    """

    kwargs = _get_kwargs(
        page=page,
        size=size,
        name=name,
        type_=type_,
        environment=environment,
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
    type_: list[FileType] | Unset = UNSET,
    environment: str | Unset = UNSET,
    sort_by: ProjectSortBy | Unset = "created_at",
    order: SortOrder | Unset = "desc",
) -> (
    HTTPValidationError
    | PaginatedDataUnionPromptResponseToolResponseDatasetResponseEvaluatorResponseFlowResponse
    | None
):
    """List Files

     Get a paginated list of files.

    Args:
        page (int | Unset): Page offset for pagination. Default: 1.
        size (int | Unset): Page size for pagination. Number of files to fetch. Default: 10.
        name (str | Unset): Case-insensitive filter for file name.
        type_ (list[FileType] | Unset): List of file types to filter for.
        environment (str | Unset): Case-sensitive filter for files with a deployment in the
            specified environment. Requires the environment name.
        sort_by (ProjectSortBy | Unset): An enumeration. Default: 'created_at'.
        order (SortOrder | Unset): An enumeration. Default: 'desc'.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        HTTPValidationError | PaginatedDataUnionPromptResponseToolResponseDatasetResponseEvaluatorResponseFlowResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            page=page,
            size=size,
            name=name,
            type_=type_,
            environment=environment,
            sort_by=sort_by,
            order=order,
        )
    ).parsed
