from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_detail import ErrorDetail
from ...models.experiment_trace import ExperimentTrace
from ...models.paginated_experiment_trace_list import PaginatedExperimentTraceList
from ...models.paginated_filter_request import PaginatedFilterRequest
from ...types import UNSET, Response, Unset, path_segment


def build_request(
    experiment_id: str,
    *,
    body: PaginatedFilterRequest | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    sort_by: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["page"] = page

    params["page_size"] = page_size

    params["sort_by"] = sort_by

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/experiments/{experiment_id}/logs/list/".format(
            experiment_id=path_segment(experiment_id),
        ),
        "params": params,
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


_get_kwargs = build_request


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorDetail | list[ExperimentTrace] | PaginatedExperimentTraceList | None:
    if response.status_code == 200:

        def _parse_response_200(
            data: object,
        ) -> list[ExperimentTrace] | PaginatedExperimentTraceList:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_experiment_trace_list_response_type_0 = (
                    PaginatedExperimentTraceList.from_dict(data)
                )

                return componentsschemas_experiment_trace_list_response_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, list):
                raise TypeError()
            componentsschemas_experiment_trace_list_response_type_1 = [
                ExperimentTrace.from_dict(
                    componentsschemas_experiment_trace_list_response_type_1_item_data
                )
                for componentsschemas_experiment_trace_list_response_type_1_item_data in data
            ]

            return componentsschemas_experiment_trace_list_response_type_1

        response_200 = _parse_response_200(response.json())

        return response_200

    if response.status_code == 401:
        response_401 = ErrorDetail.from_dict(response.json())

        return response_401

    if response.status_code == 404:
        response_404 = ErrorDetail.from_dict(response.json())

        return response_404

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def parse_body(
    status: int, body: Any
) -> ErrorDetail | list[ExperimentTrace] | PaginatedExperimentTraceList | None:
    """The typed value of ``body``, already decoded, answered with ``status``."""
    if status == 200:

        def _parse_response_200(
            data: object,
        ) -> list[ExperimentTrace] | PaginatedExperimentTraceList:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_experiment_trace_list_response_type_0 = (
                    PaginatedExperimentTraceList.from_dict(data)
                )

                return componentsschemas_experiment_trace_list_response_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, list):
                raise TypeError()
            componentsschemas_experiment_trace_list_response_type_1 = [
                ExperimentTrace.from_dict(
                    componentsschemas_experiment_trace_list_response_type_1_item_data
                )
                for componentsschemas_experiment_trace_list_response_type_1_item_data in data
            ]

            return componentsschemas_experiment_trace_list_response_type_1

        response_200 = _parse_response_200(body)

        return response_200

    if status == 401:
        response_401 = ErrorDetail.from_dict(body)

        return response_401

    if status == 404:
        response_404 = ErrorDetail.from_dict(body)

        return response_404

    return None


BODY_SOURCES: dict[int, str] = {
    200: "json",
    401: "json",
    404: "json",
}
"""What parse_body() takes for each status: json (json.loads() output), text, bytes or none."""


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorDetail | list[ExperimentTrace] | PaginatedExperimentTraceList]:
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
    body: PaginatedFilterRequest | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    sort_by: str | Unset = UNSET,
) -> Response[ErrorDetail | list[ExperimentTrace] | PaginatedExperimentTraceList]:
    """Filter experiment traces

     Docs page "Filter experiment traces" (POST /api/v2/experiments/:experiment_id/logs/list/, sort_by in
    the query, filters in the body); answers a page {count, results}.

    Args:
        experiment_id (str):
        page (int | Unset):
        page_size (int | Unset):
        sort_by (str | Unset):
        body (PaginatedFilterRequest | Unset): Filters to apply, and the page to return.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorDetail | list[ExperimentTrace] | PaginatedExperimentTraceList]
    """

    kwargs = _get_kwargs(
        experiment_id=experiment_id,
        body=body,
        page=page,
        page_size=page_size,
        sort_by=sort_by,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    experiment_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: PaginatedFilterRequest | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    sort_by: str | Unset = UNSET,
) -> ErrorDetail | list[ExperimentTrace] | PaginatedExperimentTraceList | None:
    """Filter experiment traces

     Docs page "Filter experiment traces" (POST /api/v2/experiments/:experiment_id/logs/list/, sort_by in
    the query, filters in the body); answers a page {count, results}.

    Args:
        experiment_id (str):
        page (int | Unset):
        page_size (int | Unset):
        sort_by (str | Unset):
        body (PaginatedFilterRequest | Unset): Filters to apply, and the page to return.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorDetail | list[ExperimentTrace] | PaginatedExperimentTraceList
    """

    return sync_detailed(
        experiment_id=experiment_id,
        client=client,
        body=body,
        page=page,
        page_size=page_size,
        sort_by=sort_by,
    ).parsed


async def asyncio_detailed(
    experiment_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: PaginatedFilterRequest | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    sort_by: str | Unset = UNSET,
) -> Response[ErrorDetail | list[ExperimentTrace] | PaginatedExperimentTraceList]:
    """Filter experiment traces

     Docs page "Filter experiment traces" (POST /api/v2/experiments/:experiment_id/logs/list/, sort_by in
    the query, filters in the body); answers a page {count, results}.

    Args:
        experiment_id (str):
        page (int | Unset):
        page_size (int | Unset):
        sort_by (str | Unset):
        body (PaginatedFilterRequest | Unset): Filters to apply, and the page to return.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorDetail | list[ExperimentTrace] | PaginatedExperimentTraceList]
    """

    kwargs = _get_kwargs(
        experiment_id=experiment_id,
        body=body,
        page=page,
        page_size=page_size,
        sort_by=sort_by,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    experiment_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: PaginatedFilterRequest | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    sort_by: str | Unset = UNSET,
) -> ErrorDetail | list[ExperimentTrace] | PaginatedExperimentTraceList | None:
    """Filter experiment traces

     Docs page "Filter experiment traces" (POST /api/v2/experiments/:experiment_id/logs/list/, sort_by in
    the query, filters in the body); answers a page {count, results}.

    Args:
        experiment_id (str):
        page (int | Unset):
        page_size (int | Unset):
        sort_by (str | Unset):
        body (PaginatedFilterRequest | Unset): Filters to apply, and the page to return.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorDetail | list[ExperimentTrace] | PaginatedExperimentTraceList
    """

    return (
        await asyncio_detailed(
            experiment_id=experiment_id,
            client=client,
            body=body,
            page=page,
            page_size=page_size,
            sort_by=sort_by,
        )
    ).parsed
