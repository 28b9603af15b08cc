from http import HTTPStatus
from typing import Any
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.summarize_experiment_response import SummarizeExperimentResponse
from ...types import UNSET, Response, Unset, path_segment


def build_request(
    experiment_id: UUID,
    *,
    summarize_scores: bool | None | Unset = UNSET,
    comparison_experiment_id: UUID | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_summarize_scores: bool | None | Unset
    if isinstance(summarize_scores, Unset):
        json_summarize_scores = UNSET
    else:
        json_summarize_scores = summarize_scores
    params["summarize_scores"] = json_summarize_scores

    json_comparison_experiment_id: str | Unset = UNSET
    if not isinstance(comparison_experiment_id, Unset):
        json_comparison_experiment_id = str(comparison_experiment_id)
    params["comparison_experiment_id"] = json_comparison_experiment_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/experiment/{experiment_id}/summarize".format(
            experiment_id=path_segment(experiment_id),
        ),
        "params": params,
    }

    return _kwargs


_get_kwargs = build_request


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | SummarizeExperimentResponse | None:
    if response.status_code == 200:
        response_200 = SummarizeExperimentResponse.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = response.json()
        return response_400

    if response.status_code == 401:
        response_401 = response.json()
        return response_401

    if response.status_code == 403:
        response_403 = response.json()
        return response_403

    if response.status_code == 429:
        response_429 = response.json()
        return response_429

    if response.status_code == 500:
        response_500 = response.json()
        return response_500

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def parse_body(status: int, body: Any) -> Any | SummarizeExperimentResponse | None:
    """The typed value of ``body``, already decoded, answered with ``status``."""
    if status == 200:
        response_200 = SummarizeExperimentResponse.from_dict(body)

        return response_200

    if status == 400:
        response_400 = body
        return response_400

    if status == 401:
        response_401 = body
        return response_401

    if status == 403:
        response_403 = body
        return response_403

    if status == 429:
        response_429 = body
        return response_429

    if status == 500:
        response_500 = body
        return response_500

    return None


BODY_SOURCES: dict[int, str] = {
    200: "json",
    400: "json",
    401: "json",
    403: "json",
    429: "json",
    500: "json",
}
"""What parse_body() takes for each status: json (json.loads() output), text, bytes or none."""


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Any | SummarizeExperimentResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    experiment_id: UUID,
    *,
    client: AuthenticatedClient,
    summarize_scores: bool | None | Unset = UNSET,
    comparison_experiment_id: UUID | Unset = UNSET,
) -> Response[Any | SummarizeExperimentResponse]:
    """Summarize experiment

     Summarize experiment

    Args:
        experiment_id (UUID): Experiment id
        summarize_scores (bool | None | Unset): Whether to summarize the scores and metrics. If
            false (or omitted), only the metadata will be returned.
        comparison_experiment_id (UUID | Unset): The experiment to compare against, if summarizing
            scores and metrics. If omitted, will fall back to the `base_exp_id` stored in the
            experiment metadata, and then to the most recent experiment run in the same project. Must
            pass `summarize_scores=true` for this id to be used

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | SummarizeExperimentResponse]
    """

    kwargs = _get_kwargs(
        experiment_id=experiment_id,
        summarize_scores=summarize_scores,
        comparison_experiment_id=comparison_experiment_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    experiment_id: UUID,
    *,
    client: AuthenticatedClient,
    summarize_scores: bool | None | Unset = UNSET,
    comparison_experiment_id: UUID | Unset = UNSET,
) -> Any | SummarizeExperimentResponse | None:
    """Summarize experiment

     Summarize experiment

    Args:
        experiment_id (UUID): Experiment id
        summarize_scores (bool | None | Unset): Whether to summarize the scores and metrics. If
            false (or omitted), only the metadata will be returned.
        comparison_experiment_id (UUID | Unset): The experiment to compare against, if summarizing
            scores and metrics. If omitted, will fall back to the `base_exp_id` stored in the
            experiment metadata, and then to the most recent experiment run in the same project. Must
            pass `summarize_scores=true` for this id to be used

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | SummarizeExperimentResponse
    """

    return sync_detailed(
        experiment_id=experiment_id,
        client=client,
        summarize_scores=summarize_scores,
        comparison_experiment_id=comparison_experiment_id,
    ).parsed


async def asyncio_detailed(
    experiment_id: UUID,
    *,
    client: AuthenticatedClient,
    summarize_scores: bool | None | Unset = UNSET,
    comparison_experiment_id: UUID | Unset = UNSET,
) -> Response[Any | SummarizeExperimentResponse]:
    """Summarize experiment

     Summarize experiment

    Args:
        experiment_id (UUID): Experiment id
        summarize_scores (bool | None | Unset): Whether to summarize the scores and metrics. If
            false (or omitted), only the metadata will be returned.
        comparison_experiment_id (UUID | Unset): The experiment to compare against, if summarizing
            scores and metrics. If omitted, will fall back to the `base_exp_id` stored in the
            experiment metadata, and then to the most recent experiment run in the same project. Must
            pass `summarize_scores=true` for this id to be used

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | SummarizeExperimentResponse]
    """

    kwargs = _get_kwargs(
        experiment_id=experiment_id,
        summarize_scores=summarize_scores,
        comparison_experiment_id=comparison_experiment_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    experiment_id: UUID,
    *,
    client: AuthenticatedClient,
    summarize_scores: bool | None | Unset = UNSET,
    comparison_experiment_id: UUID | Unset = UNSET,
) -> Any | SummarizeExperimentResponse | None:
    """Summarize experiment

     Summarize experiment

    Args:
        experiment_id (UUID): Experiment id
        summarize_scores (bool | None | Unset): Whether to summarize the scores and metrics. If
            false (or omitted), only the metadata will be returned.
        comparison_experiment_id (UUID | Unset): The experiment to compare against, if summarizing
            scores and metrics. If omitted, will fall back to the `base_exp_id` stored in the
            experiment metadata, and then to the most recent experiment run in the same project. Must
            pass `summarize_scores=true` for this id to be used

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | SummarizeExperimentResponse
    """

    return (
        await asyncio_detailed(
            experiment_id=experiment_id,
            client=client,
            summarize_scores=summarize_scores,
            comparison_experiment_id=comparison_experiment_id,
        )
    ).parsed
