import datetime
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_detail import ErrorDetail
from ...models.experiment_trace import ExperimentTrace
from ...models.list_experiment_traces_export import (
    ListExperimentTracesExport,
)
from ...models.paginated_experiment_trace_list import PaginatedExperimentTraceList
from ...types import UNSET, Response, Unset, path_segment


def build_request(
    experiment_id: str,
    *,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    sort_by: str | Unset = UNSET,
    start_time: datetime.datetime | Unset = UNSET,
    end_time: datetime.datetime | Unset = UNSET,
    export: ListExperimentTracesExport | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["page"] = page

    params["page_size"] = page_size

    params["sort_by"] = sort_by

    json_start_time: str | Unset = UNSET
    if not isinstance(start_time, Unset):
        json_start_time = start_time.isoformat()
    params["start_time"] = json_start_time

    json_end_time: str | Unset = UNSET
    if not isinstance(end_time, Unset):
        json_end_time = end_time.isoformat()
    params["end_time"] = json_end_time

    json_export: str | Unset = UNSET
    if not isinstance(export, Unset):
        json_export = export

    params["export"] = json_export

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/experiments/{experiment_id}/logs/list/".format(
            experiment_id=path_segment(experiment_id),
        ),
        "params": params,
    }

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
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    sort_by: str | Unset = UNSET,
    start_time: datetime.datetime | Unset = UNSET,
    end_time: datetime.datetime | Unset = UNSET,
    export: ListExperimentTracesExport | Unset = UNSET,
) -> Response[ErrorDetail | list[ExperimentTrace] | PaginatedExperimentTraceList]:
    """List or export experiment traces

     List experiment traces. Set export=1 or export=true to export matching traces instead of returning a
    page of results (the export is mailed; the answer is a message). Docs page "List or export
    experiment traces" (GET /api/v2/experiments/:experiment_id/logs/list/).

    Args:
        experiment_id (str):
        page (int | Unset):
        page_size (int | Unset):
        sort_by (str | Unset):
        start_time (datetime.datetime | Unset):
        end_time (datetime.datetime | Unset):
        export (ListExperimentTracesExport | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorDetail | list[ExperimentTrace] | PaginatedExperimentTraceList]
    """

    kwargs = _get_kwargs(
        experiment_id=experiment_id,
        page=page,
        page_size=page_size,
        sort_by=sort_by,
        start_time=start_time,
        end_time=end_time,
        export=export,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    experiment_id: str,
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    sort_by: str | Unset = UNSET,
    start_time: datetime.datetime | Unset = UNSET,
    end_time: datetime.datetime | Unset = UNSET,
    export: ListExperimentTracesExport | Unset = UNSET,
) -> ErrorDetail | list[ExperimentTrace] | PaginatedExperimentTraceList | None:
    """List or export experiment traces

     List experiment traces. Set export=1 or export=true to export matching traces instead of returning a
    page of results (the export is mailed; the answer is a message). Docs page "List or export
    experiment traces" (GET /api/v2/experiments/:experiment_id/logs/list/).

    Args:
        experiment_id (str):
        page (int | Unset):
        page_size (int | Unset):
        sort_by (str | Unset):
        start_time (datetime.datetime | Unset):
        end_time (datetime.datetime | Unset):
        export (ListExperimentTracesExport | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorDetail | list[ExperimentTrace] | PaginatedExperimentTraceList
    """

    return sync_detailed(
        experiment_id=experiment_id,
        client=client,
        page=page,
        page_size=page_size,
        sort_by=sort_by,
        start_time=start_time,
        end_time=end_time,
        export=export,
    ).parsed


async def asyncio_detailed(
    experiment_id: str,
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    sort_by: str | Unset = UNSET,
    start_time: datetime.datetime | Unset = UNSET,
    end_time: datetime.datetime | Unset = UNSET,
    export: ListExperimentTracesExport | Unset = UNSET,
) -> Response[ErrorDetail | list[ExperimentTrace] | PaginatedExperimentTraceList]:
    """List or export experiment traces

     List experiment traces. Set export=1 or export=true to export matching traces instead of returning a
    page of results (the export is mailed; the answer is a message). Docs page "List or export
    experiment traces" (GET /api/v2/experiments/:experiment_id/logs/list/).

    Args:
        experiment_id (str):
        page (int | Unset):
        page_size (int | Unset):
        sort_by (str | Unset):
        start_time (datetime.datetime | Unset):
        end_time (datetime.datetime | Unset):
        export (ListExperimentTracesExport | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorDetail | list[ExperimentTrace] | PaginatedExperimentTraceList]
    """

    kwargs = _get_kwargs(
        experiment_id=experiment_id,
        page=page,
        page_size=page_size,
        sort_by=sort_by,
        start_time=start_time,
        end_time=end_time,
        export=export,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    experiment_id: str,
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    sort_by: str | Unset = UNSET,
    start_time: datetime.datetime | Unset = UNSET,
    end_time: datetime.datetime | Unset = UNSET,
    export: ListExperimentTracesExport | Unset = UNSET,
) -> ErrorDetail | list[ExperimentTrace] | PaginatedExperimentTraceList | None:
    """List or export experiment traces

     List experiment traces. Set export=1 or export=true to export matching traces instead of returning a
    page of results (the export is mailed; the answer is a message). Docs page "List or export
    experiment traces" (GET /api/v2/experiments/:experiment_id/logs/list/).

    Args:
        experiment_id (str):
        page (int | Unset):
        page_size (int | Unset):
        sort_by (str | Unset):
        start_time (datetime.datetime | Unset):
        end_time (datetime.datetime | Unset):
        export (ListExperimentTracesExport | Unset):

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
            page=page,
            page_size=page_size,
            sort_by=sort_by,
            start_time=start_time,
            end_time=end_time,
            export=export,
        )
    ).parsed
