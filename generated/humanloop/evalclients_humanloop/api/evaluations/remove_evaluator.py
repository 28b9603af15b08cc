from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.evaluation_response import EvaluationResponse
from ...models.http_validation_error import HTTPValidationError
from ...types import Response, path_segment


def build_request(
    id: str,
    evaluator_version_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/evaluations/{id}/evaluators/{evaluator_version_id}".format(
            id=path_segment(id),
            evaluator_version_id=path_segment(evaluator_version_id),
        ),
    }

    return _kwargs


_get_kwargs = build_request


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> EvaluationResponse | HTTPValidationError | None:
    if response.status_code == 200:
        response_200 = EvaluationResponse.from_dict(response.json())

        return response_200

    if response.status_code == 422:
        response_422 = HTTPValidationError.from_dict(response.json())

        return response_422

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def parse_body(status: int, body: Any) -> EvaluationResponse | HTTPValidationError | None:
    """The typed value of ``body``, already decoded, answered with ``status``."""
    if status == 200:
        response_200 = EvaluationResponse.from_dict(body)

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
) -> Response[EvaluationResponse | HTTPValidationError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    id: str,
    evaluator_version_id: str,
    *,
    client: AuthenticatedClient,
) -> Response[EvaluationResponse | HTTPValidationError]:
    """Remove Evaluator

     Remove an Evaluator Version from an Evaluation; it is no longer run on the Evaluation's Logs.
    Returns the updated Evaluation.

    Args:
        id (str):
        evaluator_version_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[EvaluationResponse | HTTPValidationError]
    """

    kwargs = _get_kwargs(
        id=id,
        evaluator_version_id=evaluator_version_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    id: str,
    evaluator_version_id: str,
    *,
    client: AuthenticatedClient,
) -> EvaluationResponse | HTTPValidationError | None:
    """Remove Evaluator

     Remove an Evaluator Version from an Evaluation; it is no longer run on the Evaluation's Logs.
    Returns the updated Evaluation.

    Args:
        id (str):
        evaluator_version_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        EvaluationResponse | HTTPValidationError
    """

    return sync_detailed(
        id=id,
        evaluator_version_id=evaluator_version_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    id: str,
    evaluator_version_id: str,
    *,
    client: AuthenticatedClient,
) -> Response[EvaluationResponse | HTTPValidationError]:
    """Remove Evaluator

     Remove an Evaluator Version from an Evaluation; it is no longer run on the Evaluation's Logs.
    Returns the updated Evaluation.

    Args:
        id (str):
        evaluator_version_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[EvaluationResponse | HTTPValidationError]
    """

    kwargs = _get_kwargs(
        id=id,
        evaluator_version_id=evaluator_version_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: str,
    evaluator_version_id: str,
    *,
    client: AuthenticatedClient,
) -> EvaluationResponse | HTTPValidationError | None:
    """Remove Evaluator

     Remove an Evaluator Version from an Evaluation; it is no longer run on the Evaluation's Logs.
    Returns the updated Evaluation.

    Args:
        id (str):
        evaluator_version_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        EvaluationResponse | HTTPValidationError
    """

    return (
        await asyncio_detailed(
            id=id,
            evaluator_version_id=evaluator_version_id,
            client=client,
        )
    ).parsed
