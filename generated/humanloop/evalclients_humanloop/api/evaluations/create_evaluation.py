from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.create_evaluation_request import CreateEvaluationRequest
from ...models.evaluation_response import EvaluationResponse
from ...models.http_validation_error import HTTPValidationError
from ...types import Response


def build_request(
    *,
    body: CreateEvaluationRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/evaluations",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


_get_kwargs = build_request


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> EvaluationResponse | HTTPValidationError | None:
    if response.status_code == 201:
        response_201 = EvaluationResponse.from_dict(response.json())

        return response_201

    if response.status_code == 422:
        response_422 = HTTPValidationError.from_dict(response.json())

        return response_422

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def parse_body(status: int, body: Any) -> EvaluationResponse | HTTPValidationError | None:
    """The typed value of ``body``, already decoded, answered with ``status``."""
    if status == 201:
        response_201 = EvaluationResponse.from_dict(body)

        return response_201

    if status == 422:
        response_422 = HTTPValidationError.from_dict(body)

        return response_422

    return None


BODY_SOURCES: dict[int, str] = {
    201: "json",
    422: "json",
}
"""What parse_body() takes for each status: json (json.loads() output), text, bytes or none."""


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[EvaluationResponse | HTTPValidationError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: CreateEvaluationRequest,
) -> Response[EvaluationResponse | HTTPValidationError]:
    """Create Evaluation

     Create an Evaluation for a File and the Evaluators that judge its Logs. Add Runs to it afterwards
    with POST /evaluations/{id}/runs.

    Args:
        body (CreateEvaluationRequest): Body of POST /evaluations.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[EvaluationResponse | HTTPValidationError]
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
    client: AuthenticatedClient,
    body: CreateEvaluationRequest,
) -> EvaluationResponse | HTTPValidationError | None:
    """Create Evaluation

     Create an Evaluation for a File and the Evaluators that judge its Logs. Add Runs to it afterwards
    with POST /evaluations/{id}/runs.

    Args:
        body (CreateEvaluationRequest): Body of POST /evaluations.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        EvaluationResponse | HTTPValidationError
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: CreateEvaluationRequest,
) -> Response[EvaluationResponse | HTTPValidationError]:
    """Create Evaluation

     Create an Evaluation for a File and the Evaluators that judge its Logs. Add Runs to it afterwards
    with POST /evaluations/{id}/runs.

    Args:
        body (CreateEvaluationRequest): Body of POST /evaluations.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[EvaluationResponse | HTTPValidationError]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: CreateEvaluationRequest,
) -> EvaluationResponse | HTTPValidationError | None:
    """Create Evaluation

     Create an Evaluation for a File and the Evaluators that judge its Logs. Add Runs to it afterwards
    with POST /evaluations/{id}/runs.

    Args:
        body (CreateEvaluationRequest): Body of POST /evaluations.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        EvaluationResponse | HTTPValidationError
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
