from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.add_logs_to_run_request import AddLogsToRunRequest
from ...models.evaluation_run_response import EvaluationRunResponse
from ...models.http_validation_error import HTTPValidationError
from ...types import Response, path_segment


def build_request(
    id: str,
    run_id: str,
    *,
    body: AddLogsToRunRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/evaluations/{id}/runs/{run_id}/logs".format(
            id=path_segment(id),
            run_id=path_segment(run_id),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


_get_kwargs = build_request


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> EvaluationRunResponse | HTTPValidationError | None:
    if response.status_code == 200:
        response_200 = EvaluationRunResponse.from_dict(response.json())

        return response_200

    if response.status_code == 422:
        response_422 = HTTPValidationError.from_dict(response.json())

        return response_422

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def parse_body(status: int, body: Any) -> EvaluationRunResponse | HTTPValidationError | None:
    """The typed value of ``body``, already decoded, answered with ``status``."""
    if status == 200:
        response_200 = EvaluationRunResponse.from_dict(body)

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
) -> Response[EvaluationRunResponse | HTTPValidationError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    id: str,
    run_id: str,
    *,
    client: AuthenticatedClient,
    body: AddLogsToRunRequest,
) -> Response[EvaluationRunResponse | HTTPValidationError]:
    """Add Logs to Run

     Add existing Logs, by id, to a Run.

    Args:
        id (str):
        run_id (str):
        body (AddLogsToRunRequest): Body of POST /evaluations/{id}/runs/{run_id}/logs.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[EvaluationRunResponse | HTTPValidationError]
    """

    kwargs = _get_kwargs(
        id=id,
        run_id=run_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    id: str,
    run_id: str,
    *,
    client: AuthenticatedClient,
    body: AddLogsToRunRequest,
) -> EvaluationRunResponse | HTTPValidationError | None:
    """Add Logs to Run

     Add existing Logs, by id, to a Run.

    Args:
        id (str):
        run_id (str):
        body (AddLogsToRunRequest): Body of POST /evaluations/{id}/runs/{run_id}/logs.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        EvaluationRunResponse | HTTPValidationError
    """

    return sync_detailed(
        id=id,
        run_id=run_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    id: str,
    run_id: str,
    *,
    client: AuthenticatedClient,
    body: AddLogsToRunRequest,
) -> Response[EvaluationRunResponse | HTTPValidationError]:
    """Add Logs to Run

     Add existing Logs, by id, to a Run.

    Args:
        id (str):
        run_id (str):
        body (AddLogsToRunRequest): Body of POST /evaluations/{id}/runs/{run_id}/logs.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[EvaluationRunResponse | HTTPValidationError]
    """

    kwargs = _get_kwargs(
        id=id,
        run_id=run_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: str,
    run_id: str,
    *,
    client: AuthenticatedClient,
    body: AddLogsToRunRequest,
) -> EvaluationRunResponse | HTTPValidationError | None:
    """Add Logs to Run

     Add existing Logs, by id, to a Run.

    Args:
        id (str):
        run_id (str):
        body (AddLogsToRunRequest): Body of POST /evaluations/{id}/runs/{run_id}/logs.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        EvaluationRunResponse | HTTPValidationError
    """

    return (
        await asyncio_detailed(
            id=id,
            run_id=run_id,
            client=client,
            body=body,
        )
    ).parsed
