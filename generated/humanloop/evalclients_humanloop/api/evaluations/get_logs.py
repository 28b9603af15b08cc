from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.http_validation_error import HTTPValidationError
from ...models.paginated_data_evaluation_log_response import PaginatedDataEvaluationLogResponse
from ...types import UNSET, Response, Unset, path_segment


def build_request(
    id: str,
    *,
    page: int | Unset = 1,
    size: int | Unset = 10,
    run_id: list[str] | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["page"] = page

    params["size"] = size

    json_run_id: list[str] | Unset = UNSET
    if not isinstance(run_id, Unset):
        json_run_id = run_id

    params["run_id"] = json_run_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/evaluations/{id}/logs".format(
            id=path_segment(id),
        ),
        "params": params,
    }

    return _kwargs


_get_kwargs = build_request


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> HTTPValidationError | PaginatedDataEvaluationLogResponse | None:
    if response.status_code == 200:
        response_200 = PaginatedDataEvaluationLogResponse.from_dict(response.json())

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
) -> HTTPValidationError | PaginatedDataEvaluationLogResponse | None:
    """The typed value of ``body``, already decoded, answered with ``status``."""
    if status == 200:
        response_200 = PaginatedDataEvaluationLogResponse.from_dict(body)

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
) -> Response[HTTPValidationError | PaginatedDataEvaluationLogResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    id: str,
    *,
    client: AuthenticatedClient,
    page: int | Unset = 1,
    size: int | Unset = 10,
    run_id: list[str] | Unset = UNSET,
) -> Response[HTTPValidationError | PaginatedDataEvaluationLogResponse]:
    """Get Logs for an Evaluation

     Logs of all Runs of an Evaluation, each with its Datapoint and Evaluator Logs; filter by Run with
    run_id.

    Args:
        id (str): String ID of evaluation. Starts with `ev_` or `evr_`.
        page (int | Unset): Page number for pagination. Default: 1.
        size (int | Unset): Page size for pagination. Number of Logs to fetch. Default: 10.
        run_id (list[str] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[HTTPValidationError | PaginatedDataEvaluationLogResponse]
    """

    kwargs = _get_kwargs(
        id=id,
        page=page,
        size=size,
        run_id=run_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    id: str,
    *,
    client: AuthenticatedClient,
    page: int | Unset = 1,
    size: int | Unset = 10,
    run_id: list[str] | Unset = UNSET,
) -> HTTPValidationError | PaginatedDataEvaluationLogResponse | None:
    """Get Logs for an Evaluation

     Logs of all Runs of an Evaluation, each with its Datapoint and Evaluator Logs; filter by Run with
    run_id.

    Args:
        id (str): String ID of evaluation. Starts with `ev_` or `evr_`.
        page (int | Unset): Page number for pagination. Default: 1.
        size (int | Unset): Page size for pagination. Number of Logs to fetch. Default: 10.
        run_id (list[str] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        HTTPValidationError | PaginatedDataEvaluationLogResponse
    """

    return sync_detailed(
        id=id,
        client=client,
        page=page,
        size=size,
        run_id=run_id,
    ).parsed


async def asyncio_detailed(
    id: str,
    *,
    client: AuthenticatedClient,
    page: int | Unset = 1,
    size: int | Unset = 10,
    run_id: list[str] | Unset = UNSET,
) -> Response[HTTPValidationError | PaginatedDataEvaluationLogResponse]:
    """Get Logs for an Evaluation

     Logs of all Runs of an Evaluation, each with its Datapoint and Evaluator Logs; filter by Run with
    run_id.

    Args:
        id (str): String ID of evaluation. Starts with `ev_` or `evr_`.
        page (int | Unset): Page number for pagination. Default: 1.
        size (int | Unset): Page size for pagination. Number of Logs to fetch. Default: 10.
        run_id (list[str] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[HTTPValidationError | PaginatedDataEvaluationLogResponse]
    """

    kwargs = _get_kwargs(
        id=id,
        page=page,
        size=size,
        run_id=run_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: str,
    *,
    client: AuthenticatedClient,
    page: int | Unset = 1,
    size: int | Unset = 10,
    run_id: list[str] | Unset = UNSET,
) -> HTTPValidationError | PaginatedDataEvaluationLogResponse | None:
    """Get Logs for an Evaluation

     Logs of all Runs of an Evaluation, each with its Datapoint and Evaluator Logs; filter by Run with
    run_id.

    Args:
        id (str): String ID of evaluation. Starts with `ev_` or `evr_`.
        page (int | Unset): Page number for pagination. Default: 1.
        size (int | Unset): Page size for pagination. Number of Logs to fetch. Default: 10.
        run_id (list[str] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        HTTPValidationError | PaginatedDataEvaluationLogResponse
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            page=page,
            size=size,
            run_id=run_id,
        )
    ).parsed
